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
//! A word of five or more letters also matches words one typo away. Text is
//! folded on both sides ([`crate::fold`]), so case, accents and the width
//! or script of digits do not matter. Stop words and the words that ask for
//! a comparison are the locale's (`content/{id}/search.toml`), carried in
//! its index.

pub mod index;
pub mod tokenize;

pub use index::{DocKind, SearchDoc};
use tokenize::{tokenize, within_one_edit, Token, TokenKind};

use crate::fold::{fold, fold_mapped};
use crate::locale::Locale;
use crate::route::Route;
use crate::script::{gram_script, GramScript};
use crate::tsv;

/// A locale's search words, from its `search.toml`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[cfg_attr(feature = "ssr", derive(serde::Deserialize))]
#[cfg_attr(feature = "ssr", serde(deny_unknown_fields))]
pub struct Words {
    /// Words too common to rank by ("the", "what", "的").
    pub stop_words: Vec<String>,
    /// Words that ask for two codes to be compared ("vs", "和", "と", "대").
    pub comparison_words: Vec<String>,
}

impl Words {
    /// Both lists folded, for matching.
    fn folded(&self) -> Words {
        Words {
            stop_words: self.stop_words.iter().map(|w| fold(w)).collect(),
            comparison_words: self.comparison_words.iter().map(|w| fold(w)).collect(),
        }
    }

    /// These words and `other`'s together.
    pub fn with(&self, other: &Words) -> Words {
        let mut out = self.clone();
        out.stop_words.extend(other.stop_words.iter().cloned());
        out.comparison_words
            .extend(other.comparison_words.iter().cloned());
        out
    }
}

/// Whether a word is written in a script without spaces.
fn is_gram_word(word: &str) -> bool {
    word.chars().any(|c| gram_script(c).is_some())
}

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
    /// The language of the name, where it is not the page's (English, for a
    /// page not translated yet).
    pub lang: Option<Locale>,
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
            html.push_str(&crate::html::escape(text));
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
    /// The locale's words, folded.
    words: Words,
    /// Per document, its names, constants and errors, then its body,
    /// folded once for phrase matches.
    folded: Vec<(Vec<String>, String)>,
    /// Every token, sorted, with the documents and fields it occurs in.
    /// (A sorted list rather than a hash map keeps the wasm bundle small.)
    postings: Vec<(String, Vec<(u16, Field)>)>,
}

