//! The one text format the build hands to the browser: records of
//! tab-separated fields, one per line, the first field naming the record.
//! It needs no parser library in the browser bundle.
//!
//! Writers collapse whitespace inside a field (a tab or line break cannot
//! appear in one); readers report the line of a record they cannot read.

/// Collapses ASCII whitespace (tabs and line breaks included) to single
/// spaces. No-break spaces stay: French typography needs them.
pub fn one_line(text: &str) -> String {
    text.split(|c: char| c.is_ascii_whitespace())
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Records being written.
#[derive(Default)]
pub struct Writer(String);

impl Writer {
    /// An empty file.
    pub fn new() -> Writer {
        Writer::default()
    }

    /// Appends a record.
    pub fn record<S: AsRef<str>>(&mut self, fields: &[S]) -> &mut Writer {
        for (i, field) in fields.iter().enumerate() {
            if i > 0 {
                self.0.push('\t');
            }
            self.0.push_str(&one_line(field.as_ref()));
        }
        self.0.push('\n');
        self
    }

    /// The text.
    pub fn finish(self) -> String {
        self.0
    }
}

/// A record that could not be read: its 1-based line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BadRecord {
    /// The line.
    pub line: usize,
}

impl std::fmt::Display for BadRecord {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "line {}: not a record this reader knows", self.line)
    }
}

/// The records of `text`, each with its 1-based line; empty lines are
/// skipped.
pub fn records(text: &str) -> impl Iterator<Item = (usize, Vec<&str>)> {
    text.lines()
        .enumerate()
        .filter(|(_, line)| !line.is_empty())
        .map(|(i, line)| (i + 1, line.split('\t').collect()))
}
