//! Pages rendered natively, as the prerenderer writes them: each contains
//! what a reader must see, in the right language and direction, marked
//! where it is still English, with no template holes.

use std::collections::HashMap;
use std::path::Path;
use std::sync::{Mutex, OnceLock};

use closecodes::budget::{gzip_len, SEARCH_INDEX_BYTES};
use closecodes::content::{Catalog, Listed, Settings};
use closecodes::locale::Locale;
use closecodes::model::Section;
use closecodes::page::{BrowserData, PageData};
use closecodes::render::Site;
use closecodes::route::{resolve, Page, Resolved, Route};
use closecodes::ui::{BrowserKey, PageKey};

/// The shape of the index.html trunk produces.
const TEMPLATE: &str = "<!DOCTYPE html><html><head><meta charset=\"utf-8\">\
    <script type=\"module\">/* trunk loader */</script></head><body></body></html>";

fn catalog() -> &'static Catalog {
    static CATALOG: OnceLock<Catalog> = OnceLock::new();
    CATALOG.get_or_init(|| {
        Catalog::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("content")).unwrap()
    })
}

fn site() -> &'static Site {
    static SITE: OnceLock<Site> = OnceLock::new();
    SITE.get_or_init(|| {
        let _ = any_spawner::Executor::init_futures_executor();
        Site::new(
            catalog(),
            &settings(),
            TEMPLATE,
            SEARCH_INDEX_BYTES,
            gzip_len,
        )
    })
}

/// The site's settings, at an origin of the tests' own, so that every
/// absolute URL is seen to come from the setting.
fn settings() -> Settings {
    Settings::parse(Path::new("site.toml"), "origin = \"https://cc.example/\"\n").unwrap()
}

fn page(url: &str) -> Page {
    match resolve(url) {
        Resolved::Page(page) => page,
        other => panic!("{url} is {other:?}"),
    }
}

/// The `index.html` of a page, rendered once.
fn file(url: &str) -> String {
    static RENDERED: OnceLock<Mutex<HashMap<String, String>>> = OnceLock::new();
    let cache = RENDERED.get_or_init(Default::default);
    if let Some(html) = cache.lock().unwrap().get(url) {
        return html.clone();
    }
    let html = site().render(&page(url)).0.contents;
    cache.lock().unwrap().insert(url.to_string(), html.clone());
    html
}

/// One of the files that are not pages.
fn other(path: &str) -> String {
    static OTHERS: OnceLock<HashMap<String, String>> = OnceLock::new();
    OTHERS
        .get_or_init(|| {
            site()
                .other_files()
                .into_iter()
                .map(|f| (f.path, f.contents))
                .collect()
        })
        .get(path)
        .unwrap_or_else(|| panic!("the site has no {path}"))
        .clone()
}

