//! Finds WebSocket close codes in pasted logs, stack traces and console output.
//!
//! [`read_log`] reports each close code it finds as a [`Finding`], in the
//! order the codes appear. It recognises:
//!
//! - any error string or constant the caller lists in [`KnownStrings`];
//! - gorilla/websocket's `websocket: close N (name): text` (the text after
//!   `": "` is reported as the reason);
//! - python-websockets' `received N (name) reason; then sent N (name) reason`
//!   and its pre-10 form `code = N (name), reason = …` / `no reason`;
//! - browser console `CloseEvent {…, code: 1006, reason: ''}` and JSON-like
//!   `{"code":1008,"reason":"policy"}`, `code=4004`, `close code 4004`,
//!   `status code 1011`, `closed with 4004`;
//! - Rust tungstenite's `code: Library(4004)` (also `Iana`, `Reserved`, `Bad`);
//! - Chrome's `WebSocket connection to '…' failed` and Firefox's
//!   `can’t establish a connection to the server at …`, which print no code:
//!   the page's `close` event then has 1006, so they give an `inferred` 1006.
//!
//! A number counts only when it has 3–5 digits, stands alone (not part of a
//! date, time, IP address, version or port) and follows a close-code word:
//! `close`, `closed`, `closing`, `closed with`, `CloseEvent`, `code`,
//! `status`, or python-websockets' `received` / `sent` followed by ` (`.
//! `code` and `status` do not count after `HTTP`, `response`, `request`,
//! `exit` or `return`, so `Unexpected response code: 403` is not a close code.
//! Numbers outside 1000–4999 also need a close word (`close code 999`,
//! `closed with 5000`) or a `CloseEvent` on the line, because after a bare
//! `code`/`status` they are far more often HTTP statuses or API error
//! numbers. Numbers above 65535 are never reported: a close code is 16 bits
//! (RFC 6455 §5.5.1).
//!
//! Findings with the same code and compatible reasons (equal, or one
//! missing) are merged into the first; a printed code and an inferred one
//! are kept apart.

/// Library id given to browser console findings. Must match the site's content ids.
pub const LIBRARY_BROWSER: &str = "browser";
/// Library id given to gorilla/websocket's `CloseError` format.
pub const LIBRARY_GORILLA: &str = "gorilla";
/// Library id given to python-websockets' `ConnectionClosed` formats.
pub const LIBRARY_PYTHON_WEBSOCKETS: &str = "python-websockets";

/// Code a page's `close` event has when the connection failed without a
/// Close frame (RFC 6455 §7.1.5; the WHATWG standard fires `close` with
/// _The WebSocket Connection Close Code_).
pub const ABNORMAL_CLOSURE: u16 = 1006;

/// An error string or constant from the site's content that identifies a library.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KnownString<'a> {
    /// Library id, e.g. `"gorilla"`.
    pub library: &'a str,
    /// Exact text to look for (case-sensitive), e.g. `"websocket.CloseAbnormalClosure"`.
    pub text: &'a str,
    /// The close code the text stands for, or `None` when it names the
    /// library without implying a code (e.g. `ConnectionClosedError`); then
    /// it only lends its library to codes found on the same line.
    pub code: Option<u16>,
}

/// A service the site documents, e.g. `("discord-gateway", "Discord Gateway")`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KnownService<'a> {
    /// Service id.
    pub id: &'a str,
    /// Display name; its first word (at least 3 characters) is looked for,
    /// case-insensitively, at the start of a word on the finding's line.
    pub name: &'a str,
}

/// What the caller knows from the site's content.
#[derive(Debug, Clone, Copy, Default)]
pub struct KnownStrings<'a> {
    /// Library error strings and constants.
    pub strings: &'a [KnownString<'a>],
    /// Services to recognise by name.
    pub services: &'a [KnownService<'a>],
}

