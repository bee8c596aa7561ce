//! The tools' pages as HTML: the forms the build writes into each tool's
//! page, and what each form shows for what the reader gave it, which the
//! tools' worker renders in the browser.
//!
//! A tool's page carries its locale's [`ToolText`] (and, for the log
//! reader, [`LogData`]) as text in its main area, so the tools' code holds
//! no locale's words and the main bundle none of the tools' code. Every
//! form has a name ([`Form`]); its fields are query parameters, so a
//! result can be shared as a URL (`/tools/close-frame/?frame=880203e8`).
//!
//! Pure: everything here is tested natively.

use crate::html::{escape, Html};
use crate::locale::Locale;
use crate::route::{code_url, query_param, service_code_url, url, Route};
use crate::tools::frame::{self, Decoded, InputError, LengthForm, Opcode, Violation};
use crate::tools::log::{read_log, KnownService, KnownString, KnownStrings};
use crate::tools::reason::{self, MAX_REASON_BYTES};
use crate::tools::Tool;
use crate::tsv;
use crate::ui::{fill, ToolKey, ToolText};

/// The id of the element that carries a tool page's [`ToolText`].
pub const TEXT_ID: &str = "tool-text";
/// The id of the element that carries the log reader's [`LogData`].
pub const DATA_ID: &str = "tool-data";
/// What the tools' worker says once it listens.
pub const READY: &str = "ready";

closed_enum! {
    /// A form of a tool's page, by the name its element carries
    /// (`data-tool-form`).
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum Form {
        /// Decode a frame: `frame`.
        Decode = "decode",
        /// Build a Close frame: `code`, `reason`, `key`.
        Encode = "encode",
        /// Measure a close reason: `text`.
        Reason = "reason",
        /// Read a log: `log`.
        Log = "log",
    }
}

impl Form {
    /// The query parameters the form's fields are.
    pub fn params(self) -> &'static [&'static str] {
        match self {
            Form::Decode => &["frame"],
            Form::Encode => &["code", "reason", "key"],
            Form::Reason => &["text"],
            Form::Log => &["log"],
        }
    }

    /// The forms of a tool's page.
    pub fn of(tool: Tool) -> &'static [Form] {
        match tool {
            Tool::CloseFrame => &[Form::Decode, Form::Encode],
            Tool::CloseReason => &[Form::Reason],
            Tool::Log => &[Form::Log],
            Tool::WhichCode => &[],
        }
    }

    /// The id of the element the form's result goes into.
    pub fn output_id(self) -> String {
        format!("tool-output-{}", self.id())
    }
}

/// A library's close code, a service and its codes, and names of codes:
/// what the log reader recognises, as the site's content has it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LogData {
    /// `(library id, library name, text, code)`: constants and error
    /// strings.
    pub strings: Vec<(String, String, String, Option<u16>)>,
    /// `(service id, name)`.
    pub services: Vec<(String, String)>,
    /// `(service id or "" for the site's own, code, name)`.
    pub names: Vec<(String, u16, String)>,
}

impl LogData {
    /// The published form:
    ///
    /// ```text
    /// K library name text code      a constant or error string ("" code: none)
    /// S id name                     a service
    /// C namespace code name         a code's name ("" namespace: the site's own)
    /// ```
    pub fn to_text(&self) -> String {
        let mut out = tsv::Writer::new();
        for (library, name, text, code) in &self.strings {
            let code = code.map(|c| c.to_string()).unwrap_or_default();
            out.record(&["K", library, name, text, &code]);
        }
        for (id, name) in &self.services {
            out.record(&["S", id, name]);
        }
        for (namespace, code, name) in &self.names {
            out.record(&["C", namespace, &code.to_string(), name]);
        }
        out.finish()
    }

    /// Reads the published form back; records it cannot read are skipped.
    pub fn parse(text: &str) -> LogData {
        let mut data = LogData::default();
        for (_, fields) in tsv::records(text) {
            match fields.as_slice() {
                ["K", library, name, text, code] => data.strings.push((
                    library.to_string(),
                    name.to_string(),
                    text.to_string(),
                    code.parse().ok(),
                )),
                ["S", id, name] => data.services.push((id.to_string(), name.to_string())),
                ["C", namespace, code, name] => {
                    if let Ok(code) = code.parse() {
                        data.names
                            .push((namespace.to_string(), code, name.to_string()));
                    }
                }
                _ => {}
            }
        }
        data
    }

