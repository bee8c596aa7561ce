//! The URL scheme: URLs round-trip, non-canonical forms redirect, and
//! strange paths are "not found", never a panic.

use closecodes::locale::Locale;
use closecodes::model::Range;
use closecodes::route::{
    api, card_url, code_in_path, compare_url, decode_query, encode_query, is_namespace_id,
    locale_sitemap_url, namespace_url, number_page_url, opensearch_url, query_param, range_url,
    resolve, search_url, service_code_url, too_long_number, url, Page, Resolved, Route, SiteMap,
};

fn en() -> Locale {
    Locale::from_id("en").unwrap()
}
fn zh() -> Locale {
    Locale::from_id("zh-hans").unwrap()
}

fn site() -> SiteMap {
    SiteMap {
        codes: (1000..=1015).chain([3000, 3003, 3008]).collect(),
        namespaces: vec![
            ("discord-gateway".into(), vec![4000, 4004]),
            ("twitch-eventsub".into(), vec![4004]),
            ("centrifugo".into(), vec![3000, 3500]),
        ],
        symptoms: vec!["closes-after-60-seconds".into()],
        guides: vec!["reconnecting".into()],
    }
}

#[test]
fn urls_have_their_documented_shape() {
    assert_eq!(url(en(), &Route::Home), "/");
    assert_eq!(url(zh(), &Route::Home), "/zh-hans/");
    assert_eq!(url(en(), &Route::Number(1008)), "/1008/");
    assert_eq!(url(zh(), &Route::Number(1006)), "/zh-hans/1006/");
    assert_eq!(compare_url(en(), 1014, 1008), "/compare/1008-vs-1014/");
    assert_eq!(
        compare_url(zh(), 1008, 1014),
        "/zh-hans/compare/1008-vs-1014/"
    );
    assert_eq!(namespace_url(en(), "discord-gateway"), "/discord-gateway/");
    assert_eq!(
        service_code_url(zh(), "discord-gateway", 4004),
        "/zh-hans/discord-gateway/4004/"
    );
    assert_eq!(range_url(en(), Range::Private), "/ranges/4000-4999/");
    assert_eq!(range_url(en(), Range::Invalid), "/ranges/5000-65535/");
    assert_eq!(search_url(en(), "close 1006"), "/search/?q=close+1006");
    assert_eq!(search_url(zh(), ""), "/zh-hans/search/");
}

#[test]
fn every_page_url_resolves_back_to_its_page() {
    let site = site();
    let pages = site.pages();
    // 15 locales x (home + search + numbers + comparisons + services + service codes + ranges
    // + the symptom and guide lists and pages + the tools, their list and the ten
    // situations of "which code should I send?")
    let numbers = site.numbers().len();
    assert_eq!(numbers, 19 + 3);
    let pairs = 19 * 18 / 2;
    assert_eq!(
        pages.len(),
        15 * (2 + numbers + pairs + 3 + 5 + 5 + 2 + 2 + 1 + 4 + 10)
    );
    for page in pages {
        assert_eq!(
            resolve(&page.url()),
            Resolved::Page(page.clone()),
            "{}",
            page.url()
        );
        assert!(site.has_page(&page.route), "{}", page.url());
    }
}

#[test]
fn the_site_map_knows_which_pages_exist() {
    let site = site();
    assert!(site.has_page(&Route::Number(4004)));
    assert!(!site.has_page(&Route::Number(2500)));
    assert!(!site.has_page(&Route::Namespace("nope".into())));
    assert!(!site.has_page(&Route::ServiceCode("discord-gateway".into(), 4999)));
    assert!(!site.has_page(&Route::Compare(1008, 4004)));
    assert!(site.has_page(&Route::Compare(1008, 3003)));
    assert!(site.has_page(&Route::Symptoms));
    assert!(site.has_page(&Route::Symptom("closes-after-60-seconds".into())));
    assert!(!site.has_page(&Route::Symptom("closes-after-61-seconds".into())));
    assert!(site.has_page(&Route::Guide("reconnecting".into())));
    assert!(!site.has_page(&Route::Guide("closes-after-60-seconds".into())));
}

