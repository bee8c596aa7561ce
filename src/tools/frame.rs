//! Decode and encode WebSocket Close frames, and read the bytes people paste.
//!
//! [`parse_bytes`] turns pasted text (hex, base64, or a Wireshark / `xxd` /
//! `hexdump -C` dump) into bytes. [`decode`] reads one frame as RFC 6455
//! §5.2 lays it out and lists every rule the frame breaks as a
//! [`Violation`], each with its RFC section and the close code a conforming
//! receiver fails the connection with. [`encode`] builds a Close frame.
//!
//! Nothing here panics, whatever the input.

use std::fmt;

use super::reason::MAX_REASON_BYTES;

/// Largest payload a control frame may carry (RFC 6455 §5.5).
pub const MAX_CONTROL_PAYLOAD: u64 = 125;

/// Opcode of a Close frame (RFC 6455 §5.2, §5.5.1).
pub const CLOSE_OPCODE: u8 = 0x8;

/// Close code a receiver fails the connection with on a protocol error (RFC 6455 §7.4.1).
pub const PROTOCOL_ERROR: u16 = 1002;

/// Close code a receiver fails the connection with on invalid UTF-8 (RFC 6455 §7.4.1, §8.1).
pub const INVALID_PAYLOAD_DATA: u16 = 1007;

/// Close code that stands for "the Close frame had no status code" (RFC 6455 §7.1.5).
pub const NO_STATUS_RECEIVED: u16 = 1005;

// ---------------------------------------------------------------------------
// Reading pasted input
// ---------------------------------------------------------------------------

/// Why pasted text could not be read as bytes.
///
/// Variants carry data, not prose, so the UI can word them in any language.
/// Lines and columns are 1-based; columns count characters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InputError {
    /// The input holds no bytes at all (empty, blank, or only prefixes and padding).
    Empty,
    /// A character that has no place in the detected format.
    InvalidChar {
        /// The offending character.
        ch: char,
        /// Line of the character.
        line: usize,
        /// Column of the character.
        column: usize,
    },
    /// A group of hex digits with an odd count, so one digit has no partner.
    OddDigitCount {
        /// Line where the group starts.
        line: usize,
        /// Column where the group starts.
        column: usize,
    },
    /// Base64 text whose symbol count leaves one symbol over (4n + 1), which encodes no byte.
    Base64Length {
        /// Number of base64 symbols, padding excluded.
        symbols: usize,
    },
    /// A `*` line of `hexdump -C` (repeated lines) that no later offset line closes.
    UnresolvedRepeat {
        /// Line of the `*`.
        line: usize,
    },
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Empty => write!(f, "no bytes in the input"),
            Self::InvalidChar { ch, line, column } => {
                write!(f, "unexpected '{ch}' at line {line}, column {column}")
            }
            Self::OddDigitCount { line, column } => {
                write!(
                    f,
                    "odd number of hex digits at line {line}, column {column}"
                )
            }
            Self::Base64Length { symbols } => {
                write!(f, "{symbols} base64 symbols cannot encode whole bytes")
            }
            Self::UnresolvedRepeat { line } => {
                write!(f, "repeat marker at line {line} has no offset after it")
            }
        }
    }
}

impl std::error::Error for InputError {}

/// The format [`parse_bytes`] reads pasted text as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputFormat {
    /// Hex digits, optionally with `0x` / `\x` prefixes and spaces, colons, dashes or commas.
    Hex,
    /// Standard or URL-safe base64, padded or not.
    Base64,
    /// Offset column, hex bytes, then an ASCII column (Wireshark, `xxd`, `hexdump -C`).
    HexDump,
}

/// Decides how [`parse_bytes`] will read `input`.
///
/// A hex dump when the first non-blank line starts with an offset of at least
/// four hex digits that is a multiple of 16, followed by `:` or two or more
/// spaces, and every other line is a dump line, a bare offset (the closing
/// line of `hexdump -C`) or `*`. Hex when only hex digits, separators and
/// `0x` / `\x` prefixes appear. Base64 when every line is one unbroken run of
/// base64 symbols. Anything else is read as hex so the error names the first
/// character that does not belong.
pub fn detect_format(input: &str) -> InputFormat {
    if is_hex_dump(input) {
        InputFormat::HexDump
    } else if looks_like_hex(input) {
        InputFormat::Hex
    } else if input
        .lines()
        .all(|line| line.trim().chars().all(is_base64_text_char))
    {
        InputFormat::Base64
    } else {
        InputFormat::Hex
    }
}

