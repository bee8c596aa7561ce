//! The search index of one locale: what each page can be found by, in a
//! compact text file (`search/index.txt`) that the browser loads on first
//! use of the search box and turns into a [`super::SearchIndex`].
//!
//! One record per line, tab-separated:
//!
//! ```text
//! D kind key code service name summary    a page (kind C, S, N or R)
//! A doc text                              its name in another locale
//! K doc text                              a library's constant for it
//! E doc text                              an error message printed with it
//! B doc text                              the start of its body text
//! W doc words                             the other words of its body
//! ```
//!
//! `doc` is the position of the page's `D` line; `key` is its URL path
//! without the locale prefix and slashes (`1008`, `discord-gateway/4004`).

use crate::route::Route;

/// What kind of page a document is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DocKind {
    /// One of the site's own codes.
    Code,
    /// A service's code.
    Service,
    /// A service.
    Namespace,
    /// A range of numbers.
    Range,
}

impl DocKind {
    fn letter(self) -> &'static str {
        match self {
            DocKind::Code => "C",
            DocKind::Service => "S",
            DocKind::Namespace => "N",
            DocKind::Range => "R",
        }
    }

    fn from_letter(letter: &str) -> Option<DocKind> {
        Some(match letter {
            "C" => DocKind::Code,
            "S" => DocKind::Service,
            "N" => DocKind::Namespace,
            "R" => DocKind::Range,
            _ => return None,
        })
    }
}

/// One page as the search sees it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SearchDoc {
    /// What kind of page.
    pub kind: Option<DocKind>,
    /// Its URL path without locale prefix or slashes.
    pub key: String,
    /// Its code, if it is a code.
    pub code: Option<u16>,
    /// The service that defines it, if any (for a service's own page, its
    /// name).
    pub service: String,
    /// Its name.
    pub name: String,
    /// One sentence about it.
    pub summary: String,
    /// Its names in the other locales.
    pub aliases: Vec<String>,
    /// What libraries call it.
    pub constants: Vec<String>,
    /// Error messages printed with it.
    pub errors: Vec<String>,
    /// The start of its body text (for matching and snippets).
    pub body: String,
    /// The other Latin words of its body, each once (for matching only).
    pub words: String,
}

impl SearchDoc {
    /// The page the document stands for.
    pub fn route(&self) -> Option<Route> {
        match self.kind? {
            DocKind::Code => Some(Route::Number(u32::from(self.code?))),
            DocKind::Service => {
                let (ns, code) = self.key.split_once('/')?;
                Some(Route::ServiceCode(ns.to_string(), code.parse().ok()?))
            }
            DocKind::Namespace => Some(Route::Namespace(self.key.clone())),
            DocKind::Range => {
                crate::model::Range::from_slug(self.key.strip_prefix("ranges/")?).map(Route::Range)
            }
        }
    }
}

fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Writes documents in the index format.
pub fn write_index(docs: &[SearchDoc]) -> String {
    let mut out = String::new();
    let mut line = |fields: &[&str]| {
        let fields: Vec<String> = fields.iter().map(|f| one_line(f)).collect();
        out.push_str(&fields.join("\t"));
        out.push('\n');
    };
    for doc in docs {
        let code = doc.code.map(|c| c.to_string()).unwrap_or_default();
        let kind = doc.kind.map_or("C", DocKind::letter);
        line(&[
            "D",
            kind,
            &doc.key,
            &code,
            &doc.service,
            &doc.name,
            &doc.summary,
        ]);
    }
    for (i, doc) in docs.iter().enumerate() {
        let i = i.to_string();
        for alias in &doc.aliases {
            line(&["A", &i, alias]);
        }
        for constant in &doc.constants {
            line(&["K", &i, constant]);
        }
        for error in &doc.errors {
            line(&["E", &i, error]);
        }
        if !doc.body.is_empty() {
            line(&["B", &i, &doc.body]);
        }
        if !doc.words.is_empty() {
            line(&["W", &i, &doc.words]);
        }
    }
    out
}

/// Reads the index format; `None` if any line is malformed.
pub fn read_index(text: &str) -> Option<Vec<SearchDoc>> {
    let mut docs: Vec<SearchDoc> = Vec::new();
    for line in text.lines().filter(|l| !l.is_empty()) {
        let f: Vec<&str> = line.split('\t').collect();
        match f.as_slice() {
            ["D", kind, key, code, service, name, summary] => docs.push(SearchDoc {
                kind: Some(DocKind::from_letter(kind)?),
                key: key.to_string(),
                code: if code.is_empty() {
                    None
                } else {
                    Some(code.parse().ok()?)
                },
                service: service.to_string(),
                name: name.to_string(),
                summary: summary.to_string(),
                ..SearchDoc::default()
            }),
            [field, doc, text] => {
                let doc = docs.get_mut(doc.parse::<usize>().ok()?)?;
                match *field {
                    "A" => doc.aliases.push(text.to_string()),
                    "K" => doc.constants.push(text.to_string()),
                    "E" => doc.errors.push(text.to_string()),
                    "B" => doc.body = text.to_string(),
                    "W" => doc.words = text.to_string(),
                    _ => return None,
                }
            }
            _ => return None,
        }
    }
    Some(docs)
}