#[test]
fn symptoms_and_guides_have_their_own_sections() {
    assert_eq!(url(en(), &Route::Symptoms), "/symptoms/");
    assert_eq!(
        url(zh(), &Route::Symptom("closes-after-60-seconds".into())),
        "/zh-hans/symptoms/closes-after-60-seconds/"
    );
    assert_eq!(
        url(en(), &Route::Guide("reconnecting".into())),
        "/guides/reconnecting/"
    );
    assert_eq!(
        resolve("/zh-hans/guides/reconnecting/index.html"),
        Resolved::Redirect("/zh-hans/guides/reconnecting/".into())
    );
    // Not a slug: not a page, whatever the site has.
    assert_eq!(resolve("/symptoms/Closes_After/"), Resolved::NotFound(en()));
    assert_eq!(resolve("/guides/a/b/"), Resolved::NotFound(en()));
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
    let redirects = site().redirects();
    assert_eq!(redirects.len(), 15 * 19 * 18 / 2);
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
        ("/discord-gateway/04004/", "/discord-gateway/4004/"),
    ] {
        let resolved = resolve(path);
        let ok = resolved == Resolved::Redirect(to.into())
            || resolved == resolve(to) && matches!(resolved, Resolved::Page(_));
        assert!(ok, "{path} resolved to {resolved:?}");
    }
}

#[test]
fn every_number_is_a_page() {
    for n in [0u32, 999, 2500, 4999, 5000, 65535, 70000, 999_999_999] {
        assert_eq!(
            resolve(&format!("/{n}/")),
            Resolved::Page(Page {
                locale: en(),
                route: Route::Number(n)
            })
        );
    }
}

#[test]
fn strange_paths_are_not_found() {
    for path in [
        "/no/such/page",
        "/compare/1008-vs-1008/",
        "/compare/1008/",
        "/compare/abc-vs-1008/",
        "/1234567890/",
        "/1008/extra/",
        "/zh-hans/no/such/page",
        "/%E4%B8%AD/",
        "/-1/",
        "/1e3/",
        "/ranges/1000-1999/",
        "/Discord-Gateway/",
        "/discord-gateway/70000/",
        "/search/more/",
    ] {
        assert!(
            matches!(resolve(path), Resolved::NotFound(_)),
            "{path}: {:?}",
            resolve(path)
        );
    }
    assert_eq!(resolve("/zh-hans/no/such/"), Resolved::NotFound(zh()));
    // A well-formed service id is a page until the content says otherwise.
    assert_eq!(
        resolve("/nope/"),
        Resolved::Page(Page {
            locale: en(),
            route: Route::Namespace("nope".into())
        })
    );
}

#[test]
fn service_ids_are_lowercase_words() {
    assert!(is_namespace_id("discord-gateway"));
    assert!(is_namespace_id("obs-websocket"));
    for bad in [
        "compare", "ranges", "search", "api", "tools", "symptoms", "guides", "zh-hans", "en", "ja",
        "ar", "id", "Discord", "-x", "x-", "a--b", "4004", "",
    ] {
        assert!(!is_namespace_id(bad), "{bad}");
    }
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
    // Full-width and Arabic-Indic digits, as typed or percent-encoded.
    assert_eq!(code_in_path("/１００６/"), vec![1006]);
    assert_eq!(
        code_in_path("/%EF%BC%91%EF%BC%90%EF%BC%90%EF%BC%96/"),
        vec![1006]
    );
    assert_eq!(code_in_path("/٤٠٠٤/"), vec![4004]);
}

