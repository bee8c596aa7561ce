//! The content pages (home, codes, comparisons, services, ranges and the
//! numbers that services define), rendered to HTML at build time. Only the
//! native build has them: the browser receives their output as fragments.

use leptos::prelude::*;
use leptos::tachys::view::RenderHtml;

use super::components::{CodeList, ListItem};
use super::pages::{NumberView, RangeList};
use crate::locale::{fill, Locale};
use crate::model::{CloseCode, Facts, Library, LibraryText, Range, Reference, Section};
use crate::page::{
    CodeData, CompareData, ContentFragment, HomeData, NamespaceData, PageData, RangeData,
    ServiceCodeData,
};
use crate::route::{code_url, compare_url, namespace_url};

/// Renders a content page to the fragment the site publishes. `None` for
/// pages that are not content pages (search).
pub fn render_fragment(locale: Locale, data: &PageData) -> Option<ContentFragment> {
    let ui = locale.ui();
    let text = locale.text();
    let (title, description, view) = match data.clone() {
        PageData::Home(data) => (
            text.home_title.to_string(),
            ui.home_description.to_string(),
            view! { <HomeView locale=locale data=data/> }.into_any(),
        ),
        PageData::Code(data) => (
            fill(
                text.code_title,
                &[
                    ("code", &data.code.code.to_string()),
                    ("name", &data.code.name),
                ],
            ),
            data.code.summary.clone(),
            view! { <CodeView locale=locale data=data/> }.into_any(),
        ),
        PageData::Number(data) => {
            let range = (ui.range_name)(Range::of(data.number));
            let services: Vec<&str> = data.services.iter().map(|s| s.service.as_str()).collect();
            (
                fill(
                    ui.number_title,
                    &[("number", &data.number.to_string()), ("range", range)],
                ),
                format!("{}: {}", data.number, services.join(", ")),
                view! { <NumberView locale=locale number=data.number meanings=data.services/> }
                    .into_any(),
            )
        }
        PageData::Compare(data) => {
            let (a, b) = (data.a.code.to_string(), data.b.code.to_string());
            (
                fill(
                    text.compare_title,
                    &[
                        ("a", &a),
                        ("a_name", &data.a.name),
                        ("b", &b),
                        ("b_name", &data.b.name),
                    ],
                ),
                fill(text.compare_description, &[("a", &a), ("b", &b)]),
                view! { <CompareView locale=locale data=data/> }.into_any(),
            )
        }
        PageData::Namespace(data) => (
            fill(text.namespace_title, &[("service", &data.entry.name)]),
            data.entry.summary.clone(),
            view! { <NamespaceView locale=locale data=data/> }.into_any(),
        ),
        PageData::ServiceCode(data) => (
            format!(
                "{} {}: {}",
                data.code.code,
                data.code.name,
                fill(text.service_kicker, &[("service", &data.service.name)])
            ),
            data.code.summary.clone(),
            view! { <ServiceCodeView locale=locale data=data/> }.into_any(),
        ),
        PageData::Range(data) => {
            let (low, high) = data.range.bounds();
            (
                fill(
                    text.range_title,
                    &[
                        ("low", &low.to_string()),
                        ("high", &high.to_string()),
                        ("name", &data.page.name),
                    ],
                ),
                data.page.summary.clone(),
                view! { <RangeView locale=locale data=data/> }.into_any(),
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

/// The home page: every code, grouped by what happened; the services; the
/// ranges.
#[component]
pub fn HomeView(locale: Locale, data: HomeData) -> impl IntoView {
    let ui = locale.ui();
    let text = locale.text();
    view! {
        <div class="home">
            <h1>{text.home_heading}</h1>
            <p class="lead">{text.home_intro}</p>
            {data
                .groups
                .into_iter()
                .map(|(group, codes)| {
                    let items = codes.iter().map(|c| ListItem::code(locale, c)).collect();
                    view! {
                        <section class="code-group">
                            <h2>{(text.group_title)(group)}</h2>
                            <p class="group-blurb">{(text.group_blurb)(group)}</p>
                            <CodeList items=items/>
                        </section>
                    }
                })
                .collect_view()}
            <section class="code-group">
                <h2>{text.services_heading}</h2>
                <p class="group-blurb">{text.services_blurb}</p>
                <ul class="code-list">
                    {data
                        .namespaces
                        .into_iter()
                        .map(|(ns, count)| {
                            view! {
                                <li>
                                    <a href=namespace_url(locale, &ns.id)>
                                        <span class="code-name">{ns.name}</span>
                                        " "
                                        <span class="code-count">{count}</span>
                                        " "
                                        <span class="code-summary">{ns.summary}</span>
                                    </a>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </section>
            <section class="code-group">
                <h2>{ui.ranges_heading}</h2>
                <p class="group-blurb">{ui.ranges_blurb}</p>
                <RangeList locale=locale/>
            </section>
        </div>
    }
}

/// The title block of a code page.
fn code_head(kicker: String, code: &CloseCode) -> impl IntoView {
    view! {
        <header class="page-head">
            <p class="kicker">{kicker}</p>
            <h1 class="code-title">
                <span class="code-number">{code.code}</span>
                " "
                <span class="code-name">{code.name.clone()}</span>
            </h1>
            <p class="lead">{code.summary.clone()}</p>
        </header>
    }
}

/// One of the site's own codes.
#[component]
pub fn CodeView(locale: Locale, data: CodeData) -> impl IntoView {
    let text = locale.text();
    let code = data.code;
    let number = code.code.to_string();
    let compare_heading = fill(text.compare_with, &[("code", &number)]);
    let services = (!data.services.is_empty()).then(|| {
        let items: Vec<ListItem> = data
            .services
            .iter()
            .map(|s| ListItem::service(locale, s))
            .collect();
        view! {
            <section>
                <h2>{fill(text.also_used_by, &[("number", &number)])}</h2>
                <CodeList items=items/>
            </section>
        }
    });
    view! {
        <article class="code-page">
            {code_head(text.code_kicker.to_string(), &code)}
            <div class="code-layout">
                <div class="code-body">
                    <CodeSections locale=locale sections=code.sections.clone() level=2/>
                    <LibraryTables locale=locale constants=code.constants.clone() errors=code.errors.clone()/>
                </div>
                <FactsPanel locale=locale code=code.clone() other=None/>
            </div>
            {services}
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
    let text = locale.text();
    let (a, b) = (data.a, data.b);
    let column = move |code: CloseCode, other: CloseCode| {
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
                <FactsPanel locale=locale code=code.clone() other=Some(other)/>
                <CodeSections locale=locale sections=code.sections.clone() level=3/>
                <p class="more">
                    <a href=code_url(locale, number)>
                        {fill(text.read_full_page, &[("code", &number.to_string())])}
                    </a>
                </p>
            </article>
        }
    };
    view! {
        <article class="compare-page">
            <header class="page-head">
                <p class="kicker">{text.code_kicker}</p>
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
            <div class="compare-columns">
                {column(a.clone(), b.clone())}
                {column(b.clone(), a.clone())}
            </div>
            <section class="prose">
                <h2>{locale.heading(Section::KeyDifferences)}</h2>
                <div class="differences" inner_html=data.differences></div>
            </section>
            <section class="prose">
                <h2>{locale.heading(Section::WhenToUseWhich)}</h2>
                <div inner_html=data.when_to_use></div>
            </section>
        </article>
    }
}

/// A service and its codes.
#[component]
pub fn NamespaceView(locale: Locale, data: NamespaceData) -> impl IntoView {
    let text = locale.text();
    let items: Vec<ListItem> = data
        .codes
        .iter()
        .map(|c| ListItem::in_service(locale, &data.entry.id, c))
        .collect();
    view! {
        <article class="namespace-page">
            <header class="page-head">
                <p class="kicker">{text.code_kicker}</p>
                <h1>{fill(text.namespace_title, &[("service", &data.entry.name)])}</h1>
                <p class="lead">{data.entry.summary.clone()}</p>
            </header>
            <CodeSections locale=locale sections=data.page.sections.clone() level=2/>
            <References locale=locale references=data.page.references.clone()/>
            <section>
                <h2>{text.namespace_codes}</h2>
                <CodeList items=items/>
            </section>
        </article>
    }
}

/// One code of a service.
#[component]
pub fn ServiceCodeView(locale: Locale, data: ServiceCodeData) -> impl IntoView {
    let text = locale.text();
    let code = data.code;
    let number = code.code.to_string();
    let service = data.service;
    let kicker = fill(text.service_kicker, &[("service", &service.name)]);
    let other_meanings = (data.meanings > 1).then(|| {
        view! {
            <p>
                <a href=code_url(locale, code.code)>{fill(text.other_meanings, &[("number", &number)])}</a>
            </p>
        }
    });
    view! {
        <article class="code-page service-code-page">
            {code_head(kicker, &code)}
            <div class="code-layout">
                <div class="code-body">
                    <CodeSections locale=locale sections=code.sections.clone() level=2/>
                </div>
                <aside class="facts" aria-label=format!("{} {}", text.facts_heading, code.code)>
                    <h2 class="facts-heading">{text.facts_heading}</h2>
                    <dl>
                        <div>
                            <dt>{text.fact_service}</dt>
                            <dd><a href=namespace_url(locale, &service.id)>{service.name.clone()}</a></dd>
                        </div>
                        <FactRows locale=locale code=code.clone() other=None/>
                        {(!data.like.is_empty()).then(|| view! {
                            <div>
                                <dt>{text.fact_like}</dt>
                                <dd>
                                    <ul class="references">
                                        {data.like.iter().map(|c| view! {
                                            <li><a href=code_url(locale, c.code)>{format!("{} {}", c.code, c.name)}</a></li>
                                        }).collect_view()}
                                    </ul>
                                </dd>
                            </div>
                        })}
                        <ReferenceRow locale=locale references=code.references.clone()/>
                    </dl>
                </aside>
            </div>
            {other_meanings}
            <p>
                <a href=namespace_url(locale, &service.id)>
                    {fill(text.service_all_codes, &[("service", &service.name)])}
                </a>
            </p>
        </article>
    }
}

/// A range of numbers.
#[component]
pub fn RangeView(locale: Locale, data: RangeData) -> impl IntoView {
    let text = locale.text();
    let (low, high) = data.range.bounds();
    let mut items: Vec<ListItem> = data
        .codes
        .iter()
        .map(|c| ListItem::code(locale, c))
        .collect();
    items.extend(data.services.iter().map(|s| ListItem::service(locale, s)));
    let codes = (!items.is_empty()).then(|| {
        view! {
            <section>
                <h2>{text.range_codes_heading}</h2>
                <CodeList items=items/>
            </section>
        }
    });
    view! {
        <article class="range-page">
            <header class="page-head">
                <p class="kicker">{text.code_kicker}</p>
                <h1 class="code-title">
                    <span class="code-number">{format!("{low}-{high}")}</span>
                    " "
                    <span class="code-name">{data.page.name.clone()}</span>
                </h1>
                <p class="lead">{data.page.summary.clone()}</p>
            </header>
            <CodeSections locale=locale sections=data.page.sections.clone() level=2/>
            {codes}
        </article>
    }
}

/// The facts of a code as a panel; with `other`, the facts that differ from
/// the other code's are marked.
#[component]
pub fn FactsPanel(locale: Locale, code: CloseCode, other: Option<CloseCode>) -> impl IntoView {
    let text = locale.text();
    view! {
        <aside class="facts" aria-label=format!("{} {}", text.facts_heading, code.code)>
            <h2 class="facts-heading">{text.facts_heading}</h2>
            <dl>
                <FactRows locale=locale code=code.clone() other=other/>
                <ReferenceRow locale=locale references=code.references.clone()/>
            </dl>
        </aside>
    }
}

/// The rows of the facts panel that every code has.
#[component]
fn FactRows(locale: Locale, code: CloseCode, other: Option<CloseCode>) -> impl IntoView {
    let text = locale.text();
    let facts = code.facts.clone();
    let theirs: Option<Facts> = other.map(|o| o.facts);
    let row = move |differs: bool, tone: Option<bool>| {
        let mut class = match tone {
            Some(true) => "fact-yes".to_string(),
            Some(false) => "fact-no".to_string(),
            None => String::new(),
        };
        if differs {
            class.push_str(" fact-differs");
        }
        class
    };
    let differs = |f: &dyn Fn(&Facts) -> bool| theirs.as_ref().is_some_and(|t| f(t) != f(&facts));
    let badge = move |differs: bool| {
        differs.then(|| view! { " " <span class="differs">{text.differs}</span> })
    };
    let (d_wire, d_close) = (differs(&|f| f.on_wire), differs(&|f| f.browser_close));
    let d_sender = theirs.as_ref().is_some_and(|t| t.sent_by != facts.sent_by);
    let d_reconnect = theirs
        .as_ref()
        .is_some_and(|t| t.reconnect != facts.reconnect);
    view! {
        <div class=row(d_wire, Some(facts.on_wire))>
            <dt>{text.fact_on_wire} {badge(d_wire)}</dt>
            <dd>{if facts.on_wire { text.on_wire_yes } else { text.on_wire_no }}</dd>
        </div>
        <div class=row(d_close, Some(facts.browser_close))>
            <dt>{text.fact_browser_close} {badge(d_close)}</dt>
            <dd>
                <code>{format!("close({})", code.code)}</code>
                " "
                {if facts.browser_close { text.browser_close_yes } else { text.browser_close_no }}
            </dd>
        </div>
        <div class=row(d_sender, None)>
            <dt>{text.fact_sent_by} {badge(d_sender)}</dt>
            <dd>{(text.sent_by)(facts.sent_by)}</dd>
        </div>
        <div class=row(d_reconnect, None)>
            <dt>{text.fact_reconnect} {badge(d_reconnect)}</dt>
            <dd>{(text.reconnect)(facts.reconnect)}</dd>
        </div>
    }
}

/// The "Defined in" row of a facts panel.
#[component]
fn ReferenceRow(locale: Locale, references: Vec<Reference>) -> impl IntoView {
    view! {
        <div>
            <dt>{locale.text().fact_references}</dt>
            <dd><ReferenceList references=references/></dd>
        </div>
    }
}

/// References as a list under their own heading.
#[component]
fn References(locale: Locale, references: Vec<Reference>) -> impl IntoView {
    (!references.is_empty()).then(|| {
        view! {
            <section>
                <h2>{locale.text().fact_references}</h2>
                <ReferenceList references=references/>
            </section>
        }
    })
}

/// Links to the texts that define something.
#[component]
fn ReferenceList(references: Vec<Reference>) -> impl IntoView {
    view! {
        <ul class="references">
            {references
                .into_iter()
                .map(|r| view! { <li><a href=r.url rel="external">{r.title}</a></li> })
                .collect_view()}
        </ul>
    }
}

/// What libraries call the code and print with it, as tables.
#[component]
fn LibraryTables(
    locale: Locale,
    constants: Vec<LibraryText>,
    errors: Vec<LibraryText>,
) -> impl IntoView {
    let text = locale.text();
    let table = move |heading: &'static str, column: &'static str, rows: Vec<LibraryText>| {
        (!rows.is_empty()).then(|| {
            view! {
                <section class="prose libraries">
                    <h2>{heading}</h2>
                    <table>
                        <thead>
                            <tr><th scope="col">{text.library_column}</th><th scope="col">{column}</th></tr>
                        </thead>
                        <tbody>
                            {rows
                                .into_iter()
                                .map(|row| {
                                    let library = Library::from_id(&row.library).map_or(row.library.clone(), |l| l.name.to_string());
                                    view! { <tr><td>{library}</td><td><code>{row.text}</code></td></tr> }
                                })
                                .collect_view()}
                        </tbody>
                    </table>
                </section>
            }
        })
    };
    view! {
        {table(text.libraries_heading, text.constant_column, constants)}
        {table(text.errors_heading, text.message_column, errors)}
    }
}

/// Body sections (of a code, a service or a range), with headings at
/// `level` (2 on a page, 3 in a comparison column).
#[component]
pub fn CodeSections(
    locale: Locale,
    sections: Vec<crate::model::SectionBody>,
    level: u8,
) -> impl IntoView {
    sections
        .into_iter()
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