/// Reads pasted text as bytes, in the format [`detect_format`] picks.
pub fn parse_bytes(input: &str) -> Result<Vec<u8>, InputError> {
    let bytes = match detect_format(input) {
        InputFormat::HexDump => parse_hex_dump(input)?,
        InputFormat::Hex => parse_hex(input)?,
        InputFormat::Base64 => parse_base64(input)?,
    };
    if bytes.is_empty() {
        Err(InputError::Empty)
    } else {
        Ok(bytes)
    }
}

fn is_separator(b: u8) -> bool {
    b.is_ascii_whitespace() || matches!(b, b':' | b'-' | b',')
}

/// Only hex digits and separators, with `x` only in a `0x` / `\x` prefix at the start of a group.
fn looks_like_hex(input: &str) -> bool {
    let b = input.as_bytes();
    let starts_group = |i: usize| i == 0 || b.get(i - 1).is_some_and(|&p| is_separator(p));
    b.iter().enumerate().all(|(i, &c)| match c {
        b'x' | b'X' => {
            i > 0
                && (b.get(i - 1) == Some(&b'\\')
                    || (b.get(i - 1) == Some(&b'0') && starts_group(i - 1)))
        }
        b'\\' => matches!(b.get(i + 1), Some(b'x' | b'X')),
        _ => c.is_ascii_hexdigit() || is_separator(c),
    })
}

fn is_base64_text_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '+' | '/' | '-' | '_' | '=')
}

/// Line and column (1-based, columns in characters) of byte offset `at`.
fn position(input: &str, at: usize) -> (usize, usize) {
    let before = input.get(..at).unwrap_or(input);
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let line = before.bytes().filter(|&b| b == b'\n').count() + 1;
    let column = before.get(line_start..).map_or(0, |s| s.chars().count()) + 1;
    (line, column)
}

fn invalid_char(input: &str, at: usize) -> InputError {
    let ch = input
        .get(at..)
        .and_then(|s| s.chars().next())
        .unwrap_or('\0');
    let (line, column) = position(input, at);
    InputError::InvalidChar { ch, line, column }
}

fn odd_digits(input: &str, at: usize) -> InputError {
    let (line, column) = position(input, at);
    InputError::OddDigitCount { line, column }
}

