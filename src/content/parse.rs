//! Parses the files of a locale folder: TOML front matter between `+++`
//! lines, then the body, under localized `##` headings (or, in a guide,
//! headings of its own).
//!
//! [`parse_code_file`] works on a string and does no I/O, so every rule here
//! is tested with plain strings and fixture files.

use std::path::Path;

use serde::Deserialize;

use super::error::ContentError;
use super::markdown::{parse_sections, Lines};
use crate::locale::Locale;
use crate::model::{
    CloseCode, Facts, Group, LibraryText, Quote, Range, Reason, Reconnect, Reference, Section,
    SectionBody, SentBy,
};

/// The front matter of a close-code file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct CodeFrontMatter {
    code: u16,
    name: String,
    summary: String,
    gist: Option<String>,
    use_when: Option<String>,
    group: Option<Group>,
    sent_by: SentBy,
    on_wire: Option<bool>,
    browser_close: Option<bool>,
    reconnect: Reconnect,
    #[serde(default)]
    like: Vec<u16>,
    #[serde(default)]
    constants: Vec<LibraryText>,
    #[serde(default)]
    errors: Vec<LibraryText>,
    references: Vec<Reference>,
    quote: Option<Quote>,
    quote_translation: Option<String>,
}

const CODE_FIELDS: &str = "code, name, summary, gist, use_when, group, sent_by, on_wire, \
                           browser_close, reconnect, like, quote_translation, [[constants]], \
                           [[errors]], [[references]], [quote]";

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

/// The line of `field = …` in a file's front matter, or 1 where the file
/// has no front matter or no such field.
pub fn line_of_field(file: &Path, text: &str, field: &str) -> usize {
    split_front_matter(file, text)
        .map(|split| field_line(text, &split, field))
        .unwrap_or(1)
}

/// A page file (a service, a range, a symptom, a guide, a comparison) read
/// so far: its lines and parts, for errors that point at a field.
struct PageFile<'a> {
    path: &'a Path,
    text: &'a str,
    lines: Lines,
    split: Split<'a>,
}

impl<'a> PageFile<'a> {
    /// Splits the file and reads its front matter; `fields` names the
    /// fields it may have, for the message about one it may not.
    fn read<T: for<'de> Deserialize<'de>>(
        path: &'a Path,
        text: &'a str,
        fields: &str,
    ) -> Result<(PageFile<'a>, T), ContentError> {
        let lines = Lines::new(text);
        let split = split_front_matter(path, text)?;
        let front_matter = read_front_matter(path, &lines, &split, fields)?;
        Ok((
            PageFile {
                path,
                text,
                lines,
                split,
            },
            front_matter,
        ))
    }

    fn fields(&self) -> Fields<'_> {
        Fields {
            path: self.path,
            text: self.text,
            split: &self.split,
        }
    }

    /// Each of `texts` (field, value) is written, and the references are
    /// absolute https URLs.
    fn check(&self, texts: &[(&str, &str)], references: &[Reference]) -> Result<(), ContentError> {
        let f = self.fields();
        for (field, value) in texts {
            if value.trim().is_empty() {
                return Err(f.invalid(field, format!("`{field}` is empty"), "write the text"));
            }
        }
        check_references(&f, references)
    }

    /// The body's sections: exactly `wanted`, in that order.
    fn sections(
        &self,
        locale: Locale,
        wanted: &[Section],
    ) -> Result<Vec<SectionBody>, ContentError> {
        let found = parse_sections(
            self.path,
            &self.lines,
            self.split.body,
            self.split.body_offset,
            locale,
        )?;
        require_sections(self.path, &self.lines, locale, found, wanted)
    }
}

/// A file being parsed, for errors that point at one of its fields.
struct Fields<'a> {
    path: &'a Path,
    text: &'a str,
    split: &'a Split<'a>,
}

impl Fields<'_> {
    /// An invalid fact, reported at the line of `field`.
    fn invalid(&self, field: &str, message: String, hint: &str) -> ContentError {
        ContentError::InvalidFact {
            file: self.path.to_path_buf(),
            line: field_line(self.text, self.split, field),
            message,
            hint: hint.to_string(),
        }
    }
}

