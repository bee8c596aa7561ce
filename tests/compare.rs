//! Comparison text: hand-written where a file exists, generated from the
//! facts otherwise. The generated text must be true for each pair (it
//! mentions only differences that exist) and complete in every locale.

use std::path::Path;

use closecodes::content::{compare, Catalog, ComparisonText};
use closecodes::locale::Locale;

fn catalog() -> Catalog {
    Catalog::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("content")).unwrap()
}

/// The generated text, even for pairs that have a hand-written comparison.
fn generated(catalog: &Catalog, locale: Locale, a: u16, b: u16) -> ComparisonText {
    compare(
        &catalog.locale(locale).phrases,
        &catalog.locale(Locale::default_locale()).phrases,
        catalog.code(locale, a).unwrap(),
        catalog.code(locale, b).unwrap(),
    )
}

#[test]
fn every_pair_has_full_text_in_every_locale() {
    let catalog = catalog();
    let numbers = catalog.numbers();
    for locale in Locale::all() {
        for (i, &a) in numbers.iter().enumerate() {
            for &b in &numbers[i + 1..] {
                let text = catalog.comparison(locale, a, b).unwrap();
                let all = format!("{} {} {}", text.intro, text.differences, text.when_to_use);
                assert!(
                    text.curated || !all.contains('{') && !all.contains('}'),
                    "{locale} {a}/{b}: {all}"
                );
                assert!(
                    text.intro.contains(&a.to_string()) || text.curated,
                    "{locale} {a}/{b}"
                );
                assert!(text.differences.contains("<li") || text.differences.contains("<p>"));
                assert!(text.when_to_use.contains("<li") || text.when_to_use.contains("<p>"));
                assert_eq!(
                    text.curated,
                    catalog
                        .locale(Locale::default_locale())
                        .comparisons
                        .contains_key(&(a, b))
                );
                // The order of the arguments does not matter.
                assert_eq!(catalog.comparison(locale, b, a).unwrap(), text);
                // The generated text exists for every pair, curated or not.
                let generated = generated(&catalog, locale, a, b);
                assert!(
                    generated.differences.starts_with("<ul>\n<li"),
                    "{locale} {a}/{b}"
                );
                assert!(!generated.curated);
            }
        }
    }
}

#[test]
fn only_real_differences_are_stated() {
    let catalog = catalog();
    let en = Locale::default_locale();
    let text = |a, b| generated(&catalog, en, a, b);
    let differences = |a, b| text(a, b).differences;

    // Only 1000 may be passed to close() by a browser script among 1000-1015.
    assert!(differences(1000, 1008).contains("close(1000)"));
    assert!(!differences(1001, 1008).contains("close("));
    // 3000-4999 may be, so 1008 and 3003 differ there too.
    assert!(differences(1008, 3003).contains("close(3003)"));

    // 1012 and 1013 have the same sender and reconnect advice.
    let same = differences(1012, 1013);
    assert!(
        !same.contains("usually comes from") && !same.contains("After 1012"),
        "{same}"
    );

    // Reconnect advice differs between 1008 and 1014.
    assert!(differences(1008, 1014)
        .contains("After 1008, do not reconnect until you have fixed the cause"));

    // One code reported locally, the other sent.
    assert!(differences(1006, 1008).contains("1006 never travels in a Close frame"));
    assert!(text(1006, 1008)
        .when_to_use
        .contains("Only 1008 is a code that anyone chooses to send"));

    // Both reported locally.
    assert!(differences(1005, 1006).contains("Neither code ever travels in a Close frame"));
    assert!(differences(1004, 1005).contains("1004 is reserved and has no meaning yet"));

    // Same group, different groups.
    assert!(text(1008, 1011)
        .intro
        .contains("are both errors that one endpoint reports"));
    assert!(text(1000, 1006)
        .intro
        .contains("is a normal way to end a connection, while"));
}

#[test]
fn chinese_comparisons_read_as_chinese() {
    let catalog = catalog();
    let zh = Locale::from_id("zh-hans").unwrap();
    let text = generated(&catalog, zh, 1008, 1014);
    assert!(
        text.intro.contains("是一端在关闭帧中向另一端报告的错误"),
        "{}",
        text.intro
    );
    assert!(
        text.differences.starts_with("<ul>\n<li>1008 表示"),
        "{}",
        text.differences
    );
    assert!(text
        .when_to_use
        .contains("这两个关闭码都由主动关闭的一端选择"));
}

#[test]
fn a_curated_comparison_replaces_the_generated_text() {
    let catalog = catalog();
    let en = Locale::default_locale();
    let curated = catalog.comparison(en, 1006, 1005).unwrap();
    assert!(curated.curated);
    assert_ne!(
        curated.differences,
        generated(&catalog, en, 1005, 1006).differences
    );
    let zh = Locale::from_id("zh-hans").unwrap();
    assert!(catalog
        .comparison(zh, 1005, 1006)
        .unwrap()
        .differences
        .contains("1005"));
}

#[test]
fn generated_text_of_an_untranslated_pair_is_in_the_locale_with_english_marked() {
    let catalog = catalog();
    let de = Locale::from_id("ru").unwrap();
    let en = Locale::from_id("en").unwrap();
    let text = generated(&catalog, de, 1008, 1014);
    assert_eq!(text.lang, de);
    // The sentences built from the phrasebook alone are German...
    assert_ne!(text.intro, generated(&catalog, en, 1008, 1014).intro);
    assert!(text.intro.contains("1008"), "{}", text.intro);
    // ...the sentence that needs the codes' own words is English, and says so.
    assert!(
        text.differences
            .starts_with("<ul>\n<li lang=\"en\">1008 means that"),
        "{}",
        text.differences
    );
    assert!(
        text.when_to_use.contains("<li lang=\"en\">"),
        "{}",
        text.when_to_use
    );
    // Where the codes are translated (Japanese), every sentence is.
    let ja = Locale::from_id("ja").unwrap();
    let text = generated(&catalog, ja, 1008, 1014);
    let japanese = |html: &str| html.chars().any(|c| ('\u{3040}'..='\u{30ff}').contains(&c));
    assert!(japanese(&text.differences) && !text.differences.contains("lang=\"en\""));
    // On an Arabic page, English is also set left to right.
    let ar = Locale::from_id("ar").unwrap();
    let text = generated(&catalog, ar, 1008, 1014);
    assert!(
        text.differences.contains("<li lang=\"en\" dir=\"ltr\">"),
        "{}",
        text.differences
    );
}
