//! The tools' pages: what each form answers, in the reader's language, as
//! the tools' worker renders it in the browser; and "which code should I
//! send?", prerendered.

use std::path::Path;
use std::sync::OnceLock;

use closecodes::content::Catalog;
use closecodes::locale::Locale;
use closecodes::page::{PageData, ToolData};
use closecodes::route::{resolve, Page, Resolved, Route};
use closecodes::tools::page::{
    decode_html, encode_html, forms_html, log_html, output_html, parse_tool_text, reason_html,
    tool_text_data, Form, LogData, LONG_REASONS,
};
use closecodes::tools::which_code::Situation;
use closecodes::tools::Tool;
use closecodes::ui::ToolText;

fn catalog() -> &'static Catalog {
    static CATALOG: OnceLock<Catalog> = OnceLock::new();
    CATALOG.get_or_init(|| {
        Catalog::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("content")).unwrap()
    })
}

fn locale(id: &str) -> Locale {
    Locale::from_id(id).unwrap()
}

/// The tools' strings as a page carries them, read back.
fn text(id: &str) -> ToolText {
    parse_tool_text(&tool_text_data(catalog().ui(locale(id)).tool())).expect("round trip")
}

fn names(id: &str) -> LogData {
    LogData::parse(&LogData::names(catalog(), locale(id)).to_text())
}

fn log_data(id: &str) -> LogData {
    LogData::parse(&LogData::of(catalog(), locale(id)).to_text())
}

#[test]
fn tool_pages_have_urls_under_tools() {
    let en = Locale::DEFAULT;
    for (path, route) in [
        ("/tools/", Route::Tools),
        ("/tools/close-frame/", Route::Tool(Tool::CloseFrame)),
        ("/ja/tools/log/", Route::Tool(Tool::Log)),
        ("/tools/which-code/", Route::Tool(Tool::WhichCode)),
        (
            "/ko/tools/which-code/too-big/",
            Route::WhichCode(Situation::TooBig),
        ),
    ] {
        match resolve(path) {
            Resolved::Page(page) => assert_eq!(page.route, route, "{path}"),
            other => panic!("{path} is {other:?}"),
        }
    }
    assert!(matches!(resolve("/tools/nope/"), Resolved::NotFound(_)));
    assert!(matches!(
        resolve("/tools/log/too-big/"),
        Resolved::NotFound(_)
    ));
    assert_eq!(
        Page {
            locale: en,
            route: Route::Tool(Tool::CloseReason)
        }
        .url(),
        "/tools/close-reason/"
    );
    let routes = catalog().site_map().routes();
    for route in [
        Route::Tools,
        Route::Tool(Tool::Log),
        Route::WhichCode(Situation::Gateway),
    ] {
        assert!(routes.contains(&route), "{route:?}");
    }
}

#[test]
fn a_servers_close_frame_decodes_field_by_field() {
    let html = decode_html(Locale::DEFAULT, &text("en"), &names("en"), "880203e8");
    for must in [
        "1: the last fragment of its message",
        "<code dir=\"ltr\">0x8</code> Close",
        "0: not masked, so a server sent it",
        "2 bytes, in the 7-bit field",
        "<a href=\"/1000/\"><code dir=\"ltr\">1000</code> Normal Closure</a>",
        "It breaks no rule of RFC 6455",
    ] {
        assert!(html.contains(must), "{must}: {html}");
    }
}

#[test]
fn a_clients_masked_frame_is_unmasked() {
    // The example the page offers: 1001 "page closed", masked with 37fa213d.
    let html = decode_html(
        Locale::DEFAULT,
        &text("en"),
        &names("en"),
        "88 8d 37 fa 21 3d 34 13 51 5c 50 9f 01 5e 5b 95 52 58 53",
    );
    assert!(html.contains("1: masked, so a client sent it"), "{html}");
    assert!(
        html.contains("<code dir=\"ltr\">37 fa 21 3d</code>"),
        "{html}"
    );
    assert!(html.contains("/1001/"), "{html}");
    assert!(
        html.contains("<q dir=\"auto\">page closed</q> (11 bytes)"),
        "{html}"
    );
}

