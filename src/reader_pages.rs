//! The pages that depend on what the reader asked for: search results, the
//! not-found page and the page of any number. The browser renders them for
//! the URL it is at; the build renders the same functions into the
//! prerendered files (the search page, `404.html`, numbers that services
//! define).
//!
//! Pure functions from [`BrowserData`] to [`PageHtml`], written with the
//! escaping [`Html`] writer, so they are tested natively.

use crate::html::{escape, Html};
use crate::locale::Locale;
use crate::model::Range;
use crate::page::{BrowserData, PageHtml};
use crate::route::{code_in_path, code_url, range_url, service_code_url, url, Route};
use crate::search::SearchHit;
use crate::ui::{fill, BrowserKey};

/// A service's meaning of a number.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Meaning {
    /// The service's id.
    pub namespace: String,
    /// The service's name.
    pub service: String,
    /// The locale of the service's name.
    pub service_lang: Locale,
    /// The number.
    pub code: u16,
    /// The service's name for the code.
    pub name: String,
    /// What it means.
    pub summary: String,
    /// The locale of the name and summary.
    pub lang: Locale,
}

/// One entry of a list of codes or ranges.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ListItem {
    /// Where it leads.
    pub href: String,
    /// The number, or the range of numbers.
    pub number: String,
    /// The name.
    pub name: String,
    /// What it means.
    pub summary: String,
    /// The service that defines it, with the locale of its name.
    pub service: Option<(String, Locale)>,
    /// The locale of the name and summary.
    pub lang: Locale,
}

impl ListItem {
    /// An entry for a service's code, naming the service.
    pub fn meaning(locale: Locale, m: &Meaning) -> ListItem {
        ListItem {
            href: service_code_url(locale, &m.namespace, m.code),
            number: m.code.to_string(),
            name: m.name.clone(),
            summary: m.summary.clone(),
            service: Some((m.service.clone(), m.service_lang)),
            lang: m.lang,
        }
    }
}

/// The `lang` and `dir` attributes of text in `text` on a page of `page`.
fn lang_attrs(page: Locale, text: Locale) -> [(&'static str, Option<&'static str>); 2] {
    [("lang", page.lang_for(text)), ("dir", page.dir_for(text))]
}

/// A list of codes or ranges, each linking to its page.
pub fn code_list(locale: Locale, class: &str, items: &[ListItem]) -> String {
    let mut h = Html::new();
    h.open("ul", &[("class", Some(class))])
        .trusted(&code_list_items(locale, items))
        .close("ul");
    h.finish()
}

/// The entries of a [`code_list`].
pub fn code_list_items(locale: Locale, items: &[ListItem]) -> String {
    let mut h = Html::new();
    for item in items {
        h.open("li", &[]).open("a", &[("href", Some(&item.href))]);
        h.element(
            "span",
            &[("class", Some("code-number")), ("dir", Some("ltr"))],
            &item.number,
        )
        .text(" ");
        let [lang, dir] = lang_attrs(locale, item.lang);
        h.element(
            "span",
            &[("class", Some("code-name")), lang, dir],
            &item.name,
        )
        .text(" ");
        if let Some((service, service_lang)) = &item.service {
            let [lang, dir] = lang_attrs(locale, *service_lang);
            h.element(
                "span",
                &[("class", Some("code-service")), lang, dir],
                service,
            )
            .text(" ");
        }
        h.element(
            "span",
            &[("class", Some("code-summary")), lang, dir],
            &item.summary,
        );
        h.close("a").close("li");
    }
    h.finish()
}

/// The range of a range, as shown: `4000–4999`.
pub fn range_label(range: Range) -> String {
    let (low, high) = range.bounds();
    format!("{low}–{high}")
}

/// Every range of numbers, each linking to its page.
pub fn range_list(data: &BrowserData) -> String {
    let items: Vec<ListItem> = Range::ALL
        .into_iter()
        .map(|range| ListItem {
            href: range_url(data.locale, range),
            number: range_label(range),
            name: data.ui(BrowserKey::range_name(range)).to_string(),
            summary: data.ui(BrowserKey::range_summary(range)).to_string(),
            service: None,
            lang: data.locale,
        })
        .collect();
    code_list(data.locale, "range-list", &items)
}

/// "Every number": the ranges, under their heading.
fn ranges_section(h: &mut Html, data: &BrowserData) {
    h.element("h2", &[], data.ui(BrowserKey::RangesHeading))
        .element("p", &[], data.ui(BrowserKey::RangesBlurb))
        .trusted(&range_list(data));
}