    /// Only the names of the site's own codes, in `locale`'s words where
    /// it has them: what the decoder needs.
    #[cfg(feature = "ssr")]
    pub fn names(catalog: &crate::content::Catalog, locale: Locale) -> LogData {
        LogData {
            names: catalog
                .numbers()
                .into_iter()
                .filter_map(|n| catalog.code(locale, n))
                .map(|c| (String::new(), c.code, c.name.clone()))
                .collect(),
            ..LogData::default()
        }
    }

    /// What the catalog knows, in `locale`'s words where it has them.
    #[cfg(feature = "ssr")]
    pub fn of(catalog: &crate::content::Catalog, locale: Locale) -> LogData {
        let mut data = LogData::default();
        let mut add = |code: &crate::model::CloseCode| {
            for t in code.constants.iter().chain(&code.errors) {
                data.strings.push((
                    t.library.id.to_string(),
                    t.library.name.to_string(),
                    t.text.clone(),
                    Some(code.code),
                ));
            }
        };
        for n in catalog.numbers() {
            if let Some(code) = catalog.code(locale, n) {
                add(&code);
                data.names.push((String::new(), n, code.name.clone()));
            }
        }
        for id in catalog.service_ids() {
            let Some(service) = catalog.service(locale, id) else {
                continue;
            };
            let numbers = catalog.service_numbers(id);
            // Services that only send reasons with standard codes are
            // still recognised by name.
            data.services.push((id.to_string(), service.name.clone()));
            for n in numbers {
                if let Some(code) = catalog.service_code(locale, id, n) {
                    add(&code);
                    data.names.push((id.to_string(), n, code.name.clone()));
                }
            }
        }
        data
    }

    fn name(&self, namespace: &str, code: u16) -> Option<&str> {
        self.names
            .iter()
            .find(|(ns, c, _)| ns == namespace && *c == code)
            .map(|(_, _, name)| name.as_str())
    }
}

/// Reads the text a tool page carries back into its strings.
pub fn parse_tool_text(text: &str) -> Option<ToolText> {
    let strings = tsv::records(text)
        .filter_map(|(_, fields)| match fields.as_slice() {
            ["T", string] => Some(string.to_string()),
            _ => None,
        })
        .collect();
    ToolText::new(strings)
}

/// The text a tool page carries for its strings.
pub fn tool_text_data(text: &ToolText) -> String {
    let mut out = tsv::Writer::new();
    for string in text.lines() {
        out.record(&["T", string]);
    }
    out.finish()
}

/// Where a tool's forms go and what they say, for the page the build
/// writes. `labels` gives the words of each field and button.
pub fn forms_html(tool: Tool, locale: Locale, t: &ToolText) -> String {
    let action = url(locale, &Route::Tool(tool));
    let mut h = Html::new();
    for &form in Form::of(tool) {
        if form == Form::Encode {
            h.element("h2", &[], t.get(ToolKey::FrameEncodeHeading));
        }
        h.open(
            "form",
            &[
                ("class", Some("tool-form")),
                ("action", Some(&action)),
                ("method", Some("get")),
                ("data-tool-form", Some(form.id())),
            ],
        );
        let field = |h: &mut Html, name: &str, label: &str, multiline: bool, kind: &str| {
            let id = format!("tool-{}-{name}", form.id());
            h.open("div", &[("class", Some("tool-field"))]).element(
                "label",
                &[("for", Some(&id))],
                label,
            );
            let attrs: [(&str, Option<&str>); 7] = [
                ("id", Some(&id)),
                ("name", Some(name)),
                ("dir", Some("auto")),
                ("spellcheck", Some("false")),
                ("autocomplete", Some("off")),
                ("type", (!multiline).then_some(kind)),
                ("rows", multiline.then_some("4")),
            ];
            if multiline {
                h.open("textarea", &attrs).close("textarea");
            } else {
                h.open("input", &attrs);
            }
            h.close("div");
        };
        let submit = match form {
            Form::Decode => {
                field(&mut h, "frame", t.get(ToolKey::FrameInputLabel), true, "");
                ToolKey::FrameDecode
            }
            Form::Encode => {
                field(
                    &mut h,
                    "code",
                    t.get(ToolKey::FrameEncodeCode),
                    false,
                    "number",
                );
                field(
                    &mut h,
                    "reason",
                    t.get(ToolKey::FrameEncodeReason),
                    false,
                    "text",
                );
                field(&mut h, "key", t.get(ToolKey::FrameEncodeKey), false, "text");
                ToolKey::FrameEncode
            }
            Form::Reason => {
                field(&mut h, "text", t.get(ToolKey::ReasonInputLabel), true, "");
                ToolKey::ReasonCheck
            }
            Form::Log => {
                field(&mut h, "log", t.get(ToolKey::LogInputLabel), true, "");
                ToolKey::LogRead
            }
        };
        h.element("button", &[("type", Some("submit"))], t.get(submit))
            .close("form");
        examples(&mut h, form, t);
        h.element(
            "div",
            &[
                ("id", Some(&form.output_id())),
                ("class", Some("tool-output")),
                ("aria-live", Some("polite")),
            ],
            "",
        );
    }
    h.finish()
}

