//! Folding text for matching: what a reader types and what a page says are
//! compared after both are folded, so that case, accents and the width or
//! script of digits never stand between a query and its page.
//!
//! Per character:
//! - full-width forms become ASCII (`１００６` → `1006`, `ＰＯＬＩＣＹ` →
//!   `policy`), and digits of any script become ASCII digits (`٤٠٠٤`,
//!   `४००४`, `๔๐๐๔`);
//! - letters are lowercased, with Turkish dotted and dotless i all folded to
//!   `i`, `ß` to `ss`, `æ`/`œ` to `ae`/`oe` and final sigma to sigma;
//! - diacritics go (`é` → `e`, `ü` → `u`, `ñ` → `n`, Vietnamese `ệ` → `e`,
//!   `đ` → `d`, Cyrillic `ё` → `е`);
//! - Arabic loses its harakat and tatweel, and its alef, alef maqsura and
//!   teh marbuta forms are unified, as Arabic search engines do;
//! - Devanagari loses its nukta.
//!
//! [`fold_mapped`] also says where each folded byte came from, so that a
//! match found in folded text can be marked in the original.

/// Base letters of U+00C0-U+024F, `.` where a character is left as it is.
const LATIN_1_TO_B: &str = concat!(
    "aaaaaa.ceeeeiiiidnooooo.ouuuuy..aaaaaa.ceeeeiiiidnooooo.ouuuuy.y",
    "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii..jjkk.lllllll",
    "lllnnnnnn.nnoooooo..rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs",
    "b......................i........oo.............uu....zz.........",
    ".............aaiioouuuuuuuuuu.aaaa..ggggkkoooo..j...gg..nnaa....",
    "aaaaeeeeiiiioooorrrruuuusstt..hh......aaeeooooooooyy............",
    "................",
);

/// Base letters of U+1E00-U+1EFF (Latin Extended Additional: Vietnamese
/// and others).
const LATIN_EXTENDED_ADDITIONAL: &str = concat!(
    "aabbbbbbccddddddddddeeeeeeeeeeffgghhhhhhhhhhiiiikkkkkkllllllllmm",
    "mmmmnnnnnnnnoooooooopppprrrrrrrrssssssssssttttttttuuuuuuuuuuvvvv",
    "wwwwwwwwwwxxxxyyzzzzzzhtwy......aaaaaaaaaaaaaaaaaaaaaaaaeeeeeeee",
    "eeeeeeeeiiiioooooooooooooooooooooooouuuuuuuuuuuuuuyyyyyyyy......",
);

/// The ASCII digit a character stands for: ASCII, full-width, Arabic-Indic,
/// Extended Arabic-Indic, Devanagari or Thai digits.
pub fn ascii_digit(c: char) -> Option<char> {
    let zero = match c as u32 {
        0x30..=0x39 => 0x30,
        0xFF10..=0xFF19 => 0xFF10,
        0x0660..=0x0669 => 0x0660,
        0x06F0..=0x06F9 => 0x06F0,
        0x0966..=0x096F => 0x0966,
        0x0E50..=0x0E59 => 0x0E50,
        _ => return None,
    };
    char::from_digit(c as u32 - zero, 10)
}

/// Whether a character is a combining mark that belongs to the letter
/// before it (and so to its word).
pub fn is_combining(c: char) -> bool {
    matches!(c as u32,
        0x0300..=0x036F     // combining diacritics
        | 0x0483..=0x0489   // Cyrillic
        | 0x064B..=0x065F   // Arabic harakat
        | 0x0670            // Arabic superscript alef
        | 0x06D6..=0x06ED   // Arabic Quranic marks
        | 0x0900..=0x0903   // Devanagari signs
        | 0x093A..=0x094F   // Devanagari vowel signs, virama
        | 0x0951..=0x0957
        | 0x0962..=0x0963
        | 0x1AB0..=0x1AFF
        | 0x1DC0..=0x1DFF
        | 0x200C..=0x200D   // zero-width (non-)joiners, inside Indic and Arabic words
        | 0x20D0..=0x20FF
        | 0xFE20..=0xFE2F
    )
}

