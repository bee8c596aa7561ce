//! Search ranking on the real index: for each query people really type,
//! the page that must come first. Run natively with the same code the
//! browser runs.

use std::path::Path;
use std::sync::OnceLock;

use closecodes::content::Catalog;
use closecodes::locale::Locale;
use closecodes::model::Range;
use closecodes::route::Route;
use closecodes::search::index::{read_index, search_docs, write_index};
use closecodes::search::SearchIndex;

fn indexes() -> &'static (SearchIndex, SearchIndex) {
    static INDEXES: OnceLock<(SearchIndex, SearchIndex)> = OnceLock::new();
    INDEXES.get_or_init(|| {
        let catalog =
            Catalog::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("content")).unwrap();
        let build = |id: &str| {
            // Through the published text, as the browser gets it.
            let text = write_index(&search_docs(&catalog, Locale::from_id(id).unwrap()));
            SearchIndex::parse(&text).expect("the index reads back")
        };
        (build("en"), build("zh-hans"))
    })
}

fn code(n: u32) -> Route {
    Route::Number(n)
}
fn service(ns: &str, n: u16) -> Route {
    Route::ServiceCode(ns.into(), n)
}

/// (locale, query, the route that must come first)
fn table() -> Vec<(&'static str, &'static str, Route)> {
    vec![
        // Numbers and prefixes
        ("en", "1006", code(1006)),
        ("en", " 1008 ", code(1008)),
        ("en", "1000", code(1000)),
        ("en", "3008", code(3008)),
        ("en", "101", code(1010)),
        ("zh-hans", "1011", code(1011)),
        // Names and parts of names
        ("en", "abnormal", code(1006)),
        ("en", "abnormal closure", code(1006)),
        ("en", "policy", code(1008)),
        ("en", "going away", code(1001)),
        ("en", "Going Away", code(1001)),
        ("en", "message too big", code(1009)),
        ("en", "try again later", code(1013)),
        ("en", "service restart", code(1012)),
        ("en", "bad gateway", code(1014)),
        ("en", "no status received", code(1005)),
        ("en", "internal error", code(1011)),
        ("en", "unsupported data", code(1003)),
        ("en", "mandatory extension", code(1010)),
        ("en", "unauthorized", code(3000)),
        ("en", "forbidden", code(3003)),
        ("en", "invalid frame payload", code(1007)),
        ("en", "protocol error", code(1002)),
        // Slugs and common spellings
        ("en", "tls handshake", code(1015)),
        ("en", "msg too big", code(1009)),
        ("en", "normal-closure", code(1000)),
        ("en", "policy_violation", code(1008)),
        // Library constants
        ("en", "CLOSE_GOING_AWAY", code(1001)),
        ("en", "StatusPolicyViolation", code(1008)),
        ("en", "WebSocketCloseStatus.PolicyViolation", code(1008)),
        ("en", "CloseCode::Away", code(1001)),
        ("en", "CloseNormalClosure", code(1000)),
        ("en", "websocket.CloseMessageTooBig", code(1009)),
        ("en", "CloseReason.CloseCodes.VIOLATED_POLICY", code(1008)),
        ("en", "CloseStatus.SERVICE_RESTARTED", code(1012)),
        ("en", "StatusTryAgainLater", code(1013)),
        ("en", "INTERNAL_ERROR", code(1011)),
        ("en", "EndpointUnavailable", code(1001)),
        // Error strings pasted from a log
        (
            "en",
            "sent 1011 (internal error) keepalive ping timeout",
            code(1011),
        ),
        (
            "en",
            "websocket: close 1006 (abnormal closure): unexpected EOF",
            code(1006),
        ),
        ("en", "no close frame received or sent", code(1006)),
        ("en", "Max payload size exceeded", code(1009)),
        ("en", "invalid UTF-8 sequence", code(1007)),
        ("en", "keepalive ping timeout", code(1011)),
        ("en", "read limit exceeded", code(1009)),
        // Body text
        ("en", "proxy_read_timeout", code(1006)),
        ("en", "nginx proxy_read_timeout 60 s", code(1006)),
        ("en", "textBufferSize", code(1009)),
        // Typos of one letter in longer words
        ("en", "abnromal", code(1006)),
        ("en", "polciy violation", code(1008)),
        ("en", "handshaek", code(1015)),
        // Services
        (
            "en",
            "discord gateway authentication failed",
            service("discord-gateway", 4004),
        ),
        (
            "en",
            "discord voice session timeout",
            service("discord-voice", 4009),
        ),
        ("en", "disallowed intents", service("discord-gateway", 4014)),
        (
            "en",
            "ConnectionInitialisationTimeout",
            service("graphql-ws", 4408),
        ),
        ("en", "over connection quota", service("pusher", 4004)),
        (
            "en",
            "reconnect grace time expired",
            service("twitch-eventsub", 4004),
        ),
        ("en", "invalid token", service("centrifugo", 3500)),
        ("en", "SessionInvalidated", service("obs-websocket", 4011)),
        (
            "en",
            "discord gateway",
            Route::Namespace("discord-gateway".into()),
        ),
        ("en", "private use", Route::Range(Range::Private)),
        // Comparisons
        ("en", "1008 vs 1014", Route::Compare(1008, 1014)),
        ("en", "1014 vs 1008", Route::Compare(1008, 1014)),
        ("en", "1005 1006", Route::Compare(1005, 1006)),
        (
            "en",
            "difference between 1000 and 1001",
            Route::Compare(1000, 1001),
        ),
        ("zh-hans", "1008和1014的区别", Route::Compare(1008, 1014)),
        ("zh-hans", "1005 与 1006", Route::Compare(1005, 1006)),
        // Chinese, on Chinese pages
        ("zh-hans", "异常关闭", code(1006)),
        ("zh-hans", "策略", code(1008)),
        ("zh-hans", "策略违规", code(1008)),
        ("zh-hans", "消息过大", code(1009)),
        ("zh-hans", "服务重启", code(1012)),
        ("zh-hans", "网关错误", code(1014)),
        ("zh-hans", "未授权", code(3000)),
        (
            "zh-hans",
            "Discord 网关 认证失败",
            service("discord-gateway", 4004),
        ),
        // ... and English on Chinese pages, Chinese on English pages
        ("zh-hans", "abnormal closure", code(1006)),
        ("zh-hans", "policy violation", code(1008)),
        ("zh-hans", "CLOSE_GOING_AWAY", code(1001)),
        ("en", "异常关闭", code(1006)),
        ("en", "策略违规", code(1008)),
    ]
}