/// Parses a close-code file of `locale` from its text. `namespace` is the
/// service that defines the code (`discord-gateway`), or `None` for the
/// protocol's and IANA's codes, which get pages of their own.
///
/// `path` is only used in error messages; the catalog checks that the file
/// is named after its code.
pub fn parse_code_file(
    path: &Path,
    text: &str,
    locale: Locale,
    namespace: Option<&str>,
) -> Result<CloseCode, ContentError> {
    let lines = Lines::new(text);
    let split = split_front_matter(path, text)?;
    let fm: CodeFrontMatter = read_front_matter(path, &lines, &split, CODE_FIELDS)?;
    let f = Fields {
        path,
        text,
        split: &split,
    };
    for (field, value) in [("name", &fm.name), ("summary", &fm.summary)] {
        if value.trim().is_empty() {
            return Err(f.invalid(field, format!("`{field}` is empty"), "write the text"));
        }
    }
    let (gist, use_when, group) = match namespace {
        None => own_code_words(&fm, &f)?,
        Some(_) => service_code_words(&fm, &f)?,
    };
    let (browser_close, on_wire) = wire_facts(&fm, &f, namespace.is_some())?;
    if fm.references.is_empty() {
        return Err(f.invalid(
            "references",
            "no reference".into(),
            "add at least one [[references]] entry with the text that defines the code",
        ));
    }
    check_references(&f, &fm.references)?;
    check_library_texts(&fm, &f, locale)?;

    let sections = parse_sections(path, &lines, split.body, split.body_offset, locale)?;
    let sections = require_sections(path, &lines, locale, sections, &Section::CODE_PAGE)?;
    check_quote(&fm, &f, locale, namespace.is_none())?;

    Ok(CloseCode {
        code: fm.code,
        name: fm.name.trim().to_string(),
        summary: fm.summary.trim().to_string(),
        gist,
        use_when,
        facts: Facts {
            group,
            sent_by: fm.sent_by,
            on_wire,
            browser_close,
            reconnect: fm.reconnect,
        },
        references: fm.references,
        sections,
        namespace: namespace.map(str::to_string),
        like: fm.like,
        constants: fm.constants,
        errors: fm.errors,
        quote: fm.quote,
        quote_translation: fm.quote_translation.map(|t| t.trim().to_string()),
    })
}

/// The defining sentence: quoted, in English, in the default locale's file
/// of each of the site's own codes; translated, if at all, in the others.
fn check_quote(
    fm: &CodeFrontMatter,
    f: &Fields<'_>,
    locale: Locale,
    own: bool,
) -> Result<(), ContentError> {
    match (&fm.quote, locale.is_default()) {
        (Some(_), false) => {
            return Err(f.invalid(
                "text",
                "the quoted sentence is the same in every language".into(),
                "keep [quote] in the default locale's file; translate it in `quote_translation`",
            ))
        }
        (None, true) if own => {
            return Err(f.invalid(
                "code",
                "no [quote]: the protocol's and the registry's codes quote the sentence that \
                 defines them"
                    .into(),
                "add [quote] with `text` (word for word), `source` and `url`",
            ))
        }
        (Some(quote), true) => {
            if quote.text.trim().is_empty() || quote.source.trim().is_empty() {
                return Err(f.invalid(
                    "text",
                    "the quote or its source is empty".into(),
                    "write the sentence word for word, and where it is",
                ));
            }
            check_https_url(&quote.url).map_err(|why| {
                f.invalid(
                    "url",
                    format!("quote URL {:?} {why}", quote.url),
                    "use an absolute https:// URL",
                )
            })?;
        }
        (None, _) => {}
    }
    if fm.quote_translation.is_some() && locale.is_default() {
        return Err(f.invalid(
            "quote_translation",
            "the default locale's file quotes the original; it has nothing to translate".into(),
            "remove `quote_translation`",
        ));
    }
    Ok(())
}

/// The site's own codes are compared with each other, so they need the
/// comparison phrases (`gist`, `use_when`) and a home-page group that fits
/// their range.
fn own_code_words(
    fm: &CodeFrontMatter,
    f: &Fields<'_>,
) -> Result<(String, String, Group), ContentError> {
    let required = |field: &str, value: &Option<String>| match value {
        Some(v) if !v.trim().is_empty() => Ok(v.trim().to_string()),
        _ => Err(f.invalid(
            field,
            format!("`{field}` is missing or empty"),
            "the protocol's codes need gist and use_when for their comparison pages",
        )),
    };
    let gist = required("gist", &fm.gist)?;
    let use_when = required("use_when", &fm.use_when)?;
    let Some(group) = fm.group else {
        return Err(f.invalid(
            "group",
            "`group` is missing".into(),
            "choose normal, peer-error, temporary, local-only or registered",
        ));
    };
    let number = u32::from(fm.code);
    let fits = match Range::of(number) {
        Some(Range::Protocol) => !matches!(group, Group::Registered | Group::Application),
        Some(Range::Registered) => group == Group::Registered,
        _ => false,
    };
    if !fits {
        return Err(f.invalid(
            "group",
            format!("group {group:?} does not fit code {number}"),
            "1000-2999 use normal, peer-error, temporary or local-only; 3000-3999 use \
             registered; codes of a service belong in its folder",
        ));
    }
    Ok((gist, use_when, group))
}

