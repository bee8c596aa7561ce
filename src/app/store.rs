//! The pages the browser knows: the one it loaded, and those fetched since
//! for client-side navigation.

use std::collections::HashMap;
use std::sync::Arc;

use leptos::prelude::*;

use crate::locale::Locale;
use crate::page::{ContentFragment, DirectoryData};
use crate::route::{Page, Route};

/// What a page's data is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PageContent {
    /// A content page, rendered at build time.
    Fragment(ContentFragment),
    /// The directory of codes (the search page's data).
    Directory(DirectoryData),
}

/// What the store holds for a page URL.
#[derive(Clone, Debug)]
pub enum Slot {
    /// The data is on its way.
    Loading,
    /// The data.
    Ready(Arc<PageContent>),
    /// The site has no such page.
    Missing,
    /// The data could not be fetched or read.
    Failed,
}

/// The id of the element that holds a content page's HTML.
pub const PAGE_ID: &str = "page";
/// The id of the `<script type="text/plain">` element that embeds the
/// directory in pages rendered in the browser (search, not found).
pub const DIRECTORY_ID: &str = "directory";

/// Where a page's data is published.
pub fn data_url(page: &Page) -> String {
    match page.route {
        Route::Search => format!("{}directory.txt", page.url()),
        _ => format!("{}fragment.html", page.url()),
    }
}

/// Page data by canonical URL, shared through context.
#[derive(Clone, Copy)]
pub struct PageStore {
    pages: RwSignal<HashMap<String, Slot>>,
}

impl PageStore {
    /// A store holding the given pages.
    pub fn new(pages: Vec<(String, PageContent)>) -> PageStore {
        let pages = pages
            .into_iter()
            .map(|(url, data)| (url, Slot::Ready(Arc::new(data))))
            .collect();
        PageStore {
            pages: RwSignal::new(pages),
        }
    }

    /// What the store has for a page (tracked: the caller re-runs when it
    /// changes). Starts a fetch in the browser if it has nothing yet.
    pub fn get(&self, page: &Page) -> Slot {
        let url = page.url();
        match self.pages.with(|pages| pages.get(&url).cloned()) {
            Some(slot) => slot,
            None => {
                self.fetch(page.clone());
                Slot::Loading
            }
        }
    }

    /// The directory of a locale, if it has arrived (starts loading it).
    pub fn directory(&self, locale: Locale) -> Option<Arc<PageContent>> {
        match self.get(&Page {
            locale,
            route: Route::Search,
        }) {
            Slot::Ready(data) => Some(data),
            _ => None,
        }
    }

    /// Whether the site has a prerendered page for `page`, if the locale's
    /// directory is already here to tell (tracked; loads nothing).
    pub fn has_page(&self, page: &Page) -> Option<bool> {
        let directory_url = Page {
            locale: page.locale,
            route: Route::Search,
        }
        .url();
        self.pages.with(|pages| match pages.get(&directory_url) {
            Some(Slot::Ready(content)) => match &**content {
                PageContent::Directory(d) => Some(d.site_map().has_page(&page.route)),
                PageContent::Fragment(_) => None,
            },
            _ => None,
        })
    }

    /// Fetches a page's data unless the store already has or awaits it.
    pub fn fetch(&self, page: Page) {
        #[cfg(target_arch = "wasm32")]
        {
            let pages = self.pages;
            leptos::task::spawn_local(async move {
                let url = page.url();
                if pages.with_untracked(|p| p.contains_key(&url)) {
                    return;
                }
                pages.update(|p| {
                    p.insert(url.clone(), Slot::Loading);
                });
                let slot = match fetch_text(&data_url(&page)).await {
                    Ok(Some(text)) => {
                        let content = match page.route {
                            Route::Search => {
                                DirectoryData::parse(&text).map(PageContent::Directory)
                            }
                            _ => ContentFragment::parse(&text).map(PageContent::Fragment),
                        };
                        content.map_or(Slot::Failed, |c| Slot::Ready(Arc::new(c)))
                    }
                    Ok(None) => Slot::Missing,
                    Err(()) => Slot::Failed,
                };
                pages.update(|p| {
                    p.insert(url, slot);
                });
            });
        }
        #[cfg(not(target_arch = "wasm32"))]
        let _ = page;
    }
}

/// The text at `url`: `Ok(None)` for a 404, `Err` for any other failure.
#[cfg(target_arch = "wasm32")]
async fn fetch_text(url: &str) -> Result<Option<String>, ()> {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;

    let window = web_sys::window().ok_or(())?;
    let response = JsFuture::from(window.fetch_with_str(url))
        .await
        .map_err(|_| ())?
        .unchecked_into::<web_sys::Response>();
    if response.status() == 404 {
        return Ok(None);
    }
    if !response.ok() {
        return Err(());
    }
    let text = JsFuture::from(response.text().map_err(|_| ())?)
        .await
        .map_err(|_| ())?;
    text.as_string().map(Some).ok_or(())
}