#[test]
fn the_obvious_answer_comes_first() {
    let (en, zh) = indexes();
    let table = table();
    assert!(table.len() >= 60);
    let mut failures = Vec::new();
    for (locale, query, expected) in &table {
        let index = if *locale == "en" { en } else { zh };
        let hits = index.search(query, 8);
        let first = hits.first().map(|h| h.route.clone());
        if first.as_ref() != Some(expected) {
            let got: Vec<String> = hits
                .iter()
                .take(3)
                .map(|h| format!("{:?} {}", h.route, h.title))
                .collect();
            failures.push(format!(
                "{locale} {query:?}: expected {expected:?}, got {got:?}"
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} queries ranked wrong:\n{}",
        failures.len(),
        table.len(),
        failures.join("\n")
    );
}

#[test]
fn a_prefix_lists_the_codes_it_starts() {
    let (en, _) = indexes();
    let routes: Vec<Route> = en.search("100", 10).into_iter().map(|h| h.route).collect();
    assert_eq!(routes, (1000..=1009).map(code).collect::<Vec<_>>());
}

#[test]
fn a_shared_number_lists_every_service() {
    let (en, _) = indexes();
    let hits = en.search("4004", 10);
    let services: Vec<&str> = hits.iter().map(|h| h.service.as_str()).collect();
    for s in [
        "Discord Gateway",
        "Twitch EventSub WebSocket",
        "Pusher Channels",
        "graphql-ws",
        "OBS WebSocket",
    ] {
        assert!(services.contains(&s), "{s} missing from {services:?}");
    }
    assert!(hits.iter().all(|h| h.code == Some(4004)));
}

#[test]
fn snippets_mark_what_matched() {
    let (en, zh) = indexes();
    let hit = &en.search("keepalive ping timeout", 1)[0];
    let marked: String = hit
        .snippet
        .iter()
        .filter(|(_, m)| *m)
        .map(|(t, _)| t.as_str())
        .collect();
    assert!(
        marked.to_ascii_lowercase().contains("keepalive"),
        "{:?}",
        hit.snippet
    );
    let hit = &zh.search("异常关闭", 1)[0];
    assert_eq!(hit.title, "异常关闭");
    assert!(
        hit.snippet.iter().any(|(t, m)| *m && t.contains("关闭")),
        "{:?}",
        hit.snippet
    );
}

#[test]
fn odd_input_gives_no_results_and_no_panic() {
    let (en, zh) = indexes();
    for q in [
        "",
        "   ",
        "zzzzqqq",
        "%%%",
        "\u{0}",
        "🙂",
        "a",
        "😀😀😀",
        "<script>",
        "99999999999999",
    ] {
        let _ = en.search(q, 8);
        let _ = zh.search(q, 8);
    }
    assert!(en.search("", 8).is_empty());
    assert!(en.search("zzzzqqq", 8).is_empty());
}

#[test]
fn the_index_file_round_trips() {
    let catalog = Catalog::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("content")).unwrap();
    let text = write_index(&search_docs(&catalog, Locale::default_locale()));
    let docs = read_index(&text).expect("the index reads back");
    assert_eq!(write_index(&docs), text);
    assert!(docs.iter().any(|d| d.words.contains("proxy_read_timeout")));
    assert_eq!(read_index("not an index"), None);
    assert_eq!(read_index("<!DOCTYPE html>"), None);
}

#[test]
fn snippets_are_escaped_html() {
    let hit = closecodes::search::SearchHit {
        route: Route::Number(1008),
        code: Some(1008),
        title: "x".into(),
        service: String::new(),
        snippet: vec![("a <b> & \"c\" ".into(), false), ("policy".into(), true)],
        score: 1.0,
    };
    assert_eq!(
        hit.snippet_html(),
        "a &lt;b&gt; &amp; &quot;c&quot; <mark>policy</mark>"
    );
}

#[test]
fn a_question_in_another_language_leads_to_this_languages_page() {
    let (en, zh) = indexes();
    // Nothing in the English index says 心跳 ("heartbeat")...
    let own = en.search("心跳", 8);
    assert!(
        own.is_empty(),
        "{:?}",
        own.iter().map(|h| &h.title).collect::<Vec<_>>()
    );
    // ...the Chinese one does, and its hits carry English names.
    let hits = zh.search("心跳", 8);
    assert!(!hits.is_empty());
    let hit = en.in_own_words(hits[0].clone());
    assert!(hit.title.is_ascii(), "{}", hit.title);
    assert_eq!(hit.route, hits[0].route);
}
