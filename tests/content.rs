//! The real content in `content/`: complete (every code, locale and
//! section), consistent with the protocol's rules, and the catalog-level
//! checks (translations, duplicates, facts) on small in-memory sets.

use std::path::{Path, PathBuf};

use closecodes::content::Catalog;
use closecodes::locale::Locale;
use closecodes::model::{Facts, Section, SentBy};

fn catalog() -> Catalog {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
    Catalog::load(&dir).unwrap_or_else(|e| panic!("content/ does not load:\n{e}"))
}

#[test]
fn every_rfc_6455_code_exists_in_every_locale_with_every_section() {
    let catalog = catalog();
    let expected: Vec<u16> = (1000..=1015).collect();
    assert_eq!(catalog.numbers(), expected);
    for locale in Locale::all() {
        for number in &expected {
            let code = catalog
                .code(locale, *number)
                .unwrap_or_else(|| panic!("{number} in {locale}"));
            for section in Section::CODE_PAGE {
                let body = code
                    .section(section)
                    .unwrap_or_else(|| panic!("{number} {locale} {section:?}"));
                assert!(
                    body.text.len() > 40,
                    "{number} {locale} {section:?} is too short to help"
                );
            }
            assert!(!code.summary.is_empty() && !code.gist.is_empty() && !code.use_when.is_empty());
        }
    }
}

#[test]
fn chinese_pages_are_written_in_chinese() {
    let catalog = catalog();
    let zh = Locale::from_id("zh-hans").unwrap();
    let is_han = |c: char| ('\u{4e00}'..='\u{9fff}').contains(&c);
    for number in catalog.numbers() {
        let code = catalog.code(zh, number).unwrap();
        assert!(
            code.name.chars().any(is_han),
            "{number}: name {:?}",
            code.name
        );
        assert!(code.summary.chars().any(is_han), "{number}: summary");
        for body in &code.sections {
            let han = body.text.chars().filter(|c| is_han(*c)).count();
            let latin = body
                .text
                .chars()
                .filter(|c| c.is_ascii_alphabetic())
                .count();
            assert!(
                han * 4 > latin,
                "{number} {:?} reads as English: {}",
                body.section,
                body.text
            );
        }
    }
}

#[test]
fn facts_follow_the_protocol_rules() {
    let catalog = catalog();
    for locale in Locale::all() {
        for number in catalog.numbers() {
            let facts = &catalog.code(locale, number).unwrap().facts;
            // Browsers accept only 1000 and 3000-4999 in close().
            assert_eq!(
                facts.browser_close,
                Facts::browser_may_close_with(number),
                "{number}"
            );
            // 1004 is reserved; 1005, 1006 and 1015 are only ever reported locally.
            let local = matches!(number, 1004 | 1005 | 1006 | 1015);
            assert_eq!(facts.on_wire, !local, "{number}");
            assert_eq!(
                matches!(facts.sent_by, SentBy::LocalLibrary | SentBy::Nobody),
                local,
                "{number}"
            );
        }
    }
    let en = Locale::default_locale();
    assert_eq!(
        catalog.code(en, 1004).unwrap().facts.sent_by,
        SentBy::Nobody
    );
    assert_eq!(
        catalog.code(en, 1010).unwrap().facts.sent_by,
        SentBy::Client
    );
    assert_eq!(
        catalog.code(en, 1014).unwrap().facts.sent_by,
        SentBy::Intermediary
    );
}

#[test]
fn every_reference_is_a_well_formed_https_url() {
    let catalog = catalog();
    for locale in Locale::all() {
        for number in catalog.numbers() {
            for reference in &catalog.code(locale, number).unwrap().references {
                closecodes::content::parse::check_https_url(&reference.url)
                    .unwrap_or_else(|why| panic!("{number} {locale}: {} {why}", reference.url));
            }
        }
    }
}

#[test]
fn every_link_between_pages_leads_to_a_page_that_exists() {
    let catalog = catalog();
    let numbers = catalog.numbers();
    for locale in Locale::all() {
        for number in &numbers {
            for body in &catalog.code(locale, *number).unwrap().sections {
                for target in body
                    .html
                    .split("href=\"")
                    .skip(1)
                    .filter_map(|s| s.split('"').next())
                {
                    if target.starts_with("https://") {
                        continue;
                    }
                    match closecodes::route::resolve(target) {
                        closecodes::route::Resolved::Page(page) => {
                            assert_eq!(page.locale, locale, "{number} {locale} links to {target}");
                            if let closecodes::route::Route::Code(code) = page.route {
                                assert!(
                                    numbers.contains(&code),
                                    "{number} {locale} links to {target}"
                                );
                            }
                        }
                        other => panic!("{number} {locale}: link {target} resolves to {other:?}"),
                    }
                }
            }
        }
    }
}

