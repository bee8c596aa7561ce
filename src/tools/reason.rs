//! Will this close reason fit in a Close frame, and what does a browser say about it?
//!
//! A control frame carries at most 125 payload bytes (RFC 6455 §5.5) and a
//! Close body starts with a 2-byte status code (§5.5.1), so the reason gets
//! at most 123 bytes of UTF-8. [`measure`] counts a reason and finds where to
//! cut it; [`truncated`] cuts it without breaking a character or separating
//! a combining mark from its base. [`browser_close_check`] tells what
//! `WebSocket.close(code, reason)` throws in a browser (WHATWG WebSockets).

/// Most UTF-8 bytes a close reason can have: 125 (RFC 6455 §5.5) minus the 2-byte code (§5.5.1).
pub const MAX_REASON_BYTES: usize = 123;

/// Sizes of a reason and, when it does not fit, where to cut it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReasonFit {
    /// UTF-8 length in bytes: what counts against the limit.
    pub bytes: usize,
    /// Number of Unicode scalar values (Rust `chars`).
    pub chars: usize,
    /// Number of UTF-16 code units, what JavaScript's `String.length` reports.
    pub utf16_units: usize,
    /// Whether `bytes <= MAX_REASON_BYTES`.
    pub fits: bool,
    /// When it does not fit: the largest character boundary at or below 123 (a byte index).
    pub safe_cut: Option<usize>,
    /// When it does not fit: `safe_cut` moved back so the cut does not separate
    /// a combining mark, variation selector, skin-tone modifier, zero-width
    /// joiner sequence or flag pair from what it belongs to. Falls back to
    /// `safe_cut` when moving back would leave nothing.
    pub clean_cut: Option<usize>,
}

/// Measures `text` as a close reason.
pub fn measure(text: &str) -> ReasonFit {
    let bytes = text.len();
    let fits = bytes <= MAX_REASON_BYTES;
    let safe_cut = (!fits).then(|| floor_char_boundary(text, MAX_REASON_BYTES));
    ReasonFit {
        bytes,
        chars: text.chars().count(),
        utf16_units: text.chars().map(char::len_utf16).sum(),
        fits,
        safe_cut,
        clean_cut: safe_cut.map(|cut| clean_cut(text, cut)),
    }
}

/// The longest prefix of `text` that fits in a close reason, cut at
/// [`ReasonFit::clean_cut`]: never inside a character, and not between a
/// base character and the marks that follow it. `text` itself when it fits.
pub fn truncated(text: &str) -> &str {
    match measure(text).clean_cut {
        Some(cut) => text.get(..cut).unwrap_or(""),
        None => text,
    }
}

/// What `WebSocket.close(code, reason)` throws in a browser (WHATWG WebSockets).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BrowserCloseError {
    /// `InvalidAccessError` DOMException: a code was given that is neither 1000 nor in 3000–4999.
    InvalidAccessError {
        /// The code passed.
        code: u16,
    },
    /// `SyntaxError` DOMException: the reason's UTF-8 encoding is longer than 123 bytes.
    SyntaxError {
        /// UTF-8 length of the reason.
        bytes: usize,
    },
}

/// Checks a `close(code, reason)` call the way the WHATWG WebSockets
/// standard does, in its order: the code first, then the reason. `None`
/// stands for an argument left out.
pub fn browser_close_check(
    code: Option<u16>,
    reason: Option<&str>,
) -> Result<(), BrowserCloseError> {
    if let Some(code) = code {
        if code != 1000 && !(3000..=4999).contains(&code) {
            return Err(BrowserCloseError::InvalidAccessError { code });
        }
    }
    match reason {
        Some(reason) if reason.len() > MAX_REASON_BYTES => Err(BrowserCloseError::SyntaxError {
            bytes: reason.len(),
        }),
        _ => Ok(()),
    }
}

/// Largest character boundary of `text` at or below `limit`.
fn floor_char_boundary(text: &str, limit: usize) -> usize {
    if limit >= text.len() {
        return text.len();
    }
    (0..=limit)
        .rev()
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(0)
}

/// Moves a character-boundary cut back until it does not split a cluster.
fn clean_cut(text: &str, safe_cut: usize) -> usize {
    let mut cut = safe_cut;
    loop {
        let (head, tail) = match (text.get(..cut), text.get(cut..)) {
            (Some(head), Some(tail)) => (head, tail),
            _ => return safe_cut,
        };
        let next = tail.chars().next();
        let mut before = head.chars().rev();
        let Some(prev) = before.next() else {
            // Moving back consumed everything: a cut inside the cluster beats an empty reason.
            return safe_cut;
        };
        let splits = next.is_some_and(extends_previous)
            || prev == ZERO_WIDTH_JOINER
            || (next.is_some_and(is_regional_indicator)
                && is_regional_indicator(prev)
                && before.take_while(|&c| is_regional_indicator(c)).count() % 2 == 0);
        if !splits {
            return cut;
        }
        cut -= prev.len_utf8();
    }
}

const ZERO_WIDTH_JOINER: char = '\u{200D}';

fn is_regional_indicator(c: char) -> bool {
    ('\u{1F1E6}'..='\u{1F1FF}').contains(&c)
}

/// Characters that attach to the one before them. An approximation of the
/// Unicode `Extend` property for common scripts and emoji, not full UAX #29.
fn extends_previous(c: char) -> bool {
    const RANGES: &[(u32, u32)] = &[
        (0x0300, 0x036F), // combining diacritical marks
        (0x0483, 0x0489), // Cyrillic combining marks
        (0x0591, 0x05BD), // Hebrew points
        (0x0610, 0x061A), // Arabic marks
        (0x064B, 0x065F), // Arabic harakat
        (0x0670, 0x0670),
        (0x06D6, 0x06ED),
        (0x0900, 0x0903), // Devanagari signs
        (0x093A, 0x094F), // Devanagari vowel signs and virama
        (0x0951, 0x0957),
        (0x0962, 0x0963),
        (0x0E31, 0x0E31), // Thai vowels and tone marks
        (0x0E34, 0x0E3A),
        (0x0E47, 0x0E4E),
        (0x1AB0, 0x1AFF),   // combining diacritical marks extended
        (0x1DC0, 0x1DFF),   // combining diacritical marks supplement
        (0x200C, 0x200D),   // zero-width non-joiner and joiner
        (0x20D0, 0x20FF),   // combining marks for symbols, incl. keycap U+20E3
        (0x3099, 0x309A),   // kana voiced sound marks
        (0xFE00, 0xFE0F),   // variation selectors
        (0xFE20, 0xFE2F),   // combining half marks
        (0x1F3FB, 0x1F3FF), // emoji skin-tone modifiers
        (0xE0020, 0xE007F), // emoji tag characters
        (0xE0100, 0xE01EF), // variation selectors supplement
    ];
    let c = u32::from(c);
    RANGES.iter().any(|&(lo, hi)| (lo..=hi).contains(&c))
}
