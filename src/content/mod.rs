//! The content pipeline: reads `content/`, checks it and builds the
//! [`Catalog`] every page is made from. Native only; it runs at build time.
//!
//! Layout of `content/` (see `content/README.md` for the fields):
//!
//! ```text
//! content/
//!   README.md                   how to write content (ignored by the build)
//!   en/                         one folder per locale, named by its id
//!     phrases.toml              the phrases used to write comparisons
//!     1000.md … 3008.md         the protocol's and IANA's codes, one file each
//!     compare/1005-vs-1006.md   hand-written comparisons
//!     ranges/4000-4999.md       the ranges of numbers
//!     discord-gateway/          one folder per service that defines codes
//!       _index.md               the service's page
//!       4004.md                 one file per code of the service
//!   zh-hans/
//!     …                         the same files, translated
//! ```
//!
//! Every error names its file and line and says what to do; loading collects
//! all of them so that one build shows every problem.

pub mod compare;
pub mod error;
pub mod markdown;
pub mod parse;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

pub use compare::{compare, ComparisonText, Phrasebook};
pub use error::{ContentError, ContentErrors};
pub use parse::{CuratedComparison, TextPage};

use crate::locale::Locale;
use crate::model::{CloseCode, Range, Section};

/// Everything in `content/`, parsed and checked.
#[derive(Debug)]
pub struct Catalog {
    locales: Vec<LocaleContent>,
}

/// The content of one locale.
#[derive(Debug)]
pub struct LocaleContent {
    /// The locale.
    pub locale: Locale,
    /// The protocol's and IANA's codes, each with a page of its own.
    pub codes: BTreeMap<u16, CloseCode>,
    /// The services that define codes of their own, by id.
    pub namespaces: BTreeMap<String, Namespace>,
    /// Hand-written comparisons by pair (lower code first).
    pub comparisons: BTreeMap<(u16, u16), CuratedComparison>,
    /// The range pages.
    pub ranges: BTreeMap<Range, TextPage>,
    /// Its comparison phrases.
    pub phrases: Phrasebook,
}

/// A service (or library) that defines close codes for its own protocol.
#[derive(Debug)]
pub struct Namespace {
    /// The id: folder name and URL segment.
    pub id: String,
    /// The service's page.
    pub page: TextPage,
    /// Its codes.
    pub codes: BTreeMap<u16, CloseCode>,
}

/// The name of a locale's phrasebook file.
pub const PHRASEBOOK: &str = "phrases.toml";
/// The name of a service's page in its folder.
pub const NAMESPACE_PAGE: &str = "_index.md";

/// One thing the content describes, to match translations up.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Key {
    Code(u16),
    Namespace(String),
    Service(String, u16),
    Comparison(u16, u16),
    Range(Range),
}

impl Key {
    fn describe(&self) -> String {
        match self {
            Key::Code(c) => format!("code {c}"),
            Key::Namespace(ns) => format!("the page of {ns}"),
            Key::Service(ns, c) => format!("{ns} code {c}"),
            Key::Comparison(a, b) => format!("the comparison of {a} and {b}"),
            Key::Range(r) => format!("the range {}", r.slug()),
        }
    }

    /// The file of this key, relative to a locale folder.
    fn file(&self) -> PathBuf {
        match self {
            Key::Code(c) => format!("{c}.md").into(),
            Key::Namespace(ns) => Path::new(ns).join(NAMESPACE_PAGE),
            Key::Service(ns, c) => Path::new(ns).join(format!("{c}.md")),
            Key::Comparison(a, b) => Path::new("compare").join(format!("{a}-vs-{b}.md")),
            Key::Range(r) => Path::new("ranges").join(format!("{}.md", r.slug())),
        }
    }
}

