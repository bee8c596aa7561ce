//! The tokenizer shared by the index builder (native) and the search engine
//! (wasm), so that both always cut text the same way. Every token is
//! folded ([`crate::fold`]): lowercase, without accents, with ASCII digits.
//!
//! - Words: runs of letters, digits, `_` and the marks that belong to them,
//!   in any script with spaces between words (Latin, Cyrillic, Arabic,
//!   Devanagari, …). Words written `CamelCase`, `snake_case`,
//!   `dotted.names` or `Path::names` also yield their parts, so
//!   `StatusPolicyViolation` is found by `policy`.
//! - Chinese, Japanese, Korean and Thai: without a dictionary, each run of
//!   such characters yields every character and every pair of neighbouring
//!   characters (n-grams of 1 and 2). A Thai letter keeps the vowel and tone
//!   marks written with it.

use crate::fold::{fold, is_combining};
use crate::script::{gram_script, is_thai_mark};

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    /// A whole word.
    Word,
    /// A piece of the word before it (`policy` of `StatusPolicyViolation`).
    Part,
    /// A character or a pair of characters of a script without spaces.
    Gram,
}

/// One token, folded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Token {
    /// The folded text.
    pub text: String,
    /// What it is.
    pub kind: TokenKind,
}

impl Token {
    /// Whether it is an n-gram of a script without spaces.
    pub fn is_gram(&self) -> bool {
        self.kind == TokenKind::Gram
    }
}

fn in_word(c: char) -> bool {
    (c.is_alphanumeric() || c == '_' || is_combining(c)) && gram_script(c).is_none()
}

/// Cuts `text` into folded tokens, in order, repeats included.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::new();
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if let Some(script) = gram_script(c) {
            // The run of this script, as units: a character, with a Thai
            // letter's marks.
            let mut units: Vec<String> = Vec::new();
            while i < chars.len() && gram_script(chars[i]) == Some(script) {
                let mut unit = String::new();
                unit.push(chars[i]);
                i += 1;
                while i < chars.len() && is_thai_mark(chars[i]) {
                    unit.push(chars[i]);
                    i += 1;
                }
                units.push(fold(&unit));
            }
            for (j, unit) in units.iter().enumerate() {
                tokens.push(Token {
                    text: unit.clone(),
                    kind: TokenKind::Gram,
                });
                if let Some(next) = units.get(j + 1) {
                    tokens.push(Token {
                        text: format!("{unit}{next}"),
                        kind: TokenKind::Gram,
                    });
                }
            }
        } else if in_word(c) {
            let start = i;
            while i < chars.len() && in_word(chars[i]) {
                i += 1;
            }
            let word: String = chars[start..i].iter().collect();
            let word = word.trim_matches('_');
            if word.is_empty() {
                continue;
            }
            // The whole word, then its parts: snake_case pieces, and the
            // CamelCase pieces of each.
            let mut parts = Vec::new();
            for piece in word.split('_').filter(|p| !p.is_empty()) {
                let camel = camel_parts(piece);
                if camel.len() > 1 && word.contains('_') {
                    parts.push(fold(piece));
                }
                parts.extend(camel.iter().map(|p| fold(p)));
            }
            let whole = fold(word);
            if whole.is_empty() {
                continue;
            }
            tokens.push(Token {
                text: whole,
                kind: TokenKind::Word,
            });
            if parts.len() > 1 {
                tokens.extend(parts.into_iter().map(|text| Token {
                    text,
                    kind: TokenKind::Part,
                }));
            }
        } else {
            i += 1;
        }
    }
    tokens
}

/// `ClosePolicyViolation` → Close, Policy, Violation; `TLSHandshake` →
/// TLS, Handshake. Words without inner capitals give one part.
fn camel_parts(word: &str) -> Vec<&str> {
    let chars: Vec<(usize, char)> = word.char_indices().collect();
    let mut parts = Vec::new();
    let mut start = 0;
    for i in 1..chars.len() {
        let (prev, cur) = (chars[i - 1].1, chars[i].1);
        let next_lower = chars.get(i + 1).is_some_and(|(_, c)| c.is_lowercase());
        let boundary = (prev.is_lowercase() && cur.is_uppercase())
            || (prev.is_uppercase() && cur.is_uppercase() && next_lower)
            || (prev.is_alphabetic() && cur.is_ascii_digit())
            || (prev.is_ascii_digit() && cur.is_alphabetic());
        if boundary {
            parts.push(&word[start..chars[i].0]);
            start = chars[i].0;
        }
    }
    parts.push(&word[start..]);
    parts
}

/// Whether `a` and `b` differ by at most one insertion, deletion or
/// substitution (or one swap of neighbouring letters).
pub fn within_one_edit(a: &str, b: &str) -> bool {
    // Words are compared a lot while typing: bytes for ASCII words, no
    // allocation; characters otherwise.
    if a.is_ascii() && b.is_ascii() {
        one_edit(a.as_bytes(), b.as_bytes())
    } else {
        let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
        one_edit(&a, &b)
    }
}

fn one_edit<T: PartialEq>(a: &[T], b: &[T]) -> bool {
    let (la, lb) = (a.len(), b.len());
    if la.abs_diff(lb) > 1 {
        return false;
    }
    let mut i = 0;
    while i < la && i < lb && a[i] == b[i] {
        i += 1;
    }
    if i == la && i == lb {
        return true;
    }
    if la == lb {
        // substitution, or a swap of two neighbours
        a[i + 1..] == b[i + 1..]
            || (i + 1 < la && a[i] == b[i + 1] && a[i + 1] == b[i] && a[i + 2..] == b[i + 2..])
    } else if la > lb {
        a[i + 1..] == b[i..]
    } else {
        a[i..] == b[i + 1..]
    }
}
