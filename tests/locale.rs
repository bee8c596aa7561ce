//! The locale table: fifteen locales with statuscodefyi's prefixes, every
//! section named once in each, and headings read back exactly.

use closecodes::locale::{Direction, Locale, LOCALES};
use closecodes::model::Section;
use closecodes::ui::fill;

#[test]
fn fifteen_locales_with_the_prefixes_of_the_site_we_replace() {
    let ids: Vec<&str> = Locale::all().map(Locale::id).collect();
    assert_eq!(
        ids,
        [
            "en", "zh-hans", "ja", "ko", "de", "fr", "es", "pt", "ru", "vi", "th", "tr", "id",
            "hi", "ar"
        ]
    );
    let prefixes: Vec<String> = Locale::all().map(Locale::path_prefix).collect();
    assert_eq!(prefixes[0], "");
    assert_eq!(prefixes[1], "/zh-hans");
    assert_eq!(prefixes[14], "/ar");
    let rtl: Vec<&str> = Locale::all()
        .filter(|l| l.direction() == Direction::Rtl)
        .map(Locale::id)
        .collect();
    assert_eq!(rtl, ["ar"]);
    assert_eq!(Locale::from_id("pt").unwrap().html_lang(), "pt-BR");
    assert_eq!(Locale::from_id("zh-hans").unwrap().html_lang(), "zh-Hans");
    // Native names, distinct.
    let mut names: Vec<&str> = Locale::all().map(Locale::native_name).collect();
    names.sort_unstable();
    names.dedup();
    assert_eq!(names.len(), LOCALES.len());
}

#[test]
fn every_locale_names_every_section_once() {
    for locale in Locale::all() {
        // Section::ALL is every variant: it is written by the same macro as
        // the enum, so a new section shows up here, and each locale's table
        // (an array of Section::COUNT headings) fails to compile until it
        // names it.
        for section in Section::ALL {
            let heading = locale.heading(section);
            assert!(!heading.trim().is_empty(), "{locale} {section:?}");
            assert_eq!(
                locale.section_for_heading(heading),
                Some(section),
                "{locale}: {heading}"
            );
        }
        let mut headings: Vec<&str> = Section::ALL.iter().map(|s| locale.heading(*s)).collect();
        headings.sort_unstable();
        headings.dedup();
        assert_eq!(headings.len(), Section::COUNT, "{locale} repeats a heading");
    }
}

#[test]
fn the_headings_are_statuscodefyis_where_it_has_them() {
    // The first five sections are statuscodefyi's; symptom pages are ours.
    let headings = |id: &str| -> Vec<&str> {
        let locale = Locale::from_id(id).unwrap();
        Section::ALL[..5]
            .iter()
            .map(|s| locale.heading(*s))
            .collect()
    };
    assert_eq!(
        headings("zh-hans"),
        ["描述", "何时出现", "如何修复", "主要区别", "何时使用哪个"]
    );
    assert_eq!(
        headings("ja")[..4],
        ["説明", "このコードが表示される場合", "解決方法", "主な違い"]
    );
    assert_eq!(
        headings("pt"),
        [
            "Descrição",
            "Quando você o vê",
            "Como corrigir",
            "Diferenças principais",
            "Quando usar qual"
        ]
    );
    assert_eq!(
        headings("ar")[..4],
        ["الوصف", "متى تراه", "كيفية الإصلاح", "الفروق الرئيسية"]
    );
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
    // Case is ignored beyond ASCII too.
    let fr = Locale::from_id("fr").unwrap();
    assert_eq!(
        fr.section_for_heading("DIFFÉRENCES CLÉS"),
        Some(Section::KeyDifferences)
    );
}

#[test]
fn text_in_another_language_is_marked_and_isolated() {
    let (en, ja, ar) = (
        Locale::default_locale(),
        Locale::from_id("ja").unwrap(),
        Locale::from_id("ar").unwrap(),
    );
    assert_eq!(ja.text_attrs(ja), "");
    assert_eq!(ja.text_attrs(en), " lang=\"en\"");
    assert_eq!(ar.text_attrs(en), " lang=\"en\" dir=\"ltr\"");
}

#[test]
fn templates_fill_their_holes() {
    assert_eq!(
        fill("{a} vs {b}", &[("a", "1008"), ("b", "1014")]),
        "1008 vs 1014"
    );
    assert_eq!(fill("{a} {unknown}", &[("a", "x")]), "x {unknown}");
    assert_eq!(fill("no holes {", &[]), "no holes {");
    assert_eq!(
        closecodes::ui::holes("{a} and {b_name}, {a}"),
        ["a", "b_name"]
    );
}
