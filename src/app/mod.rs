//! The Leptos application: the shell around every page and the dispatch from
//! the current URL to a page view.
//!
//! Routing is [`crate::route::resolve`]: one wildcard view reads the path and
//! picks the page, so the URL scheme lives in one place. leptos_router
//! provides the browser side: history, and client-side navigation for every
//! same-origin link (including links inside rendered markdown).

mod components;
mod pages;
mod search_box;
pub mod store;

use leptos::prelude::*;
use leptos_meta::{provide_meta_context, Html};
use leptos_router::{components::Router, hooks::use_location};

use crate::locale::Locale;
use crate::page::PageData;
use crate::route::{resolve, Page, Resolved, Route};
use components::{Footer, Header};
use pages::{
    CodeView, CompareView, FailedView, HomeView, LoadingView, NotFoundView, SearchView,
};
pub use store::{EmbeddedPages, PageStore, Slot, EMBEDDED_ID};

/// The whole site. `pages` are the page data known at start: embedded in the
/// HTML in the browser, built from the catalog when prerendering.
#[component]
pub fn App(pages: Vec<(String, PageData)>) -> impl IntoView {
    provide_meta_context();
    provide_context(PageStore::new(pages));
    view! {
        <Router>
            <Site/>
        </Router>
    }
}

/// The shell (header, main, footer) for the current path.
#[component]
fn Site() -> impl IntoView {
    let location = use_location();
    let resolved = Memo::new(move |_| resolve(&location.pathname.get()));
    let locale = Memo::new(move |_| match resolved.get() {
        Resolved::Page(page) => page.locale,
        Resolved::NotFound(locale) => locale,
        Resolved::Redirect(_) => Locale::default_locale(),
    });
    let lang = move || locale.get().info().html_lang;

    view! {
        <Html {..} lang=lang/>
        {move || {
            let locale = locale.get();
            view! {
                <a class="skip-link" href="#content">{locale.ui().skip_to_content}</a>
                <Header locale=locale resolved=resolved/>
                <main id="content" tabindex="-1">
                    {move || page_view(resolved.get(), location.pathname.get_untracked(), location.search.get())}
                </main>
                <Footer locale=locale/>
            }
        }}
    }
}

/// The view of one resolved path.
fn page_view(resolved: Resolved, path: String, search: String) -> AnyView {
    let store = expect_context::<PageStore>();
    match resolved {
        Resolved::Page(page) => match store.get(page) {
            Slot::Ready(data) => data_view(page, &data, &search, path),
            Slot::Loading => view! { <LoadingView locale=page.locale/> }.into_any(),
            Slot::Missing => view! { <NotFoundView locale=page.locale path=path/> }.into_any(),
            Slot::Failed => view! { <FailedView locale=page.locale path=path/> }.into_any(),
        },
        Resolved::NotFound(locale) => view! { <NotFoundView locale=locale path=path/> }.into_any(),
        Resolved::Redirect(to) => {
            #[cfg(target_arch = "wasm32")]
            {
                let to = to.clone();
                leptos::task::spawn_local(async move {
                    let navigate = leptos_router::hooks::use_navigate();
                    navigate(&to, leptos_router::NavigateOptions { replace: true, ..Default::default() });
                });
            }
            view! { <p><a href=to.clone()>{to.clone()}</a></p> }.into_any()
        }
    }
}

fn data_view(page: Page, data: &PageData, search: &str, path: String) -> AnyView {
    let locale = page.locale;
    match (page.route, data) {
        (Route::Home, PageData::Home(data)) => {
            view! { <HomeView locale=locale data=data.clone()/> }.into_any()
        }
        (Route::Code(_), PageData::Code(data)) => {
            view! { <CodeView locale=locale data=data.clone()/> }.into_any()
        }
        (Route::Compare(..), PageData::Compare(data)) => {
            view! { <CompareView locale=locale data=data.clone()/> }.into_any()
        }
        (Route::Search, PageData::Search(data)) => {
            let query = crate::route::query_param(search, "q").unwrap_or_default();
            view! { <SearchView locale=locale data=data.clone() query=query/> }.into_any()
        }
        // Data of another kind under this URL: treat as a broken download.
        _ => view! { <FailedView locale=locale path=path/> }.into_any(),
    }
}
