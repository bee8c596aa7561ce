//! The real content in `content/`: complete where a locale is marked
//! complete, consistent with the protocol's rules, and the catalog-level
//! checks (translations, partial and complete locales, duplicates, facts,
//! interface strings) on small in-memory sets.

use std::path::{Path, PathBuf};

use closecodes::content::{Catalog, Key};
use closecodes::locale::Locale;
use closecodes::model::{Facts, Range, Section, SentBy};

fn content_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("content")
}

fn catalog() -> Catalog {
    Catalog::load(&content_dir()).unwrap_or_else(|e| panic!("content/ does not load:\n{e}"))
}

fn zh() -> Locale {
    Locale::from_id("zh-hans").unwrap()
}

#[test]
fn every_rfc_6455_code_has_every_section_in_every_locale() {
    let catalog = catalog();
    let expected: Vec<u16> = (1000..=1015).chain([3000, 3003, 3008]).collect();
    assert_eq!(catalog.numbers(), expected);
    for locale in Locale::all() {
        for number in &expected {
            let code = catalog
                .code(locale, *number)
                .unwrap_or_else(|| panic!("{number} in {locale}"));
            // Complete locales say it in their own words.
            if locale.info().complete {
                assert_eq!(code.lang, locale, "{number} {locale}");
            }
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
fn complete_locales_translate_every_file_and_others_fall_back_to_english() {
    let catalog = catalog();
    let keys = catalog.keys();
    assert!(keys.len() > 100);
    for locale in Locale::all() {
        let missing = catalog.missing(&content_dir(), locale);
        if locale.info().complete {
            assert!(missing.is_empty(), "{locale}: {missing:?}");
        }
        for key in &keys {
            let translated = catalog.has_translation(locale, key);
            assert_eq!(
                !translated,
                missing.contains(&content_dir().join(locale.id()).join(key.file())),
                "{locale} {key:?}"
            );
        }
    }
}

#[test]
fn a_key_and_its_file_name_are_each_others_inverse() {
    for key in catalog().keys() {
        let file = key.file();
        let parts: Vec<&str> = file.iter().map(|p| p.to_str().unwrap()).collect();
        assert_eq!(
            Key::of_file(&parts),
            Some(key.clone()),
            "{}",
            file.display()
        );
    }
    assert_eq!(Key::of_file(&["notes.txt"]), None);
    assert_eq!(Key::of_file(&["ranges", "1-2.md"]), None);
}

#[test]
fn chinese_pages_are_written_in_chinese() {
    let catalog = catalog();
    let zh = Locale::from_id("zh-hans").unwrap();
    let is_han = |c: char| ('\u{4e00}'..='\u{9fff}').contains(&c);
    for number in catalog.numbers() {
        let code = catalog.code(zh, number).unwrap();
        assert_eq!(code.lang, zh);
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
    let mut checked = 0;
    for locale in Locale::all() {
        let content = catalog.locale(locale);
        let mut lists: Vec<(String, Vec<String>)> = Vec::new();
        let urls = |refs: &[closecodes::model::Reference]| -> Vec<String> {
            refs.iter().map(|r| r.url.clone()).collect()
        };
        for code in content.codes.values() {
            let mut list = urls(&code.references);
            list.extend(code.quote.as_ref().map(|q| q.url.clone()));
            lists.push((code.code.to_string(), list));
        }
        for ((id, n), code) in &content.service_codes {
            lists.push((format!("{id}/{n}"), urls(&code.references)));
        }
        for (id, page) in &content.services {
            lists.push((id.clone(), urls(&page.references)));
        }
        for (range, page) in &content.ranges {
            lists.push((range.slug(), urls(&page.references)));
        }
        for (slug, page) in &content.symptoms {
            lists.push((format!("symptoms/{slug}"), urls(&page.references)));
        }
        for (slug, page) in &content.guides {
            lists.push((format!("guides/{slug}"), urls(&page.references)));
        }
        for (label, list) in lists {
            for url in list {
                closecodes::content::parse::check_https_url(&url)
                    .unwrap_or_else(|why| panic!("{label} {locale}: {url} {why}"));
                checked += 1;
            }
        }
    }
    assert!(checked > 400, "{checked} references");
}

/// Every rendered body of the content, labelled, in every locale.
fn bodies(catalog: &Catalog) -> Vec<(String, Locale, String)> {
    let mut out = Vec::new();
    for locale in Locale::all() {
        let content = catalog.locale(locale);
        let mut add = |label: String, sections: &[closecodes::model::SectionBody]| {
            out.extend(
                sections
                    .iter()
                    .map(|s| (label.clone(), locale, s.html.clone())),
            );
        };
        for code in content.codes.values() {
            add(code.code.to_string(), &code.sections);
        }
        for (id, page) in &content.services {
            add(id.clone(), &page.sections);
        }
        for ((id, n), code) in &content.service_codes {
            add(format!("{id}/{n}"), &code.sections);
        }
        for (range, page) in &content.ranges {
            add(range.slug(), &page.sections);
        }
        for (slug, page) in &content.symptoms {
            add(format!("symptoms/{slug}"), &page.sections);
        }
        for ((a, b), c) in &content.comparisons {
            for html in [&c.intro, &c.differences, &c.when_to_use] {
                out.push((format!("{a}-vs-{b}"), locale, html.clone()));
            }
        }
        for (slug, page) in &content.guides {
            out.push((format!("guides/{slug}"), locale, page.html.clone()));
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
fn every_service_page_exists_in_both_complete_languages_with_facts_that_fit() {
    let catalog = catalog();
    let en = Locale::default_locale();
    // Services with codes of their own, then services that send the
    // standard codes with reasons of their own.
    let with_codes = [
        "assemblyai",
        "centrifugo",
        "colyseus",
        "discord-gateway",
        "discord-voice",
        "graphql-ws",
        "hocuspocus",
        "liveblocks",
        "obs-websocket",
        "pusher",
        "socketcluster",
        "sockjs",
        "spring",
        "twitch-eventsub",
    ];
    let with_reasons = [
        "actioncable",
        "anycable",
        "deepgram",
        "signalr",
        "socket-io",
    ];
    let mut expected: Vec<&str> = with_codes.iter().chain(&with_reasons).copied().collect();
    expected.sort_unstable();
    assert_eq!(catalog.service_ids(), expected);
    for id in with_reasons {
        assert!(catalog.service_numbers(id).is_empty(), "{id}");
        let english = catalog.service(en, id).unwrap();
        let chinese = catalog.service(zh(), id).unwrap();
        assert!(!english.reasons.is_empty(), "{id} lists no reasons");
        assert_eq!(chinese.lang, zh());
        let pairs = |p: &closecodes::content::ServicePage| -> Vec<(u16, String)> {
            p.reasons
                .iter()
                .map(|r| (r.code, r.reason.clone()))
                .collect()
        };
        assert_eq!(pairs(&english), pairs(&chinese), "{id}");
        for reason in &english.reasons {
            assert!(
                catalog.code(en, reason.code).is_some(),
                "{id} {}",
                reason.code
            );
        }
    }
    for id in with_codes {
        let numbers = catalog.service_numbers(id);
        assert!(!numbers.is_empty(), "{id} has no codes");
        assert_eq!(catalog.service(zh(), id).unwrap().lang, zh());
        for number in numbers {
            let n = u32::from(number);
            let code = catalog.service_code(en, id, number).unwrap();
            assert!((1016..=4999).contains(&n), "{id} {n}");
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
            let translated = catalog.service_code(zh(), id, number).unwrap();
            assert_eq!(translated.lang, zh());
            assert_eq!(code.facts, translated.facts, "{id} {n}");
            // A name is translated, unless it is the service's own
            // identifier or the reason it sends, which stay as written.
            let verbatim = translated.name == code.name
                && (code
                    .name
                    .bytes()
                    .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_')
                    || code.name == "Go away!");
            assert!(
                verbatim
                    || translated
                        .name
                        .chars()
                        .any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
                "{id} {n} zh name"
            );
        }
    }
    // Numbers people meet from several services.
    let services = catalog.services_with(4004);
    assert!(services.contains(&"discord-gateway") && services.contains(&"twitch-eventsub"));
}

/// The facts of the new services that their sources state plainly.
#[test]
fn the_new_services_say_what_their_sources_say() {
    use closecodes::model::{Reconnect, SentBy};
    let catalog = catalog();
    let en = Locale::default_locale();
    let code = |id: &str, n: u16| {
        catalog
            .service_code(en, id, n)
            .unwrap_or_else(|| panic!("no {id} {n}"))
    };
    // SockJS: the client makes 2000 up; the server sends 2010 and 3000
    // "Go away!", which is not IANA's 3000.
    let all_failed = code("sockjs", 2000);
    assert_eq!(all_failed.facts.sent_by, SentBy::LocalLibrary);
    assert!(!all_failed.facts.on_wire);
    assert_eq!(code("sockjs", 2010).facts.sent_by, SentBy::Server);
    let go_away = code("sockjs", 3000);
    assert_eq!(go_away.facts.sent_by, SentBy::Server);
    assert!(go_away.name.contains("Go away!"), "{}", go_away.name);
    assert!(go_away
        .sections
        .iter()
        .any(|s| s.html.contains("href=\"/3000/\"")));
    // Spring's own code.
    let unreliable = code("spring", 4500);
    assert!(
        unreliable
            .constants
            .iter()
            .any(|c| c.text == "CloseStatus.SESSION_NOT_RELIABLE"),
        "{:?}",
        unreliable.constants
    );
    // Liveblocks' ranges encode what the client does.
    for n in catalog.service_numbers("liveblocks") {
        let expected = match n {
            4000..=4099 | 4999 => Reconnect::AfterFix,
            // An expired token: a new one is fetched at once.
            4109 => Reconnect::Immediately,
            _ => Reconnect::Backoff,
        };
        assert_eq!(
            code("liveblocks", n).facts.reconnect,
            expected,
            "liveblocks {n}"
        );
    }
    // AssemblyAI's authentication failure is fixed before reconnecting.
    assert_eq!(
        code("assemblyai", 4001).facts.reconnect,
        Reconnect::AfterFix
    );
    // Deepgram's reason tokens come with standard codes.
    let deepgram = catalog.service(en, "deepgram").unwrap();
    for (n, token) in [(1008, "DATA-0000"), (1011, "NET-0000"), (1011, "NET-0001")] {
        assert!(
            deepgram
                .reasons
                .iter()
                .any(|r| r.code == n && r.reason == token),
            "deepgram {n} {token}"
        );
    }
    // Rails sends its disconnect reasons with 1000.
    let rails = catalog.service(en, "actioncable").unwrap();
    // (`invalid_request` never reaches a client: the request is answered with
    // HTTP 404 before the socket opens.)
    for reason in ["unauthorized", "server_restart", "remote"] {
        assert!(rails.reasons.iter().any(|r| r.reason == reason), "{reason}");
    }
    // The 1011 page lists Deepgram's reasons.
    let on_1011 = catalog.reasons_with(en, 1011);
    assert!(on_1011
        .iter()
        .any(|(id, _, r)| *id == "deepgram" && r.reason == "NET-0001"));
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
        for range in Range::ALL {
            let page = catalog.range(locale, range);
            assert!(!page.sections.is_empty(), "{range:?} {locale}");
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
        for pair in pairs {
            let text = catalog.comparison(locale, pair.0, pair.1).unwrap();
            assert!(text.curated, "{pair:?} {locale}");
            if locale.info().complete {
                assert_eq!(text.lang, locale, "{pair:?} {locale}");
            }
        }
    }
}

#[test]
fn library_names_are_listed_in_every_locale() {
    let catalog = catalog();
    for locale in Locale::all() {
        let c = catalog.code(locale, 1008).unwrap();
        assert!(
            c.constants
                .iter()
                .any(|k| k.text == "websocket.ClosePolicyViolation"),
            "{locale}: {:?}",
            c.constants
        );
        assert!(c
            .constants
            .iter()
            .any(|k| k.text == "WebSocketCloseStatus.PolicyViolation" && k.library.id == "dotnet"));
    }
    let c = catalog.code(Locale::default_locale(), 1006).unwrap();
    assert!(c
        .errors
        .iter()
        .any(|e| e.text == "websocket: close 1006 (abnormal closure): unexpected EOF"));
}

// Catalog-level checks, on small sets built in memory from the good fixture.

fn good(locale: &str) -> String {
    let text = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/code-files/good/1008.md"),
    )
    .unwrap();
    let headings = Locale::from_id(locale).unwrap();
    let en = Locale::default_locale();
    // A small catalog has no 1003 to link to.
    let text = text.replace("(/1003/)", "(/1008/)");
    // The quote stays in the English file.
    let text = if headings == en {
        text
    } else {
        let start = text
            .find("\n\n[quote]\n")
            .expect("the fixture quotes its code");
        let end = start + text[start..].find("\n+++").unwrap();
        format!("{}{}", &text[..start], &text[end..])
    };
    Section::CODE_PAGE.iter().fold(text, |text, section| {
        text.replace(
            &format!("## {}", en.heading(*section)),
            &format!("## {}", headings.heading(*section)),
        )
    })
}

/// A real file of the content, at its path relative to `content/`.
fn real(relative: &str) -> (PathBuf, String) {
    (
        PathBuf::from(relative),
        std::fs::read_to_string(content_dir().join(relative)).unwrap(),
    )
}

/// A range page with no links, which a small catalog could not satisfy.
fn range_page(locale: Locale) -> String {
    let body: String = Section::CODE_PAGE
        .iter()
        .map(|section| format!("## {}\n\nText.\n\n", locale.heading(*section)))
        .collect();
    format!(
        "+++\n[[references]]\ntitle = \"RFC 6455, section 7.4.2\"\n\
         url = \"https://www.rfc-editor.org/rfc/rfc6455#section-7.4.2\"\n+++\n\n{body}"
    )
}

/// What every catalog needs besides codes: every locale's interface
/// strings, phrases and search words, and the range pages of the complete
/// locales, from the real content.
fn base() -> Vec<(PathBuf, String)> {
    let mut files = Vec::new();
    for locale in Locale::all() {
        for name in ["ui.toml", "phrases.toml", "search.toml"] {
            files.push(real(&format!("{}/{name}", locale.id())));
        }
        if locale.info().complete {
            for range in Range::ALL {
                let path = format!("{}/ranges/{}.md", locale.id(), range.slug());
                files.push((PathBuf::from(path), range_page(locale)));
            }
        }
    }
    files
}

fn load_with(
    mut files: Vec<(PathBuf, String)>,
    more: Vec<(&str, String)>,
) -> Result<Catalog, String> {
    // The tests speak of English and Chinese; every other complete locale
    // gets the fixture's translation of 1008 unless a test gives its own.
    let has = |path: &str| more.iter().any(|(p, _)| *p == path);
    if has("en/1008.md") {
        for locale in Locale::all().filter(|l| l.info().complete) {
            let path = format!("{}/1008.md", locale.id());
            if !["en", "zh-hans"].contains(&locale.id()) && !has(&path) {
                files.push((PathBuf::from(path), good(locale.id())));
            }
        }
    }
    files.extend(more.into_iter().map(|(p, t)| (PathBuf::from(p), t)));
    Catalog::from_files(Path::new("content"), files).map_err(|e| e.to_string())
}

fn load(files: Vec<(&str, String)>) -> Result<Catalog, String> {
    load_with(base(), files)
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
fn a_partial_locale_builds_and_shows_english_where_it_lacks_a_translation() {
    // Russian and Vietnamese are not complete yet.
    let ja = Locale::from_id("ru").unwrap();
    let ko = Locale::from_id("vi").unwrap();
    let catalog = load(vec![
        ("en/1008.md", good("en")),
        ("zh-hans/1008.md", good("zh-hans")),
        ("ru/1008.md", good("ru")),
    ])
    .unwrap();
    let ours = catalog.code(ja, 1008).unwrap();
    assert_eq!(ours.lang, ja);
    assert!(ours.section(Section::Description).is_some());
    let theirs = catalog.code(ko, 1008).unwrap();
    assert_eq!(theirs.lang, Locale::default_locale());
    assert_eq!(theirs.name, "Policy Violation");
    // Coverage: ru has 1008 but none of the ranges; vi has nothing.
    let root = Path::new("content");
    assert_eq!(catalog.missing(root, ja).len(), Range::ALL.len());
    assert_eq!(catalog.missing(root, ko).len(), Range::ALL.len() + 1);
    assert!(catalog
        .missing(root, ko)
        .contains(&PathBuf::from("content/vi/1008.md")));
}

#[test]
fn a_complete_locale_below_100_percent_fails_naming_the_missing_files() {
    let error = load(vec![("en/1008.md", good("en"))]).unwrap_err();
    assert!(
        error.contains("zh-hans is marked complete, but 1 of its files are not translated yet"),
        "{error}"
    );
    assert!(error.contains("    content/zh-hans/1008.md"), "{error}");
    assert!(
        error.contains("hint: translate them, or set `complete: false`"),
        "{error}"
    );
}

#[test]
fn a_translation_without_an_english_original_fails() {
    let error = load(vec![
        ("en/1008.md", good("en")),
        ("zh-hans/1008.md", good("zh-hans")),
        ("ja/1008.md", good("ja")),
        (
            "ja/1009.md",
            good("ja").replace("code = 1008", "code = 1009"),
        ),
    ])
    .unwrap_err();
    assert!(
        error.contains("content/ja/1009.md:1: code 1009 exists in ja but not in English"),
        "{error}"
    );
    assert!(
        error.contains("hint: write content/en/1009.md first"),
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
            .contains("content/en/1009.md:2: code 1008 is already described in content/en/1008.md"),
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
fn a_link_to_a_page_that_does_not_exist_fails_at_its_line() {
    let broken = good("en").replace("See [1003](/1008/)", "See [1003](/1003/)");
    let prefixed = good("zh-hans").replace("(/1008/)", "(/zh-hans/1008/)");
    let error = load(vec![("en/1008.md", broken), ("zh-hans/1008.md", prefixed)]).unwrap_err();
    assert!(
        error
            .contains("content/en/1008.md:25: the link /1003/ leads to a page that does not exist"),
        "{error}"
    );
    assert!(
        error.contains("content/zh-hans/1008.md:20: the link /zh-hans/1008/ names a locale"),
        "{error}"
    );
    assert!(
        error.contains("hint: write the English path, /1008/"),
        "{error}"
    );
    let reversed = good("en").replace("(/1008/)", "(/compare/1009-vs-1008/)");
    let Err(error) = load(vec![
        ("en/1008.md", reversed),
        ("zh-hans/1008.md", good("zh-hans")),
    ]) else {
        panic!("a link to a reversed comparison loaded");
    };
    assert!(
        error.contains("the link /compare/1009-vs-1008/ is not the page's own address")
            && error.contains("hint: write /compare/1008-vs-1009/"),
        "{error}"
    );
}

#[test]
fn unknown_folders_and_files_fail() {
    let error = load(vec![
        ("en/1008.md", good("en")),
        ("zh-hans/1008.md", good("zh-hans")),
        ("xx/1008.md", good("en")),
        ("en/notes.txt", "hello".into()),
    ])
    .unwrap_err();
    assert!(
        error.contains("content/xx/1008.md: \"xx\" is not a locale"),
        "{error}"
    );
    assert!(
        error.contains("content/en/notes.txt: the build does not know what this file is"),
        "{error}"
    );
}

/// The base files with one of them changed.
fn base_with(path: &str, change: impl Fn(&str) -> String) -> Vec<(PathBuf, String)> {
    let mut files = base();
    let file = files
        .iter_mut()
        .find(|(p, _)| p == Path::new(path))
        .unwrap_or_else(|| panic!("no {path}"));
    file.1 = change(&file.1);
    files
}

fn with_1008() -> Vec<(&'static str, String)> {
    vec![
        ("en/1008.md", good("en")),
        ("zh-hans/1008.md", good("zh-hans")),
    ]
}

#[test]
fn a_phrasebook_missing_a_phrase_fails() {
    let files = base_with("zh-hans/phrases.toml", |t| {
        t.replace("backoff = ", "# backoff = ")
    });
    let error = load_with(files, with_1008()).unwrap_err();
    assert!(error.contains("content/zh-hans/phrases.toml:"), "{error}");
    assert!(
        error.contains("[reconnect] has no phrase for `backoff`"),
        "{error}"
    );
}

#[test]
fn interface_strings_are_checked_key_by_key_at_their_line() {
    let line_of =
        |text: &str, needle: &str| text.lines().position(|l| l.starts_with(needle)).unwrap() + 1;
    let ja = std::fs::read_to_string(content_dir().join("ja/ui.toml")).unwrap();

    // A missing key: named, at its section.
    let files = base_with("ja/ui.toml", |t| {
        t.lines()
            .filter(|l| !l.starts_with("no_match ="))
            .collect::<Vec<_>>()
            .join("\n")
    });
    let error = load_with(files, with_1008()).unwrap_err();
    let line = line_of(&ja, "[search]");
    assert!(
        error.contains(&format!(
            "content/ja/ui.toml:{line}: missing key `no_match` in [search]"
        )),
        "{error}"
    );

    // An unknown key, at its line.
    let files = base_with("ja/ui.toml", |t| {
        t.replace("[search]\n", "[search]\nno_mach = \"x\"\n")
    });
    let error = load_with(files, with_1008()).unwrap_err();
    let line = line_of(&ja, "[search]") + 1;
    assert!(
        error.contains(&format!(
            "content/ja/ui.toml:{line}: unknown key `no_mach` in [search]"
        )),
        "{error}"
    );

    // A hole that English does not have, or one it lost.
    let files = base_with("ja/ui.toml", |t| t.replacen("{query}", "{qeury}", 1));
    let error = load_with(files, with_1008()).unwrap_err();
    let line = line_of(&ja, "no_match =");
    assert!(
        error.contains(&format!(
            "content/ja/ui.toml:{line}: `no_match` in [search] uses the holes {{qeury}}, but English uses {{query}}"
        )),
        "{error}"
    );

    // A missing file.
    let files: Vec<_> = base()
        .into_iter()
        .filter(|(p, _)| p != Path::new("ko/search.toml"))
        .collect();
    let error = load_with(files, with_1008()).unwrap_err();
    assert!(
        error.contains("content/ko/search.toml: the search words of ko are missing"),
        "{error}"
    );
    assert!(
        error.contains("hint: copy content/en/search.toml and translate it"),
        "{error}"
    );
}

#[test]
fn search_words_must_be_single_words() {
    let files = base_with("fr/search.toml", |t| {
        t.replacen(
            "comparison_words = [",
            "comparison_words = [\"mot double\", ",
            1,
        )
    });
    let error = load_with(files, with_1008()).unwrap_err();
    assert!(error.contains("content/fr/search.toml:"), "{error}");
    assert!(
        error.contains("has \"mot double\", which is not one word"),
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

const TERMS: &str = r#"
[[terms]]
en = "payload"
zh = "载荷"
avoid = ["有效负载"]
ambiguous = ["负载"]
note = "负载 is load"

[[terms]]
en = "shed load"
zh = "减载"
avoid = ["卸载负载"]
"#;

#[test]
fn a_variant_the_term_list_rules_out_fails_where_it_is_written() {
    let zh = good("zh-hans").replace(
        "- Too much traffic.",
        "- 有效负载太大，或者服务器在卸载负载。",
    );
    let error = load(vec![
        ("en/1008.md", good("en")),
        ("zh-hans/1008.md", zh.clone()),
        ("zh-hans/terms.toml", TERMS.into()),
    ])
    .unwrap_err();
    let line = zh.lines().position(|l| l.contains("有效负载")).unwrap() + 1;
    for (variant, term, entry) in [("有效负载", "载荷", 2), ("卸载负载", "减载", 9)] {
        let expected = format!(
            "content/zh-hans/1008.md:{line}: \"{variant}\" is a variant the term list rules out\n  \
             hint: write \"{term}\" for"
        );
        assert!(error.contains(&expected), "{expected}\n{error}");
        assert!(
            error.contains(&format!("(content/zh-hans/terms.toml:{entry})")),
            "{error}"
        );
    }
    // Ambiguous variants are advice, not errors: 负载 is right for "load".
    let load_balancer = good("zh-hans").replace("- Too much traffic.", "- 负载均衡器断开了连接。");
    load(vec![
        ("en/1008.md", good("en")),
        ("zh-hans/1008.md", load_balancer),
        ("zh-hans/terms.toml", TERMS.into()),
    ])
    .unwrap();
}

#[test]
fn a_term_list_that_rules_out_its_own_word_fails() {
    use closecodes::content::terms::TermList;
    let zh = Locale::from_id("zh-hans").unwrap();
    let path = Path::new("content/zh-hans/terms.toml");
    let contradicts = "[[terms]]\nen = \"load\"\nzh = \"负载\"\navoid = [\"负载\"]\n";
    let error = TermList::parse(path, contradicts, zh)
        .unwrap_err()
        .to_string();
    assert!(
        error.starts_with("content/zh-hans/terms.toml:1: \"负载\" is to be avoided"),
        "{error}"
    );
    let unknown = "[[terms]]\nen = \"load\"\nja = \"負荷\"\n";
    let error = TermList::parse(path, unknown, zh).unwrap_err().to_string();
    assert!(error.contains("unknown field `ja`"), "{error}");
    let list = TermList::parse(path, TERMS, zh).unwrap();
    assert_eq!(list.terms.len(), 2);
    assert_eq!(list.terms[1].line, 9);
}

#[test]
fn chinese_has_a_term_list_for_every_concept_the_site_names() {
    use closecodes::content::terms::TermList;
    let (path, text) = real("zh-hans/terms.toml");
    let zh = Locale::from_id("zh-hans").unwrap();
    let list = TermList::parse(&path, &text, zh).unwrap();
    assert!(list.terms.len() >= 40, "{} terms", list.terms.len());
    for concept in [
        "close code",
        "Close frame",
        "payload",
        "reconnect",
        "backoff",
        "proxy",
    ] {
        assert!(
            list.terms
                .iter()
                .any(|t| t.en.eq_ignore_ascii_case(concept)),
            "no term for {concept}"
        );
    }
    // The catalog loads (see `catalog()`), so no file uses an avoided variant.
    catalog();
}
