//! Finding a code from what a person types: a number, part of a number, or
//! part of a name in any locale.
//!
//! Pure functions over [`DirectoryData`], used by the search box in the
//! browser and tested natively.

use crate::model::CodeSummary;
use crate::page::{DirectoryData, ServiceEntry};

/// One thing a search found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Hit {
    /// One of the site's own codes.
    Code(CodeSummary),
    /// A service's code.
    Service(ServiceEntry),
}

impl Hit {
    /// The number.
    pub fn code(&self) -> u16 {
        match self {
            Hit::Code(c) => c.code,
            Hit::Service(s) => s.code,
        }
    }
}

/// The codes that match `query`, best first, at most `limit` of them.
///
/// - A query of digits matches codes that start with it (`100` finds
///   1000-1009), the site's own codes before services' codes.
/// - A number inside other text (`close 1006 abnormal`) ranks that code by
///   number, and the words only order its matches.
/// - Other text matches names case-insensitively, in this locale and in the
///   others: names that start with the query first, then names that contain
///   it, then summaries and service names that contain it.
pub fn quick_search(directory: &DirectoryData, query: &str, limit: usize) -> Vec<Hit> {
    let query = query.trim().to_ascii_lowercase();
    if query.is_empty() {
        return Vec::new();
    }
    let numbers: Vec<&str> = query
        .split(|c: char| !c.is_ascii_digit())
        .filter(|s| !s.is_empty())
        .collect();
    let words = query
        .split(|c: char| c.is_ascii_digit())
        .collect::<Vec<_>>()
        .join(" ");
    let words = words.split_whitespace().collect::<Vec<_>>().join(" ");

    let candidates = directory
        .codes
        .iter()
        .map(|c| (Hit::Code(c.clone()), c.code.to_string(), ""))
        .chain(directory.services.iter().map(|s| {
            (
                Hit::Service(s.clone()),
                format!("{}/{}", s.namespace, s.code),
                s.service.as_str(),
            )
        }));

    let mut scored: Vec<(u32, Hit)> = Vec::new();
    for (hit, key, service) in candidates {
        let (code, name, summary) = match &hit {
            Hit::Code(c) => (c.code, &c.name, &c.summary),
            Hit::Service(s) => (s.code, &s.name, &s.summary),
        };
        let own = matches!(hit, Hit::Code(_));
        let code_text = code.to_string();
        let mut score = 0;
        for number in &numbers {
            if code_text == *number {
                score = score.max(if own { 100 } else { 90 });
            } else if code_text.starts_with(number) {
                score = score.max(if own { 60 } else { 50 });
            }
        }
        if !words.is_empty() {
            let mut names = vec![name.to_ascii_lowercase()];
            names.extend(
                directory
                    .names_elsewhere
                    .iter()
                    .filter(|(k, _)| *k == key)
                    .map(|(_, n)| n.to_ascii_lowercase()),
            );
            let text_score = if names.iter().any(|n| n.starts_with(&words)) {
                50
            } else if names.iter().any(|n| n.contains(&words)) {
                40
            } else if summary.to_ascii_lowercase().contains(&words)
                || service.to_ascii_lowercase().contains(&words)
            {
                20
            } else {
                0
            };
            let text_score = if own { text_score } else { text_score * 9 / 10 };
            score = if numbers.is_empty() {
                text_score
            } else if score > 0 {
                score + text_score / 10
            } else {
                0
            };
        }
        if score > 0 {
            scored.push((score, hit));
        }
    }
    scored.sort_by(|(sa, a), (sb, b)| sb.cmp(sa).then(a.code().cmp(&b.code())));
    scored.into_iter().take(limit).map(|(_, hit)| hit).collect()
}