/// Whether folding drops the character: diacritics, Arabic harakat and
/// tatweel, the Devanagari nukta, zero-width joiners.
fn dropped(c: char) -> bool {
    matches!(c as u32,
        0x0300..=0x036F
        | 0x0483..=0x0489
        | 0x064B..=0x065F
        | 0x0670
        | 0x0640            // Arabic tatweel
        | 0x093C            // Devanagari nukta
        | 0x1AB0..=0x1AFF
        | 0x1DC0..=0x1DFF
        | 0x200C..=0x200D
        | 0x20D0..=0x20FF
        | 0xFE20..=0xFE2F
    )
}

/// Folds one character, passing what it becomes (none, one or two
/// characters) to `out`.
pub fn fold_char(c: char, mut out: impl FnMut(char)) {
    if let Some(digit) = ascii_digit(c) {
        return out(digit);
    }
    let c = match c as u32 {
        // Full-width ASCII, and the ideographic space.
        0xFF01..=0xFF5E => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        0x3000 => ' ',
        _ => c,
    };
    match c {
        // Turkish: I, İ, ı and i are all one letter for search.
        'I' | 'İ' | 'ı' => return out('i'),
        'ß' | 'ẞ' => {
            out('s');
            return out('s');
        }
        'æ' | 'Æ' => {
            out('a');
            return out('e');
        }
        'œ' | 'Œ' => {
            out('o');
            return out('e');
        }
        'þ' | 'Þ' => {
            out('t');
            return out('h');
        }
        _ => {}
    }
    for lower in c.to_lowercase() {
        if dropped(lower) {
            continue;
        }
        let folded = match lower as u32 {
            0x00C0..=0x024F => table(LATIN_1_TO_B, lower as u32 - 0xC0),
            0x1E00..=0x1EFF => table(LATIN_EXTENDED_ADDITIONAL, lower as u32 - 0x1E00),
            _ => None,
        };
        out(folded.unwrap_or(match lower {
            'ς' => 'σ',
            'ё' => 'е',
            // Arabic: alef with hamza or madda, and alef wasla, are alef;
            // alef maqsura is yeh; teh marbuta is heh.
            'آ' | 'أ' | 'إ' | 'ٱ' => 'ا',
            'ى' => 'ي',
            'ة' => 'ه',
            // Devanagari letters with a nukta, without it.
            '\u{0958}' => '\u{0915}',
            '\u{0959}' => '\u{0916}',
            '\u{095A}' => '\u{0917}',
            '\u{095B}' => '\u{091C}',
            '\u{095C}' => '\u{0921}',
            '\u{095D}' => '\u{0922}',
            '\u{095E}' => '\u{092B}',
            '\u{095F}' => '\u{092F}',
            other => other,
        }));
    }
}

fn table(bases: &str, index: u32) -> Option<char> {
    let base = *bases.as_bytes().get(index as usize)?;
    (base != b'.').then_some(base as char)
}

/// Folds a whole text.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        fold_char(c, |f| out.push(f));
    }
    out
}

/// Folded text, with the byte range in the original that each folded byte
/// came from.
pub struct Mapped {
    /// The folded text.
    pub text: String,
    /// For each byte of `text`, the original character's byte range.
    pub origin: Vec<(u32, u32)>,
}

/// Folds a text and keeps the way back to the original.
pub fn fold_mapped(text: &str) -> Mapped {
    let mut out = Mapped {
        text: String::with_capacity(text.len()),
        origin: Vec::with_capacity(text.len()),
    };
    for (start, c) in text.char_indices() {
        let end = (start + c.len_utf8()) as u32;
        fold_char(c, |f| {
            out.text.push(f);
            for _ in 0..f.len_utf8() {
                out.origin.push((start as u32, end));
            }
        });
    }
    out
}
