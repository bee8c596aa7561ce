//! The pages rendered wherever they are shown, because they depend on what
//! the reader did: the search page (its query) and the not-found page (the
//! path that was not found). Plus the loading and failure states.

use leptos::either::EitherOf3;
use leptos::prelude::*;

use super::components::CodeList;
use super::store::{PageContent, PageStore};
use crate::locale::{fill, Locale};
use crate::page::DirectoryData;
use crate::route::{code_in_path, code_url, url, Route};
use crate::search::quick_search;

/// The directory of a locale from the store, if it has arrived.
fn directory(locale: Locale) -> Option<DirectoryData> {
    let store = expect_context::<PageStore>();
    match store.directory(locale).as_deref() {
        Some(PageContent::Directory(d)) => Some(d.clone()),
        _ => None,
    }
}

/// The search page: results for `?q=`, or every code with a short help text
/// (which is also what shows without script).
#[component]
pub fn SearchView(locale: Locale, query: String) -> impl IntoView {
    let ui = locale.ui();
    let query = query.trim().to_string();
    let shown = query.clone();
    let body = move || {
        let Some(data) = directory(locale) else {
            return EitherOf3::A(view! { <LoadingView locale=locale/> });
        };
        let query = shown.clone();
        let hits: Vec<_> = quick_search(&data, &query, 50)
            .into_iter()
            .cloned()
            .collect();
        if !hits.is_empty() {
            let heading = fill(ui.search_results_for, &[("query", &query)]);
            return EitherOf3::B(view! {
                <h2>{heading}</h2>
                <CodeList locale=locale codes=hits/>
            });
        }
        // No query, or nothing found: explain, and list every code.
        let no_match = (!query.is_empty()).then(|| {
            view! {
                <h2>{fill(ui.search_results_for, &[("query", &query)])}</h2>
                <p>{fill(ui.search_no_match, &[("query", &query)])}</p>
            }
        });
        EitherOf3::C(view! {
            {no_match}
            <p class="lead">{ui.search_help}</p>
            <CodeList locale=locale codes=data.codes.clone()/>
        })
    };
    view! {
        <div class="search-page">
            <h1>{ui.search_title}</h1>
            <form class="search-page-form" action=url(locale, Route::Search) method="get" role="search">
                <label for="search-page-input">{ui.search_label}</label>
                <input id="search-page-input" type="search" name="q" value=query.clone()/>
                <button type="submit">{ui.search_submit}</button>
            </form>
            {body}
        </div>
    }
}

/// The not-found page, with a link to a code the path seems to name.
#[component]
pub fn NotFoundView(locale: Locale, path: String) -> impl IntoView {
    let ui = locale.ui();
    let numbers = code_in_path(&path);
    let hint = move || {
        if numbers.is_empty() {
            return None;
        }
        let directory = directory(locale)?;
        let found = numbers.iter().find_map(|n| directory.find(*n))?.clone();
        Some(view! {
            <p class="hint">
                <a href=code_url(locale, found.code)>
                    {fill(
                        ui.not_found_code_hint,
                        &[("code", &found.code.to_string()), ("name", &found.name)],
                    )}
                </a>
            </p>
        })
    };
    view! {
        <div class="not-found">
            <h1>{ui.not_found_title}</h1>
            <p class="lead">{fill(ui.not_found_text, &[("path", &path)])}</p>
            {hint}
            <p>
                <a class="button" href=url(locale, Route::Home)>{ui.go_home}</a>
            </p>
        </div>
    }
}

/// Shown while a page's data is on its way.
#[component]
pub fn LoadingView(locale: Locale) -> impl IntoView {
    view! { <p class="loading" role="status">{locale.ui().loading}</p> }
}

/// Shown when a page's data could not be loaded.
#[component]
pub fn FailedView(
    locale: Locale,
    /// The page's path: the reload link leads there with a full page load.
    path: String,
) -> impl IntoView {
    view! {
        <div class="failed" role="alert">
            <p>{locale.ui().load_failed}</p>
            <p>
                // rel=external keeps the router out: this must be a real reload.
                <a href=path rel="external">{locale.ui().reload}</a>
            </p>
        </div>
    }
}
