//! Building blocks shared by the pages. They take props and render; none of
//! them reads the URL or loads data.

use leptos::prelude::*;

use super::search_box::SearchBox;
use crate::locale::Locale;
use crate::model::{CloseCode, CodeSummary, Facts, Reference, Section};
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
                                <span class="code-name">{c.name}</span>
                                <span class="code-summary">{c.summary}</span>
                            </a>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}

/// The facts of a code as a definition list.
#[component]
pub fn FactsPanel(locale: Locale, code: u16, facts: Facts, references: Vec<Reference>) -> impl IntoView {
    let ui = locale.ui();
    let yes_no = |yes: bool| if yes { "fact-yes" } else { "fact-no" };
    view! {
        <aside class="facts" aria-label=format!("{} {code}", ui.facts_heading)>
            <h2 class="facts-heading">{ui.facts_heading}</h2>
            <dl>
                <div class=yes_no(facts.on_wire)>
                    <dt>{ui.fact_on_wire}</dt>
                    <dd>{if facts.on_wire { ui.on_wire_yes } else { ui.on_wire_no }}</dd>
                </div>
                <div class=yes_no(facts.browser_close)>
                    <dt>{ui.fact_browser_close}</dt>
                    <dd>
                        <code>{format!("close({code})")}</code>
                        " "
                        {if facts.browser_close { ui.browser_close_yes } else { ui.browser_close_no }}
                    </dd>
                </div>
                <div>
                    <dt>{ui.fact_sent_by}</dt>
                    <dd>{(ui.sent_by)(facts.sent_by)}</dd>
                </div>
                <div>
                    <dt>{ui.fact_reconnect}</dt>
                    <dd>{(ui.reconnect)(facts.reconnect)}</dd>
                </div>
                <div>
                    <dt>{ui.fact_references}</dt>
                    <dd>
                        <ul class="references">
                            {references
                                .into_iter()
                                .map(|r| view! { <li><a href=r.url rel="external">{r.title}</a></li> })
                                .collect_view()}
                        </ul>
                    </dd>
                </div>
            </dl>
        </aside>
    }
}

/// A code's body sections, with headings at `level` (2 on a code page, 3 in
/// a comparison column).
#[component]
pub fn CodeSections(locale: Locale, code: CloseCode, level: u8) -> impl IntoView {
    Section::CODE_PAGE
        .into_iter()
        .filter_map(|section| code.section(section).cloned())
        .map(|body| {
            let heading = locale.heading(body.section);
            let heading = if level == 2 {
                view! { <h2>{heading}</h2> }.into_any()
            } else {
                view! { <h3>{heading}</h3> }.into_any()
            };
            view! {
                <section class="prose">
                    {heading}
                    <div inner_html=body.html></div>
                </section>
            }
        })
        .collect_view()
}
