//! The content pipeline: reads `content/`, checks it and builds the
//! [`Catalog`] every page is made from. Native only; it runs at build time.
//!
//! Layout of `content/` (see `content/README.md` for the fields):
//!
//! ```text
//! content/
//!   README.md                   how to write content (ignored by the build)
//!   site.toml                   the site's settings: its origin (settings.rs)
//!   en/                         one folder per locale, named by its id
//!     ui.toml                   interface strings
//!     phrases.toml              the phrases used to write comparisons
//!     search.toml               stop words and comparison words
//!     terms.toml                the locale's term list (optional)
//!     1000.md … 3008.md         the protocol's and IANA's codes, one file each
//!     compare/1005-vs-1006.md   hand-written comparisons
//!     ranges/4000-4999.md       the ranges of numbers
//!     discord-gateway/          one folder per service that defines codes
//!       _index.md               the service's page
//!       4004.md                 one file per code of the service
//!     symptoms/closes-after-60-seconds.md   what readers observe
//!     guides/reconnecting.md    guides
//!   zh-hans/
//!     …                         the same files, translated
//! ```
//!
//! English is the original: every page exists because its English file
//! does. Another locale translates as many files as it has; for the rest,
//! its pages show the English text ([`Localized::lang`] says which). A
//! locale marked complete in [`crate::locale::LOCALES`] must translate
//! every file.
//!
//! Every error names its file and line and says what to do; loading collects
//! all of them so that one build shows every problem.

pub mod compare;
pub mod error;
pub mod markdown;
pub mod parse;
pub mod settings;
pub mod terms;
pub mod ui_file;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

pub use compare::{compare, ComparisonText, Phrasebook};
pub use error::{ContentError, ContentErrors};
pub use parse::{CuratedComparison, GuidePage, RangePage, ServicePage, SymptomPage};
pub use settings::Settings;

use crate::locale::Locale;
use crate::model::{CloseCode, Range, Section, SectionBody};
use crate::route::Route;
use crate::search::Words;
use crate::ui::UiText;

/// Everything in `content/`, parsed and checked.
#[derive(Debug)]
pub struct Catalog {
    /// By [`Locale`] position.
    locales: Vec<LocaleContent>,
}

/// What one locale has written.
#[derive(Debug)]
pub struct LocaleContent {
    /// The locale.
    pub locale: Locale,
    /// Its interface strings.
    pub ui: UiText,
    /// Its comparison phrases.
    pub phrases: Phrasebook,
    /// Its search words.
    pub words: Words,
    /// The protocol's and IANA's codes it has translated.
    pub codes: BTreeMap<u16, CloseCode>,
    /// The service pages it has translated, by service id.
    pub services: BTreeMap<String, ServicePage>,
    /// The services' codes it has translated, by service id and number.
    pub service_codes: BTreeMap<(String, u16), CloseCode>,
    /// Its hand-written comparisons, by pair (lower code first).
    pub comparisons: BTreeMap<(u16, u16), CuratedComparison>,
    /// The range pages it has translated.
    pub ranges: BTreeMap<Range, RangePage>,
    /// The symptom pages it has translated, by slug.
    pub symptoms: BTreeMap<String, SymptomPage>,
    /// The guides it has translated, by slug.
    pub guides: BTreeMap<String, GuidePage>,
}

/// Something from the catalog, with the language its words are in: the
/// requested locale, or English where that locale has no translation yet.
#[derive(Debug)]
pub struct Localized<'a, T> {
    /// The item.
    pub item: &'a T,
    /// The locale whose words these are.
    pub lang: Locale,
}

impl<T> Clone for Localized<'_, T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T> Copy for Localized<'_, T> {}

impl<T> std::ops::Deref for Localized<'_, T> {
    type Target = T;
    fn deref(&self) -> &T {
        self.item
    }
}

/// The pages listed by slug: the symptoms and the guides.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Listed {
    /// `/symptoms/{slug}/`.
    Symptoms,
    /// `/guides/{slug}/`.
    Guides,
}

/// A symptom or a guide as lists and search see it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ListedPage<'a> {
    /// Its page.
    pub route: Route,
    /// Its title.
    pub title: &'a str,
    /// One sentence about it.
    pub summary: &'a str,
    /// Its body, as its file holds it.
    pub body: ListedBody<'a>,
    /// The locale of its words.
    pub lang: Locale,
}