/// What loading has found so far for one locale.
#[derive(Default)]
struct Gathered {
    codes: BTreeMap<u16, CloseCode>,
    namespace_pages: BTreeMap<String, TextPage>,
    services: BTreeMap<(String, u16), CloseCode>,
    comparisons: BTreeMap<(u16, u16), CuratedComparison>,
    ranges: BTreeMap<Range, TextPage>,
    phrases: Option<Phrasebook>,
    /// Every key with the file (shown path) and text it came from.
    files: BTreeMap<Key, (PathBuf, String)>,
}

impl Catalog {
    /// Reads and checks every file under `dir`.
    pub fn load(dir: &Path) -> Result<Catalog, ContentErrors> {
        let mut files = Vec::new();
        let mut errors = Vec::new();
        collect_files(dir, dir, &mut files, &mut errors);
        if !errors.is_empty() {
            return Err(ContentErrors(errors));
        }
        let files = files
            .into_iter()
            .map(|(relative, full)| match std::fs::read_to_string(&full) {
                Ok(text) => Ok((relative, text)),
                Err(source) => Err(ContentError::Io { file: full, source }),
            })
            .collect::<Result<Vec<_>, _>>()?;
        Catalog::from_files(dir, files)
    }

    /// Builds the catalog from `(path relative to content/, text)` pairs.
    /// Does no I/O; `root` only prefixes paths in error messages.
    pub fn from_files(
        root: &Path,
        files: Vec<(PathBuf, String)>,
    ) -> Result<Catalog, ContentErrors> {
        let mut errors = Vec::new();
        let mut per_locale: BTreeMap<&'static str, Gathered> = Locale::all()
            .map(|l| (l.id(), Gathered::default()))
            .collect();

        for (relative, text) in files {
            let shown = root.join(&relative);
            let parts: Vec<String> = relative
                .iter()
                .filter_map(|p| p.to_str().map(str::to_string))
                .collect();
            if parts == ["README.md"] {
                continue;
            }
            let Some(locale) = parts.first().and_then(|dir| Locale::from_id(dir)) else {
                errors.push(ContentError::UnexpectedFile {
                    message: format!("\"{}\" is not a locale", parts.first().map_or("", |s| s)),
                    file: shown,
                    hint: format!(
                        "content folders are named after locales: {}",
                        Locale::all().map(|l| l.id()).collect::<Vec<_>>().join(", ")
                    ),
                });
                continue;
            };
            let gathered = per_locale
                .get_mut(locale.id())
                .expect("every locale has an entry");
            if let Err(e) = gather(gathered, locale, &parts[1..], shown, text) {
                errors.push(e);
            }
        }

        check_locales(root, &per_locale, &mut errors);
        if !errors.is_empty() {
            return Err(ContentErrors(errors));
        }

        // Library names and error strings are written once, in the default
        // locale, and hold for every locale.
        let default = Locale::default_locale();
        let library_texts: BTreeMap<Key, (Vec<_>, Vec<_>)> = {
            let g = &per_locale[default.id()];
            g.codes
                .values()
                .map(|c| (Key::Code(c.code), (c.constants.clone(), c.errors.clone())))
                .chain(g.services.iter().map(|((ns, n), c)| {
                    (
                        Key::Service(ns.clone(), *n),
                        (c.constants.clone(), c.errors.clone()),
                    )
                }))
                .collect()
        };

        let locales = Locale::all()
            .map(|locale| {
                let mut g = per_locale
                    .remove(locale.id())
                    .expect("every locale has an entry");
                let mut codes = g.codes;
                for code in codes.values_mut() {
                    (code.constants, code.errors) = library_texts[&Key::Code(code.code)].clone();
                }
                let mut namespaces: BTreeMap<String, Namespace> = g
                    .namespace_pages
                    .into_iter()
                    .map(|(id, page)| {
                        (
                            id.clone(),
                            Namespace {
                                id,
                                page,
                                codes: BTreeMap::new(),
                            },
                        )
                    })
                    .collect();
                for ((ns, number), mut code) in std::mem::take(&mut g.services) {
                    (code.constants, code.errors) =
                        library_texts[&Key::Service(ns.clone(), number)].clone();
                    namespaces
                        .get_mut(&ns)
                        .expect("checked")
                        .codes
                        .insert(number, code);
                }
                LocaleContent {
                    locale,
                    codes: std::mem::take(&mut codes),
                    namespaces,
                    comparisons: g.comparisons,
                    ranges: g.ranges,
                    phrases: g.phrases.expect("checked"),
                }
            })
            .collect();
        Ok(Catalog { locales })
    }