fn hex_value(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

/// Appends the bytes of an even-length run of hex digits.
fn push_hex_pairs(digits: &[u8], out: &mut Vec<u8>) {
    for pair in digits.chunks_exact(2) {
        if let (Some(&hi), Some(&lo)) = (pair.first(), pair.get(1)) {
            if let (Some(hi), Some(lo)) = (hex_value(hi), hex_value(lo)) {
                out.push(hi << 4 | lo);
            }
        }
    }
}

/// Reads hex text. Tokens are split by separators and by `0x` / `\x`
/// prefixes; each must hold an even number of digits, except that a prefixed
/// single digit (`0x8`) is one byte.
fn parse_hex(input: &str) -> Result<Vec<u8>, InputError> {
    let b = input.as_bytes();
    let mut out = Vec::with_capacity(b.len() / 2);
    let mut i = 0;
    // Start and prefix flag of the token being read; digits run from `digits_start` to `i`.
    let mut token: Option<(usize, usize, bool)> = None;
    let finish = |token: Option<(usize, usize, bool)>, end: usize, out: &mut Vec<u8>| {
        let Some((start, digits_start, prefixed)) = token else {
            return Ok(());
        };
        let digits = b.get(digits_start..end).unwrap_or(&[]);
        match digits.len() {
            1 if prefixed => {
                out.extend(digits.first().and_then(|&d| hex_value(d)));
                Ok(())
            }
            n if n % 2 == 1 => Err(odd_digits(input, start)),
            _ => {
                push_hex_pairs(digits, out);
                Ok(())
            }
        }
    };
    while let Some(&c) = b.get(i) {
        let next_is_x = matches!(b.get(i + 1), Some(b'x' | b'X'));
        if c == b'\\' && next_is_x {
            finish(token.take(), i, &mut out)?;
            token = Some((i, i + 2, true));
            i += 2;
        } else if c == b'0' && next_is_x && token.is_none() {
            token = Some((i, i + 2, true));
            i += 2;
        } else if c.is_ascii_hexdigit() {
            if token.is_none() {
                token = Some((i, i, false));
            }
            i += 1;
        } else if is_separator(c) {
            finish(token.take(), i, &mut out)?;
            i += 1;
        } else {
            return Err(invalid_char(input, i));
        }
    }
    finish(token, b.len(), &mut out)?;
    Ok(out)
}

fn base64_value(b: u8) -> Option<u8> {
    match b {
        b'A'..=b'Z' => Some(b - b'A'),
        b'a'..=b'z' => Some(b - b'a' + 26),
        b'0'..=b'9' => Some(b - b'0' + 52),
        b'+' | b'-' => Some(62),
        b'/' | b'_' => Some(63),
        _ => None,
    }
}

/// Reads base64, standard or URL-safe alphabet, padded or not, whitespace ignored.
fn parse_base64(input: &str) -> Result<Vec<u8>, InputError> {
    let mut out = Vec::with_capacity(input.len() * 3 / 4);
    let mut acc: u32 = 0;
    let mut symbols = 0usize;
    let mut padding = 0usize;
    for (i, c) in input.bytes().enumerate() {
        if c.is_ascii_whitespace() {
            continue;
        }
        if c == b'=' && padding < 2 && symbols > 0 {
            padding += 1;
            continue;
        }
        let Some(v) = base64_value(c).filter(|_| padding == 0) else {
            return Err(invalid_char(input, i));
        };
        acc = acc << 6 | u32::from(v);
        symbols += 1;
        if symbols % 4 == 0 {
            out.extend_from_slice(&acc.to_be_bytes()[1..]);
            acc = 0;
        }
    }
    match symbols % 4 {
        1 => return Err(InputError::Base64Length { symbols }),
        2 => out.push((acc >> 4) as u8),
        3 => out.extend_from_slice(&((acc >> 2) as u16).to_be_bytes()),
        _ => {}
    }
    Ok(out)
}

/// Splits a dump line into its offset value and the text after the offset.
/// `None` when the line does not start with at least four hex digits.
fn dump_offset(line: &str) -> Option<(u64, &str)> {
    let digits = line.bytes().take_while(u8::is_ascii_hexdigit).count();
    if digits < 4 {
        return None;
    }
    let value = line
        .bytes()
        .take(digits)
        .filter_map(hex_value)
        .fold(0u64, |acc, d| acc.wrapping_shl(4) | u64::from(d));
    Some((value, line.get(digits..).unwrap_or("")))
}

/// Whether the text after a dump offset starts the way dump tools write it:
/// `": "` (`xxd`) or at least two blanks (Wireshark, `hexdump -C`).
fn is_dump_separator(rest: &str) -> bool {
    rest.starts_with(": ")
        || rest.starts_with(":\t")
        || rest
            .bytes()
            .take_while(|&b| b == b' ' || b == b'\t')
            .count()
            >= 2
        || rest.starts_with('\t')
}

fn is_hex_dump(input: &str) -> bool {
    let mut lines = input.lines().map(str::trim).filter(|l| !l.is_empty());
    let Some(first) = lines.next() else {
        return false;
    };
    let first_ok = dump_offset(first)
        .is_some_and(|(offset, rest)| offset % 16 == 0 && is_dump_separator(rest));
    first_ok
        && lines.all(|line| {
            line == "*"
                || dump_offset(line)
                    .is_some_and(|(_, rest)| rest.is_empty() || is_dump_separator(rest))
        })
}

// Most a `*` line may stand for; far above any frame this tool reads.
const MAX_REPEAT_BYTES: u64 = 1 << 20;

/// Reads a hex dump: skips the offset column, reads hex groups (pairs, or
/// `xxd`'s longer groups) and stops at the ASCII column, which starts after
/// a `|` or after a gap of two or more blanks — except the single two-blank
/// gap `hexdump -C` and Wireshark leave after the eighth byte.
fn parse_hex_dump(input: &str) -> Result<Vec<u8>, InputError> {
    let mut out = Vec::new();
    let mut previous_line: Vec<u8> = Vec::new();
    let mut repeat_line: Option<usize> = None;
    let mut line_start = 0usize;
    for (index, raw) in input.split('\n').enumerate() {
        let here = line_start;
        line_start += raw.len() + 1;
        let line = raw.trim();
        if line.is_empty() {
            continue;
        }
        if line == "*" {
            repeat_line = Some(index + 1);
            continue;
        }
        let Some((offset, rest)) = dump_offset(line) else {
            return Err(invalid_char(
                input,
                here + (raw.len() - raw.trim_start().len()),
            ));
        };
        if let Some(star_line) = repeat_line.take() {
            let unresolved = InputError::UnresolvedRepeat { line: star_line };
            let have = out.len() as u64;
            if previous_line.is_empty() || offset < have || offset - have > MAX_REPEAT_BYTES {
                return Err(unresolved);
            }
            while (out.len() as u64) < offset {
                out.extend_from_slice(&previous_line);
            }
            out.truncate(usize::try_from(offset).unwrap_or(usize::MAX));
        }
        // Byte offset of `rest` inside `input`, for error positions.
        let rest_at = here + (raw.len() - raw.trim_start().len()) + (line.len() - rest.len());
        let rest_body = rest.strip_prefix(':').unwrap_or(rest);
        let body_at = rest_at + (rest.len() - rest_body.len());
        previous_line.clear();
        read_dump_bytes(input, rest_body, body_at, &mut previous_line)?;
        out.extend_from_slice(&previous_line);
    }
    if let Some(line) = repeat_line {
        return Err(InputError::UnresolvedRepeat { line });
    }
    Ok(out)
}

/// Reads the hex column of one dump line (the text after the offset).
fn read_dump_bytes(
    input: &str,
    body: &str,
    body_at: usize,
    out: &mut Vec<u8>,
) -> Result<(), InputError> {
    let b = body.as_bytes();
    let mut i = 0;
    let mut first = true;
    loop {
        let mut gap = 0;
        while let Some(&c) = b.get(i) {
            match c {
                b' ' => gap += 1,
                b'\t' => gap += 4,
                _ => break,
            }
            i += 1;
        }
        if i >= b.len() || b.get(i) == Some(&b'|') {
            return Ok(());
        }
        if !first && gap >= 2 && !(gap == 2 && out.len() == 8) {
            return Ok(());
        }
        first = false;
        let start = i;
        while b.get(i).is_some_and(|c| !c.is_ascii_whitespace()) {
            i += 1;
        }
        let token = b.get(start..i).unwrap_or(&[]);
        if let Some(bad) = token.iter().position(|c| !c.is_ascii_hexdigit()) {
            return Err(invalid_char(input, body_at + start + bad));
        }
        if token.len() % 2 == 1 {
            return Err(odd_digits(input, body_at + start));
        }
        push_hex_pairs(token, out);
    }
}

// ---------------------------------------------------------------------------
// Frame model
// ---------------------------------------------------------------------------

/// Frame type named by the 4-bit opcode (RFC 6455 §5.2, registry in §11.8).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Opcode {
    /// 0x0: continues a fragmented message.
    Continuation,
    /// 0x1: text data.
    Text,
    /// 0x2: binary data.
    Binary,
    /// 0x8: Close.
    Close,
    /// 0x9: Ping.
    Ping,
    /// 0xA: Pong.
    Pong,
    /// 0x3–0x7 (non-control) and 0xB–0xF (control): reserved, not defined.
    Reserved(u8),
}

