//! Building blocks shared by the pages. They take props and render; none of
//! them reads the URL or loads data.

use leptos::prelude::*;

use super::search_box::SearchBox;
use crate::locale::Locale;
use crate::model::CodeSummary;
use crate::route::{code_url, url, Resolved, Route};

/// The site header: name, search box and language switch.
#[component]
pub fn Header(
    /// The page's locale.
    locale: Locale,
    /// The current path, resolved, for the language switch.
    resolved: Memo<Resolved>,
) -> impl IntoView {
    view! {
        <header class="site-header">
            <div class="bar">
                <a class="brand" href=url(locale, Route::Home)>
                    <span class="brand-name">"closecodes"</span>
                    <span class="brand-tagline">{locale.ui().tagline}</span>
                </a>
                <SearchBox locale=locale/>
                <LanguageSwitch locale=locale resolved=resolved/>
            </div>
        </header>
    }
}

/// Links to the current page in every other locale.
#[component]
fn LanguageSwitch(locale: Locale, resolved: Memo<Resolved>) -> impl IntoView {
    let location = leptos_router::hooks::use_location();
    let links = move || {
        Locale::all()
            .filter(|other| *other != locale)
            .map(|other| {
                let href = match resolved.get() {
                    Resolved::Page(page) => {
                        let mut href = page.in_locale(other).url();
                        if page.route == Route::Search {
                            href.push_str(&location.search.get());
                        }
                        href
                    }
                    _ => url(other, Route::Home),
                };
                view! {
                    <a href=href hreflang=other.info().html_lang lang=other.info().html_lang>
                        {other.info().native_name}
                    </a>
                }
            })
            .collect_view()
    };
    view! {
        <nav class="language-switch" aria-label=locale.ui().language_label>
            {links}
        </nav>
    }
}

/// The site footer.
#[component]
pub fn Footer(locale: Locale) -> impl IntoView {
    view! {
        <footer class="site-footer">
            <p>{locale.ui().footer}</p>
            <p>
                <a href=url(locale, Route::Home)>{locale.ui().all_codes}</a>
            </p>
        </footer>
    }
}

/// A list of codes, each linking to its page.
#[component]
pub fn CodeList(locale: Locale, codes: Vec<CodeSummary>) -> impl IntoView {
    view! {
        <ul class="code-list">
            {codes
                .into_iter()
                .map(|c| {
                    view! {
                        <li>
                            <a href=code_url(locale, c.code)>
                                <span class="code-number">{c.code}</span>
                                " "
                                <span class="code-name">{c.name}</span>
                                " "
                                <span class="code-summary">{c.summary}</span>
                            </a>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}