    /// The content of one locale.
    pub fn locale(&self, locale: Locale) -> &LocaleContent {
        self.locales
            .iter()
            .find(|c| c.locale == locale)
            .expect("the catalog has every locale")
    }

    /// One of the site's own codes in one locale.
    pub fn code(&self, locale: Locale, code: u16) -> Option<&CloseCode> {
        self.locale(locale).codes.get(&code)
    }

    /// The numbers of the site's own codes, ascending.
    pub fn numbers(&self) -> Vec<u16> {
        self.locale(Locale::default_locale())
            .codes
            .keys()
            .copied()
            .collect()
    }

    /// Every service's code with this number, in a locale, by service id.
    pub fn services_with(&self, locale: Locale, number: u16) -> Vec<(&Namespace, &CloseCode)> {
        self.locale(locale)
            .namespaces
            .values()
            .filter_map(|ns| ns.codes.get(&number).map(|c| (ns, c)))
            .collect()
    }

    /// Numbers that have at least one service meaning, ascending.
    pub fn service_numbers(&self) -> Vec<u16> {
        let mut numbers: Vec<u16> = self
            .locale(Locale::default_locale())
            .namespaces
            .values()
            .flat_map(|ns| ns.codes.keys().copied())
            .collect();
        numbers.sort_unstable();
        numbers.dedup();
        numbers
    }

    /// The comparison of two codes in a locale: hand-written if there is a
    /// file for the pair, generated from the facts otherwise.
    pub fn comparison(&self, locale: Locale, a: u16, b: u16) -> Option<ComparisonText> {
        let content = self.locale(locale);
        let (low, high) = (a.min(b), a.max(b));
        let (code_a, code_b) = (content.codes.get(&low)?, content.codes.get(&high)?);
        Some(match content.comparisons.get(&(low, high)) {
            Some(curated) => ComparisonText {
                intro: curated.intro.clone(),
                differences: curated.differences.clone(),
                when_to_use: curated.when_to_use.clone(),
                curated: true,
            },
            None => compare(&content.phrases, code_a, code_b),
        })
    }
}