/// Links that fill a form with an example.
fn examples(h: &mut Html, form: Form, t: &ToolText) {
    let list: &[(&str, &str, ToolKey)] = match form {
        Form::Decode => &[
            ("frame", "88 02 03 e8", ToolKey::FrameExampleServer),
            (
                "frame",
                "88 8d 37 fa 21 3d 34 13 51 5c 50 9f 01 5e 5b 95 52 58 53",
                ToolKey::FrameExampleClient,
            ),
            ("frame", "88 02 03 ee", ToolKey::FrameExampleBroken),
        ],
        Form::Log => &[
            (
                "log",
                "websocket: close 1006 (abnormal closure): unexpected EOF",
                ToolKey::LogExamples,
            ),
            (
                "log",
                "CloseEvent {isTrusted: true, wasClean: false, code: 1006, reason: ''}",
                ToolKey::LogExamples,
            ),
            (
                "log",
                "ConnectionClosedError: received 4000 (private use) bye; then sent 4000 (private use) bye",
                ToolKey::LogExamples,
            ),
        ],
        Form::Encode | Form::Reason => return,
    };
    let heading = match form {
        Form::Log => t.get(ToolKey::LogExamples),
        _ => t.get(ToolKey::FrameExamples),
    };
    h.open("p", &[("class", Some("tool-examples"))])
        .text(heading)
        .text(" ");
    for (i, (param, value, label)) in list.iter().enumerate() {
        if i > 0 {
            h.text(" · ");
        }
        let href = format!("?{param}={}", crate::route::encode_query(value));
        let text = if *label == ToolKey::LogExamples {
            *value
        } else {
            t.get(*label)
        };
        h.element("a", &[("href", Some(&href)), ("dir", Some("ltr"))], text);
    }
    h.close("p");
}

/// What a form shows for the query `query` (`?frame=…`), or nothing when
/// the form's fields are all empty.
pub fn output_html(form: Form, locale: Locale, t: &ToolText, log: &LogData, query: &str) -> String {
    let param = |name: &str| query_param(query, name).unwrap_or_default();
    let values: Vec<String> = form.params().iter().map(|p| param(p)).collect();
    if values.iter().all(|v| v.trim().is_empty()) {
        return String::new();
    }
    match form {
        Form::Decode => decode_html(locale, t, log, &values[0]),
        Form::Encode => encode_html(t, &values[0], &values[1], &values[2]),
        Form::Reason => reason_html(t, &values[0]),
        Form::Log => log_html(locale, t, log, &values[0]),
    }
}

/// A list of terms and their descriptions.
fn facts(h: &mut Html, rows: &[(&str, String)]) {
    h.open("dl", &[("class", Some("tool-facts"))]);
    for (term, value) in rows {
        h.open("div", &[])
            .element("dt", &[], term)
            .open("dd", &[])
            .trusted(value)
            .close("dd")
            .close("div");
    }
    h.close("dl");
}

/// `text` as code, left to right.
fn code(text: &str) -> String {
    format!("<code dir=\"ltr\">{}</code>", escape(text))
}