/// The body of a symptom (sections) or of a guide (free text).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ListedBody<'a> {
    /// A symptom's sections.
    Sections(&'a [SectionBody]),
    /// A guide's text without markup.
    Text(&'a str),
}

impl ListedPage<'_> {
    /// Its body without markup, for search; only search needs it, so it is
    /// made on demand.
    pub fn text(&self) -> String {
        match self.body {
            ListedBody::Sections(sections) => {
                let text: Vec<&str> = sections.iter().map(|s| s.text.as_str()).collect();
                text.join(" ")
            }
            ListedBody::Text(text) => text.to_string(),
        }
    }
}

/// The names of the files every locale folder holds.
pub const UI_FILE: &str = "ui.toml";
/// The phrasebook of generated comparisons.
pub const PHRASEBOOK: &str = "phrases.toml";
/// Stop words and comparison words.
pub const WORDS_FILE: &str = "search.toml";
/// The name of a service's page in its folder.
pub const NAMESPACE_PAGE: &str = "_index.md";

/// One translatable file of the content: what it describes.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Key {
    /// One of the site's own codes.
    Code(u16),
    /// A service's page.
    Namespace(String),
    /// A service's code.
    Service(String, u16),
    /// A hand-written comparison.
    Comparison(u16, u16),
    /// A range's page.
    Range(Range),
    /// A symptom page.
    Symptom(String),
    /// A guide.
    Guide(String),
}

impl Key {
    /// What the file describes, for messages.
    pub fn describe(&self) -> String {
        match self {
            Key::Code(c) => format!("code {c}"),
            Key::Namespace(ns) => format!("the page of {ns}"),
            Key::Service(ns, c) => format!("{ns} code {c}"),
            Key::Comparison(a, b) => format!("the comparison of {a} and {b}"),
            Key::Range(r) => format!("the range {}", r.slug()),
            Key::Symptom(slug) => format!("the symptom {slug}"),
            Key::Guide(slug) => format!("the guide {slug}"),
        }
    }

    /// The file of this key, relative to a locale folder.
    pub fn file(&self) -> PathBuf {
        match self {
            Key::Code(c) => format!("{c}.md").into(),
            Key::Namespace(ns) => Path::new(ns).join(NAMESPACE_PAGE),
            Key::Service(ns, c) => Path::new(ns).join(format!("{c}.md")),
            Key::Comparison(a, b) => Path::new("compare").join(format!("{a}-vs-{b}.md")),
            Key::Range(r) => Path::new("ranges").join(format!("{}.md", r.slug())),
            Key::Symptom(slug) => Path::new("symptoms").join(format!("{slug}.md")),
            Key::Guide(slug) => Path::new("guides").join(format!("{slug}.md")),
        }
    }

    /// The key of a file, from its path inside a locale folder (the
    /// inverse of [`Key::file`]); `None` for anything else.
    pub fn of_file(parts: &[&str]) -> Option<Key> {
        let stem = |name: &str| -> Option<u16> {
            let stem = name.strip_suffix(".md")?;
            if stem.is_empty() || !stem.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            stem.parse().ok()
        };
        Some(match parts {
            [name] => Key::Code(stem(name)?),
            ["compare", name] => {
                let (a, b) = name.strip_suffix(".md")?.split_once("-vs-")?;
                Key::Comparison(a.parse().ok()?, b.parse().ok()?)
            }
            ["ranges", name] => Key::Range(Range::from_slug(name.strip_suffix(".md")?)?),
            ["symptoms", name] => Key::Symptom(slug_of(name)?),
            ["guides", name] => Key::Guide(slug_of(name)?),
            [ns, name] if is_namespace_id(ns) && *name == NAMESPACE_PAGE => {
                Key::Namespace(ns.to_string())
            }
            [ns, name] if is_namespace_id(ns) => Key::Service(ns.to_string(), stem(name)?),
            _ => return None,
        })
    }

    /// The sections a file of this kind holds, in page order (none: a
    /// guide's headings are its own).
    pub fn sections(&self) -> &'static [Section] {
        match self {
            Key::Code(_) | Key::Service(..) | Key::Range(_) => &Section::CODE_PAGE,
            Key::Namespace(_) => &[Section::Description],
            Key::Comparison(..) => &[Section::KeyDifferences, Section::WhenToUseWhich],
            Key::Symptom(_) => &Section::SYMPTOM_PAGE,
            Key::Guide(_) => &[],
        }
    }
}