/// A service's codes are its own numbers in 1016-4999 (not the
/// protocol's 1000-1015) and have no home-page group; their comparison
/// phrases are optional.
fn service_code_words(
    fm: &CodeFrontMatter,
    f: &Fields<'_>,
) -> Result<(String, String, Group), ContentError> {
    let number = u32::from(fm.code);
    if !(1016..=4999).contains(&number) {
        return Err(f.invalid(
            "code",
            format!("{number} is not a number a service can define"),
            "services define their own codes in 1016-4999 (3000-4999, and some libraries in \
             the protocol's unassigned 1016-2999); describe what a service means by a standard \
             code on its page, or as a [[reasons]] entry",
        ));
    }
    if fm.group.is_some_and(|g| g != Group::Application) {
        return Err(f.invalid(
            "group",
            "a service's code has no group".into(),
            "remove `group`; service codes are listed on their service's page",
        ));
    }
    let optional = |v: &Option<String>| v.as_deref().unwrap_or("").trim().to_string();
    Ok((
        optional(&fm.gist),
        optional(&fm.use_when),
        Group::Application,
    ))
}

/// The protocol's rules for a code: whether a browser's `close()` takes it,
/// whether it may travel in a Close frame, and who sends it, all agreeing.
/// A service's code may leave the first two out.
fn wire_facts(
    fm: &CodeFrontMatter,
    f: &Fields<'_>,
    service: bool,
) -> Result<(bool, bool), ContentError> {
    let number = u32::from(fm.code);
    if !service && fm.browser_close.is_none() {
        return Err(f.invalid(
            "browser_close",
            "`browser_close` is missing".into(),
            "say whether WebSocket.close() in a browser accepts the code",
        ));
    }
    let browser_close = fm
        .browser_close
        .unwrap_or(Facts::browser_may_close_with(number));
    if browser_close != Facts::browser_may_close_with(number) {
        return Err(f.invalid(
            "browser_close",
            format!("browser_close = {browser_close} is wrong for {}", fm.code),
            "browsers accept only 1000 and 3000-4999 in WebSocket.close(); anything else throws \
             InvalidAccessError",
        ));
    }
    let on_wire = match (service, fm.on_wire) {
        (_, Some(on_wire)) => on_wire,
        (true, None) => true,
        (false, None) => {
            return Err(f.invalid(
                "on_wire",
                "`on_wire` is missing".into(),
                "say whether the code may be sent in a Close frame",
            ))
        }
    };
    if on_wire && Facts::never_on_wire(number) {
        return Err(f.invalid(
            "on_wire",
            format!(
                "on_wire = true, but {} must never be sent in a Close frame",
                fm.code
            ),
            "RFC 6455 reserves 1004 and forbids sending 1005, 1006 and 1015; set on_wire = false",
        ));
    }
    if on_wire != fm.sent_by.is_sent() {
        return Err(f.invalid(
            "sent_by",
            format!(
                "sent_by = {:?} does not agree with on_wire = {}",
                fm.sent_by, on_wire
            ),
            "codes that are never sent have sent_by = \"local-library\" or \"nobody\"; codes \
             that are sent name who sends them",
        ));
    }
    Ok((browser_close, on_wire))
}

/// Library names and error strings are written once, in the default
/// locale, and never empty.
fn check_library_texts(
    fm: &CodeFrontMatter,
    f: &Fields<'_>,
    locale: Locale,
) -> Result<(), ContentError> {
    if fm.constants.is_empty() && fm.errors.is_empty() {
        return Ok(());
    }
    let field = if fm.constants.is_empty() {
        "errors"
    } else {
        "constants"
    };
    if !locale.is_default() {
        return Err(f.invalid(
            field,
            "library names and error strings are the same in every language".into(),
            "keep [[constants]] and [[errors]] in the default locale's file only",
        ));
    }
    if fm
        .constants
        .iter()
        .chain(&fm.errors)
        .any(|e| e.text.trim().is_empty())
    {
        return Err(f.invalid(field, "an entry has no text".into(), "write the text"));
    }
    Ok(())
}

