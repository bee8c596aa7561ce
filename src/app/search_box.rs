//! The search box in every page header: an accessible combobox with results
//! as you type.
//!
//! Its index loads on first focus, not with the page, and stays cached.
//! Without script it is a plain form that leads to the search page.

use std::sync::Arc;

use leptos::prelude::*;

use super::nav::Location;
use super::store::PageStore;
use crate::locale::Locale;
use crate::page::BrowserData;
use crate::reader_pages::{hit_label, SearchState};
use crate::route::{code_url, search_url, url, Route};
use crate::search::SearchHit;
use crate::ui::{fill, BrowserKey};

/// How many results the box lists.
const SHOWN: usize = 8;

/// Where Enter in the box leads: the chosen result; for a bare number,
/// that number's page (every number has one); else the best result, or
/// the search page when there is none.
pub fn target(locale: Locale, query: &str, chosen: Option<usize>, hits: &[SearchHit]) -> String {
    let query = query.trim();
    let number = query.parse::<u32>().ok().filter(|_| query.len() <= 9);
    match (chosen.and_then(|i| hits.get(i)), number) {
        (Some(hit), _) => url(locale, &hit.route),
        (None, Some(number)) => code_url(locale, number),
        (None, None) => match hits.first() {
            Some(hit) => url(locale, &hit.route),
            None => search_url(locale, query),
        },
    }
}

/// The state of the combobox.
#[derive(Clone, Copy)]
struct Combobox {
    query: RwSignal<String>,
    /// Whether the list may show.
    open: RwSignal<bool>,
    /// The highlighted result.
    active: RwSignal<Option<usize>>,
    /// Whether the reader has used the box (the index loads then).
    wanted: RwSignal<bool>,
    input: NodeRef<leptos::html::Input>,
}

impl Combobox {
    fn new() -> Combobox {
        Combobox {
            query: RwSignal::new(String::new()),
            open: RwSignal::new(false),
            active: RwSignal::new(None),
            wanted: RwSignal::new(false),
            input: NodeRef::new(),
        }
    }

    /// Empties the box and leaves it.
    fn reset(self) {
        self.open.set(false);
        self.active.set(None);
        self.query.set(String::new());
        if let Some(input) = self.input.get_untracked() {
            input.set_value("");
            let _ = input.blur();
        }
    }

    /// Arrow keys move through `count` results; Escape closes the list,
    /// then empties the box.
    fn on_keydown(self, ev: &web_sys::KeyboardEvent, count: usize) {
        match ev.key().as_str() {
            "ArrowDown" => {
                ev.prevent_default();
                self.open.set(true);
                if count > 0 {
                    self.active
                        .update(|a| *a = Some(a.map_or(0, |i| (i + 1) % count)));
                }
            }
            "ArrowUp" => {
                ev.prevent_default();
                if count > 0 {
                    self.active
                        .update(|a| *a = Some(a.map_or(count - 1, |i| (i + count - 1) % count)));
                }
            }
            "Escape" => {
                if self.open.get_untracked() {
                    ev.prevent_default();
                    self.open.set(false);
                    self.active.set(None);
                } else if let Some(input) = self.input.get_untracked() {
                    input.set_value("");
                    self.query.set(String::new());
                }
            }
            _ => {}
        }
    }

    /// Closes the list a moment after the box loses focus (so that a click
    /// on a result still lands), unless the reader has come back.
    fn on_blur(self) {
        let input = self.input;
        let open = self.open;
        set_timeout(
            move || {
                let focused = input.get_untracked().is_some_and(|input| {
                    document().active_element().is_some_and(|el| {
                        let input: &web_sys::Element = &input;
                        &el == input
                    })
                });
                if !focused {
                    open.set(false);
                }
            },
            std::time::Duration::from_millis(200),
        );
    }
}

/// "/" focuses the box from anywhere on the page, unless typing elsewhere.
#[cfg(feature = "hydrate")]
fn focus_on_slash(input: NodeRef<leptos::html::Input>) {
    let handle = window_event_listener(leptos::ev::keydown, move |ev| {
        use wasm_bindgen::JsCast;
        if ev.key() != "/" || ev.ctrl_key() || ev.meta_key() || ev.alt_key() {
            return;
        }
        let typing = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .is_some_and(|el| {
                matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
                    || el.has_attribute("contenteditable")
            });
        if !typing {
            if let Some(input) = input.get_untracked() {
                ev.prevent_default();
                let _ = input.focus();
            }
        }
    });
    on_cleanup(move || handle.remove());
}