/// The slug of a page file: `closes-after-60-seconds.md`.
fn slug_of(name: &str) -> Option<String> {
    let slug = name.strip_suffix(".md")?;
    crate::route::is_slug(slug).then(|| slug.to_string())
}

/// What loading has found so far for one locale.
#[derive(Default)]
struct Gathered {
    codes: BTreeMap<u16, CloseCode>,
    services: BTreeMap<String, ServicePage>,
    service_codes: BTreeMap<(String, u16), CloseCode>,
    comparisons: BTreeMap<(u16, u16), CuratedComparison>,
    ranges: BTreeMap<Range, RangePage>,
    symptoms: BTreeMap<String, SymptomPage>,
    guides: BTreeMap<String, GuidePage>,
    /// `ui.toml`, `phrases.toml` and `search.toml`, read after the English
    /// ones: a translation is checked against them.
    locale_files: BTreeMap<&'static str, (PathBuf, String)>,
    /// The locale's term list, if it has one.
    terms: Option<(PathBuf, String)>,
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
        let mut gathered: Vec<Gathered> = Locale::all().map(|_| Gathered::default()).collect();

        for (relative, text) in files {
            let shown = root.join(&relative);
            let parts: Vec<String> = relative
                .iter()
                .filter_map(|p| p.to_str().map(str::to_string))
                .collect();
            // The settings are read on their own (settings.rs): tests and
            // tools build catalogs without them.
            if parts == ["README.md"] || parts == ["TRANSLATING.md"] || parts == [Settings::FILE] {
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
            let parts: Vec<&str> = parts[1..].iter().map(String::as_str).collect();
            let g = &mut gathered[locale.index()];
            if let Err(e) = gather(g, locale, &parts, shown, text) {
                errors.push(e);
            }
        }

        check_originals(root, &gathered, &mut errors);
        let locale_files = read_locale_files(root, &mut gathered, &mut errors);
        if !errors.is_empty() {
            return Err(ContentErrors(errors));
        }

        // Library names, error strings and quotes are written once, in the
        // default locale, and hold for every locale.
        let (english, others) = gathered.split_at_mut(1);
        let english = &english[0];
        for g in others.iter_mut() {
            for code in g.codes.values_mut() {
                let original = &english.codes[&code.code];
                code.constants = original.constants.clone();
                code.errors = original.errors.clone();
                code.quote = original.quote.clone();
            }
            for ((ns, n), code) in g.service_codes.iter_mut() {
                let original = &english.service_codes[&(ns.clone(), *n)];
                code.constants = original.constants.clone();
                code.errors = original.errors.clone();
            }
        }

        let locales = gathered
            .into_iter()
            .zip(locale_files)
            .zip(Locale::all())
            .map(|((g, (ui, phrases, words)), locale)| LocaleContent {
                locale,
                ui,
                phrases,
                words,
                codes: g.codes,
                services: g.services,
                service_codes: g.service_codes,
                comparisons: g.comparisons,
                ranges: g.ranges,
                symptoms: g.symptoms,
                guides: g.guides,
            })
            .collect();
        let catalog = Catalog { locales };

        let incomplete: Vec<ContentError> = Locale::all()
            .filter(|l| l.info().complete)
            .filter_map(|locale| {
                let missing = catalog.missing(root, locale);
                (!missing.is_empty()).then(|| ContentError::IncompleteLocale {
                    locale: locale.id().to_string(),
                    missing,
                })
            })
            .collect();
        if !incomplete.is_empty() {
            return Err(ContentErrors(incomplete));
        }
        Ok(catalog)
    }

    /// What one locale has written itself.
    pub fn locale(&self, locale: Locale) -> &LocaleContent {
        &self.locales[locale.index()]
    }

    fn english(&self) -> &LocaleContent {
        self.locale(Locale::DEFAULT)
    }

