//! Search: from what a person types (a number, a name, a library constant,
//! a line from a log, a question in Chinese) to the page they want.
//!
//! Pure Rust, no Leptos: the same code runs natively in tests and in the
//! browser. [`index`] writes and reads the per-locale index file;
//! [`tokenize`] cuts text the same way on both sides; [`SearchIndex`] ranks.
//!
//! Ranking, strongest first:
//! 1. two codes with pages of their own, asked together (`1008 vs 1014`,
//!    `1005 1006`, `1008和1014的区别`): their comparison;
//! 2. a code's number, exactly, then codes that start with it;
//! 3. a pasted constant or error line, matched as a phrase;
//! 4. words in names and constants, then in summaries, then in body text.
//!
//! A word of five or more letters also matches words one typo away.

pub mod index;
pub mod tokenize;

pub use index::{DocKind, SearchDoc};
use tokenize::{tokenize, within_one_edit};

use crate::route::Route;

/// Where in a document a token was found, with how much it counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Field {
    /// The name.
    Name,
    /// A name in another locale.
    Alias,
    /// A library's constant.
    Constant,
    /// An error message.
    Error,
    /// The service's name.
    Service,
    /// The summary.
    Summary,
    /// The body.
    Body,
}

impl Field {
    fn weight(self) -> f32 {
        match self {
            Field::Name => 100.0,
            Field::Alias => 90.0,
            Field::Constant => 90.0,
            Field::Error => 75.0,
            Field::Service => 50.0,
            Field::Summary => 35.0,
            Field::Body => 12.0,
        }
    }
}

/// One result.
#[derive(Clone, Debug, PartialEq)]
pub struct SearchHit {
    /// Where it leads.
    pub route: Route,
    /// The code, if it is one (both codes' first for a comparison).
    pub code: Option<u16>,
    /// The name to show.
    pub title: String,
    /// The service that defines it ("" for the protocol's codes).
    pub service: String,
    /// A short text with the matches marked: `(text, is_match)` pieces.
    pub snippet: Vec<(String, bool)>,
    /// How well it matched (higher is better).
    pub score: f32,
}

impl SearchHit {
    /// A result's text as HTML, with the matches in `<mark>`. Escaped here,
    /// so that one `inner_html` replaces a view per piece.
    pub fn snippet_html(&self) -> String {
        let mut html = String::new();
        for (text, marked) in &self.snippet {
            if *marked {
                html.push_str("<mark>");
            }
            for c in text.chars() {
                match c {
                    '<' => html.push_str("&lt;"),
                    '>' => html.push_str("&gt;"),
                    '&' => html.push_str("&amp;"),
                    '"' => html.push_str("&quot;"),
                    c => html.push(c),
                }
            }
            if *marked {
                html.push_str("</mark>");
            }
        }
        html
    }
}

/// A locale's index, ready to be searched.
pub struct SearchIndex {
    docs: Vec<SearchDoc>,
    /// Per document, its names, constants and errors, then its body,
    /// lowercased once for phrase matches.
    lowered: Vec<(Vec<String>, String)>,
    /// Every token, sorted, with the documents and fields it occurs in.
    /// (A sorted list rather than a hash map keeps the wasm bundle small.)
    postings: Vec<(String, Vec<(u16, Field)>)>,
}

/// Words too common to rank by.
const STOP_WORDS: &[&str] = &[
    "a",
    "an",
    "and",
    "the",
    "of",
    "to",
    "in",
    "is",
    "it",
    "on",
    "for",
    "with",
    "vs",
    "versus",
    "or",
    "my",
    "what",
    "why",
    "how",
    "does",
    "do",
    "i",
    "code",
    "close",
    "closed",
    "websocket",
    "ws",
    "error",
    "status",
    "sent",
    "received",
    "with",
    "between",
    "difference",
    "compare",
];

/// CJK characters that only join words in a question.
const CJK_STOP: &[&str] = &[
    "和",
    "与",
    "的",
    "区别",
    "对比",
    "是",
    "什么",
    "么",
    "吗",
    "码",
    "关闭码",
];

