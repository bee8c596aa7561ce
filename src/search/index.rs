//! The search index of one locale: what each page can be found by, in
//! compact text files (`search/*.txt`) that the browser loads on first use
//! of the search box and turns into a [`super::SearchIndex`].
//!
//! An index may be cut into shards (the site's own pages, then the services'
//! codes), each within the size budget; the browser loads them all. Each
//! shard is a [`crate::tsv`] file:
//!
//! ```text
//! X stop words…                                 the locale's stop words
//! V words…                                      words that ask for a comparison
//! D kind path code service name summary lang    a page (kind C, S, N, R, Y or G)
//! A doc text                                    its English name
//! K doc text                                    a library's constant for it
//! E doc text                                    an error message printed with it
//! B doc text                                    the start of its body text
//! W doc words                                   the other words of its body
//! ```
//!
//! `doc` is the position of the page's `D` line in the shard; `path` is
//! the page's URL in the default locale ([`Route::path`]); `lang` is the
//! locale of its words where that is not the index's (English, for a page
//! not translated yet), else empty.

use super::Words;
use crate::locale::Locale;
use crate::route::Route;
use crate::tsv::{self, BadRecord};

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
    /// What readers observe, and its causes.
    Symptom,
    /// A guide.
    Guide,
}

impl DocKind {
    fn letter(self) -> &'static str {
        match self {
            DocKind::Code => "C",
            DocKind::Service => "S",
            DocKind::Namespace => "N",
            DocKind::Range => "R",
            DocKind::Symptom => "Y",
            DocKind::Guide => "G",
        }
    }

    fn from_letter(letter: &str) -> Option<DocKind> {
        Some(match letter {
            "C" => DocKind::Code,
            "S" => DocKind::Service,
            "N" => DocKind::Namespace,
            "R" => DocKind::Range,
            "Y" => DocKind::Symptom,
            "G" => DocKind::Guide,
            _ => return None,
        })
    }
}

/// One page as the search sees it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SearchDoc {
    /// What kind of page.
    pub kind: DocKind,
    /// The page.
    pub route: Route,
    /// Its code, if it is a code.
    pub code: Option<u16>,
    /// The service that defines it, if any (for a service's own page, its
    /// name).
    pub service: String,
    /// Its name.
    pub name: String,
    /// One sentence about it.
    pub summary: String,
    /// The locale its words are in, where that is not the index's.
    pub lang: Option<Locale>,
    /// Its English name, in an index of another locale.
    pub aliases: Vec<String>,
    /// What libraries call it.
    pub constants: Vec<String>,
    /// Error messages printed with it.
    pub errors: Vec<String>,
    /// The start of its body text (for matching and snippets).
    pub body: String,
    /// The other words of its body, each once (for matching only).
    pub words: String,
}

impl SearchDoc {
    /// A document with only its identity and names.
    pub fn new(kind: DocKind, route: Route, name: &str, summary: &str) -> SearchDoc {
        SearchDoc {
            kind,
            route,
            code: None,
            service: String::new(),
            name: name.to_string(),
            summary: summary.to_string(),
            lang: None,
            aliases: Vec::new(),
            constants: Vec::new(),
            errors: Vec::new(),
            body: String::new(),
            words: String::new(),
        }
    }
}

/// Writes one shard: the locale's words, then its documents.
pub fn write_index(words: &Words, docs: &[SearchDoc]) -> String {
    let mut out = tsv::Writer::new();
    out.record(&["X", &words.stop_words.join(" ")]);
    out.record(&["V", &words.comparison_words.join(" ")]);
    for doc in docs {
        let code = doc.code.map(|c| c.to_string()).unwrap_or_default();
        out.record(&[
            "D",
            doc.kind.letter(),
            &doc.route.path(),
            &code,
            &doc.service,
            &doc.name,
            &doc.summary,
            doc.lang.map_or("", Locale::id),
        ]);
    }
    for (i, doc) in docs.iter().enumerate() {
        let i = i.to_string();
        for alias in &doc.aliases {
            out.record(&["A", &i, alias]);
        }
        for constant in &doc.constants {
            out.record(&["K", &i, constant]);
        }
        for error in &doc.errors {
            out.record(&["E", &i, error]);
        }
        if !doc.body.is_empty() {
            out.record(&["B", &i, &doc.body]);
        }
        if !doc.words.is_empty() {
            out.record(&["W", &i, &doc.words]);
        }
    }
    out.finish()
}