    /// The first of `locale` and English that has the item.
    fn localized<'a, T>(
        &'a self,
        locale: Locale,
        get: impl Fn(&'a LocaleContent) -> Option<&'a T>,
    ) -> Option<Localized<'a, T>> {
        get(self.locale(locale))
            .map(|item| Localized { item, lang: locale })
            .or_else(|| {
                get(self.english()).map(|item| Localized {
                    item,
                    lang: Locale::DEFAULT,
                })
            })
    }

    /// The interface strings of a locale.
    pub fn ui(&self, locale: Locale) -> &UiText {
        &self.locale(locale).ui
    }

    /// One of the site's own codes, in `locale` or else in English.
    pub fn code(&self, locale: Locale, code: u16) -> Option<Localized<'_, CloseCode>> {
        self.localized(locale, |c| c.codes.get(&code))
    }

    /// A service's page, in `locale` or else in English.
    pub fn service(&self, locale: Locale, id: &str) -> Option<Localized<'_, ServicePage>> {
        self.localized(locale, |c| c.services.get(id))
    }

    /// A service's code, in `locale` or else in English.
    pub fn service_code(
        &self,
        locale: Locale,
        id: &str,
        code: u16,
    ) -> Option<Localized<'_, CloseCode>> {
        self.localized(locale, |c| c.service_codes.get(&(id.to_string(), code)))
    }

    /// A range's page, in `locale` or else in English.
    pub fn range(&self, locale: Locale, range: Range) -> Localized<'_, RangePage> {
        self.localized(locale, |c| c.ranges.get(&range))
            .expect("the English content has every range (checked on load)")
    }

    /// A symptom page, in `locale` or else in English.
    pub fn symptom(&self, locale: Locale, slug: &str) -> Option<Localized<'_, SymptomPage>> {
        self.localized(locale, |c| c.symptoms.get(slug))
    }

    /// A guide, in `locale` or else in English.
    pub fn guide(&self, locale: Locale, slug: &str) -> Option<Localized<'_, GuidePage>> {
        self.localized(locale, |c| c.guides.get(slug))
    }

    /// The symptoms or the guides of `locale`, in the order they are
    /// listed (by the English files' `weight`, then slug), each in `locale`
    /// or else in English.
    pub fn listed(&self, kind: Listed, locale: Locale) -> Vec<ListedPage<'_>> {
        let english = self.english();
        let mut order: Vec<(u32, &str)> = match kind {
            Listed::Symptoms => english
                .symptoms
                .iter()
                .map(|(slug, p)| (p.weight, slug.as_str()))
                .collect(),
            Listed::Guides => english
                .guides
                .iter()
                .map(|(slug, p)| (p.weight, slug.as_str()))
                .collect(),
        };
        order.sort_unstable();
        order
            .into_iter()
            .filter_map(|(_, slug)| {
                Some(match kind {
                    Listed::Symptoms => {
                        let page = self.symptom(locale, slug)?;
                        ListedPage {
                            route: Route::Symptom(slug.to_string()),
                            title: &page.item.title,
                            summary: &page.item.summary,
                            body: ListedBody::Sections(&page.item.sections),
                            lang: page.lang,
                        }
                    }
                    Listed::Guides => {
                        let page = self.guide(locale, slug)?;
                        ListedPage {
                            route: Route::Guide(slug.to_string()),
                            title: &page.item.title,
                            summary: &page.item.summary,
                            body: ListedBody::Text(&page.item.text),
                            lang: page.lang,
                        }
                    }
                })
            })
            .collect()
    }

    /// The slugs of the symptoms or the guides, in the order they are listed.
    pub fn listed_slugs(&self, kind: Listed) -> Vec<String> {
        self.listed(kind, Locale::DEFAULT)
            .into_iter()
            .filter_map(|page| match page.route {
                Route::Symptom(slug) | Route::Guide(slug) => Some(slug),
                _ => None,
            })
            .collect()
    }

    /// Every reason that services send with `code`: the service's id and
    /// the reason, in `locale` or else in English.
    pub fn reasons_with(
        &self,
        locale: Locale,
        code: u16,
    ) -> Vec<(&str, Localized<'_, ServicePage>, &crate::model::Reason)> {
        self.service_ids()
            .into_iter()
            .filter_map(|id| Some((id, self.service(locale, id)?)))
            .flat_map(|(id, page)| {
                page.item
                    .reasons
                    .iter()
                    .filter(move |r| r.code == code)
                    .map(move |r| (id, page, r))
            })
            .collect()
    }

    /// The numbers of the site's own codes, ascending.
    pub fn numbers(&self) -> Vec<u16> {
        self.english().codes.keys().copied().collect()
    }

    /// The ids of the services, ascending.
    pub fn service_ids(&self) -> Vec<&str> {
        self.english().services.keys().map(String::as_str).collect()
    }

    /// The numbers a service defines, ascending.
    pub fn service_numbers(&self, id: &str) -> Vec<u16> {
        self.english()
            .service_codes
            .keys()
            .filter(|(ns, _)| ns == id)
            .map(|(_, n)| *n)
            .collect()
    }

    /// Every service that defines `number`, by id.
    pub fn services_with(&self, number: u16) -> Vec<&str> {
        self.english()
            .service_codes
            .keys()
            .filter(|(_, n)| *n == number)
            .map(|(ns, _)| ns.as_str())
            .collect()
    }

    /// Every translatable file, by what it describes (from English).
    pub fn keys(&self) -> Vec<Key> {
        let en = self.english();
        let mut keys: Vec<Key> = en.codes.keys().map(|n| Key::Code(*n)).collect();
        keys.extend(en.services.keys().map(|ns| Key::Namespace(ns.clone())));
        keys.extend(
            en.service_codes
                .keys()
                .map(|(ns, n)| Key::Service(ns.clone(), *n)),
        );
        keys.extend(en.comparisons.keys().map(|(a, b)| Key::Comparison(*a, *b)));
        keys.extend(en.ranges.keys().map(|r| Key::Range(*r)));
        keys.extend(en.symptoms.keys().map(|s| Key::Symptom(s.clone())));
        keys.extend(en.guides.keys().map(|g| Key::Guide(g.clone())));
        keys
    }

    /// Whether `locale` has its own text for a key.
    pub fn has_translation(&self, locale: Locale, key: &Key) -> bool {
        let c = self.locale(locale);
        match key {
            Key::Code(n) => c.codes.contains_key(n),
            Key::Namespace(ns) => c.services.contains_key(ns),
            Key::Service(ns, n) => c.service_codes.contains_key(&(ns.clone(), *n)),
            Key::Comparison(a, b) => c.comparisons.contains_key(&(*a, *b)),
            Key::Range(r) => c.ranges.contains_key(r),
            Key::Symptom(slug) => c.symptoms.contains_key(slug),
            Key::Guide(slug) => c.guides.contains_key(slug),
        }
    }

    /// The files `locale` has not translated yet, as paths under `root`.
    pub fn missing(&self, root: &Path, locale: Locale) -> Vec<PathBuf> {
        self.keys()
            .into_iter()
            .filter(|key| !self.has_translation(locale, key))
            .map(|key| root.join(locale.id()).join(key.file()))
            .collect()
    }

    /// The comparison of two codes in a locale: hand-written if there is a
    /// file for the pair (in `locale`, else in English), generated from the
    /// facts otherwise.
    pub fn comparison(&self, locale: Locale, a: u16, b: u16) -> Option<ComparisonText> {
        let (low, high) = (a.min(b), a.max(b));
        let (code_a, code_b) = (self.code(locale, low)?, self.code(locale, high)?);
        if let Some(curated) = self.localized(locale, |c| c.comparisons.get(&(low, high))) {
            return Some(ComparisonText {
                intro: curated.intro.clone(),
                differences: curated.differences.clone(),
                when_to_use: curated.when_to_use.clone(),
                lang: curated.lang,
                curated: true,
            });
        }
        let english = &self.english().phrases;
        Some(compare(
            &self.locale(locale).phrases,
            english,
            code_a,
            code_b,
        ))
    }
}

