//! The content parser on good files, and one fixture per kind of bad file:
//! every error names the file and the line, and carries a hint.

use std::path::{Path, PathBuf};

use closecodes::content::parse::parse_code_file;
use closecodes::locale::Locale;
use closecodes::model::{Group, Reconnect, Section, SentBy};

fn fixture(kind: &str, name: &str) -> (PathBuf, String) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/code-files")
        .join(kind)
        .join(name);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    (path, text)
}

/// A default-locale file as a translation has it: the quote stays in the
/// English file.
fn without_quote(text: &str) -> String {
    let start = text
        .find("\n\n[quote]\n")
        .expect("the fixture quotes its code");
    let end = start + text[start..].find("\n+++").unwrap();
    format!("{}{}", &text[..start], &text[end..])
}

fn en() -> Locale {
    Locale::from_id("en").unwrap()
}

#[test]
fn parses_a_good_file_into_the_typed_model() {
    let (path, text) = fixture("good", "1008.md");
    let code = parse_code_file(&path, &text, en(), None).expect("the good fixture parses");
    assert_eq!(code.code, 1008);
    assert_eq!(code.name, "Policy Violation");
    assert_eq!(code.facts.group, Group::PeerError);
    assert_eq!(code.facts.sent_by, SentBy::Server);
    assert!(code.facts.on_wire);
    assert!(!code.facts.browser_close);
    assert_eq!(code.facts.reconnect, Reconnect::AfterFix);
    assert_eq!(code.references.len(), 1);
    let sections: Vec<Section> = code.sections.iter().map(|s| s.section).collect();
    assert_eq!(sections, Section::CODE_PAGE);

    let description = code.section(Section::Description).unwrap();
    assert!(
        description.html.contains(r#"<a href="/1003/">1003</a>"#),
        "{}",
        description.html
    );
    assert!(description.html.contains("<code>wasClean</code>"));
    assert_eq!(description.text, "A generic code. See 1003 and wasClean.");
    let fix = code.section(Section::HowToFix).unwrap();
    assert!(fix.html.contains("<strong>reason</strong>"));
    assert!(fix.html.contains(r#"<pre><code class="language-js">"#));
}

#[test]
fn site_links_get_the_locale_prefix_in_other_languages() {
    let (path, text) = fixture("good", "1008.md");
    let zh = Locale::from_id("zh-hans").unwrap();
    let text = without_quote(&text)
        .replace("## Description", "## 描述")
        .replace("## When you see it", "## 何时出现")
        .replace("## How to fix", "## 如何修复");
    let code = parse_code_file(&path, &text, zh, None).unwrap();
    let html = &code.section(Section::Description).unwrap().html;
    assert!(
        html.contains(r#"<a href="/zh-hans/1003/">1003</a>"#),
        "{html}"
    );
}

#[test]
fn english_headings_are_unknown_in_a_chinese_file() {
    let (path, text) = fixture("good", "1008.md");
    let zh = Locale::from_id("zh-hans").unwrap();
    let error = parse_code_file(&path, &without_quote(&text), zh, None)
        .unwrap_err()
        .to_string();
    assert!(
        error.starts_with(&format!(
            "{}:18: unknown heading \"Description\"",
            path.display()
        )),
        "{error}"
    );
    assert!(
        error.contains("\"描述\", \"何时出现\", \"如何修复\""),
        "{error}"
    );
}

#[test]
fn line_breaks_between_chinese_characters_do_not_become_spaces() {
    let (path, text) = fixture("good", "1008.md");
    let zh = Locale::from_id("zh-hans").unwrap();
    let text = without_quote(&text)
        .replace(
            "## Description\n\nA generic code.",
            "## 描述\n\n这是一个\n笼统的关闭码，\nused by `ws`\n和其他库。",
        )
        .replace("## When you see it", "## 何时出现")
        .replace("## How to fix", "## 如何修复");
    let code = parse_code_file(&path, &text, zh, None).unwrap();
    let html = &code.section(Section::Description).unwrap().html;
    assert!(
        html.contains("这是一个笼统的关闭码，\nused by <code>ws</code>\n和其他库。"),
        "{html}"
    );
}

/// Each bad fixture, the line its error must name, and words it must say.
const BAD: &[(&str, usize, &str)] = &[
    ("no-front-matter.md", 1, "does not start with `+++`"),
    ("unclosed-front-matter.md", 32, "never closed"),
    ("bad-toml.md", 9, "bad front matter"),
    ("missing-field.md", 2, "missing field `summary`"),
    ("unknown-field.md", 8, "unknown field `colour`"),
    ("bad-enum-value.md", 11, "unknown variant `sometimes`"),
    (
        "unknown-heading.md",
        22,
        "unknown heading \"When it happens\"",
    ),
    ("missing-section.md", 26, "missing section \"How to fix\""),
    (
        "duplicate-section.md",
        35,
        "appears twice (first on line 18)",
    ),
    (
        "empty-section.md",
        22,
        "section \"When you see it\" is empty",
    ),
    ("raw-html-inline.md", 20, "raw HTML is not allowed: <b>"),
    (
        "raw-html-block.md",
        29,
        "raw HTML is not allowed: <div class=\"x\">",
    ),
    ("level-one-heading.md", 18, "a level-1 heading"),
    (
        "text-before-section.md",
        18,
        "text before the first section",
    ),
    (
        "browser-close-wrong.md",
        10,
        "browser_close = true is wrong for 1008",
    ),
    (
        "local-code-on-wire.md",
        9,
        "1006 must never be sent in a Close frame",
    ),
    ("sent-by-mismatch.md", 8, "does not agree with on_wire"),
    ("http-reference.md", 15, "does not start with https://"),
    ("no-reference.md", 13, "no reference"),
];

#[test]
fn every_bad_fixture_fails_with_file_line_and_hint() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/code-files/bad");
    let on_disk: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(
        on_disk.len(),
        BAD.len(),
        "every fixture in {} has a row in BAD",
        dir.display()
    );

    for (name, line, words) in BAD {
        let (path, text) = fixture("bad", name);
        let error = match parse_code_file(&path, &text, en(), None) {
            Ok(_) => panic!("{name} parsed, but it is broken"),
            Err(e) => e.to_string(),
        };
        let location = format!("{}:{line}: ", path.display());
        assert!(
            error.starts_with(&location),
            "{name}: expected {location:?} in\n{error}"
        );
        assert!(
            error.contains(words),
            "{name}: expected {words:?} in\n{error}"
        );
        assert!(error.contains("\n  hint: "), "{name}: no hint in\n{error}");
    }
}

#[test]
fn code_and_bare_urls_read_left_to_right_in_arabic() {
    let (path, text) = fixture("good", "1008.md");
    let ar = Locale::from_id("ar").unwrap();
    let text = Section::CODE_PAGE
        .iter()
        .fold(without_quote(&text), |text, section| {
            text.replace(
                &format!("## {}", en().heading(*section)),
                &format!("## {}", ar.heading(*section)),
            )
        })
        .replace(
            "A generic code.",
            "رمز عام. <https://www.rfc-editor.org/rfc/rfc6455> و `close(1008)`.",
        );
    let code = parse_code_file(&path, &text, ar, None).unwrap();
    let html = &code.section(Section::Description).unwrap().html;
    assert!(
        html.contains("<code dir=\"ltr\">close(1008)</code>"),
        "{html}"
    );
    assert!(
        html.contains(
            "<a href=\"https://www.rfc-editor.org/rfc/rfc6455\" dir=\"ltr\">https://www.rfc-editor.org/rfc/rfc6455</a>"
        ),
        "{html}"
    );
    // Links written as words stay as they are, with the locale's prefix.
    assert!(html.contains("<a href=\"/ar/1003/\">1003</a>"), "{html}");
    // Left-to-right pages need none of it.
    let (path, text) = fixture("good", "1008.md");
    let code = parse_code_file(&path, &text, en(), None).unwrap();
    assert!(code
        .section(Section::Description)
        .unwrap()
        .html
        .contains("<code>wasClean</code>"));
}

#[test]
fn a_quotation_that_opens_twice_fails_at_its_line() {
    let (path, text) = fixture("good", "1008.md");
    let zh = Locale::from_id("zh-hans").unwrap();
    // Straight quotes between Chinese characters: smart punctuation cannot
    // tell which one closes, and writes “已授权连接“.
    let broken = without_quote(&text)
        .replace(
            "## Description\n\nA generic code.",
            "## 描述\n\nPusher 的\"已授权连接\"功能。",
        )
        .replace("## When you see it", "## 何时出现")
        .replace("## How to fix", "## 如何修复");
    let error = parse_code_file(&path, &broken, zh, None)
        .unwrap_err()
        .to_string();
    assert!(
        error.starts_with(&format!(
            "{}:20: a quotation opens twice with “",
            path.display()
        )),
        "{error}"
    );
    assert!(error.contains("hint: close it with ”"), "{error}");
    // Typed marks, and straight quotes next to spaces, pair up.
    for good in [
        "Pusher 的“已授权连接”功能。",
        "the \"policy\" and the \"reason\".",
    ] {
        let text = broken.replace("Pusher 的\"已授权连接\"功能。", good);
        parse_code_file(&path, &text, zh, None).unwrap_or_else(|e| panic!("{good}: {e}"));
    }
    // Inside code a quote is a character like any other.
    let code = broken.replace(
        "Pusher 的\"已授权连接\"功能。",
        "`a“b“c` 和\n\n```text\n“x“\n```\n\n",
    );
    parse_code_file(&path, &code, zh, None).unwrap();
}

#[test]
fn german_quotes_close_with_the_mark_that_opens_english_ones() {
    let (path, text) = fixture("good", "1008.md");
    let de = Locale::from_id("de").unwrap();
    let german = Section::CODE_PAGE
        .iter()
        .fold(without_quote(&text), |text, section| {
            text.replace(
                &format!("## {}", en().heading(*section)),
                &format!("## {}", de.heading(*section)),
            )
        });
    let ok = german.replace("A generic code.", "Ein „allgemeiner“ Code, „wirklich“.");
    parse_code_file(&path, &ok, de, None).unwrap();
    let broken = german.replace("A generic code.", "Ein „allgemeiner „Code“.");
    let error = parse_code_file(&path, &broken, de, None)
        .unwrap_err()
        .to_string();
    assert!(error.contains("a quotation opens twice with „"), "{error}");
}
