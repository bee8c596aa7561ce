//! Which writing system a character belongs to, as far as the site cares:
//! whether words are separated by spaces, and how search cuts text.
//!
//! One table for the markdown renderer (which must not turn a line break
//! between two Chinese characters into a space) and the search tokenizer
//! (which cuts Chinese, Japanese, Korean and Thai into character n-grams).

/// A writing system that search cuts into character n-grams rather than
/// words, because its words are not reliably separated by spaces.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GramScript {
    /// Chinese characters and Japanese kana.
    Han,
    /// Korean syllables: written with spaces, but particles and compounds
    /// join words that a reader searches for separately.
    Hangul,
    /// Thai: no spaces between words.
    Thai,
}

/// The n-gram script of a character, if it has one.
pub fn gram_script(c: char) -> Option<GramScript> {
    Some(match c as u32 {
        0x3040..=0x30FF     // hiragana and katakana
        | 0x31F0..=0x31FF   // katakana phonetic extensions
        | 0x3400..=0x4DBF   // CJK extension A
        | 0x4E00..=0x9FFF   // CJK unified ideographs
        | 0xF900..=0xFAFF   // compatibility ideographs
        | 0x20000..=0x2FFFF // extensions B and later
        => GramScript::Han,
        0x1100..=0x11FF     // Hangul jamo
        | 0x3130..=0x318F   // compatibility jamo
        | 0xAC00..=0xD7AF   // Hangul syllables
        => GramScript::Hangul,
        0x0E01..=0x0E3A | 0x0E40..=0x0E4E => GramScript::Thai,
        _ => return None,
    })
}

/// Whether a Thai character is a mark written above, below or after the
/// letter before it (a vowel sign, tone mark or the like), so that it
/// belongs to that letter.
pub fn is_thai_mark(c: char) -> bool {
    matches!(c as u32, 0x0E31 | 0x0E34..=0x0E3A | 0x0E47..=0x0E4E)
}

/// Whether a character is written without spaces around it: Chinese and
/// Japanese characters, Thai, and CJK punctuation and full-width forms. A
/// source line break between two of them joins the lines without a space.
pub fn joins_without_space(c: char) -> bool {
    matches!(gram_script(c), Some(GramScript::Han | GramScript::Thai))
        || matches!(c as u32,
            0x3000..=0x303F     // CJK punctuation
            | 0xFF00..=0xFFEF   // full-width forms
        )
}
