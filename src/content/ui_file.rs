//! Reads a locale's `ui.toml` (interface strings, by `[section]` and key)
//! and `search.toml` (stop words and comparison words).
//!
//! `ui.toml` must have exactly the keys of [`BrowserKey`], [`PageKey`] and
//! [`ToolKey`], each a one-line string, and a translation must use the same
//! `{holes}` as English. Every problem is reported at its line.

use std::collections::BTreeMap;
use std::path::Path;

use super::error::ContentError;
use super::markdown::Lines;
use crate::search::Words;
use crate::ui::{holes, BrowserKey, PageKey, ToolKey, UiKey, UiText};

/// Where each `section.key` is written in a TOML file of two levels, and
/// where each `[section]` header is.
fn key_lines(text: &str) -> BTreeMap<String, usize> {
    let mut out = BTreeMap::new();
    let mut section = String::new();
    for (i, line) in text.lines().enumerate() {
        let line = line.trim();
        if let Some(header) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            section = header.trim().to_string();
            out.entry(section.clone()).or_insert(i + 1);
        } else if let Some((key, _)) = line.split_once('=') {
            let key = key.trim().trim_matches('"');
            if !key.is_empty() && !line.starts_with('#') {
                out.entry(format!("{section}.{key}")).or_insert(i + 1);
            }
        }
    }
    out
}

/// A problem in `file` at `line`.
fn ui_error(file: &Path, line: usize, message: String, hint: String) -> ContentError {
    ContentError::UiString {
        file: file.to_path_buf(),
        line,
        message,
        hint,
    }
}

/// Parses `ui.toml`. `english` is the default locale's, to check holes
/// against; `None` when this is the English file.
pub fn parse_ui(file: &Path, text: &str, english: Option<&UiText>) -> Result<UiText, ContentError> {
    let lines = key_lines(text);
    let strings = read_strings(file, text, &lines)?;
    let ui = UiText::from_lookup(|path| strings.get(path).cloned()).map_err(|missing| {
        let (section, key) = missing.split_once('.').unwrap_or(("", missing));
        ui_error(
            file,
            lines.get(section).copied().unwrap_or(1),
            format!("missing key `{key}` in [{section}]"),
            format!("add `{key} = \"…\"` under [{section}], translated from content/en/ui.toml"),
        )
    })?;
    if let Some(english) = english {
        let paths = BrowserKey::ALL
            .iter()
            .map(|k| (k.path(), ui.get(*k), english.get(*k)))
            .chain(
                PageKey::ALL
                    .iter()
                    .map(|k| (k.path(), ui.get(*k), english.get(*k))),
            )
            .chain(
                ToolKey::ALL
                    .iter()
                    .map(|k| (k.path(), ui.get(*k), english.get(*k))),
            );
        for (path, ours, theirs) in paths {
            check_holes(file, &lines, path, ours, theirs)?;
        }
    }
    Ok(ui)
}

/// Every `section.key` of the file with its string; unknown keys, values
/// that are not one-line strings and broken TOML are errors.
fn read_strings(
    file: &Path,
    text: &str,
    lines: &BTreeMap<String, usize>,
) -> Result<BTreeMap<String, String>, ContentError> {
    let table: toml::Table = toml::from_str(text).map_err(|e| {
        let line = e
            .span()
            .map(|s| Lines::new(text).line_of(s.start))
            .unwrap_or(1);
        ui_error(
            file,
            line,
            e.message().to_string(),
            "write `key = \"text\"` lines under `[section]` headers, as in content/en/ui.toml"
                .into(),
        )
    })?;
    let known: Vec<&'static str> = BrowserKey::ALL
        .iter()
        .map(|k| k.path())
        .chain(PageKey::ALL.iter().map(|k| k.path()))
        .chain(ToolKey::ALL.iter().map(|k| k.path()))
        .collect();
    let mut strings = BTreeMap::new();
    for (section, value) in &table {
        let Some(keys) = value.as_table() else {
            return Err(ui_error(
                file,
                lines.get(section).copied().unwrap_or(1),
                format!("`{section}` is not a [section]"),
                "every string belongs under a `[section]` header".into(),
            ));
        };
        for (key, value) in keys {
            let path = format!("{section}.{key}");
            let line = lines.get(&path).copied().unwrap_or(1);
            if !known.contains(&path.as_str()) {
                return Err(ui_error(
                    file,
                    line,
                    format!("unknown key `{key}` in [{section}]"),
                    "use only the keys of content/en/ui.toml".into(),
                ));
            }
            let string = value
                .as_str()
                .filter(|s| !s.trim().is_empty() && !s.contains(['\n', '\t']));
            let Some(string) = string else {
                return Err(ui_error(
                    file,
                    line,
                    format!("`{key}` in [{section}] is not a one-line string"),
                    "write the text in quotes, on one line".into(),
                ));
            };
            strings.insert(path, string.to_string());
        }
    }
    Ok(strings)
}

/// A translation keeps every `{hole}` of the English string.
fn check_holes(
    file: &Path,
    lines: &BTreeMap<String, usize>,
    path: &str,
    ours: &str,
    theirs: &str,
) -> Result<(), ContentError> {
    let (mut ours, mut theirs) = (holes(ours), holes(theirs));
    ours.sort_unstable();
    theirs.sort_unstable();
    if ours == theirs {
        return Ok(());
    }
    let (section, key) = path.split_once('.').unwrap_or(("", path));
    Err(ui_error(
        file,
        lines.get(path).copied().unwrap_or(1),
        format!(
            "`{key}` in [{section}] uses the holes {{{}}}, but English uses {{{}}}",
            ours.join("}, {"),
            theirs.join("}, {")
        ),
        "keep every {hole} of the English string, spelled the same; move them as the sentence \
         needs"
            .into(),
    ))
}

/// Parses `search.toml`.
pub fn parse_words(file: &Path, text: &str) -> Result<Words, ContentError> {
    let error = |line: usize, message: String| ContentError::BadToml {
        file: file.to_path_buf(),
        line,
        message,
        hint: "search.toml holds `stop_words = [\"…\"]` and `comparison_words = [\"…\"]`; see \
               content/en/search.toml"
            .into(),
    };
    let words: Words = toml::from_str(text).map_err(|e| {
        let line = e
            .span()
            .map(|s| Lines::new(text).line_of(s.start))
            .unwrap_or(1);
        error(line, e.message().to_string())
    })?;
    let lines = key_lines(text);
    for (field, list) in [
        ("stop_words", &words.stop_words),
        ("comparison_words", &words.comparison_words),
    ] {
        let line = lines.get(&format!(".{field}")).copied().unwrap_or(1);
        if list.is_empty() {
            return Err(error(line, format!("`{field}` is empty")));
        }
        if let Some(bad) = list
            .iter()
            .find(|w| w.trim().is_empty() || w.trim() != w.as_str() || w.contains(' '))
        {
            return Err(error(
                line,
                format!("`{field}` has {bad:?}, which is not one word"),
            ));
        }
    }
    Ok(words)
}