#[test]
fn every_violation_is_named_with_its_section_and_what_a_peer_does() {
    let t = text("en");
    let cases: [(&str, &[&str]); 6] = [
        (
            "8801 03",
            &[
                "The payload is 1 byte",
                "section-5.5.1",
                "fails the connection with 1002",
            ],
        ),
        (
            "08 02 03 e8",
            &["a control frame must not be fragmented", "section-5.5"],
        ),
        (
            "88 02 03 ee",
            &["Code 1006 must never be sent", "section-7.4.1"],
        ),
        (
            "88 02 09 c4",
            &["Code 2500 is in 1016–2999", "section-7.4.2"],
        ),
        (
            "88 04 03 e8 ff fe",
            &["not valid UTF-8", "fails the connection with 1007"],
        ),
        (
            "81 05 48 65 6c 6c 6f",
            &["This is not a Close frame: its opcode is 0x1, Text."],
        ),
    ];
    for (input, musts) in cases {
        let html = decode_html(Locale::DEFAULT, &t, &LogData::default(), input);
        for must in musts {
            assert!(html.contains(must), "{input}: {must}: {html}");
        }
    }
    // 126 bytes of payload: too long for a control frame, in the 16-bit form.
    let mut long = String::from("88 7e 00 7e 03 e8");
    long.push_str(&" 61".repeat(124));
    let html = decode_html(Locale::DEFAULT, &t, &LogData::default(), &long);
    assert!(
        html.contains("126 bytes, in the 16-bit extended field"),
        "{html}"
    );
    assert!(
        html.contains("a control frame carries at most 125"),
        "{html}"
    );
}

#[test]
fn input_that_is_not_bytes_gets_a_clear_message() {
    let t = text("en");
    assert!(
        decode_html(Locale::DEFAULT, &t, &LogData::default(), "88 02 zz")
            .contains("is neither a hex digit nor base64")
    );
    assert!(
        decode_html(Locale::DEFAULT, &t, &LogData::default(), "88 0").contains("an odd number")
    );
    // Nothing asked, nothing answered.
    assert_eq!(
        output_html(
            Form::Decode,
            Locale::DEFAULT,
            &t,
            &LogData::default(),
            "?frame=%20"
        ),
        ""
    );
}

#[test]
fn the_encoder_builds_frames_that_decode_back() {
    let t = text("en");
    let html = encode_html(&t, "1000", "bye", "37fa213d");
    assert!(
        html.contains("88 05 03 e8 62 79 65"),
        "server frame: {html}"
    );
    assert!(html.contains("88 85 37 fa 21 3d"), "client frame: {html}");
    assert!(
        html.contains("A browser script may close with 1000."),
        "{html}"
    );
    assert!(
        html.contains("class=\"copy\" data-copy=\"88 05 03 e8 62 79 65\""),
        "{html}"
    );
    let html = encode_html(&t, "1011", "", "");
    assert!(html.contains("throws an InvalidAccessError"), "{html}");
    let html = encode_html(&t, "1006", "", "00000000");
    assert!(html.contains("Code 1006 must never be sent"), "{html}");
    assert!(encode_html(&t, "70000", "", "").contains("Enter a code from 0 to 65535."));
    assert!(encode_html(&t, "1000", "", "12").contains("A masking key is 8 hex digits"));
    assert!(encode_html(&t, "1000", &"x".repeat(124), "").contains("takes 124 bytes"));
}

#[test]
fn a_42_character_chinese_reason_is_three_bytes_over() {
    let reason = "服务器正在维护中请稍后再试".repeat(4);
    let reason: String = reason.chars().take(42).collect();
    assert_eq!(reason.len(), 126);
    let html = reason_html(&text("en"), &reason);
    assert!(html.contains("126 of 123 bytes"), "{html}");
    assert!(html.contains("It is 3 bytes too long."), "{html}");
    assert!(
        html.contains("42 characters, 42 UTF-16 code units"),
        "{html}"
    );
    let kept: String = reason.chars().take(41).collect();
    assert!(
        html.contains(&format!("<code>{kept}</code>")),
        "the cut keeps 41 characters: {html}"
    );
    assert!(html.contains("throws a SyntaxError"), "{html}");
    // What libraries do, each linked to the line of source that shows it.
    assert!(html.contains(
        "Node.js: ws: throws RangeError: The message must not be greater than 123 bytes"
    ));
    assert_eq!(
        html.matches("<li><a href=\"https://github.com/").count(),
        LONG_REASONS.len()
    );
    // In Chinese too.
    let zh = reason_html(&text("zh-hans"), &reason);
    assert!(zh.contains("126") && !zh.contains("bytes too long"), "{zh}");
    // A reason that fits says so.
    assert!(reason_html(&text("en"), "going away").contains("It fits, with 113 bytes to spare."));
}

