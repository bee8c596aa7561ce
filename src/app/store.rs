//! What the browser has fetched: pages for client-side navigation (each
//! page's own `index.html`, of which it keeps the main area, title and
//! description) and the search index of the page's locale, loaded on first
//! use, with the English one behind it for queries it cannot answer.

use std::sync::Arc;

use leptos::prelude::*;

use crate::page::{BrowserData, PageHtml};
use crate::reader_pages::SearchState;
use crate::search::SearchIndex;

/// The id of the element that holds a page's main content.
pub const PAGE_ID: &str = "page";
/// The id of the `<script type="text/plain">` that carries
/// [`BrowserData`].
pub const DATA_ID: &str = "data";

/// What the store holds for a page.
#[derive(Clone, Debug)]
pub enum Slot {
    /// On its way.
    Loading,
    /// Here.
    Ready(Arc<PageHtml>),
    /// The site has no such page.
    Missing,
    /// It could not be fetched or read.
    Failed,
}

/// A search index, as far as it has arrived.
#[derive(Clone)]
pub enum IndexSlot {
    /// Not asked for yet.
    Idle,
    /// On its way.
    Loading,
    /// Ready to search.
    Ready(Arc<SearchIndex>),
    /// Could not be fetched or read.
    Failed,
}

/// Pages by URL, and the search indexes, shared by the views.
#[derive(Clone, Copy)]
pub struct PageStore {
    // A small association list rather than a hash map: a few dozen
    // entries at most, and a smaller wasm bundle.
    pages: RwSignal<Vec<(String, Slot)>>,
    own: RwSignal<IndexSlot>,
    english: RwSignal<IndexSlot>,
}

impl PageStore {
    /// A store holding the page the document was loaded with, if any.
    pub fn new(page: Option<(String, PageHtml)>) -> PageStore {
        let pages = page
            .into_iter()
            .map(|(url, html)| (url, Slot::Ready(Arc::new(html))))
            .collect();
        PageStore {
            pages: RwSignal::new(pages),
            own: RwSignal::new(IndexSlot::Idle),
            english: RwSignal::new(IndexSlot::Idle),
        }
    }

    /// What the store has for a page (tracked). Starts fetching it in the
    /// browser if it has nothing yet.
    pub fn page(&self, url: &str) -> Slot {
        if let Some(slot) = self
            .pages
            .with(|pages| pages.iter().find(|(u, _)| u == url).map(|(_, s)| s.clone()))
        {
            return slot;
        }
        self.fetch_page(url.to_string());
        Slot::Loading
    }

    /// The results for `query` (tracked), loading the index on first use.
    /// When the locale's own index finds nothing, the English one is asked
    /// (a query in English on a page of another language), and its hits
    /// lead to this locale's pages, under this locale's names.
    pub fn search(&self, data: &BrowserData, query: &str, limit: usize) -> SearchState {
        let own = match self.index(self.own, &data.search) {
            IndexSlot::Ready(index) => index,
            IndexSlot::Failed => return SearchState::Failed,
            IndexSlot::Idle | IndexSlot::Loading => return SearchState::Loading,
        };
        let hits = own.search(query, limit);
        if !hits.is_empty() || data.fallback.is_empty() {
            return SearchState::Results(hits);
        }
        match self.index(self.english, &data.fallback) {
            IndexSlot::Ready(english) => {
                let words = english.words().with(own.words());
                SearchState::Results(
                    english
                        .search_with(query, limit, &words)
                        .into_iter()
                        .map(|hit| own.in_own_words(hit))
                        .collect(),
                )
            }
            // Nothing found is the answer, whatever became of the fallback.
            IndexSlot::Failed => SearchState::Results(Vec::new()),
            IndexSlot::Idle | IndexSlot::Loading => SearchState::Loading,
        }
    }

    /// Starts loading the locale's index, so that the first query finds it
    /// ready.
    pub fn warm_up(&self, data: &BrowserData) {
        self.index(self.own, &data.search);
    }