/// Checks every reference URL, reporting a bad one at its line.
fn check_references(f: &Fields<'_>, references: &[Reference]) -> Result<(), ContentError> {
    for (index, reference) in references.iter().enumerate() {
        check_https_url(&reference.url).map_err(|why| ContentError::InvalidFact {
            file: f.path.to_path_buf(),
            line: reference_line(f.text, f.split, index),
            message: format!("reference URL {:?} {why}", reference.url),
            hint: "use an absolute https:// URL".into(),
        })?;
    }
    Ok(())
}

/// The line of the `url =` of the `index`th reference, or of the first
/// `url =` if the file is written some other way.
fn reference_line(text: &str, split: &Split<'_>, index: usize) -> usize {
    let lines = Lines::new(text);
    let mut offset = split.front_matter_offset;
    let mut seen = 0;
    for line in split.front_matter.split_inclusive('\n') {
        if line.trim_start().starts_with("url") && line.contains('=') {
            if seen == index {
                return lines.line_of(offset);
            }
            seen += 1;
        }
        offset += line.len();
    }
    field_line(text, split, "url")
}

/// A service's page (`_index.md`).
#[derive(Debug, Clone, PartialEq)]
pub struct ServicePage {
    /// The service's name in this locale.
    pub name: String,
    /// One sentence about it.
    pub summary: String,
    /// Where to read more.
    pub references: Vec<Reference>,
    /// Reason strings it sends with standard codes.
    pub reasons: Vec<Reason>,
    /// The rendered body.
    pub sections: Vec<SectionBody>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ServicePageFrontMatter {
    name: String,
    summary: String,
    #[serde(default)]
    references: Vec<Reference>,
    #[serde(default)]
    reasons: Vec<Reason>,
}

/// Parses a service's `_index.md`: its name, summary and references, then
/// the `wanted` sections.
pub fn parse_service_page(
    path: &Path,
    text: &str,
    locale: Locale,
    wanted: &[Section],
) -> Result<ServicePage, ContentError> {
    let (file, fm): (_, ServicePageFrontMatter) =
        PageFile::read(path, text, "name, summary, [[references]], [[reasons]]")?;
    file.check(
        &[("name", &fm.name), ("summary", &fm.summary)],
        &fm.references,
    )?;
    let f = file.fields();
    for reason in &fm.reasons {
        if !(1000..=4999).contains(&reason.code) {
            return Err(f.invalid(
                "code",
                format!(
                    "a reason comes with {}, which is not a close code",
                    reason.code
                ),
                "reasons come with close codes in 1000-4999",
            ));
        }
        let one_line = |s: &str| !s.trim().is_empty() && !s.contains('\n');
        if !one_line(&reason.reason) || !one_line(&reason.summary) {
            return Err(f.invalid(
                "reason",
                format!("the reason for {} or its summary is empty", reason.code),
                "write the reason as it appears, and one sentence on what it means",
            ));
        }
    }
    let sections = file.sections(locale, wanted)?;
    Ok(ServicePage {
        name: fm.name.trim().to_string(),
        summary: fm.summary.trim().to_string(),
        references: fm.references,
        reasons: fm.reasons,
        sections,
    })
}

/// A range's page (`ranges/4000-4999.md`). Its name and summary are
/// interface strings (`ui.toml`), so that every locale has them.
#[derive(Debug, Clone, PartialEq)]
pub struct RangePage {
    /// Where the range is defined.
    pub references: Vec<Reference>,
    /// The rendered body.
    pub sections: Vec<SectionBody>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RangePageFrontMatter {
    references: Vec<Reference>,
}

/// Parses a range's page: its references, then the `wanted` sections.
pub fn parse_range_page(
    path: &Path,
    text: &str,
    locale: Locale,
    wanted: &[Section],
) -> Result<RangePage, ContentError> {
    let (file, fm): (_, RangePageFrontMatter) = PageFile::read(
        path,
        text,
        "[[references]] (the range's name and summary are in ui.toml)",
    )?;
    file.check(&[], &fm.references)?;
    let sections = file.sections(locale, wanted)?;
    Ok(RangePage {
        references: fm.references,
        sections,
    })
}

/// Where a symptom or guide without a `weight` comes: after those with one.
fn default_weight() -> u32 {
    100
}

/// A page for what readers observe (`symptoms/closes-after-60-seconds.md`):
/// the causes, how to tell them apart, the fix, and the codes involved.
#[derive(Debug, Clone, PartialEq)]
pub struct SymptomPage {
    /// What the reader observes, as a title.
    pub title: String,
    /// One sentence: the answer in short.
    pub summary: String,
    /// The close codes involved (the same in every locale).
    pub codes: Vec<u16>,
    /// Where it comes in the list: lower first (the English file's counts).
    pub weight: u32,
    /// Where the facts come from.
    pub references: Vec<Reference>,
    /// The rendered body.
    pub sections: Vec<SectionBody>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct SymptomFrontMatter {
    title: String,
    summary: String,
    codes: Vec<u16>,
    #[serde(default = "default_weight")]
    weight: u32,
    #[serde(default)]
    references: Vec<Reference>,
}

/// Parses a symptom page: its title, summary, codes and references, then
/// the `wanted` sections.
pub fn parse_symptom_page(
    path: &Path,
    text: &str,
    locale: Locale,
    wanted: &[Section],
) -> Result<SymptomPage, ContentError> {
    let (file, fm): (_, SymptomFrontMatter) =
        PageFile::read(path, text, "title, summary, codes, weight, [[references]]")?;
    file.check(
        &[("title", &fm.title), ("summary", &fm.summary)],
        &fm.references,
    )?;
    if fm.codes.is_empty() {
        return Err(file.fields().invalid(
            "codes",
            "`codes` is empty".into(),
            "list the close codes a reader with this symptom sees, most likely first",
        ));
    }
    let sections = file.sections(locale, wanted)?;
    Ok(SymptomPage {
        title: fm.title.trim().to_string(),
        summary: fm.summary.trim().to_string(),
        codes: fm.codes,
        weight: fm.weight,
        references: fm.references,
        sections,
    })
}

/// A guide (`guides/reconnecting.md`): a page with headings of its own.
#[derive(Debug, Clone, PartialEq)]
pub struct GuidePage {
    /// Its title.
    pub title: String,
    /// One sentence about it.
    pub summary: String,
    /// Where it comes in the list: lower first (the English file's counts).
    pub weight: u32,
    /// Where the facts come from.
    pub references: Vec<Reference>,
    /// The rendered body.
    pub html: String,
    /// The body without markup, for search.
    pub text: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct GuideFrontMatter {
    title: String,
    summary: String,
    #[serde(default = "default_weight")]
    weight: u32,
    #[serde(default)]
    references: Vec<Reference>,
}

/// Parses a guide: its title, summary and references, then a body with
/// headings of its own.
pub fn parse_guide_page(
    path: &Path,
    text: &str,
    locale: Locale,
) -> Result<GuidePage, ContentError> {
    let (file, fm): (_, GuideFrontMatter) =
        PageFile::read(path, text, "title, summary, weight, [[references]]")?;
    file.check(
        &[("title", &fm.title), ("summary", &fm.summary)],
        &fm.references,
    )?;
    let (html, body_text) = super::markdown::render_free_body(
        path,
        &file.lines,
        file.split.body,
        file.split.body_offset,
        locale,
    )?;
    Ok(GuidePage {
        title: fm.title.trim().to_string(),
        summary: fm.summary.trim().to_string(),
        weight: fm.weight,
        references: fm.references,
        html,
        text: body_text,
    })
}

/// A hand-written comparison of two codes.
#[derive(Debug, Clone, PartialEq)]
pub struct CuratedComparison {
    /// How the two relate (HTML, inline).
    pub intro: String,
    /// The "Key differences" section (HTML).
    pub differences: String,
    /// The "When to use which" section (HTML).
    pub when_to_use: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ComparisonFrontMatter {
    intro: String,
}

/// Parses a comparison file (`compare/1005-vs-1006.md`): an `intro` in the
/// front matter, then "Key differences" and "When to use which".
pub fn parse_comparison(
    path: &Path,
    text: &str,
    locale: Locale,
    wanted: &[Section],
) -> Result<CuratedComparison, ContentError> {
    let (file, fm): (_, ComparisonFrontMatter) = PageFile::read(path, text, "intro")?;
    if fm.intro.trim().is_empty() {
        return Err(file.fields().invalid(
            "intro",
            "`intro` is empty".into(),
            "say in a sentence or two how the two codes relate",
        ));
    }
    let mut sections = file.sections(locale, wanted)?.into_iter();
    let (differences, when_to_use) = (sections.next().unwrap(), sections.next().unwrap());
    Ok(CuratedComparison {
        intro: super::markdown::render_inline(fm.intro.trim(), locale),
        differences: differences.html,
        when_to_use: when_to_use.html,
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