#[cfg(not(target_arch = "wasm32"))]
pub use build::*;

#[cfg(not(target_arch = "wasm32"))]
mod build {
    use super::{DocKind, SearchDoc};
    use crate::content::Catalog;
    use crate::locale::Locale;
    use crate::model::{CloseCode, Range};

    /// How much body text a document keeps, in bytes: enough to find a
    /// page by what it says and to show a snippet, within the size budget
    /// of the index.
    pub const BODY_BYTES: usize = 900;

    fn cut(text: &str, bytes: usize) -> String {
        if text.len() <= bytes {
            return text.to_string();
        }
        let mut end = bytes;
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        text[..end].to_string()
    }

    /// The start of a body, and the other Latin words of the rest, once
    /// each: the words are what people search for (`proxy_read_timeout`),
    /// and without the prose around them they cost little.
    fn body_parts(text: &str) -> (String, String) {
        let start = cut(text, BODY_BYTES);
        let rest = &text[start.len()..];
        let known: std::collections::BTreeSet<String> = crate::search::tokenize::tokenize(&start)
            .into_iter()
            .map(|t| t.text)
            .collect();
        let mut seen = std::collections::BTreeSet::new();
        let mut words = Vec::new();
        for word in
            rest.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '.' || c == ':'))
        {
            let word = word.trim_matches(|c: char| c == '.' || c == ':');
            if word.len() < 3 || !word.chars().any(|c| c.is_ascii_alphabetic()) {
                continue;
            }
            let lower = word.to_ascii_lowercase();
            if !known.contains(&lower) && seen.insert(lower) {
                words.push(word.to_string());
            }
        }
        (start, words.join(" "))
    }

    fn code_body(code: &CloseCode) -> (String, String) {
        let text: Vec<&str> = code.sections.iter().map(|s| s.text.as_str()).collect();
        body_parts(&text.join(" "))
    }

    fn page_body(page: &crate::content::TextPage) -> (String, String) {
        let text: Vec<&str> = page.sections.iter().map(|s| s.text.as_str()).collect();
        body_parts(&text.join(" "))
    }

    /// Every findable page of a locale.
    pub fn search_docs(catalog: &Catalog, locale: Locale) -> Vec<SearchDoc> {
        let content = catalog.locale(locale);
        let others: Vec<Locale> = Locale::all().filter(|l| *l != locale).collect();
        let mut docs = Vec::new();
        for code in content.codes.values() {
            let (body, words) = code_body(code);
            docs.push(SearchDoc {
                kind: Some(DocKind::Code),
                key: code.code.to_string(),
                code: Some(code.code),
                name: code.name.clone(),
                summary: code.summary.clone(),
                aliases: others
                    .iter()
                    .filter_map(|l| catalog.code(*l, code.code).map(|c| c.name.clone()))
                    .collect(),
                constants: code.constants.iter().map(|c| c.text.clone()).collect(),
                errors: code.errors.iter().map(|c| c.text.clone()).collect(),
                body,
                words,
                ..SearchDoc::default()
            });
        }
        for ns in content.namespaces.values() {
            let (body, words) = page_body(&ns.page);
            docs.push(SearchDoc {
                kind: Some(DocKind::Namespace),
                key: ns.id.clone(),
                service: ns.page.name.clone(),
                name: ns.page.name.clone(),
                summary: ns.page.summary.clone(),
                aliases: others
                    .iter()
                    .map(|l| catalog.locale(*l).namespaces[&ns.id].page.name.clone())
                    .chain([ns.id.clone()])
                    .collect(),
                body,
                words,
                ..SearchDoc::default()
            });
            for code in ns.codes.values() {
                let (body, words) = code_body(code);
                docs.push(SearchDoc {
                    kind: Some(DocKind::Service),
                    key: format!("{}/{}", ns.id, code.code),
                    code: Some(code.code),
                    service: ns.page.name.clone(),
                    name: code.name.clone(),
                    summary: code.summary.clone(),
                    aliases: others
                        .iter()
                        .map(|l| {
                            catalog.locale(*l).namespaces[&ns.id].codes[&code.code]
                                .name
                                .clone()
                        })
                        .collect(),
                    constants: code.constants.iter().map(|c| c.text.clone()).collect(),
                    errors: code.errors.iter().map(|c| c.text.clone()).collect(),
                    body,
                    words,
                });
            }
        }
        for range in Range::ALL {
            let page = &content.ranges[&range];
            let (body, words) = page_body(page);
            docs.push(SearchDoc {
                kind: Some(DocKind::Range),
                key: format!("ranges/{}", range.slug()),
                name: page.name.clone(),
                summary: page.summary.clone(),
                aliases: others
                    .iter()
                    .map(|l| catalog.locale(*l).ranges[&range].name.clone())
                    .collect(),
                body,
                words,
                ..SearchDoc::default()
            });
        }
        docs
    }
}