/// Parses one file of a locale folder into `g`.
fn gather(
    g: &mut Gathered,
    locale: Locale,
    parts: &[&str],
    shown: PathBuf,
    text: String,
) -> Result<(), ContentError> {
    if let [name] = parts {
        if let Some(file) = [UI_FILE, PHRASEBOOK, WORDS_FILE]
            .into_iter()
            .find(|f| f == name)
        {
            g.locale_files.insert(file, (shown, text));
            return Ok(());
        }
        if *name == terms::TERMS_FILE {
            g.terms = Some((shown, text));
            return Ok(());
        }
    }
    let Some(key) = Key::of_file(parts) else {
        return Err(unexpected_file(parts, shown));
    };
    match &key {
        Key::Code(number) => {
            let code = parse::parse_code_file(&shown, &text, locale, None)?;
            if let Some((first, _)) = g.files.get(&Key::Code(code.code)) {
                return Err(ContentError::DuplicateCode {
                    line: parse::line_of_field(&shown, &text, "code"),
                    file: shown,
                    first: first.clone(),
                    code: code.code,
                });
            }
            check_file_name(&shown, &text, *number, code.code)?;
            g.codes.insert(code.code, code);
        }
        Key::Comparison(a, b) => {
            if a >= b {
                return Err(ContentError::UnexpectedFile {
                    file: shown,
                    message: "a comparison file must be named {lower}-vs-{higher}.md".into(),
                    hint: format!("for example compare/{b}-vs-{a}.md"),
                });
            }
            g.comparisons.insert(
                (*a, *b),
                parse::parse_comparison(&shown, &text, locale, key.sections())?,
            );
        }
        Key::Range(range) => {
            g.ranges.insert(
                *range,
                parse::parse_range_page(&shown, &text, locale, key.sections())?,
            );
        }
        Key::Namespace(ns) => {
            let page = parse::parse_service_page(&shown, &text, locale, key.sections())?;
            g.services.insert(ns.clone(), page);
        }
        Key::Service(ns, number) => {
            let code = parse::parse_code_file(&shown, &text, locale, Some(ns))?;
            check_file_name(&shown, &text, *number, code.code)?;
            g.service_codes.insert((ns.clone(), code.code), code);
        }
        Key::Symptom(slug) => {
            let page = parse::parse_symptom_page(&shown, &text, locale, key.sections())?;
            g.symptoms.insert(slug.clone(), page);
        }
        Key::Guide(slug) => {
            let page = parse::parse_guide_page(&shown, &text, locale)?;
            g.guides.insert(slug.clone(), page);
        }
    }
    g.files.insert(key, (shown, text));
    Ok(())
}

