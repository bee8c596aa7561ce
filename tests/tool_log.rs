//! Tests for the log reader: the formats it must find and the numbers it must leave alone.

use closecodes::tools::log::{read_log, Finding, KnownService, KnownString, KnownStrings};
use proptest::prelude::*;

const STRINGS: &[KnownString<'static>] = &[
    KnownString {
        library: "gorilla",
        text: "websocket: close 1006 (abnormal closure): unexpected EOF",
        code: Some(1006),
    },
    KnownString {
        library: "gorilla",
        text: "websocket.CloseAbnormalClosure",
        code: Some(1006),
    },
    KnownString {
        library: "gorilla",
        text: "websocket.CloseGoingAway",
        code: Some(1001),
    },
    KnownString {
        library: "python-websockets",
        text: "ConnectionClosedError",
        code: None,
    },
    KnownString {
        library: "discord.js",
        text: "An invalid token was provided.",
        code: Some(4004),
    },
];

const SERVICES: &[KnownService<'static>] = &[
    KnownService {
        id: "discord-gateway",
        name: "Discord Gateway",
    },
    KnownService {
        id: "slack-rtm",
        name: "Slack RTM",
    },
];

fn known() -> KnownStrings<'static> {
    KnownStrings {
        strings: STRINGS,
        services: SERVICES,
    }
}

fn read(text: &str) -> Vec<Finding> {
    read_log(text, &known())
}

fn codes(text: &str) -> Vec<u16> {
    read(text).iter().map(|f| f.code).collect()
}

fn only(text: &str) -> Finding {
    let found = read(text);
    assert_eq!(found.len(), 1, "{text:?} gave {found:#?}");
    found.into_iter().next().unwrap()
}

fn spanned<'a>(text: &'a str, f: &Finding) -> &'a str {
    text.get(f.span.0..f.span.1).unwrap()
}

// ---- library formats ------------------------------------------------------

#[test]
fn gorilla_close_error() {
    let text = "2026/11/30 12:00:01 read: websocket: close 1006 (abnormal closure): unexpected EOF";
    let f = only(text);
    assert_eq!(f.code, 1006);
    assert_eq!(f.library.as_deref(), Some("gorilla"));
    assert_eq!(f.reason.as_deref(), Some("unexpected EOF"));
    assert!(!f.inferred);
    assert_eq!(
        spanned(text, &f),
        "websocket: close 1006 (abnormal closure): unexpected EOF"
    );
}

#[test]
fn gorilla_without_known_string_and_without_name_or_text() {
    let none = KnownStrings::default();
    let found = read_log(
        "websocket: close 4000: bye\nwebsocket: close 1000 (normal)",
        &none,
    );
    assert_eq!(found.len(), 2);
    let first = found.first().unwrap();
    assert_eq!((first.code, first.reason.as_deref()), (4000, Some("bye")));
    assert_eq!(first.library.as_deref(), Some("gorilla"));
    let second = found.get(1).unwrap();
    assert_eq!((second.code, second.reason.as_deref()), (1000, None));
    assert_eq!(second.library.as_deref(), Some("gorilla"));
}

#[test]
fn gorilla_constants() {
    let text = "if websocket.IsUnexpectedCloseError(err, websocket.CloseGoingAway, websocket.CloseAbnormalClosure) {";
    let found = read(text);
    assert_eq!(
        found.iter().map(|f| f.code).collect::<Vec<_>>(),
        vec![1001, 1006]
    );
    assert!(found
        .iter()
        .all(|f| f.library.as_deref() == Some("gorilla")));
    assert_eq!(
        spanned(text, found.get(1).unwrap()),
        "websocket.CloseAbnormalClosure"
    );
}