/// Reads one shard.
pub fn read_index(text: &str) -> Result<(Words, Vec<SearchDoc>), BadRecord> {
    let mut words = Words::default();
    let mut docs: Vec<SearchDoc> = Vec::new();
    let split = |s: &str| -> Vec<String> {
        s.split(' ')
            .filter(|w| !w.is_empty())
            .map(String::from)
            .collect()
    };
    for (line, fields) in tsv::records(text) {
        let bad = BadRecord { line };
        match fields.as_slice() {
            ["X", stop] => words.stop_words = split(stop),
            ["V", compare] => words.comparison_words = split(compare),
            ["D", kind, path, code, service, name, summary, lang] => {
                let kind = DocKind::from_letter(kind).ok_or(bad)?;
                let route = Route::from_path(path).ok_or(bad)?;
                let mut doc = SearchDoc::new(kind, route, name, summary);
                doc.code = match *code {
                    "" => None,
                    code => Some(code.parse().map_err(|_| bad)?),
                };
                doc.service = service.to_string();
                doc.lang = match *lang {
                    "" => None,
                    id => Some(Locale::from_id(id).ok_or(bad)?),
                };
                docs.push(doc);
            }
            [field, doc, text] => {
                let doc = doc
                    .parse::<usize>()
                    .ok()
                    .and_then(|i| docs.get_mut(i))
                    .ok_or(bad)?;
                match *field {
                    "A" => doc.aliases.push(text.to_string()),
                    "K" => doc.constants.push(text.to_string()),
                    "E" => doc.errors.push(text.to_string()),
                    "B" => doc.body = text.to_string(),
                    "W" => doc.words = text.to_string(),
                    _ => return Err(bad),
                }
            }
            _ => return Err(bad),
        }
    }
    Ok((words, docs))
}

#[cfg(feature = "ssr")]
pub use build::*;

#[cfg(feature = "ssr")]
mod build {
    use super::{DocKind, SearchDoc};
    use crate::content::{Catalog, Listed, Localized};
    use crate::locale::Locale;
    use crate::model::{CloseCode, Range, SectionBody};
    use crate::route::Route;
    use crate::ui::BrowserKey;

    /// How much body text a page keeps whole, in bytes: enough to find it
    /// by what it says first and to show a snippet, within the size budget
    /// of the index. A service's code, of which there are many, keeps less.
    pub const BODY_BYTES: usize = 600;
    /// The same for a service's code.
    pub const SERVICE_BODY_BYTES: usize = 200;
    /// A word of the rest of a body is kept only if at most this share of
    /// the pages use it: a word on every other page tells none apart.
    pub const RARE_WORD_SHARE: f32 = 0.06;

    fn cut(text: &str, bytes: usize) -> &str {
        if text.len() <= bytes {
            return text;
        }
        let mut end = bytes;
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        &text[..end]
    }

    /// The start of a body, and the other words of the rest, once each:
    /// the words are what people search for (`proxy_read_timeout`), and
    /// without the prose around them they cost little.
    fn body_parts(sections: &[SectionBody], bytes: usize) -> (String, String) {
        let text: Vec<&str> = sections.iter().map(|s| s.text.as_str()).collect();
        text_parts(&text.join(" "), bytes)
    }