/// A close code found in a log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// The close code.
    pub code: u16,
    /// The close reason, when the log prints one (`Some("")` when it prints an empty one).
    pub reason: Option<String>,
    /// Library id, when a known string or a library's own format matched.
    pub library: Option<String>,
    /// Service id, when the line names a known service.
    pub service: Option<String>,
    /// Byte range in the input of the text the code was read from; always on character boundaries.
    pub span: (usize, usize),
    /// `true` when the code is implied (a failed connection), not printed.
    pub inferred: bool,
}

/// A finding before merging, borrowing from the input and the known strings.
#[derive(Debug, Clone, Copy)]
struct Candidate<'t, 'k> {
    code: u16,
    reason: Option<&'t str>,
    library: Option<&'k str>,
    service: Option<&'k str>,
    span: (usize, usize),
    inferred: bool,
}

impl<'t, 'k> Candidate<'t, 'k> {
    fn new(code: u16, span: (usize, usize)) -> Self {
        Self {
            code,
            reason: None,
            library: None,
            service: None,
            span,
            inferred: false,
        }
    }
}

/// Finds every close code in `text`, in order of appearance.
pub fn read_log(text: &str, known: &KnownStrings<'_>) -> Vec<Finding> {
    let mut found = Vec::new();
    // (line start, library) for known strings that name a library but no code.
    let mut line_libraries = Vec::new();
    known_string_matches(text, known.strings, &mut found, &mut line_libraries);
    number_matches(text, &mut found);
    browser_failure_matches(text, &mut found);

    for candidate in &mut found {
        let (start, end) = line_bounds(text, candidate.span.0);
        if candidate.library.is_none() {
            candidate.library = line_libraries
                .iter()
                .find(|&&(line, _)| line == start)
                .map(|&(_, library)| library);
        }
        candidate.service = service_in(text.get(start..end).unwrap_or(""), known.services);
    }
    let mut order: Vec<(usize, usize, usize)> = found
        .iter()
        .enumerate()
        .map(|(index, c)| (c.span.0, index, 0))
        .collect();
    sort_positions(&mut order);

    let mut merged: Vec<Candidate<'_, '_>> = Vec::with_capacity(found.len());
    for c in order
        .iter()
        .filter_map(|&(_, index, _)| found.get(index).copied())
    {
        let same = merged.iter_mut().find(|m| {
            m.code == c.code
                && m.inferred == c.inferred
                && (m.reason.is_none() || c.reason.is_none() || m.reason == c.reason)
        });
        match same {
            Some(m) => {
                if c.span.0 < m.span.1 && m.span.0 < c.span.1 {
                    m.span = (m.span.0.min(c.span.0), m.span.1.max(c.span.1));
                }
                m.reason = m.reason.or(c.reason);
                m.library = m.library.or(c.library);
                m.service = m.service.or(c.service);
            }
            None => merged.push(c),
        }
    }
    merged
        .into_iter()
        .map(|c| Finding {
            code: c.code,
            reason: c.reason.map(str::to_owned),
            library: c.library.map(str::to_owned),
            service: c.service.map(str::to_owned),
            span: c.span,
            inferred: c.inferred,
        })
        .collect()
}

/// Known strings, leftmost-longest: a match inside or overlapping an earlier, longer one is dropped.
fn known_string_matches<'t, 'k>(
    text: &'t str,
    strings: &'k [KnownString<'k>],
    found: &mut Vec<Candidate<'t, 'k>>,
    line_libraries: &mut Vec<(usize, &'k str)>,
) {
    // (start, usize::MAX - end, index): sorting puts the longest match first at each start.
    let mut hits: Vec<(usize, usize, usize)> = Vec::new();
    for (index, known) in strings
        .iter()
        .enumerate()
        .filter(|(_, k)| !k.text.is_empty())
    {
        for (at, matched) in text.match_indices(known.text) {
            hits.push((at, usize::MAX - (at + matched.len()), index));
        }
    }
    sort_positions(&mut hits);
    let mut covered_to = 0;
    for (start, end, index) in hits {
        let (end, Some(known)) = (usize::MAX - end, strings.get(index)) else {
            continue;
        };
        if start < covered_to {
            continue;
        }
        covered_to = end;
        match known.code {
            Some(code) => {
                let mut c = Candidate::new(code, (start, end));
                c.library = Some(known.library);
                found.push(c);
            }
            None => line_libraries.push((line_bounds(text, start).0, known.library)),
        }
    }
}