#[test]
fn browser_close_event() {
    let text =
        "CloseEvent {isTrusted: true, wasClean: false, code: 1006, reason: '', type: 'close', …}";
    let f = only(text);
    assert_eq!(f.code, 1006);
    assert_eq!(f.reason.as_deref(), Some(""));
    assert_eq!(f.library.as_deref(), Some("browser"));
    assert!(!f.inferred);
    assert_eq!(spanned(text, &f), "code: 1006, reason: ''");
    // Firefox prints the event differently.
    let f = only(
        r#"close { target: WebSocket, isTrusted: true, wasClean: true, code: 4001, reason: "kicked" }"#,
    );
    assert_eq!(
        (f.code, f.reason.as_deref(), f.library.as_deref()),
        (4001, Some("kicked"), Some("browser"))
    );
}

#[test]
fn json_and_key_value_forms() {
    let f = only(r#"{"code":1008,"reason":"policy"}"#);
    assert_eq!(
        (f.code, f.reason.as_deref(), f.library),
        (1008, Some("policy"), None)
    );
    assert_eq!(only("closed code=4004").code, 4004);
    assert_eq!(only("onclose code: 4004").code, 4004);
    let text = "last close code 4004";
    assert_eq!(spanned(text, &only(text)), "close code 4004");
    assert_eq!(only("status code 1011").code, 1011);
    assert_eq!(only("ws closed, statusCode=1001").code, 1001);
    let f = only(r#"{"code": 4000, "reason": "say \"hi\"", "wasClean": true}"#);
    assert_eq!(f.reason.as_deref(), Some(r#"say \"hi\""#));
}

#[test]
fn python_websockets_received_then_sent() {
    let text = "websockets.exceptions.ConnectionClosedError: received 4000 (private use) bye; then sent 4000 (private use) bye";
    let f = only(text);
    assert_eq!(f.code, 4000);
    assert_eq!(f.reason.as_deref(), Some("bye"));
    assert_eq!(f.library.as_deref(), Some("python-websockets"));
    assert_eq!(spanned(text, &f), "received 4000 (private use) bye");
}

#[test]
fn python_websockets_sent_only() {
    let f = only("ConnectionClosedError: sent 1011 (internal error) keepalive ping timeout; no close frame received");
    assert_eq!(f.code, 1011);
    assert_eq!(f.reason.as_deref(), Some("keepalive ping timeout"));
    assert_eq!(f.library.as_deref(), Some("python-websockets"));
    // Without a reason, and with two different codes.
    let found = read("received 1001 (going away); then sent 1000 (OK)");
    assert_eq!(
        found.iter().map(|f| f.code).collect::<Vec<_>>(),
        vec![1001, 1000]
    );
    assert!(found.iter().all(|f| f.reason.is_none()));
    assert!(found
        .iter()
        .all(|f| f.library.as_deref() == Some("python-websockets")));
}

#[test]
fn python_websockets_before_version_10() {
    let f = only("websockets.exceptions.ConnectionClosed: code = 1006 (connection closed abnormally [internal]), no reason");
    assert_eq!((f.code, f.reason.as_deref()), (1006, None));
    assert_eq!(f.library.as_deref(), Some("python-websockets"));
    let f = only("ConnectionClosed: code = 4000 (private use), reason = bye now");
    assert_eq!((f.code, f.reason.as_deref()), (4000, Some("bye now")));
    assert_eq!(f.library.as_deref(), Some("python-websockets"));
}

#[test]
fn chrome_failed_connection_infers_1006() {
    for text in [
        "WebSocket connection to 'wss://example.com/socket' failed: ",
        "WebSocket connection to 'wss://example.com/socket' failed",
        "WebSocket connection to 'wss://example.com/socket' failed: Error during WebSocket handshake: Unexpected response code: 403",
        "WebSocket connection to 'wss://example.com/socket' failed: Connection closed before receiving a handshake response",
        "WebSocket connection to 'wss://example.com/socket' failed: Invalid frame header",
    ] {
        let f = only(text);
        assert_eq!(f.code, 1006, "{text}");
        assert!(f.inferred, "{text}");
        assert_eq!(f.library.as_deref(), Some("browser"));
        assert_eq!(f.reason, None);
        assert_eq!(spanned(text, &f), text.trim_end());
    }
    let f = only("Firefox can’t establish a connection to the server at wss://example.com/socket.");
    assert!(f.inferred);
    assert_eq!(f.code, 1006);
}

#[test]
fn inferred_and_printed_1006_stay_apart() {
    let text = "WebSocket connection to 'wss://x/' failed: \nCloseEvent {isTrusted: true, wasClean: false, code: 1006, reason: ''}";
    let found = read(text);
    assert_eq!(found.len(), 2);
    assert!(found.first().unwrap().inferred);
    assert!(!found.get(1).unwrap().inferred);
}

#[test]
fn discord_libraries_and_service() {
    let f = only("discord.errors.ConnectionClosed: Shard ID None WebSocket closed with 4004");
    assert_eq!(f.code, 4004);
    assert_eq!(f.service.as_deref(), Some("discord-gateway"));

    let f =
        only("DiscordAPIError: WebSocket was closed. Code: 4004 Reason: Authentication failed.");
    assert_eq!(f.code, 4004);
    assert_eq!(f.reason.as_deref(), Some("Authentication failed."));
    assert_eq!(f.service.as_deref(), Some("discord-gateway"));

    let f = only("Error [TokenInvalid]: An invalid token was provided.");
    assert_eq!(f.code, 4004);
    assert_eq!(f.library.as_deref(), Some("discord.js"));
    assert_eq!(f.service, None);

    // Not in the known strings: no finding.
    let bare = KnownStrings::default();
    assert!(read_log(
        "Error [TokenInvalid]: An invalid token was provided.",
        &bare
    )
    .is_empty());
    // The service is reported only when the caller lists it.
    let f = read_log("WebSocket closed with 4004 (discord)", &bare);
    assert_eq!(f.first().unwrap().service, None);
}

#[test]
fn tungstenite_close_code_debug_form() {
    let text = r#"Gateway closed: Some(CloseFrame { code: Library(4004), reason: "Authentication failed." })"#;
    let f = only(text);
    assert_eq!(
        (f.code, f.reason.as_deref()),
        (4004, Some("Authentication failed."))
    );
    assert_eq!(codes("frame code: Bad(5000)"), vec![5000]);
    assert!(read("Library(4004)").is_empty());
}

#[test]
fn stack_trace_finds_every_code_in_order() {
    let text = "\
Traceback (most recent call last):
  File \"/srv/bot/.venv/lib/python3.12/site-packages/discord/client.py\", line 659, in connect
    await self.ws.poll_event()
  File \"/srv/bot/.venv/lib/python3.12/site-packages/discord/gateway.py\", line 646, in poll_event
    raise ConnectionClosed(self.socket, shard_id=self.shard_id, code=code) from None
discord.errors.ConnectionClosed: Shard ID None WebSocket closed with 4014
2026-11-30 12:00:01,512 WARNING reconnecting; last close code 1001
2026-11-30 12:00:03,004 ERROR close code 4014 again
";
    assert_eq!(codes(text), vec![4014, 1001]);
    let first = read(text).into_iter().next().unwrap();
    assert_eq!(first.service.as_deref(), Some("discord-gateway"));
    assert_eq!(spanned(text, &first), "closed with 4014");
}

#[test]
fn same_code_with_different_reasons_is_kept() {
    let found = read("received 4000 (private use) one\nreceived 4000 (private use) two\nreceived 4000 (private use) one");
    let reasons: Vec<_> = found.iter().map(|f| f.reason.as_deref()).collect();
    assert_eq!(reasons, vec![Some("one"), Some("two")]);
}

// ---- numbers that are not close codes -------------------------------------

#[test]
fn negatives() {
    for text in [
        "2026-11-30 12:00:01 connected",
        "listening on 0.0.0.0:8080",
        "dial tcp 192.168.1.10:4004: connection refused",
        "GET /socket HTTP/1.1 200 OK",
        "HTTP/1.1 101 Switching Protocols",
        "HTTP status code 403",
        "status code 200",
        "Unexpected response code: 403",
        "Unexpected server response: 401",
        "received 1024 bytes",
        "sent 2048 bytes in 1000 ms",
        "close frame of 1000 bytes",
        "process exited with exit code 1006",
        "response.statusCode = 1001",
        "DiscordAPIError[50035]: Invalid Form Body",
        r#"{"code": 50035, "message": "Invalid Form Body"}"#,
        "code 1000000",
        "closed with 70000",
        "code: 12",
        "version 1.1000.2",
        "close code1006x",
        "In 2026 we closed 3 sockets",
    ] {
        assert!(read(text).is_empty(), "{text:?} gave {:#?}", read(text));
    }
}

#[test]
fn close_words_allow_codes_outside_1000_to_4999() {
    assert_eq!(codes("close code 999"), vec![999]);
    assert_eq!(codes("closed with 5000"), vec![5000]);
    assert_eq!(codes("CloseEvent {code: 65535, reason: ''}"), vec![65535]);
    assert_eq!(codes("code 5000"), Vec::<u16>::new());
}

#[test]
fn sentence_punctuation_after_a_code_is_fine() {
    assert_eq!(codes("The socket was closed with 1000."), vec![1000]);
    assert_eq!(codes("close code 4004, retrying"), vec![4004]);
}

#[test]
fn known_strings_prefer_the_longest_overlap() {
    let strings = [
        KnownString {
            library: "a",
            text: "ConnectionClosed",
            code: Some(1000),
        },
        KnownString {
            library: "b",
            text: "ConnectionClosedError",
            code: Some(1011),
        },
    ];
    let known = KnownStrings {
        strings: &strings,
        services: &[],
    };
    let found = read_log("ConnectionClosedError raised", &known);
    assert_eq!(found.len(), 1);
    assert_eq!(found.first().unwrap().library.as_deref(), Some("b"));
}

#[test]
fn unicode_around_findings() {
    let text = "日本語 close code 4004 理由: 'ç' — reason: 'déjà vu' ✓";
    let f = only(text);
    assert_eq!(f.reason.as_deref(), Some("déjà vu"));
    assert!(text.is_char_boundary(f.span.0) && text.is_char_boundary(f.span.1));
}

proptest! {
    #[test]
    fn spans_are_char_boundaries(text in any::<String>()) {
        for f in read(&text) {
            prop_assert!(f.span.0 <= f.span.1 && f.span.1 <= text.len());
            prop_assert!(text.is_char_boundary(f.span.0) && text.is_char_boundary(f.span.1));
        }
    }

    #[test]
    fn log_like_text_never_panics(
        parts in proptest::collection::vec(
            prop_oneof![
                Just("close ".to_owned()),
                Just("code: ".to_owned()),
                Just("code = ".to_owned()),
                Just("received ".to_owned()),
                Just("sent ".to_owned()),
                Just("closed with ".to_owned()),
                Just("websocket: close ".to_owned()),
                Just("reason: '".to_owned()),
                Just("\"reason\":\"".to_owned()),
                Just("WebSocket connection to '".to_owned()),
                Just("' failed".to_owned()),
                Just(" (".to_owned()),
                Just("): ".to_owned()),
                Just("; then ".to_owned()),
                Just("CloseEvent {".to_owned()),
                Just("discord".to_owned()),
                Just("\n".to_owned()),
                Just("\r\n".to_owned()),
                "[0-9]{1,6}",
                ".{0,6}",
            ],
            0..24,
        )
    ) {
        let text: String = parts.concat();
        for f in read(&text) {
            prop_assert!(text.is_char_boundary(f.span.0) && text.is_char_boundary(f.span.1));
            prop_assert!(f.span.0 <= f.span.1);
        }
    }
}
