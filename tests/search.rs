//! Search ranking on the real index: for each query people really type,
//! the page that must come first. Run natively with the same code the
//! browser runs.

use std::path::Path;
use std::sync::OnceLock;

use closecodes::budget::gzip_len;
use closecodes::content::Catalog;
use closecodes::locale::Locale;
use closecodes::model::Range;
use closecodes::route::Route;
use closecodes::search::index::{read_index, search_docs, shards, write_index};
use closecodes::search::SearchIndex;

fn catalog() -> &'static Catalog {
    static CATALOG: OnceLock<Catalog> = OnceLock::new();
    CATALOG.get_or_init(|| {
        Catalog::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("content")).unwrap()
    })
}

/// A locale's index, through the published shards, as the browser gets it.
fn build(id: &str) -> SearchIndex {
    let catalog = catalog();
    let locale = Locale::from_id(id).unwrap();
    let words = &catalog.locale(locale).words;
    let shards: Vec<String> = shards(words, search_docs(catalog, locale), 60 * 1024, gzip_len)
        .iter()
        .map(|docs| write_index(words, docs))
        .collect();
    SearchIndex::parse(shards.iter().map(String::as_str)).expect("the index reads back")
}

/// Every locale's index, by locale id.
fn index(id: &str) -> &'static SearchIndex {
    static ALL: OnceLock<Vec<(String, SearchIndex)>> = OnceLock::new();
    let all = ALL.get_or_init(|| {
        Locale::all()
            .map(|l| (l.id().to_string(), build(l.id())))
            .collect()
    });
    &all.iter().find(|(i, _)| i == id).expect("a locale").1
}

fn indexes() -> &'static (SearchIndex, SearchIndex) {
    static INDEXES: OnceLock<(SearchIndex, SearchIndex)> = OnceLock::new();
    INDEXES.get_or_init(|| (build("en"), build("zh-hans")))
}