/// Why a file inside a locale folder is not content.
fn unexpected_file(parts: &[&str], file: PathBuf) -> ContentError {
    match parts {
        ["compare", _] => ContentError::UnexpectedFile {
            file,
            message: "a comparison file must be named {lower}-vs-{higher}.md".into(),
            hint: "for example compare/1005-vs-1006.md".into(),
        },
        ["symptoms" | "guides", _] => ContentError::UnexpectedFile {
            file,
            message: "not a page name".into(),
            hint: "name the file with lowercase words and numbers joined by hyphens, ending in \
                   .md: closes-after-60-seconds.md"
                .into(),
        },
        ["ranges", _] => ContentError::UnexpectedFile {
            file,
            message: "not a range of close code numbers".into(),
            hint: format!(
                "range files are named {}",
                Range::ALL.map(|r| format!("{}.md", r.slug())).join(", ")
            ),
        },
        [dir, _] if !is_namespace_id(dir) => ContentError::UnexpectedFile {
            file,
            message: format!("\"{dir}\" cannot name a service"),
            hint: format!(
                "service folders are lowercase words joined by hyphens, and not one of: {}",
                crate::route::RESERVED_SEGMENTS.join(", ")
            ),
        },
        _ => ContentError::UnexpectedFile {
            file,
            message: "the build does not know what this file is".into(),
            hint: "see content/README.md for the files a locale folder holds".into(),
        },
    }
}

/// Whether a folder name can be a service id (and URL segment).
pub use crate::route::is_namespace_id;

fn check_file_name(shown: &Path, text: &str, named: u16, code: u16) -> Result<(), ContentError> {
    if named == code {
        return Ok(());
    }
    Err(ContentError::InvalidFact {
        file: shown.to_path_buf(),
        line: parse::line_of_field(shown, text, "code"),
        message: format!("code = {code} but the file is named {named}.md"),
        hint: "name the file after its code, e.g. 1008.md".into(),
    })
}

/// Checks across files and locales: English has what a locale translates,
/// with the same facts; the English files refer to pages that exist.
fn check_originals(root: &Path, gathered: &[Gathered], errors: &mut Vec<ContentError>) {
    check_english(root, &gathered[0], errors);
    check_translations(root, gathered, errors);
    check_links(gathered, errors);
    check_terms(gathered, errors);
}

/// A locale with a term list uses none of the variants it rules out, in
/// any of its files.
fn check_terms(gathered: &[Gathered], errors: &mut Vec<ContentError>) {
    for (locale, g) in Locale::all().zip(gathered) {
        let Some((file, text)) = &g.terms else {
            continue;
        };
        let list = match terms::TermList::parse(file, text, locale) {
            Ok(list) => list,
            Err(e) => {
                errors.push(e);
                continue;
            }
        };
        for (file, text) in g.files.values().chain(g.locale_files.values()) {
            errors.extend(list.check(file, text));
        }
    }
}

