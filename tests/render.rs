//! Pages rendered natively, as the prerenderer writes them: each contains
//! what a reader must see, in the right language, with no template holes.

use std::collections::HashMap;
use std::path::Path;
use std::sync::OnceLock;

use closecodes::content::Catalog;
use closecodes::page::{ContentFragment, DirectoryData};
use closecodes::render::site_files;

/// The shape of the index.html trunk produces.
const TEMPLATE: &str = "<!DOCTYPE html><html><head><meta charset=\"utf-8\">\
    <script type=\"module\">/* trunk loader */</script></head><body></body></html>";

fn site() -> &'static HashMap<String, String> {
    static SITE: OnceLock<HashMap<String, String>> = OnceLock::new();
    SITE.get_or_init(|| {
        let _ = any_spawner::Executor::init_futures_executor();
        let catalog =
            Catalog::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("content")).unwrap();
        site_files(&catalog, TEMPLATE)
            .into_iter()
            .map(|f| (f.path, f.contents))
            .collect()
    })
}

fn file(path: &str) -> &'static str {
    site()
        .get(path)
        .unwrap_or_else(|| panic!("the site has no {path}"))
}

/// The text of a document with tags removed, whitespace collapsed.
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

#[test]
fn the_site_has_every_page_and_its_data() {
    let site = site();
    let catalog = Catalog::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("content")).unwrap();
    let map = catalog.site_map();
    let pages = site.keys().filter(|p| p.ends_with("index.html")).count();
    assert_eq!(pages, map.pages().len() + map.redirects().len());
    for page in map.pages() {
        let dir = page.url().trim_start_matches('/').to_string();
        assert!(site.contains_key(&format!("{dir}index.html")), "{dir}");
        if page.route != closecodes::route::Route::Search {
            let fragment = ContentFragment::parse(file(&format!("{dir}fragment.html"))).unwrap();
            assert!(
                !fragment.title.is_empty() && fragment.html.starts_with('<'),
                "{dir}"
            );
        }
    }
    let directory = DirectoryData::parse(file("search/directory.txt")).unwrap();
    assert_eq!(directory.codes.len(), 19);
    assert_eq!(directory.namespaces.len(), 7);
    assert!(directory.services.len() > 90);
    assert!(site.contains_key("404.html"));
}

#[test]
fn a_number_that_services_define_lists_every_meaning() {
    let html = file("4004/index.html");
    assert!(html.contains("<title>Close code 4004: Private use</title>"));
    let text = visible_text(html);
    assert!(text.contains("4004 is in the range 4000-4999: Private use."));
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
    let zh = visible_text(file("zh-hans/4004/index.html"));
    assert!(zh.contains("4004 位于 4000–4999 范围内：私有使用。"));
}

#[test]
fn service_pages_name_their_service_and_the_codes_they_resemble() {
    let text = visible_text(file("discord-gateway/4004/index.html"));
    assert!(text.contains("4004 Authentication failed"), "{text}");
    assert!(text.contains("Discord Gateway close code"));
    assert!(text.contains("Similar standard codes"));
    assert!(text.contains("Every meaning of 4004"));
    let html = file("discord-gateway/index.html");
    assert!(html.contains("href=\"/discord-gateway/4014/\""));
    let zh = visible_text(file("zh-hans/discord-gateway/4004/index.html"));
    assert!(
        zh.contains("Discord 网关 关闭码") && zh.contains("如何修复"),
        "{zh}"
    );
    // 3000 is IANA's, and Centrifugo uses it too.
    let text = visible_text(file("3000/index.html"));
    assert!(text.contains("3000 in services") && text.contains("Centrifugo"));
}

#[test]
fn range_pages_list_their_codes() {
    let text = visible_text(file("ranges/1000-2999/index.html"));
    assert!(text.contains("1000-2999 Reserved for the protocol"));
    assert!(text.contains("1006 Abnormal Closure"));
    let text = visible_text(file("ranges/4000-4999/index.html"));
    assert!(text.contains("Discord Gateway"));
}

#[test]
fn a_code_page_has_its_content_in_the_html() {
    let html = file("1008/index.html");
    assert!(html.contains("<html lang=\"en\""), "lang");
    assert!(html.contains("<title>1008 Policy Violation: WebSocket close code</title>"));
    assert!(html.contains("<meta name=\"description\" content=\"The peer closed the connection"));
    assert!(html.contains("<div id=\"page\" data-url=\"/1008/\" class=\"page\">"));
    let text = visible_text(html);
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
    assert!(html.contains("href=\"/compare/1008-vs-1014/\""));
    assert!(html.contains("href=\"/compare/1000-vs-1008/\""));
    assert!(html.contains("href=\"/zh-hans/1008/\""), "language switch");
    assert_eq!(html.matches("<h1").count(), 1);
    assert_eq!(html.matches("<main").count(), 1);
}

#[test]
fn a_chinese_comparison_is_chinese_throughout() {
    let html = file("zh-hans/compare/1008-vs-1014/index.html");
    assert!(html.contains("<html lang=\"zh-Hans\""));
    assert!(html.contains("<title>1008 策略违规 与 1014 网关错误：WebSocket 关闭码对比</title>"));
    let text = visible_text(html);
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
    assert!(
        html.contains("href=\"/compare/1008-vs-1014/\""),
        "language switch to English"
    );
    assert!(html.contains("href=\"/zh-hans/1008/\""));
}

#[test]
fn no_page_shows_an_unfilled_template_hole() {
    for (path, contents) in site() {
        if !path.ends_with(".html") {
            continue;
        }
        let text = visible_text(contents);
        for hole in [
            "{a}", "{b}", "{code}", "{name}", "{query}", "{path}", "{gist", "{why}", "{sent",
            "{kept}",
        ] {
            assert!(!text.contains(hole), "{path} shows {hole}");
        }
    }
}

#[test]
fn reversed_comparison_urls_redirect_without_script_too() {
    let html = file("compare/1014-vs-1008/index.html");
    assert!(
        html.contains("<meta http-equiv=\"refresh\" content=\"0; url=/compare/1008-vs-1014/\">")
    );
    assert!(html.contains("<link rel=\"canonical\" href=\"/compare/1008-vs-1014/\">"));
    let html = file("zh-hans/compare/1015-vs-1000/index.html");
    assert!(html.contains("url=/zh-hans/compare/1000-vs-1015/"));
}

#[test]
fn the_not_found_page_leads_home_and_carries_the_directory() {
    let html = file("404.html");
    let text = visible_text(html);
    assert!(text.contains("Page not found"));
    assert!(text.contains("See every close code"));
    assert!(html.contains(
        "<script type=\"text/plain\" id=\"directory\" data-locale=\"en\">C\t1000\tNormal Closure\t"
    ));
    assert!(
        !html.contains("id=\"page\""),
        "404.html must not claim to be a content page"
    );
}

#[test]
fn the_home_page_groups_every_code() {
    let text = visible_text(file("index.html"));
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
    let zh = visible_text(file("zh-hans/index.html"));
    assert!(zh.contains("正常关闭") && zh.contains("仅在本地报告，从不发送"));
}

#[test]
fn the_search_page_works_without_script() {
    let html = file("search/index.html");
    assert!(html.contains(
        "<form action=\"/search/\" method=\"get\" role=\"search\" class=\"search-page-form\">"
    ));
    let text = visible_text(html);
    assert!(text.contains("1006 Abnormal Closure"));
}