/// Numbers in a close-code context; see the module docs for the rules.
fn number_matches<'t, 'k>(text: &'t str, found: &mut Vec<Candidate<'t, 'k>>) {
    let b = text.as_bytes();
    let mut i = 0;
    // The current line is looked at once, not once per number, so long lines stay linear.
    let mut line: Option<Line> = None;
    while let Some(&c) = b.get(i) {
        if !c.is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        while b.get(i).is_some_and(u8::is_ascii_digit) {
            i += 1;
        }
        let end = i;
        let stands_alone_before = start == 0
            || b.get(start - 1)
                .is_some_and(|&p| !is_word_byte(p) && p != b'.');
        let stands_alone_after = match b.get(end) {
            None => true,
            Some(&n) if is_word_byte(n) => false,
            Some(b'.' | b':' | b'-' | b'/' | b',') => {
                !b.get(end + 1).is_some_and(u8::is_ascii_digit)
            }
            Some(_) => true,
        };
        if !(3..=5).contains(&(end - start)) || !stands_alone_before || !stands_alone_after {
            continue;
        }
        let value = text
            .get(start..end)
            .and_then(|digits| digits.parse::<u32>().ok())
            .and_then(|v| u16::try_from(v).ok());
        let Some(code) = value else {
            continue;
        };
        let current = match line {
            Some(line) if start <= line.end => line,
            _ => {
                let (start, end) = line_bounds(text, start);
                let words = text.get(start..end).unwrap_or("");
                Line {
                    start,
                    end,
                    close_event: contains_ci(words, "closeevent") || contains_ci(words, "wasclean"),
                }
            }
        };
        line = Some(current);
        found.extend(classify_number(text, current, start, end, code));
    }
}

/// A line of the input and whether it shows a browser close event.
#[derive(Clone, Copy)]
struct Line {
    start: usize,
    end: usize,
    close_event: bool,
}

/// What the words before a number make of it.
enum Context {
    /// `close`, `closed`, `closing`, `closed with`, `CloseEvent`.
    CloseWord,
    /// `code` or `status` (also `closeCode`, `status_code`…); `close` when a close word goes with it.
    CodeWord { close: bool },
    /// python-websockets' `received N (` / `sent N (`.
    PythonClose,
}

