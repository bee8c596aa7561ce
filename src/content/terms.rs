//! A locale's term list (`content/{locale}/terms.toml`): the word it uses
//! for each concept of the protocol, and the variants it rules out.
//!
//! Translators start from it, and the build holds the locale's files to it:
//! a variant listed under `avoid` is wrong in every context, so finding one
//! anywhere in the locale's text is an error. Variants that are wrong for
//! this concept but right for another (负载 is "load", not "payload") go
//! under `ambiguous`, for people, and are not checked.
//!
//! ```toml
//! [[terms]]
//! en = "payload"
//! zh = "载荷"
//! avoid = ["有效负载"]
//! ambiguous = ["负载"]
//! note = "负载 专指 load"
//! ```
//!
//! The key of the translation is the locale's id (`zh`, `ja`, …, with the
//! script suffix dropped), so a list reads naturally in every language.

use std::path::{Path, PathBuf};

use serde::Deserialize;

use super::error::ContentError;
use super::markdown::Lines;
use crate::locale::Locale;

/// The file name of a term list in a locale folder.
pub const TERMS_FILE: &str = "terms.toml";

/// One concept and the locale's word for it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Term {
    /// The concept, in English.
    pub en: String,
    /// The locale's word for it.
    pub term: String,
    /// Variants that are wrong wherever they appear.
    pub avoid: Vec<String>,
    /// Variants that are wrong for this concept but right for another.
    pub ambiguous: Vec<String>,
    /// Advice for translators.
    pub note: String,
    /// The line of the entry in the term list.
    pub line: usize,
}

/// A locale's term list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TermList {
    /// Where it is.
    pub file: PathBuf,
    /// Its entries, in file order.
    pub terms: Vec<Term>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TermsFile {
    terms: Vec<toml::Table>,
}

/// The key under which a locale's word stands: `zh` for `zh-hans`.
pub fn term_key(locale: Locale) -> &'static str {
    let id = locale.id();
    id.split('-').next().unwrap_or(id)
}

impl TermList {
    /// Parses a term list. No I/O: `file` is for messages.
    pub fn parse(file: &Path, text: &str, locale: Locale) -> Result<TermList, ContentError> {
        let lines = Lines::new(text);
        let key = term_key(locale);
        let invalid = |line: usize, message: String, hint: &str| ContentError::InvalidFact {
            file: file.to_path_buf(),
            line,
            message,
            hint: hint.to_string(),
        };
        let parsed: TermsFile = toml::from_str(text).map_err(|e| {
            let line = e.span().map_or(1, |s| lines.line_of(s.start));
            invalid(
                line,
                format!("the term list does not parse: {}", e.message()),
                "write [[terms]] tables with en, the locale's word, and optional avoid, \
                 ambiguous and note",
            )
        })?;
        // Entry n starts at the n-th `[[terms]]` header.
        let starts: Vec<usize> = text
            .lines()
            .enumerate()
            .filter(|(_, l)| l.trim() == "[[terms]]")
            .map(|(i, _)| i + 1)
            .collect();
        let mut terms = Vec::new();
        for (i, table) in parsed.terms.into_iter().enumerate() {
            let line = starts.get(i).copied().unwrap_or(1);
            let string = |name: &str| -> Result<String, ContentError> {
                match table.get(name) {
                    None => Ok(String::new()),
                    Some(toml::Value::String(s)) => Ok(s.trim().to_string()),
                    Some(_) => Err(invalid(
                        line,
                        format!("`{name}` is not a string"),
                        "write it in quotes",
                    )),
                }
            };
            let list = |name: &str| -> Result<Vec<String>, ContentError> {
                match table.get(name) {
                    None => Ok(Vec::new()),
                    Some(toml::Value::Array(items)) => items
                        .iter()
                        .map(|v| match v {
                            toml::Value::String(s) if !s.trim().is_empty() => {
                                Ok(s.trim().to_string())
                            }
                            _ => Err(invalid(
                                line,
                                format!("`{name}` holds something other than words"),
                                "list the variants as strings",
                            )),
                        })
                        .collect(),
                    Some(_) => Err(invalid(
                        line,
                        format!("`{name}` is not a list"),
                        "write [\"…\", \"…\"]",
                    )),
                }
            };
            for name in table.keys() {
                if !["en", key, "avoid", "ambiguous", "note"].contains(&name.as_str()) {
                    return Err(invalid(
                        line,
                        format!("unknown field `{name}`"),
                        &format!("the fields are en, {key}, avoid, ambiguous and note"),
                    ));
                }
            }
            let term = Term {
                en: string("en")?,
                term: string(key)?,
                avoid: list("avoid")?,
                ambiguous: list("ambiguous")?,
                note: string("note")?,
                line,
            };
            if term.en.is_empty() || term.term.is_empty() {
                return Err(invalid(
                    line,
                    format!("a term needs `en` and `{key}`"),
                    "write the concept in English and the locale's word for it",
                ));
            }
            if let Some(v) = term.avoid.iter().find(|v| term.term.contains(v.as_str())) {
                return Err(invalid(
                    line,
                    format!(
                        "{v:?} is to be avoided, but the term {:?} contains it",
                        term.term
                    ),
                    "list under `avoid` only variants that are wrong wherever they appear; put \
                     the others under `ambiguous`",
                ));
            }
            terms.push(term);
        }
        Ok(TermList {
            file: file.to_path_buf(),
            terms,
        })
    }

    /// Every avoided variant in `text`, with its line and the term to use.
    pub fn avoided_in<'a>(&'a self, text: &str) -> Vec<(usize, &'a str, &'a Term)> {
        let mut found = Vec::new();
        for (i, line) in text.lines().enumerate() {
            for term in &self.terms {
                for variant in &term.avoid {
                    if line.contains(variant.as_str()) {
                        found.push((i + 1, variant.as_str(), term));
                    }
                }
            }
        }
        found
    }

    /// The errors for every avoided variant in a file of the locale.
    pub fn check(&self, file: &Path, text: &str) -> Vec<ContentError> {
        self.avoided_in(text)
            .into_iter()
            .map(|(line, variant, term)| ContentError::InvalidFact {
                file: file.to_path_buf(),
                line,
                message: format!("{variant:?} is a variant the term list rules out"),
                hint: format!(
                    "write {:?} for {:?} ({}:{})",
                    term.term,
                    term.en,
                    self.file.display(),
                    term.line
                ),
            })
            .collect()
    }
}
