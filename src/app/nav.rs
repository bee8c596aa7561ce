//! Where the reader is, and client-side navigation between pages of the
//! same locale: a click on a link to such a page, or Back and Forward,
//! changes the [`Location`] without loading a new document.
//!
//! Links to another locale (the language menu), to files, to other sites
//! and links marked `rel=external` load a document as usual, so every
//! document shows one locale.

/// The path and query string of the current page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Location {
    /// The URL path: `/ja/1008/`.
    pub path: String,
    /// The query string with its `?`, or empty.
    pub query: String,
}

impl Location {
    /// A location from a path and a query string.
    pub fn new(path: &str, query: &str) -> Location {
        Location {
            path: path.to_string(),
            query: query.to_string(),
        }
    }

    /// The value of a query parameter.
    pub fn param(&self, key: &str) -> Option<String> {
        crate::route::query_param(&self.query, key)
    }
}

#[cfg(feature = "hydrate")]
pub use browser::*;

#[cfg(feature = "hydrate")]
mod browser {
    use leptos::prelude::*;
    use wasm_bindgen::JsCast;

    use super::Location;
    use crate::locale::Locale;
    use crate::route::{resolve, Resolved};

    /// The location the browser is at.
    pub fn current() -> Location {
        let location = window().location();
        Location::new(
            &location.pathname().unwrap_or_default(),
            &location.search().unwrap_or_default(),
        )
    }

    /// The locale a path belongs to.
    fn locale_of(path: &str) -> Locale {
        match resolve(path) {
            Resolved::Page(page) => page.locale,
            Resolved::NotFound(locale) => locale,
            Resolved::Redirect(to) => locale_of(&to),
        }
    }

    /// Goes to `href` (a path, with query and fragment if any) without
    /// loading a document, adding a history entry or replacing this one.
    pub fn navigate(location: RwSignal<Location>, href: &str, replace: bool) {
        let Ok(history) = window().history() else {
            return;
        };
        let pushed = if replace {
            history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(href))
        } else {
            history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(href))
        };
        if pushed.is_err() {
            let _ = window().location().set_href(href);
            return;
        }
        location.set(current());
        if !replace && !href.contains('#') {
            window().scroll_to_with_x_and_y(0.0, 0.0);
        }
    }

    /// Listens for clicks on links and for Back and Forward, for the
    /// lifetime of the page.
    pub fn install(location: RwSignal<Location>, locale: Locale) {
        let on_click = window_event_listener(leptos::ev::click, move |ev| {
            if ev.default_prevented()
                || ev.button() != 0
                || ev.meta_key()
                || ev.ctrl_key()
                || ev.shift_key()
                || ev.alt_key()
            {
                return;
            }
            let Some(link) = ev
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .and_then(|el| el.closest("a[href]").ok().flatten())
                .and_then(|el| el.dyn_into::<web_sys::HtmlAnchorElement>().ok())
            else {
                return;
            };
            let target = link.target();
            let rel = link.rel();
            if !(target.is_empty() || target == "_self")
                || link.has_attribute("download")
                || rel.split_whitespace().any(|r| r == "external")
            {
                return;
            }
            let here = window().location();
            if link.origin() != here.origin().unwrap_or_default() {
                return;
            }
            let path = link.pathname();
            // Files (an index, a feed) are not pages; another locale is
            // another document.
            let last = path.rsplit('/').next().unwrap_or("");
            if last.contains('.') || locale_of(&path) != locale {
                return;
            }
            let (query, hash) = (link.search(), link.hash());
            // A jump within this page is the browser's to make.
            let same_page = path == here.pathname().unwrap_or_default()
                && query == here.search().unwrap_or_default();
            if same_page && !hash.is_empty() {
                return;
            }
            ev.prevent_default();
            navigate(location, &format!("{path}{query}{hash}"), false);
        });
        let on_pop = window_event_listener(leptos::ev::popstate, move |_| {
            location.set(current());
        });
        on_cleanup(move || {
            on_click.remove();
            on_pop.remove();
        });
    }
}