impl Opcode {
    /// The frame type for the low four bits of `value`.
    pub fn from_bits(value: u8) -> Self {
        match value & 0x0f {
            0x0 => Self::Continuation,
            0x1 => Self::Text,
            0x2 => Self::Binary,
            0x8 => Self::Close,
            0x9 => Self::Ping,
            0xA => Self::Pong,
            other => Self::Reserved(other),
        }
    }

    /// The 4-bit value.
    pub fn bits(self) -> u8 {
        match self {
            Self::Continuation => 0x0,
            Self::Text => 0x1,
            Self::Binary => 0x2,
            Self::Close => 0x8,
            Self::Ping => 0x9,
            Self::Pong => 0xA,
            Self::Reserved(v) => v & 0x0f,
        }
    }

    /// Control frames have the opcode's most significant bit set (RFC 6455 §5.5).
    pub fn is_control(self) -> bool {
        self.bits() & 0x8 != 0
    }
}

/// The payload length field as written: 7 bits, or 126 + 16 bits, or 127 + 64 bits (RFC 6455 §5.2).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LengthForm {
    /// Length 0–125 in the 7-bit field.
    Short(u8),
    /// 7-bit field 126, then a 16-bit length.
    Extended16(u16),
    /// 7-bit field 127, then a 64-bit length.
    Extended64(u64),
}