fn classify_number<'t, 'k>(
    text: &'t str,
    line: Line,
    num_start: usize,
    num_end: usize,
    code: u16,
) -> Option<Candidate<'t, 'k>> {
    let (line_start, line_end) = (line.start, line.end);
    let rest = text.get(num_end..line_end)?;
    let b = text.as_bytes();

    let mut k = num_start;
    let mut skipped = 0;
    while k > line_start && skipped < 6 && b.get(k - 1).is_some_and(|c| b" \t:=\"'([#".contains(c))
    {
        k -= 1;
        skipped += 1;
    }
    let (word, word_start) = word_ending_at(text, line_start, k);
    if word.is_empty() {
        return None;
    }

    // Where the words that make this a close code start, for the span.
    let mut context_start = word_start;
    let context = if is_close_word(word) || word.eq_ignore_ascii_case("closeevent") {
        Context::CloseWord
    } else if ends_with_ci(word, "code") || ends_with_ci(word, "status") {
        if ends_with_ci(word, "opcode") || is_non_close_word(word) {
            return None;
        }
        let (p1, p1_start) = previous_word(text, line_start, word_start);
        let (p2, _) = previous_word(text, line_start, p1_start);
        if is_non_close_word(p1) || is_non_close_word(p2) {
            return None;
        }
        if is_close_word(p1) {
            context_start = p1_start;
        }
        Context::CodeWord {
            close: contains_ci(word, "close") || is_close_word(p1),
        }
    } else if word.eq_ignore_ascii_case("with") {
        let (p1, p1_start) = previous_word(text, line_start, word_start);
        if !is_close_word(p1) {
            return None;
        }
        context_start = p1_start;
        Context::CloseWord
    } else if word.eq_ignore_ascii_case("received") || word.eq_ignore_ascii_case("sent") {
        if !rest.starts_with(" (") {
            return None;
        }
        Context::PythonClose
    } else if ["library", "iana", "reserved", "bad"]
        .iter()
        .any(|w| word.eq_ignore_ascii_case(w))
        && b.get(word_start + word.len()..num_start) == Some(b"(")
    {
        // Rust tungstenite's `CloseCode` Debug form: `code: Library(4004)`.
        let (p1, p1_start) = previous_word(text, line_start, word_start);
        if !ends_with_ci(p1, "code") {
            return None;
        }
        context_start = p1_start;
        Context::CloseWord
    } else {
        return None;
    };

    let on_close_event_line = line.close_event;
    let close_word = on_close_event_line
        || matches!(
            context,
            Context::CloseWord | Context::PythonClose | Context::CodeWord { close: true }
        );
    if !(1000..=4999).contains(&code) && !close_word {
        return None;
    }

    let mut c = Candidate::new(code, (context_start, num_end));
    // Text right after a parenthesised name, as python-websockets and gorilla write it.
    let after_name = if rest.starts_with(" (") {
        rest.find(')').map(|p| num_end + p + 1)
    } else {
        None
    };

    const GORILLA_PREFIX: &str = "websocket: ";
    let gorilla = word.eq_ignore_ascii_case("close")
        && word_start >= GORILLA_PREFIX.len()
        && text
            .get(word_start - GORILLA_PREFIX.len()..word_start)
            .is_some_and(|p| p.eq_ignore_ascii_case(GORILLA_PREFIX));

    if gorilla {
        // gorilla: "websocket: close " code [" (" name ")"] [": " text]
        let pos = after_name.unwrap_or(num_end);
        c.library = Some(LIBRARY_GORILLA);
        c.span.0 = word_start - GORILLA_PREFIX.len();
        c.span.1 = pos;
        if let Some(reason) = text.get(pos..line_end).and_then(|t| t.strip_prefix(": ")) {
            let reason = reason.trim_end();
            c.reason = Some(reason);
            c.span.1 = pos + 2 + reason.len();
        }
    } else if let (Context::PythonClose, Some(pos)) = (&context, after_name) {
        // python-websockets >= 10: "received|sent" code " (" name ")" [" " reason]
        c.library = Some(LIBRARY_PYTHON_WEBSOCKETS);
        c.span.1 = pos;
        if let Some(body) = text.get(pos..line_end).and_then(|t| t.strip_prefix(' ')) {
            let cut = ["; then ", "; no close frame"]
                .iter()
                .filter_map(|end| body.find(end))
                .min()
                .unwrap_or(body.len());
            let reason = body.get(..cut).unwrap_or("").trim_end();
            if !reason.is_empty() {
                c.reason = Some(reason);
                c.span.1 = pos + 1 + reason.len();
            }
        }
    } else if let (Context::CodeWord { .. }, Some(pos), true) =
        (&context, after_name, word.eq_ignore_ascii_case("code"))
    {
        // python-websockets < 10: "code = " code " (" name "), " ("reason = " reason | "no reason")
        let tail = text.get(pos..line_end).unwrap_or("");
        if let Some(reason) = tail.strip_prefix(", reason = ") {
            let reason = reason.trim_end();
            c.library = Some(LIBRARY_PYTHON_WEBSOCKETS);
            c.reason = Some(reason);
            c.span.1 = pos + ", reason = ".len() + reason.len();
        } else if tail.starts_with(", no reason") {
            c.library = Some(LIBRARY_PYTHON_WEBSOCKETS);
            c.span.1 = pos + ", no reason".len();
        }
    }
    if c.library.is_none() {
        if on_close_event_line {
            c.library = Some(LIBRARY_BROWSER);
        }
        if let Some((reason, end)) = reason_after(text, num_end, line_end) {
            c.reason = Some(reason);
            c.span.1 = c.span.1.max(end);
        }
    }
    Some(c)
}