fn code(n: u32) -> Route {
    Route::Number(n)
}
fn symptom(slug: &str) -> Route {
    Route::Symptom(slug.into())
}
fn guide(slug: &str) -> Route {
    Route::Guide(slug.into())
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
        // The page for this message is the symptom's: your own side closed.
        (
            "en",
            "keepalive ping timeout",
            symptom("keepalive-ping-timeout-1011"),
        ),
        ("en", "read limit exceeded", code(1009)),
        // Body text
        (
            "en",
            "proxy_read_timeout",
            symptom("closes-after-60-seconds"),
        ),
        (
            "en",
            "nginx proxy_read_timeout 60 s",
            symptom("closes-after-60-seconds"),
        ),
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
        // ... and English names and constants on Chinese pages
        ("zh-hans", "abnormal closure", code(1006)),
        ("zh-hans", "policy violation", code(1008)),
        ("zh-hans", "CLOSE_GOING_AWAY", code(1001)),
        // What readers observe, in their words
        (
            "en",
            "closes after 60 seconds",
            symptom("closes-after-60-seconds"),
        ),
        (
            "en",
            "disconnects every minute",
            symptom("closes-after-60-seconds"),
        ),
        ("en", "60", symptom("closes-after-60-seconds")),
        (
            "en",
            "websocket closes after 100 seconds",
            symptom("closes-after-100-seconds"),
        ),
        (
            "en",
            "cloudflare websocket timeout",
            symptom("closes-after-100-seconds"),
        ),
        (
            "en",
            "api gateway 2 hours",
            symptom("closes-after-10-minutes-or-2-hours"),
        ),
        (
            "en",
            "disconnect after 10 minutes",
            symptom("closes-after-10-minutes-or-2-hours"),
        ),
        (
            "en",
            "1006 right after connecting",
            symptom("1006-right-after-connecting"),
        ),
        (
            "en",
            "1005 instead of 1000",
            symptom("1005-instead-of-1000"),
        ),
        (
            "en",
            "closes when sending a large message",
            symptom("closes-on-large-message"),
        ),
        (
            "en",
            "disconnects when tab in background",
            symptom("closes-in-background-tab"),
        ),
        (
            "en",
            "disconnects on every deploy",
            symptom("closes-on-every-deploy"),
        ),
        (
            "en",
            "thundering herd reconnect",
            symptom("closes-on-every-deploy"),
        ),
        (
            "en",
            "corporate proxy websocket fails",
            symptom("fails-behind-corporate-proxy"),
        ),
        ("en", "only on safari", symptom("only-on-safari-ios")),
        ("en", "close code 0", symptom("code-0-or-undefined")),
        ("en", "close code undefined", symptom("code-0-or-undefined")),
        (
            "en",
            "sent 1011 keepalive ping timeout",
            symptom("keepalive-ping-timeout-1011"),
        ),
        ("zh-hans", "60秒后断开", symptom("closes-after-60-seconds")),
        ("zh-hans", "60 秒后断开", symptom("closes-after-60-seconds")),
        (
            "zh-hans",
            "每分钟断开一次",
            symptom("closes-after-60-seconds"),
        ),
        (
            "zh-hans",
            "后台标签页断开",
            symptom("closes-in-background-tab"),
        ),
        (
            "zh-hans",
            "每次部署都断开",
            symptom("closes-on-every-deploy"),
        ),
        (
            "zh-hans",
            "消息太大 断开",
            symptom("closes-on-large-message"),
        ),
        ("zh-hans", "Safari 断开", symptom("only-on-safari-ios")),
        (
            "zh-hans",
            "公司代理",
            symptom("fails-behind-corporate-proxy"),
        ),
        (
            "zh-hans",
            "接收 1005 而不是 1000",
            symptom("1005-instead-of-1000"),
        ),
        ("zh-hans", "关闭码 0", symptom("code-0-or-undefined")),
        (
            "zh-hans",
            "keepalive ping timeout",
            symptom("keepalive-ping-timeout-1011"),
        ),
        // Guides
        (
            "en",
            "designing custom close codes",
            guide("designing-close-codes"),
        ),
        (
            "en",
            "relay close codes through a proxy",
            guide("relaying-close-codes"),
        ),
        (
            "en",
            "what should a gateway send when upstream closes",
            guide("relaying-close-codes"),
        ),
        ("en", "exponential backoff jitter", guide("reconnecting")),
        (
            "zh-hans",
            "设计自己的关闭码",
            guide("designing-close-codes"),
        ),
        ("zh-hans", "重连 指数退避", guide("reconnecting")),
        // The new services: codes, names, constants and reason tokens
        ("en", "2010", service("sockjs", 2010)),
        (
            "en",
            "another connection still open",
            service("sockjs", 2010),
        ),
        ("en", "All transports failed", service("sockjs", 2000)),
        ("en", "Go away!", service("sockjs", 3000)),
        ("en", "SESSION_NOT_RELIABLE", service("spring", 4500)),
        (
            "en",
            "CloseStatus.SESSION_NOT_RELIABLE",
            service("spring", 4500),
        ),
        (
            "en",
            "Failed to send message within the configured send limit",
            service("spring", 4500),
        ),
        (
            "en",
            "liveblocks token expired",
            service("liveblocks", 4109),
        ),
        (
            "en",
            "assemblyai insufficient funds",
            service("assemblyai", 4002),
        ),
        (
            "en",
            "Server ping timed out",
            service("socketcluster", 4000),
        ),
        ("en", "MAY_TRY_RECONNECT", service("colyseus", 4010)),
        ("en", "DEVMODE_RESTART", service("colyseus", 4010)),
        ("en", "NET-0001", code(1011)),
        ("en", "DATA-0000", code(1008)),
        ("zh-hans", "NET-0001", code(1011)),
        (
            "en",
            "io server disconnect",
            Route::Namespace("socket-io".into()),
        ),
        // Chrome's close() error, in its current and its older wording
        (
            "en",
            "The close code must be either 1000, or between 3000 and 4999. 1001 is neither.",
            code(1001),
        ),
        (
            "en",
            "The code must be either 1000, or between 3000 and 4999. 1012 is neither.",
            code(1012),
        ),
        // Full-width input, as Chinese keyboards type it
        ("zh-hans", "１００６", code(1006)),
        ("en", "ＰＯＬＩＣＹ", code(1008)),
        (
            "zh-hans",
            "１００８和１０１４的区别",
            Route::Compare(1008, 1014),
        ),
    ]
}