impl LengthForm {
    /// The length this field declares.
    pub fn value(self) -> u64 {
        match self {
            Self::Short(n) => u64::from(n),
            Self::Extended16(n) => u64::from(n),
            Self::Extended64(n) => n,
        }
    }
}

/// Who sent a frame, as told by its MASK bit (RFC 6455 §5.1): a client MUST
/// mask every frame it sends, a server MUST NOT mask any.
///
/// This is a hint, not a check: the tool cannot know which way the frame
/// travelled. A server that receives an unmasked frame, or a client that
/// receives a masked one, MUST close the connection and MAY use 1002.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sender {
    /// Masked: only a client may send this.
    Client,
    /// Unmasked: only a server may send this.
    Server,
}

impl Sender {
    /// Which side may send a frame with this MASK bit.
    pub fn from_mask_bit(masked: bool) -> Self {
        if masked {
            Self::Client
        } else {
            Self::Server
        }
    }

    /// RFC 6455 section of the masking rule.
    pub fn section(self) -> &'static str {
        "5.1"
    }
}

/// The reason part of a Close frame body: the bytes after the 2-byte code (RFC 6455 §5.5.1).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reason {
    /// The reason bytes as present in the frame (after unmasking).
    pub bytes: Vec<u8>,
    /// The reason as text, when the bytes are valid UTF-8.
    pub text: Option<String>,
    /// Number of reason bytes present.
    pub byte_len: usize,
}

/// A rule of RFC 6455 that a frame breaks, or a fact that stops it being read as a Close frame.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Violation {
    /// The opcode is not 0x8, so this is not a Close frame (§5.2). Not a
    /// protocol error by itself; no code or reason is read.
    NotCloseFrame(u8),
    /// Fewer bytes than the header or the declared payload length need (§5.2).
    /// Not a protocol error: the capture is incomplete; a receiver would wait for more.
    Truncated {
        /// Bytes the frame needs (header plus declared payload), as far as known.
        needed: u64,
        /// Bytes present.
        got: u64,
    },
    /// An RSV bit is set, which needs a negotiated extension (§5.2).
    RsvSet,
    /// Opcode 0x3–0x7 or 0xB–0xF, which are reserved (§5.2).
    ReservedOpcode(u8),
    /// FIN is 0 on a control frame; control frames MUST NOT be fragmented (§5.5).
    ControlFragmented,
    /// A control frame payload over 125 bytes (§5.5).
    ControlTooLong(u64),
    /// A length written in the 16- or 64-bit form that fits a shorter one;
    /// the minimal number of bytes MUST be used (§5.2).
    NonMinimalLength(LengthForm),
    /// The 64-bit length has its most significant bit set, which MUST be 0 (§5.2).
    Length64HighBit,
    /// A Close body of exactly one byte: a body MUST start with a 2-byte code (§5.5.1).
    OneBytePayload,
    /// A code an endpoint must never put in a Close frame: 0–999 are not used
    /// (§7.4.2), 1004 is reserved and 1005, 1006 and 1015 MUST NOT be set (§7.4.1).
    CodeNeverOnWire(u16),
    /// A code in 1016–2999, reserved for future revisions of the protocol and
    /// its extensions and not assigned (§7.4.2).
    CodeUnassigned(u16),
    /// A code of 5000 or more, outside every range RFC 6455 defines (§7.4.2).
    CodeOutOfRange(u16),
    /// The reason is not valid UTF-8 (§5.5.1; failing is required by §8.1).
    InvalidUtf8Reason {
        /// Number of leading reason bytes that are valid UTF-8.
        valid_up_to: usize,
    },
}

impl Violation {
    /// The RFC 6455 section that states the rule.
    pub fn section(&self) -> &'static str {
        match self {
            Self::NotCloseFrame(_)
            | Self::Truncated { .. }
            | Self::RsvSet
            | Self::ReservedOpcode(_)
            | Self::NonMinimalLength(_)
            | Self::Length64HighBit => "5.2",
            Self::ControlFragmented | Self::ControlTooLong(_) => "5.5",
            Self::OneBytePayload => "5.5.1",
            Self::CodeNeverOnWire(code) if *code >= 1000 => "7.4.1",
            Self::CodeNeverOnWire(_) | Self::CodeUnassigned(_) | Self::CodeOutOfRange(_) => "7.4.2",
            Self::InvalidUtf8Reason { .. } => "8.1",
        }
    }

    /// The close code a conforming receiver fails the connection with, or
    /// `None` where the finding is not a protocol failure.
    ///
    /// RFC 6455 says to _Fail the WebSocket Connection_ for RSV bits and
    /// unknown opcodes (§5.2) and for invalid UTF-8 (§8.1); for the other
    /// rules it states the sender's MUST only. It never names the code to
    /// fail with. These are the codes §7.4.1 defines for the cases — 1007
    /// for data inconsistent with its type (invalid UTF-8), 1002 for a
    /// protocol error — and what conforming implementations send.
    pub fn close_with(&self) -> Option<u16> {
        match self {
            Self::NotCloseFrame(_) | Self::Truncated { .. } => None,
            Self::InvalidUtf8Reason { .. } => Some(INVALID_PAYLOAD_DATA),
            _ => Some(PROTOCOL_ERROR),
        }
    }
}

