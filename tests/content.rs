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
    let expected: Vec<u16> = (1000..=1015).chain([3000, 3003, 3008]).collect();
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
                Facts::browser_may_close_with(u32::from(number)),
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

/// Every rendered body of the content, labelled, in every locale.
fn bodies(catalog: &Catalog) -> Vec<(String, Locale, String)> {
    let mut out = Vec::new();
    for locale in Locale::all() {
        let content = catalog.locale(locale);
        for code in content.codes.values() {
            out.extend(
                code.sections
                    .iter()
                    .map(|s| (format!("{}", code.code), locale, s.html.clone())),
            );
        }
        for ns in content.namespaces.values() {
            out.extend(
                ns.page
                    .sections
                    .iter()
                    .map(|s| (ns.id.clone(), locale, s.html.clone())),
            );
            for code in ns.codes.values() {
                out.extend(
                    code.sections
                        .iter()
                        .map(|s| (format!("{}/{}", ns.id, code.code), locale, s.html.clone())),
                );
            }
        }
        for (range, page) in &content.ranges {
            out.extend(
                page.sections
                    .iter()
                    .map(|s| (range.slug(), locale, s.html.clone())),
            );
        }
        for ((a, b), c) in &content.comparisons {
            for html in [&c.intro, &c.differences, &c.when_to_use] {
                out.push((format!("{a}-vs-{b}"), locale, html.clone()));
            }
        }
    }
    out
}

#[test]
fn every_link_between_pages_leads_to_a_page_that_exists() {
    let catalog = catalog();
    let site = catalog.site_map();
    for (label, locale, html) in bodies(&catalog) {
        for target in html
            .split("href=\"")
            .skip(1)
            .filter_map(|s| s.split('"').next())
        {
            if target.starts_with("https://") {
                continue;
            }
            match closecodes::route::resolve(target) {
                closecodes::route::Resolved::Page(page) => {
                    assert_eq!(page.locale, locale, "{label} ({locale}) links to {target}");
                    assert!(
                        site.has_page(&page.route),
                        "{label} ({locale}) links to {target}, which has no page"
                    );
                }
                other => panic!("{label} ({locale}): link {target} resolves to {other:?}"),
            }
        }
    }
}

#[test]
fn every_service_page_exists_in_both_languages_with_facts_that_fit() {
    let catalog = catalog();
    let en = Locale::default_locale();
    let zh = Locale::from_id("zh-hans").unwrap();
    let expected = [
        "centrifugo",
        "discord-gateway",
        "discord-voice",
        "graphql-ws",
        "obs-websocket",
        "pusher",
        "twitch-eventsub",
    ];
    let ids: Vec<&String> = catalog.locale(en).namespaces.keys().collect();
    assert_eq!(ids, expected);
    for id in expected {
        let (a, b) = (
            &catalog.locale(en).namespaces[id],
            &catalog.locale(zh).namespaces[id],
        );
        assert_eq!(
            a.codes.keys().collect::<Vec<_>>(),
            b.codes.keys().collect::<Vec<_>>(),
            "{id}"
        );
        assert!(!a.codes.is_empty(), "{id} has no codes");
        for (number, code) in &a.codes {
            let n = u32::from(*number);
            assert!((3000..=4999).contains(&n), "{id} {n}");
            assert_eq!(
                code.facts.browser_close,
                Facts::browser_may_close_with(n),
                "{id} {n}"
            );
            assert_eq!(code.facts.group, closecodes::model::Group::Application);
            for like in &code.like {
                assert!(
                    catalog.code(en, *like).is_some(),
                    "{id} {n} is like {like}, which has no page"
                );
            }
            assert!(!code.references.is_empty(), "{id} {n}");
            let translated = &b.codes[number];
            assert_eq!(code.facts, translated.facts, "{id} {n}");
            assert!(
                translated
                    .name
                    .chars()
                    .any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
                "{id} {n} zh name"
            );
        }
    }
    // Numbers people meet from several services.
    let services = |n| {
        catalog
            .services_with(en, n)
            .into_iter()
            .map(|(ns, _)| ns.id.as_str())
            .collect::<Vec<_>>()
    };
    assert!(
        services(4004).contains(&"discord-gateway") && services(4004).contains(&"twitch-eventsub")
    );
}

