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
        quotes: QuoteCheck::new(locale),
    };
    for (event, range) in Parser::new_ext(body, options()).into_offset_iter() {
        let line = lines.line_of(body_offset + range.start);
        splitter.quotes.event(&event, file, line)?;
        splitter.event(event, line)?;
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
    quotes: QuoteCheck,
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
            other => {
                let event = localize_event(other, &self.prefix);
                self.push(event, line)
            }
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
    let (html, text) = render_events(open.events, locale);
    ParsedSection {
        section: open.section,
        line: open.line,
        html,
        text,
    }
}

/// Renders a body whose `##` headings are its own (a guide): the whole of
/// it, to HTML and to plain text for search. Site links get the locale's
/// prefix; raw HTML and level-1 headings are errors, as in sectioned files.
pub fn render_free_body(
    file: &Path,
    lines: &Lines,
    body: &str,
    body_offset: usize,
    locale: Locale,
) -> Result<(String, String), ContentError> {
    let prefix = locale.path_prefix();
    let mut events = Vec::new();
    let mut quotes = QuoteCheck::new(locale);
    for (event, range) in Parser::new_ext(body, options()).into_offset_iter() {
        let line = lines.line_of(body_offset + range.start);
        quotes.event(&event, file, line)?;
        match event {
            Event::Start(Tag::Heading {
                level: HeadingLevel::H1,
                ..
            }) => {
                return Err(ContentError::Misplaced {
                    file: file.to_path_buf(),
                    line,
                    message: "a level-1 heading".into(),
                    hint: "the page title comes from `title` in the front matter; use `##` \
                           headings"
                        .into(),
                })
            }
            Event::Html(h) | Event::InlineHtml(h) => return Err(raw_html(file, line, &h)),
            other => events.push(localize_event(other, &prefix)),
        }
    }
    let (html, text) = render_events(events, locale);
    if text.is_empty() {
        return Err(ContentError::Misplaced {
            file: file.to_path_buf(),
            line: lines.count(),
            message: "the page has no text".into(),
            hint: "write the guide below the front matter".into(),
        });
    }
    Ok((html, text))
}

/// Finds a quotation that opens twice without closing: `"中文"` between
/// two CJK characters becomes “中文“ under smart punctuation, because
/// nothing tells the parser which quote closes.
struct QuoteCheck {
    /// Each pair of marks, and whether one is open in the current block.
    pairs: Vec<([char; 2], bool)>,
    in_code: bool,
}

impl QuoteCheck {
    fn new(locale: Locale) -> QuoteCheck {
        let own = locale.info().quotes;
        let mut pairs = vec![(own, false)];
        // Smart punctuation writes English marks in every language; they
        // are checked too, unless “ closes the locale's own quotes („…“).
        let english = ['“', '”'];
        if own != english && own[1] != english[0] {
            pairs.push((english, false));
        }
        QuoteCheck {
            pairs,
            in_code: false,
        }
    }

    fn event(&mut self, event: &Event<'_>, file: &Path, line: usize) -> Result<(), ContentError> {
        match event {
            Event::Start(Tag::CodeBlock(_)) => self.in_code = true,
            Event::End(TagEnd::CodeBlock) => self.in_code = false,
            Event::Text(text) if !self.in_code => {
                for c in text.chars() {
                    for ([open, close], is_open) in &mut self.pairs {
                        if c == *open && *is_open {
                            return Err(ContentError::InvalidFact {
                                file: file.to_path_buf(),
                                line,
                                message: format!("a quotation opens twice with {open}"),
                                hint: format!(
                                    "close it with {close}; type the quotation marks {open}…{close} \
                                     yourself instead of straight \" next to text without spaces"
                                ),
                            });
                        }
                        if c == *open {
                            *is_open = true;
                        } else if c == *close {
                            *is_open = false;
                        }
                    }
                }
            }
            // A quotation does not run across paragraphs, items or cells.
            Event::End(
                TagEnd::Paragraph | TagEnd::Item | TagEnd::TableCell | TagEnd::Heading(_),
            ) => {
                for (_, is_open) in &mut self.pairs {
                    *is_open = false;
                }
            }
            _ => {}
        }
        Ok(())
    }
}

/// An event with a site-absolute link given the locale's prefix.
fn localize_event<'a>(event: Event<'a>, prefix: &str) -> Event<'a> {
    match event {
        Event::Start(Tag::Link {
            link_type,
            dest_url,
            title,
            id,
        }) => Event::Start(Tag::Link {
            link_type,
            dest_url: localize_link(&dest_url, prefix),
            title,
            id,
        }),
        other => other,
    }
}

/// Events rendered to HTML, and to plain text for search.
fn render_events(events: Vec<Event<'_>>, locale: Locale) -> (String, String) {
    let events = isolate_code(join_unspaced_lines(events), locale);
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
    (html, text)
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

/// The site-absolute links of a file (`/1006/`, `/symptoms/…/`), each
/// with its line, so that a link to a page that does not exist fails the
/// build. Front matter is read as Markdown too: `intro` strings hold links.
pub fn site_links(text: &str) -> Vec<(String, usize)> {
    let lines = Lines::new(text);
    Parser::new_ext(text, options())
        .into_offset_iter()
        .filter_map(|(event, range)| match event {
            Event::Start(Tag::Link { dest_url, .. })
                if dest_url.starts_with('/') && !dest_url.starts_with("//") =>
            {
                Some((dest_url.to_string(), lines.line_of(range.start)))
            }
            _ => None,
        })
        .collect()
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
        // Short strings come from front matter and phrasebooks: never HTML.
        Event::Html(h) | Event::InlineHtml(h) => Event::Text(h),
        other => localize_event(other, &prefix),
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