impl SearchIndex {
    /// Builds the searchable index from documents.
    pub fn new(docs: Vec<SearchDoc>) -> SearchIndex {
        let mut all: Vec<(String, u16, Field)> = Vec::new();
        for (i, doc) in docs.iter().enumerate() {
            let i = i as u16;
            let mut add = |text: &str, field: Field| {
                all.extend(
                    tokenize(text)
                        .into_iter()
                        .map(|token| (token.text, i, field)),
                );
            };
            add(&doc.name, Field::Name);
            for alias in &doc.aliases {
                add(alias, Field::Alias);
            }
            for constant in &doc.constants {
                add(constant, Field::Constant);
            }
            for error in &doc.errors {
                add(error, Field::Error);
            }
            add(&doc.service, Field::Service);
            add(&doc.summary, Field::Summary);
            add(&doc.body, Field::Body);
            add(&doc.words, Field::Body);
        }
        all.sort_unstable();
        all.dedup();
        let mut postings: Vec<(String, Vec<(u16, Field)>)> = Vec::new();
        for (text, doc, field) in all {
            match postings.last_mut() {
                Some((last, list)) if *last == text => list.push((doc, field)),
                _ => postings.push((text, vec![(doc, field)])),
            }
        }
        let lowered = docs
            .iter()
            .map(|d| {
                let exact = d
                    .constants
                    .iter()
                    .chain(&d.errors)
                    .chain([&d.name])
                    .map(|t| t.to_ascii_lowercase())
                    .collect();
                (
                    exact,
                    format!("{} {}", d.body, d.words).to_ascii_lowercase(),
                )
            })
            .collect();
        SearchIndex {
            docs,
            lowered,
            postings,
        }
    }

    /// The postings of a token.
    fn postings_of(&self, text: &str) -> Option<&[(u16, Field)]> {
        self.postings
            .binary_search_by(|(t, _)| t.as_str().cmp(text))
            .ok()
            .map(|i| self.postings[i].1.as_slice())
    }

    /// Reads the published index file.
    pub fn parse(text: &str) -> Option<SearchIndex> {
        index::read_index(text).map(SearchIndex::new)
    }

    /// The documents.
    pub fn docs(&self) -> &[SearchDoc] {
        &self.docs
    }

    /// A hit found in another locale's index, with this index's name and
    /// service name for the same page (the snippet stays: it shows what
    /// matched).
    pub fn in_own_words(&self, mut hit: SearchHit) -> SearchHit {
        if let Some(doc) = self
            .docs
            .iter()
            .find(|d| d.route().as_ref() == Some(&hit.route))
        {
            hit.title = doc.name.clone();
            if !hit.service.is_empty() {
                hit.service = doc.service.clone();
            }
        }
        hit
    }

