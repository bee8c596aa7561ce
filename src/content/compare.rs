//! Writes the comparison text for a pair of codes from their facts, in the
//! words of the locale's phrasebook (`content/{locale}/phrases.toml`).
//!
//! Each sentence states one difference that holds for the pair: nothing is
//! said about an aspect on which the two codes agree, and the templates are
//! written per case (both sent, one reported locally, both reported locally)
//! so that the text reads as prose rather than two paragraphs glued together.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;

use super::error::ContentError;
use super::markdown::{render_inline, Lines};
use super::Localized;
use crate::locale::Locale;
use crate::model::{CloseCode, Group, Reconnect, SentBy};
use crate::ui::fill;

/// The phrases one locale uses to write comparisons.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Phrasebook {
    /// A code's group as a singular noun phrase ("a normal way to end a
    /// connection"), keyed by group id.
    group: BTreeMap<Group, String>,
    /// Two codes' shared group as a plural noun phrase.
    group_plural: BTreeMap<Group, String>,
    /// Who sends a code ("the server"), for codes that are sent.
    sender: BTreeMap<SentBy, String>,
    /// Why a code is never sent ("is reported by your own library").
    never_sent: BTreeMap<SentBy, String>,
    /// What to do about reconnecting, as a clause.
    reconnect: BTreeMap<Reconnect, String>,
    /// The sentence templates.
    templates: Templates,
    /// The locale the phrases are in (set by [`Phrasebook::parse`]).
    #[serde(skip, default = "crate::locale::Locale::default_locale")]
    locale: Locale,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct Templates {
    intro_same_group: String,
    intro_different_groups: String,
    meaning: String,
    senders: String,
    one_never_sent: String,
    both_never_sent_same: String,
    both_never_sent: String,
    browser: String,
    reconnect: String,
    choose_both_sent: String,
    choose_one_sent: String,
    choose_none_sent: String,
}

impl Phrasebook {
    /// Parses a phrasebook and checks that it has a phrase for every group,
    /// sender and reconnect advice.
    pub fn parse(path: &Path, text: &str, locale: Locale) -> Result<Phrasebook, ContentError> {
        let mut book: Phrasebook = toml::from_str(text).map_err(|e| ContentError::BadToml {
            file: path.to_path_buf(),
            line: e
                .span()
                .map(|s| Lines::new(text).line_of(s.start))
                .unwrap_or(1),
            message: e.message().to_string(),
            hint: "see content/en/phrases.toml for every table and template a phrasebook needs"
                .into(),
        })?;
        book.locale = locale;
        let missing = |table: &str, key: &str| ContentError::BadToml {
            file: path.to_path_buf(),
            line: Lines::new(text).count(),
            message: format!("[{table}] has no phrase for `{key}`"),
            hint: format!("add `{key} = \"…\"` to the [{table}] table"),
        };
        fn require<K: Ord>(
            map: &BTreeMap<K, String>,
            keys: impl IntoIterator<Item = K>,
            id: impl Fn(&K) -> &'static str,
        ) -> Result<(), &'static str> {
            for key in keys {
                if !map.contains_key(&key) {
                    return Err(id(&key));
                }
            }
            Ok(())
        }
        require(&book.group, Group::OWN, |g| g.id()).map_err(|k| missing("group", k))?;
        require(&book.group_plural, Group::OWN, |g| g.id())
            .map_err(|k| missing("group_plural", k))?;
        let (sent, never): (Vec<SentBy>, Vec<SentBy>) =
            SentBy::ALL.into_iter().partition(|s| s.is_sent());
        require(&book.sender, sent, |s| s.id()).map_err(|k| missing("sender", k))?;
        require(&book.never_sent, never, |s| s.id()).map_err(|k| missing("never_sent", k))?;
        require(&book.reconnect, Reconnect::ALL, |r| r.id())
            .map_err(|k| missing("reconnect", k))?;
        Ok(book)
    }
}

