//! The content pages (home, a code, a comparison), rendered to HTML at build
//! time. Only the native build has them: the browser receives their output
//! as fragments.

use leptos::prelude::*;
use leptos::tachys::view::RenderHtml;

use super::components::CodeList;
use crate::locale::{fill, Locale};
use crate::model::{CloseCode, Facts, Reference, Section};
use crate::page::{CodeData, CompareData, ContentFragment, HomeData, PageData};
use crate::route::{code_url, compare_url};

/// Renders a content page to the fragment the site publishes. `None` for
/// pages that are not content pages (search).
pub fn render_fragment(locale: Locale, data: &PageData) -> Option<ContentFragment> {
    let ui = locale.ui();
    let (title, description, view) = match data.clone() {
        PageData::Home(data) => (
            ui.home_title.to_string(),
            ui.home_description.to_string(),
            view! { <HomeView locale=locale data=data/> }.into_any(),
        ),
        PageData::Code(data) => (
            fill(
                ui.code_title,
                &[
                    ("code", &data.code.code.to_string()),
                    ("name", &data.code.name),
                ],
            ),
            data.code.summary.clone(),
            view! { <CodeView locale=locale data=data/> }.into_any(),
        ),
        PageData::Compare(data) => {
            let (a, b) = (data.a.code.to_string(), data.b.code.to_string());
            (
                fill(
                    ui.compare_title,
                    &[
                        ("a", &a),
                        ("a_name", &data.a.name),
                        ("b", &b),
                        ("b_name", &data.b.name),
                    ],
                ),
                fill(ui.compare_description, &[("a", &a), ("b", &b)]),
                view! { <CompareView locale=locale data=data/> }.into_any(),
            )
        }
        PageData::Search(_) => return None,
    };
    let owner = Owner::new();
    let html = owner.with(|| view.to_html());
    owner.unset();
    Some(ContentFragment {
        title,
        description,
        html,
    })
}

/// The home page: every code, grouped by what happened.
#[component]
pub fn HomeView(locale: Locale, data: HomeData) -> impl IntoView {
    let ui = locale.ui();
    view! {
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

/// A close code's page.
#[component]
pub fn CodeView(locale: Locale, data: CodeData) -> impl IntoView {
    let ui = locale.ui();
    let code = data.code;
    let compare_heading = fill(ui.compare_with, &[("code", &code.code.to_string())]);
    view! {
        <article class="code-page">
            <header class="page-head">
                <p class="kicker">{ui.code_kicker}</p>
                <h1 class="code-title">
                    <span class="code-number">{code.code}</span>
                    " "
                    <span class="code-name">{code.name.clone()}</span>
                </h1>
                <p class="lead">{code.summary.clone()}</p>
            </header>
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
                <h2>{locale.heading(Section::KeyDifferences)}</h2>
                <ul class="differences">
                    {data
                        .differences
                        .into_iter()
                        .map(|item| view! { <li inner_html=item></li> })
                        .collect_view()}
                </ul>
            </section>
            <section class="prose">
                <h2>{locale.heading(Section::WhenToUseWhich)}</h2>
                <div inner_html=data.when_to_use></div>
            </section>
        </article>
    }
}

/// The facts of a code as a definition list.
#[component]
pub fn FactsPanel(
    locale: Locale,
    code: u16,
    facts: Facts,
    references: Vec<Reference>,
) -> impl IntoView {
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