/// Every link to a page of the site leads to a page that exists, by its
/// canonical English path: URLs are a contract, and so are our own links.
fn check_links(gathered: &[Gathered], errors: &mut Vec<ContentError>) {
    use crate::route::{resolve, Resolved, SiteMap};
    let english = &gathered[0];
    let mut namespaces: BTreeMap<String, Vec<u16>> = english
        .services
        .keys()
        .map(|ns| (ns.clone(), Vec::new()))
        .collect();
    for (ns, n) in english.service_codes.keys() {
        namespaces.entry(ns.clone()).or_default().push(*n);
    }
    let site = SiteMap {
        codes: english.codes.keys().copied().collect(),
        namespaces: namespaces.into_iter().collect(),
        symptoms: english.symptoms.keys().cloned().collect(),
        guides: english.guides.keys().cloned().collect(),
    };
    for g in gathered {
        for (file, text) in g.files.values() {
            for (link, line) in markdown::site_links(text) {
                let problem = match resolve(&link) {
                    Resolved::Page(page) if page.locale != Locale::DEFAULT => Some((
                        format!("the link {link} names a locale"),
                        format!(
                            "write the English path, {}; the build adds the prefix",
                            page.in_locale(Locale::DEFAULT).url()
                        ),
                    )),
                    Resolved::Page(page) if !site.has_page(&page.route) => Some((
                        format!("the link {link} leads to a page that does not exist"),
                        "link to a code, service, range, symptom or guide that has a file"
                            .to_string(),
                    )),
                    Resolved::Page(_) => None,
                    Resolved::Redirect(to) => Some((
                        format!("the link {link} is not the page's own address"),
                        format!("write {to}"),
                    )),
                    Resolved::NotFound(_) => Some((
                        format!("the link {link} is not an address of this site"),
                        "site links look like /1006/, /compare/1005-vs-1006/, /sockjs/2010/, \
                         /symptoms/<slug>/"
                            .to_string(),
                    )),
                };
                if let Some((message, hint)) = problem {
                    errors.push(ContentError::InvalidFact {
                        file: file.clone(),
                        line,
                        message,
                        hint,
                    });
                }
            }
        }
    }
}

/// Every service with codes has a page, every range has one, and the codes
/// a file refers to have pages.
fn check_english(root: &Path, english: &Gathered, errors: &mut Vec<ContentError>) {
    let default = Locale::DEFAULT;
    let orphans: std::collections::BTreeSet<&String> = english
        .service_codes
        .keys()
        .map(|(ns, _)| ns)
        .filter(|ns| !english.services.contains_key(*ns))
        .collect();
    for ns in orphans {
        errors.push(ContentError::UnexpectedFile {
            file: root.join(default.id()).join(ns).join(NAMESPACE_PAGE),
            message: format!("the service {ns} has codes but no page"),
            hint: format!(
                "write {NAMESPACE_PAGE} with the service's name, summary and description"
            ),
        });
    }
    for range in Range::ALL {
        if !english.ranges.contains_key(&range) {
            errors.push(ContentError::UnexpectedFile {
                file: root.join(default.id()).join(Key::Range(range).file()),
                message: "the page of this range is missing".into(),
                hint: "every range of numbers has a page; write this one".into(),
            });
        }
    }
    let has_number_page = |n: &u16| {
        english.codes.contains_key(n) || english.service_codes.keys().any(|(_, c)| c == n)
    };
    for (key, (file, text)) in &english.files {
        // (field, numbers, whether a service's code will do)
        let (field, numbers, any_number): (&str, Vec<u16>, bool) = match key {
            Key::Service(ns, n) => (
                "like",
                english.service_codes[&(ns.clone(), *n)].like.clone(),
                false,
            ),
            Key::Code(n) => ("like", english.codes[n].like.clone(), false),
            Key::Comparison(a, b) => ("intro", vec![*a, *b], false),
            Key::Symptom(slug) => ("codes", english.symptoms[slug].codes.clone(), true),
            Key::Namespace(ns) => (
                "code",
                english.services[ns]
                    .reasons
                    .iter()
                    .map(|r| r.code)
                    .collect(),
                false,
            ),
            _ => continue,
        };
        for n in numbers {
            let exists = english.codes.contains_key(&n) || (any_number && has_number_page(&n));
            if !exists {
                errors.push(ContentError::InvalidFact {
                    file: file.clone(),
                    line: parse::line_of_field(file, text, field),
                    message: format!("{n} has no page of its own"),
                    hint: "refer only to codes with a page: a file at the top of the locale \
                           folder (or, for a symptom, a service's code)"
                        .into(),
                });
            }
        }
    }
}

