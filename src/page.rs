//! What each page shows, as data: the bridge between the content and the UI.
//!
//! Two kinds of page data cross from the build to the browser, each in a
//! small text format that needs no parser library in the wasm bundle:
//!
//! - [`ContentFragment`]: a content page (home, a code, a comparison)
//!   already rendered to HTML, published as `fragment.html` next to the page
//!   for client-side navigation.
//! - [`DirectoryData`]: every code's number and name, published as
//!   `directory.txt`; the search box, the search page and the not-found
//!   page use it.
//!
//! Natively, [`PageData`] holds the typed data a content page is rendered
//! from.

use crate::model::CodeSummary;

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

/// A plain list of every code, for finding codes by number or name.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DirectoryData {
    /// Every code, ascending.
    pub codes: Vec<CodeSummary>,
    /// The codes' names in the other locales, so that an English name finds
    /// its code on a Chinese page and the reverse.
    pub names_elsewhere: Vec<(u16, String)>,
}

impl DirectoryData {
    /// The entry for a code, if the site has it.
    pub fn find(&self, code: u16) -> Option<&CodeSummary> {
        self.codes.iter().find(|c| c.code == code)
    }

    /// The published form: one line per code, `code<TAB>name<TAB>summary`,
    /// then one line per other-locale name, `code<TAB>name`.
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        for c in &self.codes {
            out.push_str(&format!(
                "{}\t{}\t{}\n",
                c.code,
                one_line(&c.name),
                one_line(&c.summary)
            ));
        }
        for (code, name) in &self.names_elsewhere {
            out.push_str(&format!("{code}\t{}\n", one_line(name)));
        }
        out
    }

    /// Reads the published form back; `None` if any line is malformed.
    pub fn parse(text: &str) -> Option<DirectoryData> {
        let mut directory = DirectoryData::default();
        for line in text.lines().filter(|l| !l.is_empty()) {
            let mut fields = line.split('\t');
            let code = fields.next()?.parse().ok()?;
            let name = fields.next()?.to_string();
            match fields.next() {
                Some(summary) => directory.codes.push(CodeSummary {
                    code,
                    name,
                    summary: summary.to_string(),
                }),
                None => directory.names_elsewhere.push((code, name)),
            }
            if fields.next().is_some() {
                return None;
            }
        }
        Some(directory)
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
    use super::DirectoryData;
    use crate::content::Catalog;
    use crate::locale::Locale;
    use crate::model::{CloseCode, CodeSummary, Group};
    use crate::route::{Page, Route};

    /// The typed data a page is rendered from.
    #[derive(Clone, Debug, PartialEq)]
    pub enum PageData {
        /// The home page.
        Home(HomeData),
        /// A close code's page.
        Code(CodeData),
        /// Two codes compared.
        Compare(CompareData),
        /// The search page.
        Search(DirectoryData),
    }

    /// The home page: every code, grouped.
    #[derive(Clone, Debug, PartialEq)]
    pub struct HomeData {
        /// The groups, in display order, each with its codes.
        pub groups: Vec<(Group, Vec<CodeSummary>)>,
    }

    /// A close code's page.
    #[derive(Clone, Debug, PartialEq)]
    pub struct CodeData {
        /// The code.
        pub code: CloseCode,
        /// The codes it can be compared with.
        pub others: Vec<CodeSummary>,
    }

    /// A comparison page.
    #[derive(Clone, Debug, PartialEq)]
    pub struct CompareData {
        /// The lower code.
        pub a: CloseCode,
        /// The higher code.
        pub b: CloseCode,
        /// How the two relate (HTML).
        pub intro: String,
        /// One HTML item per difference.
        pub differences: Vec<String>,
        /// Which to send or expect (HTML).
        pub when_to_use: String,
    }

    impl PageData {
        /// Builds the data of a page from the catalog, or `None` if the page
        /// does not exist (an unknown code, say).
        pub fn build(catalog: &Catalog, page: Page) -> Option<PageData> {
            let locale = page.locale;
            let content = catalog.locale(locale);
            Some(match page.route {
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
                }),
                Route::Code(number) => {
                    let code = content.codes.get(&number)?.clone();
                    let others = content
                        .codes
                        .values()
                        .filter(|c| c.code != number)
                        .map(CloseCode::summary_entry)
                        .collect();
                    PageData::Code(CodeData { code, others })
                }
                Route::Compare(a, b) => {
                    if a >= b {
                        return None;
                    }
                    let text = catalog.comparison(locale, a, b)?;
                    PageData::Compare(CompareData {
                        a: content.codes.get(&a)?.clone(),
                        b: content.codes.get(&b)?.clone(),
                        intro: text.intro,
                        differences: text.differences,
                        when_to_use: text.when_to_use,
                    })
                }
                Route::Search => PageData::Search(directory(catalog, locale)),
            })
        }
    }

    /// Every code of a locale, with the names the other locales give them.
    pub fn directory(catalog: &Catalog, locale: Locale) -> DirectoryData {
        DirectoryData {
            codes: catalog
                .locale(locale)
                .codes
                .values()
                .map(CloseCode::summary_entry)
                .collect(),
            names_elsewhere: Locale::all()
                .filter(|other| *other != locale)
                .flat_map(|other| {
                    catalog
                        .locale(other)
                        .codes
                        .values()
                        .map(|c| (c.code, c.name.clone()))
                })
                .collect(),
        }
    }
}
