//! The URL scheme: URLs round-trip, non-canonical forms redirect, and
//! strange paths are "not found", never a panic.

use closecodes::locale::Locale;
use closecodes::route::{
    all_pages, code_in_path, compare_url, decode_query, encode_query, query_param, redirects,
    resolve, search_url, url, Page, Resolved, Route,
};

fn en() -> Locale {
    Locale::from_id("en").unwrap()
}
fn zh() -> Locale {
    Locale::from_id("zh-hans").unwrap()
}

#[test]
fn urls_have_their_documented_shape() {
    assert_eq!(url(en(), Route::Home), "/");
    assert_eq!(url(zh(), Route::Home), "/zh-hans/");
    assert_eq!(url(en(), Route::Code(1008)), "/1008/");
    assert_eq!(url(zh(), Route::Code(1006)), "/zh-hans/1006/");
    assert_eq!(compare_url(en(), 1014, 1008), "/compare/1008-vs-1014/");
    assert_eq!(
        compare_url(zh(), 1008, 1014),
        "/zh-hans/compare/1008-vs-1014/"
    );
    assert_eq!(search_url(en(), "close 1006"), "/search/?q=close+1006");
    assert_eq!(search_url(zh(), ""), "/zh-hans/search/");
}

#[test]
fn every_page_url_resolves_back_to_its_page() {
    let codes: Vec<u16> = (1000..=1015).collect();
    let pages = all_pages(&codes);
    // 2 locales x (home + search + 16 codes + 120 comparisons)
    assert_eq!(pages.len(), 2 * (2 + 16 + 120));
    for page in pages {
        assert_eq!(resolve(&page.url()), Resolved::Page(page), "{}", page.url());
    }
}

#[test]
fn reversed_comparisons_redirect_to_the_canonical_url() {
    assert_eq!(
        resolve("/compare/1014-vs-1008/"),
        Resolved::Redirect("/compare/1008-vs-1014/".into())
    );
    assert_eq!(
        resolve("/zh-hans/compare/1014-vs-1008/"),
        Resolved::Redirect("/zh-hans/compare/1008-vs-1014/".into())
    );
    let codes: Vec<u16> = (1000..=1015).collect();
    let redirects = redirects(&codes);
    assert_eq!(redirects.len(), 2 * 120);
    for (from, to) in redirects {
        assert_eq!(resolve(&from), Resolved::Redirect(to.clone()));
        assert!(matches!(resolve(&to), Resolved::Page(_)));
    }
}

#[test]
fn near_miss_spellings_redirect() {
    for (path, to) in [
        ("/1008", "/1008/"),
        ("/01008/", "/1008/"),
        ("/1008/index.html", "/1008/"),
        ("//1008//", "/1008/"),
        ("/en/1008/", "/1008/"),
        ("/en/", "/"),
        ("/zh-hans", "/zh-hans/"),
    ] {
        let resolved = resolve(path);
        let ok = resolved == Resolved::Redirect(to.into())
            || resolved == resolve(to) && matches!(resolved, Resolved::Page(_));
        assert!(ok, "{path} resolved to {resolved:?}");
    }
}

#[test]
fn strange_paths_are_not_found() {
    for path in [
        "/no/such/page",
        "/compare/1008-vs-1008/",
        "/compare/1008/",
        "/compare/abc-vs-1008/",
        "/99999999/",
        "/1008/extra/",
        "/zh-hans/no/such/page",
        "/%E4%B8%AD/",
        "/-1/",
        "/1e3/",
    ] {
        assert!(
            matches!(resolve(path), Resolved::NotFound(_)),
            "{path}: {:?}",
            resolve(path)
        );
    }
    assert_eq!(resolve("/zh-hans/nope/"), Resolved::NotFound(zh()));
    // Numbers the site has no page for still resolve to a page; the content
    // decides that it is missing.
    assert_eq!(
        resolve("/1234/"),
        Resolved::Page(Page {
            locale: en(),
            route: Route::Code(1234)
        })
    );
}

#[test]
fn queries_round_trip() {
    for q in [
        "1006",
        "close 1006 (abnormal closure)",
        "异常关闭",
        "a&b=c%d+e",
        "",
    ] {
        assert_eq!(decode_query(&encode_query(q)), q);
    }
    assert_eq!(
        query_param("?q=1008+vs+1014&x=1", "q").as_deref(),
        Some("1008 vs 1014")
    );
    assert_eq!(query_param("?x=1", "q"), None);
    assert_eq!(decode_query("%E5%BC%82%E5%B8%B8"), "异常");
    assert_eq!(decode_query("100%"), "100%");
    assert_eq!(decode_query("%zz"), "%zz");
}

#[test]
fn numbers_are_found_in_paths() {
    assert_eq!(code_in_path("/docs/1008/whatever"), vec![1008]);
    assert_eq!(code_in_path("/ws-close-1006.html"), vec![1006]);
    assert!(code_in_path("/no/such/page").is_empty());
}
