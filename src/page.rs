//! What pages show, as data: the bridge between the content and the UI.
//!
//! - [`BrowserData`]: what every page carries for the browser bundle, as a
//!   [`crate::tsv`] text in a `<script type="text/plain">`: the interface
//!   strings of the page's own locale, the site map and the names of the
//!   site's own codes. With it the bundle renders any page that depends on
//!   the reader (search, not found, any number) without holding a single
//!   locale's text itself.
//! - [`PageHtml`]: a page ready to show: title, description and the HTML of
//!   its main area.
//! - Natively, [`PageData`] holds the typed data a content page is rendered
//!   from.

use crate::locale::Locale;
use crate::route::SiteMap;
use crate::tsv::{self, BadRecord};
use crate::ui::{BrowserKey, BrowserText};

/// A page ready to show.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PageHtml {
    /// The document title.
    pub title: String,
    /// The meta description.
    pub description: String,
    /// The HTML of the main area.
    pub html: String,
}

/// One of the site's own codes by number and name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CodeName {
    /// The number.
    pub code: u16,
    /// Its name in the page's locale, or in English.
    pub name: String,
    /// The language of the name where it is not the page's.
    pub lang: Option<Locale>,
}

/// What a page carries for the browser.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BrowserData {
    /// The page's locale.
    pub locale: Locale,
    /// Its interface strings.
    pub ui: BrowserText,
    /// Which routes have a page.
    pub site: SiteMap,
    /// The site's own codes.
    pub codes: Vec<CodeName>,
    /// The URLs of the locale's search index shards.
    pub search: Vec<String>,
    /// The URLs of the English index's shards, asked when the locale's own
    /// finds nothing (empty for English itself).
    pub fallback: Vec<String>,
}

impl BrowserData {
    /// An interface string.
    pub fn ui(&self, key: BrowserKey) -> &str {
        self.ui.get(key)
    }

    /// The entry for one of the site's own codes.
    pub fn code(&self, code: u32) -> Option<&CodeName> {
        self.codes.iter().find(|c| u32::from(c.code) == code)
    }

    /// The published form:
    ///
    /// ```text
    /// L locale
    /// U string                    one per interface string, in key order
    /// C code name lang            the site's own codes
    /// N service code code …       each service and its numbers
    /// Y slug slug …               the symptom pages
    /// G slug slug …               the guides
    /// I url url …                 the search index shards
    /// F url url …                 the English index's shards
    /// ```
    pub fn to_text(&self) -> String {
        let mut out = tsv::Writer::new();
        out.record(&["L", self.locale.id()]);
        for string in self.ui.lines() {
            out.record(&["U", string]);
        }
        for c in &self.codes {
            out.record(&[
                "C",
                &c.code.to_string(),
                &c.name,
                c.lang.map_or("", Locale::id),
            ]);
        }
        for (id, codes) in &self.site.namespaces {
            let numbers: Vec<String> = codes.iter().map(u16::to_string).collect();
            out.record(&["N", id, &numbers.join(" ")]);
        }
        out.record(&["Y", &self.site.symptoms.join(" ")]);
        out.record(&["G", &self.site.guides.join(" ")]);
        out.record(&["I", &self.search.join(" ")]);
        out.record(&["F", &self.fallback.join(" ")]);
        out.finish()
    }

    /// Reads the published form back.
    pub fn parse(text: &str) -> Result<BrowserData, BadRecord> {
        let mut locale = None;
        let mut strings = Vec::new();
        let mut site = SiteMap::default();
        let mut codes = Vec::new();
        let mut search = Vec::new();
        let mut fallback = Vec::new();
        let mut last = 0;
        // Space-separated words: URLs, slugs.
        let urls = |list: &str| -> Vec<String> {
            list.split(' ')
                .filter(|u| !u.is_empty())
                .map(String::from)
                .collect()
        };
        for (line, fields) in tsv::records(text) {
            let bad = BadRecord { line };
            last = line;
            match fields.as_slice() {
                ["L", id] => locale = Some(Locale::from_id(id).ok_or(bad)?),
                ["U", string] => strings.push(string.to_string()),
                ["C", code, name, lang] => {
                    let code: u16 = code.parse().map_err(|_| bad)?;
                    site.codes.push(code);
                    codes.push(CodeName {
                        code,
                        name: name.to_string(),
                        lang: match *lang {
                            "" => None,
                            id => Some(Locale::from_id(id).ok_or(bad)?),
                        },
                    });
                }
                ["N", id, numbers] => {
                    let numbers = numbers
                        .split(' ')
                        .filter(|n| !n.is_empty())
                        .map(|n| n.parse().map_err(|_| bad))
                        .collect::<Result<Vec<u16>, _>>()?;
                    site.namespaces.push((id.to_string(), numbers));
                }
                ["Y", list] => site.symptoms = urls(list),
                ["G", list] => site.guides = urls(list),
                ["I", list] => search = urls(list),
                ["F", list] => fallback = urls(list),
                _ => return Err(bad),
            }
        }
        let end = BadRecord { line: last + 1 };
        Ok(BrowserData {
            locale: locale.ok_or(end)?,
            ui: BrowserText::new(strings).ok_or(end)?,
            site,
            codes,
            search,
            fallback,
        })
    }
}