impl fmt::Display for Violation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NotCloseFrame(op) => write!(f, "opcode {op:#x} is not a Close frame"),
            Self::Truncated { needed, got } => write!(f, "frame needs {needed} bytes, got {got}"),
            Self::RsvSet => write!(f, "RSV bit set without a negotiated extension"),
            Self::ReservedOpcode(op) => write!(f, "reserved opcode {op:#x}"),
            Self::ControlFragmented => write!(f, "fragmented control frame"),
            Self::ControlTooLong(len) => write!(f, "control frame payload of {len} bytes"),
            Self::NonMinimalLength(form) => {
                write!(f, "length {} not in minimal form", form.value())
            }
            Self::Length64HighBit => write!(f, "64-bit length with the high bit set"),
            Self::OneBytePayload => write!(f, "Close body of one byte"),
            Self::CodeNeverOnWire(code) => write!(f, "code {code} must not be sent"),
            Self::CodeUnassigned(code) => write!(f, "code {code} is reserved and unassigned"),
            Self::CodeOutOfRange(code) => write!(f, "code {code} is out of range"),
            Self::InvalidUtf8Reason { valid_up_to } => {
                write!(f, "reason is invalid UTF-8 after byte {valid_up_to}")
            }
        }
    }
}

/// What is wrong with sending `code` in a Close frame, if anything (RFC 6455 §7.4.1, §7.4.2).
///
/// 1000–1003, 1007–1014 and 3000–4999 give `None`.
pub fn code_problem(code: u16) -> Option<Violation> {
    match code {
        0..=999 | 1004 | 1005 | 1006 | 1015 => Some(Violation::CodeNeverOnWire(code)),
        1016..=2999 => Some(Violation::CodeUnassigned(code)),
        5000.. => Some(Violation::CodeOutOfRange(code)),
        _ => None,
    }
}

/// One frame as read from bytes, with every problem found.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Decoded {
    /// FIN bit: this is the final fragment of a message.
    pub fin: bool,
    /// RSV1, RSV2, RSV3.
    pub rsv: [bool; 3],
    /// The 4-bit opcode; see [`Decoded::kind`].
    pub opcode: u8,
    /// MASK bit.
    pub masked: bool,
    /// Masking key, when MASK is set and the four key bytes are present.
    pub mask_key: Option<[u8; 4]>,
    /// The length field as written; `None` when the header ends before it is complete.
    pub length_form: Option<LengthForm>,
    /// Payload length the header declares.
    pub payload_len: u64,
    /// Header length as declared by its own fields (2, +2 or +8 for the length, +4 for the key).
    pub header_len: usize,
    /// Payload bytes present, unmasked. Shorter than `payload_len` when truncated.
    pub payload: Vec<u8>,
    /// Status code, for a Close frame whose body has at least two bytes.
    pub code: Option<u16>,
    /// Reason, for a Close frame whose body has at least two bytes (may be empty).
    pub reason: Option<Reason>,
    /// Bytes after the end of the frame.
    pub trailing: usize,
    /// Rules broken, in the order of the bytes they concern.
    pub violations: Vec<Violation>,
}

impl Decoded {
    /// The frame type.
    pub fn kind(&self) -> Opcode {
        Opcode::from_bits(self.opcode)
    }

    /// Which side may send a frame with this MASK bit (RFC 6455 §5.1).
    pub fn sender(&self) -> Sender {
        Sender::from_mask_bit(self.masked)
    }

