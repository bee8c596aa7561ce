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

pub mod components;
#[cfg(feature = "ssr")]
pub mod content;
pub mod pages;
mod search_box;
pub mod store;

use leptos::either::EitherOf6;
use leptos::prelude::*;
#[cfg(feature = "ssr")]
use leptos_meta::{provide_meta_context, Html, Meta, Title};
use leptos_router::{components::Router, hooks::use_location};

use crate::locale::{fill, Locale};
use crate::page::ContentFragment;
use crate::route::{resolve, Page, Resolved, Route};
use components::{Footer, Header};
use pages::{FailedView, LoadingView, NotFoundView, NumberView, SearchView};
pub use store::{data_url, PageContent, PageStore, Slot, DIRECTORY_ID, PAGE_ID};

/// The whole site. `pages` are the page data known at start: read from the
/// loaded HTML in the browser, built from the catalog when prerendering.
#[component]
pub fn App(pages: Vec<(String, PageContent)>) -> impl IntoView {
    #[cfg(feature = "ssr")]
    provide_meta_context();
    provide_context(PageStore::new(pages));
    view! {
        <Router>
            <Site/>
        </Router>
    }
}

/// What the main area shows.
#[derive(Clone, Debug, PartialEq)]
enum Shown {
    Search(Locale),
    /// A content page rendered at build time: its URL and fragment.
    Fragment(String, ContentFragment),
    /// A number without a page of its own.
    Number(Locale, u32),
    Loading(Locale),
    NotFound(Locale),
    Failed(Locale),
    Redirect(String),
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

    // What the main area shows, decided once per change of path or data.
    let shown = Memo::new(move |_| -> Shown {
        match resolved.get() {
            Resolved::Page(page) if page.route == Route::Search => Shown::Search(page.locale),
            Resolved::Page(page) => {
                let missing = |page: &Page| match page.route {
                    Route::Number(n) => Shown::Number(page.locale, n),
                    _ => Shown::NotFound(page.locale),
                };
                // Pages the directory says do not exist are shown without a
                // request that would only fail.
                if store.has_page(&page) == Some(false) {
                    return missing(&page);
                }
                match store.get(&page) {
                    Slot::Ready(content) => match &*content {
                        PageContent::Fragment(fragment) => {
                            Shown::Fragment(page.url(), fragment.clone())
                        }
                        PageContent::Directory(_) => Shown::Failed(page.locale),
                    },
                    Slot::Loading => Shown::Loading(page.locale),
                    Slot::Missing => missing(&page),
                    Slot::Failed => Shown::Failed(page.locale),
                }
            }
            Resolved::NotFound(locale) => Shown::NotFound(locale),
            Resolved::Redirect(to) => Shown::Redirect(to),
        }
    });

    // The document title and description of what is shown.
    let head = Memo::new(move |_| {
        let ui = locale.get().ui();
        let fixed = |title: &str| (title.to_string(), ui.home_description.to_string());
        match shown.get() {
            Shown::Search(_) => fixed(ui.search_title),
            Shown::Fragment(_, f) => (f.title.clone(), f.description.clone()),
            Shown::Number(_, n) => {
                let range = (ui.range_name)(crate::model::Range::of(n));
                fixed(&fill(
                    ui.number_title,
                    &[("number", &n.to_string()), ("range", range)],
                ))
            }
            Shown::Loading(_) | Shown::Redirect(_) => fixed(ui.loading),
            Shown::NotFound(_) => fixed(ui.not_found_title),
            Shown::Failed(_) => fixed(ui.load_failed),
        }
    });

    // Static dispatch (EitherOf6) rather than AnyView keeps the wasm small:
    // every AnyView carries all of its render paths, used or not.
    let main = move || {
        let path = location.pathname.get_untracked();
        match shown.get() {
            Shown::Search(locale) => {
                let query =
                    crate::route::query_param(&location.search.get(), "q").unwrap_or_default();
                EitherOf6::A(view! { <SearchView locale=locale query=query/> })
            }
            Shown::Fragment(url, fragment) => EitherOf6::B(view! {
                <div id=PAGE_ID class="page" data-url=url inner_html=fragment.html></div>
            }),
            Shown::Number(locale, number) => EitherOf6::C(view! {
                <NumberView locale=locale number=number meanings=Vec::new()/>
            }),
            Shown::Loading(locale) => EitherOf6::D(view! { <LoadingView locale=locale/> }),
            Shown::NotFound(locale) => {
                EitherOf6::E(view! { <NotFoundView locale=locale path=path/> })
            }
            Shown::Failed(locale) => EitherOf6::F(view! { <FailedView locale=locale path=path/> }),
            Shown::Redirect(to) => {
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
                EitherOf6::D(view! { <LoadingView locale=locale.get_untracked()/> })
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

    // An element around the shell: the head tags below render nothing in
    // the body, and hydration must not depend on them.
    let shell = view! {
        <div class="shell">
            {move || {
                let locale = locale.get();
                view! {
                    <a class="skip-link" href="#content">{locale.ui().skip_to_content}</a>
                    <Header locale=locale resolved=resolved/>
                    <main id="content" tabindex="-1">{main}</main>
                    <Footer locale=locale/>
                }
            }}
        </div>
    };

    // The document head: leptos_meta writes it into the prerendered HTML; in
    // the browser three DOM writes keep it current, which costs the bundle
    // far less than leptos_meta's client side.
    #[cfg(feature = "ssr")]
    {
        view! {
            <Html {..} lang=move || locale.get().info().html_lang/>
            <Title text=move || head.get().0/>
            <Meta name="description" content=move || head.get().1/>
            {shell}
        }
    }
    #[cfg(not(feature = "ssr"))]
    {
        Effect::new(move |_| {
            let (title, description) = head.get();
            let document = document();
            document.set_title(&title);
            if let Some(meta) = document
                .query_selector("meta[name=description]")
                .ok()
                .flatten()
            {
                let _ = meta.set_attribute("content", &description);
            }
            if let Some(html) = document.document_element() {
                let _ = html.set_attribute("lang", locale.get().info().html_lang);
            }
        });
        shell
    }
}
