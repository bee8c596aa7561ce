//! The locale table: every locale names every section, once, and the
//! heading lookup accepts exactly the table's text.

use closecodes::locale::{fill, Locale};
use closecodes::model::Section;

const ALL_SECTIONS: [Section; 5] = [
    Section::Description,
    Section::WhenYouSeeIt,
    Section::HowToFix,
    Section::KeyDifferences,
    Section::WhenToUseWhich,
];

#[test]
fn every_locale_names_every_section_once() {
    for locale in Locale::all() {
        for section in ALL_SECTIONS {
            let heading = locale.heading(section);
            assert!(!heading.is_empty());
            assert_eq!(
                locale.section_for_heading(heading),
                Some(section),
                "{locale}: {heading}"
            );
        }
        assert_eq!(locale.info().headings.len(), ALL_SECTIONS.len(), "{locale}");
    }
}

#[test]
fn the_chinese_headings_are_the_agreed_ones() {
    let zh = Locale::from_id("zh-hans").unwrap();
    let headings: Vec<&str> = ALL_SECTIONS.iter().map(|s| zh.heading(*s)).collect();
    assert_eq!(
        headings,
        ["描述", "何时出现", "如何修复", "主要区别", "何时使用哪个"]
    );
    assert_eq!(zh.info().html_lang, "zh-Hans");
    assert_eq!(zh.path_prefix(), "/zh-hans");
}

#[test]
fn the_default_locale_is_english_without_a_prefix() {
    let en = Locale::default_locale();
    assert_eq!(en.id(), "en");
    assert_eq!(en.path_prefix(), "");
    assert_eq!(
        en.section_for_heading("when you see it"),
        Some(Section::WhenYouSeeIt)
    );
    assert_eq!(en.section_for_heading("When you saw it"), None);
}

#[test]
fn templates_fill_their_holes() {
    assert_eq!(
        fill("{a} vs {b}", &[("a", "1008"), ("b", "1014")]),
        "1008 vs 1014"
    );
    assert_eq!(fill("{a} {unknown}", &[("a", "x")]), "x {unknown}");
    assert_eq!(fill("no holes {", &[]), "no holes {");
    for locale in Locale::all() {
        let title = fill(locale.text().code_title, &[("code", "1008"), ("name", "N")]);
        assert!(
            title.contains("1008") && !title.contains('{'),
            "{locale}: {title}"
        );
    }
}