/// A copy button for `text`; the page gives it its words.
fn copy_button(text: &str) -> String {
    format!(
        "<button type=\"button\" class=\"copy\" data-copy=\"{}\"></button>",
        escape(text)
    )
}

fn opcode_name(t: &ToolText, opcode: Opcode) -> &str {
    t.get(match opcode {
        Opcode::Continuation => ToolKey::FrameOpcodeContinuation,
        Opcode::Text => ToolKey::FrameOpcodeText,
        Opcode::Binary => ToolKey::FrameOpcodeBinary,
        Opcode::Close => ToolKey::FrameOpcodeClose,
        Opcode::Ping => ToolKey::FrameOpcodePing,
        Opcode::Pong => ToolKey::FrameOpcodePong,
        Opcode::Reserved(_) => ToolKey::FrameOpcodeReserved,
    })
}

/// A rule a frame breaks, in words.
pub fn violation_text(t: &ToolText, v: &Violation) -> String {
    let n = |x: u64| x.to_string();
    match *v {
        Violation::NotCloseFrame(op) => fill(
            t.get(ToolKey::FrameNotClose),
            &[
                ("opcode", &format!("0x{op:x}")),
                ("name", opcode_name(t, Opcode::from_bits(op))),
            ],
        ),
        Violation::Truncated { needed, got } => fill(
            t.get(ToolKey::FrameVTruncated),
            &[("needed", &n(needed)), ("got", &n(got))],
        ),
        Violation::RsvSet => t.get(ToolKey::FrameVRsv).to_string(),
        Violation::ReservedOpcode(op) => fill(
            t.get(ToolKey::FrameVReservedOpcode),
            &[("opcode", &format!("0x{op:x}"))],
        ),
        Violation::ControlFragmented => t.get(ToolKey::FrameVControlFragmented).to_string(),
        Violation::ControlTooLong(len) => {
            fill(t.get(ToolKey::FrameVControlTooLong), &[("length", &n(len))])
        }
        Violation::NonMinimalLength(form) => fill(
            t.get(ToolKey::FrameVNonMinimal),
            &[("length", &n(form.value()))],
        ),
        Violation::Length64HighBit => t.get(ToolKey::FrameVLengthHighBit).to_string(),
        Violation::OneBytePayload => t.get(ToolKey::FrameVOneByte).to_string(),
        Violation::CodeNeverOnWire(c) => fill(
            t.get(ToolKey::FrameVNeverOnWire),
            &[("code", &c.to_string())],
        ),
        Violation::CodeUnassigned(c) => fill(
            t.get(ToolKey::FrameVUnassigned),
            &[("code", &c.to_string())],
        ),
        Violation::CodeOutOfRange(c) => fill(
            t.get(ToolKey::FrameVOutOfRange),
            &[("code", &c.to_string())],
        ),
        Violation::InvalidUtf8Reason { valid_up_to } => fill(
            t.get(ToolKey::FrameVInvalidUtf8),
            &[("valid", &valid_up_to.to_string())],
        ),
    }
}

/// A rule broken, with its section of RFC 6455 and what a peer does.
fn violation_item(h: &mut Html, t: &ToolText, v: &Violation) {
    let section = v.section();
    let href = format!("https://www.rfc-editor.org/rfc/rfc6455#section-{section}");
    h.open("li", &[])
        .text(&violation_text(t, v))
        .text(" ")
        .element(
            "a",
            &[("href", Some(&href)), ("class", Some("rfc-link"))],
            &fill(t.get(ToolKey::ToolSection), &[("section", section)]),
        );
    if let Some(code) = v.close_with() {
        h.text(" ").text(&fill(
            t.get(ToolKey::ToolFailsWith),
            &[("code", &code.to_string())],
        ));
    }
    h.close("li");
}