/// The text of a document's body with tags removed, whitespace collapsed.
fn visible_text(html: &str) -> String {
    let body = html.split("<body>").nth(1).unwrap_or(html);
    let mut out = String::new();
    let mut in_tag = false;
    for c in body.chars() {
        match c {
            '<' => {
                in_tag = true;
                out.push(' ');
            }
            '>' => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The browser data a document carries.
fn carried(html: &str) -> BrowserData {
    let text = html
        .split("<script type=\"text/plain\" id=\"data\">")
        .nth(1)
        .and_then(|rest| rest.split("</script>").next())
        .expect("the page carries its data");
    BrowserData::parse(text).expect("the data reads back")
}

#[test]
fn every_listed_page_has_content_and_the_site_map_agrees() {
    let map = catalog().site_map();
    let pages = map.pages();
    assert_eq!(pages.len(), map.routes().len() * Locale::all().len());
    for page in &pages {
        assert!(map.has_page(&page.route), "{}", page.url());
        assert!(
            PageData::build(catalog(), page).is_some(),
            "{} has no content",
            page.url()
        );
    }
    // Routes without a page: a number nobody defines, a comparison with a
    // service's code, a service's code it does not have.
    for route in [
        Route::Number(2500),
        Route::Compare(1008, 4004),
        Route::ServiceCode("discord-gateway".into(), 4999),
        Route::Namespace("nobody".into()),
    ] {
        assert!(!map.has_page(&route), "{route:?}");
        assert!(PageData::build(
            catalog(),
            &Page {
                locale: Locale::default_locale(),
                route
            }
        )
        .is_none());
    }
}

#[test]
fn a_number_that_services_define_lists_every_meaning() {
    let html = file("/4004/");
    assert!(html.contains("<title>Close code 4004: Private use</title>"));
    let text = visible_text(&html);
    assert!(text.contains("4004 is in the range 4000–4999: Private use."));
    for service in [
        "Discord Gateway",
        "Discord Voice",
        "Twitch EventSub",
        "Pusher Channels",
        "graphql-ws",
        "OBS WebSocket",
    ] {
        assert!(text.contains(service), "/4004/ lacks {service}");
    }
    assert!(html.contains("href=\"/discord-gateway/4004/\""));
    let zh = visible_text(&file("/zh-hans/4004/"));
    assert!(zh.contains("4004 位于 4000–4999 范围内：私有使用。"));
}

#[test]
fn service_pages_name_their_service_and_the_codes_they_resemble() {
    let text = visible_text(&file("/discord-gateway/4004/"));
    assert!(text.contains("4004 Authentication failed"), "{text}");
    assert!(text.contains("Discord Gateway close code"));
    assert!(text.contains("Similar standard codes"));
    assert!(text.contains("Every meaning of 4004"));
    assert!(file("/discord-gateway/").contains("href=\"/discord-gateway/4014/\""));
    let zh = visible_text(&file("/zh-hans/discord-gateway/4004/"));
    assert!(
        zh.contains("Discord 网关 关闭码") && zh.contains("如何修复"),
        "{zh}"
    );
    // 3000 is IANA's, and Centrifugo uses it too.
    let text = visible_text(&file("/3000/"));
    assert!(text.contains("3000 in services") && text.contains("Centrifugo"));
}

#[test]
fn range_pages_list_their_codes() {
    let text = visible_text(&file("/ranges/1000-2999/"));
    assert!(
        text.contains("1000–2999 Reserved for the protocol"),
        "{text}"
    );
    assert!(text.contains("1006 Abnormal Closure"));
    assert!(visible_text(&file("/ranges/4000-4999/")).contains("Discord Gateway"));
}

#[test]
fn a_code_page_has_its_content_and_head_in_the_html() {
    let html = file("/1008/");
    assert!(html.contains("<html lang=\"en\" dir=\"ltr\">"), "lang");
    assert!(html.contains("<title>1008 Policy Violation: WebSocket close code</title>"));
    assert!(html.contains("<meta name=\"description\" content=\"The peer closed the connection"));
    assert!(html.contains("<link rel=\"canonical\" href=\"https://cc.example/1008/\">"));
    assert!(
        html.contains("<div id=\"page\" data-url=\"/1008/\" class=\"page\">"),
        "{html}"
    );
    let text = visible_text(&html);
    for must in [
        "1008 Policy Violation",
        "Description",
        "When you see it",
        "How to fix",
        "close(1008) Throws InvalidAccessError",
        "Not until the cause is fixed",
        "RFC 6455, section 7.4.1",
        "Compare 1008 with",
    ] {
        assert!(text.contains(must), "/1008/ lacks {must:?}");
    }
    assert!(!html.contains("class=\"untranslated\""));
    assert!(html.contains("href=\"/compare/1008-vs-1014/\""));
    assert!(html.contains("href=\"/compare/1000-vs-1008/\""));
    assert_eq!(html.matches("<h1").count(), 1);
    assert_eq!(html.matches("<main").count(), 1);
}

#[test]
fn the_language_menu_leads_to_the_same_page_in_all_fifteen_locales() {
    let html = file("/ja/compare/1008-vs-1014/");
    let menu = html
        .split("<details class=\"language-menu\"")
        .nth(1)
        .and_then(|m| m.split("</details>").next())
        .expect("a language menu");
    for locale in Locale::all() {
        let href = format!("{}/compare/1008-vs-1014/", locale.path_prefix());
        let link = format!("href=\"{href}\" hreflang=\"{}\"", locale.html_lang());
        assert!(menu.contains(&link), "no {link} in {menu}");
        assert!(
            menu.contains(locale.native_name()),
            "{}",
            locale.native_name()
        );
    }
    assert_eq!(menu.matches("aria-current=\"page\"").count(), 1);
    assert!(menu.contains("hreflang=\"ja\" lang=\"ja\" aria-current=\"page\""));
}

#[test]
fn a_chinese_comparison_is_chinese_throughout() {
    let html = file("/zh-hans/compare/1008-vs-1014/");
    assert!(html.contains("<html lang=\"zh-Hans\" dir=\"ltr\">"));
    assert!(html.contains("<title>1008 策略违规 与 1014 网关错误：WebSocket 关闭码对比</title>"));
    assert!(html.contains(
        "<link rel=\"canonical\" href=\"https://cc.example/zh-hans/compare/1008-vs-1014/\">"
    ));
    assert!(!html.contains("lang=\"en\" dir") && !html.contains("class=\"untranslated\""));
    let text = visible_text(&html);
    for heading in ["描述", "何时出现", "如何修复", "主要区别", "何时使用哪个"]
    {
        assert!(text.contains(heading), "lacks {heading}");
    }
    assert_eq!(
        text.matches("描述").count(),
        2,
        "one Description per column"
    );
    for ui in [
        "跳到正文",
        "WebSocket 关闭码",
        "要点",
        "查看 1008 的完整页面",
    ] {
        assert!(text.contains(ui), "lacks {ui}");
    }
    for english in [
        "Description",
        "When you see it",
        "Key differences",
        "Skip to content",
        "Facts",
        "Full page",
    ] {
        assert!(
            !text.contains(english),
            "English {english:?} on a Chinese page"
        );
    }
}

#[test]
fn an_untranslated_page_shows_the_locales_words_over_the_english_text() {
    let catalog = catalog();
    let ja = Locale::from_id("ru").unwrap();
    let ui = catalog.ui(ja);
    let html = file("/ru/compare/1008-vs-1014/");
    assert!(html.contains("<html lang=\"ru\" dir=\"ltr\">"));
    // Search engines are sent to the English page.
    assert!(
        html.contains("<link rel=\"canonical\" href=\"https://cc.example/compare/1008-vs-1014/\">")
    );
    let text = visible_text(&html);
    for heading in [
        "Описание",
        "Когда вы это видите",
        "Как исправить",
        "Ключевые различия",
        "Что когда использовать",
    ] {
        assert!(text.contains(heading), "lacks {heading}");
    }
    for key in [PageKey::FactsHeading, PageKey::FactReconnect] {
        assert!(text.contains(ui.get(key)), "lacks {:?}", ui.get(key));
    }
    assert!(text.contains(ui.get(BrowserKey::SkipToContent)));
    // The note, in Russian, links to the English page.
    let link = ui.get(PageKey::UntranslatedLink);
    assert!(
        html.contains(&format!(
            "<a href=\"/compare/1008-vs-1014/\" hreflang=\"en\" lang=\"en\">{link}</a>"
        )),
        "no link to the English page"
    );
    let note_start = ui.get(PageKey::UntranslatedNote).split('{').next().unwrap();
    assert!(text.contains(note_start.trim()), "lacks the note");
    // The English text is marked as English.
    assert!(
        html.contains("<div lang=\"en\"><p>"),
        "section bodies marked"
    );
    assert!(html.contains("lang=\"en\">Policy Violation</span>"));
    assert!(text.contains("Policy Violation") && text.contains("Bad Gateway"));
}

#[test]
fn arabic_pages_run_right_to_left_with_english_and_code_isolated() {
    let html = file("/ar/1006/");
    assert!(html.contains("<html lang=\"ar\" dir=\"rtl\">"));
    assert!(
        html.contains("<div lang=\"en\" dir=\"ltr\"><p>"),
        "English body set left to right"
    );
    assert!(html.contains("<span dir=\"ltr\" class=\"code-number\">1006</span>"));
    assert!(html.contains("<code dir=\"ltr\">close(1006)</code>"));
    assert!(html.contains("class=\"untranslated\""));
    let text = visible_text(&html);
    assert!(text.contains(
        catalog()
            .ui(Locale::from_id("ar").unwrap())
            .get(PageKey::FactsHeading)
    ));
    assert!(text.contains("الوصف") && text.contains("كيفية الإصلاح"));
}

#[test]
fn every_page_kind_in_every_locale_fills_every_hole() {
    let hole = |text: &str| -> Option<String> {
        let start = text.find('{')?;
        let end = text[start..].find('}')? + start;
        let name = &text[start + 1..end];
        (!name.is_empty() && name.bytes().all(|b| b.is_ascii_lowercase() || b == b'_'))
            .then(|| text[start..=end].to_string())
    };
    let samples = [
        "/",
        "/search/",
        "/1006/",
        "/4004/",
        "/compare/1005-vs-1006/",
        "/compare/1002-vs-1010/",
        "/discord-gateway/",
        "/discord-gateway/4004/",
        "/ranges/3000-3999/",
        "/ranges/5000-65535/",
        "/symptoms/",
        "/symptoms/closes-after-60-seconds/",
        "/guides/",
        "/guides/reconnecting/",
        "/deepgram/",
        "/1011/",
    ];
    for locale in Locale::all() {
        for sample in samples {
            let url = format!("{}{sample}", locale.path_prefix());
            let text = visible_text(&file(&url));
            assert_eq!(hole(&text), None, "{url}");
        }
        let not_found = other(&format!(
            "{}404.html",
            locale.path_prefix().trim_start_matches('/').to_string()
                + if locale.is_default() { "" } else { "/" }
        ));
        assert_eq!(hole(&visible_text(&not_found)), None, "{locale} 404");
    }
}

#[test]
fn reversed_comparison_urls_redirect_without_script_too() {
    let html = other("compare/1014-vs-1008/index.html");
    assert!(
        html.contains("<meta http-equiv=\"refresh\" content=\"0; url=/compare/1008-vs-1014/\">")
    );
    assert!(
        html.contains("<link rel=\"canonical\" href=\"https://cc.example/compare/1008-vs-1014/\">")
    );
    assert!(html.contains("<html lang=\"en\">"));
    let html = other("zh-hans/compare/1015-vs-1000/index.html");
    assert!(html.contains("url=/zh-hans/compare/1000-vs-1015/"));
    assert!(html.contains("<html lang=\"zh-Hans\">"));
}

#[test]
fn each_locale_has_a_not_found_page_that_names_no_path() {
    for locale in Locale::all() {
        let path = if locale.is_default() {
            "404.html".to_string()
        } else {
            format!("{}/404.html", locale.id())
        };
        let html = other(&path);
        let ui = catalog().ui(locale);
        let text = visible_text(&html);
        assert!(text.contains(ui.get(BrowserKey::NotFoundTitle)), "{path}");
        // Collapsed as the visible text is: no-break spaces included.
        let unknown = ui.get(BrowserKey::NotFoundTextUnknown);
        let unknown = unknown.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(text.contains(&unknown), "{path}");
        assert!(
            !text.contains("404.html"),
            "{path} names its own file: {text}"
        );
        assert!(html.contains(&format!("<html lang=\"{}\"", locale.html_lang())));
        assert_eq!(carried(&html).locale, locale);
    }
}

#[test]
fn every_page_carries_its_own_locales_strings_and_no_other() {
    for locale in Locale::all() {
        let html = file(&format!("{}/1001/", locale.path_prefix()));
        let data = carried(&html);
        assert_eq!(data.locale, locale);
        assert_eq!(&data, site().browser_data(locale));
        let ui = catalog().ui(locale);
        for key in BrowserKey::ALL {
            assert_eq!(data.ui(key), ui.get(key), "{locale} {key:?}");
        }
        assert_eq!(data.site, catalog().site_map());
        assert!(!data.search.is_empty());
        // The interface in the header and footer is the locale's.
        let text = visible_text(&html);
        assert!(text.contains(ui.get(BrowserKey::Tagline)), "{locale}");
        assert!(text.contains(ui.get(BrowserKey::Footer)), "{locale}");
    }
}

#[test]
fn the_home_page_groups_every_code() {
    let text = visible_text(&file("/"));
    for group in [
        "Normal closes",
        "Errors the peer sent",
        "Restarts, overload and gateways",
        "Reported locally, never sent",
    ] {
        assert!(text.contains(group), "lacks {group}");
    }
    for code in 1000..=1015 {
        assert!(text.contains(&code.to_string()), "lacks {code}");
    }
    let zh = visible_text(&file("/zh-hans/"));
    assert!(zh.contains("正常关闭") && zh.contains("仅在本地报告，从不发送"));
}

#[test]
fn the_search_page_works_without_script() {
    let html = file("/search/");
    assert!(html.contains(
        "<form class=\"search-page-form\" action=\"/search/\" method=\"get\" role=\"search\">"
    ));
    let text = visible_text(&html);
    assert!(text.contains("1006 Abnormal Closure"));
}

#[test]
fn coverage_counts_complete_locales_whole_and_untranslated_ones_at_zero() {
    let map = catalog().site_map();
    for locale in Locale::all() {
        let translated = map
            .routes()
            .into_iter()
            .filter(|route| {
                let page = Page {
                    locale,
                    route: route.clone(),
                };
                PageData::build(catalog(), &page)
                    .unwrap()
                    .is_translated(locale)
            })
            .count();
        // A list with nothing in it yet is all in the locale's words.
        let empty_lists = [Listed::Symptoms, Listed::Guides]
            .map(|kind| catalog().listed_slugs(kind))
            .iter()
            .filter(|slugs| slugs.is_empty())
            .count();
        // So are the tools' pages, and any situation that names no code.
        let interface_only = map
            .routes()
            .iter()
            .filter(|r| match r {
                Route::Tools | Route::Tool(_) => true,
                Route::WhichCode(s) => s.codes().is_empty(),
                _ => false,
            })
            .count();
        let expected = if locale.info().complete {
            map.routes().len()
        } else {
            empty_lists + interface_only
        };
        assert_eq!(translated, expected, "{locale}");
    }
}

#[test]
fn code_pages_quote_the_sentence_that_defines_them() {
    let html = file("/1008/");
    assert!(
        html.contains("<blockquote cite=\"https://www.rfc-editor.org/rfc/rfc6455#section-7.4.1\">"),
        "{html}"
    );
    let text = visible_text(&html);
    assert!(text.contains(
        "1008 indicates that an endpoint is terminating the connection because it has received a \
         message that violates its policy."
    ));
    assert!(text.contains("— RFC 6455, section 7.4.1") || text.contains("RFC 6455, section 7.4.1"));
    // Registry-only codes quote the registry's entry.
    assert!(visible_text(&file("/1012/")).contains("Service Restart"));
    // A translation shows the English words, marked English, and its own
    // translation under them.
    let zh = file("/zh-hans/1008/");
    assert!(
        zh.contains("lang=\"en\"><p>1008 indicates that an endpoint"),
        "{zh}"
    );
    let translation = zh
        .split("<p class=\"quote-translation\">")
        .nth(1)
        .expect("the Chinese page translates the quote");
    assert!(translation.contains("1008"), "{translation}");
    // Every own code has its quote, in every locale.
    for code in catalog().numbers() {
        for locale in [
            Locale::default_locale(),
            Locale::from_id("zh-hans").unwrap(),
        ] {
            let url = format!("{}/{code}/", locale.path_prefix());
            let html = file(&url);
            assert!(html.contains("<figure class=\"spec-quote\">"), "{url}");
            if !locale.is_default() {
                assert!(html.contains("class=\"quote-translation\""), "{url}");
            }
        }
    }
}

#[test]
fn symptom_pages_list_their_causes_and_the_codes_involved() {
    let slugs = catalog().listed_slugs(Listed::Symptoms);
    assert!(slugs.len() >= 12, "{slugs:?}");
    let list = visible_text(&file("/symptoms/"));
    let zh_list = file("/zh-hans/symptoms/");
    for slug in &slugs {
        let en = catalog().symptom(Locale::default_locale(), slug).unwrap();
        assert!(list.contains(en.title.as_str()), "/symptoms/ lacks {slug}");
        assert!(zh_list.contains(&format!("href=\"/zh-hans/symptoms/{slug}/\"")));
        for locale in [
            Locale::default_locale(),
            Locale::from_id("zh-hans").unwrap(),
        ] {
            let url = format!("{}/symptoms/{slug}/", locale.path_prefix());
            let html = file(&url);
            assert!(!html.contains("class=\"untranslated\""), "{url}");
            let text = visible_text(&html);
            for section in Section::SYMPTOM_PAGE {
                assert!(
                    text.contains(locale.heading(section)),
                    "{url} lacks {section:?}"
                );
            }
            for code in &en.codes {
                assert!(
                    html.contains(&format!("{}/{code}/\"", locale.path_prefix()))
                        || html.contains(&format!("/{code}/\"")),
                    "{url} does not link {code}"
                );
            }
        }
    }
    let html = file("/symptoms/closes-after-60-seconds/");
    assert!(html.contains("<title>"), "{html}");
    assert!(visible_text(&html).contains("Codes involved"));
    assert!(file("/").contains("href=\"/symptoms/closes-after-60-seconds/\""));
    assert!(file("/zh-hans/").contains("href=\"/zh-hans/symptoms/\""));
}

#[test]
fn guides_exist_in_both_complete_languages() {
    let slugs = catalog().listed_slugs(Listed::Guides);
    for slug in [
        "designing-close-codes",
        "relaying-close-codes",
        "reconnecting",
    ] {
        assert!(slugs.iter().any(|s| s == slug), "{slugs:?}");
    }
    for slug in slugs {
        for locale in Locale::all().filter(|l| l.info().complete) {
            let url = format!("{}/guides/{slug}/", locale.path_prefix());
            let html = file(&url);
            assert!(!html.contains("class=\"untranslated\""), "{url}");
            assert!(html.contains("guide-body"), "{url}");
            assert!(html.matches("<h2").count() >= 3, "{url}");
        }
    }
    // Other locales show the English guide under their own interface.
    let ja = file("/ru/guides/reconnecting/");
    assert!(ja.contains("class=\"untranslated\""));
    let start = ja.find("guide-body").and_then(|at| ja[..at].rfind('<'));
    let tag = start.and_then(|at| ja[at..].split('>').next());
    assert!(
        tag.is_some_and(|tag| tag.contains("lang=\"en\"")),
        "{tag:?}"
    );
}

#[test]
fn reasons_services_send_show_on_the_code_and_the_service() {
    let text = visible_text(&file("/1011/"));
    assert!(text.contains("Reasons services send with 1011"), "{text}");
    assert!(
        text.contains("NET-0001") && text.contains("Deepgram"),
        "{text}"
    );
    let service = file("/deepgram/");
    assert!(visible_text(&service).contains("NET-0001"));
    assert!(service.contains("href=\"/1011/\""));
    let zh = visible_text(&file("/zh-hans/1011/"));
    assert!(zh.contains("NET-0001"), "{zh}");
}

#[test]
fn new_service_numbers_have_pages_in_both_languages() {
    for (url, must) in [
        ("/2010/", "SockJS"),
        ("/2000/", "SockJS"),
        ("/4500/", "Spring"),
        ("/sockjs/3000/", "Go away!"),
        ("/spring/4500/", "SESSION_NOT_RELIABLE"),
    ] {
        let text = visible_text(&file(url));
        assert!(text.contains(must), "{url} lacks {must:?}");
        let zh = format!("/zh-hans{url}");
        assert!(!file(&zh).contains("class=\"untranslated\""), "{zh}");
    }
    // SockJS's 3000 is not IANA's, and the page says so.
    let sockjs = file("/sockjs/3000/");
    assert!(sockjs.contains("href=\"/3000/\""));
    for id in [
        "sockjs",
        "spring",
        "liveblocks",
        "assemblyai",
        "socketcluster",
    ] {
        assert!(catalog().service_ids().contains(&id), "no {id}");
    }
    assert!(
        catalog().service_ids().len() >= 7 + 8,
        "{:?}",
        catalog().service_ids()
    );
}

/// The `content` of `<meta {attr}="{name}">` tags in a document, in order.
fn metas(html: &str, attr: &str, name: &str) -> Vec<String> {
    let open = format!("<meta {attr}=\"{name}\" content=\"");
    html.match_indices(&open)
        .map(|(i, _)| {
            let rest = &html[i + open.len()..];
            rest[..rest.find('"').unwrap()].to_string()
        })
        .collect()
}

/// The `hreflang` and `href` of every alternate link in a document.
fn alternates(html: &str) -> Vec<(String, String)> {
    let open = "<link rel=\"alternate\" hreflang=\"";
    html.match_indices(open)
        .map(|(i, _)| {
            let rest = &html[i + open.len()..];
            let (lang, rest) = rest.split_once("\" href=\"").unwrap();
            (
                lang.to_string(),
                rest[..rest.find('"').unwrap()].to_string(),
            )
        })
        .collect()
}

#[test]
fn a_translated_page_names_itself_canonical_and_every_translation() {
    let html = file("/zh-hans/1006/");
    assert!(html.contains("<link rel=\"canonical\" href=\"https://cc.example/zh-hans/1006/\">"));
    assert_eq!(
        alternates(&html),
        [
            ("en".to_string(), "https://cc.example/1006/".to_string()),
            ("zh-Hans".into(), "https://cc.example/zh-hans/1006/".into()),
            ("ja".into(), "https://cc.example/ja/1006/".into()),
            ("ko".into(), "https://cc.example/ko/1006/".into()),
            ("de".into(), "https://cc.example/de/1006/".into()),
            ("fr".into(), "https://cc.example/fr/1006/".into()),
            ("es".into(), "https://cc.example/es/1006/".into()),
            ("pt-BR".into(), "https://cc.example/pt/1006/".into()),
            ("x-default".into(), "https://cc.example/1006/".into()),
        ]
    );
    assert_eq!(
        metas(&html, "property", "og:url"),
        ["https://cc.example/zh-hans/1006/"]
    );
    assert_eq!(metas(&html, "property", "og:locale"), ["zh_CN"]);
    assert_eq!(
        metas(&html, "property", "og:locale:alternate"),
        ["en_US", "ja_JP", "ko_KR", "de_DE", "fr_FR", "es_ES", "pt_BR"]
    );
    assert_eq!(metas(&html, "property", "og:type"), ["article"]);
    assert_eq!(metas(&html, "property", "og:site_name"), ["closecodes"]);
    let title = metas(&html, "property", "og:title");
    assert!(title[0].starts_with("1006 异常关闭"), "{title:?}");
    assert_eq!(
        metas(&html, "property", "og:description"),
        metas(&html, "name", "description")
    );
    assert_eq!(
        metas(&html, "property", "og:image"),
        ["https://cc.example/cards/1006.png"]
    );
    assert_eq!(metas(&html, "property", "og:image:width"), ["1200"]);
    assert_eq!(metas(&html, "property", "og:image:height"), ["630"]);
    assert_eq!(
        metas(&html, "property", "og:image:alt"),
        ["1006 Abnormal Closure"]
    );
    assert_eq!(
        metas(&html, "name", "twitter:card"),
        ["summary_large_image"]
    );
    assert!(html.contains(
        "<meta name=\"theme-color\" media=\"(prefers-color-scheme: light)\" content=\"#ffffff\">"
    ));
    assert!(html.contains(
        "<meta name=\"theme-color\" media=\"(prefers-color-scheme: dark)\" content=\"#0f1318\">"
    ));
    assert!(html.contains(
        "<link rel=\"search\" type=\"application/opensearchdescription+xml\" \
         title=\"closecodes (简体中文)\" href=\"/zh-hans/opensearch.xml\">"
    ));
    assert!(metas(&html, "name", "robots").is_empty());
}

#[test]
fn an_untranslated_page_sends_search_engines_to_the_english_one() {
    let html = file("/ru/1006/");
    assert!(html.contains("<link rel=\"canonical\" href=\"https://cc.example/1006/\">"));
    assert_eq!(
        metas(&html, "property", "og:url"),
        ["https://cc.example/1006/"]
    );
    assert_eq!(metas(&html, "property", "og:locale"), ["ru_RU"]);
    let langs: Vec<String> = alternates(&html).into_iter().map(|(l, _)| l).collect();
    assert_eq!(
        langs,
        [
            "en",
            "zh-Hans",
            "ja",
            "ko",
            "de",
            "fr",
            "es",
            "pt-BR",
            "x-default"
        ],
        "only translations are alternates"
    );
}

#[test]
fn service_codes_have_their_own_card_and_other_pages_the_sites() {
    let html = file("/discord-gateway/4004/");
    assert_eq!(
        metas(&html, "property", "og:image"),
        ["https://cc.example/cards/discord-gateway/4004.png"]
    );
    let alt = &metas(&html, "property", "og:image:alt")[0];
    assert!(
        alt.starts_with("4004 ") && alt.ends_with("(Discord Gateway)"),
        "{alt}"
    );
    for url in [
        "/",
        "/compare/1008-vs-1014/",
        "/symptoms/",
        "/ranges/4000-4999/",
    ] {
        assert_eq!(
            metas(&file(url), "property", "og:image"),
            ["https://cc.example/cards/closecodes.png"],
            "{url}"
        );
    }
    assert_eq!(metas(&file("/"), "property", "og:type"), ["website"]);
    // Every card a page names is one the build draws.
    let cards: Vec<String> = site().cards().into_iter().map(|c| c.path).collect();
    for url in ["/1006/", "/discord-gateway/4004/", "/", "/3008/"] {
        let image = &metas(&file(url), "property", "og:image")[0];
        let path = image.trim_start_matches("https://cc.example/");
        assert!(cards.iter().any(|c| c == path), "{url}: no card {path}");
    }
}

#[test]
fn every_card_says_which_code_it_is_and_where_to_read_about_it() {
    let cards = site().cards();
    let numbers = catalog().numbers().len();
    let services: usize = catalog()
        .service_ids()
        .iter()
        .map(|id| catalog().service_numbers(id).len())
        .sum();
    assert_eq!(cards.len(), numbers + services + 1);
    let card = cards.iter().find(|c| c.path == "cards/1006.png").unwrap();
    assert_eq!(card.number, "1006");
    assert_eq!(card.name, "Abnormal Closure");
    assert_eq!(card.kicker, "WebSocket close code");
    assert_eq!(card.address, "cc.example/1006/");
    let card = cards
        .iter()
        .find(|c| c.path == "cards/discord-gateway/4004.png")
        .unwrap();
    assert_eq!(card.kicker, "Discord Gateway close code");
    assert_eq!(card.address, "cc.example/discord-gateway/4004/");
    assert!(cards
        .iter()
        .all(|c| !c.name.is_empty() && !c.gist.is_empty()));
}

#[test]
fn search_not_found_and_number_documents_are_not_indexed() {
    assert_eq!(metas(&file("/search/"), "name", "robots"), ["noindex"]);
    for path in ["404.html", "number.html", "ja/404.html", "ar/number.html"] {
        let html = other(path);
        assert_eq!(metas(&html, "name", "robots"), ["noindex"], "{path}");
        assert!(!html.contains("rel=\"canonical\""), "{path}");
        assert!(alternates(&html).is_empty(), "{path}");
    }
}

#[test]
fn descriptions_belong_to_their_page() {
    let home = metas(&file("/"), "name", "description").remove(0);
    for url in ["/search/", "/symptoms/", "/guides/", "/ranges/0-999/"] {
        assert_ne!(metas(&file(url), "name", "description")[0], home, "{url}");
    }
    assert_ne!(metas(&other("404.html"), "name", "description")[0], home);
    // Every number that only services define has a line of its own that
    // names them.
    let mut seen = std::collections::HashSet::new();
    for route in site().site_map().routes() {
        let Route::Number(n) = route else { continue };
        if catalog().code(Locale::DEFAULT, n as u16).is_some() {
            continue;
        }
        let html = file(&format!("/{n}/"));
        let description = metas(&html, "name", "description").remove(0);
        for id in catalog().services_with(n as u16) {
            let name = &catalog().service(Locale::DEFAULT, id).unwrap().name;
            assert!(description.contains(name.as_str()), "/{n}/: {description}");
        }
        assert!(
            seen.insert(description.clone()),
            "/{n}/ repeats {description}"
        );
    }
    assert!(seen.len() > 30, "{} numbers", seen.len());
}

#[test]
fn the_number_page_hosts_serve_lists_the_ranges_and_names_no_path() {
    for locale in [Locale::DEFAULT, Locale::from_id("ar").unwrap()] {
        let path = if locale.is_default() {
            "number.html".to_string()
        } else {
            format!("{}/number.html", locale.id())
        };
        let html = other(&path);
        let ui = catalog().ui(locale);
        let text = visible_text(&html);
        assert!(text.contains(ui.get(BrowserKey::NumberKicker)), "{text}");
        assert!(text.contains(ui.get(BrowserKey::RangesBlurb)));
        assert!(text.contains("4000–4999"));
        assert!(!text.contains(ui.get(BrowserKey::NotFoundTitle)), "{text}");
        assert!(!text.contains("number.html"), "{text}");
        assert!(html.contains(&format!("<html lang=\"{}\"", locale.html_lang())));
        assert_eq!(carried(&html).locale, locale);
    }
}

#[test]
fn sitemaps_list_every_translated_page_with_its_alternates() {
    let index = other("sitemap.xml");
    assert!(index.contains("<loc>https://cc.example/sitemaps/en.xml</loc>"));
    assert!(index.contains("<loc>https://cc.example/sitemaps/zh-hans.xml</loc>"));
    let english = other("sitemaps/en.xml");
    assert!(english.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
    let entry = english
        .lines()
        .find(|l| l.starts_with("<url><loc>https://cc.example/1006/</loc>"))
        .expect("/1006/ is listed");
    for alternate in [
        "hreflang=\"en\" href=\"https://cc.example/1006/\"",
        "hreflang=\"zh-Hans\" href=\"https://cc.example/zh-hans/1006/\"",
        "hreflang=\"x-default\" href=\"https://cc.example/1006/\"",
    ] {
        assert!(entry.contains(alternate), "{entry}");
    }
    // Each sitemap lists exactly the pages translated in its locale, and
    // only pages: no search page, nothing that does not resolve.
    let mut sitemaps = 0;
    for locale in Locale::all() {
        let path = format!("sitemaps/{}.xml", locale.id());
        let listed = site()
            .site_map()
            .routes()
            .into_iter()
            .filter(|r| *r != Route::Search && site().translated_in(r).contains(&locale))
            .count();
        if listed == 0 {
            assert!(!index.contains(&path), "{path} is empty but listed");
            continue;
        }
        sitemaps += 1;
        let xml = other(&path);
        let locs: Vec<&str> = xml
            .match_indices("<loc>")
            .map(|(i, _)| &xml[i + 5..i + 5 + xml[i + 5..].find("</loc>").unwrap()])
            .collect();
        assert_eq!(locs.len(), listed, "{path}");
        assert!(locs.len() <= 50_000);
        for loc in locs {
            let path = loc.strip_prefix("https://cc.example").expect("absolute");
            match resolve(path) {
                Resolved::Page(page) => {
                    assert_eq!(page.locale, locale);
                    assert_ne!(page.route, Route::Search);
                }
                other => panic!("{loc} is {other:?}"),
            }
        }
    }
    assert_eq!(index.matches("<sitemap>").count(), sitemaps);
    assert!(sitemaps >= 2);
}

#[test]
fn robots_txt_names_the_sitemap_and_keeps_crawlers_out_of_what_is_not_a_page() {
    let robots = other("robots.txt");
    assert!(robots.contains("User-agent: *\n"));
    assert!(robots.contains("\nSitemap: https://cc.example/sitemap.xml\n"));
    for path in [
        "/api/",
        "/search/",
        "/ja/search/",
        "/404.html",
        "/ar/number.html",
    ] {
        assert!(
            robots.contains(&format!("\nDisallow: {path}\n")),
            "{path}: {robots}"
        );
    }
    assert!(!robots.contains("Disallow: /\n"), "pages stay crawlable");
    assert!(
        !robots.contains("Disallow: /cards/"),
        "share cards stay fetchable"
    );
}

#[test]
fn opensearch_descriptions_search_each_locale() {
    let xml = other("opensearch.xml");
    assert!(xml.contains("<ShortName>closecodes</ShortName>"));
    assert!(xml.contains(
        "<Url type=\"text/html\" method=\"get\" template=\"https://cc.example/search/?q={searchTerms}\"/>"
    ));
    let xml = other("ja/opensearch.xml");
    assert!(xml.contains("template=\"https://cc.example/ja/search/?q={searchTerms}\""));
    assert!(xml.contains("<Language>ja</Language>"));
    assert!(xml.contains("<LongName>closecodes (日本語)</LongName>"));
    assert!(xml.len() < 1024, "OpenSearch descriptions stay small");
}
