//! The Leptos application: the shell around every page and the dispatch from
//! the current URL to what the main area shows.
//!
//! Routing is [`crate::route::resolve`]: one view reads the path and picks
//! the page, so the URL scheme lives in one place. leptos_router provides
//! the browser side: history, and client-side navigation for every
//! same-origin link (including links inside rendered markdown).
//!
//! Content pages (home, codes, comparisons) are rendered to HTML at build
//! time by [`content`] and shown as fragments, so the browser bundle carries
//! no content model and no page templates. Pages that depend on what the
//! reader does (search, not found) are rendered by [`pages`] in both places.

mod components;
#[cfg(feature = "ssr")]
pub mod content;
mod pages;
mod search_box;
pub mod store;

use leptos::either::EitherOf5;
use leptos::prelude::*;
use leptos_meta::{provide_meta_context, Html, Meta, Title};
use leptos_router::{components::Router, hooks::use_location};

use crate::locale::Locale;
use crate::route::{resolve, Resolved, Route};
use components::{Footer, Header};
use pages::{FailedView, LoadingView, NotFoundView, SearchView};
pub use store::{data_url, PageContent, PageStore, Slot, DIRECTORY_ID, PAGE_ID};

/// The whole site. `pages` are the page data known at start: read from the
/// loaded HTML in the browser, built from the catalog when prerendering.
#[component]
pub fn App(pages: Vec<(String, PageContent)>) -> impl IntoView {
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
    let store = expect_context::<PageStore>();
    let resolved = Memo::new(move |_| resolve(&location.pathname.get()));
    let locale = Memo::new(move |_| match resolved.get() {
        Resolved::Page(page) => page.locale,
        Resolved::NotFound(locale) => locale,
        Resolved::Redirect(_) => Locale::default_locale(),
    });

    // The document title and description of what is shown.
    let head = Memo::new(move |_| {
        let ui = locale.get().ui();
        let fixed = |title: &str| (title.to_string(), ui.home_description.to_string());
        match resolved.get() {
            Resolved::Page(page) if page.route == Route::Search => fixed(ui.search_title),
            Resolved::Page(page) => match store.get(page) {
                Slot::Ready(content) => match &*content {
                    PageContent::Fragment(f) => (f.title.clone(), f.description.clone()),
                    PageContent::Directory(_) => fixed(ui.load_failed),
                },
                Slot::Loading => fixed(ui.loading),
                Slot::Missing => fixed(ui.not_found_title),
                Slot::Failed => fixed(ui.load_failed),
            },
            Resolved::NotFound(_) => fixed(ui.not_found_title),
            Resolved::Redirect(_) => fixed(ui.loading),
        }
    });

    // Static dispatch (EitherOf5) rather than AnyView keeps the wasm small:
    // every AnyView carries all of its render paths, used or not.
    let main = move || {
        let path = location.pathname.get_untracked();
        let failed = |locale| EitherOf5::E(view! { <FailedView locale=locale path=path.clone()/> });
        match resolved.get() {
            Resolved::Page(page) if page.route == Route::Search => {
                let query =
                    crate::route::query_param(&location.search.get(), "q").unwrap_or_default();
                EitherOf5::A(view! { <SearchView locale=page.locale query=query/> })
            }
            Resolved::Page(page) => match store.get(page) {
                Slot::Ready(content) => match &*content {
                    PageContent::Fragment(fragment) => EitherOf5::B(view! {
                        <div id=PAGE_ID class="page" data-url=page.url() inner_html=fragment.html.clone()></div>
                    }),
                    PageContent::Directory(_) => failed(page.locale),
                },
                Slot::Loading => EitherOf5::C(view! { <LoadingView locale=page.locale/> }),
                Slot::Missing => {
                    EitherOf5::D(view! { <NotFoundView locale=page.locale path=path.clone()/> })
                }
                Slot::Failed => failed(page.locale),
            },
            Resolved::NotFound(locale) => {
                EitherOf5::D(view! { <NotFoundView locale=locale path=path.clone()/> })
            }
            Resolved::Redirect(to) => {
                #[cfg(target_arch = "wasm32")]
                {
                    let navigate = leptos_router::hooks::use_navigate();
                    leptos::task::spawn_local(async move {
                        navigate(
                            &to,
                            leptos_router::NavigateOptions {
                                replace: true,
                                ..Default::default()
                            },
                        );
                    });
                }
                #[cfg(not(target_arch = "wasm32"))]
                let _ = to;
                EitherOf5::C(view! { <LoadingView locale=locale.get_untracked()/> })
            }
        }
    };

    // leptos_router commits a navigation to the history (and scrolls) only
    // once the new route says it is ready; this shell is always ready.
    #[cfg(not(feature = "ssr"))]
    {
        use leptos_router::location::{BrowserUrl, LocationProvider};
        if let Some(browser_url) = use_context::<BrowserUrl>() {
            Effect::new(move |previous: Option<()>| {
                location.pathname.track();
                location.search.track();
                browser_url.ready_to_complete();
                // After a client-side navigation, move focus to the new
                // content, as a full page load would for keyboard and screen
                // reader users.
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
    }

    view! {
        <Html {..} lang=move || locale.get().info().html_lang/>
        <Title text=move || head.get().0/>
        <Meta name="description" content=move || head.get().1/>
        {move || {
            let locale = locale.get();
            view! {
                <a class="skip-link" href="#content">{locale.ui().skip_to_content}</a>
                <Header locale=locale resolved=resolved/>
                <main id="content" tabindex="-1">{main}</main>
                <Footer locale=locale/>
            }
        }}
    }
}