/// Why input is not bytes, in words.
pub fn input_error_text(t: &ToolText, e: &InputError) -> String {
    match e {
        InputError::Empty => t.get(ToolKey::FrameEEmpty).to_string(),
        InputError::InvalidChar { ch, line, column } => fill(
            t.get(ToolKey::FrameEChar),
            &[
                ("char", &ch.to_string()),
                ("line", &line.to_string()),
                ("column", &column.to_string()),
            ],
        ),
        InputError::OddDigitCount { line, column } => fill(
            t.get(ToolKey::FrameEOdd),
            &[("line", &line.to_string()), ("column", &column.to_string())],
        ),
        InputError::Base64Length { symbols } => fill(
            t.get(ToolKey::FrameEBase64),
            &[("symbols", &symbols.to_string())],
        ),
        InputError::UnresolvedRepeat { line } => {
            fill(t.get(ToolKey::FrameERepeat), &[("line", &line.to_string())])
        }
    }
}

/// The decoder's answer for what the reader pasted; `names` gives the
/// site's own codes their names.
pub fn decode_html(locale: Locale, t: &ToolText, names: &LogData, input: &str) -> String {
    let mut h = Html::new();
    let bytes = match frame::parse_bytes(input) {
        Ok(bytes) => bytes,
        Err(e) => {
            h.element(
                "p",
                &[("class", Some("tool-error")), ("role", Some("alert"))],
                &input_error_text(t, &e),
            );
            return h.finish();
        }
    };
    let d = frame::decode(&bytes);
    h.element("h2", &[], t.get(ToolKey::FrameHeading));
    facts(&mut h, &frame_rows(locale, t, names, &d));
    if d.trailing > 0 {
        h.element(
            "p",
            &[],
            &fill(
                t.get(ToolKey::FrameTrailing),
                &[("bytes", &d.trailing.to_string())],
            ),
        );
    }
    let rules: Vec<&Violation> = d.violations.iter().collect();
    h.element("h3", &[], t.get(ToolKey::FrameRules));
    if rules.is_empty() {
        h.element(
            "p",
            &[("class", Some("tool-ok"))],
            t.get(ToolKey::FrameNoRules),
        );
    } else {
        h.open("ul", &[("class", Some("tool-rules"))]);
        for v in rules {
            violation_item(&mut h, t, v);
        }
        h.close("ul");
    }
    h.finish()
}

/// The rows that describe a decoded frame.
fn frame_rows<'t>(
    locale: Locale,
    t: &'t ToolText,
    names: &LogData,
    d: &Decoded,
) -> Vec<(&'t str, String)> {
    let bit = |b: bool| if b { "1" } else { "0" };
    let mut rows = vec![
        (
            t.get(ToolKey::FrameFin),
            escape(t.get(if d.fin {
                ToolKey::FrameFinYes
            } else {
                ToolKey::FrameFinNo
            })),
        ),
        (
            t.get(ToolKey::FrameRsv),
            code(&format!(
                "{} {} {}",
                bit(d.rsv[0]),
                bit(d.rsv[1]),
                bit(d.rsv[2])
            )),
        ),
        (
            t.get(ToolKey::FrameOpcode),
            format!(
                "{} {}",
                code(&format!("0x{:x}", d.opcode)),
                escape(opcode_name(t, d.kind()))
            ),
        ),
        (
            t.get(ToolKey::FrameMask),
            escape(t.get(if d.masked {
                ToolKey::FrameMaskYes
            } else {
                ToolKey::FrameMaskNo
            })),
        ),
    ];
    if let Some(key) = d.mask_key {
        rows.push((t.get(ToolKey::FrameMaskingKey), code(&frame::to_hex(&key))));
    }
    if let Some(form) = d.length_form {
        let (key, value) = match form {
            LengthForm::Short(v) => (ToolKey::FrameLength7, u64::from(v)),
            LengthForm::Extended16(v) => (ToolKey::FrameLength16, u64::from(v)),
            LengthForm::Extended64(v) => (ToolKey::FrameLength64, v),
        };
        rows.push((
            t.get(ToolKey::FrameLength),
            escape(&fill(t.get(key), &[("length", &value.to_string())])),
        ));
    }
    if !d.payload.is_empty() {
        rows.push((
            t.get(ToolKey::FramePayload),
            code(&frame::to_hex(&d.payload)),
        ));
    }
    if d.kind() == Opcode::Close {
        let value = match d.code {
            Some(c) => {
                let href = code_url(locale, c);
                let name = names
                    .name("", c)
                    .map(|n| format!(" {}", escape(n)))
                    .unwrap_or_default();
                format!("<a href=\"{href}\">{}{name}</a>", code(&c.to_string()))
            }
            None => escape(t.get(ToolKey::FrameNoCode)),
        };
        rows.push((t.get(ToolKey::FrameCode), value));
        if let Some(reason) = &d.reason {
            let size = fill(
                t.get(ToolKey::FrameReasonBytes),
                &[("bytes", &reason.byte_len.to_string())],
            );
            let value = match &reason.text {
                Some(text) if text.is_empty() => escape(t.get(ToolKey::FrameReasonEmpty)),
                Some(text) => format!("<q dir=\"auto\">{}</q> ({})", escape(text), escape(&size)),
                None => format!(
                    "{} ({})",
                    code(&frame::to_hex(&reason.bytes)),
                    escape(&size)
                ),
            };
            rows.push((t.get(ToolKey::FrameReason), value));
        }
    }
    rows
}