// Catalog-level checks, on small sets built in memory from the good fixture.

fn good(locale: &str) -> String {
    let text = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/code-files/good/1008.md"),
    )
    .unwrap();
    if locale == "zh-hans" {
        text.replace("## Description", "## 描述")
            .replace("## When you see it", "## 何时出现")
            .replace("## How to fix", "## 如何修复")
    } else {
        text
    }
}

fn phrasebooks() -> Vec<(PathBuf, String)> {
    Locale::all()
        .map(|l| {
            let path = Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("content")
                .join(l.id())
                .join("phrases.toml");
            (
                PathBuf::from(l.id()).join("phrases.toml"),
                std::fs::read_to_string(path).unwrap(),
            )
        })
        .collect()
}

fn load(files: Vec<(&str, String)>) -> Result<Catalog, String> {
    let mut all = phrasebooks();
    all.extend(files.into_iter().map(|(p, t)| (PathBuf::from(p), t)));
    Catalog::from_files(Path::new("content"), all).map_err(|e| e.to_string())
}

#[test]
fn a_complete_small_catalog_loads() {
    let catalog = load(vec![
        ("en/1008.md", good("en")),
        ("zh-hans/1008.md", good("zh-hans")),
    ])
    .unwrap();
    assert_eq!(catalog.numbers(), vec![1008]);
}

#[test]
fn a_missing_translation_fails_naming_the_file_to_create() {
    let error = load(vec![("en/1008.md", good("en"))]).unwrap_err();
    assert!(
        error.contains("content/en/1008.md:1: code 1008 has no zh-hans translation"),
        "{error}"
    );
    assert!(
        error.contains("hint: create content/zh-hans/1008.md"),
        "{error}"
    );
}

#[test]
fn a_duplicate_code_fails_naming_both_files() {
    let error = load(vec![
        ("en/1008.md", good("en")),
        ("en/1009.md", good("en")),
        ("zh-hans/1008.md", good("zh-hans")),
    ])
    .unwrap_err();
    assert!(
        error
            .contains("content/en/1009.md:1: code 1008 is already described in content/en/1008.md"),
        "{error}"
    );
}

#[test]
fn a_file_named_after_another_code_fails() {
    let error = load(vec![
        ("en/1009.md", good("en")),
        ("zh-hans/1008.md", good("zh-hans")),
    ])
    .unwrap_err();
    assert!(
        error.contains("content/en/1009.md:2: code = 1008 but the file is named 1009.md"),
        "{error}"
    );
}

#[test]
fn a_translation_with_other_facts_fails_at_the_field() {
    let zh = good("zh-hans").replace("reconnect = \"after-fix\"", "reconnect = \"backoff\"");
    let error = load(vec![("en/1008.md", good("en")), ("zh-hans/1008.md", zh)]).unwrap_err();
    assert!(
        error.contains("content/zh-hans/1008.md:11: `reconnect` differs from content/en/1008.md"),
        "{error}"
    );
}

#[test]
fn unknown_folders_and_files_fail() {
    let error = load(vec![
        ("en/1008.md", good("en")),
        ("zh-hans/1008.md", good("zh-hans")),
        ("fr/1008.md", good("en")),
        ("en/notes.txt", "hello".into()),
    ])
    .unwrap_err();
    assert!(
        error.contains("content/fr/1008.md: \"fr\" is not a locale"),
        "{error}"
    );
    assert!(
        error.contains("content/en/notes.txt: the build does not know what this file is"),
        "{error}"
    );
}

#[test]
fn a_phrasebook_missing_a_phrase_fails() {
    let mut files = phrasebooks();
    files[1].1 = files[1].1.replace("backoff = ", "# backoff = ");
    files.push(("en/1008.md".into(), good("en")));
    files.push(("zh-hans/1008.md".into(), good("zh-hans")));
    let error = Catalog::from_files(Path::new("content"), files)
        .unwrap_err()
        .to_string();
    assert!(error.contains("content/zh-hans/phrases.toml:"), "{error}");
    assert!(
        error.contains("[reconnect] has no phrase for `backoff`"),
        "{error}"
    );
}

#[test]
fn every_error_is_reported_at_once() {
    let broken = good("en").replace("## When you see it", "## When");
    let error = load(vec![
        ("en/1008.md", broken),
        (
            "en/1009.md",
            good("en")
                .replace("code = 1008", "code = 1009")
                .replace("browser_close = false", "browser_close = true"),
        ),
    ])
    .unwrap_err();
    assert!(error.contains("unknown heading \"When\""), "{error}");
    assert!(
        error.contains("browser_close = true is wrong for 1009"),
        "{error}"
    );
}
