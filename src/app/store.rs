//! The pages the browser knows: those embedded in the HTML it loaded, and
//! those fetched since as `page.json` for client-side navigation.

use std::collections::HashMap;
use std::sync::Arc;

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::page::PageData;
use crate::route::Page;

/// What the store holds for a page URL.
#[derive(Clone, Debug)]
pub enum Slot {
    /// The data is on its way.
    Loading,
    /// The data.
    Ready(Arc<PageData>),
    /// The site has no such page.
    Missing,
    /// The data could not be fetched or read.
    Failed,
}

/// The page data embedded in a prerendered HTML file, in a
/// `<script type="application/json" id="page-data">` element.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct EmbeddedPages {
    /// The path the HTML was rendered for; `None` for `404.html`, which a
    /// static host serves at any path.
    pub rendered_for: Option<String>,
    /// Canonical page URL and its data.
    pub pages: Vec<(String, PageData)>,
}

/// The id of the element that holds [`EmbeddedPages`].
pub const EMBEDDED_ID: &str = "page-data";

impl EmbeddedPages {
    /// The `<script>` element to put in a prerendered page. `<` is escaped
    /// so that no string in the data can close the element early.
    pub fn to_script(&self) -> String {
        let json = serde_json::to_string(self)
            .expect("page data is plain data")
            .replace('<', "\\u003c");
        format!(r#"<script type="application/json" id="{EMBEDDED_ID}">{json}</script>"#)
    }
}

/// Page data by canonical URL, shared through context.
#[derive(Clone, Copy)]
pub struct PageStore {
    pages: RwSignal<HashMap<String, Slot>>,
}

impl PageStore {
    /// A store holding the given pages.
    pub fn new(pages: Vec<(String, PageData)>) -> PageStore {
        let pages = pages
            .into_iter()
            .map(|(url, data)| (url, Slot::Ready(Arc::new(data))))
            .collect();
        PageStore { pages: RwSignal::new(pages) }
    }

    /// What the store has for a page (tracked: the caller re-runs when it
    /// changes). Starts a fetch in the browser if it has nothing yet.
    pub fn get(&self, page: Page) -> Slot {
        let url = page.url();
        match self.pages.with(|pages| pages.get(&url).cloned()) {
            Some(slot) => slot,
            None => {
                self.fetch(page);
                Slot::Loading
            }
        }
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
                let slot = fetch_page(&page.data_url()).await;
                pages.update(|p| {
                    p.insert(url, slot);
                });
            });
        }
        #[cfg(not(target_arch = "wasm32"))]
        let _ = page;
    }
}

#[cfg(target_arch = "wasm32")]
async fn fetch_page(url: &str) -> Slot {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;

    let Some(window) = web_sys::window() else {
        return Slot::Failed;
    };
    let response = match JsFuture::from(window.fetch_with_str(url)).await {
        Ok(response) => response.unchecked_into::<web_sys::Response>(),
        Err(_) => return Slot::Failed,
    };
    if response.status() == 404 {
        return Slot::Missing;
    }
    if !response.ok() {
        return Slot::Failed;
    }
    let Ok(text) = response.text() else {
        return Slot::Failed;
    };
    match JsFuture::from(text).await.ok().and_then(|t| t.as_string()) {
        Some(text) => match serde_json::from_str::<PageData>(&text) {
            Ok(data) => Slot::Ready(Arc::new(data)),
            Err(_) => Slot::Failed,
        },
        None => Slot::Failed,
    }
}
