//! The search box's jump-to-code matching on the real directory.

use std::path::Path;

use closecodes::content::Catalog;
use closecodes::locale::Locale;
use closecodes::page::{directory, DirectoryData};
use closecodes::search::quick_search;

fn dir(locale: &str) -> DirectoryData {
    let catalog = Catalog::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("content")).unwrap();
    directory(&catalog, Locale::from_id(locale).unwrap())
}

fn first(directory: &DirectoryData, query: &str) -> Option<u16> {
    quick_search(directory, query, 8)
        .first()
        .map(|hit| hit.code())
}

#[test]
fn numbers_and_prefixes() {
    let en = dir("en");
    assert_eq!(first(&en, "1006"), Some(1006));
    assert_eq!(first(&en, " 1008 "), Some(1008));
    let prefix: Vec<u16> = quick_search(&en, "100", 20)
        .iter()
        .map(|c| c.code())
        .collect();
    assert_eq!(prefix, (1000..=1009).collect::<Vec<_>>());
    assert_eq!(first(&en, "close 1006 abnormal"), Some(1006));
    assert_eq!(first(&en, "9999"), None);
}

#[test]
fn names_in_any_language() {
    let en = dir("en");
    let zh = dir("zh-hans");
    assert_eq!(first(&en, "policy"), Some(1008));
    assert_eq!(first(&en, "Going Away"), Some(1001));
    assert_eq!(first(&en, "abnormal"), Some(1006));
    assert_eq!(first(&zh, "异常关闭"), Some(1006));
    assert_eq!(
        first(&zh, "policy"),
        Some(1008),
        "English names work on Chinese pages"
    );
    assert_eq!(
        first(&en, "策略违规"),
        Some(1008),
        "Chinese names work on English pages"
    );
    assert!(quick_search(&en, "", 8).is_empty());
    assert!(quick_search(&en, "zzzz-nothing", 8).is_empty());
}

#[test]
fn the_published_directory_round_trips() {
    let en = dir("en");
    assert_eq!(DirectoryData::parse(&en.to_text()), Some(en));
    assert_eq!(DirectoryData::parse("not\ta\tdirectory\n"), None);
    assert_eq!(DirectoryData::parse("<!DOCTYPE html>"), None);
}
