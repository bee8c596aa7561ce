//! Tests for the close reason meter and the browser `close()` check.

use closecodes::tools::reason::{
    browser_close_check, measure, truncated, BrowserCloseError, MAX_REASON_BYTES,
};
use proptest::prelude::*;

#[test]
fn forty_two_chinese_characters_do_not_fit() {
    let text = "关".repeat(42);
    let fit = measure(&text);
    assert_eq!(fit.bytes, 126);
    assert_eq!(fit.chars, 42);
    assert_eq!(fit.utf16_units, 42);
    assert!(!fit.fits);
    assert_eq!(fit.safe_cut, Some(123));
    assert_eq!(fit.clean_cut, Some(123));
    assert_eq!(truncated(&text).chars().count(), 41);
    assert_eq!(truncated(&text).len(), 123);
}

#[test]
fn ascii_limit_is_123_bytes() {
    let fit = measure(&"a".repeat(123));
    assert!(fit.fits);
    assert_eq!((fit.bytes, fit.safe_cut, fit.clean_cut), (123, None, None));
    let fit = measure(&"a".repeat(124));
    assert!(!fit.fits);
    assert_eq!(fit.safe_cut, Some(123));
    assert_eq!(truncated(&"a".repeat(124)), "a".repeat(123));
    assert_eq!(MAX_REASON_BYTES, 123);
}

#[test]
fn empty_reason_fits() {
    let fit = measure("");
    assert!(fit.fits);
    assert_eq!((fit.bytes, fit.chars), (0, 0));
    assert_eq!(truncated(""), "");
}

#[test]
fn emoji_cut_at_a_four_byte_boundary() {
    // 31 emoji = 124 bytes; the last boundary at or below 123 is 120.
    let text = "😀".repeat(31);
    let fit = measure(&text);
    assert_eq!(fit.bytes, 124);
    assert_eq!(fit.chars, 31);
    assert_eq!(fit.utf16_units, 62);
    assert_eq!(fit.safe_cut, Some(120));
    assert_eq!(truncated(&text), "😀".repeat(30));
}

#[test]
fn combining_mark_stays_with_its_base() {
    // 121 ASCII bytes, then "e" + U+0301 (2 bytes): the char boundary at 123
    // would leave the accent behind, so the clean cut drops the "e" too.
    let text = format!("{}e\u{301}x", "a".repeat(121));
    let fit = measure(&text);
    assert_eq!(fit.bytes, 125);
    assert_eq!(fit.safe_cut, Some(122));
    assert_eq!(fit.clean_cut, Some(121));
    assert_eq!(truncated(&text), "a".repeat(121));
}

#[test]
fn zwj_sequence_and_skin_tone_stay_whole() {
    let family = "\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}"; // 18 bytes
    let text = format!("{}{family}", "a".repeat(110));
    let fit = measure(&text);
    assert_eq!(fit.bytes, 128);
    assert_eq!(fit.safe_cut, Some(121)); // after the first ZWJ
    assert_eq!(fit.clean_cut, Some(110));

    let wave = "\u{1F44B}\u{1F3FD}"; // waving hand + medium skin tone, 8 bytes
    let text = format!("{}{wave}", "a".repeat(119));
    assert_eq!(measure(&text).safe_cut, Some(123));
    assert_eq!(truncated(&text), "a".repeat(119));
}

#[test]
fn flag_pairs_are_not_split() {
    let flags = "\u{1F1EB}\u{1F1F7}\u{1F1E9}\u{1F1EA}"; // FR DE, 16 bytes
                                                        // 115 + 8 = 123: the cut falls between FR and DE, a pair boundary.
    let text = format!("{}{flags}", "a".repeat(115));
    let fit = measure(&text);
    assert_eq!((fit.safe_cut, fit.clean_cut), (Some(123), Some(123)));
    // 111 + 12 = 123: the cut falls inside DE, so it moves back to after FR.
    let text = format!("{}{flags}", "a".repeat(111));
    let fit = measure(&text);
    assert_eq!((fit.safe_cut, fit.clean_cut), (Some(123), Some(119)));
}

#[test]
fn marks_alone_fall_back_to_the_character_boundary() {
    let text = format!("e{}", "\u{301}".repeat(80)); // 161 bytes, one cluster
    let fit = measure(&text);
    assert_eq!(fit.safe_cut, Some(123));
    assert_eq!(fit.clean_cut, Some(123));
}

#[test]
fn browser_close_rules() {
    assert_eq!(browser_close_check(None, None), Ok(()));
    assert_eq!(browser_close_check(Some(1000), Some("bye")), Ok(()));
    assert_eq!(browser_close_check(Some(3000), None), Ok(()));
    assert_eq!(browser_close_check(Some(4999), None), Ok(()));
    for code in [0, 999, 1001, 1005, 1006, 2999, 5000, 65535] {
        assert_eq!(
            browser_close_check(Some(code), None),
            Err(BrowserCloseError::InvalidAccessError { code }),
            "{code}"
        );
    }
    let long = "é".repeat(62);
    assert_eq!(
        browser_close_check(Some(1000), Some(&long)),
        Err(BrowserCloseError::SyntaxError { bytes: 124 })
    );
    assert_eq!(
        browser_close_check(None, Some(&long)),
        Err(BrowserCloseError::SyntaxError { bytes: 124 })
    );
    // The code is checked first.
    assert_eq!(
        browser_close_check(Some(1001), Some(&long)),
        Err(BrowserCloseError::InvalidAccessError { code: 1001 })
    );
}

proptest! {
    #[test]
    fn cuts_are_boundaries_and_fit(text in ".{0,200}") {
        let fit = measure(&text);
        prop_assert_eq!(fit.bytes, text.len());
        prop_assert_eq!(fit.fits, text.len() <= MAX_REASON_BYTES);
        prop_assert_eq!(fit.safe_cut.is_some(), !fit.fits);
        if let (Some(safe), Some(clean)) = (fit.safe_cut, fit.clean_cut) {
            prop_assert!(safe <= MAX_REASON_BYTES && safe + 4 > MAX_REASON_BYTES);
            prop_assert!(text.is_char_boundary(safe));
            prop_assert!(clean <= safe && text.is_char_boundary(clean));
        }
        let cut = truncated(&text);
        prop_assert!(cut.len() <= MAX_REASON_BYTES);
        prop_assert!(text.starts_with(cut));
    }
}
