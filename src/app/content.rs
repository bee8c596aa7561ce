//! The content pages (home, codes, comparisons, services, ranges, search,
//! numbers that services define), rendered to HTML at build time. Only the
//! native build has them: the browser receives their output as part of
//! each page's document.
//!
//! Text a locale has not translated yet is shown in English, marked with
//! `lang` (and `dir`, on a right-to-left page), under the locale's
//! headings, with a note that links to the English page.

use leptos::prelude::*;
use leptos::tachys::view::RenderHtml;

use crate::locale::Locale;
use crate::model::{CloseCode, Facts, LibraryText, Quote, Reason, Reference, Section, SectionBody};
use crate::page::{
    BrowserData, CodeData, CodeEntry, CompareData, GuideData, HomeData, NamespaceData, PageData,
    PageEntry, PageHtml, RangeData, ReasonEntry, ServiceCodeData, SymptomData, ToolData,
    WhichCodeData,
};
use crate::reader_pages::{
    code_list_items, fill_with_html, number_page, range_label, range_list, search_page, ListItem,
    SearchState,
};
use crate::route::{code_url, compare_url, namespace_url, service_code_url, url, Page, Route};
use crate::tools::page::{forms_html, tool_text_data, DATA_ID, TEXT_ID};
use crate::tools::which_code::Situation;
use crate::tools::Tool;
use crate::ui::{fill, BrowserKey, PageKey, UiText};

/// Everything a content view needs besides its data. The strings are
/// the catalog's, which lives as long as the build.
#[derive(Clone, Copy)]
pub struct Words {
    /// The page's locale.
    pub locale: Locale,
    /// Its interface strings.
    pub ui: &'static UiText,
}

impl Words {
    fn page(&self, key: PageKey) -> String {
        self.ui.get(key).to_string()
    }
    fn browser(&self, key: BrowserKey) -> String {
        self.ui.get(key).to_string()
    }
}

/// Renders a content page. `browser` is what the page carries for the
/// browser (the search and number pages share its renderers).
pub fn render_page(
    page: &Page,
    ui: &'static UiText,
    browser: &BrowserData,
    content: &PageData,
) -> PageHtml {
    let locale = page.locale;
    let w = Words { locale, ui };
    let note = (!content.is_translated(locale))
        .then(|| untranslated_note(w, &page.in_locale(Locale::DEFAULT).url()));
    let view = match content.clone() {
        PageData::Search(codes) => {
            let items: Vec<ListItem> = codes.iter().map(|c| code_item(locale, c)).collect();
            let page = search_page(browser, "", &SearchState::Results(Vec::new()), &items);
            return with_note(page, note);
        }
        PageData::Number(number) => {
            return with_note(number_page(browser, number.number, &number.services), note);
        }
        PageData::Home(data) => {
            view! { <HomeView w=w data=data ranges=range_list(browser)/> }.into_any()
        }
        PageData::Code(data) => view! { <CodeView w=w data=data/> }.into_any(),
        PageData::Compare(data) => view! { <CompareView w=w data=data/> }.into_any(),
        PageData::Namespace(data) => view! { <NamespaceView w=w data=data/> }.into_any(),
        PageData::ServiceCode(data) => view! { <ServiceCodeView w=w data=data/> }.into_any(),
        PageData::Range(data) => view! { <RangeView w=w data=data/> }.into_any(),
        PageData::Symptoms(entries) => view! {
            <EntryListView w=w title=PageKey::SymptomsTitle intro=PageKey::SymptomsIntro entries=entries/>
        }
        .into_any(),
        PageData::Symptom(data) => view! { <SymptomView w=w data=data/> }.into_any(),
        PageData::Guides(entries) => view! {
            <EntryListView w=w title=PageKey::GuidesTitle intro=PageKey::GuidesIntro entries=entries/>
        }
        .into_any(),
        PageData::Guide(data) => view! { <GuideView w=w data=data/> }.into_any(),
        PageData::Tools => view! { <ToolsView w=w/> }.into_any(),
        PageData::Tool(data) if data.tool == Tool::WhichCode => {
            view! { <SituationsView w=w/> }.into_any()
        }
        PageData::Tool(data) => view! { <ToolView w=w data=data/> }.into_any(),
        PageData::WhichCode(data) => view! { <WhichCodeView w=w data=data/> }.into_any(),
    };
    let owner = Owner::new();
    let html = owner.with(|| view.to_html());
    owner.unset();
    let (title, description) = head(w, content);
    with_note(
        PageHtml {
            title,
            description,
            html,
        },
        note,
    )
}