/// The encoder's answer: the bytes of a Close frame from a server and
/// from a client.
pub fn encode_html(t: &ToolText, code_text: &str, reason: &str, key: &str) -> String {
    let mut h = Html::new();
    let error = |h: &mut Html, text: &str| {
        h.element(
            "p",
            &[("class", Some("tool-error")), ("role", Some("alert"))],
            text,
        );
    };
    let Ok(number) = code_text.trim().parse::<u16>() else {
        error(&mut h, t.get(ToolKey::FrameEncodeBadCode));
        return h.finish();
    };
    let key = key.trim();
    let mask = if key.is_empty() {
        random_key(code_text, reason)
    } else {
        match frame::parse_bytes(key) {
            Ok(bytes) if bytes.len() == 4 => [bytes[0], bytes[1], bytes[2], bytes[3]],
            _ => {
                error(&mut h, t.get(ToolKey::FrameEncodeBadKey));
                return h.finish();
            }
        }
    };
    let (server, client) = match (
        frame::encode(number, reason, None),
        frame::encode(number, reason, Some(mask)),
    ) {
        (Ok(server), Ok(client)) => (server, client),
        _ => {
            error(
                &mut h,
                &fill(
                    t.get(ToolKey::FrameEncodeTooLong),
                    &[("bytes", &reason.len().to_string())],
                ),
            );
            return h.finish();
        }
    };
    if let Some(v) = frame::code_problem(number) {
        h.open("ul", &[("class", Some("tool-rules"))]);
        violation_item(&mut h, t, &v);
        h.close("ul");
    }
    let browser = match reason::browser_close_check(Some(number), Some(reason)) {
        Ok(()) => ToolKey::ToolBrowserMay,
        Err(_) => ToolKey::ToolBrowserThrows,
    };
    h.element(
        "p",
        &[],
        &fill(t.get(browser), &[("code", &number.to_string())]),
    );
    let key_hex = frame::to_hex(&mask).replace(' ', "");
    for (label, bytes) in [
        (t.get(ToolKey::FrameServerFrame).to_string(), &server),
        (
            fill(t.get(ToolKey::FrameClientFrame), &[("key", &key_hex)]),
            &client,
        ),
    ] {
        let hex = frame::to_hex(bytes);
        h.open("div", &[("class", Some("tool-bytes"))])
            .element("h3", &[], &label)
            .open("pre", &[("dir", Some("ltr"))])
            .element("code", &[], &hex)
            .close("pre")
            .trusted(&copy_button(&hex))
            .close("div");
    }
    h.finish()
}

/// A masking key that changes with the input, for the reader who gave none.
/// Masking keys must be unpredictable to intermediaries (RFC 6455 section
/// 5.3), which matters on a live connection, not in an example.
fn random_key(code: &str, reason: &str) -> [u8; 4] {
    let seed = js_random().unwrap_or_else(|| {
        // FNV-1a of the input: varies with it, and is repeatable in tests.
        code.bytes()
            .chain(reason.bytes())
            .fold(0x811c_9dc5_u32, |h, b| {
                (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
            })
    });
    seed.to_be_bytes()
}

/// 32 random bits from the browser, where there is one.
fn js_random() -> Option<u32> {
    #[cfg(target_arch = "wasm32")]
    {
        Some((js_sys_random() * f64::from(u32::MAX)) as u32)
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        None
    }
}

#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = Math, js_name = random)]
    fn js_sys_random() -> f64;
}