    /// An index's slot (tracked); starts loading it on first call.
    fn index(&self, slot: RwSignal<IndexSlot>, urls: &[String]) -> IndexSlot {
        let current = slot.get();
        if matches!(current, IndexSlot::Idle) {
            self.fetch_index(slot, urls.to_vec());
            return IndexSlot::Loading;
        }
        current
    }

    // The fetches change the store from a task of their own, never while
    // a view or memo is reading it.

    #[cfg(feature = "hydrate")]
    fn fetch_page(&self, url: String) {
        let pages = self.pages;
        leptos::task::spawn_local(async move {
            if pages.with_untracked(|p| p.iter().any(|(u, _)| *u == url)) {
                return;
            }
            pages.update(|p| p.push((url.clone(), Slot::Loading)));
            let slot = match fetch::text(&url).await {
                Ok(Some(text)) => match fetch::page_html(&text) {
                    Some(page) => Slot::Ready(Arc::new(page)),
                    // A host that answers a missing page with some other
                    // document.
                    None => Slot::Missing,
                },
                Ok(None) => Slot::Missing,
                Err(()) => Slot::Failed,
            };
            pages.update(|p| {
                if let Some(entry) = p.iter_mut().find(|(u, _)| *u == url) {
                    entry.1 = slot;
                }
            });
        });
    }

    #[cfg(not(feature = "hydrate"))]
    fn fetch_page(&self, _url: String) {}

    #[cfg(feature = "hydrate")]
    fn fetch_index(&self, slot: RwSignal<IndexSlot>, urls: Vec<String>) {
        leptos::task::spawn_local(async move {
            if !matches!(slot.get_untracked(), IndexSlot::Idle) {
                return;
            }
            slot.set(IndexSlot::Loading);
            let mut shards = Vec::with_capacity(urls.len());
            for url in &urls {
                match fetch::text(url).await {
                    Ok(Some(text)) => shards.push(text),
                    _ => {
                        slot.set(IndexSlot::Failed);
                        return;
                    }
                }
            }
            let index = SearchIndex::parse(shards.iter().map(String::as_str));
            slot.set(index.map_or(IndexSlot::Failed, |i| IndexSlot::Ready(Arc::new(i))));
        });
    }

    #[cfg(not(feature = "hydrate"))]
    fn fetch_index(&self, _slot: RwSignal<IndexSlot>, _urls: Vec<String>) {}
}

/// Fetching text and reading pages in the browser.
#[cfg(feature = "hydrate")]
pub mod fetch {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;

    use super::{DATA_ID, PAGE_ID};
    use crate::page::PageHtml;

    /// The text at `url`: `Ok(None)` for a 404, `Err` for any other
    /// failure.
    pub async fn text(url: &str) -> Result<Option<String>, ()> {
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

    /// A fetched document, parsed.
    pub fn parse(html: &str) -> Option<web_sys::Document> {
        web_sys::DomParser::new()
            .ok()?
            .parse_from_string(html, web_sys::SupportedType::TextHtml)
            .ok()
    }

    /// What a page shows, from its document: `None` if it is not one of
    /// the site's pages.
    pub fn page_html(html: &str) -> Option<PageHtml> {
        let document = parse(html)?;
        let main = document.get_element_by_id(PAGE_ID)?;
        Some(PageHtml {
            title: document.title(),
            description: description(&document),
            html: main.inner_html(),
        })
    }

    /// A document's meta description.
    pub fn description(document: &web_sys::Document) -> String {
        document
            .query_selector("meta[name=description]")
            .ok()
            .flatten()
            .and_then(|m| m.get_attribute("content"))
            .unwrap_or_default()
    }

    /// The text of a document's browser data.
    pub fn data_text(document: &web_sys::Document) -> Option<String> {
        document.get_element_by_id(DATA_ID)?.text_content()
    }
}
