//! Pages rendered wherever they are shown, because they depend on what the
//! reader did: the search page (its query), the not-found page (the path)
//! and the page of a number without content of its own. Plus the loading
//! and failure states.

use leptos::either::EitherOf3;
use leptos::prelude::*;

use super::components::{CodeList, ListItem};
use super::search_box::HitLabel;
use super::store::{PageContent, PageStore};
use crate::locale::{fill, Locale};
use crate::model::Range;
use crate::page::{DirectoryData, ServiceEntry};
use crate::route::{code_in_path, code_url, range_url, url, Route};

/// The directory of a locale from the store, if it has arrived.
pub fn directory(locale: Locale) -> Option<DirectoryData> {
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
    let store = expect_context::<PageStore>();
    let query = query.trim().to_string();
    let shown = query.clone();
    let body = move || {
        let query = shown.clone();
        let every_code = move || {
            directory(locale).map(|data| {
                let items: Vec<ListItem> = data
                    .codes
                    .iter()
                    .map(|c| ListItem::code(locale, c))
                    .collect();
                view! { <CodeList items=items/> }
            })
        };
        if query.is_empty() {
            return EitherOf3::A(view! {
                <p class="lead">{ui.search_help}</p>
                {every_code}
            });
        }
        let heading = fill(ui.search_results_for, &[("query", &query)]);
        let Some(hits) = store.search(locale, &query, 50) else {
            return EitherOf3::B(view! { <LoadingView locale=locale/> });
        };
        let found = !hits.is_empty();
        EitherOf3::C(view! {
            <h2>{heading}</h2>
            {(!found).then(|| view! {
                <p>{fill(ui.search_no_match, &[("query", &query)])}</p>
                <p class="lead">{ui.search_help}</p>
            })}
            <ul class="hit-list">
                {hits
                    .into_iter()
                    .map(|hit| {
                        let href = url(locale, &hit.route);
                        view! { <li><a href=href><HitLabel hit=hit/></a></li> }
                    })
                    .collect_view()}
            </ul>
            {(!found).then(every_code)}
        })
    };
    view! {
        <div class="search-page">
            <h1>{ui.search_title}</h1>
            <form class="search-page-form" action=url(locale, &Route::Search) method="get" role="search">
                <label for="search-page-input">{ui.search_label}</label>
                <input id="search-page-input" type="search" name="q" value=query.clone()/>
                <button type="submit">{ui.search_submit}</button>
            </form>
            {body}
        </div>
    }
}

/// The ranges of numbers, each linking to its page.
#[component]
pub fn RangeList(locale: Locale) -> impl IntoView {
    let ui = locale.ui();
    view! {
        <ul class="range-list">
            {Range::ALL
                .into_iter()
                .map(|range| {
                    let (low, high) = range.bounds();
                    view! {
                        <li>
                            <a href=range_url(locale, range)>
                                <span class="code-number">{format!("{low}-{high}")}</span>
                                " "
                                <span class="code-name">{(ui.range_name)(range)}</span>
                                " "
                                <span class="code-summary">{(ui.range_summary)(range)}</span>
                            </a>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}

/// The page of a number: its range, what services mean by it and how to
/// find out more. Rendered at build time for numbers that services define,
/// and in the browser for any other number.
#[component]
pub fn NumberView(locale: Locale, number: u32, meanings: Vec<ServiceEntry>) -> impl IntoView {
    let ui = locale.ui();
    let range = Range::of(number);
    let (low, high) = range.bounds();
    let n = number.to_string();
    let (low_text, high_text) = (low.to_string(), high.to_string());
    let in_range = fill(
        ui.number_in_range,
        &[
            ("number", &n),
            ("low", &low_text),
            ("high", &high_text),
            ("range", (ui.range_name)(range)),
        ],
    );
    let meanings = if meanings.is_empty() {
        leptos::either::Either::Left(
            view! { <p>{fill(ui.number_no_meaning, &[("number", &n)])}</p> },
        )
    } else {
        let items: Vec<ListItem> = meanings
            .iter()
            .map(|s| ListItem::service(locale, s))
            .collect();
        leptos::either::Either::Right(view! {
            <h2>{fill(ui.number_meanings, &[("number", &n)])}</h2>
            <CodeList items=items/>
        })
    };
    view! {
        <article class="number-page">
            <header class="page-head">
                <p class="kicker">{ui.number_kicker}</p>
                <h1 class="code-title">
                    <span class="code-number">{number}</span>
                    " "
                    <span class="code-name">{(ui.range_name)(range)}</span>
                </h1>
                <p class="lead">{in_range} " " {(ui.range_summary)(range)}</p>
            </header>
            {meanings}
            <section class="prose">
                <h2>{fill(ui.number_find_out, &[("number", &n)])}</h2>
                <p>{(ui.range_advice)(range)}</p>
                <p>
                    <a href=range_url(locale, range)>
                        {fill(ui.see_range, &[("low", &low_text), ("high", &high_text)])}
                    </a>
                </p>
            </section>
        </article>
    }
}

/// The not-found page, with a link to a code the path seems to name and the
/// ranges of numbers.
#[component]
pub fn NotFoundView(locale: Locale, path: String) -> impl IntoView {
    let ui = locale.ui();
    let numbers = code_in_path(&path);
    let hint = move || {
        if numbers.is_empty() {
            return None;
        }
        let directory = directory(locale)?;
        let found = numbers
            .iter()
            .find_map(|n| directory.find(u32::from(*n)))?
            .clone();
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
                <a class="button" href=url(locale, &Route::Home)>{ui.go_home}</a>
            </p>
            <h2>{ui.ranges_heading}</h2>
            <p>{ui.ranges_blurb}</p>
            <RangeList locale=locale/>
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