/// Fills `template`'s text holes, escaped, and puts `html` where `{hole}`
/// is.
pub fn fill_with_html(template: &str, values: &[(&str, &str)], hole: &str, html: &str) -> String {
    let marker = format!("{{{hole}}}");
    let (before, after) = template.split_once(&marker).unwrap_or((template, ""));
    format!(
        "{}{html}{}",
        escape(&fill(before, values)),
        escape(&fill(after, values))
    )
}

/// A search result's label: code, name, service and snippet.
pub fn hit_label(locale: Locale, hit: &SearchHit) -> String {
    let mut h = Html::new();
    h.open("span", &[("class", Some("hit-head"))]);
    if let Some(code) = hit.code {
        h.element(
            "span",
            &[("class", Some("code-number")), ("dir", Some("ltr"))],
            &code.to_string(),
        )
        .text(" ");
    }
    let [lang, dir] = hit
        .lang
        .map_or([("lang", None), ("dir", None)], |l| lang_attrs(locale, l));
    h.element(
        "span",
        &[("class", Some("code-name")), lang, dir],
        &hit.title,
    );
    if !hit.service.is_empty() {
        h.text(" ")
            .element("span", &[("class", Some("code-service"))], &hit.service);
    }
    h.close("span").text(" ");
    h.open("span", &[("class", Some("hit-snippet")), lang, dir])
        .trusted(&hit.snippet_html())
        .close("span");
    h.finish()
}

/// What the search page shows for a query.
#[derive(Clone, Debug, PartialEq)]
pub enum SearchState {
    /// The index is on its way.
    Loading,
    /// The index could not be loaded.
    Failed,
    /// The results, best first.
    Results(Vec<SearchHit>),
}

/// The search page. `every_code` is listed when there is no query (the page
/// as prerendered, which is also what shows without script).
pub fn search_page(
    data: &BrowserData,
    query: &str,
    state: &SearchState,
    every_code: &[ListItem],
) -> PageHtml {
    let query = query.trim();
    let mut h = Html::new();
    h.open("div", &[("class", Some("search-page"))]).element(
        "h1",
        &[],
        data.ui(BrowserKey::SearchTitle),
    );
    search_form(&mut h, data, query);
    if query.is_empty() {
        h.element(
            "p",
            &[("class", Some("lead"))],
            data.ui(BrowserKey::SearchHelp),
        )
        .trusted(&code_list(data.locale, "code-list", every_code));
    } else {
        search_results(&mut h, data, query, state);
    }
    h.close("div");
    let title = if query.is_empty() {
        data.ui(BrowserKey::SearchTitle).to_string()
    } else {
        fill(data.ui(BrowserKey::SearchResultsFor), &[("query", query)])
    };
    PageHtml {
        title,
        description: data.ui(BrowserKey::SearchDescription).to_string(),
        html: h.finish(),
    }
}

/// The search page's own form, which works without script.
fn search_form(h: &mut Html, data: &BrowserData, query: &str) {
    let action = url(data.locale, &Route::Search);
    h.open(
        "form",
        &[
            ("class", Some("search-page-form")),
            ("action", Some(&action)),
            ("method", Some("get")),
            ("role", Some("search")),
        ],
    )
    .element(
        "label",
        &[("for", Some("search-page-input"))],
        data.ui(BrowserKey::SearchLabel),
    )
    .open(
        "input",
        &[
            ("id", Some("search-page-input")),
            ("type", Some("search")),
            ("name", Some("q")),
            ("value", Some(query)),
        ],
    )
    .element(
        "button",
        &[("type", Some("submit"))],
        data.ui(BrowserKey::SearchSubmit),
    )
    .close("form");
}

/// What the search found for `query`, or why there is nothing yet.
fn search_results(h: &mut Html, data: &BrowserData, query: &str, state: &SearchState) {
    let ui = |key| data.ui(key);
    h.element(
        "h2",
        &[],
        &fill(ui(BrowserKey::SearchResultsFor), &[("query", query)]),
    );
    match state {
        SearchState::Loading => {
            h.element(
                "p",
                &[("class", Some("loading")), ("role", Some("status"))],
                ui(BrowserKey::SearchLoading),
            );
        }
        SearchState::Failed => {
            h.element(
                "p",
                &[("class", Some("failed")), ("role", Some("alert"))],
                ui(BrowserKey::SearchFailed),
            );
        }
        SearchState::Results(hits) if hits.is_empty() => {
            let home = url(data.locale, &Route::Home);
            h.element(
                "p",
                &[("role", Some("status"))],
                &fill(ui(BrowserKey::SearchNoMatch), &[("query", query)]),
            )
            .element("p", &[("class", Some("lead"))], ui(BrowserKey::SearchHelp))
            .open("p", &[])
            .element(
                "a",
                &[("class", Some("button")), ("href", Some(&home))],
                ui(BrowserKey::GoHome),
            )
            .close("p");
        }
        SearchState::Results(hits) => {
            h.open("ul", &[("class", Some("hit-list"))]);
            for hit in hits {
                h.open("li", &[])
                    .open("a", &[("href", Some(&url(data.locale, &hit.route)))])
                    .trusted(&hit_label(data.locale, hit))
                    .close("a")
                    .close("li");
            }
            h.close("ul");
        }
    }
}