/// The header search box.
#[component]
pub fn SearchBox(
    /// What the page carries for the browser.
    data: Arc<BrowserData>,
    /// Where the reader is: choosing a result goes somewhere else.
    location: RwSignal<Location>,
    /// Where the index comes from.
    store: PageStore,
) -> impl IntoView {
    let locale = data.locale;
    let state = Combobox::new();
    let searched = {
        let data = data.clone();
        Memo::new(move |_| -> SearchState {
            let q = state.query.get();
            if !state.wanted.get() || q.trim().is_empty() {
                return SearchState::Results(Vec::new());
            }
            store.search(&data, &q, SHOWN)
        })
    };
    let hits = move || match searched.get() {
        SearchState::Results(hits) => hits,
        _ => Vec::new(),
    };
    let status = {
        let data = data.clone();
        move || {
            let q = state.query.get();
            let q = q.trim();
            match searched.get() {
                _ if q.is_empty() => String::new(),
                SearchState::Failed => data.ui(BrowserKey::SearchFailed).to_string(),
                SearchState::Loading => data.ui(BrowserKey::SearchLoading).to_string(),
                SearchState::Results(h) if h.is_empty() => {
                    fill(data.ui(BrowserKey::SearchNoMatch), &[("query", q)])
                }
                SearchState::Results(_) => String::new(),
            }
        }
    };
    let go = move |href: String| {
        state.reset();
        #[cfg(feature = "hydrate")]
        super::nav::navigate(location, &href, false);
        #[cfg(not(feature = "hydrate"))]
        let _ = (location, href);
    };
    let choose = move || {
        let q = state.query.get_untracked();
        if !q.trim().is_empty() {
            go(target(locale, &q, state.active.get_untracked(), &hits()));
        }
    };
    let warm_up = {
        let data = data.clone();
        move || store.warm_up(&data)
    };
    #[cfg(feature = "hydrate")]
    focus_on_slash(state.input);

    let expanded =
        move || state.open.get() && !state.query.get().trim().is_empty() && !hits().is_empty();
    let label = data.ui(BrowserKey::SearchLabel).to_string();
    view! {
        <form
            class="search-box"
            role="search"
            action=url(locale, &Route::Search)
            method="get"
            on:submit=move |ev| {
                ev.prevent_default();
                choose();
            }
        >
            <label class="visually-hidden" for="site-search">{label.clone()}</label>
            <input
                id="site-search"
                node_ref=state.input
                type="search"
                name="q"
                role="combobox"
                autocomplete="off"
                spellcheck="false"
                aria-autocomplete="list"
                aria-controls=LISTBOX
                aria-expanded=move || if expanded() { "true" } else { "false" }
                aria-activedescendant=move || {
                    if expanded() { state.active.get().map(option_id) } else { None }
                }
                placeholder=data.ui(BrowserKey::SearchPlaceholder).to_string()
                on:focus=move |_| {
                    state.wanted.set(true);
                    state.open.set(true);
                    warm_up();
                }
                on:input=move |ev| {
                    state.query.set(event_target_value(&ev));
                    state.open.set(true);
                    state.active.set(None);
                }
                on:keydown=move |ev| state.on_keydown(&ev, hits().len())
                on:blur=move |_| state.on_blur()
            />
            <kbd class="search-key" aria-hidden="true">"/"</kbd>
            <ul id=LISTBOX role="listbox" aria-label=label class="search-results" hidden=move || !expanded()>
                {move || {
                    hits()
                        .into_iter()
                        .enumerate()
                        .map(|(i, hit)| view! { <ResultOption locale=locale index=i hit=hit active=state.active go=go/> })
                        .collect_view()
                }}
            </ul>
            <p class="search-status" role="status" aria-live="polite">{status}</p>
            <button type="submit" class="visually-hidden">{data.ui(BrowserKey::SearchSubmit).to_string()}</button>
        </form>
    }
}

/// The id of the list of results.
const LISTBOX: &str = "search-results";

/// The id of a result in the list.
fn option_id(index: usize) -> String {
    format!("search-option-{index}")
}

/// One result in the list.
#[component]
fn ResultOption(
    locale: Locale,
    index: usize,
    hit: SearchHit,
    active: RwSignal<Option<usize>>,
    go: impl Fn(String) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let href = url(locale, &hit.route);
    let selected = move || active.get() == Some(index);
    view! {
        <li
            id=option_id(index)
            role="option"
            aria-selected=move || if selected() { "true" } else { "false" }
            class:active=selected
        >
            <a
                href=href.clone()
                tabindex="-1"
                inner_html=hit_label(locale, &hit)
                on:mousedown=move |ev| ev.prevent_default()
                on:click=move |ev| {
                    ev.prevent_default();
                    go(href.clone());
                }
            ></a>
        </li>
    }
}
