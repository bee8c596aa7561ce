//! What each page shows, as data: the bridge between the content and the UI.
//!
//! Two kinds of page data cross from the build to the browser, each in a
//! small text format that needs no parser library in the wasm bundle:
//!
//! - [`ContentFragment`]: a content page already rendered to HTML, published
//!   as `fragment.html` next to the page for client-side navigation.
//! - [`DirectoryData`]: every code, service and service code by number and
//!   name, published as `directory.txt`; the search box, the search page,
//!   number pages and the not-found page use it.
//!
//! Natively, [`PageData`] holds the typed data a content page is rendered
//! from.

use crate::model::CodeSummary;
use crate::route::SiteMap;

/// A content page rendered to HTML, with what the document head needs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ContentFragment {
    /// The document title.
    pub title: String,
    /// The meta description.
    pub description: String,
    /// The page's HTML, placed inside `<main>`.
    pub html: String,
}

impl ContentFragment {
    /// The published form: title line, description line, then the HTML.
    pub fn to_text(&self) -> String {
        format!(
            "{}\n{}\n{}",
            one_line(&self.title),
            one_line(&self.description),
            self.html
        )
    }

    /// Reads the published form back; `None` if it is not one.
    pub fn parse(text: &str) -> Option<ContentFragment> {
        let (title, rest) = text.split_once('\n')?;
        let (description, html) = rest.split_once('\n')?;
        // A static host may answer a missing fragment with an HTML page.
        if title.trim_start().starts_with('<') {
            return None;
        }
        Some(ContentFragment {
            title: title.to_string(),
            description: description.to_string(),
            html: html.to_string(),
        })
    }
}

/// A service that defines codes of its own.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NamespaceEntry {
    /// Its id and URL segment.
    pub id: String,
    /// Its name.
    pub name: String,
    /// One sentence about it.
    pub summary: String,
}

/// One code of a service.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ServiceEntry {
    /// The service's id.
    pub namespace: String,
    /// The service's name.
    pub service: String,
    /// The number.
    pub code: u16,
    /// The service's name for it, in the page's locale.
    pub name: String,
    /// What it means.
    pub summary: String,
}

/// Every code, service and service code, for finding them by number or name.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DirectoryData {
    /// The protocol's and IANA's codes, ascending.
    pub codes: Vec<CodeSummary>,
    /// The services.
    pub namespaces: Vec<NamespaceEntry>,
    /// The services' codes.
    pub services: Vec<ServiceEntry>,
}

impl DirectoryData {
    /// The entry for one of the site's own codes.
    pub fn find(&self, code: u32) -> Option<&CodeSummary> {
        self.codes.iter().find(|c| u32::from(c.code) == code)
    }

    /// Every service's meaning of a number.
    pub fn meanings(&self, number: u32) -> Vec<ServiceEntry> {
        self.services
            .iter()
            .filter(|s| u32::from(s.code) == number)
            .cloned()
            .collect()
    }

    /// What the directory says exists.
    pub fn site_map(&self) -> SiteMap {
        SiteMap {
            codes: self.codes.iter().map(|c| c.code).collect(),
            namespaces: self
                .namespaces
                .iter()
                .map(|ns| {
                    let codes = self
                        .services
                        .iter()
                        .filter(|s| s.namespace == ns.id)
                        .map(|s| s.code)
                        .collect();
                    (ns.id.clone(), codes)
                })
                .collect(),
        }
    }

    /// The published form, one record per line, tab-separated:
    /// `C code name summary`, `N id name summary`,
    /// `S namespace service code name summary`.
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        let mut line = |fields: &[&str]| {
            let fields: Vec<String> = fields.iter().map(|f| one_line(f)).collect();
            out.push_str(&fields.join("\t"));
            out.push('\n');
        };
        for c in &self.codes {
            line(&["C", &c.code.to_string(), &c.name, &c.summary]);
        }
        for n in &self.namespaces {
            line(&["N", &n.id, &n.name, &n.summary]);
        }
        for s in &self.services {
            line(&[
                "S",
                &s.namespace,
                &s.service,
                &s.code.to_string(),
                &s.name,
                &s.summary,
            ]);
        }
        out
    }

    /// Reads the published form back; `None` if any line is malformed.
    pub fn parse(text: &str) -> Option<DirectoryData> {
        let mut d = DirectoryData::default();
        for line in text.lines().filter(|l| !l.is_empty()) {
            let f: Vec<&str> = line.split('\t').collect();
            match f.as_slice() {
                ["C", code, name, summary] => d.codes.push(CodeSummary {
                    code: code.parse().ok()?,
                    name: name.to_string(),
                    summary: summary.to_string(),
                }),
                ["N", id, name, summary] => d.namespaces.push(NamespaceEntry {
                    id: id.to_string(),
                    name: name.to_string(),
                    summary: summary.to_string(),
                }),
                ["S", namespace, service, code, name, summary] => d.services.push(ServiceEntry {
                    namespace: namespace.to_string(),
                    service: service.to_string(),
                    code: code.parse().ok()?,
                    name: name.to_string(),
                    summary: summary.to_string(),
                }),
                _ => return None,
            }
        }
        Some(d)
    }
}