/// The not-found page for `path` (`None` where the address is not known:
/// the `404.html` a static host serves at any path, as read without
/// script).
pub fn not_found_page(data: &BrowserData, path: Option<&str>) -> PageHtml {
    let locale = data.locale;
    let ui = |key| data.ui(key);
    let mut h = Html::new();
    h.open("div", &[("class", Some("not-found"))]).element(
        "h1",
        &[],
        ui(BrowserKey::NotFoundTitle),
    );
    match path {
        Some(path) => {
            let shown = crate::route::decode_query(path);
            let code = format!("<code dir=\"ltr\">{}</code>", escape(&shown));
            h.open("p", &[("class", Some("lead"))])
                .trusted(&fill_with_html(
                    ui(BrowserKey::NotFoundText),
                    &[],
                    "path",
                    &code,
                ))
                .close("p");
            let hint = code_in_path(path).into_iter().find_map(|n| {
                let name = match data.code(u32::from(n)) {
                    Some(c) => c.name.clone(),
                    None => ui(BrowserKey::range_name(Range::of(u32::from(n))?)).to_string(),
                };
                Some((n, name))
            });
            if let Some((n, name)) = hint {
                h.open("p", &[("class", Some("hint"))])
                    .element(
                        "a",
                        &[("href", Some(&code_url(locale, n)))],
                        &fill(
                            ui(BrowserKey::NotFoundCodeHint),
                            &[("code", &n.to_string()), ("name", &name)],
                        ),
                    )
                    .close("p");
            }
        }
        None => {
            h.element(
                "p",
                &[("class", Some("lead"))],
                ui(BrowserKey::NotFoundTextUnknown),
            );
        }
    }
    h.open("p", &[])
        .element(
            "a",
            &[
                ("class", Some("button")),
                ("href", Some(&url(locale, &Route::Home))),
            ],
            ui(BrowserKey::GoHome),
        )
        .close("p");
    ranges_section(&mut h, data);
    h.close("div");
    PageHtml {
        title: ui(BrowserKey::NotFoundTitle).to_string(),
        description: ui(BrowserKey::NotFoundDescription).to_string(),
        html: h.finish(),
    }
}

/// The page of a number: its range, what services mean by it and how to
/// find out more; for a number above 65535, why it cannot be a close code.
pub fn number_page(data: &BrowserData, number: u32, meanings: &[Meaning]) -> PageHtml {
    let Some(range) = Range::of(number) else {
        return too_large_page(data, &number.to_string());
    };
    let ui = |key| data.ui(key);
    let n = number.to_string();
    let (low, high) = range.bounds();
    let (low, high) = (low.to_string(), high.to_string());
    let range_name = ui(BrowserKey::range_name(range));
    let in_range = fill(
        ui(BrowserKey::NumberInRange),
        &[
            ("number", &n),
            ("low", &low),
            ("high", &high),
            ("range", range_name),
        ],
    );
    let mut h = Html::new();
    h.open("article", &[("class", Some("number-page"))])
        .open("header", &[("class", Some("page-head"))])
        .element(
            "p",
            &[("class", Some("kicker"))],
            ui(BrowserKey::NumberKicker),
        )
        .open("h1", &[("class", Some("code-title"))])
        .element(
            "span",
            &[("class", Some("code-number")), ("dir", Some("ltr"))],
            &n,
        )
        .text(" ")
        .element("span", &[("class", Some("code-name"))], range_name)
        .close("h1")
        .element(
            "p",
            &[("class", Some("lead"))],
            &format!("{in_range} {}", ui(BrowserKey::range_summary(range))),
        )
        .close("header");
    if meanings.is_empty() {
        h.element(
            "p",
            &[],
            &fill(ui(BrowserKey::NumberNoMeaning), &[("number", &n)]),
        );
    } else {
        let items: Vec<ListItem> = meanings
            .iter()
            .map(|m| ListItem::meaning(data.locale, m))
            .collect();
        h.element(
            "h2",
            &[],
            &fill(ui(BrowserKey::NumberMeanings), &[("number", &n)]),
        )
        .trusted(&code_list(data.locale, "code-list", &items));
    }
    let see_range = fill(
        ui(BrowserKey::NumberSeeRange),
        &[("low", &low), ("high", &high)],
    );
    h.open("section", &[("class", Some("prose"))])
        .element(
            "h2",
            &[],
            &fill(ui(BrowserKey::NumberFindOut), &[("number", &n)]),
        )
        .element("p", &[], ui(BrowserKey::range_advice(range)))
        .open("p", &[])
        .element(
            "a",
            &[("href", Some(&range_url(data.locale, range)))],
            &see_range,
        )
        .close("p")
        .close("section")
        .close("article");
    let values = [("number", n.as_str()), ("range", range_name)];
    let description = if meanings.is_empty() {
        fill(ui(BrowserKey::NumberDescription), &values)
    } else {
        // Each number that services define gets its own line, naming them.
        let mut services: Vec<&str> = meanings.iter().map(|m| m.service.as_str()).collect();
        services.dedup();
        let services = services
            .into_iter()
            .map(str::to_string)
            .reduce(|list, item| {
                fill(
                    ui(BrowserKey::ListItem),
                    &[("list", &list), ("item", &item)],
                )
            })
            .unwrap_or_default();
        fill(
            ui(BrowserKey::NumberDescriptionServices),
            &[("number", &n), ("services", &services)],
        )
    };
    PageHtml {
        title: fill(ui(BrowserKey::NumberTitle), &values),
        description,
        html: h.finish(),
    }
}