#[cfg(feature = "ssr")]
pub use build::*;

#[cfg(feature = "ssr")]
mod build {
    use super::{BrowserData, CodeName};
    use crate::content::{
        Catalog, ComparisonText, GuidePage, Listed, Localized, RangePage, ServicePage, SymptomPage,
    };
    use crate::locale::Locale;
    use crate::model::{CloseCode, Group, Range};
    use crate::reader_pages::Meaning;
    use crate::route::{Page, Route, SiteMap};
    use crate::tools::which_code::Situation;
    use crate::tools::Tool;

    /// A code's number, name and summary for a list, with the language of
    /// its words.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub struct CodeEntry {
        /// The number.
        pub code: u16,
        /// The name.
        pub name: String,
        /// What it means.
        pub summary: String,
        /// The locale of the name and summary.
        pub lang: Locale,
    }

    impl CodeEntry {
        fn of(code: Localized<'_, CloseCode>) -> CodeEntry {
            CodeEntry {
                code: code.code,
                name: code.name.clone(),
                summary: code.summary.clone(),
                lang: code.lang,
            }
        }
    }

    /// A service by id, name and summary.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub struct ServiceEntry {
        /// Its id and URL segment.
        pub id: String,
        /// Its name.
        pub name: String,
        /// One sentence about it.
        pub summary: String,
        /// The locale of the name and summary.
        pub lang: Locale,
    }

    impl ServiceEntry {
        fn of(id: &str, page: Localized<'_, ServicePage>) -> ServiceEntry {
            ServiceEntry {
                id: id.to_string(),
                name: page.name.clone(),
                summary: page.summary.clone(),
                lang: page.lang,
            }
        }
    }

    /// The typed data a page is rendered from.
    // Built and rendered one page at a time, so the size of the largest
    // variant does not matter.
    #[allow(clippy::large_enum_variant)]
    #[derive(Clone, Debug, PartialEq)]
    pub enum PageData {
        /// The home page.
        Home(HomeData),
        /// One of the site's own codes.
        Code(CodeData),
        /// A number without a page of its own, but with service meanings.
        Number(NumberData),
        /// Two codes compared.
        Compare(CompareData),
        /// A service and its codes.
        Namespace(NamespaceData),
        /// One code of a service.
        ServiceCode(ServiceCodeData),
        /// A range of numbers.
        Range(RangeData),
        /// The search page, as it reads before a search.
        Search(Vec<CodeEntry>),
        /// The list of symptoms.
        Symptoms(Vec<PageEntry>),
        /// What readers observe, and what causes it.
        Symptom(SymptomData),
        /// The list of guides.
        Guides(Vec<PageEntry>),
        /// A guide.
        Guide(GuideData),
        /// The list of tools.
        Tools,
        /// A tool's page, as it reads before the reader gives it anything.
        Tool(ToolData),
        /// The code to send in a situation.
        WhichCode(WhichCodeData),
    }

    /// A tool's page.
    #[derive(Clone, Debug, PartialEq)]
    pub struct ToolData {
        /// The tool.
        pub tool: Tool,
        /// What the tool recognises, as the text the page carries
        /// ([`crate::tools::page::LogData`]): everything for the log reader,
        /// the codes' names for the frame decoder.
        pub log_data: Option<String>,
    }

    /// The answer of "which code should I send?" for a situation.
    #[derive(Clone, Debug, PartialEq)]
    pub struct WhichCodeData {
        /// The situation.
        pub situation: Situation,
        /// The codes to send, best first, each with the locale of its words.
        pub codes: Vec<(CloseCode, Locale)>,
    }

    /// A symptom or guide in a list.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub struct PageEntry {
        /// Its page.
        pub route: Route,
        /// Its title.
        pub title: String,
        /// One sentence about it.
        pub summary: String,
        /// The locale of the title and summary.
        pub lang: Locale,
    }

    /// A symptom page.
    #[derive(Clone, Debug, PartialEq)]
    pub struct SymptomData {
        /// The page.
        pub page: SymptomPage,
        /// The locale of its words.
        pub lang: Locale,
        /// The site's own codes involved.
        pub codes: Vec<CodeEntry>,
        /// Services' codes involved.
        pub meanings: Vec<Meaning>,
    }

    /// A guide.
    #[derive(Clone, Debug, PartialEq)]
    pub struct GuideData {
        /// The guide.
        pub page: GuidePage,
        /// The locale of its words.
        pub lang: Locale,
    }

    /// A reason that a service sends with a code.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub struct ReasonEntry {
        /// The service.
        pub service: ServiceEntry,
        /// The reason as it appears.
        pub reason: String,
        /// What it means.
        pub summary: String,
        /// The locale of the summary.
        pub lang: Locale,
    }

    /// The home page.
    #[derive(Clone, Debug, PartialEq)]
    pub struct HomeData {
        /// The groups of the site's own codes, in display order.
        pub groups: Vec<(Group, Vec<CodeEntry>)>,
        /// The services, with how many codes each defines.
        pub services: Vec<(ServiceEntry, usize)>,
        /// The symptom pages.
        pub symptoms: Vec<PageEntry>,
        /// The guides.
        pub guides: Vec<PageEntry>,
    }

    /// One of the site's own codes.
    #[derive(Clone, Debug, PartialEq)]
    pub struct CodeData {
        /// The code.
        pub code: CloseCode,
        /// The locale of its words.
        pub lang: Locale,
        /// Its English name, where its words are another language's: the
        /// name readers meet in logs.
        pub english_name: Option<String>,
        /// The codes it can be compared with.
        pub others: Vec<CodeEntry>,
        /// Services that give the same number a meaning of their own.
        pub services: Vec<Meaning>,
        /// Reasons services send with the code.
        pub reasons: Vec<ReasonEntry>,
    }

    /// A number that only services define.
    #[derive(Clone, Debug, PartialEq)]
    pub struct NumberData {
        /// The number.
        pub number: u32,
        /// What each service means by it.
        pub services: Vec<Meaning>,
    }

    /// A comparison page.
    #[derive(Clone, Debug, PartialEq)]
    pub struct CompareData {
        /// The lower code, and the locale of its words.
        pub a: (CloseCode, Locale),
        /// The higher code, and the locale of its words.
        pub b: (CloseCode, Locale),
        /// The text comparing them.
        pub text: ComparisonText,
    }

    /// A service's page.
    #[derive(Clone, Debug, PartialEq)]
    pub struct NamespaceData {
        /// The service.
        pub entry: ServiceEntry,
        /// Its description.
        pub page: ServicePage,
        /// Its codes.
        pub codes: Vec<CodeEntry>,
    }

    /// One code of a service.
    #[derive(Clone, Debug, PartialEq)]
    pub struct ServiceCodeData {
        /// The service.
        pub service: ServiceEntry,
        /// The code.
        pub code: CloseCode,
        /// The locale of its words.
        pub lang: Locale,
        /// Its English name, where its words are another language's.
        pub english_name: Option<String>,
        /// The standard codes it is like.
        pub like: Vec<CodeEntry>,
        /// How many meanings its number has in all (the site's own and
        /// every service's).
        pub meanings: usize,
    }

    /// A range's page.
    #[derive(Clone, Debug, PartialEq)]
    pub struct RangeData {
        /// The range.
        pub range: Range,
        /// Its description.
        pub page: RangePage,
        /// The locale of the description.
        pub lang: Locale,
        /// The site's own codes in it.
        pub codes: Vec<CodeEntry>,
        /// Service codes in it.
        pub services: Vec<Meaning>,
    }

    impl PageData {
        /// Builds the data of a page from the catalog, or `None` if the page
        /// does not exist (an unknown code, say).
        pub fn build(catalog: &Catalog, page: &Page) -> Option<PageData> {
            let b = Builder {
                catalog,
                locale: page.locale,
            };
            Some(match &page.route {
                Route::Home => PageData::Home(b.home()),
                Route::Search => PageData::Search(b.own_codes(|_| true)),
                Route::Number(number) => b.number(*number)?,
                Route::Compare(a, b_) => PageData::Compare(b.compare(*a, *b_)?),
                Route::Namespace(id) => PageData::Namespace(b.namespace(id)?),
                Route::ServiceCode(id, number) => {
                    PageData::ServiceCode(b.service_code(id, *number)?)
                }
                Route::Range(range) => PageData::Range(b.range(*range)),
                Route::Symptoms => PageData::Symptoms(b.listed(Listed::Symptoms)),
                Route::Symptom(slug) => PageData::Symptom(b.symptom(slug)?),
                Route::Guides => PageData::Guides(b.listed(Listed::Guides)),
                Route::Guide(slug) => PageData::Guide(b.guide(slug)?),
                Route::Tools => PageData::Tools,
                Route::Tool(tool) => PageData::Tool(ToolData {
                    tool: *tool,
                    log_data: match tool {
                        Tool::Log => Some(crate::tools::page::LogData::of(catalog, page.locale)),
                        Tool::CloseFrame => {
                            Some(crate::tools::page::LogData::names(catalog, page.locale))
                        }
                        _ => None,
                    }
                    .map(|data| data.to_text()),
                }),
                Route::WhichCode(situation) => PageData::WhichCode(WhichCodeData {
                    situation: *situation,
                    codes: situation
                        .codes()
                        .iter()
                        .filter_map(|&n| catalog.code(page.locale, n))
                        .map(|c| (c.item.clone(), c.lang))
                        .collect(),
                }),
            })
        }

        /// Whether every word of content on the page is in the page's
        /// locale: its own text, and the names and summaries it lists.
        /// (Interface strings always are.) A page that is not shows a note,
        /// marks its English parts and names the English page as canonical.
        pub fn is_translated(&self, locale: Locale) -> bool {
            self.text_langs().into_iter().all(|lang| lang == locale)
        }

        /// The locales of every piece of content on the page.
        fn text_langs(&self) -> Vec<Locale> {
            let entries = |codes: &[CodeEntry]| codes.iter().map(|c| c.lang).collect::<Vec<_>>();
            let meanings = |list: &[Meaning]| {
                list.iter()
                    .flat_map(|m| [m.lang, m.service_lang])
                    .collect::<Vec<_>>()
            };
            match self {
                PageData::Home(data) => data
                    .groups
                    .iter()
                    .flat_map(|(_, codes)| entries(codes))
                    .chain(data.services.iter().map(|(s, _)| s.lang))
                    .chain(data.symptoms.iter().chain(&data.guides).map(|e| e.lang))
                    .collect(),
                PageData::Search(codes) => entries(codes),
                PageData::Number(data) => meanings(&data.services),
                PageData::Code(data) => [data.lang]
                    .into_iter()
                    .chain(entries(&data.others))
                    .chain(meanings(&data.services))
                    .chain(data.reasons.iter().flat_map(|r| [r.lang, r.service.lang]))
                    .collect(),
                PageData::Compare(data) => vec![data.a.1, data.b.1, data.text.lang],
                PageData::Namespace(data) => [data.entry.lang]
                    .into_iter()
                    .chain(entries(&data.codes))
                    .collect(),
                PageData::ServiceCode(data) => [data.lang, data.service.lang]
                    .into_iter()
                    .chain(entries(&data.like))
                    .collect(),
                PageData::Range(data) => [data.lang]
                    .into_iter()
                    .chain(entries(&data.codes))
                    .chain(meanings(&data.services))
                    .collect(),
                PageData::Symptoms(list) | PageData::Guides(list) => {
                    list.iter().map(|e| e.lang).collect()
                }
                PageData::Symptom(data) => [data.lang]
                    .into_iter()
                    .chain(entries(&data.codes))
                    .chain(meanings(&data.meanings))
                    .collect(),
                PageData::Guide(data) => vec![data.lang],
                PageData::Tools | PageData::Tool(_) => Vec::new(),
                PageData::WhichCode(data) => data.codes.iter().map(|(_, l)| *l).collect(),
            }
        }
    }

    /// Builds page data for one locale.
    struct Builder<'a> {
        catalog: &'a Catalog,
        locale: Locale,
    }

    impl Builder<'_> {
        /// A code's English name, where its words (`name`, in `lang`) are
        /// not English and the English name differs.
        fn english_name(
            &self,
            lang: Locale,
            name: &str,
            in_locale: impl Fn(Locale) -> Option<String>,
        ) -> Option<String> {
            if lang.is_default() {
                return None;
            }
            in_locale(Locale::DEFAULT).filter(|english| english != name)
        }

        /// The site's own codes that `keep` keeps, as list entries.
        fn own_codes(&self, keep: impl Fn(u16) -> bool) -> Vec<CodeEntry> {
            self.catalog
                .numbers()
                .into_iter()
                .filter(|n| keep(*n))
                .filter_map(|n| self.catalog.code(self.locale, n))
                .map(CodeEntry::of)
                .collect()
        }

        fn home(&self) -> HomeData {
            let codes = self.own_codes(|_| true);
            let in_group = |group: Group| {
                codes
                    .iter()
                    .filter(|c| {
                        self.catalog
                            .code(self.locale, c.code)
                            .is_some_and(|code| code.facts.group == group)
                    })
                    .cloned()
                    .collect::<Vec<_>>()
            };
            HomeData {
                groups: Group::OWN
                    .into_iter()
                    .map(|group| (group, in_group(group)))
                    .filter(|(_, codes)| !codes.is_empty())
                    .collect(),
                services: self
                    .catalog
                    .service_ids()
                    .into_iter()
                    .filter_map(|id| {
                        let page = self.catalog.service(self.locale, id)?;
                        let count = self.catalog.service_numbers(id).len();
                        Some((ServiceEntry::of(id, page), count))
                    })
                    .collect(),
                symptoms: self.listed(Listed::Symptoms),
                guides: self.listed(Listed::Guides),
            }
        }

        /// A number: the code's own page, or the list of what services mean
        /// by it; `None` if nobody defines it.
        fn number(&self, number: u32) -> Option<PageData> {
            let services = u16::try_from(number)
                .map(|n| meanings(self.catalog, self.locale, n))
                .unwrap_or_default();
            let own = u16::try_from(number)
                .ok()
                .and_then(|n| self.catalog.code(self.locale, n));
            Some(match own {
                Some(code) => PageData::Code(CodeData {
                    code: code.item.clone(),
                    lang: code.lang,
                    english_name: self.english_name(code.lang, &code.name, |l| {
                        self.catalog.code(l, code.code).map(|c| c.name.clone())
                    }),
                    others: self.own_codes(|n| n != code.code),
                    services,
                    reasons: self
                        .catalog
                        .reasons_with(self.locale, code.code)
                        .into_iter()
                        .map(|(id, page, reason)| ReasonEntry {
                            service: ServiceEntry::of(id, page),
                            reason: reason.reason.clone(),
                            summary: reason.summary.clone(),
                            lang: page.lang,
                        })
                        .collect(),
                }),
                None if services.is_empty() => return None,
                None => PageData::Number(NumberData { number, services }),
            })
        }

        fn compare(&self, a: u16, b: u16) -> Option<CompareData> {
            if a >= b {
                return None;
            }
            let text = self.catalog.comparison(self.locale, a, b)?;
            let (a, b) = (
                self.catalog.code(self.locale, a)?,
                self.catalog.code(self.locale, b)?,
            );
            Some(CompareData {
                a: (a.item.clone(), a.lang),
                b: (b.item.clone(), b.lang),
                text,
            })
        }

        fn namespace(&self, id: &str) -> Option<NamespaceData> {
            let page = self.catalog.service(self.locale, id)?;
            Some(NamespaceData {
                entry: ServiceEntry::of(id, page),
                page: page.item.clone(),
                codes: self
                    .catalog
                    .service_numbers(id)
                    .into_iter()
                    .filter_map(|n| self.catalog.service_code(self.locale, id, n))
                    .map(CodeEntry::of)
                    .collect(),
            })
        }

        fn service_code(&self, id: &str, number: u16) -> Option<ServiceCodeData> {
            let service = self.catalog.service(self.locale, id)?;
            let code = self.catalog.service_code(self.locale, id, number)?;
            let own_page = usize::from(self.catalog.code(self.locale, number).is_some());
            Some(ServiceCodeData {
                service: ServiceEntry::of(id, service),
                code: code.item.clone(),
                lang: code.lang,
                english_name: self.english_name(code.lang, &code.name, |l| {
                    self.catalog
                        .service_code(l, id, number)
                        .map(|c| c.name.clone())
                }),
                like: self.own_codes(|n| code.like.contains(&n)),
                meanings: own_page + self.catalog.services_with(number).len(),
            })
        }

        fn listed(&self, kind: Listed) -> Vec<PageEntry> {
            self.catalog
                .listed(kind, self.locale)
                .into_iter()
                .map(|page| PageEntry {
                    route: page.route,
                    title: page.title.to_string(),
                    summary: page.summary.to_string(),
                    lang: page.lang,
                })
                .collect()
        }

        fn symptom(&self, slug: &str) -> Option<SymptomData> {
            let page = self.catalog.symptom(self.locale, slug)?;
            // Each number is one of the site's own codes, or else services'.
            let (mut codes, mut services) = (Vec::new(), Vec::new());
            for &n in &page.codes {
                match self.catalog.code(self.locale, n) {
                    Some(code) => codes.push(CodeEntry::of(code)),
                    None => services.extend(meanings(self.catalog, self.locale, n)),
                }
            }
            Some(SymptomData {
                page: page.item.clone(),
                lang: page.lang,
                codes,
                meanings: services,
            })
        }

        fn guide(&self, slug: &str) -> Option<GuideData> {
            let page = self.catalog.guide(self.locale, slug)?;
            Some(GuideData {
                page: page.item.clone(),
                lang: page.lang,
            })
        }

        fn range(&self, range: Range) -> RangeData {
            let (low, high) = range.bounds();
            let within = |n: u16| (low..=high).contains(&u32::from(n));
            let page = self.catalog.range(self.locale, range);
            let mut services: Vec<Meaning> = self
                .catalog
                .service_ids()
                .into_iter()
                .flat_map(|id| {
                    self.catalog
                        .service_numbers(id)
                        .into_iter()
                        .filter(|n| within(*n))
                        .filter_map(move |n| meaning(self.catalog, self.locale, id, n))
                })
                .collect();
            services.sort_by(|a, b| a.code.cmp(&b.code).then(a.service.cmp(&b.service)));
            RangeData {
                range,
                page: page.item.clone(),
                lang: page.lang,
                codes: self.own_codes(within),
                services,
            }
        }
    }

    /// A service's code as a meaning of its number.
    fn meaning(catalog: &Catalog, locale: Locale, id: &str, number: u16) -> Option<Meaning> {
        let service = catalog.service(locale, id)?;
        let code = catalog.service_code(locale, id, number)?;
        Some(Meaning {
            namespace: id.to_string(),
            service: service.name.clone(),
            service_lang: service.lang,
            code: number,
            name: code.name.clone(),
            summary: code.summary.clone(),
            lang: code.lang,
        })
    }

    /// Every service's meaning of a number.
    pub fn meanings(catalog: &Catalog, locale: Locale, number: u16) -> Vec<Meaning> {
        catalog
            .services_with(number)
            .into_iter()
            .filter_map(|id| meaning(catalog, locale, id, number))
            .collect()
    }

    impl Catalog {
        /// What the content holds, as far as URLs are concerned.
        pub fn site_map(&self) -> SiteMap {
            SiteMap {
                codes: self.numbers(),
                namespaces: self
                    .service_ids()
                    .into_iter()
                    .map(|id| (id.to_string(), self.service_numbers(id)))
                    .collect(),
                symptoms: self.listed_slugs(Listed::Symptoms),
                guides: self.listed_slugs(Listed::Guides),
            }
        }
    }

    /// What every page of a locale carries for the browser; `search` and
    /// `fallback` are the URLs of its own and the English index's shards.
    pub fn browser_data(
        catalog: &Catalog,
        locale: Locale,
        search: Vec<String>,
        fallback: Vec<String>,
    ) -> BrowserData {
        BrowserData {
            locale,
            ui: catalog.ui(locale).browser().clone(),
            site: catalog.site_map(),
            codes: catalog
                .numbers()
                .into_iter()
                .filter_map(|n| catalog.code(locale, n))
                .map(|c| CodeName {
                    code: c.code,
                    name: c.name.clone(),
                    lang: (c.lang != locale).then_some(c.lang),
                })
                .collect(),
            search,
            fallback,
        }
    }
}