#[test]
fn registered_codes_and_ranges_exist_in_every_locale() {
    let catalog = catalog();
    for locale in Locale::all() {
        for code in [3000, 3003, 3008] {
            let c = catalog
                .code(locale, code)
                .unwrap_or_else(|| panic!("{code} {locale}"));
            assert_eq!(c.facts.group, closecodes::model::Group::Registered);
            assert!(c.facts.browser_close && c.facts.on_wire);
        }
        for range in closecodes::model::Range::ALL {
            assert!(
                catalog.locale(locale).ranges.contains_key(&range),
                "{range:?} {locale}"
            );
        }
    }
}

#[test]
fn curated_comparisons_exist_for_the_pairs_people_confuse() {
    let catalog = catalog();
    let pairs = [
        (1000, 1001),
        (1000, 1005),
        (1005, 1006),
        (1001, 1006),
        (1001, 1012),
        (1012, 1013),
        (1002, 1003),
        (1002, 1007),
        (1003, 1007),
        (1003, 1008),
        (1008, 1009),
        (1008, 1011),
        (1011, 1014),
        (1006, 1015),
        (1008, 3003),
        (3000, 3003),
        (1001, 3008),
    ];
    for locale in Locale::all() {
        let content = catalog.locale(locale);
        for pair in pairs {
            assert!(content.comparisons.contains_key(&pair), "{pair:?} {locale}");
            let text = catalog.comparison(locale, pair.0, pair.1).unwrap();
            assert!(text.curated);
        }
        for (a, b) in content.comparisons.keys() {
            assert!(
                catalog.code(locale, *a).is_some() && catalog.code(locale, *b).is_some(),
                "{a}-vs-{b}"
            );
        }
    }
}

#[test]
fn library_names_are_listed_and_known() {
    let catalog = catalog();
    let zh = Locale::from_id("zh-hans").unwrap();
    let c = catalog.code(zh, 1008).unwrap();
    assert!(
        c.constants
            .iter()
            .any(|k| k.text == "websocket.ClosePolicyViolation"),
        "{:?}",
        c.constants
    );
    assert!(c
        .constants
        .iter()
        .any(|k| k.text == "WebSocketCloseStatus.PolicyViolation"));
    let c = catalog.code(Locale::default_locale(), 1006).unwrap();
    assert!(c
        .errors
        .iter()
        .any(|e| e.text == "websocket: close 1006 (abnormal closure): unexpected EOF"));
    for code in catalog.numbers() {
        for entry in catalog
            .code(zh, code)
            .unwrap()
            .constants
            .iter()
            .chain(&catalog.code(zh, code).unwrap().errors)
        {
            assert!(
                closecodes::model::Library::from_id(&entry.library).is_some(),
                "{code}: {}",
                entry.library
            );
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

/// What every catalog needs besides codes: the phrasebooks and the range
/// pages, taken from the real content.
fn phrasebooks() -> Vec<(PathBuf, String)> {
    let content = Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
    let mut files = Vec::new();
    for locale in Locale::all() {
        let mut names = vec![PathBuf::from("phrases.toml")];
        names.extend(
            closecodes::model::Range::ALL
                .map(|r| Path::new("ranges").join(format!("{}.md", r.slug()))),
        );
        for name in names {
            let relative = Path::new(locale.id()).join(&name);
            files.push((
                relative.clone(),
                std::fs::read_to_string(content.join(&relative)).unwrap(),
            ));
        }
    }
    files
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
    let zh_phrases = files
        .iter_mut()
        .find(|(p, _)| p.ends_with("zh-hans/phrases.toml"))
        .unwrap();
    zh_phrases.1 = zh_phrases.1.replace("backoff = ", "# backoff = ");
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