/// The page that hosts with rewrite rules serve for every number without a
/// page of its own (`number.html`). The browser renders the number's page
/// over it; what it says without script must hold for any number, so it
/// lists the ranges.
pub fn any_number_page(data: &BrowserData) -> PageHtml {
    let mut h = Html::new();
    h.open("article", &[("class", Some("number-page"))])
        .open("header", &[("class", Some("page-head"))])
        .element(
            "h1",
            &[("class", Some("code-title"))],
            data.ui(BrowserKey::NumberKicker),
        )
        .element(
            "p",
            &[("class", Some("lead"))],
            data.ui(BrowserKey::RangesBlurb),
        )
        .close("header")
        .trusted(&range_list(data))
        .close("article");
    PageHtml {
        title: data.ui(BrowserKey::NumberKicker).to_string(),
        description: data.ui(BrowserKey::RangesBlurb).to_string(),
        html: h.finish(),
    }
}

/// The page of a number above 65535 (its decimal digits): why no Close
/// frame can carry it, and the ranges that exist.
pub fn too_large_page(data: &BrowserData, digits: &str) -> PageHtml {
    let n = digits;
    let title = fill(data.ui(BrowserKey::NumberTooLargeTitle), &[("number", n)]);
    let why = fill(data.ui(BrowserKey::NumberTooLarge), &[("number", n)]);
    let mut h = Html::new();
    h.open("article", &[("class", Some("number-page"))])
        .open("header", &[("class", Some("page-head"))])
        .element(
            "p",
            &[("class", Some("kicker"))],
            data.ui(BrowserKey::NumberKicker),
        )
        .element("h1", &[], &title)
        .element("p", &[("class", Some("lead"))], &why)
        .close("header");
    ranges_section(&mut h, data);
    h.close("article");
    PageHtml {
        title,
        description: why,
        html: h.finish(),
    }
}

/// Shown while a page's data is on its way.
pub fn loading_page(data: &BrowserData) -> PageHtml {
    let mut h = Html::new();
    h.element(
        "p",
        &[("class", Some("loading")), ("role", Some("status"))],
        data.ui(BrowserKey::Loading),
    );
    PageHtml {
        title: data.ui(BrowserKey::Loading).to_string(),
        description: String::new(),
        html: h.finish(),
    }
}

/// Shown when a page's data could not be loaded; the link reloads `path`.
pub fn failed_page(data: &BrowserData, path: &str) -> PageHtml {
    let mut h = Html::new();
    h.open("div", &[("class", Some("failed")), ("role", Some("alert"))])
        .element("p", &[], data.ui(BrowserKey::LoadFailed))
        .open("p", &[])
        // rel=external keeps client-side navigation out: this is a real reload.
        .element(
            "a",
            &[("href", Some(path)), ("rel", Some("external"))],
            data.ui(BrowserKey::Reload),
        )
        .close("p")
        .close("div");
    PageHtml {
        title: data.ui(BrowserKey::LoadFailed).to_string(),
        description: String::new(),
        html: h.finish(),
    }
}