/// Collapses whitespace (tabs and newlines included) to single spaces.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(not(target_arch = "wasm32"))]
pub use build::*;

#[cfg(not(target_arch = "wasm32"))]
mod build {
    use super::{DirectoryData, NamespaceEntry, ServiceEntry};
    use crate::content::{Catalog, TextPage};
    use crate::locale::Locale;
    use crate::model::{CloseCode, CodeSummary, Group, Range};
    use crate::route::{Page, Route};

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
        /// The search page.
        Search(DirectoryData),
    }

    /// The home page.
    #[derive(Clone, Debug, PartialEq)]
    pub struct HomeData {
        /// The groups of the site's own codes, in display order.
        pub groups: Vec<(Group, Vec<CodeSummary>)>,
        /// The services, with how many codes each defines.
        pub namespaces: Vec<(NamespaceEntry, usize)>,
    }

    /// One of the site's own codes.
    #[derive(Clone, Debug, PartialEq)]
    pub struct CodeData {
        /// The code.
        pub code: CloseCode,
        /// The codes it can be compared with.
        pub others: Vec<CodeSummary>,
        /// Services that give the same number a meaning of their own.
        pub services: Vec<ServiceEntry>,
    }

    /// A number that only services define.
    #[derive(Clone, Debug, PartialEq)]
    pub struct NumberData {
        /// The number.
        pub number: u32,
        /// What each service means by it.
        pub services: Vec<ServiceEntry>,
    }

    /// A comparison page.
    #[derive(Clone, Debug, PartialEq)]
    pub struct CompareData {
        /// The lower code.
        pub a: CloseCode,
        /// The higher code.
        pub b: CloseCode,
        /// How the two relate (inline HTML).
        pub intro: String,
        /// The "Key differences" section (HTML).
        pub differences: String,
        /// The "When to use which" section (HTML).
        pub when_to_use: String,
        /// Whether a person wrote the text for this pair.
        pub curated: bool,
    }

    /// A service's page.
    #[derive(Clone, Debug, PartialEq)]
    pub struct NamespaceData {
        /// The service.
        pub entry: NamespaceEntry,
        /// Its description.
        pub page: TextPage,
        /// Its codes.
        pub codes: Vec<CodeSummary>,
    }

    /// One code of a service.
    #[derive(Clone, Debug, PartialEq)]
    pub struct ServiceCodeData {
        /// The service.
        pub service: NamespaceEntry,
        /// The code.
        pub code: CloseCode,
        /// The standard codes it is like.
        pub like: Vec<CodeSummary>,
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
        pub page: TextPage,
        /// The site's own codes in it.
        pub codes: Vec<CodeSummary>,
        /// Service codes in it.
        pub services: Vec<ServiceEntry>,
    }

    impl PageData {
        /// Builds the data of a page from the catalog, or `None` if the page
        /// does not exist (an unknown code, say).
        pub fn build(catalog: &Catalog, page: &Page) -> Option<PageData> {
            let locale = page.locale;
            let content = catalog.locale(locale);
            let services_with = |number: u32| -> Vec<ServiceEntry> {
                u16::try_from(number)
                    .map(|n| {
                        catalog
                            .services_with(locale, n)
                            .into_iter()
                            .map(|(ns, c)| service_entry(&ns.id, &ns.page.name, c))
                            .collect()
                    })
                    .unwrap_or_default()
            };
            Some(match &page.route {
                Route::Home => PageData::Home(HomeData {
                    groups: Group::ALL
                        .iter()
                        .map(|group| {
                            let codes: Vec<CodeSummary> = content
                                .codes
                                .values()
                                .filter(|c| c.facts.group == *group)
                                .map(CloseCode::summary_entry)
                                .collect();
                            (*group, codes)
                        })
                        .filter(|(_, codes)| !codes.is_empty())
                        .collect(),
                    namespaces: content
                        .namespaces
                        .values()
                        .map(|ns| (namespace_entry(&ns.id, &ns.page), ns.codes.len()))
                        .collect(),
                }),
                Route::Number(number) => match u16::try_from(*number)
                    .ok()
                    .and_then(|n| content.codes.get(&n))
                {
                    Some(code) => PageData::Code(CodeData {
                        code: code.clone(),
                        others: content
                            .codes
                            .values()
                            .filter(|c| c.code != code.code)
                            .map(CloseCode::summary_entry)
                            .collect(),
                        services: services_with(*number),
                    }),
                    None => {
                        let services = services_with(*number);
                        if services.is_empty() {
                            return None;
                        }
                        PageData::Number(NumberData {
                            number: *number,
                            services,
                        })
                    }
                },
                Route::Compare(a, b) => {
                    if a >= b {
                        return None;
                    }
                    let text = catalog.comparison(locale, *a, *b)?;
                    PageData::Compare(CompareData {
                        a: content.codes.get(a)?.clone(),
                        b: content.codes.get(b)?.clone(),
                        intro: text.intro,
                        differences: text.differences,
                        when_to_use: text.when_to_use,
                        curated: text.curated,
                    })
                }
                Route::Namespace(id) => {
                    let ns = content.namespaces.get(id)?;
                    PageData::Namespace(NamespaceData {
                        entry: namespace_entry(id, &ns.page),
                        page: ns.page.clone(),
                        codes: ns.codes.values().map(CloseCode::summary_entry).collect(),
                    })
                }
                Route::ServiceCode(id, number) => {
                    let ns = content.namespaces.get(id)?;
                    let code = ns.codes.get(number)?;
                    let own = usize::from(content.codes.contains_key(number));
                    PageData::ServiceCode(ServiceCodeData {
                        service: namespace_entry(id, &ns.page),
                        code: code.clone(),
                        like: code
                            .like
                            .iter()
                            .filter_map(|n| content.codes.get(n).map(CloseCode::summary_entry))
                            .collect(),
                        meanings: own + catalog.services_with(locale, *number).len(),
                    })
                }
                Route::Range(range) => {
                    let (low, high) = range.bounds();
                    let within = |n: u16| (low..=high).contains(&u32::from(n));
                    PageData::Range(RangeData {
                        range: *range,
                        page: content.ranges.get(range)?.clone(),
                        codes: content
                            .codes
                            .values()
                            .filter(|c| within(c.code))
                            .map(CloseCode::summary_entry)
                            .collect(),
                        services: directory(catalog, locale)
                            .services
                            .into_iter()
                            .filter(|s| within(s.code))
                            .collect(),
                    })
                }
                Route::Search => PageData::Search(directory(catalog, locale)),
            })
        }
    }

    fn namespace_entry(id: &str, page: &TextPage) -> NamespaceEntry {
        NamespaceEntry {
            id: id.to_string(),
            name: page.name.clone(),
            summary: page.summary.clone(),
        }
    }

    fn service_entry(namespace: &str, service: &str, code: &CloseCode) -> ServiceEntry {
        ServiceEntry {
            namespace: namespace.to_string(),
            service: service.to_string(),
            code: code.code,
            name: code.name.clone(),
            summary: code.summary.clone(),
        }
    }

    /// Everything a locale has, with the names the other locales give it.
    pub fn directory(catalog: &Catalog, locale: Locale) -> DirectoryData {
        let content = catalog.locale(locale);
        let mut services: Vec<ServiceEntry> = content
            .namespaces
            .values()
            .flat_map(|ns| {
                ns.codes
                    .values()
                    .map(|c| service_entry(&ns.id, &ns.page.name, c))
            })
            .collect();
        services.sort_by(|a, b| a.code.cmp(&b.code).then(a.service.cmp(&b.service)));
        DirectoryData {
            codes: content
                .codes
                .values()
                .map(CloseCode::summary_entry)
                .collect(),
            namespaces: content
                .namespaces
                .values()
                .map(|ns| namespace_entry(&ns.id, &ns.page))
                .collect(),
            services,
        }
    }

    impl Catalog {
        /// What the content holds, as far as URLs are concerned.
        pub fn site_map(&self) -> crate::route::SiteMap {
            let content = self.locale(Locale::default_locale());
            crate::route::SiteMap {
                codes: self.numbers(),
                namespaces: content
                    .namespaces
                    .values()
                    .map(|ns| (ns.id.clone(), ns.codes.keys().copied().collect()))
                    .collect(),
            }
        }
    }
}
