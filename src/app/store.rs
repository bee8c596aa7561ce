//! The pages the browser knows: the one it loaded, and those fetched since
//! for client-side navigation.

use std::sync::Arc;

use leptos::prelude::*;

use crate::locale::Locale;
use crate::page::{ContentFragment, DirectoryData};
use crate::route::{Page, Route};
use crate::search::SearchIndex;

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

/// Where a locale's search index is published.
pub fn index_url(locale: Locale) -> String {
    format!("{}/search/index.txt", locale.path_prefix())
}

/// A locale's search index, as far as it has arrived.
#[derive(Clone)]
pub enum IndexSlot {
    /// On its way.
    Loading,
    /// Ready to search.
    Ready(Arc<SearchIndex>),
    /// Could not be fetched or read.
    Failed,
}

/// Page data by canonical URL, and search indexes by locale, shared through
/// context.
#[derive(Clone, Copy)]
pub struct PageStore {
    // Small association lists rather than hash maps: a few dozen entries at
    // most, and a smaller wasm bundle.
    pages: RwSignal<Vec<(String, Slot)>>,
    indexes: RwSignal<Vec<(&'static str, IndexSlot)>>,
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
            indexes: RwSignal::new(Vec::new()),
        }
    }

    /// What the store has for a page (tracked: the caller re-runs when it
    /// changes). Starts a fetch in the browser if it has nothing yet.
    pub fn get(&self, page: &Page) -> Slot {
        let url = page.url();
        match self.pages.with(|pages| lookup(pages, &url).cloned()) {
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
        self.pages
            .with(|pages| match lookup(pages, &directory_url) {
                Some(Slot::Ready(content)) => match &**content {
                    PageContent::Directory(d) => Some(d.site_map().has_page(&page.route)),
                    PageContent::Fragment(_) => None,
                },
                _ => None,
            })
    }

    /// A locale's search index (tracked); `None` until it is asked for.
    /// Loads it on first call, once; the browser caches the file.
    pub fn index(&self, locale: Locale) -> IndexSlot {
        if let Some(slot) = self.indexes.with(|i| lookup(i, &locale.id()).cloned()) {
            return slot;
        }
        #[cfg(target_arch = "wasm32")]
        {
            let indexes = self.indexes;
            leptos::task::spawn_local(async move {
                if indexes.with_untracked(|i| lookup(i, &locale.id()).is_some()) {
                    return;
                }
                indexes.update(|i| insert(i, locale.id(), IndexSlot::Loading));
                let slot = match fetch_text(&index_url(locale)).await {
                    Ok(Some(text)) => SearchIndex::parse(&text)
                        .map_or(IndexSlot::Failed, |index| IndexSlot::Ready(Arc::new(index))),
                    _ => IndexSlot::Failed,
                };
                indexes.update(|i| insert(i, locale.id(), slot));
            });
        }
        IndexSlot::Loading
    }

    /// The best `limit` results for `query` in `locale` (tracked); `None`
    /// while the index is loading. When the locale's own index finds
    /// nothing, the other locales' indexes are asked too (a Chinese
    /// question on an English page), and their hits lead to this locale's
    /// pages, under this locale's names.
    pub fn search(
        &self,
        locale: Locale,
        query: &str,
        limit: usize,
    ) -> Option<Vec<crate::search::SearchHit>> {
        let own = match self.index(locale) {
            IndexSlot::Ready(index) => index,
            IndexSlot::Loading => return None,
            IndexSlot::Failed => return Some(Vec::new()),
        };
        let hits = own.search(query, limit);
        if !hits.is_empty() || query.trim().is_empty() {
            return Some(hits);
        }
        for other in Locale::all().filter(|l| *l != locale) {
            let index = match self.index(other) {
                IndexSlot::Ready(index) => index,
                IndexSlot::Loading => return None,
                IndexSlot::Failed => continue,
            };
            let hits = index.search(query, limit);
            if !hits.is_empty() {
                return Some(hits.into_iter().map(|hit| own.in_own_words(hit)).collect());
            }
        }
        Some(Vec::new())
    }

    /// Fetches a page's data unless the store already has or awaits it.
    pub fn fetch(&self, page: Page) {
        #[cfg(target_arch = "wasm32")]
        {
            let pages = self.pages;
            leptos::task::spawn_local(async move {
                let url = page.url();
                if pages.with_untracked(|p| lookup(p, &url).is_some()) {
                    return;
                }
                pages.update(|p| insert(p, url.clone(), Slot::Loading));
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
                pages.update(|p| insert(p, url, slot));
            });
        }
        #[cfg(not(target_arch = "wasm32"))]
        let _ = page;
    }
}

/// The value for `key` in an association list.
fn lookup<'a, K: PartialEq, V>(list: &'a [(K, V)], key: &K) -> Option<&'a V> {
    list.iter().find(|(k, _)| k == key).map(|(_, v)| v)
}

/// Sets the value for `key` in an association list.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
fn insert<K: PartialEq, V>(list: &mut Vec<(K, V)>, key: K, value: V) {
    match list.iter_mut().find(|(k, _)| *k == key) {
        Some((_, v)) => *v = value,
        None => list.push((key, value)),
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