/// A `reason` key after a code on the same line, before the next `code`:
/// `reason: ''`, `"reason":"policy"`, `reason=bye`, `Reason: Authentication failed.`
/// Quoted values run to the matching quote; bare ones to `,` `}` `)` `]` or
/// the end of the line. Returns the value and the byte index where it ends.
fn reason_after(text: &str, from: usize, line_end: usize) -> Option<(&str, usize)> {
    let b = text.as_bytes();
    let region = text.get(from..line_end)?;
    let region_end = find_ci(region, "code", 0).map_or(line_end, |p| from + p);
    let mut search_at = 0;
    while let Some(p) = find_ci(region, "reason", search_at) {
        search_at = p + "reason".len();
        let key_at = from + p;
        if key_at >= region_end {
            return None;
        }
        if p > 0
            && region
                .as_bytes()
                .get(p - 1)
                .is_some_and(u8::is_ascii_alphabetic)
        {
            continue;
        }
        let mut j = key_at + "reason".len();
        if matches!(b.get(j), Some(b'"' | b'\'')) {
            j += 1;
        }
        while b.get(j) == Some(&b' ') {
            j += 1;
        }
        if !matches!(b.get(j), Some(b':' | b'=')) {
            continue;
        }
        j += 1;
        while b.get(j) == Some(&b' ') {
            j += 1;
        }
        return match b.get(j) {
            Some(&quote @ (b'"' | b'\'')) => {
                let open = j + 1;
                let mut k = open;
                while k < line_end {
                    match b.get(k) {
                        Some(b'\\') => k += 2,
                        Some(&q) if q == quote => return Some((text.get(open..k)?, k + 1)),
                        _ => k += 1,
                    }
                }
                let value = text.get(open..line_end)?.trim_end();
                Some((value, open + value.len()))
            }
            _ => {
                let value_region = text.get(j..line_end)?;
                let end = value_region
                    .find([',', '}', ')', ']'])
                    .unwrap_or(value_region.len());
                let value = value_region.get(..end)?.trim_end();
                Some((value, j + value.len()))
            }
        };
    }
    None
}

/// Sorts position keys. One sort instantiation for the whole module keeps the wasm small.
fn sort_positions(keys: &mut [(usize, usize, usize)]) {
    keys.sort_unstable();
}

/// Chrome's and Firefox's messages for a connection that failed: no code printed, 1006 implied.
fn browser_failure_matches<'t, 'k>(text: &'t str, found: &mut Vec<Candidate<'t, 'k>>) {
    let mut push = |start: usize| {
        let (_, line_end) = line_bounds(text, start);
        let end = text
            .get(start..line_end)
            .map_or(line_end, |s| start + s.trim_end().len());
        let mut c = Candidate::new(ABNORMAL_CLOSURE, (start, end));
        c.library = Some(LIBRARY_BROWSER);
        c.inferred = true;
        found.push(c);
    };
    const CHROME: &str = "WebSocket connection to ";
    for (at, _) in text.match_indices(CHROME) {
        let (_, line_end) = line_bounds(text, at);
        let Some(rest) = text.get(at + CHROME.len()..line_end) else {
            continue;
        };
        let mut chars = rest.chars();
        let Some(quote @ ('\'' | '"')) = chars.next() else {
            continue;
        };
        let url_and_tail = chars.as_str();
        let failed = url_and_tail
            .find(quote)
            .and_then(|q| url_and_tail.get(q + 1..))
            .is_some_and(|tail| tail.starts_with(" failed"));
        if failed {
            push(at);
        }
    }
    for firefox in [
        "can\u{2019}t establish a connection to the server at ",
        "can't establish a connection to the server at ",
    ] {
        for (at, _) in text.match_indices(firefox) {
            push(at);
        }
    }
}

