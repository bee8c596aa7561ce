//! The Leptos application: the frame around every page and the choice of
//! what its main area shows for the current URL.
//!
//! Routing is [`crate::route::resolve`]: one memo reads the path and picks
//! the page, so the URL scheme lives in one place. [`nav`] moves between
//! pages of the same locale without loading documents.
//!
//! The main area is always HTML: a content page as the build rendered it
//! (from the document the browser loaded, or fetched for client-side
//! navigation), or a page that depends on the reader (search results, not
//! found, any number), rendered by [`crate::reader_pages`]. So the bundle
//! carries no content model and no page templates, and a page's strings
//! come from the page ([`BrowserData`]), not from the bundle.

pub mod components;
#[cfg(feature = "ssr")]
pub mod content;
pub mod nav;
mod search_box;
pub mod store;
#[cfg(feature = "hydrate")]
mod tools;

use std::sync::Arc;

use leptos::prelude::*;

use crate::page::{BrowserData, PageHtml};
use crate::reader_pages::{
    any_number_page, failed_page, loading_page, not_found_page, number_page, search_page,
    too_large_page,
};
use crate::route::{resolve, too_long_number, Resolved, Route};
use crate::ui::BrowserKey;
use components::{Footer, Header};
pub use nav::Location;
pub use store::{PageStore, Slot, DATA_ID, PAGE_ID};

/// What the main area shows: the page, and the URL it is the page of.
fn shown(data: &BrowserData, store: &PageStore, location: &Location) -> (String, PageHtml) {
    let path = location.path.clone();
    match resolve(&location.path) {
        // The redirect itself is an effect; meanwhile, say that it loads.
        Resolved::Redirect(to) => (to, loading_page(data)),
        // The not-found page as a static host serves it, at whatever path:
        // the build cannot know which.
        Resolved::NotFound(locale) if path == crate::route::not_found_url(locale) => {
            (path.clone(), not_found_page(data, None))
        }
        Resolved::NotFound(locale) if path == crate::route::number_page_url(locale) => {
            (path.clone(), any_number_page(data))
        }
        Resolved::NotFound(_) if too_long_number(&path).is_some() => {
            let digits = too_long_number(&path).unwrap_or_default();
            (path.clone(), too_large_page(data, &digits))
        }
        Resolved::NotFound(_) => (path.clone(), not_found_page(data, Some(&path))),
        Resolved::Page(page) => {
            let url = page.url();
            let query = location.param("q").unwrap_or_default();
            let html = match &page.route {
                Route::Search if !query.trim().is_empty() => {
                    search_page(data, &query, &store.search(data, &query, 50), &[])
                }
                Route::Number(n) if !data.site.has_page(&page.route) => number_page(data, *n, &[]),
                // Pages the site map says do not exist are shown without a
                // request that would only fail.
                _ if !data.site.has_page(&page.route) => not_found_page(data, Some(&path)),
                _ => match store.page(&url) {
                    Slot::Ready(page) => (*page).clone(),
                    Slot::Loading => loading_page(data),
                    Slot::Missing => not_found_page(data, Some(&path)),
                    Slot::Failed => failed_page(data, &url),
                },
            };
            (url, html)
        }
    }
}

