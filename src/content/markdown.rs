//! The one place that configures pulldown-cmark, and the walk that splits a
//! markdown body into localized `##` sections.
//!
//! Runs natively only: markdown is rendered to HTML at build time, so the
//! browser bundle never carries a markdown parser.

use std::path::Path;

use pulldown_cmark::{CowStr, Event, HeadingLevel, LinkType, Options, Parser, Tag, TagEnd};

use super::error::ContentError;
use crate::locale::{Direction, Locale};
use crate::model::Section;
use crate::script::joins_without_space;

/// The markdown extensions every content file may use.
pub fn options() -> Options {
    Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_SMART_PUNCTUATION
}

/// A section as found in a file, already rendered.
#[derive(Debug, Clone)]
pub struct ParsedSection {
    /// Which section.
    pub section: Section,
    /// The line of its heading.
    pub line: usize,
    /// Rendered HTML.
    pub html: String,
    /// Plain text, for search.
    pub text: String,
}

/// Maps byte offsets in a file to 1-based line numbers.
pub struct Lines {
    starts: Vec<usize>,
    trailing_newline: bool,
}

impl Lines {
    /// Indexes the line starts of `text`.
    pub fn new(text: &str) -> Lines {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        Lines {
            starts,
            trailing_newline: text.ends_with('\n'),
        }
    }

    /// The 1-based line holding byte `offset`.
    pub fn line_of(&self, offset: usize) -> usize {
        match self.starts.binary_search(&offset) {
            Ok(i) => i + 1,
            Err(i) => i,
        }
    }

    /// The number of lines (a final newline does not start another).
    pub fn count(&self) -> usize {
        self.starts.len() - usize::from(self.trailing_newline)
    }
}

/// Splits `body` (which starts at byte `body_offset` of the file) into its
/// `##` sections, rendering each to HTML.
///
/// Site-absolute links (`/1006/`) get the locale's path prefix, so authors
/// write the same link in every language. Raw HTML, level-1 headings and
/// text before the first section are errors.
pub fn parse_sections(
    file: &Path,
    lines: &Lines,
    body: &str,
    body_offset: usize,
    locale: Locale,
) -> Result<Vec<ParsedSection>, ContentError> {
    let mut splitter = Splitter {
        file,
        locale,
        prefix: locale.path_prefix(),
        done: Vec::new(),
        current: None,
        heading: None,
    };
    for (event, range) in Parser::new_ext(body, options()).into_offset_iter() {
        splitter.event(event, lines.line_of(body_offset + range.start))?;
    }
    Ok(splitter
        .finish()
        .into_iter()
        .map(|open| render_section(open, locale))
        .collect())
}

/// A section whose events are being collected.
struct Open<'a> {
    section: Section,
    line: usize,
    events: Vec<Event<'a>>,
}

/// Walks a body's events into sections.
struct Splitter<'a, 'f> {
    file: &'f Path,
    locale: Locale,
    prefix: String,
    done: Vec<Open<'a>>,
    current: Option<Open<'a>>,
    /// A `##` heading being read: its line and text so far.
    heading: Option<(usize, String)>,
}

impl<'a> Splitter<'a, '_> {
    fn event(&mut self, event: Event<'a>, line: usize) -> Result<(), ContentError> {
        if self.heading.is_some() {
            return self.heading_event(event, line);
        }
        match event {
            Event::Start(Tag::Heading {
                level: HeadingLevel::H2,
                ..
            }) => {
                self.heading = Some((line, String::new()));
                Ok(())
            }
            Event::Start(Tag::Heading {
                level: HeadingLevel::H1,
                ..
            }) => Err(ContentError::Misplaced {
                file: self.file.to_path_buf(),
                line,
                message: "a level-1 heading".into(),
                hint: "the page title comes from `name` in the front matter; start sections \
                       with `##`"
                    .into(),
            }),
            Event::Html(h) | Event::InlineHtml(h) => Err(raw_html(self.file, line, &h)),
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                let dest_url = localize_link(&dest_url, &self.prefix);
                let link = Tag::Link {
                    link_type,
                    dest_url,
                    title,
                    id,
                };
                self.push(Event::Start(link), line)
            }
            other => self.push(other, line),
        }
    }

    /// An event inside a `##` heading: its text, until the heading ends
    /// and names a section.
    fn heading_event(&mut self, event: Event<'a>, line: usize) -> Result<(), ContentError> {
        match event {
            Event::End(TagEnd::Heading(_)) => {
                let (heading_line, text) = self.heading.take().expect("inside a heading");
                let locale = self.locale;
                let Some(section) = locale.section_for_heading(&text) else {
                    return Err(ContentError::UnknownHeading {
                        file: self.file.to_path_buf(),
                        line: heading_line,
                        heading: text,
                        locale: locale.id().to_string(),
                        expected: Section::ALL
                            .iter()
                            .map(|s| format!("\"{}\"", locale.heading(*s)))
                            .collect::<Vec<_>>()
                            .join(", "),
                    });
                };
                self.done.extend(self.current.take());
                self.current = Some(Open {
                    section,
                    line: heading_line,
                    events: Vec::new(),
                });
                Ok(())
            }
            Event::Text(t) | Event::Code(t) => {
                if let Some((_, text)) = self.heading.as_mut() {
                    text.push_str(&t);
                }
                Ok(())
            }
            Event::Html(h) | Event::InlineHtml(h) => Err(raw_html(self.file, line, &h)),
            _ => Ok(()),
        }
    }

    /// Adds an event to the open section; text before the first section is
    /// an error.
    fn push(&mut self, event: Event<'a>, line: usize) -> Result<(), ContentError> {
        match &mut self.current {
            Some(open) => {
                open.events.push(event);
                Ok(())
            }
            None => Err(ContentError::Misplaced {
                file: self.file.to_path_buf(),
                line,
                message: "text before the first section".into(),
                hint: "put every paragraph under a `##` section heading; the one-line summary \
                       belongs in the front matter"
                    .into(),
            }),
        }
    }

    /// Every section, in the order written.
    fn finish(mut self) -> Vec<Open<'a>> {
        self.done.extend(self.current.take());
        self.done
    }
}