/// First known service whose name's first word starts a word on `line`.
fn service_in<'k>(line: &str, services: &'k [KnownService<'k>]) -> Option<&'k str> {
    services
        .iter()
        .find(|s| {
            let keyword = s.name.split_whitespace().next().unwrap_or("");
            keyword.len() >= 3 && starts_a_word_ci(line, keyword)
        })
        .map(|s| s.id)
}

fn starts_a_word_ci(hay: &str, needle: &str) -> bool {
    let mut from = 0;
    while let Some(p) = find_ci(hay, needle, from) {
        let before = p.checked_sub(1).and_then(|i| hay.as_bytes().get(i));
        if !before.is_some_and(u8::is_ascii_alphanumeric) {
            return true;
        }
        from = p + 1;
    }
    false
}

fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

fn is_close_word(word: &str) -> bool {
    ["close", "closed", "closing"]
        .iter()
        .any(|w| ends_with_ci(word, w))
}

/// Words after which `code` / `status` is not a close code.
fn is_non_close_word(word: &str) -> bool {
    ["http", "response", "request", "exit", "return"]
        .iter()
        .any(|w| contains_ci(word, w))
}

/// The run of ASCII letters ending at `end`, not reaching before `floor`.
fn word_ending_at(text: &str, floor: usize, end: usize) -> (&str, usize) {
    let b = text.as_bytes();
    let mut start = end;
    while start > floor && b.get(start - 1).is_some_and(u8::is_ascii_alphabetic) {
        start -= 1;
    }
    (text.get(start..end).unwrap_or(""), start)
}

/// The word before `end`, across blanks and `_` `-` `.` `:` `=` (as in
/// `status_code`, `response.statusCode`, `code: Library(`).
fn previous_word(text: &str, floor: usize, end: usize) -> (&str, usize) {
    let b = text.as_bytes();
    let mut k = end;
    while k > floor && b.get(k - 1).is_some_and(|c| b" \t_-.:=".contains(c)) {
        k -= 1;
    }
    word_ending_at(text, floor, k)
}

/// Byte range of the line holding `at`, without its line break.
fn line_bounds(text: &str, at: usize) -> (usize, usize) {
    let start = text
        .get(..at)
        .and_then(|s| s.rfind('\n'))
        .map_or(0, |i| i + 1);
    let end = text
        .get(at..)
        .and_then(|s| s.find('\n'))
        .map_or(text.len(), |i| at + i);
    let end = if end > start && text.as_bytes().get(end - 1) == Some(&b'\r') {
        end - 1
    } else {
        end
    };
    (start, end)
}

/// ASCII case-insensitive search from byte `from`. Positions are always
/// character boundaries: a match starts with the needle's first byte, which
/// is never a UTF-8 continuation byte.
fn find_ci(hay: &str, needle: &str, from: usize) -> Option<usize> {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    if n.is_empty() || n.len() > h.len() {
        return None;
    }
    (from..=h.len() - n.len()).find(|&i| {
        h.get(i..i + n.len())
            .is_some_and(|w| w.eq_ignore_ascii_case(n))
    })
}

fn contains_ci(hay: &str, needle: &str) -> bool {
    find_ci(hay, needle, 0).is_some()
}

fn ends_with_ci(word: &str, suffix: &str) -> bool {
    word.len() >= suffix.len()
        && word
            .as_bytes()
            .get(word.len() - suffix.len()..)
            .is_some_and(|w| w.eq_ignore_ascii_case(suffix.as_bytes()))
}
