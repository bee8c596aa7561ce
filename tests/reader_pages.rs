//! The pages the browser renders for what the reader asked (search results,
//! not found, any number), rendered natively: in the reader's language,
//! true for every number, and never turning input into markup.

use std::path::Path;
use std::sync::OnceLock;

use closecodes::content::Catalog;
use closecodes::locale::Locale;
use closecodes::page::{browser_data, BrowserData};
use closecodes::reader_pages::{
    any_number_page, not_found_page, number_page, search_page, too_large_page, Meaning, SearchState,
};
use closecodes::route::Route;
use closecodes::search::SearchHit;

fn data(id: &str) -> BrowserData {
    static CATALOG: OnceLock<Catalog> = OnceLock::new();
    let catalog = CATALOG.get_or_init(|| {
        Catalog::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("content")).unwrap()
    });
    browser_data(
        catalog,
        Locale::from_id(id).unwrap(),
        Vec::new(),
        Vec::new(),
    )
}

#[test]
fn every_number_up_to_65535_is_placed_in_its_range() {
    let en = data("en");
    for (number, range) in [
        (0, "0–999: Not used."),
        (2500, "1000–2999: Reserved for the protocol."),
        (3999, "3000–3999: Registered with IANA."),
        (4123, "4000–4999: Private use."),
        (65535, "5000–65535: Not valid close codes."),
    ] {
        let page = number_page(&en, number, &[]);
        assert!(
            page.html
                .contains(&format!("{number} is in the range {range}")),
            "{number}: {}",
            page.html
        );
        assert!(page.title.starts_with(&format!("Close code {number}: ")));
    }
}

#[test]
fn a_number_above_65535_is_said_to_be_no_close_code() {
    for number in [65536, 99999, 999_999_999] {
        let page = number_page(&data("en"), number, &[]);
        assert_eq!(page.title, format!("{number} is not a close code"));
        assert!(!page.html.contains("is in the range"), "{}", page.html);
        assert!(page.html.contains("no close code is larger than 65535"));
    }
    let zh = number_page(&data("zh-hans"), 70000, &[]);
    assert_eq!(zh.title, "70000 不是关闭码");
    // However many digits: the page shows them as written.
    let long = too_large_page(&data("en"), "123456789012345678901234567890");
    assert_eq!(
        long.title,
        "123456789012345678901234567890 is not a close code"
    );
}

#[test]
fn the_page_hosts_serve_for_any_number_holds_for_every_number() {
    let en = data("en");
    let page = any_number_page(&en);
    assert!(page
        .html
        .contains("<h1 class=\"code-title\">WebSocket close code number</h1>"));
    assert!(page
        .html
        .contains("Any number you meet falls in one of these ranges"));
    for range in ["0–999", "1000–2999", "3000–3999", "4000–4999", "5000–65535"] {
        assert!(page.html.contains(range), "{range}");
    }
    // It claims nothing about any one number.
    assert!(!page.html.contains("not found") && !page.html.contains("There is no page"));
}

#[test]
fn a_number_that_services_define_is_described_by_them() {
    let meanings = [
        ("discord-gateway", "Discord Gateway"),
        ("pusher", "Pusher Channels"),
    ]
    .map(|(id, service)| Meaning {
        namespace: id.into(),
        service: service.into(),
        service_lang: Locale::DEFAULT,
        code: 4004,
        name: "Some name".into(),
        summary: "Some summary.".into(),
        lang: Locale::DEFAULT,
    });
    let page = number_page(&data("en"), 4004, &meanings);
    assert_eq!(
        page.description,
        "What WebSocket close code 4004 means to Discord Gateway, Pusher Channels, and how to \
         tell which meaning applies to you."
    );
    let zh = number_page(&data("zh-hans"), 4004, &meanings);
    assert!(
        zh.description.contains("Discord Gateway、Pusher Channels"),
        "{}",
        zh.description
    );
    let alone = number_page(&data("en"), 2500, &[]);
    assert_ne!(alone.description, page.description);
}

#[test]
fn the_not_found_page_names_the_path_only_when_it_knows_it() {
    let en = data("en");
    let known = not_found_page(&en, Some("/docs/1008/oops"));
    assert!(known
        .html
        .contains("There is no page at <code dir=\"ltr\">/docs/1008/oops</code>."));
    assert!(known
        .html
        .contains("<a href=\"/1008/\">Looking for close code 1008, Policy Violation?</a>"));
    let unknown = not_found_page(&en, None);
    assert!(unknown
        .html
        .contains("This address has no page of its own."));
    assert!(unknown
        .html
        .contains("with JavaScript on, this page explains the number itself"));
    assert!(!unknown.html.contains("<code"));
    // A number without a page of its own is still suggested, by its range.
    let other = not_found_page(&en, Some("/ws/4123/x"));
    assert!(
        other
            .html
            .contains("Looking for close code 4123, Private use?"),
        "{}",
        other.html
    );
    // In the reader's language, with full-width digits in the path.
    let ja = not_found_page(&data("ja"), Some("/ja/１００６/"));
    assert!(ja.html.contains("href=\"/ja/1006/\""), "{}", ja.html);
    assert!(ja.html.contains("異常終了"), "{}", ja.html);
}

#[test]
fn nothing_the_reader_types_becomes_markup() {
    let en = data("en");
    let payload = "<script>alert(1)</script>\"'><img src=x onerror=alert(1)>";
    let page = not_found_page(&en, Some(&format!("/{payload}")));
    assert!(
        !page.html.contains("<script>") && !page.html.contains("<img"),
        "{}",
        page.html
    );
    assert!(page.html.contains("&lt;script&gt;"));
    for state in [
        SearchState::Loading,
        SearchState::Failed,
        SearchState::Results(Vec::new()),
        SearchState::Results(vec![SearchHit {
            route: Route::Number(1008),
            code: Some(1008),
            title: "Policy <b>Violation</b>".into(),
            lang: None,
            service: String::new(),
            snippet: vec![(payload.into(), true)],
            score: 1.0,
        }]),
    ] {
        let page = search_page(&en, payload, &state, &[]);
        assert!(!page.html.contains("<script>"), "{state:?}: {}", page.html);
        assert!(!page.html.contains("<img"), "{state:?}: {}", page.html);
        assert!(!page.html.contains("<b>"), "{state:?}: {}", page.html);
    }
    // The query stays in the search field, escaped, so the reader can edit it.
    let page = search_page(&en, "a \"quoted\" query", &SearchState::Loading, &[]);
    assert!(page.html.contains("value=\"a &quot;quoted&quot; query\""));
}

#[test]
fn search_results_link_to_the_readers_language() {
    let ja = data("ja");
    let hit = SearchHit {
        route: Route::Compare(1008, 1014),
        code: Some(1008),
        title: "1008 Policy Violation vs 1014 Bad Gateway".into(),
        lang: Some(Locale::default_locale()),
        service: String::new(),
        snippet: vec![("x".into(), false)],
        score: 1.0,
    };
    let page = search_page(
        &ja,
        "1008と1014の違い",
        &SearchState::Results(vec![hit]),
        &[],
    );
    assert!(page.html.contains("href=\"/ja/compare/1008-vs-1014/\""));
    // The English name is marked as English.
    assert!(page.html.contains("lang=\"en\""), "{}", page.html);
    let ar = data("ar");
    let none = search_page(&ar, "xyz", &SearchState::Results(Vec::new()), &[]);
    assert!(none.html.contains("href=\"/ar/\""), "a way home");
}
