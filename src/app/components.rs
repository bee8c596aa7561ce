//! Building blocks shared by the pages. They take props and render; none of
//! them reads the URL or loads data.

use leptos::prelude::*;

use super::search_box::SearchBox;
use crate::locale::Locale;
use crate::model::CodeSummary;
use crate::page::ServiceEntry;
use crate::route::{code_url, service_code_url, url, Resolved, Route};

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
                <a class="brand" href=url(locale, &Route::Home)>
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
                    _ => url(other, &Route::Home),
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
                <a href=url(locale, &Route::Home)>{locale.ui().all_codes}</a>
            </p>
        </footer>
    }
}

/// One entry of a [`CodeList`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ListItem {
    /// Where it leads.
    pub href: String,
    /// The number.
    pub code: u16,
    /// The name.
    pub name: String,
    /// What it means.
    pub summary: String,
    /// The service that defines it, if it is a service's code.
    pub service: Option<String>,
}

impl ListItem {
    /// An entry for one of the site's own codes.
    pub fn code(locale: Locale, c: &CodeSummary) -> ListItem {
        ListItem {
            href: code_url(locale, c.code),
            code: c.code,
            name: c.name.clone(),
            summary: c.summary.clone(),
            service: None,
        }
    }

    /// An entry for a service's code, naming the service.
    pub fn service(locale: Locale, s: &ServiceEntry) -> ListItem {
        ListItem {
            href: service_code_url(locale, &s.namespace, s.code),
            code: s.code,
            name: s.name.clone(),
            summary: s.summary.clone(),
            service: Some(s.service.clone()),
        }
    }

    /// An entry for a code listed on its own service's page.
    pub fn in_service(locale: Locale, namespace: &str, c: &CodeSummary) -> ListItem {
        ListItem {
            href: service_code_url(locale, namespace, c.code),
            ..ListItem::code(locale, c)
        }
    }
}

/// A list of codes, each linking to its page.
#[component]
pub fn CodeList(items: Vec<ListItem>) -> impl IntoView {
    view! {
        <ul class="code-list">
            {items
                .into_iter()
                .map(|item| {
                    view! {
                        <li>
                            <a href=item.href>
                                <span class="code-number">{item.code}</span>
                                " "
                                <span class="code-name">{item.name}</span>
                                " "
                                {item.service.map(|s| view! { <span class="code-service">{s}</span> " " })}
                                <span class="code-summary">{item.summary}</span>
                            </a>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}
