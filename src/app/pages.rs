//! One view per kind of page. Each takes its locale and its data as props
//! and sets the document title; the shell chooses which one to show.

use leptos::prelude::*;
use leptos_meta::{Meta, Title};

use super::components::{CodeList, CodeSections, FactsPanel};
use crate::locale::{fill, Locale};
use crate::model::CloseCode;
use crate::page::{CodeData, CompareData, DirectoryData, HomeData};
use crate::route::{code_in_path, code_url, compare_url, url, Route};
use crate::search::quick_search;

/// The home page: every code, grouped by what happened.
#[component]
pub fn HomeView(locale: Locale, data: HomeData) -> impl IntoView {
    let ui = locale.ui();
    view! {
        <Title text=ui.home_title/>
        <Meta name="description" content=ui.home_description/>
        <div class="home">
            <h1>{ui.home_heading}</h1>
            <p class="lead">{ui.home_intro}</p>
            {data
                .groups
                .into_iter()
                .map(|(group, codes)| {
                    view! {
                        <section class="code-group">
                            <h2>{(ui.group_title)(group)}</h2>
                            <p class="group-blurb">{(ui.group_blurb)(group)}</p>
                            <CodeList locale=locale codes=codes/>
                        </section>
                    }
                })
                .collect_view()}
        </div>
    }
}

/// The title block of a code: kicker, number and name, summary.
fn code_title(locale: Locale, code: &CloseCode) -> impl IntoView {
    view! {
        <p class="kicker">{locale.ui().code_kicker}</p>
        <h1 class="code-title">
            <span class="code-number">{code.code}</span>
            " "
            <span class="code-name">{code.name.clone()}</span>
        </h1>
        <p class="lead">{code.summary.clone()}</p>
    }
}

/// A close code's page.
#[component]
pub fn CodeView(locale: Locale, data: CodeData) -> impl IntoView {
    let ui = locale.ui();
    let code = data.code;
    let number = code.code.to_string();
    let title = fill(ui.code_title, &[("code", &number), ("name", &code.name)]);
    let compare_heading = fill(ui.compare_with, &[("code", &number)]);
    view! {
        <Title text=title/>
        <Meta name="description" content=code.summary.clone()/>
        <article class="code-page">
            <header class="page-head">{code_title(locale, &code)}</header>
            <div class="code-layout">
                <div class="code-body">
                    <CodeSections locale=locale code=code.clone() level=2/>
                </div>
                <FactsPanel
                    locale=locale
                    code=code.code
                    facts=code.facts.clone()
                    references=code.references.clone()
                />
            </div>
            <nav class="compare-with" aria-label=compare_heading.clone()>
                <h2>{compare_heading.clone()}</h2>
                <ul>
                    {data
                        .others
                        .into_iter()
                        .map(|other| {
                            view! {
                                <li>
                                    <a href=compare_url(locale, code.code, other.code)>
                                        <span class="code-number">{other.code}</span>
                                        " "
                                        {other.name}
                                    </a>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </nav>
        </article>
    }
}

/// Two codes side by side.
#[component]
pub fn CompareView(locale: Locale, data: CompareData) -> impl IntoView {
    let ui = locale.ui();
    let (a, b) = (data.a, data.b);
    let (na, nb) = (a.code.to_string(), b.code.to_string());
    let title = fill(
        ui.compare_title,
        &[("a", &na), ("a_name", &a.name), ("b", &nb), ("b_name", &b.name)],
    );
    let description = fill(ui.compare_description, &[("a", &na), ("b", &nb)]);
    let column = move |code: CloseCode| {
        let number = code.code;
        view! {
            <article class="compare-column" aria-labelledby=format!("code-{number}")>
                <h2 id=format!("code-{number}")>
                    <a href=code_url(locale, number)>
                        <span class="code-number">{number}</span>
                        " "
                        {code.name.clone()}
                    </a>
                </h2>
                <p class="lead">{code.summary.clone()}</p>
                <FactsPanel
                    locale=locale
                    code=number
                    facts=code.facts.clone()
                    references=code.references.clone()
                />
                <CodeSections locale=locale code=code.clone() level=3/>
                <p class="more">
                    <a href=code_url(locale, number)>
                        {fill(ui.read_full_page, &[("code", &number.to_string())])}
                    </a>
                </p>
            </article>
        }
    };
    view! {
        <Title text=title/>
        <Meta name="description" content=description/>
        <article class="compare-page">
            <header class="page-head">
                <p class="kicker">{ui.code_kicker}</p>
                <h1 class="compare-title">
                    <span class="code-number">{a.code}</span>
                    " "
                    {a.name.clone()}
                    <span class="vs">" vs "</span>
                    <span class="code-number">{b.code}</span>
                    " "
                    {b.name.clone()}
                </h1>
                <p class="lead" inner_html=data.intro></p>
            </header>
            <div class="compare-columns">{column(a.clone())} {column(b.clone())}</div>
            <section class="prose">
                <h2>{locale.heading(crate::model::Section::KeyDifferences)}</h2>
                <ul class="differences">
                    {data
                        .differences
                        .into_iter()
                        .map(|item| view! { <li inner_html=item></li> })
                        .collect_view()}
                </ul>
            </section>
            <section class="prose">
                <h2>{locale.heading(crate::model::Section::WhenToUseWhich)}</h2>
                <div inner_html=data.when_to_use></div>
            </section>
        </article>
    }
}

/// The search page: results for `?q=`, or every code with a short help text
/// (which is also what shows without script).
#[component]
pub fn SearchView(locale: Locale, data: DirectoryData, query: String) -> impl IntoView {
    let ui = locale.ui();
    let query = query.trim().to_string();
    let body = if query.is_empty() {
        view! {
            <p class="lead">{ui.search_help}</p>
            <CodeList locale=locale codes=data.codes.clone()/>
        }
        .into_any()
    } else {
        let hits: Vec<_> = quick_search(&data, &query, 50).into_iter().cloned().collect();
        let heading = fill(ui.search_results_for, &[("query", &query)]);
        if hits.is_empty() {
            view! {
                <h2>{heading}</h2>
                <p>{fill(ui.search_no_match, &[("query", &query)])}</p>
                <p class="lead">{ui.search_help}</p>
                <CodeList locale=locale codes=data.codes.clone()/>
            }
            .into_any()
        } else {
            view! {
                <h2>{heading}</h2>
                <CodeList locale=locale codes=hits/>
            }
            .into_any()
        }
    };
    view! {
        <Title text=ui.search_title/>
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
    let store = expect_context::<super::PageStore>();
    let numbers = code_in_path(&path);
    let hint = move || {
        if numbers.is_empty() {
            return None;
        }
        let page = crate::route::Page { locale, route: Route::Search };
        let super::Slot::Ready(data) = store.get(page) else {
            return None;
        };
        let crate::page::PageData::Search(directory) = &*data else {
            return None;
        };
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
        <Title text=ui.not_found_title/>
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