    /// The best `limit` results for `query`.
    pub fn search(&self, query: &str, limit: usize) -> Vec<SearchHit> {
        let query = query.trim();
        if query.is_empty() {
            return Vec::new();
        }
        let lower = query.to_ascii_lowercase();
        let tokens = tokenize(query);
        let numbers: Vec<&str> = tokens
            .iter()
            .filter(|t| !t.cjk && t.text.bytes().all(|b| b.is_ascii_digit()))
            .map(|t| t.text.as_str())
            .collect();
        let has_cjk_pair = tokens.iter().any(|t| t.cjk && t.text.chars().count() == 2);
        let mut words: Vec<&tokenize::Token> = tokens
            .iter()
            .filter(|t| !numbers.contains(&t.text.as_str()))
            .filter(|t| {
                !STOP_WORDS.contains(&t.text.as_str()) && !CJK_STOP.contains(&t.text.as_str())
            })
            // With pairs of CJK characters to go by, single characters add noise.
            .filter(|t| !(t.cjk && has_cjk_pair && t.text.chars().count() == 1))
            .collect();
        words.dedup_by(|a, b| a.text == b.text);
        // The pieces of a compound word count only when the whole word is
        // not in the index: `proxy_read_timeout` is one thing to look for.
        let mut whole_found = false;
        words.retain(|t| {
            if t.part {
                !whole_found
            } else {
                whole_found = !t.cjk && self.postings_of(&t.text).is_some();
                true
            }
        });

        // Per document: points and how many of the words it matched.
        let mut scores: Vec<(f32, usize)> = vec![(0.0, 0); self.docs.len()];

        // Numbers: exact codes first, then codes that start with them.
        for number in &numbers {
            for (i, doc) in self.docs.iter().enumerate() {
                let Some(code) = doc.code else { continue };
                let code = code.to_string();
                let own = doc.kind == Some(DocKind::Code);
                let points = if code == *number {
                    if own {
                        1000.0
                    } else {
                        900.0
                    }
                } else if code.starts_with(number) && number.len() >= 2 {
                    if own {
                        500.0
                    } else {
                        400.0
                    }
                } else {
                    continue;
                };
                scores[i].0 += points;
            }
        }

        // Words: the best field each word is found in, per document.
        let last = words.len().saturating_sub(1);
        for (w, token) in words.iter().enumerate() {
            let mut best: Vec<f32> = vec![0.0; self.docs.len()];
            let docs = self.docs.len() as f32;
            let mut consider = |text: &str, quality: f32| {
                let list = self.postings_of(text).unwrap_or(&[]);
                // Rare words say more about a page than common ones.
                let mut in_docs: Vec<u16> = list.iter().map(|(d, _)| *d).collect();
                in_docs.dedup();
                let rarity = 1.0 + 0.21 * (docs / in_docs.len().max(1) as f32).sqrt();
                for (doc, field) in list {
                    let slot = &mut best[usize::from(*doc)];
                    *slot = slot.max(field.weight() * quality * rarity);
                }
            };
            consider(&token.text, 1.0);
            if !token.cjk {
                let len = token.text.chars().count();
                // Prefixes: the word being typed, or any word of 4+ letters.
                if len >= 2 && (w == last || len >= 4) {
                    let start = self
                        .postings
                        .partition_point(|(x, _)| x.as_str() < token.text.as_str());
                    let prefixed = self.postings[start..].iter().map(|(x, _)| x);
                    for word in prefixed.take_while(|x| x.starts_with(&token.text)).take(50) {
                        if *word != token.text {
                            consider(word, 0.75);
                        }
                    }
                }
                if len >= 5 {
                    for (word, _) in &self.postings {
                        let l = word.len();
                        let latin = word.as_bytes().first().is_some_and(u8::is_ascii_alphabetic);
                        if latin
                            && l.abs_diff(len) <= 1
                            && *word != token.text
                            && within_one_edit(word, &token.text)
                        {
                            consider(word, 0.6);
                        }
                    }
                }
            }
            for (doc, points) in best.into_iter().enumerate() {
                if points > 0.0 {
                    scores[doc].0 += points;
                    scores[doc].1 += 1;
                }
            }
        }

        // A pasted constant or log line, as a phrase.
        if lower.chars().count() >= 6 {
            let phrase = lower.split_whitespace().collect::<Vec<_>>().join(" ");
            for (i, (exact, body)) in self.lowered.iter().enumerate() {
                let hit = exact.iter().any(|t| {
                    t.contains(&phrase)
                        || (phrase.len() >= 12 && t.len() >= 12 && phrase.contains(t.as_str()))
                });
                if hit {
                    scores[i].0 += 300.0;
                } else if body.contains(&phrase) {
                    scores[i].0 += 150.0;
                }
            }
        }

        let word_count = words.len().max(1) as f32;
        let mut hits: Vec<SearchHit> = scores
            .into_iter()
            .enumerate()
            .filter(|(_, (points, _))| *points > 0.0)
            .filter_map(|(i, (points, matched))| {
                let doc = &self.docs[i];
                // Documents that match more of the words rank higher.
                let coverage = if words.is_empty() {
                    1.0
                } else {
                    0.4 + 0.6 * matched as f32 / word_count
                };
                let kind = match doc.kind? {
                    DocKind::Code => 1.0,
                    DocKind::Service => 0.92,
                    DocKind::Namespace => 0.95,
                    DocKind::Range => 0.7,
                };
                Some(SearchHit {
                    route: doc.route()?,
                    code: doc.code,
                    title: doc.name.clone(),
                    service: if doc.kind == Some(DocKind::Namespace) {
                        String::new()
                    } else {
                        doc.service.clone()
                    },
                    snippet: snippet(doc, &words, &numbers),
                    score: points * coverage * kind,
                })
            })
            .collect();

        if let Some(compare) = self.comparison(&lower, &tokens, &numbers) {
            hits.push(compare);
        }
        hits.sort_unstable_by(|a, b| {
            b.score
                .partial_cmp(&a.score)
                .unwrap_or(std::cmp::Ordering::Equal)
                .then(a.code.cmp(&b.code))
        });
        hits.truncate(limit);
        hits
    }

