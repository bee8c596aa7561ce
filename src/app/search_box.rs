//! The search box in every page header: an accessible combobox with results
//! as you type.
//!
//! Its index loads on first focus, not with the page, and stays cached.
//! Without script it is a plain form that leads to the search page.

use leptos::prelude::*;

use super::store::{IndexSlot, PageStore};
use crate::locale::{fill, Locale};
use crate::route::{code_url, search_url, url, Route};
use crate::search::SearchHit;

/// How many results the box lists.
const SHOWN: usize = 8;

/// One result: code, name, service and snippet.
#[component]
pub fn HitLabel(hit: SearchHit) -> impl IntoView {
    let snippet = hit.snippet_html();
    view! {
        <span class="hit-head">
            {hit.code.map(|c| view! { <span class="code-number">{c}</span> " " })}
            <span class="code-name">{hit.title}</span>
            {(!hit.service.is_empty()).then(|| view! { " " <span class="code-service">{hit.service}</span> })}
        </span>
        " "
        <span class="hit-snippet" inner_html=snippet></span>
    }
}

/// The header search box.
#[component]
pub fn SearchBox(locale: Locale) -> impl IntoView {
    let ui = locale.ui();
    let store = expect_context::<PageStore>();
    let query = RwSignal::new(String::new());
    let open = RwSignal::new(false);
    let active = RwSignal::new(None::<usize>);
    let wanted = RwSignal::new(false);
    let input_ref = NodeRef::<leptos::html::Input>::new();

    // The index, once the box has been focused.
    let slot = move || wanted.get().then(|| store.index(locale));
    let hits = Memo::new(move |_| -> Option<Vec<SearchHit>> {
        let q = query.get();
        slot()?;
        store.search(locale, &q, SHOWN)
    });
    let status = move || {
        let q = query.get();
        if q.trim().is_empty() {
            return String::new();
        }
        match (slot(), hits.get()) {
            (Some(IndexSlot::Failed), _) => ui.search_failed.to_string(),
            (_, None) => ui.search_loading.to_string(),
            (_, Some(h)) if h.is_empty() => fill(ui.search_no_match, &[("query", q.trim())]),
            _ => String::new(),
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
        let navigate = leptos_router::hooks::use_navigate();
        navigate(&href, Default::default());
    };
    let choose = move || {
        let q = query.get_untracked();
        let q = q.trim();
        if q.is_empty() {
            return;
        }
        let list = hits.get_untracked().unwrap_or_default();
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
        let count = hits.get_untracked().map(|h| h.len()).unwrap_or(0);
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
    #[cfg(target_arch = "wasm32")]
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

    let listbox_id = "search-results";
    let option_id = |i: usize| format!("search-option-{i}");
    let expanded = move || {
        open.get() && !query.get().trim().is_empty() && hits.get().is_some_and(|h| !h.is_empty())
    };

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
            <label class="visually-hidden" for="site-search">{ui.search_label}</label>
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
                placeholder=ui.search_placeholder
                on:focus=move |_| {
                    wanted.set(true);
                    open.set(true);
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
            <ul id=listbox_id role="listbox" aria-label=ui.search_label class="search-results" hidden=move || !expanded()>
                {move || {
                    hits.get()
                        .unwrap_or_default()
                        .into_iter()
                        .enumerate()
                        .map(|(i, hit)| {
                            let href = url(locale, &hit.route);
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
                                        on:mousedown=move |ev| ev.prevent_default()
                                        on:click=move |ev| {
                                            ev.prevent_default();
                                            go(href.clone());
                                        }
                                    >
                                        <HitLabel hit=hit/>
                                    </a>
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ul>
            <p class="search-status" role="status" aria-live="polite">{status}</p>
            <button type="submit" class="visually-hidden">{ui.search_submit}</button>
        </form>
    }
}