/// The title and description of a page rendered by a view.
fn head(w: Words, content: &PageData) -> (String, String) {
    let ui = w.ui;
    match content {
        PageData::Home(_) | PageData::Search(_) | PageData::Number(_) => {
            (w.page(PageKey::HomeTitle), w.page(PageKey::HomeDescription))
        }
        PageData::Code(data) => (
            fill(
                ui.get(PageKey::CodeTitle),
                &[
                    ("code", &data.code.code.to_string()),
                    ("name", &data.code.name),
                ],
            ),
            data.code.summary.clone(),
        ),
        PageData::Compare(data) => {
            let (a, b) = (data.a.0.code.to_string(), data.b.0.code.to_string());
            let names = [
                ("a", a.as_str()),
                ("a_name", data.a.0.name.as_str()),
                ("b", b.as_str()),
                ("b_name", data.b.0.name.as_str()),
            ];
            (
                fill(ui.get(PageKey::CompareTitle), &names),
                fill(ui.get(PageKey::CompareDescription), &names),
            )
        }
        PageData::Namespace(data) => (
            fill(
                ui.get(PageKey::ServiceTitle),
                &[("service", &data.entry.name)],
            ),
            data.entry.summary.clone(),
        ),
        PageData::ServiceCode(data) => {
            let kicker = fill(
                ui.get(PageKey::ServiceKicker),
                &[("service", &data.service.name)],
            );
            (
                format!("{} {}: {kicker}", data.code.code, data.code.name),
                data.code.summary.clone(),
            )
        }
        PageData::Range(data) => {
            let (low, high) = data.range.bounds();
            (
                fill(
                    ui.get(PageKey::RangeTitle),
                    &[
                        ("low", &low.to_string()),
                        ("high", &high.to_string()),
                        ("name", ui.get(BrowserKey::range_name(data.range))),
                    ],
                ),
                w.browser(BrowserKey::range_summary(data.range)),
            )
        }
        PageData::Symptoms(_) => (
            w.page(PageKey::SymptomsTitle),
            w.page(PageKey::SymptomsDescription),
        ),
        PageData::Symptom(data) => (data.page.title.clone(), data.page.summary.clone()),
        PageData::Guides(_) => (
            w.page(PageKey::GuidesTitle),
            w.page(PageKey::GuidesDescription),
        ),
        PageData::Guide(data) => (data.page.title.clone(), data.page.summary.clone()),
        PageData::Tools => (
            w.browser(BrowserKey::ToolsTitle),
            w.page(PageKey::ToolsDescription),
        ),
        PageData::Tool(data) => {
            let (name, summary) = PageKey::tool(data.tool);
            (w.page(name), w.page(summary))
        }
        PageData::WhichCode(data) => {
            let situation = w.page(PageKey::situation(data.situation));
            let codes: Vec<String> = data.codes.iter().map(|(c, _)| c.code.to_string()).collect();
            let codes = codes
                .into_iter()
                .reduce(|list, item| {
                    fill(
                        ui.get(BrowserKey::ListItem),
                        &[("list", &list), ("item", &item)],
                    )
                })
                .unwrap_or_else(|| "4000–4999".to_string());
            (
                situation.clone(),
                fill(
                    ui.get(PageKey::WhichCodeDescription),
                    &[("situation", &situation), ("codes", &codes)],
                ),
            )
        }
    }
}

/// A page with the untranslated note, if it has one, above its content.
fn with_note(mut page: PageHtml, note: Option<String>) -> PageHtml {
    if let Some(note) = note {
        page.html.insert_str(0, &note);
    }
    page
}

/// The note on a page whose text is not translated yet.
fn untranslated_note(w: Words, english: &str) -> String {
    let link = format!(
        "<a href=\"{}\" hreflang=\"en\" lang=\"en\">{}</a>",
        crate::html::escape(english),
        crate::html::escape(w.ui.get(PageKey::UntranslatedLink))
    );
    format!(
        "<p class=\"untranslated\" role=\"note\">{}</p>",
        fill_with_html(w.ui.get(PageKey::UntranslatedNote), &[], "english", &link)
    )
}

/// A code of the site's own as a list entry.
fn code_item(locale: Locale, c: &CodeEntry) -> ListItem {
    ListItem {
        href: code_url(locale, c.code),
        number: c.code.to_string(),
        name: c.name.clone(),
        summary: c.summary.clone(),
        service: None,
        lang: c.lang,
    }
}

/// A list of codes, each linking to its page.
#[component]
fn CodeList(locale: Locale, items: Vec<ListItem>) -> impl IntoView {
    view! { <ul class="code-list" inner_html=code_list_items(locale, &items)></ul> }
}

/// The title block of a page: kicker, heading and lead.
#[component]
fn PageHead(
    /// The small label above the heading.
    kicker: String,
    /// The heading.
    children: Children,
    /// The lead paragraph, and the locale it is written in.
    lead: (String, Locale),
    /// The page's locale.
    locale: Locale,
) -> impl IntoView {
    view! {
        <header class="page-head">
            <p class="kicker">{kicker}</p>
            {children()}
            <p class="lead" lang=locale.lang_for(lead.1) dir=locale.dir_for(lead.1)>{lead.0}</p>
        </header>
    }
}

