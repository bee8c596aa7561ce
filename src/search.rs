//! Finding a code from what a person types: a number, part of a number, or
//! part of a name in any locale.
//!
//! Pure functions over [`DirectoryData`], used by the search box in the
//! browser and tested natively.

use crate::model::CodeSummary;
use crate::page::DirectoryData;

/// The codes that match `query`, best first, at most `limit` of them.
///
/// - A query of digits matches codes that start with it (`100` finds
///   1000-1009), the exact code first.
/// - A number inside other text (`close 1006 abnormal`) puts that code first.
/// - Other text matches names case-insensitively, in this locale and in the
///   others: names that start with the query first, then names that contain
///   it, then summaries that contain it.
pub fn quick_search<'a>(
    directory: &'a DirectoryData,
    query: &str,
    limit: usize,
) -> Vec<&'a CodeSummary> {
    let query = query.trim().to_lowercase();
    if query.is_empty() {
        return Vec::new();
    }
    let mut scored: Vec<(u32, &CodeSummary)> = Vec::new();
    let numbers: Vec<&str> = query
        .split(|c: char| !c.is_ascii_digit())
        .filter(|s| !s.is_empty())
        .collect();
    let words: String = query
        .split(|c: char| c.is_ascii_digit())
        .collect::<Vec<_>>()
        .join(" ");
    let words = words.split_whitespace().collect::<Vec<_>>().join(" ");

    for entry in &directory.codes {
        let code = entry.code.to_string();
        let mut score = 0;
        for number in &numbers {
            if code == *number {
                score = score.max(100);
            } else if code.starts_with(number) {
                score = score.max(60);
            }
        }
        if !words.is_empty() {
            let name = entry.name.to_lowercase();
            let elsewhere = directory
                .names_elsewhere
                .iter()
                .filter(|(c, _)| *c == entry.code)
                .map(|(_, n)| n.to_lowercase());
            let names: Vec<String> = std::iter::once(name).chain(elsewhere).collect();
            let text_score = if names.iter().any(|n| n.starts_with(&words)) {
                50
            } else if names.iter().any(|n| n.contains(&words)) {
                40
            } else if entry.summary.to_lowercase().contains(&words) {
                20
            } else {
                0
            };
            // With a number and words, the words only rank the number's matches.
            score = if numbers.is_empty() {
                text_score
            } else if score > 0 {
                score + text_score / 10
            } else {
                0
            };
        }
        if score > 0 {
            scored.push((score, entry));
        }
    }
    scored.sort_by(|(sa, a), (sb, b)| sb.cmp(sa).then(a.code.cmp(&b.code)));
    scored.into_iter().take(limit).map(|(_, e)| e).collect()
}
