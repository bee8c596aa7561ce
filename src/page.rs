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
    use crate::content::{Catalog, ComparisonText, Localized, RangePage, ServicePage};
    use crate::locale::Locale;
    use crate::model::{CloseCode, Group, Range};
    use crate::reader_pages::Meaning;
    use crate::route::{Page, Route, SiteMap};

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
    }

    /// The home page.
    #[derive(Clone, Debug, PartialEq)]
    pub struct HomeData {
        /// The groups of the site's own codes, in display order.
        pub groups: Vec<(Group, Vec<CodeEntry>)>,
        /// The services, with how many codes each defines.
        pub services: Vec<(ServiceEntry, usize)>,
    }

    /// One of the site's own codes.
    #[derive(Clone, Debug, PartialEq)]
    pub struct CodeData {
        /// The code.
        pub code: CloseCode,
        /// The locale of its words.
        pub lang: Locale,
        /// The codes it can be compared with.
        pub others: Vec<CodeEntry>,
        /// Services that give the same number a meaning of their own.
        pub services: Vec<Meaning>,
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
            let locale = page.locale;
            let own = |n: u16| catalog.code(locale, n).map(CodeEntry::of);
            Some(match &page.route {
                Route::Home => PageData::Home(HomeData {
                    groups: Group::OWN
                        .iter()
                        .map(|group| {
                            let codes: Vec<CodeEntry> = catalog
                                .numbers()
                                .into_iter()
                                .filter_map(|n| catalog.code(locale, n))
                                .filter(|c| c.facts.group == *group)
                                .map(CodeEntry::of)
                                .collect();
                            (*group, codes)
                        })
                        .filter(|(_, codes)| !codes.is_empty())
                        .collect(),
                    services: catalog
                        .service_ids()
                        .into_iter()
                        .filter_map(|id| {
                            let page = catalog.service(locale, id)?;
                            Some((
                                ServiceEntry::of(id, page),
                                catalog.service_numbers(id).len(),
                            ))
                        })
                        .collect(),
                }),
                Route::Search => {
                    PageData::Search(catalog.numbers().into_iter().filter_map(own).collect())
                }
                Route::Number(number) => {
                    let services = u16::try_from(*number)
                        .map(|n| meanings(catalog, locale, n))
                        .unwrap_or_default();
                    match u16::try_from(*number)
                        .ok()
                        .and_then(|n| catalog.code(locale, n))
                    {
                        Some(code) => PageData::Code(CodeData {
                            code: code.item.clone(),
                            lang: code.lang,
                            others: catalog
                                .numbers()
                                .into_iter()
                                .filter(|n| *n != code.code)
                                .filter_map(own)
                                .collect(),
                            services,
                        }),
                        None if services.is_empty() => return None,
                        None => PageData::Number(NumberData {
                            number: *number,
                            services,
                        }),
                    }
                }
                Route::Compare(a, b) => {
                    if a >= b {
                        return None;
                    }
                    let text = catalog.comparison(locale, *a, *b)?;
                    let (a, b) = (catalog.code(locale, *a)?, catalog.code(locale, *b)?);
                    PageData::Compare(CompareData {
                        a: (a.item.clone(), a.lang),
                        b: (b.item.clone(), b.lang),
                        text,
                    })
                }
                Route::Namespace(id) => {
                    let page = catalog.service(locale, id)?;
                    PageData::Namespace(NamespaceData {
                        entry: ServiceEntry::of(id, page),
                        page: page.item.clone(),
                        codes: catalog
                            .service_numbers(id)
                            .into_iter()
                            .filter_map(|n| catalog.service_code(locale, id, n))
                            .map(CodeEntry::of)
                            .collect(),
                    })
                }
                Route::ServiceCode(id, number) => {
                    let service = catalog.service(locale, id)?;
                    let code = catalog.service_code(locale, id, *number)?;
                    let own_page = usize::from(catalog.code(locale, *number).is_some());
                    PageData::ServiceCode(ServiceCodeData {
                        service: ServiceEntry::of(id, service),
                        code: code.item.clone(),
                        lang: code.lang,
                        like: code.like.iter().filter_map(|n| own(*n)).collect(),
                        meanings: own_page + catalog.services_with(*number).len(),
                    })
                }
                Route::Range(range) => {
                    let (low, high) = range.bounds();
                    let within = |n: u16| (low..=high).contains(&u32::from(n));
                    let page = catalog.range(locale, *range);
                    let mut services: Vec<Meaning> = catalog
                        .service_ids()
                        .into_iter()
                        .flat_map(|id| {
                            catalog
                                .service_numbers(id)
                                .into_iter()
                                .filter(|n| within(*n))
                                .filter_map(move |n| meaning(catalog, locale, id, n))
                        })
                        .collect();
                    services.sort_by(|a, b| a.code.cmp(&b.code).then(a.service.cmp(&b.service)));
                    PageData::Range(RangeData {
                        range: *range,
                        page: page.item.clone(),
                        lang: page.lang,
                        codes: catalog
                            .numbers()
                            .into_iter()
                            .filter(|n| within(*n))
                            .filter_map(own)
                            .collect(),
                        services,
                    })
                }
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
                    .collect(),
                PageData::Search(codes) => entries(codes),
                PageData::Number(data) => meanings(&data.services),
                PageData::Code(data) => [data.lang]
                    .into_iter()
                    .chain(entries(&data.others))
                    .chain(meanings(&data.services))
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
