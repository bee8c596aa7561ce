//! What each page shows, as data: the bridge between the content and the UI.
//!
//! The prerenderer builds a [`PageData`] for every page from the catalog,
//! renders it to HTML, embeds it in the page for hydration and publishes it as
//! `page.json` for client-side navigation. The browser never sees markdown or
//! the catalog, only these values.

use serde::{Deserialize, Serialize};

use crate::model::{CloseCode, CodeSummary, Group};

/// Everything a page needs besides its route and locale.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum PageData {
    /// The home page.
    Home(HomeData),
    /// A close code's page.
    Code(CodeData),
    /// Two codes compared.
    Compare(CompareData),
    /// The search page; also what the search box and the not-found page
    /// load to find codes by number or name.
    Search(DirectoryData),
}

/// The home page: every code, grouped.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct HomeData {
    /// The groups, in display order, each with its codes.
    pub groups: Vec<(Group, Vec<CodeSummary>)>,
}

/// A close code's page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CodeData {
    /// The code.
    pub code: CloseCode,
    /// The codes it can be compared with.
    pub others: Vec<CodeSummary>,
}

/// A comparison page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
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

/// A plain list of every code: the search page without script, the
/// not-found page's suggestions and the search box's data.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
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
}

#[cfg(not(target_arch = "wasm32"))]
mod build {
    use super::*;
    use crate::content::Catalog;
    use crate::route::{Page, Route};

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
                            let codes = content
                                .codes
                                .values()
                                .filter(|c| c.facts.group == *group)
                                .map(CloseCode::summary_entry)
                                .collect();
                            (*group, codes)
                        })
                        .filter(|(_, codes): &(Group, Vec<CodeSummary>)| !codes.is_empty())
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
                Route::Search => PageData::Search(DirectoryData {
                    codes: content.codes.values().map(CloseCode::summary_entry).collect(),
                    names_elsewhere: crate::locale::Locale::all()
                        .filter(|other| *other != locale)
                        .flat_map(|other| {
                            catalog.locale(other).codes.values().map(|c| (c.code, c.name.clone()))
                        })
                        .collect(),
                }),
            })
        }

    }
}