/// Parses one file of a locale folder into `g`.
fn gather(
    g: &mut Gathered,
    locale: Locale,
    parts: &[String],
    shown: PathBuf,
    text: String,
) -> Result<(), ContentError> {
    let parts: Vec<&str> = parts.iter().map(String::as_str).collect();
    let code_stem = |name: &str| -> Option<u16> {
        let stem = name.strip_suffix(".md")?;
        (stem.bytes().all(|b| b.is_ascii_digit()) && !stem.is_empty()).then(|| stem.parse().ok())?
    };
    let key = match parts.as_slice() {
        [name] if *name == PHRASEBOOK => {
            g.phrases = Some(Phrasebook::parse(&shown, &text, locale)?);
            return Ok(());
        }
        [name] if name.ends_with(".md") => {
            let code = parse::parse_code_file(&shown, &text, locale, None)?;
            if let Some((first, _)) = g.files.get(&Key::Code(code.code)) {
                return Err(ContentError::DuplicateCode {
                    file: shown,
                    first: first.clone(),
                    code: code.code,
                });
            }
            check_file_name(&shown, &text, name, code.code)?;
            let key = Key::Code(code.code);
            g.codes.insert(code.code, code);
            key
        }
        ["compare", name] => {
            let pair = name
                .strip_suffix(".md")
                .and_then(|s| s.split_once("-vs-"))
                .and_then(|(a, b)| Some((a.parse::<u16>().ok()?, b.parse::<u16>().ok()?)))
                .filter(|(a, b)| a < b);
            let Some((a, b)) = pair else {
                return Err(ContentError::UnexpectedFile {
                    file: shown,
                    message: "a comparison file must be named {lower}-vs-{higher}.md".into(),
                    hint: "for example compare/1005-vs-1006.md".into(),
                });
            };
            g.comparisons
                .insert((a, b), parse::parse_comparison(&shown, &text, locale)?);
            Key::Comparison(a, b)
        }
        ["ranges", name] => {
            let Some(range) = name.strip_suffix(".md").and_then(Range::from_slug) else {
                return Err(ContentError::UnexpectedFile {
                    file: shown,
                    message: "not a range of close code numbers".into(),
                    hint: format!(
                        "range files are named {}",
                        Range::ALL.map(|r| format!("{}.md", r.slug())).join(", ")
                    ),
                });
            };
            g.ranges.insert(
                range,
                parse::parse_text_page(&shown, &text, locale, &Section::CODE_PAGE)?,
            );
            Key::Range(range)
        }
        [ns, name] if is_namespace_id(ns) => {
            if *name == NAMESPACE_PAGE {
                let page = parse::parse_text_page(&shown, &text, locale, &[Section::Description])?;
                g.namespace_pages.insert(ns.to_string(), page);
                Key::Namespace(ns.to_string())
            } else if code_stem(name).is_some() {
                let code = parse::parse_code_file(&shown, &text, locale, Some(ns))?;
                check_file_name(&shown, &text, name, code.code)?;
                let key = Key::Service(ns.to_string(), code.code);
                g.services.insert((ns.to_string(), code.code), code);
                key
            } else {
                return Err(unexpected(shown));
            }
        }
        [dir, _] if !is_namespace_id(dir) => {
            return Err(ContentError::UnexpectedFile {
                file: shown,
                message: format!("\"{dir}\" cannot name a service"),
                hint: format!(
                    "service folders are lowercase words joined by hyphens, and not one of: {}",
                    crate::route::RESERVED_SEGMENTS.join(", ")
                ),
            });
        }
        _ => return Err(unexpected(shown)),
    };
    g.files.insert(key, (shown, text));
    Ok(())
}

/// Whether a folder name can be a service id (and URL segment).
pub use crate::route::is_namespace_id;

fn check_file_name(shown: &Path, text: &str, name: &str, code: u16) -> Result<(), ContentError> {
    if name.trim_end_matches(".md") == code.to_string() {
        return Ok(());
    }
    let line = parse::split_front_matter(shown, text)
        .map(|split| parse::field_line(text, &split, "code"))
        .unwrap_or(1);
    Err(ContentError::InvalidFact {
        file: shown.to_path_buf(),
        line,
        message: format!("code = {code} but the file is named {name}"),
        hint: "name the file after its code, e.g. 1008.md".into(),
    })
}