    /// _The WebSocket Connection Close Code_ a receiver reports for this frame
    /// (RFC 6455 §7.1.5): the code in the body, or 1005 when a complete Close
    /// frame has no body. `None` for other frames and broken bodies.
    pub fn connection_close_code(&self) -> Option<u16> {
        let complete = !self
            .violations
            .iter()
            .any(|v| matches!(v, Violation::Truncated { .. }));
        match self.code {
            Some(code) => Some(code),
            None if self.opcode == CLOSE_OPCODE && complete && self.payload_len == 0 => {
                Some(NO_STATUS_RECEIVED)
            }
            None => None,
        }
    }

    /// Whether the frame breaks no rule and is a Close frame.
    pub fn is_valid_close(&self) -> bool {
        self.opcode == CLOSE_OPCODE && self.violations.is_empty()
    }
}

/// Reads the first frame in `bytes`. Never fails: what is missing or wrong
/// is listed in [`Decoded::violations`].
pub fn decode(bytes: &[u8]) -> Decoded {
    let mut d = Decoded::default();
    let got = bytes.len() as u64;
    let Some(&b0) = bytes.first() else {
        d.violations.push(Violation::Truncated { needed: 2, got });
        return d;
    };
    d.fin = b0 & 0x80 != 0;
    d.rsv = [b0 & 0x40 != 0, b0 & 0x20 != 0, b0 & 0x10 != 0];
    d.opcode = b0 & 0x0f;
    let kind = d.kind();
    if d.opcode != CLOSE_OPCODE {
        d.violations.push(Violation::NotCloseFrame(d.opcode));
    }
    if d.rsv.contains(&true) {
        d.violations.push(Violation::RsvSet);
    }
    if let Opcode::Reserved(op) = kind {
        d.violations.push(Violation::ReservedOpcode(op));
    }
    if kind.is_control() && !d.fin {
        d.violations.push(Violation::ControlFragmented);
    }

    let Some(&b1) = bytes.get(1) else {
        d.header_len = 2;
        d.violations.push(Violation::Truncated { needed: 2, got });
        return d;
    };
    d.masked = b1 & 0x80 != 0;
    let len7 = b1 & 0x7f;
    let extended = match len7 {
        126 => 2,
        127 => 8,
        _ => 0,
    };
    d.header_len = 2 + extended + if d.masked { 4 } else { 0 };
    let header_len = d.header_len as u64;

    let Some(ext) = bytes.get(2..2 + extended) else {
        d.violations.push(Violation::Truncated {
            needed: header_len,
            got,
        });
        return d;
    };
    let form = match *ext {
        [a, b] => LengthForm::Extended16(u16::from_be_bytes([a, b])),
        [a, b, c, e, f, g, h, i] => {
            LengthForm::Extended64(u64::from_be_bytes([a, b, c, e, f, g, h, i]))
        }
        _ => LengthForm::Short(len7),
    };
    d.length_form = Some(form);
    d.payload_len = form.value();
    match form {
        LengthForm::Extended16(n) if n < 126 => {
            d.violations.push(Violation::NonMinimalLength(form))
        }
        LengthForm::Extended64(n) if n >> 63 == 1 => d.violations.push(Violation::Length64HighBit),
        LengthForm::Extended64(n) if n <= 0xffff => {
            d.violations.push(Violation::NonMinimalLength(form));
        }
        _ => {}
    }
    if kind.is_control() && d.payload_len > MAX_CONTROL_PAYLOAD {
        d.violations.push(Violation::ControlTooLong(d.payload_len));
    }

    let key_at = 2 + extended;
    if d.masked {
        match bytes.get(key_at..key_at + 4) {
            Some(&[a, b, c, e]) => d.mask_key = Some([a, b, c, e]),
            _ => {
                d.violations.push(Violation::Truncated {
                    needed: header_len.saturating_add(d.payload_len),
                    got,
                });
                return d;
            }
        }
    }

    let body = bytes.get(d.header_len..).unwrap_or(&[]);
    let present = usize::try_from(d.payload_len).map_or(body.len(), |n| n.min(body.len()));
    d.payload = body.get(..present).unwrap_or(&[]).to_vec();
    if let Some(key) = d.mask_key {
        apply_mask(&mut d.payload, key);
    }
    d.trailing = body.len() - present;
    let truncated = (present as u64) < d.payload_len;
    if truncated {
        d.violations.push(Violation::Truncated {
            needed: header_len.saturating_add(d.payload_len),
            got,
        });
    }

    if d.opcode == CLOSE_OPCODE {
        read_close_body(&mut d, truncated);
    }
    d
}