#[test]
fn log_lines_lead_to_their_codes() {
    let t = text("en");
    let data = log_data("en");
    let cases: [(&str, &[&str]); 5] = [
        (
            "websocket: close 1006 (abnormal closure): unexpected EOF",
            &["href=\"/1006/\"", "Abnormal Closure", "Printed by Go: gorilla/websocket"],
        ),
        (
            "CloseEvent {isTrusted: true, wasClean: false, code: 1006, reason: ''}",
            &["href=\"/1006/\"", "Reason: empty", "Printed by Browsers"],
        ),
        (
            "ConnectionClosedError: received 4000 (private use) bye; then sent 4000 (private use) bye",
            &["href=\"/4000/\"", "Reason: bye", "Python: websockets"],
        ),
        (
            "WebSocket connection to 'wss://example.com/socket' failed: Error during WebSocket handshake: Unexpected response code: 403",
            &["href=\"/1006/\"", "No number is printed"],
        ),
        (
            "discord.errors.ConnectionClosed: Shard ID None WebSocket closed with 4004",
            &["href=\"/4004/\"", "href=\"/discord-gateway/4004/\"", "Discord Gateway defines 4004 as"],
        ),
    ];
    for (line, musts) in cases {
        let html = log_html(Locale::DEFAULT, &t, &data, line);
        for must in musts {
            assert!(html.contains(must), "{line}: {must}: {html}");
        }
        assert!(
            !html.contains("href=\"/403/\""),
            "an HTTP status is no close code: {html}"
        );
    }
    assert!(log_html(
        Locale::DEFAULT,
        &t,
        &data,
        "2026-11-30 12:00:01 GET /api 200"
    )
    .contains("No close code in this text"));
    // In the reader's language, linking to the reader's pages.
    let ja = log_html(locale("ja"), &text("ja"), &log_data("ja"), "code: 1008");
    assert!(ja.contains("href=\"/ja/1008/\""), "{ja}");
}

#[test]
fn nothing_pasted_becomes_markup() {
    let t = text("en");
    let evil = "<img src=x onerror=alert(1)>";
    for html in [
        decode_html(Locale::DEFAULT, &t, &LogData::default(), evil),
        reason_html(&t, evil),
        log_html(
            Locale::DEFAULT,
            &t,
            &log_data("en"),
            &format!("close code 1000 reason: {evil}"),
        ),
        encode_html(&t, "1000", evil, ""),
    ] {
        assert!(!html.contains("<img"), "{html}");
    }
}

#[test]
fn every_tool_page_has_its_forms_and_strings_in_every_locale() {
    for locale in Locale::all() {
        let t = catalog().ui(locale).tool();
        for tool in [Tool::CloseFrame, Tool::CloseReason, Tool::Log] {
            let html = forms_html(tool, locale, t);
            for form in Form::of(tool) {
                assert!(
                    html.contains(&format!("data-tool-form=\"{}\"", form.id())),
                    "{locale} {tool:?}"
                );
                assert!(html.contains(&form.output_id()));
                for param in form.params() {
                    assert!(
                        html.contains(&format!("name=\"{param}\"")),
                        "{locale} {param}"
                    );
                }
            }
            let data = PageData::build(
                catalog(),
                &Page {
                    locale,
                    route: Route::Tool(tool),
                },
            )
            .unwrap();
            assert!(
                data.is_translated(locale),
                "a tool's page is all interface strings"
            );
            if let PageData::Tool(ToolData { log_data, .. }) = data {
                assert_eq!(log_data.is_some(), tool != Tool::CloseReason);
            }
        }
        // Every key filled, no hole left.
        assert!(t.lines().all(|s| !s.trim().is_empty()), "{locale}");
    }
}

#[test]
fn each_situation_names_the_codes_to_send() {
    for situation in Situation::ALL {
        let data = PageData::build(
            catalog(),
            &Page {
                locale: locale("zh-hans"),
                route: Route::WhichCode(situation),
            },
        )
        .unwrap();
        let PageData::WhichCode(data) = data else {
            panic!()
        };
        let codes: Vec<u16> = data.codes.iter().map(|(c, _)| c.code).collect();
        assert_eq!(
            codes,
            situation.codes(),
            "{situation:?}: every code has content"
        );
        assert!(data.codes.iter().all(|(c, _)| !c.use_when.is_empty()));
    }
    assert_eq!(Situation::TooBig.codes(), [1009]);
    assert!(Situation::ApplicationSpecific.codes().is_empty());
    // What each code sends says when it fits, in the facts of the content.
    let own = catalog().numbers();
    assert!(Situation::ALL
        .iter()
        .flat_map(|s| s.codes())
        .all(|c| own.contains(c)));
}