/// The text of a comparison, as HTML.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ComparisonText {
    /// How the two codes relate (inline HTML).
    pub intro: String,
    /// The "Key differences" section.
    pub differences: String,
    /// The "When to use which" section.
    pub when_to_use: String,
    /// The language of the text as a whole. Generated text is in the page's
    /// locale; a sentence in it that needs a code's untranslated words is
    /// written in English and marked so in the HTML.
    pub lang: Locale,
    /// Whether a person wrote it for this pair (otherwise it was generated
    /// from the facts).
    pub curated: bool,
}

/// Writes the comparison of `a` and `b` (in either order; the lower code
/// is always named first) in the words of `book`. A sentence that needs a
/// code's own words (its gist, its advice) is taken from `english` where
/// that code is not translated yet, and marked as English.
pub fn compare(
    book: &Phrasebook,
    english: &Phrasebook,
    a: Localized<'_, CloseCode>,
    b: Localized<'_, CloseCode>,
) -> ComparisonText {
    let (a, b) = if a.code <= b.code { (a, b) } else { (b, a) };
    let pair = Pair {
        book,
        english,
        na: a.code.to_string(),
        nb: b.code.to_string(),
        a,
        b,
    };
    let item = |(html, lang): &(String, Locale)| {
        format!("<li{}>{html}</li>\n", book.locale.text_attrs(*lang))
    };
    let differences: String = pair.differences().iter().map(item).collect();
    let advice: String = [&pair.a, &pair.b]
        .iter()
        .map(|code| item(&(render_inline(&code.use_when, code.lang), code.lang)))
        .collect();
    ComparisonText {
        intro: pair.intro(),
        differences: format!("<ul>\n{differences}</ul>\n"),
        when_to_use: format!("<p>{}</p>\n<ul>\n{advice}</ul>\n", pair.when_to_use_lead()),
        lang: book.locale,
        curated: false,
    }
}

/// Two codes being compared, lower first, with the phrases to do it in.
struct Pair<'a> {
    book: &'a Phrasebook,
    english: &'a Phrasebook,
    a: Localized<'a, CloseCode>,
    b: Localized<'a, CloseCode>,
    na: String,
    nb: String,
}