/// The whole site. `data` is what the page carries; `page` the content
/// page the document was rendered with, by its URL (the browser reads it
/// back out of the document rather than loading it twice).
#[component]
pub fn App(
    data: BrowserData,
    location: Location,
    page: Option<(String, PageHtml)>,
) -> impl IntoView {
    let data = Arc::new(data);
    let location = RwSignal::new(location);
    let store = PageStore::new(page);
    #[cfg(feature = "hydrate")]
    {
        nav::install(location, data.locale);
        tools::install_copy(data.ui(BrowserKey::Copy), data.ui(BrowserKey::Copied));
    }

    let main = {
        let data = data.clone();
        Memo::new(move |_| shown(&data, &store, &location.get()))
    };

    #[cfg(feature = "hydrate")]
    {
        // Keep the document head in step with what is shown.
        Effect::new(move |_| {
            let (_, page) = main.get();
            let document = document();
            document.set_title(&page.title);
            if let Some(meta) = document
                .query_selector("meta[name=description]")
                .ok()
                .flatten()
            {
                let _ = meta.set_attribute("content", &page.description);
            }
        });
        // Tools and copy buttons, on whatever the main area now shows (a
        // tool page's answer depends on the URL's query as well).
        {
            let locale = data.locale;
            Effect::new(move |_| {
                main.track();
                location.track();
                if let Some(page) = document().get_element_by_id(PAGE_ID) {
                    tools::enhance_copy_buttons(&page);
                }
                tools::activate(locale);
            });
        }
        // Non-canonical paths go to their page, in place.
        Effect::new(move |_| {
            let here = location.get();
            if let Resolved::Redirect(to) = resolve(&here.path) {
                let hash = window().location().hash().unwrap_or_default();
                nav::navigate(location, &format!("{to}{}{hash}", here.query), true);
            }
        });
        // After a client-side navigation, move focus to the new content, as
        // a page load would for keyboard and screen reader users.
        Effect::new(move |previous: Option<()>| {
            location.track();
            if previous.is_some() {
                use wasm_bindgen::JsCast;
                if let Some(main) = document()
                    .get_element_by_id("content")
                    .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
                {
                    let _ = main.focus();
                }
            }
        });
    }

    let skip = data.ui(BrowserKey::SkipToContent).to_string();
    view! {
        <div class="shell">
            <a class="skip-link" href="#content">{skip}</a>
            <Header data=data.clone() location=location store=store/>
            <main id="content" tabindex="-1">
                <div
                    id=PAGE_ID
                    class="page"
                    data-url=move || main.get().0
                    inner_html=move || main.get().1.html
                ></div>
            </main>
            <Footer data=data/>
        </div>
    }
}

/// Starts the app on the page the browser loaded: hydrates it where the
/// HTML was rendered for exactly this URL, and renders anew otherwise
/// (`404.html`, which static hosts serve at any path, `number.html`, which
/// hosts with rewrite rules serve for numbers, and the search page with a
/// query). A page served for another locale's path (the one
/// `404.html`) first fetches that locale's strings.
#[cfg(feature = "hydrate")]
pub fn start() {
    let document = document();
    let location = nav::current();
    let data = store::fetch::data_text(&document).map(|text| BrowserData::parse(&text));
    let data = match data {
        Some(Ok(data)) => data,
        // Without its data the page stays as the build wrote it: readable,
        // without search or client-side navigation.
        Some(Err(bad)) => {
            leptos::logging::error!("closecodes: the page's data is broken at {bad}");
            return;
        }
        None => {
            leptos::logging::error!("closecodes: the page carries no data");
            return;
        }
    };
    let wanted = match resolve(&location.path) {
        Resolved::Page(page) => page.locale,
        Resolved::NotFound(locale) => locale,
        Resolved::Redirect(_) => data.locale,
    };
    if wanted == data.locale {
        mount(data, location);
        return;
    }
    wasm_bindgen_futures::spawn_local(async move {
        let other = crate::route::not_found_url(wanted);
        let fetched = match store::fetch::text(&other).await {
            Ok(Some(text)) => store::fetch::parse(&text),
            _ => None,
        };
        let data = fetched
            .and_then(|doc| {
                let text = store::fetch::data_text(&doc)?;
                let data = BrowserData::parse(&text).ok()?;
                // The document takes the language and direction of the
                // page it now shows.
                let ours = leptos::prelude::document().document_element();
                if let (Some(theirs), Some(ours)) = (doc.document_element(), ours) {
                    for attr in ["lang", "dir"] {
                        if let Some(value) = theirs.get_attribute(attr) {
                            let _ = ours.set_attribute(attr, &value);
                        }
                    }
                }
                Some(data)
            })
            .unwrap_or(data);
        mount(data, location);
    });
}

#[cfg(feature = "hydrate")]
fn mount(data: BrowserData, location: Location) {
    let document = document();
    let element = document.get_element_by_id(PAGE_ID);
    let rendered_for = element.as_ref().and_then(|el| el.get_attribute("data-url"));
    if let (Some(element), Resolved::Page(page)) = (&element, resolve(&location.path)) {
        let exact = page.locale == data.locale
            && rendered_for.as_deref() == Some(page.url().as_str())
            && page.url() == location.path
            && location.query.is_empty();
        if exact {
            // Hydrate, taking the page from the markup itself rather than
            // from a second copy.
            let html = PageHtml {
                title: document.title(),
                description: store::fetch::description(&document),
                html: element.inner_html(),
            };
            let page = Some((page.url(), html));
            leptos::mount::hydrate_body(
                move || view! { <App data=data location=location page=page/> },
            );
            return;
        }
    }
    if let Some(body) = document.body() {
        body.set_inner_html("");
    }
    leptos::mount::mount_to_body(move || view! { <App data=data location=location page=None/> });
}
