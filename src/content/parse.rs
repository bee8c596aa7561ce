//! Parses one close-code file: TOML front matter between `+++` lines, then
//! the body under localized `##` headings.
//!
//! [`parse_code_file`] works on a string and does no I/O, so every rule here
//! is tested with plain strings and fixture files.

use std::path::Path;

use serde::Deserialize;

use super::error::ContentError;
use super::markdown::{parse_sections, Lines};
use crate::locale::Locale;
use crate::model::{CloseCode, Facts, Group, Reconnect, Reference, Section, SectionBody, SentBy};

/// The front matter of a close-code file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct CodeFrontMatter {
    code: u16,
    name: String,
    summary: String,
    gist: String,
    use_when: String,
    group: Group,
    sent_by: SentBy,
    on_wire: bool,
    browser_close: bool,
    reconnect: Reconnect,
    references: Vec<Reference>,
}

const CODE_FIELDS: &str = "code, name, summary, gist, use_when, group, sent_by, on_wire, \
                           browser_close, reconnect, references";

/// A file split into its front matter and body.
pub struct Split<'a> {
    /// The TOML between the `+++` lines.
    pub front_matter: &'a str,
    /// The byte offset of the TOML in the file.
    pub front_matter_offset: usize,
    /// Everything after the closing `+++` line.
    pub body: &'a str,
    /// The byte offset of the body in the file.
    pub body_offset: usize,
}

/// Splits `+++` front matter from the body.
pub fn split_front_matter<'a>(file: &Path, text: &'a str) -> Result<Split<'a>, ContentError> {
    let missing = |line: usize, message: &str| ContentError::MissingFrontMatter {
        file: file.to_path_buf(),
        line,
        message: message.to_string(),
    };
    let first_line_end = text.find('\n').unwrap_or(text.len());
    if text[..first_line_end].trim_end() != "+++" {
        return Err(missing(1, "the file does not start with `+++`"));
    }
    let front_matter_offset = (first_line_end + 1).min(text.len());
    let mut offset = front_matter_offset;
    for line in text[front_matter_offset..].split_inclusive('\n') {
        if line.trim_end() == "+++" {
            return Ok(Split {
                front_matter: &text[front_matter_offset..offset],
                front_matter_offset,
                body: &text[offset + line.len()..],
                body_offset: offset + line.len(),
            });
        }
        offset += line.len();
    }
    Err(missing(
        Lines::new(text).count(),
        "the front matter opened on line 1 is never closed",
    ))
}

/// Reads TOML front matter into `T`, reporting errors at their line in the
/// file.
pub fn read_front_matter<T: for<'de> Deserialize<'de>>(
    file: &Path,
    lines: &Lines,
    split: &Split<'_>,
    fields: &str,
) -> Result<T, ContentError> {
    toml::from_str(split.front_matter).map_err(|e| {
        let line = e
            .span()
            .map(|span| lines.line_of(split.front_matter_offset + span.start))
            .unwrap_or(2);
        ContentError::BadFrontMatter {
            file: file.to_path_buf(),
            line,
            message: e.message().to_string(),
            hint: format!("the front matter takes these fields: {fields}"),
        }
    })
}

/// The 1-based line where `field = …` is written in the front matter, or the
/// opening `+++` line if it is not there.
pub fn field_line(text: &str, split: &Split<'_>, field: &str) -> usize {
    let lines = Lines::new(text);
    let mut offset = split.front_matter_offset;
    for line in split.front_matter.split_inclusive('\n') {
        let trimmed = line.trim_start();
        if let Some(rest) = trimmed.strip_prefix(field) {
            if rest.trim_start().starts_with('=') {
                return lines.line_of(offset);
            }
        }
        offset += line.len();
    }
    1
}

