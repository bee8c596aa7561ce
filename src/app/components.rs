//! The frame around every page: the header (name, search box, language
//! menu) and the footer. They take props and render; none of them loads
//! data.

use std::sync::Arc;

use leptos::prelude::*;

use super::nav::Location;
use super::search_box::SearchBox;
use super::store::PageStore;
use crate::locale::Locale;
use crate::page::BrowserData;
use crate::route::{resolve, url, Resolved, Route};
use crate::ui::BrowserKey;

/// The site header: name, search box and language menu.
#[component]
pub fn Header(
    /// What the page carries for the browser.
    data: Arc<BrowserData>,
    /// Where the reader is, for the language menu.
    location: RwSignal<Location>,
    /// The store the search box asks.
    store: PageStore,
) -> impl IntoView {
    let home = url(data.locale, &Route::Home);
    let tagline = data.ui(BrowserKey::Tagline).to_string();
    let symptoms = url(data.locale, &Route::Symptoms);
    let guides = url(data.locale, &Route::Guides);
    let tools = url(data.locale, &Route::Tools);
    view! {
        <header class="site-header">
            <div class="bar">
                <a class="brand" href=home>
                    <span class="brand-name">"closecodes"</span>
                    <span class="brand-tagline">{tagline}</span>
                </a>
                <nav class="site-nav">
                    <a href=symptoms>{data.ui(BrowserKey::NavSymptoms).to_string()}</a>
                    <a href=guides>{data.ui(BrowserKey::NavGuides).to_string()}</a>
                    <a href=tools>{data.ui(BrowserKey::ToolsTitle).to_string()}</a>
                </nav>
                <SearchBox data=data.clone() location=location store=store/>
                <LanguageMenu data=data location=location/>
            </div>
        </header>
    }
}

/// The same page in another locale: for the search page with its query,
/// and the home page where the path is not a page.
pub fn page_in(location: &Location, locale: Locale) -> String {
    match resolve(&location.path) {
        Resolved::Page(page) => {
            let mut href = page.in_locale(locale).url();
            if page.route == Route::Search {
                href.push_str(&location.query);
            }
            href
        }
        _ => url(locale, &Route::Home),
    }
}

/// Every locale in its own name, the current one marked, each leading to
/// the same page in that language. A `<details>` element: it opens and
/// closes by keyboard and without script; Escape closes it too.
#[component]
fn LanguageMenu(data: Arc<BrowserData>, location: RwSignal<Location>) -> impl IntoView {
    let current = data.locale;
    let label = data.ui(BrowserKey::Language).to_string();
    let menu = NodeRef::<leptos::html::Details>::new();
    // Escape closes the menu and returns to its button.
    let close = move || {
        if let Some(menu) = menu.get_untracked() {
            if menu.open() {
                menu.set_open(false);
                if let Some(summary) = menu
                    .first_element_child()
                    .and_then(|el| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el).ok())
                {
                    let _ = summary.focus();
                }
            }
        }
    };
    let items = Locale::all()
        .map(|locale| {
            let href = move || page_in(&location.get(), locale);
            let here = (locale == current).then_some("page");
            view! {
                <li>
                    <a href=href hreflang=locale.html_lang() lang=locale.html_lang() aria-current=here>
                        {locale.native_name()}
                    </a>
                </li>
            }
        })
        .collect_view();
    view! {
        <details
            class="language-menu"
            node_ref=menu
            on:keydown=move |ev| {
                if ev.key() == "Escape" {
                    close();
                }
            }
        >
            <summary aria-label=format!("{label}: {}", current.native_name())>
                <svg class="language-icon" viewBox="0 0 24 24" aria-hidden="true">
                    <circle cx="12" cy="12" r="9" fill="none" stroke="currentColor" stroke-width="1.8"></circle>
                    <path
                        d="M3 12h18M12 3c2.5 2.6 3.8 5.6 3.8 9s-1.3 6.4-3.8 9c-2.5-2.6-3.8-5.6-3.8-9S9.5 5.6 12 3z"
                        fill="none"
                        stroke="currentColor"
                        stroke-width="1.8"
                    ></path>
                </svg>
                <span class="language-current">{current.native_name()}</span>
            </summary>
            <ul class="language-list">{items}</ul>
        </details>
    }
}

/// The site footer.
#[component]
pub fn Footer(data: Arc<BrowserData>) -> impl IntoView {
    let home = url(data.locale, &Route::Home);
    view! {
        <footer class="site-footer">
            <p>{data.ui(BrowserKey::Footer).to_string()}</p>
            <p>
                <a href=home>{data.ui(BrowserKey::AllCodes).to_string()}</a>
            </p>
        </footer>
    }
}