/// Every translation has an English original, and says the same about the
/// facts: a code's facts, a symptom's codes, a service's reasons.
fn check_translations(root: &Path, gathered: &[Gathered], errors: &mut Vec<ContentError>) {
    let english = &gathered[0];
    for (locale, g) in Locale::all().zip(gathered).skip(1) {
        for (key, (translated_file, translated_text)) in &g.files {
            let Some((original_file, _)) = english.files.get(key) else {
                errors.push(ContentError::NoOriginal {
                    file: translated_file.clone(),
                    expected: root.join(Locale::DEFAULT.id()).join(key.file()),
                    what: key.describe(),
                    locale: locale.id().into(),
                });
                continue;
            };
            if let Some(field) = differing_fact(key, english, g) {
                errors.push(ContentError::FactMismatch {
                    file: translated_file.clone(),
                    line: parse::line_of_field(translated_file, translated_text, field),
                    field: field.to_string(),
                    original: original_file.clone(),
                });
            }
        }
    }
}

/// The first fact on which a translation differs from English, if any.
fn differing_fact(key: &Key, english: &Gathered, g: &Gathered) -> Option<&'static str> {
    let (original, translated) = match key {
        Key::Code(n) => (&english.codes[n], &g.codes[n]),
        Key::Service(ns, n) => (
            &english.service_codes[&(ns.clone(), *n)],
            &g.service_codes[&(ns.clone(), *n)],
        ),
        Key::Symptom(slug) => {
            return (english.symptoms[slug].codes != g.symptoms[slug].codes).then_some("codes")
        }
        Key::Namespace(ns) => {
            let ids = |page: &ServicePage| -> Vec<(u16, String)> {
                page.reasons
                    .iter()
                    .map(|r| (r.code, r.reason.clone()))
                    .collect()
            };
            return (ids(&english.services[ns]) != ids(&g.services[ns])).then_some("code");
        }
        _ => return None,
    };
    let (t, o) = (&translated.facts, &original.facts);
    [
        ("group", t.group != o.group),
        ("sent_by", t.sent_by != o.sent_by),
        ("on_wire", t.on_wire != o.on_wire),
        ("browser_close", t.browser_close != o.browser_close),
        ("reconnect", t.reconnect != o.reconnect),
        ("like", translated.like != original.like),
    ]
    .into_iter()
    .find(|(_, differs)| *differs)
    .map(|(field, _)| field)
}

/// Reads every locale's `ui.toml`, `phrases.toml` and `search.toml`,
/// English first (a translation keeps English's holes). A missing or broken
/// file is an error; the result has an entry for every locale only when
/// there is none.
fn read_locale_files(
    root: &Path,
    gathered: &mut [Gathered],
    errors: &mut Vec<ContentError>,
) -> Vec<(UiText, Phrasebook, Words)> {
    let mut out = Vec::new();
    let mut english_ui: Option<UiText> = None;
    for (locale, g) in Locale::all().zip(gathered.iter_mut()) {
        let mut take = |name: &'static str, what: &str| {
            let found = g.locale_files.remove(name);
            if found.is_none() {
                errors.push(ContentError::MissingLocaleFile {
                    file: root.join(locale.id()).join(name),
                    what: what.into(),
                    locale: locale.id().into(),
                    original: root.join(Locale::DEFAULT.id()).join(name),
                });
            }
            found
        };
        let ui = take(UI_FILE, "the interface strings");
        let phrases = take(PHRASEBOOK, "the comparison phrases");
        let words = take(WORDS_FILE, "the search words");
        let ui = ui.and_then(|(file, text)| {
            ui_file::parse_ui(&file, &text, english_ui.as_ref())
                .map_err(|e| errors.push(e))
                .ok()
        });
        let phrases = phrases.and_then(|(file, text)| {
            Phrasebook::parse(&file, &text, locale)
                .map_err(|e| errors.push(e))
                .ok()
        });
        let words = words.and_then(|(file, text)| {
            ui_file::parse_words(&file, &text)
                .map_err(|e| errors.push(e))
                .ok()
        });
        if locale.is_default() {
            english_ui = ui.clone();
        }
        if let (Some(ui), Some(phrases), Some(words)) = (ui, phrases, words) {
            out.push((ui, phrases, words));
        }
    }
    out
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