    /// Two of the site's own codes asked about together.
    fn comparison(
        &self,
        lower: &str,
        tokens: &[tokenize::Token],
        numbers: &[&str],
    ) -> Option<SearchHit> {
        let own: Vec<&SearchDoc> = numbers
            .iter()
            .filter_map(|n| {
                self.docs.iter().find(|d| {
                    d.kind == Some(DocKind::Code)
                        && d.code.map(|c| c.to_string()).as_deref() == Some(*n)
                })
            })
            .collect();
        let [a, b] = own.as_slice() else { return None };
        let (a, b) = if a.code < b.code { (a, b) } else { (b, a) };
        if a.code == b.code {
            return None;
        }
        // Just the two numbers, or words that ask for a comparison.
        let other_words = tokens
            .iter()
            .filter(|t| !numbers.contains(&t.text.as_str()))
            .count();
        let asks = ["vs", "versus", "compare", "difference", "diff", "or"]
            .iter()
            .any(|w| tokens.iter().any(|t| t.text == *w))
            || ["和", "与", "区别", "对比", "比较"]
                .iter()
                .any(|w| lower.contains(w))
            || lower.contains(" / ");
        if other_words > 0 && !asks {
            return None;
        }
        let (ca, cb) = (a.code?, b.code?);
        Some(SearchHit {
            route: Route::Compare(ca, cb),
            code: Some(ca),
            title: format!("{ca} {} vs {cb} {}", a.name, b.name),
            service: String::new(),
            snippet: vec![(format!("{} {}", a.summary, b.summary), false)],
            score: 5000.0,
        })
    }
}

/// A short text from the document, with the query's words marked: a
/// constant or error line if one matched, else the summary if it or the
/// name matched, else the stretch of body text around the first match.
fn snippet(doc: &SearchDoc, words: &[&tokenize::Token], numbers: &[&str]) -> Vec<(String, bool)> {
    let needles: Vec<String> = words
        .iter()
        .map(|t| t.text.clone())
        .chain(numbers.iter().map(|n| n.to_string()))
        .filter(|n| !n.is_empty())
        .collect();
    let contains = |text: &str| {
        let lower = text.to_ascii_lowercase();
        needles.iter().any(|n| lower.contains(n.as_str()))
    };
    let source = doc
        .constants
        .iter()
        .chain(&doc.errors)
        .find(|t| contains(t) && !contains(&doc.name))
        .cloned()
        .or_else(|| {
            (contains(&doc.summary) || contains(&doc.name) || !contains(&doc.body))
                .then(|| doc.summary.clone())
        })
        .unwrap_or_else(|| window(&doc.body, &needles, 160));
    mark(&source, &needles)
}

/// About `width` bytes of `text` around the first needle.
fn window(text: &str, needles: &[String], width: usize) -> String {
    let lower = text.to_ascii_lowercase();
    let at = needles
        .iter()
        .filter_map(|n| lower.find(n.as_str()))
        .min()
        .unwrap_or(0);
    let mut start = at.saturating_sub(width / 3);
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    // Start at a word boundary.
    if start > 0 {
        if let Some(space) = text[start..at].find(' ') {
            start += space + 1;
        }
    }
    let mut end = (start + width).min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let mut out = String::new();
    if start > 0 {
        out.push('…');
    }
    out.push_str(text[start..end].trim());
    if end < text.len() {
        out.push('…');
    }
    out
}

/// Splits `text` into pieces, marking where needles occur.
fn mark(text: &str, needles: &[String]) -> Vec<(String, bool)> {
    let lower = text.to_ascii_lowercase();
    let mut marks = vec![false; text.len()];
    for needle in needles {
        let mut from = 0;
        while let Some(pos) = lower[from..].find(needle.as_str()) {
            let start = from + pos;
            let end = start + needle.len();
            for m in &mut marks[start..end] {
                *m = true;
            }
            from = end;
        }
    }
    let mut pieces: Vec<(String, bool)> = Vec::new();
    for (i, c) in text.char_indices() {
        let marked = marks[i];
        match pieces.last_mut() {
            Some((piece, m)) if *m == marked => piece.push(c),
            _ => pieces.push((c.to_string(), marked)),
        }
    }
    pieces
}