impl Pair<'_> {
    /// A template of the page's phrasebook, filled and rendered.
    fn md(&self, template: &str, values: &[(&str, &str)]) -> String {
        render_inline(&fill(template, values), self.book.locale)
    }

    /// How the two codes relate: the same kind of code, or two kinds.
    fn intro(&self) -> String {
        let (book, a, b) = (self.book, &self.a, &self.b);
        let (na, nb) = (self.na.as_str(), self.nb.as_str());
        if a.facts.group == b.facts.group {
            self.md(
                &book.templates.intro_same_group,
                &[
                    ("a", na),
                    ("a_name", &a.name),
                    ("b", nb),
                    ("b_name", &b.name),
                    ("group_plural", &book.group_plural[&a.facts.group]),
                ],
            )
        } else {
            self.md(
                &book.templates.intro_different_groups,
                &[
                    ("a", na),
                    ("a_name", &a.name),
                    ("a_group", &book.group[&a.facts.group]),
                    ("b", nb),
                    ("b_name", &b.name),
                    ("b_group", &book.group[&b.facts.group]),
                ],
            )
        }
    }

    /// One sentence per fact on which the two codes differ, each with the
    /// language it is written in.
    fn differences(&self) -> Vec<(String, Locale)> {
        let locale = self.book.locale;
        let mut out = vec![self.meaning()];
        out.extend(self.senders().map(|s| (s, locale)));
        out.extend(self.browser().map(|s| (s, locale)));
        out.extend(self.reconnect().map(|s| (s, locale)));
        out
    }

    /// What each code means: in the page's words where both codes are
    /// translated, else in English.
    fn meaning(&self) -> (String, Locale) {
        let locale = self.book.locale;
        let (book, lang) = if self.a.lang == locale && self.b.lang == locale {
            (self.book, locale)
        } else {
            (self.english, Locale::DEFAULT)
        };
        let filled = fill(
            &book.templates.meaning,
            &[
                ("a", &self.na),
                ("a_gist", &self.a.gist),
                ("b", &self.nb),
                ("b_gist", &self.b.gist),
            ],
        );
        (render_inline(&filled, lang), lang)
    }

    /// Who sends each code, or why one or both never travel.
    fn senders(&self) -> Option<String> {
        let (book, t) = (self.book, &self.book.templates);
        let (fa, fb) = (&self.a.facts, &self.b.facts);
        let (na, nb) = (self.na.as_str(), self.nb.as_str());
        match (fa.on_wire, fb.on_wire) {
            (true, true) => (fa.sent_by != fb.sent_by).then(|| {
                self.md(
                    &t.senders,
                    &[
                        ("a", na),
                        ("a_sender", &book.sender[&fa.sent_by]),
                        ("b", nb),
                        ("b_sender", &book.sender[&fb.sent_by]),
                    ],
                )
            }),
            (false, false) if fa.sent_by == fb.sent_by => Some(self.md(
                &t.both_never_sent_same,
                &[("a", na), ("b", nb), ("why", &book.never_sent[&fa.sent_by])],
            )),
            (false, false) => Some(self.md(
                &t.both_never_sent,
                &[
                    ("a", na),
                    ("a_why", &book.never_sent[&fa.sent_by]),
                    ("b", nb),
                    ("b_why", &book.never_sent[&fb.sent_by]),
                ],
            )),
            (wire_a, _) => {
                let (sent, kept) = if wire_a {
                    (&self.a, &self.b)
                } else {
                    (&self.b, &self.a)
                };
                Some(self.md(
                    &t.one_never_sent,
                    &[
                        ("sent", &sent.code.to_string()),
                        ("sender", &book.sender[&sent.facts.sent_by]),
                        ("kept", &kept.code.to_string()),
                        ("why", &book.never_sent[&kept.facts.sent_by]),
                    ],
                ))
            }
        }
    }

    /// Which of the two a browser script may pass to `close()`.
    fn browser(&self) -> Option<String> {
        let (fa, fb) = (&self.a.facts, &self.b.facts);
        (fa.browser_close != fb.browser_close).then(|| {
            let (yes, no) = if fa.browser_close {
                (&self.na, &self.nb)
            } else {
                (&self.nb, &self.na)
            };
            self.md(&self.book.templates.browser, &[("yes", yes), ("no", no)])
        })
    }

    /// What to do about reconnecting after each.
    fn reconnect(&self) -> Option<String> {
        let (fa, fb) = (&self.a.facts, &self.b.facts);
        (fa.reconnect != fb.reconnect).then(|| {
            self.md(
                &self.book.templates.reconnect,
                &[
                    ("a", &self.na),
                    ("a_reconnect", &self.book.reconnect[&fa.reconnect]),
                    ("b", &self.nb),
                    ("b_reconnect", &self.book.reconnect[&fb.reconnect]),
                ],
            )
        })
    }

    /// The sentence above the two codes' own advice: which of them anyone
    /// chooses to send.
    fn when_to_use_lead(&self) -> String {
        let t = &self.book.templates;
        let (na, nb) = (self.na.as_str(), self.nb.as_str());
        match (self.a.facts.on_wire, self.b.facts.on_wire) {
            (true, true) => self.md(&t.choose_both_sent, &[("a", na), ("b", nb)]),
            (false, false) => self.md(&t.choose_none_sent, &[("a", na), ("b", nb)]),
            (wire_a, _) => {
                let (sent, kept) = if wire_a { (na, nb) } else { (nb, na) };
                self.md(&t.choose_one_sent, &[("sent", sent), ("kept", kept)])
            }
        }
    }
}
