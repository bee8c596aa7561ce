//! The search box in every page header: an accessible combobox with results
//! as you type.
//!
//! Its index loads on first focus, not with the page, and stays cached.
//! Without script it is a plain form that leads to the search page.

use std::sync::Arc;

use leptos::prelude::*;

use super::nav::Location;
use super::store::PageStore;
use crate::page::BrowserData;
use crate::reader_pages::{hit_label, SearchState};
use crate::route::{code_url, search_url, url, Route};
use crate::search::SearchHit;
use crate::ui::{fill, BrowserKey};

/// How many results the box lists.
const SHOWN: usize = 8;

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
    let query = RwSignal::new(String::new());
    let open = RwSignal::new(false);
    let active = RwSignal::new(None::<usize>);
    let wanted = RwSignal::new(false);
    let input_ref = NodeRef::<leptos::html::Input>::new();

    let searched = {
        let data = data.clone();
        Memo::new(move |_| -> SearchState {
            let q = query.get();
            if !wanted.get() || q.trim().is_empty() {
                return SearchState::Results(Vec::new());
            }
            store.search(&data, &q, SHOWN)
        })
    };
    let hits = move || -> Vec<SearchHit> {
        match searched.get() {
            SearchState::Results(hits) => hits,
            _ => Vec::new(),
        }
    };
    let status = {
        let data = data.clone();
        move || {
            let q = query.get();
            let q = q.trim();
            if q.is_empty() {
                return String::new();
            }
            match searched.get() {
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
        open.set(false);
        active.set(None);
        query.set(String::new());
        if let Some(input) = input_ref.get_untracked() {
            input.set_value("");
            let _ = input.blur();
        }
        #[cfg(feature = "hydrate")]
        super::nav::navigate(location, &href, false);
        #[cfg(not(feature = "hydrate"))]
        let _ = (location, href);
    };
    let choose = move || {
        let q = query.get_untracked();
        let q = q.trim();
        if q.is_empty() {
            return;
        }
        let list = match searched.get_untracked() {
            SearchState::Results(hits) => hits,
            _ => Vec::new(),
        };
        let number = q.parse::<u32>().ok().filter(|_| q.len() <= 9);
        match (active.get_untracked(), number) {
            // A chosen result wins.
            (Some(index), _) if index < list.len() => go(url(locale, &list[index].route)),
            // A bare number leads to everything about that number, which
            // exists for every number.
            (_, Some(number)) => go(code_url(locale, number)),
            _ => match list.first() {
                Some(hit) => go(url(locale, &hit.route)),
                None => go(search_url(locale, q)),
            },
        }
    };

    let on_keydown = move |ev: web_sys::KeyboardEvent| {
        let count = hits().len();
        match ev.key().as_str() {
            "ArrowDown" => {
                ev.prevent_default();
                open.set(true);
                if count > 0 {
                    active.update(|a| *a = Some(a.map_or(0, |i| (i + 1) % count)));
                }
            }
            "ArrowUp" => {
                ev.prevent_default();
                if count > 0 {
                    active.update(|a| *a = Some(a.map_or(count - 1, |i| (i + count - 1) % count)));
                }
            }
            "Escape" => {
                if open.get_untracked() {
                    ev.prevent_default();
                    open.set(false);
                    active.set(None);
                } else if let Some(input) = input_ref.get_untracked() {
                    input.set_value("");
                    query.set(String::new());
                }
            }
            _ => {}
        }
    };

    // "/" focuses the box from anywhere on the page, unless typing elsewhere.
    #[cfg(feature = "hydrate")]
    {
        let handle = window_event_listener(leptos::ev::keydown, move |ev| {
            use wasm_bindgen::JsCast;
            if ev.key() != "/" || ev.ctrl_key() || ev.meta_key() || ev.alt_key() {
                return;
            }
            let typing = ev
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .map(|el| {
                    matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
                        || el.has_attribute("contenteditable")
                })
                .unwrap_or(false);
            if !typing {
                if let Some(input) = input_ref.get_untracked() {
                    ev.prevent_default();
                    let _ = input.focus();
                }
            }
        });
        on_cleanup(move || handle.remove());
    }

    let warm_up = {
        let data = data.clone();
        move || store.warm_up(&data)
    };
    let listbox_id = "search-results";
    let option_id = |i: usize| format!("search-option-{i}");
    let expanded = move || open.get() && !query.get().trim().is_empty() && !hits().is_empty();
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
                node_ref=input_ref
                type="search"
                name="q"
                role="combobox"
                autocomplete="off"
                spellcheck="false"
                aria-autocomplete="list"
                aria-controls=listbox_id
                aria-expanded=move || if expanded() { "true" } else { "false" }
                aria-activedescendant=move || {
                    if expanded() { active.get().map(option_id) } else { None }
                }
                placeholder=data.ui(BrowserKey::SearchPlaceholder).to_string()
                on:focus=move |_| {
                    wanted.set(true);
                    open.set(true);
                    warm_up();
                }
                on:input=move |ev| {
                    query.set(event_target_value(&ev));
                    open.set(true);
                    active.set(None);
                }
                on:keydown=on_keydown
                on:blur=move |_| {
                    // Later, so that a click on a result still lands; and not
                    // if the reader has come back to the box meanwhile.
                    let close = move || {
                        let focused = input_ref.get_untracked().is_some_and(|input| {
                            document().active_element().is_some_and(|el| {
                                let input: &web_sys::Element = &input;
                                &el == input
                            })
                        });
                        if !focused {
                            open.set(false);
                        }
                    };
                    set_timeout(close, std::time::Duration::from_millis(200));
                }
            />
            <kbd class="search-key" aria-hidden="true">"/"</kbd>
            <ul id=listbox_id role="listbox" aria-label=label class="search-results" hidden=move || !expanded()>
                {move || {
                    hits()
                        .into_iter()
                        .enumerate()
                        .map(|(i, hit)| {
                            let href = url(locale, &hit.route);
                            let label = hit_label(locale, &hit);
                            let selected = move || active.get() == Some(i);
                            view! {
                                <li
                                    id=option_id(i)
                                    role="option"
                                    aria-selected=move || if selected() { "true" } else { "false" }
                                    class:active=selected
                                >
                                    <a
                                        href=href.clone()
                                        tabindex="-1"
                                        inner_html=label
                                        on:mousedown=move |ev| ev.prevent_default()
                                        on:click=move |ev| {
                                            ev.prevent_default();
                                            go(href.clone());
                                        }
                                    ></a>
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ul>
            <p class="search-status" role="status" aria-live="polite">{status}</p>
            <button type="submit" class="visually-hidden">{data.ui(BrowserKey::SearchSubmit).to_string()}</button>
        </form>
    }
}