/// Reads code and reason from a Close frame's (unmasked) payload (RFC 6455 §5.5.1).
fn read_close_body(d: &mut Decoded, truncated: bool) {
    if d.payload_len == 1 {
        d.violations.push(Violation::OneBytePayload);
    }
    let (Some(&hi), Some(&lo)) = (d.payload.first(), d.payload.get(1)) else {
        return;
    };
    let code = u16::from_be_bytes([hi, lo]);
    d.code = Some(code);
    d.violations.extend(code_problem(code));
    let bytes = d.payload.get(2..).unwrap_or(&[]).to_vec();
    let text = match std::str::from_utf8(&bytes) {
        Ok(text) => Some(text.to_owned()),
        // A character cut off by the end of a truncated capture is not invalid.
        Err(e) if truncated && e.error_len().is_none() => None,
        Err(e) => {
            d.violations.push(Violation::InvalidUtf8Reason {
                valid_up_to: e.valid_up_to(),
            });
            None
        }
    };
    d.reason = Some(Reason {
        byte_len: bytes.len(),
        bytes,
        text,
    });
}

/// XORs `data` with the 4-byte masking key, in place (RFC 6455 §5.3). Masking and unmasking are the same.
pub fn apply_mask(data: &mut [u8], key: [u8; 4]) {
    for (byte, k) in data.iter_mut().zip(key.iter().cycle()) {
        *byte ^= k;
    }
}

// ---------------------------------------------------------------------------
// Encoding
// ---------------------------------------------------------------------------

/// Why a Close frame could not be built.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EncodeError {
    /// The reason's UTF-8 encoding is over 123 bytes, so code plus reason
    /// would exceed the 125-byte control frame limit (RFC 6455 §5.5).
    ReasonTooLong {
        /// UTF-8 length of the reason.
        bytes: usize,
    },
}

impl fmt::Display for EncodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::ReasonTooLong { bytes } => {
                write!(f, "reason is {bytes} bytes; at most {MAX_REASON_BYTES} fit")
            }
        }
    }
}

impl std::error::Error for EncodeError {}

/// Builds a Close frame: FIN set, opcode 0x8, 7-bit length, body = code
/// (big-endian) + reason (UTF-8), masked with `mask` when given (RFC 6455
/// §5.2, §5.5.1). Any code is accepted; see [`code_problem`] for codes
/// that must not be sent.
pub fn encode(code: u16, reason: &str, mask: Option<[u8; 4]>) -> Result<Vec<u8>, EncodeError> {
    let reason = reason.as_bytes();
    if reason.len() > MAX_REASON_BYTES {
        return Err(EncodeError::ReasonTooLong {
            bytes: reason.len(),
        });
    }
    let payload_len = 2 + reason.len();
    let mut frame = Vec::with_capacity(2 + 4 + payload_len);
    frame.push(0x80 | CLOSE_OPCODE);
    // payload_len <= 125, so it fits the 7-bit field.
    let len7 = payload_len as u8;
    match mask {
        Some(key) => {
            frame.push(0x80 | len7);
            frame.extend_from_slice(&key);
        }
        None => frame.push(len7),
    }
    let body_at = frame.len();
    frame.extend_from_slice(&code.to_be_bytes());
    frame.extend_from_slice(reason);
    if let (Some(key), Some(body)) = (mask, frame.get_mut(body_at..)) {
        apply_mask(body, key);
    }
    Ok(frame)
}

/// Lowercase hex, bytes separated by single spaces: `88 02 03 e8`.
pub fn to_hex(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len() * 3);
    for (i, &b) in bytes.iter().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        out.push(hex_digit(b >> 4));
        out.push(hex_digit(b & 0x0f));
    }
    out
}

/// Lowercase hex digit for a nibble (`n` < 16).
fn hex_digit(n: u8) -> char {
    char::from(if n < 10 {
        b'0' + n
    } else {
        b'a' + (n & 0x0f) - 10
    })
}

/// Standard padded base64 (RFC 4648 §4).
pub fn to_base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk.first().copied().unwrap_or(0),
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = u32::from(b[0]) << 16 | u32::from(b[1]) << 8 | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                let symbol = ALPHABET.get((n >> (18 - 6 * i) & 0x3f) as usize);
                out.push(char::from(symbol.copied().unwrap_or(b'=')));
            } else {
                out.push('=');
            }
        }
    }
    out
}