/// Parses a close-code file of `locale` from its text.
///
/// `path` is only used in error messages; the catalog checks that the file
/// is named after its code.
pub fn parse_code_file(path: &Path, text: &str, locale: Locale) -> Result<CloseCode, ContentError> {
    let lines = Lines::new(text);
    let split = split_front_matter(path, text)?;
    let fm: CodeFrontMatter = read_front_matter(path, &lines, &split, CODE_FIELDS)?;
    let invalid = |field: &str, message: String, hint: &str| ContentError::InvalidFact {
        file: path.to_path_buf(),
        line: field_line(text, &split, field),
        message,
        hint: hint.to_string(),
    };

    for (field, value) in [
        ("name", &fm.name),
        ("summary", &fm.summary),
        ("gist", &fm.gist),
        ("use_when", &fm.use_when),
    ] {
        if value.trim().is_empty() {
            return Err(invalid(
                field,
                format!("`{field}` is empty"),
                "write the text",
            ));
        }
    }
    if fm.browser_close != Facts::browser_may_close_with(fm.code) {
        return Err(invalid(
            "browser_close",
            format!(
                "browser_close = {} is wrong for {}",
                fm.browser_close, fm.code
            ),
            "browsers accept only 1000 and 3000-4999 in WebSocket.close(); anything else throws \
             InvalidAccessError",
        ));
    }
    if fm.on_wire && Facts::never_on_wire(fm.code) {
        return Err(invalid(
            "on_wire",
            format!(
                "on_wire = true, but {} must never be sent in a Close frame",
                fm.code
            ),
            "RFC 6455 reserves 1004 and forbids sending 1005, 1006 and 1015; set on_wire = false",
        ));
    }
    let locally_reported = matches!(fm.sent_by, SentBy::LocalLibrary | SentBy::Nobody);
    if fm.on_wire == locally_reported {
        return Err(invalid(
            "sent_by",
            format!(
                "sent_by = {:?} does not agree with on_wire = {}",
                fm.sent_by, fm.on_wire
            ),
            "codes that are never sent have sent_by = \"local-library\" or \"nobody\"; codes \
             that are sent name who sends them",
        ));
    }
    if fm.references.is_empty() {
        return Err(invalid(
            "references",
            "no reference".into(),
            "add at least one [[references]] entry with the text that defines the code",
        ));
    }
    for reference in &fm.references {
        if let Err(why) = check_https_url(&reference.url) {
            return Err(invalid(
                "url",
                format!("reference URL {:?} {why}", reference.url),
                "use an absolute https:// URL",
            ));
        }
    }

    let sections = parse_sections(path, &lines, split.body, split.body_offset, locale)?;
    let sections = require_sections(path, &lines, locale, sections, &Section::CODE_PAGE)?;

    Ok(CloseCode {
        code: fm.code,
        name: fm.name.trim().to_string(),
        summary: fm.summary.trim().to_string(),
        gist: fm.gist.trim().to_string(),
        use_when: fm.use_when.trim().to_string(),
        facts: Facts {
            group: fm.group,
            sent_by: fm.sent_by,
            on_wire: fm.on_wire,
            browser_close: fm.browser_close,
            reconnect: fm.reconnect,
        },
        references: fm.references,
        sections,
    })
}

/// Checks that exactly the `wanted` sections are present, once each and not
/// empty, and returns them in `wanted` order.
pub fn require_sections(
    path: &Path,
    lines: &Lines,
    locale: Locale,
    found: Vec<super::markdown::ParsedSection>,
    wanted: &[Section],
) -> Result<Vec<SectionBody>, ContentError> {
    for (i, section) in found.iter().enumerate() {
        if let Some(first) = found[..i].iter().find(|s| s.section == section.section) {
            return Err(ContentError::DuplicateSection {
                file: path.to_path_buf(),
                line: section.line,
                first_line: first.line,
                heading: locale.heading(section.section).to_string(),
            });
        }
        if !wanted.contains(&section.section) {
            return Err(ContentError::Misplaced {
                file: path.to_path_buf(),
                line: section.line,
                message: format!(
                    "section \"{}\" does not belong in this kind of file",
                    locale.heading(section.section)
                ),
                hint: format!(
                    "this file takes the sections {}",
                    wanted
                        .iter()
                        .map(|s| format!("\"{}\"", locale.heading(*s)))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            });
        }
        if section.text.trim().is_empty() {
            return Err(ContentError::EmptySection {
                file: path.to_path_buf(),
                line: section.line,
                heading: locale.heading(section.section).to_string(),
            });
        }
    }
    let mut ordered = Vec::with_capacity(wanted.len());
    for section in wanted {
        let Some(found) = found.iter().find(|s| s.section == *section) else {
            return Err(ContentError::MissingSection {
                file: path.to_path_buf(),
                line: lines.count(),
                heading: locale.heading(*section).to_string(),
            });
        };
        ordered.push(SectionBody {
            section: *section,
            html: found.html.clone(),
            text: found.text.clone(),
        });
    }
    Ok(ordered)
}

/// Whether `url` is a well-formed absolute https URL; if not, why.
pub fn check_https_url(url: &str) -> Result<(), &'static str> {
    let Some(rest) = url.strip_prefix("https://") else {
        return Err("does not start with https://");
    };
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    if host.is_empty() || !host.contains('.') {
        return Err("has no host name");
    }
    if !host
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-' || c == ':')
    {
        return Err("has an invalid host name");
    }
    if url.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err("contains whitespace");
    }
    Ok(())
}