impl SearchIndex {
    /// Builds the searchable index from documents and the locale's words.
    pub fn new(docs: Vec<SearchDoc>, words: &Words) -> SearchIndex {
        let mut all: Vec<(String, u16, Field)> = Vec::new();
        for (i, doc) in docs.iter().enumerate() {
            let i = u16::try_from(i).expect("an index holds fewer than 65,536 pages");
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
        let folded = docs
            .iter()
            .map(|d| {
                let exact = d
                    .constants
                    .iter()
                    .chain(&d.errors)
                    .chain([&d.name])
                    .map(|t| collapse(&fold(t)))
                    .collect();
                (exact, collapse(&fold(&format!("{} {}", d.body, d.words))))
            })
            .collect();
        SearchIndex {
            docs,
            words: words.folded(),
            folded,
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

    /// Reads the published shards of an index; the line of the first record
    /// that cannot be read is the error.
    pub fn parse<'a>(
        shards: impl IntoIterator<Item = &'a str>,
    ) -> Result<SearchIndex, tsv::BadRecord> {
        let mut words = Words::default();
        let mut docs = Vec::new();
        for shard in shards {
            let (shard_words, shard_docs) = index::read_index(shard)?;
            words = shard_words;
            docs.extend(shard_docs);
        }
        Ok(SearchIndex::new(docs, &words))
    }

    /// The locale's words (folded).
    pub fn words(&self) -> &Words {
        &self.words
    }

    /// A hit found in another locale's index, with this index's name and
    /// service name for the same page (the snippet stays: it shows what
    /// matched).
    pub fn in_own_words(&self, mut hit: SearchHit) -> SearchHit {
        if let Some(doc) = self.docs.iter().find(|d| d.route == hit.route) {
            hit.title = doc.name.clone();
            hit.lang = doc.lang;
            if !hit.service.is_empty() {
                hit.service = doc.service.clone();
            }
        }
        hit
    }

    /// The best `limit` results for `query`, with this index's words.
    pub fn search(&self, query: &str, limit: usize) -> Vec<SearchHit> {
        self.search_with(query, limit, &self.words)
    }

    /// The best `limit` results for `query`, with `words` (folded) as stop
    /// and comparison words: a query typed on a page of another locale is
    /// read with that locale's words too.
    pub fn search_with(&self, query: &str, limit: usize, words: &Words) -> Vec<SearchHit> {
        let folded = collapse(&fold(query));
        if folded.is_empty() {
            return Vec::new();
        }
        let tokens = tokenize(&without_gram_stop_words(&folded, words));
        // Numbers, whole or joined to a word (Arabic writes "and 1014" as
        // one word: و1014).
        let numbers: Vec<&str> = tokens
            .iter()
            .filter(|t| !t.is_gram() && t.text.bytes().all(|b| b.is_ascii_digit()))
            .map(|t| t.text.as_str())
            .collect();
        let has_pair = tokens
            .iter()
            .any(|t| t.is_gram() && t.text.chars().count() >= 2);
        // Among words (even "close code 0"), a number too short to be a close
        // code is a word ("closes after 60 seconds"), and no number is a
        // code being typed.
        let has_words = tokens.iter().any(|t| {
            !numbers.contains(&t.text.as_str()) && !words.comparison_words.contains(&t.text)
        });
        let mut query_words: Vec<&Token> = tokens
            .iter()
            .filter(|t| !numbers.contains(&t.text.as_str()) || (has_words && t.text.len() < 4))
            .filter(|t| {
                !words.stop_words.contains(&t.text) && !words.comparison_words.contains(&t.text)
            })
            // With pairs of characters to go by, single ones add noise.
            .filter(|t| !(t.is_gram() && has_pair && t.text.chars().count() == 1))
            .collect();
        query_words.dedup_by(|a, b| a.text == b.text);
        // The pieces of a compound word count only when the whole word is
        // not in the index: `proxy_read_timeout` is one thing to look for.
        let mut whole_found = false;
        query_words.retain(|t| match t.kind {
            TokenKind::Part => !whole_found,
            TokenKind::Word => {
                whole_found = self.postings_of(&t.text).is_some();
                true
            }
            TokenKind::Gram => true,
        });

        let mut scores = self.score_numbers(&numbers, !has_words);
        // A number alone that is no code and starts none ("60", "0") is
        // looked for as a word.
        if scores.iter().all(|(points, _)| *points == 0.0) {
            query_words.extend(
                tokens
                    .iter()
                    .filter(|t| numbers.contains(&t.text.as_str()) && t.text.len() < 4),
            );
            query_words.dedup_by(|a, b| a.text == b.text);
        }
        self.score_words(&query_words, &mut scores);
        self.score_phrase(&folded, &mut scores);

        // Rank first, then dress only the hits that are shown: snippets
        // cost more than scores.
        let word_count = query_words.len().max(1) as f32;
        let mut ranked: Vec<(f32, Option<usize>)> = scores
            .into_iter()
            .enumerate()
            .filter(|(_, (points, _))| *points > 0.0)
            .map(|(i, (points, matched))| {
                let doc = &self.docs[i];
                // Documents that match more of the words rank higher.
                let coverage = if query_words.is_empty() {
                    1.0
                } else {
                    0.4 + 0.6 * matched as f32 / word_count
                };
                let kind = match doc.kind {
                    DocKind::Code => 1.0,
                    DocKind::Service => 0.92,
                    DocKind::Namespace => 0.95,
                    DocKind::Range => 0.7,
                    DocKind::Symptom => 0.95,
                    DocKind::Guide => 0.95,
                };
                (points * coverage * kind, Some(i))
            })
            .collect();
        let compare = self.comparison(&folded, &tokens, &numbers, words);
        if let Some(hit) = &compare {
            ranked.push((hit.score, None));
        }
        let code_of = |entry: &(f32, Option<usize>)| {
            entry
                .1
                .map_or(compare.as_ref().and_then(|c| c.code), |i| self.docs[i].code)
        };
        ranked.sort_unstable_by(|a, b| {
            b.0.partial_cmp(&a.0)
                .unwrap_or(std::cmp::Ordering::Equal)
                .then(code_of(a).cmp(&code_of(b)))
        });
        ranked.truncate(limit);
        ranked
            .into_iter()
            .map(|(score, doc)| match doc {
                None => compare.clone().expect("ranked as the comparison"),
                Some(i) => {
                    let doc = &self.docs[i];
                    SearchHit {
                        route: doc.route.clone(),
                        code: doc.code,
                        title: doc.name.clone(),
                        lang: doc.lang,
                        service: if doc.kind == DocKind::Namespace {
                            String::new()
                        } else {
                            doc.service.clone()
                        },
                        snippet: snippet(doc, &query_words, &numbers),
                        score,
                    }
                }
            })
            .collect()
    }

    /// Points per document for numbers: exact codes first, then (with
    /// `prefixes`, when the query is only numbers) codes that start with
    /// them. Also makes the table of (points, words matched).
    fn score_numbers(&self, numbers: &[&str], prefixes: bool) -> Vec<(f32, usize)> {
        let mut scores: Vec<(f32, usize)> = vec![(0.0, 0); self.docs.len()];
        for number in numbers {
            for (i, doc) in self.docs.iter().enumerate() {
                // A symptom or guide named after the number ("1005 where you
                // expected 1000") is nearly as good an answer as the code.
                if !prefixes
                    && matches!(doc.kind, DocKind::Symptom | DocKind::Guide)
                    && doc
                        .name
                        .split(|c: char| !c.is_ascii_alphanumeric())
                        .any(|w| w == *number)
                {
                    scores[i].0 += 950.0;
                    continue;
                }
                let Some(code) = doc.code else { continue };
                let code = code.to_string();
                let own = doc.kind == DocKind::Code;
                let points = match (code == *number, own) {
                    (true, true) => 1000.0,
                    (true, false) => 900.0,
                    _ if prefixes && code.starts_with(number) && number.len() >= 2 => {
                        if own {
                            500.0
                        } else {
                            400.0
                        }
                    }
                    _ => continue,
                };
                scores[i].0 += points;
            }
        }
        scores
    }

    /// Points for words: the best field each word is found in, per
    /// document, counting rare words more; prefixes of the word being typed
    /// and words one typo away count less.
    fn score_words(&self, query_words: &[&Token], scores: &mut [(f32, usize)]) {
        let last = query_words.len().saturating_sub(1);
        let docs = self.docs.len() as f32;
        for (w, token) in query_words.iter().enumerate() {
            let mut best: Vec<f32> = vec![0.0; self.docs.len()];
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
            if !token.is_gram() {
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
                    let ascii = token.text.is_ascii();
                    for (word, _) in &self.postings {
                        // At most one character apart: one byte for ASCII
                        // words, up to four in UTF-8.
                        let bytes = word.len().abs_diff(token.text.len());
                        let spelled_alike = bytes <= if ascii && word.is_ascii() { 1 } else { 4 }
                            && *word != token.text
                            && !is_gram_word(word)
                            && within_one_edit(word, &token.text);
                        if spelled_alike {
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
    }

    /// Points for a pasted constant or log line, matched as a phrase.
    fn score_phrase(&self, folded: &str, scores: &mut [(f32, usize)]) {
        if folded.chars().count() < 6 {
            return;
        }
        for (i, (exact, body)) in self.folded.iter().enumerate() {
            let hit = exact.iter().any(|t| {
                t.contains(folded)
                    || (folded.len() >= 12 && t.len() >= 12 && folded.contains(t.as_str()))
            });
            if hit {
                scores[i].0 += 300.0;
            } else if body.contains(folded) {
                scores[i].0 += 150.0;
            }
        }
    }

    /// Two of the site's own codes asked about together.
    fn comparison(
        &self,
        folded: &str,
        tokens: &[Token],
        numbers: &[&str],
        words: &Words,
    ) -> Option<SearchHit> {
        let own: Vec<&SearchDoc> = numbers
            .iter()
            .filter_map(|n| {
                self.docs.iter().find(|d| {
                    d.kind == DocKind::Code && d.code.map(|c| c.to_string()).as_deref() == Some(*n)
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
            .filter(|t| !words.stop_words.contains(&t.text))
            .count();
        let asks = words.comparison_words.iter().any(|w| {
            if is_gram_word(w) {
                folded.contains(w.as_str())
            } else {
                tokens.iter().any(|t| t.text == *w)
            }
        }) || folded.contains(" / ");
        if other_words > 0 && !asks {
            return None;
        }
        let (ca, cb) = (a.code?, b.code?);
        Some(SearchHit {
            route: Route::Compare(ca, cb),
            code: Some(ca),
            title: format!("{ca} {} vs {cb} {}", a.name, b.name),
            lang: a.lang.or(b.lang),
            service: String::new(),
            snippet: vec![(format!("{} {}", a.summary, b.summary), false)],
            score: 5000.0,
        })
    }
}

/// The query without the stop and comparison words of scripts cut into
/// n-grams, which would otherwise be cut up with the words around them.
/// Chinese, Japanese and Thai words go wherever they occur; Korean ones,
/// written with spaces, only as whole words or as the particle that ends
/// one (`1006은`), so that `의` leaves `정의` alone.
fn without_gram_stop_words(folded: &str, words: &Words) -> String {
    let mut listed: Vec<&String> = words
        .stop_words
        .iter()
        .chain(&words.comparison_words)
        .filter(|w| is_gram_word(w))
        .collect();
    listed.sort_by_key(|w| std::cmp::Reverse(w.len()));
    let hangul = |w: &str| {
        w.chars()
            .any(|c| gram_script(c) == Some(GramScript::Hangul))
    };
    let mut chunks: Vec<String> = Vec::new();
    for chunk in folded.split(' ') {
        let mut chunk = chunk.to_string();
        for word in &listed {
            if hangul(word) {
                if chunk == **word {
                    chunk.clear();
                } else if chunk.len() > word.len() && chunk.ends_with(word.as_str()) {
                    chunk.truncate(chunk.len() - word.len());
                }
            } else {
                chunk = chunk.replace(word.as_str(), " ");
            }
        }
        chunks.push(chunk);
    }
    chunks.join(" ")
}

/// Collapses runs of whitespace to one space and trims.
fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A short text from the document, with the query's words marked: a
/// constant or error line if one matched, else the summary if it or the
/// name matched, else the stretch of body text around the first match.
fn snippet(doc: &SearchDoc, words: &[&Token], numbers: &[&str]) -> Vec<(String, bool)> {
    let needles: Vec<String> = words
        .iter()
        .map(|t| t.text.clone())
        .chain(numbers.iter().map(|n| n.to_string()))
        .filter(|n| !n.is_empty())
        .collect();
    let contains = |text: &str| {
        let folded = fold(text);
        needles.iter().any(|n| folded.contains(n.as_str()))
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
    let mapped = fold_mapped(text);
    let at = needles
        .iter()
        .filter_map(|n| mapped.text.find(n.as_str()))
        .min()
        .map_or(0, |i| mapped.origin[i].0 as usize);
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

/// Splits `text` into pieces, marking where needles occur (matched on the
/// folded text, marked in the original).
fn mark(text: &str, needles: &[String]) -> Vec<(String, bool)> {
    let mapped = fold_mapped(text);
    let mut marks = vec![false; text.len()];
    for needle in needles {
        let mut from = 0;
        while let Some(pos) = mapped.text[from..].find(needle.as_str()) {
            let start = from + pos;
            let end = start + needle.len();
            let (first, _) = mapped.origin[start];
            let (_, last) = mapped.origin[end - 1];
            for m in &mut marks[first as usize..last as usize] {
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