/// A code's number and name as a heading.
#[component]
fn CodeTitle(
    locale: Locale,
    code: u16,
    name: String,
    lang: Locale,
    /// The English name, shown beside a translated one: readers meet it in
    /// logs (`close 1006 (abnormal closure)`).
    english: Option<String>,
) -> impl IntoView {
    view! {
        <h1 class="code-title">
            <span class="code-number" dir="ltr">{code}</span>
            " "
            <span class="code-name" lang=locale.lang_for(lang) dir=locale.dir_for(lang)>{name}</span>
            {english.map(|english| view! {
                " "
                <span class="code-name-en" lang="en" dir="ltr">{english}</span>
            })}
        </h1>
    }
}

/// The home page: every code, grouped by what happened; the services; the
/// ranges.
#[component]
fn HomeView(w: Words, data: HomeData, ranges: String) -> impl IntoView {
    let locale = w.locale;
    view! {
        <div class="home">
            <h1>{w.page(PageKey::HomeHeading)}</h1>
            <p class="lead">{w.page(PageKey::HomeIntro)}</p>
            {data
                .groups
                .into_iter()
                .map(|(group, codes)| {
                    let items = codes.iter().map(|c| code_item(locale, c)).collect();
                    view! {
                        <section class="code-group">
                            <h2>{w.ui.group_title(group).to_string()}</h2>
                            <p class="group-blurb">{w.ui.group_blurb(group).to_string()}</p>
                            <CodeList locale=locale items=items/>
                        </section>
                    }
                })
                .collect_view()}
            <section class="code-group">
                <h2>
                    <a href=url(locale, &Route::Symptoms)>{w.page(PageKey::HomeSymptomsHeading)}</a>
                </h2>
                <p class="group-blurb">{w.page(PageKey::HomeSymptomsBlurb)}</p>
                <EntryList locale=locale entries=data.symptoms summaries=false/>
            </section>
            <section class="code-group">
                <h2>
                    <a href=url(locale, &Route::Guides)>{w.page(PageKey::HomeGuidesHeading)}</a>
                </h2>
                <p class="group-blurb">{w.page(PageKey::HomeGuidesBlurb)}</p>
                <EntryList locale=locale entries=data.guides summaries=false/>
            </section>
            <section class="code-group">
                <h2>{w.page(PageKey::ServicesHeading)}</h2>
                <p class="group-blurb">{w.page(PageKey::ServicesBlurb)}</p>
                <ul class="code-list">
                    {data
                        .services
                        .into_iter()
                        .map(|(service, count)| {
                            let (lang, dir) = (locale.lang_for(service.lang), locale.dir_for(service.lang));
                            view! {
                                <li>
                                    <a href=namespace_url(locale, &service.id)>
                                        <span class="code-name" lang=lang dir=dir>{service.name}</span>
                                        " "
                                        <span class="code-count" dir="ltr">{count}</span>
                                        " "
                                        <span class="code-summary" lang=lang dir=dir>{service.summary}</span>
                                    </a>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </section>
            <section class="code-group">
                <h2>{w.browser(BrowserKey::RangesHeading)}</h2>
                <p class="group-blurb">{w.browser(BrowserKey::RangesBlurb)}</p>
                <div inner_html=ranges></div>
            </section>
        </div>
    }
}

/// One of the site's own codes.
#[component]
fn CodeView(w: Words, data: CodeData) -> impl IntoView {
    let locale = w.locale;
    let code = data.code;
    let lang = data.lang;
    let number = code.code.to_string();
    let compare_heading = fill(w.ui.get(PageKey::CompareWith), &[("code", &number)]);
    let title = (code.code, code.name.clone());
    let services = (!data.services.is_empty()).then(|| {
        let items: Vec<ListItem> = data
            .services
            .iter()
            .map(|m| ListItem::meaning(locale, m))
            .collect();
        view! {
            <section>
                <h2>{fill(w.ui.get(PageKey::AlsoUsedBy), &[("number", &number)])}</h2>
                <CodeList locale=locale items=items/>
            </section>
        }
    });
    let quote = code.quote.clone().map(|quote| {
        let translation = code.quote_translation.clone().map(|t| (t, lang));
        view! { <SpecQuote locale=locale quote=quote translation=translation/> }
    });
    let reasons = (!data.reasons.is_empty()).then(|| {
        let heading = fill(w.ui.get(PageKey::ReasonsHeading), &[("code", &number)]);
        let rows = data
            .reasons
            .into_iter()
            .map(|r| ReasonRow::of_service(locale, r))
            .collect();
        view! { <ReasonTable w=w heading=heading first_column=PageKey::ServiceColumn rows=rows/> }
    });
    view! {
        <article class="code-page">
            <PageHead kicker=w.page(PageKey::CodeKicker) lead=(code.summary.clone(), lang) locale=locale>
                <CodeTitle locale=locale code=title.0 name=title.1 lang=lang english=data.english_name.clone()/>
            </PageHead>
            <div class="code-layout">
                <div class="code-body">
                    {quote}
                    <CodeSections locale=locale lang=lang sections=code.sections.clone() level=2/>
                    <LibraryTables w=w constants=code.constants.clone() errors=code.errors.clone()/>
                </div>
                <FactsPanel w=w code=code.clone() lang=lang other=None extra=None/>
            </div>
            {reasons}
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
                                        <span class="code-number" dir="ltr">{other.code}</span>
                                        " "
                                        <span lang=locale.lang_for(other.lang) dir=locale.dir_for(other.lang)>{other.name}</span>
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
fn CompareView(w: Words, data: CompareData) -> impl IntoView {
    let locale = w.locale;
    let ((a, a_lang), (b, b_lang)) = (data.a, data.b);
    let text_lang = data.text.lang;
    let column = move |code: CloseCode, lang: Locale, other: CloseCode| {
        let number = code.code;
        view! {
            <article class="compare-column" aria-labelledby=format!("code-{number}")>
                <h2 id=format!("code-{number}")>
                    <a href=code_url(locale, number)>
                        <span class="code-number" dir="ltr">{number}</span>
                        " "
                        <span lang=locale.lang_for(lang) dir=locale.dir_for(lang)>{code.name.clone()}</span>
                    </a>
                </h2>
                <p class="lead" lang=locale.lang_for(lang) dir=locale.dir_for(lang)>{code.summary.clone()}</p>
                <FactsPanel w=w code=code.clone() lang=lang other=Some(other) extra=None/>
                <CodeSections locale=locale lang=lang sections=code.sections.clone() level=3/>
                <p class="more">
                    <a href=code_url(locale, number)>
                        {fill(w.ui.get(PageKey::ReadFullPage), &[("code", &number.to_string())])}
                    </a>
                </p>
            </article>
        }
    };
    let (lang, dir) = (locale.lang_for(text_lang), locale.dir_for(text_lang));
    view! {
        <article class="compare-page">
            <header class="page-head">
                <p class="kicker">{w.page(PageKey::CodeKicker)}</p>
                <h1 class="compare-title">
                    <span class="code-number" dir="ltr">{a.code}</span>
                    " "
                    <span lang=locale.lang_for(a_lang) dir=locale.dir_for(a_lang)>{a.name.clone()}</span>
                    <span class="vs">" vs "</span>
                    <span class="code-number" dir="ltr">{b.code}</span>
                    " "
                    <span lang=locale.lang_for(b_lang) dir=locale.dir_for(b_lang)>{b.name.clone()}</span>
                </h1>
                <p class="lead" lang=lang dir=dir inner_html=data.text.intro></p>
            </header>
            <div class="compare-columns">
                {column(a.clone(), a_lang, b.clone())}
                {column(b.clone(), b_lang, a.clone())}
            </div>
            <section class="prose">
                <h2>{locale.heading(Section::KeyDifferences)}</h2>
                <div class="differences" lang=lang dir=dir inner_html=data.text.differences></div>
            </section>
            <section class="prose">
                <h2>{locale.heading(Section::WhenToUseWhich)}</h2>
                <div lang=lang dir=dir inner_html=data.text.when_to_use></div>
            </section>
        </article>
    }
}

/// A service and its codes.
#[component]
fn NamespaceView(w: Words, data: NamespaceData) -> impl IntoView {
    let locale = w.locale;
    let lang = data.entry.lang;
    let items: Vec<ListItem> = data
        .codes
        .iter()
        .map(|c| ListItem {
            href: service_code_url(locale, &data.entry.id, c.code),
            ..code_item(locale, c)
        })
        .collect();
    let title = fill(
        w.ui.get(PageKey::ServiceTitle),
        &[("service", &data.entry.name)],
    );
    let codes = (!items.is_empty()).then(|| {
        view! {
            <section>
                <h2>{w.page(PageKey::ServiceCodesHeading)}</h2>
                <CodeList locale=locale items=items/>
            </section>
        }
    });
    let reasons = (!data.page.reasons.is_empty()).then(|| {
        let heading = fill(
            w.ui.get(PageKey::ServiceReasonsHeading),
            &[("service", &data.entry.name)],
        );
        let rows = data
            .page
            .reasons
            .iter()
            .map(|r| ReasonRow::of_code(locale, r.clone(), lang))
            .collect();
        view! { <ReasonTable w=w heading=heading first_column=PageKey::CodeColumn rows=rows/> }
    });
    view! {
        <article class="namespace-page">
            <PageHead kicker=w.page(PageKey::CodeKicker) lead=(data.entry.summary.clone(), lang) locale=locale>
                <h1 lang=locale.lang_for(lang) dir=locale.dir_for(lang)>{title}</h1>
            </PageHead>
            {codes}
            {reasons}
            <CodeSections locale=locale lang=lang sections=data.page.sections.clone() level=2/>
            <References w=w lang=lang references=data.page.references.clone()/>
        </article>
    }
}

/// One code of a service.
#[component]
fn ServiceCodeView(w: Words, data: ServiceCodeData) -> impl IntoView {
    let locale = w.locale;
    let code = data.code;
    let lang = data.lang;
    let number = code.code.to_string();
    let service = data.service;
    let kicker = fill(
        w.ui.get(PageKey::ServiceKicker),
        &[("service", &service.name)],
    );
    let title = (code.code, code.name.clone());
    let other_meanings = (data.meanings > 1).then(|| {
        view! {
            <p>
                <a href=code_url(locale, code.code)>{fill(w.ui.get(PageKey::OtherMeanings), &[("number", &number)])}</a>
            </p>
        }
    });
    let (service_lang, service_dir) = (locale.lang_for(service.lang), locale.dir_for(service.lang));
    let like = (!data.like.is_empty()).then(|| {
        view! {
            <div>
                <dt>{w.page(PageKey::FactLike)}</dt>
                <dd>
                    <ul class="references">
                        {data.like.iter().map(|c| view! {
                            <li>
                                <a href=code_url(locale, c.code)>
                                    <span class="code-number" dir="ltr">{c.code}</span>
                                    " "
                                    <span lang=locale.lang_for(c.lang) dir=locale.dir_for(c.lang)>{c.name.clone()}</span>
                                </a>
                            </li>
                        }).collect_view()}
                    </ul>
                </dd>
            </div>
        }
    });
    let extra = view! {
        <div>
            <dt>{w.page(PageKey::FactService)}</dt>
            <dd><a href=namespace_url(locale, &service.id) lang=service_lang dir=service_dir>{service.name.clone()}</a></dd>
        </div>
        {like}
    }
    .to_html();
    view! {
        <article class="code-page service-code-page">
            <PageHead kicker=kicker lead=(code.summary.clone(), lang) locale=locale>
                <CodeTitle locale=locale code=title.0 name=title.1 lang=lang english=data.english_name.clone()/>
            </PageHead>
            <div class="code-layout">
                <div class="code-body">
                    <CodeSections locale=locale lang=lang sections=code.sections.clone() level=2/>
                </div>
                <FactsPanel w=w code=code.clone() lang=lang other=None extra=Some(extra)/>
            </div>
            {other_meanings}
            <p>
                <a href=namespace_url(locale, &service.id)>
                    {fill(w.ui.get(PageKey::ServiceAllCodes), &[("service", &service.name)])}
                </a>
            </p>
        </article>
    }
}

/// A range of numbers.
#[component]
fn RangeView(w: Words, data: RangeData) -> impl IntoView {
    let locale = w.locale;
    let mut items: Vec<ListItem> = data.codes.iter().map(|c| code_item(locale, c)).collect();
    items.extend(data.services.iter().map(|m| ListItem::meaning(locale, m)));
    let codes = (!items.is_empty()).then(|| {
        view! {
            <section>
                <h2>{w.page(PageKey::RangeCodesHeading)}</h2>
                <CodeList locale=locale items=items/>
            </section>
        }
    });
    let summary = w.browser(BrowserKey::range_summary(data.range));
    view! {
        <article class="range-page">
            <PageHead kicker=w.page(PageKey::CodeKicker) lead=(summary, locale) locale=locale>
                <h1 class="code-title">
                    <span class="code-number" dir="ltr">{range_label(data.range)}</span>
                    " "
                    <span class="code-name">{w.browser(BrowserKey::range_name(data.range))}</span>
                </h1>
            </PageHead>
            <CodeSections locale=locale lang=data.lang sections=data.page.sections.clone() level=2/>
            <References w=w lang=data.lang references=data.page.references.clone()/>
            {codes}
        </article>
    }
}

/// The facts of a code as a panel; with `other`, the facts that differ from
/// the other code's are marked. `extra` rows (HTML) come first.
#[component]
fn FactsPanel(
    w: Words,
    code: CloseCode,
    lang: Locale,
    other: Option<CloseCode>,
    extra: Option<String>,
) -> impl IntoView {
    let heading = w.page(PageKey::FactsHeading);
    view! {
        <aside class="facts" aria-label=format!("{heading} {}", code.code)>
            <h2 class="facts-heading">{heading.clone()}</h2>
            <dl>
                {extra.map(|html| view! { <div class="fact-extra" inner_html=html></div> })}
                <FactRows w=w code=code.clone() other=other/>
                <div>
                    <dt>{w.page(PageKey::FactReferences)}</dt>
                    <dd><ReferenceList locale=w.locale lang=lang references=code.references.clone()/></dd>
                </div>
            </dl>
        </aside>
    }
}

/// The rows of the facts panel that every code has.
#[component]
fn FactRows(w: Words, code: CloseCode, other: Option<CloseCode>) -> impl IntoView {
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
        differs.then(|| view! { " " <span class="differs">{w.page(PageKey::Differs)}</span> })
    };
    let (d_wire, d_close) = (differs(&|f| f.on_wire), differs(&|f| f.browser_close));
    let d_sender = theirs.as_ref().is_some_and(|t| t.sent_by != facts.sent_by);
    let d_reconnect = theirs
        .as_ref()
        .is_some_and(|t| t.reconnect != facts.reconnect);
    view! {
        <div class=row(d_wire, Some(facts.on_wire))>
            <dt>{w.page(PageKey::FactOnWire)} {badge(d_wire)}</dt>
            <dd>{w.page(if facts.on_wire { PageKey::OnWireYes } else { PageKey::OnWireNo })}</dd>
        </div>
        <div class=row(d_close, Some(facts.browser_close))>
            <dt>{w.page(PageKey::FactBrowserClose)} {badge(d_close)}</dt>
            <dd>
                <code dir="ltr">{format!("close({})", code.code)}</code>
                " "
                {w.page(if facts.browser_close { PageKey::BrowserCloseYes } else { PageKey::BrowserCloseNo })}
            </dd>
        </div>
        <div class=row(d_sender, None)>
            <dt>{w.page(PageKey::FactSentBy)} {badge(d_sender)}</dt>
            <dd>{w.ui.sent_by(facts.sent_by).to_string()}</dd>
        </div>
        <div class=row(d_reconnect, None)>
            <dt>{w.page(PageKey::FactReconnect)} {badge(d_reconnect)}</dt>
            <dd>{w.ui.reconnect(facts.reconnect).to_string()}</dd>
        </div>
    }
}

/// References as a list under their own heading.
#[component]
fn References(w: Words, lang: Locale, references: Vec<Reference>) -> impl IntoView {
    (!references.is_empty()).then(|| {
        view! {
            <section>
                <h2>{w.page(PageKey::FactReferences)}</h2>
                <ReferenceList locale=w.locale lang=lang references=references/>
            </section>
        }
    })
}

/// Links to the texts that define something.
#[component]
fn ReferenceList(locale: Locale, lang: Locale, references: Vec<Reference>) -> impl IntoView {
    view! {
        <ul class="references" lang=locale.lang_for(lang) dir=locale.dir_for(lang)>
            {references
                .into_iter()
                .map(|r| view! { <li><a href=r.url rel="external">{r.title}</a></li> })
                .collect_view()}
        </ul>
    }
}

/// What libraries call the code and print with it, as tables.
#[component]
fn LibraryTables(w: Words, constants: Vec<LibraryText>, errors: Vec<LibraryText>) -> impl IntoView {
    let table = move |heading: String, column: String, rows: Vec<LibraryText>| {
        (!rows.is_empty()).then(|| {
            view! {
                <section class="prose libraries">
                    <h2>{heading}</h2>
                    <table>
                        <thead>
                            <tr><th scope="col">{w.page(PageKey::LibraryColumn)}</th><th scope="col">{column}</th></tr>
                        </thead>
                        <tbody>
                            {rows
                                .into_iter()
                                .map(|row| view! {
                                    <tr><td dir="ltr">{row.library.name}</td><td><code dir="ltr">{row.text}</code></td></tr>
                                })
                                .collect_view()}
                        </tbody>
                    </table>
                </section>
            }
        })
    };
    view! {
        {table(w.page(PageKey::LibrariesHeading), w.page(PageKey::ConstantColumn), constants)}
        {table(w.page(PageKey::ErrorsHeading), w.page(PageKey::MessageColumn), errors)}
    }
}

/// Body sections (of a code, a service or a range), under the page's
/// headings at `level` (2 on a page, 3 in a comparison column), their text
/// marked with its own language where that is not the page's.
#[component]
fn CodeSections(
    locale: Locale,
    lang: Locale,
    sections: Vec<SectionBody>,
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
                    <div lang=locale.lang_for(lang) dir=locale.dir_for(lang) inner_html=body.html></div>
                </section>
            }
        })
        .collect_view()
}

/// Symptoms or guides as a list of links, each with its summary where
/// `summaries` (the home page lists titles only).
#[component]
fn EntryList(locale: Locale, entries: Vec<PageEntry>, summaries: bool) -> impl IntoView {
    let class = if summaries {
        "entry-list"
    } else {
        "entry-list entry-titles"
    };
    view! {
        <ul class=class>
            {entries
                .into_iter()
                .map(|e| {
                    let (lang, dir) = (locale.lang_for(e.lang), locale.dir_for(e.lang));
                    view! {
                        <li>
                            <a href=url(locale, &e.route)>
                                <span class="entry-title" lang=lang dir=dir>{e.title}</span>
                                {summaries.then(|| view! {
                                    " "
                                    <span class="entry-summary" lang=lang dir=dir>{e.summary}</span>
                                })}
                            </a>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}

/// The page that lists every symptom, or every guide.
#[component]
fn EntryListView(
    w: Words,
    title: PageKey,
    intro: PageKey,
    entries: Vec<PageEntry>,
) -> impl IntoView {
    view! {
        <article class="entry-list-page">
            <h1>{w.page(title)}</h1>
            <p class="lead">{w.page(intro)}</p>
            <EntryList locale=w.locale entries=entries summaries=true/>
        </article>
    }
}

/// What a reader observes: the codes involved, then the causes, how to
/// confirm each and the fix.
#[component]
fn SymptomView(w: Words, data: SymptomData) -> impl IntoView {
    let locale = w.locale;
    let lang = data.lang;
    let mut items: Vec<ListItem> = data.codes.iter().map(|c| code_item(locale, c)).collect();
    items.extend(data.meanings.iter().map(|m| ListItem::meaning(locale, m)));
    let page = data.page;
    view! {
        <article class="symptom-page">
            <PageHead kicker=w.page(PageKey::SymptomKicker) lead=(page.summary.clone(), lang) locale=locale>
                <h1 lang=locale.lang_for(lang) dir=locale.dir_for(lang)>{page.title.clone()}</h1>
            </PageHead>
            <section class="symptom-codes">
                <h2>{w.page(PageKey::SymptomCodes)}</h2>
                <CodeList locale=locale items=items/>
            </section>
            <CodeSections locale=locale lang=lang sections=page.sections.clone() level=2/>
            <References w=w lang=lang references=page.references.clone()/>
        </article>
    }
}

/// A guide: its own headings, then its references.
#[component]
fn GuideView(w: Words, data: GuideData) -> impl IntoView {
    let locale = w.locale;
    let lang = data.lang;
    let page = data.page;
    view! {
        <article class="guide-page">
            <PageHead kicker=w.page(PageKey::GuideKicker) lead=(page.summary.clone(), lang) locale=locale>
                <h1 lang=locale.lang_for(lang) dir=locale.dir_for(lang)>{page.title.clone()}</h1>
            </PageHead>
            <div class="prose guide-body" lang=locale.lang_for(lang) dir=locale.dir_for(lang) inner_html=page.html></div>
            <References w=w lang=lang references=page.references.clone()/>
        </article>
    }
}

/// The sentence that defines a code, word for word in its original
/// English, linked to where it stands; under it, on a translated page, its
/// translation.
#[component]
fn SpecQuote(locale: Locale, quote: Quote, translation: Option<(String, Locale)>) -> impl IntoView {
    let original = Locale::DEFAULT;
    view! {
        <figure class="spec-quote">
            <blockquote cite=quote.url.clone() lang=locale.lang_for(original) dir=locale.dir_for(original)>
                <p>{quote.text}</p>
            </blockquote>
            {translation.map(|(text, lang)| view! {
                <p class="quote-translation" lang=locale.lang_for(lang) dir=locale.dir_for(lang)>{text}</p>
            })}
            <figcaption>
                <a href=quote.url rel="external" lang=locale.lang_for(original) dir=locale.dir_for(original)>{quote.source}</a>
            </figcaption>
        </figure>
    }
}

/// One row of a table of reasons: where the first cell leads (a service,
/// or a code), the reason, and what it means.
#[derive(Clone)]
struct ReasonRow {
    href: String,
    label: String,
    /// The locale of the label, or `None` for a number.
    label_lang: Option<Locale>,
    reason: String,
    summary: String,
    lang: Locale,
}

impl ReasonRow {
    /// A reason on a code's page: the service that sends it.
    fn of_service(locale: Locale, r: ReasonEntry) -> ReasonRow {
        ReasonRow {
            href: namespace_url(locale, &r.service.id),
            label: r.service.name,
            label_lang: Some(r.service.lang),
            reason: r.reason,
            summary: r.summary,
            lang: r.lang,
        }
    }

    /// A reason on a service's page: the code it comes with.
    fn of_code(locale: Locale, r: Reason, lang: Locale) -> ReasonRow {
        ReasonRow {
            href: code_url(locale, r.code),
            label: r.code.to_string(),
            label_lang: None,
            reason: r.reason,
            summary: r.summary,
            lang,
        }
    }
}

/// Reasons as a table: who or which code, the reason, what it means.
#[component]
fn ReasonTable(
    w: Words,
    heading: String,
    first_column: PageKey,
    rows: Vec<ReasonRow>,
) -> impl IntoView {
    let locale = w.locale;
    view! {
        <section class="prose reasons">
            <h2>{heading}</h2>
            <table>
                <thead>
                    <tr>
                        <th scope="col">{w.page(first_column)}</th>
                        <th scope="col">{w.page(PageKey::ReasonColumn)}</th>
                        <th scope="col">{w.page(PageKey::MeaningColumn)}</th>
                    </tr>
                </thead>
                <tbody>
                    {rows
                        .into_iter()
                        .map(|r| {
                            let (lang, dir) = match r.label_lang {
                                Some(l) => (locale.lang_for(l), locale.dir_for(l)),
                                None => (None, Some("ltr")),
                            };
                            view! {
                                <tr>
                                    <td><a href=r.href lang=lang dir=dir>{r.label}</a></td>
                                    <td><code dir="ltr">{r.reason}</code></td>
                                    <td lang=locale.lang_for(r.lang) dir=locale.dir_for(r.lang)>{r.summary}</td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        </section>
    }
}

/// The list of tools.
#[component]
fn ToolsView(w: Words) -> impl IntoView {
    let locale = w.locale;
    view! {
        <article class="entry-list-page">
            <h1>{w.browser(BrowserKey::ToolsTitle)}</h1>
            <p class="lead">{w.page(PageKey::ToolsIntro)}</p>
            <ul class="entry-list">
                {Tool::ALL
                    .into_iter()
                    .map(|tool| {
                        let (name, summary) = PageKey::tool(tool);
                        view! {
                            <li>
                                <a href=url(locale, &Route::Tool(tool))>
                                    <span class="entry-title">{w.page(name)}</span>
                                    " "
                                    <span class="entry-summary">{w.page(summary)}</span>
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </article>
    }
}

/// A tool: its forms, which the tools' worker answers in the browser, and
/// the strings it answers with.
#[component]
fn ToolView(w: Words, data: ToolData) -> impl IntoView {
    let (name, summary) = PageKey::tool(data.tool);
    let text = w.ui.tool();
    view! {
        <article class="tool-page" data-tool=data.tool.id()>
            <PageHead kicker=w.page(PageKey::ToolKicker) lead=(w.page(summary), w.locale) locale=w.locale>
                <h1>{w.page(name)}</h1>
            </PageHead>
            <noscript><p class="note">{w.page(PageKey::ToolNeedsScript)}</p></noscript>
            <div class="tool-forms" inner_html=forms_html(data.tool, w.locale, text)></div>
            <script type="text/plain" id=TEXT_ID inner_html=tool_text_data(text)></script>
            {data.log_data.map(|d| view! { <script type="text/plain" id=DATA_ID inner_html=d></script> })}
        </article>
    }
}

/// "Which close code should I send?": every situation, each a link to its
/// answer.
#[component]
fn SituationsView(w: Words) -> impl IntoView {
    let locale = w.locale;
    let (name, summary) = PageKey::tool(Tool::WhichCode);
    view! {
        <article class="tool-page which-code">
            <PageHead kicker=w.page(PageKey::ToolKicker) lead=(w.page(summary), locale) locale=locale>
                <h1>{w.page(name)}</h1>
            </PageHead>
            <h2>{w.page(PageKey::WhichCodeQuestion)}</h2>
            <p>{w.page(PageKey::WhichCodeIntro)}</p>
            <ul class="situation-list">
                {Situation::ALL
                    .into_iter()
                    .map(|s| view! {
                        <li><a href=url(locale, &Route::WhichCode(s))>{w.page(PageKey::situation(s))}</a></li>
                    })
                    .collect_view()}
            </ul>
        </article>
    }
}

/// The answer for one situation: each code to send, when it fits, and its
/// facts.
#[component]
fn WhichCodeView(w: Words, data: WhichCodeData) -> impl IntoView {
    let locale = w.locale;
    let back = url(locale, &Route::Tool(Tool::WhichCode));
    let application = data.codes.is_empty().then(|| {
        let range = crate::model::Range::Private;
        view! {
            <p>{w.page(PageKey::WhichCodeApplication)}</p>
            <ul class="entry-list entry-titles">
                <li><a href=url(locale, &Route::Guide("designing-close-codes".into()))>{w.page(PageKey::WhichCodeGuide)}</a></li>
                <li><a href=crate::route::range_url(locale, range)>{format!("{} {}", range_label(range), w.browser(BrowserKey::range_name(range)))}</a></li>
            </ul>
        }
    });
    view! {
        <article class="tool-page which-code-answer">
            <PageHead kicker=w.page(PageKey::ToolWhichCodeName) lead=(w.page(PageKey::WhichCodeIntro), locale) locale=locale>
                <h1>{w.page(PageKey::situation(data.situation))}</h1>
            </PageHead>
            {application}
            {(!data.codes.is_empty()).then(|| view! { <h2>{w.page(PageKey::WhichCodeSend)}</h2> })}
            {data
                .codes
                .into_iter()
                .map(|(code, lang)| {
                    let (l, d) = (locale.lang_for(lang), locale.dir_for(lang));
                    view! {
                        <section class="answer">
                            <h3 class="code-title">
                                <a href=code_url(locale, code.code)>
                                    <span class="code-number" dir="ltr">{code.code}</span>
                                    " "
                                    <span class="code-name" lang=l dir=d>{code.name.clone()}</span>
                                </a>
                            </h3>
                            <p class="lead" lang=l dir=d>{code.summary.clone()}</p>
                            <h4>{w.page(PageKey::WhichCodeWhen)}</h4>
                            <p lang=l dir=d>{code.use_when.clone()}</p>
                            <dl class="answer-facts"><FactRows w=w code=code.clone() other=None/></dl>
                        </section>
                    }
                })
                .collect_view()}
            <p><a class="button" href=back>{w.page(PageKey::WhichCodeAnother)}</a></p>
        </article>
    }
}