/// Asserts that each query of a table ranks its route first, reporting
/// every one that does not.
fn assert_ranked_first(table: &[(&str, &str, Route)]) {
    let mut failures = Vec::new();
    for (locale, query, expected) in table {
        let hits = index(locale).search(query, 8);
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
fn the_obvious_answer_comes_first() {
    let table = table();
    assert!(table.len() >= 60);
    assert_ranked_first(&table);
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
    let hit = &en.search("nginx proxy_read_timeout", 1)[0];
    let marked: String = hit
        .snippet
        .iter()
        .filter(|(_, m)| *m)
        .map(|(t, _)| t.as_str())
        .collect();
    assert!(
        marked.contains("proxy_read_timeout") && marked.contains("nginx"),
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
    let catalog = catalog();
    let en = Locale::default_locale();
    let words = &catalog.locale(en).words;
    let text = write_index(words, &search_docs(catalog, en));
    let (read_words, docs) = read_index(&text).expect("the index reads back");
    assert_eq!(&read_words, words);
    assert_eq!(write_index(words, &docs), text);
    assert!(docs.iter().any(|d| d.words.contains("proxy_read_timeout")));
    assert_eq!(read_index("not an index").unwrap_err().line, 1);
    assert_eq!(read_index("<!DOCTYPE html>").unwrap_err().line, 1);
    let broken = text.replacen("\nD\tC\t", "\nD\tQ\t", 1);
    let line = text.lines().position(|l| l.starts_with("D\tC\t")).unwrap() + 1;
    assert_eq!(read_index(&broken).unwrap_err().line, line);
}

#[test]
fn indexes_hold_their_own_words_and_only_english_names_besides() {
    let catalog = catalog();
    let zh = Locale::from_id("zh-hans").unwrap();
    let ja = Locale::from_id("ru").unwrap();
    let docs = search_docs(catalog, zh);
    let policy = docs
        .iter()
        .find(|d| d.route == code(1008))
        .expect("1008 is in the index");
    assert_eq!(policy.name, "策略违规");
    assert_eq!(policy.aliases, ["Policy Violation"]);
    assert_eq!(policy.lang, None);
    // A locale without a translation of 1008 finds it in English, marked so.
    let docs = search_docs(catalog, ja);
    let policy = docs.iter().find(|d| d.route == code(1008)).unwrap();
    assert_eq!(policy.name, "Policy Violation");
    assert_eq!(policy.lang, Some(Locale::default_locale()));
    assert!(policy.aliases.is_empty());
    // No index carries a third locale's words.
    let zh_docs = search_docs(catalog, zh);
    for doc in &zh_docs {
        for alias in &doc.aliases {
            assert!(
                !alias
                    .chars()
                    .any(|c| ('\u{3040}'..='\u{30ff}').contains(&c)),
                "{alias}"
            );
        }
    }
}

#[test]
fn shards_keep_each_file_within_its_budget() {
    let catalog = catalog();
    for locale in Locale::all() {
        let words = &catalog.locale(locale).words;
        let docs = search_docs(catalog, locale);
        let count = docs.len();
        // A budget small enough to need several shards: a quarter of the
        // whole index.
        let whole = gzip_len(write_index(words, &docs).as_bytes());
        let cut = shards(words, docs, whole / 4, gzip_len);
        assert!(cut.len() >= 3, "{locale}: {} shards", cut.len());
        assert_eq!(cut.iter().map(Vec::len).sum::<usize>(), count);
        for shard in &cut[1..] {
            // A service's codes are never split between shards.
            let services: std::collections::BTreeSet<String> = shard
                .iter()
                .filter_map(|d| match &d.route {
                    Route::ServiceCode(ns, _) => Some(ns.clone()),
                    _ => None,
                })
                .collect();
            for other in cut.iter().filter(|s| !std::ptr::eq(*s, shard)) {
                assert!(other.iter().all(
                    |d| !matches!(&d.route, Route::ServiceCode(ns, _) if services.contains(ns))
                ));
            }
        }
    }
}

#[test]
fn snippets_are_escaped_html() {
    let hit = closecodes::search::SearchHit {
        route: Route::Number(1008),
        code: Some(1008),
        title: "x".into(),
        lang: None,
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
fn a_query_the_locale_cannot_answer_is_asked_in_english_and_answered_in_its_words() {
    let (en, zh) = indexes();
    // An English word from a body that the Chinese pages say in Chinese.
    let query = "goodbye";
    assert!(zh.search(query, 8).is_empty());
    let words = en.words().with(zh.words());
    let hits = en.search_with(query, 8, &words);
    assert!(!hits.is_empty(), "{query} is not in the English index");
    let hit = zh.in_own_words(hits[0].clone());
    assert!(!hit.title.is_ascii(), "{}", hit.title);
    assert_eq!(hit.route, hits[0].route);
}

/// Queries in every locale's language and script, on that locale's pages:
/// (locale, query, the route that must come first).
fn locale_table() -> Vec<(&'static str, &'static str, Route)> {
    let compare = Route::Compare(1008, 1014);
    vec![
        // Comparisons, asked as people ask them in each language.
        ("ja", "1008と1014の違い", compare.clone()),
        ("ko", "1008 1014 차이", compare.clone()),
        ("ko", "1008 대 1014", compare.clone()),
        ("de", "1008 vs 1014 Unterschied", compare.clone()),
        ("de", "Unterschied zwischen 1008 und 1014", compare.clone()),
        ("fr", "différence entre 1008 et 1014", compare.clone()),
        ("fr", "difference entre 1008 et 1014", compare.clone()),
        ("es", "diferencia entre 1008 y 1014", compare.clone()),
        ("pt", "diferença entre 1008 e 1014", compare.clone()),
        ("ru", "разница между 1008 и 1014", compare.clone()),
        ("vi", "1008 và 1014 khác nhau", compare.clone()),
        ("th", "1008 กับ 1014 ต่างกันอย่างไร", compare.clone()),
        ("tr", "1008 ve 1014 farkı", compare.clone()),
        ("id", "perbedaan 1008 dan 1014", compare.clone()),
        ("hi", "1008 बनाम 1014", compare.clone()),
        ("ar", "الفرق بين 1008 و 1014", compare.clone()),
        ("ar", "الفرق بين 1008 و1014", compare.clone()),
        // Range names, written in the locale.
        ("ja", "プライベート用途", Route::Range(Range::Private)),
        ("ru", "Частное использование", Route::Range(Range::Private)),
        ("ru", "частное использование", Route::Range(Range::Private)),
        ("ar", "للاستخدام الخاص", Route::Range(Range::Private)),
        ("hi", "निजी उपयोग", Route::Range(Range::Private)),
        ("ko", "사설 용도", Route::Range(Range::Private)),
        ("de", "Private Nutzung", Route::Range(Range::Private)),
        // Numbers in the digits of the locale's keyboard.
        ("ar", "١٠٠٦", code(1006)),
        ("hi", "१००६", code(1006)),
        ("th", "๑๐๐๖", code(1006)),
        ("ja", "１００６", code(1006)),
        // Japanese, on translated pages: names, symptoms, comparisons,
        // guides and constants as typed on a Japanese page.
        ("ja", "異常終了", code(1006)),
        ("ja", "ポリシー違反", code(1008)),
        ("ja", "メッセージが大きすぎる", code(1009)),
        ("ja", "サービス再起動", code(1012)),
        ("ja", "ゲートウェイエラー", code(1014)),
        ("ja", "離脱", code(1001)),
        ("ja", "1005と1006の違い", Route::Compare(1005, 1006)),
        ("ja", "60 秒で切れる", symptom("closes-after-60-seconds")),
        (
            "ja",
            "接続直後 1006",
            symptom("1006-right-after-connecting"),
        ),
        (
            "ja",
            "デプロイのたびに切断",
            symptom("closes-on-every-deploy"),
        ),
        ("ja", "再接続 バックオフ ジッター", guide("reconnecting")),
        ("ja", "websocket.CloseAbnormalClosure", code(1006)),
        // Korean, likewise.
        ("ko", "비정상 종료", code(1006)),
        ("ko", "정책 위반", code(1008)),
        ("ko", "메시지 크기 초과", code(1009)),
        ("ko", "서비스 재시작", code(1012)),
        ("ko", "게이트웨이 오류", code(1014)),
        ("ko", "1005 1006 차이", Route::Compare(1005, 1006)),
        ("ko", "60초 만에 닫힘", symptom("closes-after-60-seconds")),
        (
            "ko",
            "연결하자마자 1006",
            symptom("1006-right-after-connecting"),
        ),
        (
            "ko",
            "배포할 때마다 끊김",
            symptom("closes-on-every-deploy"),
        ),
        ("ko", "재연결 백오프 지터", guide("reconnecting")),
        ("ko", "CLOSE_GOING_AWAY", code(1001)),
        // German, French, Spanish and Portuguese: names (with and without
        // their accents), symptoms, a guide and comparisons.
        ("de", "Abnormales Schließen", code(1006)),
        ("de", "richtlinienverstoss", code(1008)),
        ("de", "Nachricht zu groß", code(1009)),
        ("de", "Dienstneustart", code(1012)),
        (
            "de",
            "nach 60 Sekunden geschlossen",
            symptom("closes-after-60-seconds"),
        ),
        (
            "de",
            "Deployment trennt alle Clients",
            symptom("closes-on-every-deploy"),
        ),
        ("de", "1008 vs 1014 Unterschied", compare.clone()),
        (
            "de",
            "Unterschied 1005 und 1006",
            Route::Compare(1005, 1006),
        ),
        ("fr", "fermeture anormale", code(1006)),
        ("fr", "violation de politique", code(1008)),
        ("fr", "redemarrage du service", code(1012)),
        ("fr", "message trop volumineux", code(1009)),
        (
            "fr",
            "se ferme après 60 secondes",
            symptom("closes-after-60-seconds"),
        ),
        (
            "fr",
            "chaque déploiement déconnecte",
            symptom("closes-on-every-deploy"),
        ),
        ("fr", "se reconnecter backoff jitter", guide("reconnecting")),
        (
            "fr",
            "différence entre 1005 et 1006",
            Route::Compare(1005, 1006),
        ),
        ("es", "cierre anormal", code(1006)),
        ("es", "violacion de politica", code(1008)),
        ("es", "mensaje demasiado grande", code(1009)),
        ("es", "reinicio del servicio", code(1012)),
        (
            "es",
            "se cierra tras 60 segundos",
            symptom("closes-after-60-seconds"),
        ),
        (
            "es",
            "cada despliegue desconecta",
            symptom("closes-on-every-deploy"),
        ),
        ("es", "reconectar backoff jitter", guide("reconnecting")),
        (
            "es",
            "¿diferencia entre 1005 y 1006?",
            Route::Compare(1005, 1006),
        ),
        ("pt", "fechamento anormal", code(1006)),
        ("pt", "violacao de politica", code(1008)),
        ("pt", "mensagem grande demais", code(1009)),
        ("pt", "reinicio do servico", code(1012)),
        (
            "pt",
            "fecha depois de 60 segundos",
            symptom("closes-after-60-seconds"),
        ),
        (
            "pt",
            "todo deploy desconecta",
            symptom("closes-on-every-deploy"),
        ),
        ("pt", "reconectar backoff jitter", guide("reconnecting")),
        (
            "pt",
            "diferença entre 1005 e 1006",
            Route::Compare(1005, 1006),
        ),
        // English names and constants work on every locale's pages.
        ("ja", "policy violation", code(1008)),
        ("ar", "CLOSE_GOING_AWAY", code(1001)),
        ("tr", "İNTERNAL ERROR", code(1011)),
        ("th", "going away", code(1001)),
    ]
}

#[test]
fn every_locale_finds_what_its_readers_type() {
    assert_ranked_first(&locale_table());
}

#[test]
fn accents_and_sharp_s_fold_in_every_latin_locale() {
    // Readers type without accents; pages are written with them.
    for (id, typed, written) in [
        ("es", "conexion", "conexión"),
        ("pt", "conexao", "conexão"),
        ("fr", "deconnecte", "déconnecte"),
        ("de", "schliessen", "schließen"),
    ] {
        let hits = index(id).search(typed, 10);
        assert!(!hits.is_empty(), "{id}: {typed} finds nothing");
        assert!(
            hits.iter()
                .any(|h| h.snippet_html().to_lowercase().contains(written)
                    || h.title.to_lowercase().contains(written)),
            "{id}: no hit shows {written} for {typed}"
        );
    }
}

#[test]
fn korean_particles_are_stripped_without_cutting_words() {
    // 의 is a Korean stop word; it must not cut 정의 ("definition") or
    // 의미 ("meaning") in the middle.
    let ko = index("ko");
    let words = ko.words();
    assert!(words.stop_words.iter().any(|w| w == "의"));
    // A number with a particle attached is still the number.
    assert_eq!(
        ko.search("1006은", 1).first().map(|h| h.route.clone()),
        Some(code(1006))
    );
}

#[test]
fn each_locales_index_weighs_at_most_its_budget() {
    use closecodes::budget::SEARCH_INDEX_BYTES;
    let catalog = catalog();
    for locale in Locale::all() {
        let words = &catalog.locale(locale).words;
        let total: u64 = shards(
            words,
            search_docs(catalog, locale),
            SEARCH_INDEX_BYTES,
            gzip_len,
        )
        .iter()
        .map(|docs| gzip_len(write_index(words, docs).as_bytes()))
        .sum();
        assert!(
            total <= SEARCH_INDEX_BYTES,
            "{locale}: {total} bytes gzip, over {SEARCH_INDEX_BYTES}"
        );
    }
}
