//! The generated comparison text: true for each pair (it mentions only
//! differences that exist) and complete in every locale.

use std::path::Path;

use closecodes::content::Catalog;
use closecodes::locale::Locale;

fn catalog() -> Catalog {
    Catalog::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("content")).unwrap()
}

#[test]
fn every_pair_has_full_text_in_every_locale() {
    let catalog = catalog();
    let numbers = catalog.numbers();
    for locale in Locale::all() {
        for (i, &a) in numbers.iter().enumerate() {
            for &b in &numbers[i + 1..] {
                let text = catalog.comparison(locale, a, b).unwrap();
                let all = format!(
                    "{} {} {}",
                    text.intro,
                    text.differences.join(" "),
                    text.when_to_use
                );
                assert!(
                    !all.contains('{') && !all.contains('}'),
                    "{locale} {a}/{b}: {all}"
                );
                assert!(text.intro.contains(&a.to_string()) && text.intro.contains(&b.to_string()));
                assert!(
                    !text.differences.is_empty(),
                    "{locale} {a}/{b} has no difference"
                );
                assert!(text.when_to_use.contains("<li>"), "{locale} {a}/{b}");
                // The order of the arguments does not matter.
                assert_eq!(catalog.comparison(locale, b, a).unwrap(), text);
            }
        }
    }
}

#[test]
fn only_real_differences_are_stated() {
    let catalog = catalog();
    let en = Locale::default_locale();
    let text = |a, b| catalog.comparison(en, a, b).unwrap();
    let joined = |a, b| text(a, b).differences.join("\n");

    // Only 1000 may be passed to close() by a browser script among 1000-1015.
    assert!(joined(1000, 1008).contains("close(1000)"));
    assert!(!joined(1001, 1008).contains("close("));

    // 1012 and 1013 have the same sender and reconnect advice.
    let same = joined(1012, 1013);
    assert!(
        !same.contains("usually comes from") && !same.contains("After 1012"),
        "{same}"
    );

    // Reconnect advice differs between 1008 and 1014.
    assert!(
        joined(1008, 1014).contains("After 1008, do not reconnect until you have fixed the cause")
    );

    // One code reported locally, the other sent.
    assert!(joined(1006, 1008).contains("1006 never travels in a Close frame"));
    assert!(text(1006, 1008)
        .when_to_use
        .contains("Only 1008 is a code that anyone chooses to send"));

    // Both reported locally.
    assert!(joined(1005, 1006).contains("Neither code ever travels in a Close frame"));
    assert!(joined(1004, 1005).contains("1004 is reserved and has no meaning yet"));

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
    let text = catalog.comparison(zh, 1008, 1014).unwrap();
    assert!(
        text.intro.contains("是一端在关闭帧中向另一端报告的错误"),
        "{}",
        text.intro
    );
    assert!(
        text.differences[0].starts_with("1008 表示"),
        "{}",
        text.differences[0]
    );
    assert!(text
        .when_to_use
        .contains("这两个关闭码都由主动关闭的一端选择"));
}