#[test]
fn every_locale_has_its_prefix_and_the_default_none() {
    for locale in Locale::all() {
        let home = url(locale, &Route::Home);
        assert_eq!(
            resolve(&home),
            Resolved::Page(Page {
                locale,
                route: Route::Home
            })
        );
        let code = url(locale, &Route::Number(1006));
        assert_eq!(code, format!("{}/1006/", locale.path_prefix()));
        assert_eq!(
            Route::from_path(&Route::Compare(1008, 1014).path()),
            Some(Route::Compare(1008, 1014))
        );
    }
    assert_eq!(url(Locale::from_id("ar").unwrap(), &Route::Home), "/ar/");
    assert_eq!(
        url(Locale::from_id("pt").unwrap(), &Route::Search),
        "/pt/search/"
    );
}

#[test]
fn digits_of_any_script_lead_to_the_number() {
    let redirect = |path: &str| match resolve(path) {
        Resolved::Redirect(to) => to,
        other => panic!("{path} is {other:?}"),
    };
    assert_eq!(redirect("/１００６/"), "/1006/");
    // As a browser sends it: percent-encoded UTF-8.
    assert_eq!(redirect("/%EF%BC%91%EF%BC%90%EF%BC%90%EF%BC%96/"), "/1006/");
    assert_eq!(redirect("/ja/１００８/"), "/ja/1008/");
    assert_eq!(redirect("/ar/٤٠٠٤/"), "/ar/4004/");
    assert_eq!(
        redirect("/compare/１００８-vs-１０１４/"),
        "/compare/1008-vs-1014/"
    );
    assert_eq!(
        redirect("/discord-gateway/４００４/"),
        "/discord-gateway/4004/"
    );
    // Decoding does not make a plus a space, nor junk a page.
    assert!(matches!(resolve("/1006+/"), Resolved::NotFound(_)));
    assert!(matches!(resolve("/%E0%A5/"), Resolved::NotFound(_)));
}

#[test]
fn numbers_too_long_to_read_are_still_numbers() {
    assert_eq!(
        too_long_number("/12345678901/").as_deref(),
        Some("12345678901")
    );
    assert_eq!(
        too_long_number("/ja/99999999999999999999/").as_deref(),
        Some("99999999999999999999")
    );
    assert_eq!(
        too_long_number("/１２３４５６７８９０１/").as_deref(),
        Some("12345678901")
    );
    // Nine digits or fewer are ordinary numbers; other paths are not numbers.
    assert_eq!(too_long_number("/123456789/"), None);
    assert_eq!(too_long_number("/0000000001006/"), None);
    assert_eq!(too_long_number("/compare/12345678901/"), None);
    assert!(matches!(resolve("/999999999/"), Resolved::Page(_)));
}

#[test]
fn files_besides_pages_have_fixed_addresses() {
    let ja = Locale::from_id("ja").unwrap();
    assert_eq!(number_page_url(Locale::DEFAULT), "/number.html");
    assert_eq!(number_page_url(ja), "/ja/number.html");
    assert_eq!(card_url(None, 1006), "/cards/1006.png");
    assert_eq!(
        card_url(Some("discord-gateway"), 4004),
        "/cards/discord-gateway/4004.png"
    );
    assert_eq!(api::code(None, 1006), "/api/v1/codes/1006.json");
    assert_eq!(api::code(Some("pusher"), 4001), "/api/v1/pusher/4001.json");
    assert_eq!(locale_sitemap_url(ja, 1), "/sitemaps/ja.xml");
    assert_eq!(locale_sitemap_url(ja, 2), "/sitemaps/ja-2.xml");
    assert_eq!(opensearch_url(ja), "/ja/opensearch.xml");
    // None of them is a page, so none can shadow one.
    for path in [
        "/number.html",
        "/ja/number.html",
        "/cards/1006.png",
        "/api/v1/codes.json",
        "/sitemap.xml",
    ] {
        assert!(matches!(resolve(path), Resolved::NotFound(_)), "{path}");
    }
}