/// What a library does with a reason longer than 123 bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LongReason {
    /// It throws this exception.
    Throws(&'static str),
    /// It returns this error.
    Returns(&'static str),
    /// It cuts the reason to fit.
    Truncates,
    /// It sends the frame anyway.
    Sends,
}

/// What libraries do with a reason longer than 123 bytes, by library id
/// (`crate::model::LIBRARIES`), each with the line of source that shows it.
/// None cuts the reason; all but tungstenite refuse it before sending.
pub const LONG_REASONS: &[(&str, LongReason, &str)] = &[
    (
        "node-ws",
        LongReason::Throws("RangeError: The message must not be greater than 123 bytes"),
        "https://github.com/websockets/ws/blob/master/lib/sender.js#L197-L199",
    ),
    (
        "gorilla",
        LongReason::Returns("websocket: invalid control frame"),
        "https://github.com/gorilla/websocket/blob/main/conn.go#L570-L573",
    ),
    (
        "coder",
        LongReason::Returns("failed to marshal close frame: reason string max is 123 but got …"),
        "https://github.com/coder/websocket/blob/master/close.go#L310-L312",
    ),
    (
        "python-websockets",
        LongReason::Throws("websockets.exceptions.ProtocolError: control frame too long"),
        "https://github.com/python-websockets/websockets/blob/main/src/websockets/frames.py#L387-L388",
    ),
    (
        "tungstenite",
        LongReason::Sends,
        "https://github.com/snapview/tungstenite-rs/blob/master/src/protocol/mod.rs#L597-L607",
    ),
    (
        "jsr356",
        LongReason::Throws(
            "IllegalArgumentException: Reason Phrase cannot exceed 123 UTF-8 encoded bytes",
        ),
        "https://github.com/jakartaee/websocket/blob/main/api/client/src/main/java/jakarta/websocket/CloseReason.java#L46-L48",
    ),
    (
        "okhttp",
        LongReason::Throws("IllegalArgumentException: reason.size() > 123"),
        "https://github.com/square/okhttp/blob/master/okhttp/src/commonJvmAndroid/kotlin/okhttp3/internal/ws/RealWebSocket.kt#L482-L484",
    ),
    (
        "dotnet",
        LongReason::Throws("ArgumentException: The close status description '…' is too long."),
        "https://github.com/dotnet/runtime/blob/e5e87179b2324cc9a7855a4bad428c66ff390e67/src/libraries/Common/src/System/Net/WebSockets/WebSocketValidate.cs#L125-L131",
    ),
];

/// The reason checker's answer.
pub fn reason_html(t: &ToolText, text: &str) -> String {
    let fit = reason::measure(text);
    let mut h = Html::new();
    let class = if fit.fits { "tool-ok" } else { "tool-error" };
    h.open("p", &[("class", Some(class))])
        .element(
            "strong",
            &[],
            &fill(
                t.get(ToolKey::ReasonBytes),
                &[("bytes", &fit.bytes.to_string())],
            ),
        )
        .text(" ");
    if fit.fits {
        h.text(&fill(
            t.get(ToolKey::ReasonFits),
            &[("left", &(MAX_REASON_BYTES - fit.bytes).to_string())],
        ));
    } else {
        h.text(&fill(
            t.get(ToolKey::ReasonTooLong),
            &[("over", &(fit.bytes - MAX_REASON_BYTES).to_string())],
        ));
    }
    h.close("p");
    h.element(
        "p",
        &[],
        &fill(
            t.get(ToolKey::ReasonCounts),
            &[
                ("chars", &fit.chars.to_string()),
                ("units", &fit.utf16_units.to_string()),
                ("bytes", &fit.bytes.to_string()),
            ],
        ),
    );
    if let Some(cut) = fit.clean_cut.or(fit.safe_cut) {
        let kept = text.get(..cut).unwrap_or("");
        h.element(
            "p",
            &[],
            &fill(t.get(ToolKey::ReasonCut), &[("bytes", &cut.to_string())]),
        )
        .open("pre", &[("dir", Some("auto"))])
        .element("code", &[], kept)
        .close("pre")
        .trusted(&copy_button(kept));
        h.element("p", &[], t.get(ToolKey::ReasonThrows));
        if !LONG_REASONS.is_empty() {
            h.element("h3", &[], t.get(ToolKey::ReasonLibraries))
                .open("ul", &[("class", Some("tool-libraries"))]);
            for (id, what, source) in LONG_REASONS {
                let library = crate::model::Library::from_id(id).map_or(*id, |l| l.name);
                let library = &library;
                let line = match what {
                    LongReason::Throws(e) => fill(
                        t.get(ToolKey::ReasonLibThrows),
                        &[("library", library), ("error", e)],
                    ),
                    LongReason::Returns(e) => fill(
                        t.get(ToolKey::ReasonLibReturns),
                        &[("library", library), ("error", e)],
                    ),
                    LongReason::Truncates => {
                        fill(t.get(ToolKey::ReasonLibTruncates), &[("library", library)])
                    }
                    LongReason::Sends => {
                        fill(t.get(ToolKey::ReasonLibSends), &[("library", library)])
                    }
                };
                h.open("li", &[])
                    .element("a", &[("href", Some(source))], &line)
                    .close("li");
            }
            h.close("ul");
        }
    }
    h.finish()
}

/// The log reader's answer.
pub fn log_html(locale: Locale, t: &ToolText, data: &LogData, text: &str) -> String {
    let strings: Vec<KnownString<'_>> = data
        .strings
        .iter()
        .map(|(library, _, text, code)| KnownString {
            library,
            text,
            code: *code,
        })
        .collect();
    let services: Vec<KnownService<'_>> = data
        .services
        .iter()
        .map(|(id, name)| KnownService { id, name })
        .collect();
    let findings = read_log(
        text,
        &KnownStrings {
            strings: &strings,
            services: &services,
        },
    );
    let mut h = Html::new();
    if findings.is_empty() {
        h.element(
            "p",
            &[("class", Some("tool-error")), ("role", Some("status"))],
            t.get(ToolKey::LogNothing),
        );
        return h.finish();
    }
    h.element("h2", &[], t.get(ToolKey::LogFound))
        .open("ul", &[("class", Some("tool-findings"))]);
    for f in &findings {
        let own = data.name("", f.code);
        h.open("li", &[])
            .open("p", &[("class", Some("finding-code"))]);
        let name = own.map(str::to_string).unwrap_or_default();
        h.open("a", &[("href", Some(&code_url(locale, f.code)))])
            .element(
                "span",
                &[("class", Some("code-number")), ("dir", Some("ltr"))],
                &f.code.to_string(),
            );
        if !name.is_empty() {
            h.text(" ")
                .element("span", &[("class", Some("code-name"))], &name);
        }
        h.close("a").close("p");
        if f.inferred {
            h.element(
                "p",
                &[],
                &fill(
                    t.get(ToolKey::LogInferred),
                    &[("code", &f.code.to_string())],
                ),
            );
        }
        match f.reason.as_deref() {
            Some("") => {
                h.element("p", &[], t.get(ToolKey::LogReasonEmpty));
            }
            Some(reason) => {
                h.element(
                    "p",
                    &[("dir", Some("auto"))],
                    &fill(t.get(ToolKey::LogReason), &[("reason", reason)]),
                );
            }
            None => {}
        }
        if let Some(library) = &f.library {
            let name = data
                .strings
                .iter()
                .find(|(id, _, _, _)| id == library)
                .map_or(library.as_str(), |(_, name, _, _)| name.as_str());
            h.element(
                "p",
                &[],
                &fill(t.get(ToolKey::LogLibrary), &[("library", name)]),
            );
        }
        if let Some(service) = &f.service {
            let service_name = data
                .services
                .iter()
                .find(|(id, _)| id == service)
                .map_or(service.as_str(), |(_, n)| n.as_str());
            if let Some(code_name) = data.name(service, f.code) {
                h.open("p", &[]).element(
                    "a",
                    &[("href", Some(&service_code_url(locale, service, f.code)))],
                    &fill(
                        t.get(ToolKey::LogService),
                        &[
                            ("service", service_name),
                            ("code", &f.code.to_string()),
                            ("name", code_name),
                        ],
                    ),
                );
                h.close("p");
            }
        }
        h.close("li");
    }
    h.close("ul");
    h.finish()
}