/// A section's events rendered to HTML, and to plain text for search.
fn render_section(open: Open<'_>, locale: Locale) -> ParsedSection {
    let events = isolate_code(join_unspaced_lines(open.events), locale);
    let mut text = String::new();
    for event in &events {
        match event {
            Event::Text(t) | Event::Code(t) => text.push_str(t),
            Event::SoftBreak | Event::HardBreak => text.push(' '),
            Event::End(
                TagEnd::Paragraph
                | TagEnd::Item
                | TagEnd::Heading(_)
                | TagEnd::TableCell
                | TagEnd::CodeBlock,
            ) => text.push(' '),
            _ => {}
        }
    }
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut html = String::new();
    pulldown_cmark::html::push_html(&mut html, events.into_iter());
    ParsedSection {
        section: open.section,
        line: open.line,
        html,
        text,
    }
}

/// Drops line breaks between two characters written without spaces
/// (Chinese, Japanese, Thai): a source line break there must not become a
/// space.
fn join_unspaced_lines(events: Vec<Event<'_>>) -> Vec<Event<'_>> {
    let last_char = |e: &Event<'_>| match e {
        Event::Text(t) | Event::Code(t) => t.chars().last(),
        _ => None,
    };
    let first_char = |e: &Event<'_>| match e {
        Event::Text(t) | Event::Code(t) => t.chars().next(),
        _ => None,
    };
    let mut out: Vec<Event<'_>> = Vec::with_capacity(events.len());
    for (i, event) in events.iter().enumerate() {
        if matches!(event, Event::SoftBreak) {
            let before = out.last().and_then(last_char);
            let after = events.get(i + 1).and_then(first_char);
            if before.is_some_and(joins_without_space) && after.is_some_and(joins_without_space) {
                continue;
            }
        }
        out.push(event.clone());
    }
    out
}

/// In a right-to-left locale, marks inline code and bare URLs as left to
/// right, so that `close(1008)`, `CLOSE_GOING_AWAY` or a link written as
/// its address never reads scrambled among Arabic words. The text is
/// escaped here, as pulldown-cmark would.
fn isolate_code(events: Vec<Event<'_>>, locale: Locale) -> Vec<Event<'_>> {
    if locale.direction() == Direction::Ltr {
        return events;
    }
    events
        .into_iter()
        .map(|event| match event {
            Event::Code(code) => Event::InlineHtml(CowStr::from(format!(
                "<code dir=\"ltr\">{}</code>",
                crate::html::escape(&code)
            ))),
            Event::Start(Tag::Link {
                link_type: link_type @ (LinkType::Autolink | LinkType::Email),
                dest_url,
                ..
            }) => {
                let scheme = if link_type == LinkType::Email {
                    "mailto:"
                } else {
                    ""
                };
                Event::InlineHtml(CowStr::from(format!(
                    "<a href=\"{scheme}{}\" dir=\"ltr\">",
                    crate::html::escape(&dest_url)
                )))
            }
            other => other,
        })
        .collect()
}

fn raw_html(file: &Path, line: usize, html: &str) -> ContentError {
    ContentError::RawHtml {
        file: file.to_path_buf(),
        line,
        snippet: html.trim().chars().take(60).collect(),
    }
}

/// Gives a site-absolute link the locale's prefix: `/1006/` → `/zh-hans/1006/`.
fn localize_link<'a>(dest: &CowStr<'a>, prefix: &str) -> CowStr<'a> {
    if !prefix.is_empty() && dest.starts_with('/') && !dest.starts_with("//") {
        CowStr::from(format!("{prefix}{dest}"))
    } else {
        dest.clone()
    }
}

/// Renders a short inline markdown string (a summary or a phrase) to HTML
/// without the surrounding paragraph. Site links get `locale`'s prefix.
pub fn render_inline(text: &str, locale: Locale) -> String {
    let prefix = locale.path_prefix();
    let events = Parser::new_ext(text, options()).map(|event| match event {
        Event::Start(Tag::Link {
            link_type,
            dest_url,
            title,
            id,
        }) => Event::Start(Tag::Link {
            link_type,
            dest_url: localize_link(&dest_url, &prefix),
            title,
            id,
        }),
        // Short strings come from front matter and phrasebooks: never HTML.
        Event::Html(h) | Event::InlineHtml(h) => Event::Text(h),
        other => other,
    });
    let events = isolate_code(events.collect(), locale);
    let mut html = String::new();
    pulldown_cmark::html::push_html(&mut html, events.into_iter());
    let html = html.trim();
    html.strip_prefix("<p>")
        .and_then(|h| h.strip_suffix("</p>"))
        .unwrap_or(html)
        .to_string()
}