/// Checks across files and locales: every locale has the same pages, with
/// the same facts; references between files lead somewhere.
fn check_locales(
    root: &Path,
    per_locale: &BTreeMap<&'static str, Gathered>,
    errors: &mut Vec<ContentError>,
) {
    let default = Locale::default_locale();
    let base = &per_locale[default.id()];
    for locale in Locale::all() {
        let g = &per_locale[locale.id()];
        if g.phrases.is_none() {
            errors.push(ContentError::UnexpectedFile {
                file: root.join(locale.id()).join(PHRASEBOOK),
                message: "the phrasebook is missing".into(),
                hint: "copy content/en/phrases.toml and translate every phrase".into(),
            });
        }
        let orphans: std::collections::BTreeSet<&String> = g
            .services
            .keys()
            .map(|(ns, _)| ns)
            .filter(|ns| !g.namespace_pages.contains_key(*ns))
            .collect();
        for ns in orphans {
            errors.push(ContentError::UnexpectedFile {
                file: root.join(locale.id()).join(ns).join(NAMESPACE_PAGE),
                message: format!("the service {ns} has codes but no page"),
                hint: format!(
                    "write {NAMESPACE_PAGE} with the service's name, summary and description"
                ),
            });
        }
        if locale == default {
            for range in Range::ALL {
                if !g.ranges.contains_key(&range) {
                    errors.push(ContentError::UnexpectedFile {
                        file: root.join(locale.id()).join(Key::Range(range).file()),
                        message: "the page of this range is missing".into(),
                        hint: "every range of numbers has a page; write this one".into(),
                    });
                }
            }
            for (key, (file, text)) in &g.files {
                let like: &[u16] = match key {
                    Key::Service(ns, n) => &g.services[&(ns.clone(), *n)].like,
                    Key::Code(n) => &g.codes[n].like,
                    _ => &[],
                };
                let pair = match key {
                    Key::Comparison(a, b) => vec![*a, *b],
                    _ => vec![],
                };
                for n in like.iter().chain(&pair) {
                    if !g.codes.contains_key(n) {
                        let line = parse::split_front_matter(file, text)
                            .map(|split| parse::field_line(text, &split, "like"))
                            .unwrap_or(1);
                        errors.push(ContentError::InvalidFact {
                            file: file.clone(),
                            line,
                            message: format!("{n} has no page of its own"),
                            hint: "refer only to codes with a file at the top of the locale folder"
                                .into(),
                        });
                    }
                }
            }
            continue;
        }
        for (key, (file, _)) in &base.files {
            match g.files.get(key) {
                None => errors.push(ContentError::MissingTranslation {
                    file: file.clone(),
                    expected: root.join(locale.id()).join(key.file()),
                    what: key.describe(),
                    locale: locale.id().into(),
                }),
                Some((translated_file, translated_text)) => {
                    let (original, translated) = match key {
                        Key::Code(n) => (&base.codes[n], &g.codes[n]),
                        Key::Service(ns, n) => (
                            &base.services[&(ns.clone(), *n)],
                            &g.services[&(ns.clone(), *n)],
                        ),
                        _ => continue,
                    };
                    let (t, o) = (&translated.facts, &original.facts);
                    let mismatched = [
                        ("group", t.group != o.group),
                        ("sent_by", t.sent_by != o.sent_by),
                        ("on_wire", t.on_wire != o.on_wire),
                        ("browser_close", t.browser_close != o.browser_close),
                        ("reconnect", t.reconnect != o.reconnect),
                        ("like", translated.like != original.like),
                    ];
                    if let Some((field, _)) = mismatched.iter().find(|(_, differs)| *differs) {
                        let line = parse::split_front_matter(translated_file, translated_text)
                            .map(|split| parse::field_line(translated_text, &split, field))
                            .unwrap_or(1);
                        errors.push(ContentError::FactMismatch {
                            file: translated_file.clone(),
                            line,
                            field: field.to_string(),
                            original: file.clone(),
                        });
                    }
                }
            }
        }
        for (key, (file, _)) in &g.files {
            if !base.files.contains_key(key) {
                errors.push(ContentError::MissingTranslation {
                    file: file.clone(),
                    expected: root.join(default.id()).join(key.file()),
                    what: key.describe(),
                    locale: default.id().into(),
                });
            }
        }
    }
}

fn unexpected(file: PathBuf) -> ContentError {
    ContentError::UnexpectedFile {
        file,
        message: "the build does not know what this file is".into(),
        hint: "see content/README.md for the files a locale folder holds".into(),
    }
}

fn collect_files(
    root: &Path,
    dir: &Path,
    out: &mut Vec<(PathBuf, PathBuf)>,
    errors: &mut Vec<ContentError>,
) {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(source) => {
            errors.push(ContentError::Io {
                file: dir.to_path_buf(),
                source,
            });
            return;
        }
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for path in paths {
        let hidden = path
            .file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n.starts_with('.'));
        if hidden {
            continue;
        }
        if path.is_dir() {
            collect_files(root, &path, out, errors);
        } else {
            let relative = path.strip_prefix(root).unwrap_or(&path).to_path_buf();
            out.push((relative, path));
        }
    }
}