    /// [`body_parts`] of a text without sections.
    fn text_parts(text: &str, bytes: usize) -> (String, String) {
        let start = cut(text, bytes).to_string();
        let rest = &text[start.len()..];
        let known: std::collections::BTreeSet<String> = super::super::tokenize::tokenize(&start)
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
            let folded = crate::fold::fold(word);
            if !known.contains(&folded) && seen.insert(folded) {
                words.push(word.to_string());
            }
        }
        (start, words.join(" "))
    }

    fn lang(index: Locale, text: Locale) -> Option<Locale> {
        (index != text).then_some(text)
    }

    fn code_doc(
        locale: Locale,
        kind: DocKind,
        route: Route,
        code: Localized<'_, CloseCode>,
        english_name: Option<&str>,
    ) -> SearchDoc {
        let bytes = if kind == DocKind::Service {
            SERVICE_BODY_BYTES
        } else {
            BODY_BYTES
        };
        let (body, words) = body_parts(&code.sections, bytes);
        let mut doc = SearchDoc::new(kind, route, &code.name, &code.summary);
        doc.code = Some(code.code);
        doc.lang = lang(locale, code.lang);
        doc.aliases = english_name
            .filter(|english| *english != code.name)
            .map(str::to_string)
            .into_iter()
            .collect();
        doc.constants = code.constants.iter().map(|c| c.text.clone()).collect();
        doc.errors = code.errors.iter().map(|c| c.text.clone()).collect();
        doc.body = body;
        doc.words = words;
        doc
    }

    /// Every findable page of a locale: in its own words (English where it
    /// has no translation), with the English names as aliases and the
    /// language-neutral keys (numbers, library constants, error strings).
    pub fn search_docs(catalog: &Catalog, locale: Locale) -> Vec<SearchDoc> {
        let en = Locale::DEFAULT;
        let mut docs = Vec::new();
        for number in catalog.numbers() {
            let code = catalog.code(locale, number).expect("listed");
            let english = catalog.code(en, number).expect("listed");
            docs.push(code_doc(
                locale,
                DocKind::Code,
                Route::Number(u32::from(number)),
                code,
                Some(&english.name),
            ));
            // A reason token in a log (`NET-0001`) finds the code it comes with.
            let doc = docs.last_mut().expect("just pushed");
            doc.errors.extend(
                catalog
                    .reasons_with(locale, number)
                    .into_iter()
                    .map(|(_, _, reason)| reason.reason.clone()),
            );
        }
        for id in catalog.service_ids() {
            let page = catalog.service(locale, id).expect("listed");
            let english = catalog.service(en, id).expect("listed");
            let (body, words) = body_parts(&page.sections, BODY_BYTES);
            let mut doc = SearchDoc::new(
                DocKind::Namespace,
                Route::Namespace(id.to_string()),
                &page.name,
                &page.summary,
            );
            doc.service = page.name.clone();
            doc.lang = lang(locale, page.lang);
            doc.aliases = [english.name.as_str(), id]
                .into_iter()
                .filter(|a| *a != page.name)
                .map(str::to_string)
                .collect();
            doc.errors = page.reasons.iter().map(|r| r.reason.clone()).collect();
            doc.body = body;
            doc.words = words;
            docs.push(doc);
            for number in catalog.service_numbers(id) {
                let code = catalog.service_code(locale, id, number).expect("listed");
                let english = catalog.service_code(en, id, number).expect("listed");
                let mut doc = code_doc(
                    locale,
                    DocKind::Service,
                    Route::ServiceCode(id.to_string(), number),
                    code,
                    Some(&english.name),
                );
                doc.service = page.name.clone();
                docs.push(doc);
            }
        }
        let ui = catalog.ui(locale);
        let english_ui = catalog.ui(en);
        for range in Range::ALL {
            let page = catalog.range(locale, range);
            let (body, words) = body_parts(&page.sections, BODY_BYTES);
            let name = ui.get(BrowserKey::range_name(range));
            let mut doc = SearchDoc::new(
                DocKind::Range,
                Route::Range(range),
                name,
                ui.get(BrowserKey::range_summary(range)),
            );
            let english = english_ui.get(BrowserKey::range_name(range));
            doc.aliases = [english.to_string(), range.slug()]
                .into_iter()
                .filter(|a| a != name)
                .collect();
            // The name and summary are the locale's own; only the body may
            // be English.
            doc.body = body;
            doc.words = words;
            docs.push(doc);
        }
        docs.extend(listed_docs(catalog, locale, Listed::Symptoms));
        docs.extend(listed_docs(catalog, locale, Listed::Guides));
        keep_rare_words(&mut docs, locale.is_default());
        docs
    }

    /// Whether a word deep in a body is worth finding the page by: a name
    /// people paste (`proxy_read_timeout`, `sendTimeLimit`, `NET-0001`,
    /// `ws.terminate`), or in English a long word, not everyday prose.
    /// Long words are everyday prose in German, French, Spanish or
    /// Portuguese (and German capitalises every noun), so there only names
    /// count: an uppercase letter after the first, a digit, or `_ . :`.
    fn is_term(word: &str, english: bool) -> bool {
        let name = word.chars().skip(1).any(|c| c.is_ascii_uppercase())
            || word
                .chars()
                .any(|c| c.is_ascii_digit() || "_.:".contains(c));
        name || (english && (word.chars().count() >= 8 || word.contains('-')))
    }

    /// Drops from each page's other words those that many pages use, and
    /// everyday words.
    fn keep_rare_words(docs: &mut [SearchDoc], english: bool) {
        let mut pages_with: std::collections::HashMap<String, usize> = Default::default();
        for doc in docs.iter() {
            let words: std::collections::BTreeSet<String> =
                doc.words.split(' ').map(crate::fold::fold).collect();
            for word in words {
                *pages_with.entry(word).or_default() += 1;
            }
        }
        let most = ((docs.len() as f32 * RARE_WORD_SHARE) as usize).max(2);
        for doc in docs.iter_mut() {
            let kept: Vec<&str> = doc
                .words
                .split(' ')
                .filter(|w| is_term(w, english))
                .filter(|w| {
                    pages_with
                        .get(&crate::fold::fold(w))
                        .is_some_and(|n| *n <= most)
                })
                .collect();
            doc.words = kept.join(" ");
        }
    }

    /// The symptoms (found by what readers observe) or the guides.
    fn listed_docs(catalog: &Catalog, locale: Locale, kind: Listed) -> Vec<SearchDoc> {
        let doc_kind = match kind {
            Listed::Symptoms => DocKind::Symptom,
            Listed::Guides => DocKind::Guide,
        };
        let english = catalog.listed(kind, Locale::DEFAULT);
        catalog
            .listed(kind, locale)
            .into_iter()
            .zip(english)
            .map(|(page, english)| {
                let (body, words) = text_parts(&page.text(), BODY_BYTES);
                let mut doc = SearchDoc::new(doc_kind, page.route, page.title, page.summary);
                doc.lang = lang(locale, page.lang);
                doc.aliases = (english.title != page.title)
                    .then(|| english.title.to_string())
                    .into_iter()
                    .collect();
                doc.body = body;
                doc.words = words;
                doc
            })
            .collect()
    }

    /// The documents cut into shards: the site's own codes and the ranges
    /// first, then the rest (a service with all its codes, a symptom, a
    /// guide) in order, each shard kept within `budget` gzipped bytes where
    /// a group fits at all.
    pub fn shards(
        words: &super::Words,
        docs: Vec<SearchDoc>,
        budget: u64,
        gzip_len: impl Fn(&[u8]) -> u64,
    ) -> Vec<Vec<SearchDoc>> {
        let (core, rest): (Vec<SearchDoc>, Vec<SearchDoc>) = docs
            .into_iter()
            .partition(|d| matches!(d.kind, DocKind::Code | DocKind::Range));
        let mut shards = vec![core];
        let mut current: Vec<SearchDoc> = Vec::new();
        let mut groups: Vec<Vec<SearchDoc>> = Vec::new();
        for doc in rest {
            match groups.last_mut() {
                Some(group)
                    if doc.route_service().is_some()
                        && group[0].route_service() == doc.route_service() =>
                {
                    group.push(doc)
                }
                _ => groups.push(vec![doc]),
            }
        }
        for group in groups {
            let mut candidate = current.clone();
            candidate.extend(group.iter().cloned());
            let size = gzip_len(super::write_index(words, &candidate).as_bytes());
            if size > budget && !current.is_empty() {
                shards.push(std::mem::take(&mut current));
                current = group;
            } else {
                current = candidate;
            }
        }
        if !current.is_empty() {
            shards.push(current);
        }
        shards
    }

    impl SearchDoc {
        /// The service a service's or its code's document belongs to.
        fn route_service(&self) -> Option<&str> {
            match &self.route {
                Route::ServiceCode(id, _) | Route::Namespace(id) => Some(id),
                _ => None,
            }
        }
    }
}
