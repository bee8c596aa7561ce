//! The tokenizer shared by the index builder (native) and the search engine
//! (wasm), so that both always cut text the same way.
//!
//! - Latin text: words of letters and digits, lowercased. Words written
//!   `CamelCase`, `snake_case`, `dotted.names` or `Path::names` also yield
//!   their parts, so `StatusPolicyViolation` is found by `policy`.
//! - Chinese and Japanese text has no spaces, so without a dictionary each
//!   run of CJK characters yields every character and every pair of
//!   neighbouring characters (n-grams of 1 and 2).

/// One token and whether it is a CJK n-gram.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Token {
    /// The text, lowercased.
    pub text: String,
    /// A CJK character or pair, rather than a Latin word.
    pub cjk: bool,
    /// A piece of the Latin word before it (`policy` of
    /// `StatusPolicyViolation`).
    pub part: bool,
}

/// Whether a character is written without spaces around it (Chinese,
/// Japanese kana, full-width punctuation excluded).
pub fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30FF     // kana
        | 0x3400..=0x4DBF   // extension A
        | 0x4E00..=0x9FFF   // unified ideographs
        | 0xF900..=0xFAFF   // compatibility ideographs
        | 0x20000..=0x2FFFF // extensions B and later
    )
}

fn is_word_char(c: char) -> bool {
    (c.is_alphanumeric() || c == '_') && !is_cjk(c)
}

/// Cuts `text` into tokens, in order, repeats included.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::new();
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if is_cjk(c) {
            let start = i;
            while i < chars.len() && is_cjk(chars[i]) {
                i += 1;
            }
            let run = &chars[start..i];
            for (j, ch) in run.iter().enumerate() {
                tokens.push(Token {
                    text: ch.to_string(),
                    cjk: true,
                    part: false,
                });
                if let Some(next) = run.get(j + 1) {
                    let mut pair = String::with_capacity(8);
                    pair.push(*ch);
                    pair.push(*next);
                    tokens.push(Token {
                        text: pair,
                        cjk: true,
                        part: false,
                    });
                }
            }
        } else if is_word_char(c) {
            let start = i;
            while i < chars.len() && is_word_char(chars[i]) {
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
                    parts.push(piece.to_ascii_lowercase());
                }
                parts.extend(camel);
            }
            tokens.push(Token {
                text: word.to_ascii_lowercase(),
                cjk: false,
                part: false,
            });
            if parts.len() > 1 {
                tokens.extend(parts.into_iter().map(|p| Token {
                    text: p,
                    cjk: false,
                    part: true,
                }));
            }
        } else {
            i += 1;
        }
    }
    tokens
}

/// `ClosePolicyViolation` → close, policy, violation; `TLSHandshake` →
/// tls, handshake. Words without inner capitals give one part.
fn camel_parts(word: &str) -> Vec<String> {
    let chars: Vec<char> = word.chars().collect();
    let mut parts = Vec::new();
    let mut start = 0;
    for i in 1..chars.len() {
        let (prev, cur) = (chars[i - 1], chars[i]);
        let next_lower = chars.get(i + 1).is_some_and(|c| c.is_lowercase());
        let boundary = (prev.is_lowercase() && cur.is_uppercase())
            || (prev.is_uppercase() && cur.is_uppercase() && next_lower)
            || (prev.is_alphabetic() && cur.is_ascii_digit())
            || (prev.is_ascii_digit() && cur.is_alphabetic());
        if boundary {
            parts.push(
                chars[start..i]
                    .iter()
                    .collect::<String>()
                    .to_ascii_lowercase(),
            );
            start = i;
        }
    }
    parts.push(
        chars[start..]
            .iter()
            .collect::<String>()
            .to_ascii_lowercase(),
    );
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

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<String> {
        tokenize(text).into_iter().map(|t| t.text).collect()
    }

    #[test]
    fn latin_words_are_lowercased_and_split_at_punctuation() {
        assert_eq!(
            texts("websocket: close 1006 (abnormal closure)"),
            ["websocket", "close", "1006", "abnormal", "closure"]
        );
        assert_eq!(
            texts("CLOSE_GOING_AWAY"),
            ["close_going_away", "close", "going", "away"]
        );
        assert_eq!(
            texts("proxy_read_timeout"),
            ["proxy_read_timeout", "proxy", "read", "timeout"]
        );
    }

    #[test]
    fn constants_yield_their_parts() {
        assert_eq!(
            texts("StatusPolicyViolation"),
            ["statuspolicyviolation", "status", "policy", "violation"]
        );
        assert_eq!(
            texts("CloseCode::Away"),
            ["closecode", "close", "code", "away"]
        );
        assert_eq!(texts("TLSHandshake"), ["tlshandshake", "tls", "handshake"]);
    }

    #[test]
    fn chinese_runs_yield_characters_and_pairs() {
        assert_eq!(
            texts("异常关闭"),
            ["异", "异常", "常", "常关", "关", "关闭", "闭"]
        );
        assert_eq!(texts("1008和1014"), ["1008", "和", "1014"]);
    }

    #[test]
    fn one_edit_apart() {
        assert!(within_one_edit("abnormal", "abnromal"));
        assert!(within_one_edit("policy", "polcy"));
        assert!(within_one_edit("policy", "policyy"));
        assert!(within_one_edit("policy", "policx"));
        assert!(!within_one_edit("policy", "plicx"));
        assert!(within_one_edit("going", "going"));
    }
}
