//! Interface strings: the words of the site that are not written in a
//! content file, by key.
//!
//! Each locale writes them in `content/{id}/ui.toml`, under `[section]`
//! headers, with exactly the keys named here. The keys come in two sets:
//!
//! - [`BrowserKey`]: what the browser bundle renders (the header, the search
//!   box and search page, the not-found page, any number's page). A page
//!   carries these strings of its own locale as data ([`BrowserText`]), so
//!   the bundle holds no locale's text.
//! - [`PageKey`]: the words of the pages rendered at build time (facts,
//!   comparisons, services, ranges). Only the native build reads them.
//!
//! Strings may have `{holes}`, filled by [`fill`].

use crate::model::Range;
use crate::tools::which_code::Situation;
use crate::tools::Tool;

closed_enum! {
    /// An interface string the browser renders. The id is its
    /// `section.key` in `ui.toml`.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum BrowserKey {
        /// Short site description beside the logo.
        Tagline = "site.tagline",
        /// A button that copies a code block, a constant or an address.
        Copy = "site.copy",
        /// The same button once it has copied.
        Copied = "site.copied",
        /// Adds `{item}` to `{list}`, a list of names: "{list}, {item}",
        /// "{list}、{item}".
        ListItem = "site.list_item",
        /// "Skip to content" link for keyboard users.
        SkipToContent = "site.skip_to_content",
        /// Label of the language menu.
        Language = "site.language",
        /// Footer text.
        Footer = "site.footer",
        /// Footer link to the home page.
        AllCodes = "site.all_codes",
        /// Header link to the list of symptoms.
        NavSymptoms = "site.symptoms",
        /// Header link to the list of guides.
        NavGuides = "site.guides",
        /// `<title>` and heading of the list of tools, and its header link.
        ToolsTitle = "tools.title",
        /// Label of the search box.
        SearchLabel = "search.label",
        /// Placeholder of the search box.
        SearchPlaceholder = "search.placeholder",
        /// Button that submits the search form.
        SearchSubmit = "search.submit",
        /// Shown while the search data loads.
        SearchLoading = "search.loading",
        /// Shown when nothing matches; `{query}`.
        SearchNoMatch = "search.no_match",
        /// Shown when the search data could not be loaded.
        SearchFailed = "search.failed",
        /// `<title>` and heading of the search page.
        SearchTitle = "search.title",
        /// `<meta name=description>` of the search page.
        SearchDescription = "search.description",
        /// Heading above the results; `{query}`.
        SearchResultsFor = "search.results_for",
        /// How to search, on the search page.
        SearchHelp = "search.help",
        /// Shown while a page loads.
        Loading = "page.loading",
        /// Shown when a page could not be loaded.
        LoadFailed = "page.load_failed",
        /// Link that reloads the page after a failure.
        Reload = "page.reload",
        /// Title and heading of the not-found page.
        NotFoundTitle = "not_found.title",
        /// `<meta name=description>` of the not-found page.
        NotFoundDescription = "not_found.description",
        /// "There is no page at {path}."
        NotFoundText = "not_found.text",
        /// The same, where the address is not known.
        NotFoundTextUnknown = "not_found.text_unknown",
        /// Suggestion when the path names a code; `{code}`, `{name}`.
        NotFoundCodeHint = "not_found.code_hint",
        /// Link to the home page from the not-found page.
        GoHome = "not_found.go_home",
        /// Heading of the list of ranges.
        RangesHeading = "ranges.heading",
        /// Text under that heading.
        RangesBlurb = "ranges.blurb",
        /// Short name of 0-999.
        RangeNameUnused = "range_name.unused",
        /// Short name of 1000-2999.
        RangeNameProtocol = "range_name.protocol",
        /// Short name of 3000-3999.
        RangeNameRegistered = "range_name.registered",
        /// Short name of 4000-4999.
        RangeNamePrivate = "range_name.private",
        /// Short name of 5000-65535.
        RangeNameInvalid = "range_name.invalid",
        /// 0-999 in a sentence or two.
        RangeSummaryUnused = "range_summary.unused",
        /// 1000-2999 in a sentence or two.
        RangeSummaryProtocol = "range_summary.protocol",
        /// 3000-3999 in a sentence or two.
        RangeSummaryRegistered = "range_summary.registered",
        /// 4000-4999 in a sentence or two.
        RangeSummaryPrivate = "range_summary.private",
        /// 5000-65535 in a sentence or two.
        RangeSummaryInvalid = "range_summary.invalid",
        /// How to find out what a number in 0-999 means.
        RangeAdviceUnused = "range_advice.unused",
        /// How to find out what a number in 1000-2999 means.
        RangeAdviceProtocol = "range_advice.protocol",
        /// How to find out what a number in 3000-3999 means.
        RangeAdviceRegistered = "range_advice.registered",
        /// How to find out what a number in 4000-4999 means.
        RangeAdvicePrivate = "range_advice.private",
        /// How to find out what a number in 5000-65535 means.
        RangeAdviceInvalid = "range_advice.invalid",
        /// `<title>` of a number's page; `{number}`, `{range}`.
        NumberTitle = "number.title",
        /// `<meta name=description>` of a number's page; `{number}`, `{range}`.
        NumberDescription = "number.description",
        /// The same for a number that services define; `{number}`,
        /// `{services}`.
        NumberDescriptionServices = "number.description_services",
        /// Kicker of a number's page.
        NumberKicker = "number.kicker",
        /// "{number} is in the range {low}–{high}: {range}."
        NumberInRange = "number.in_range",
        /// Heading of the services that define a number; `{number}`.
        NumberMeanings = "number.meanings",
        /// No known service defines the number; `{number}`.
        NumberNoMeaning = "number.no_meaning",
        /// Heading of the advice on a number's page; `{number}`.
        NumberFindOut = "number.find_out",
        /// Link to the range's page; `{low}`, `{high}`.
        NumberSeeRange = "number.see_range",
        /// Title of the page of a number above 65535; `{number}`.
        NumberTooLargeTitle = "number.too_large_title",
        /// Why such a number is no close code; `{number}`.
        NumberTooLarge = "number.too_large",
    }
}

closed_enum! {
    /// An interface string of the pages rendered at build time. The id is
    /// its `section.key` in `ui.toml`.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum PageKey {
        /// `<title>` of the home page.
        HomeTitle = "home.title",
        /// `<meta name=description>` of the home page.
        HomeDescription = "home.description",
        /// Heading of the home page.
        HomeHeading = "home.heading",
        /// The paragraph under it.
        HomeIntro = "home.intro",
        /// Heading of the list of services.
        ServicesHeading = "home.services_heading",
        /// Text under that heading.
        ServicesBlurb = "home.services_blurb",
        /// Home: heading of the link to the symptoms.
        HomeSymptomsHeading = "home.symptoms_heading",
        /// Home: text under that heading.
        HomeSymptomsBlurb = "home.symptoms_blurb",
        /// Home: heading of the link to the guides.
        HomeGuidesHeading = "home.guides_heading",
        /// Home: text under that heading.
        HomeGuidesBlurb = "home.guides_blurb",
        /// Heading of a home group.
        GroupTitleNormal = "group_title.normal",
        /// Heading of a home group.
        GroupTitlePeerError = "group_title.peer-error",
        /// Heading of a home group.
        GroupTitleTemporary = "group_title.temporary",
        /// Heading of a home group.
        GroupTitleLocalOnly = "group_title.local-only",
        /// Heading of a home group.
        GroupTitleRegistered = "group_title.registered",
        /// Heading of a home group.
        GroupTitleApplication = "group_title.application",
        /// Line under a home group's heading.
        GroupBlurbNormal = "group_blurb.normal",
        /// Line under a home group's heading.
        GroupBlurbPeerError = "group_blurb.peer-error",
        /// Line under a home group's heading.
        GroupBlurbTemporary = "group_blurb.temporary",
        /// Line under a home group's heading.
        GroupBlurbLocalOnly = "group_blurb.local-only",
        /// Line under a home group's heading.
        GroupBlurbRegistered = "group_blurb.registered",
        /// Line under a home group's heading.
        GroupBlurbApplication = "group_blurb.application",
        /// `<title>` of a code page; `{code}`, `{name}`.
        CodeTitle = "code.title",
        /// Label above a code's number.
        CodeKicker = "code.kicker",
        /// Heading of the services that also use a number; `{number}`.
        AlsoUsedBy = "code.also_used_by",
        /// Heading of the table of library constants.
        LibrariesHeading = "code.libraries_heading",
        /// Heading of the table of library error messages.
        ErrorsHeading = "code.errors_heading",
        /// Table header: the library.
        LibraryColumn = "code.library_column",
        /// Table header: its name for the code.
        ConstantColumn = "code.constant_column",
        /// Table header: the message.
        MessageColumn = "code.message_column",
        /// Heading of the reasons services send with a code; `{code}`.
        ReasonsHeading = "code.reasons_heading",
        /// Table header: the service.
        ServiceColumn = "code.service_column",
        /// Table header: the close code.
        CodeColumn = "code.code_column",
        /// Table header: the reason string.
        ReasonColumn = "code.reason_column",
        /// Table header: what a reason means.
        MeaningColumn = "code.meaning_column",
        /// Heading of the facts panel.
        FactsHeading = "facts.heading",
        /// Facts label: may it be sent in a Close frame.
        FactOnWire = "facts.on_wire",
        /// Facts label: may a browser pass it to close().
        FactBrowserClose = "facts.browser_close",
        /// Facts label: who usually sends it.
        FactSentBy = "facts.sent_by",
        /// Facts label: reconnect advice.
        FactReconnect = "facts.reconnect",
        /// Facts label: defining references.
        FactReferences = "facts.references",
        /// Facts label: the standard codes a service code is like.
        FactLike = "facts.like",
        /// Facts label: the service that defines a code.
        FactService = "facts.service",
        /// Marks a fact that differs between two compared codes.
        Differs = "facts.differs",
        /// Facts value: may be sent in a Close frame.
        OnWireYes = "facts.on_wire_yes",
        /// Facts value: never sent.
        OnWireNo = "facts.on_wire_no",
        /// Facts value: close() accepts it.
        BrowserCloseYes = "facts.browser_close_yes",
        /// Facts value: close() throws.
        BrowserCloseNo = "facts.browser_close_no",
        /// Facts value: sent by the client.
        SentByClient = "sent_by.client",
        /// Facts value: sent by the server.
        SentByServer = "sent_by.server",
        /// Facts value: sent by either endpoint.
        SentByEither = "sent_by.either",
        /// Facts value: sent by a gateway or proxy.
        SentByIntermediary = "sent_by.intermediary",
        /// Facts value: reported by the local library.
        SentByLocalLibrary = "sent_by.local-library",
        /// Facts value: reserved, sent by nobody.
        SentByNobody = "sent_by.nobody",
        /// Facts value: no need to reconnect.
        ReconnectNotNeeded = "reconnect.not-needed",
        /// Facts value: reconnect at once.
        ReconnectImmediately = "reconnect.immediately",
        /// Facts value: reconnect with backoff.
        ReconnectBackoff = "reconnect.backoff",
        /// Facts value: fix the cause first.
        ReconnectAfterFix = "reconnect.after-fix",
        /// `<title>` of a comparison; `{a}`, `{a_name}`, `{b}`, `{b_name}`.
        CompareTitle = "compare.title",
        /// `<meta name=description>` of a comparison; `{a}`, `{b}`.
        CompareDescription = "compare.description",
        /// Heading of the comparisons on a code page; `{code}`.
        CompareWith = "compare.with",
        /// Link from a comparison column to the code's page; `{code}`.
        ReadFullPage = "compare.read_full_page",
        /// `<title>` and heading of a service's page; `{service}`.
        ServiceTitle = "service.title",
        /// Kicker of a service's code; `{service}`.
        ServiceKicker = "service.kicker",
        /// Heading of a service's list of codes.
        ServiceCodesHeading = "service.codes_heading",
        /// Link to all of a service's codes; `{service}`.
        ServiceAllCodes = "service.all_codes",
        /// Link to every meaning of a number; `{number}`.
        OtherMeanings = "service.other_meanings",
        /// Heading of the reasons a service sends with standard codes;
        /// `{service}`.
        ServiceReasonsHeading = "service.reasons_heading",
        /// `<title>` of a range's page; `{low}`, `{high}`, `{name}`.
        RangeTitle = "range.title",
        /// Heading of the codes in a range.
        RangeCodesHeading = "range.codes_heading",
        /// `<title>` and heading of the list of symptoms.
        SymptomsTitle = "symptoms.title",
        /// `<meta name=description>` of the list of symptoms.
        SymptomsDescription = "symptoms.description",
        /// The paragraph under that heading.
        SymptomsIntro = "symptoms.intro",
        /// Kicker of a symptom page.
        SymptomKicker = "symptoms.kicker",
        /// Heading of the codes a symptom involves.
        SymptomCodes = "symptoms.codes_heading",
        /// `<title>` and heading of the list of guides.
        GuidesTitle = "guides.title",
        /// `<meta name=description>` of the list of guides.
        GuidesDescription = "guides.description",
        /// The paragraph under that heading.
        GuidesIntro = "guides.intro",
        /// Kicker of a guide.
        GuideKicker = "guides.kicker",
        /// Note on an untranslated page; `{english}` is the link.
        UntranslatedNote = "untranslated.note",
        /// The words of that link.
        UntranslatedLink = "untranslated.link",
        /// `<meta name=description>` of the list of tools.
        ToolsDescription = "tools.description",
        /// Text under the heading of the list of tools.
        ToolsIntro = "tools.intro",
        /// Kicker of a tool's page.
        ToolKicker = "tools.kicker",
        /// Shown on a tool's page without JavaScript.
        ToolNeedsScript = "tools.needs_script",
        /// Name of the Close frame decoder.
        ToolCloseFrameName = "tools.close_frame_name",
        /// What the Close frame decoder does.
        ToolCloseFrameSummary = "tools.close_frame_summary",
        /// Name of the close reason checker.
        ToolCloseReasonName = "tools.close_reason_name",
        /// What the close reason checker does.
        ToolCloseReasonSummary = "tools.close_reason_summary",
        /// Name of the log reader.
        ToolLogName = "tools.log_name",
        /// What the log reader does.
        ToolLogSummary = "tools.log_summary",
        /// Name of "which code should I send?".
        ToolWhichCodeName = "tools.which_code_name",
        /// What "which code should I send?" does.
        ToolWhichCodeSummary = "tools.which_code_summary",
        /// The question "which code should I send?" asks.
        WhichCodeQuestion = "which_code.question",
        /// Under that question.
        WhichCodeIntro = "which_code.intro",
        /// Heading of the codes to send in a situation.
        WhichCodeSend = "which_code.send",
        /// Heading above a code's `use_when`.
        WhichCodeWhen = "which_code.when",
        /// Link back to the list of situations.
        WhichCodeAnother = "which_code.another",
        /// What to do when only the application knows what happened.
        WhichCodeApplication = "which_code.application",
        /// Link to the guide on designing codes.
        WhichCodeGuide = "which_code.guide",
        /// `<meta name=description>` of a situation; `{situation}`, `{codes}`.
        WhichCodeDescription = "which_code.description",
        /// The situation: the conversation is over.
        SituationNormalEnd = "situation.normal-end",
        /// The situation: shutting down or leaving.
        SituationGoingAway = "situation.going-away",
        /// The situation: a rule broken, or no permission.
        SituationPolicyOrAuth = "situation.policy-or-auth",
        /// The situation: data that cannot be accepted.
        SituationBadData = "situation.bad-data",
        /// The situation: a message too big.
        SituationTooBig = "situation.too-big",
        /// The situation: an internal error.
        SituationInternalError = "situation.internal-error",
        /// The situation: restarting.
        SituationRestarting = "situation.restarting",
        /// The situation: overloaded.
        SituationOverloaded = "situation.overloaded",
        /// The situation: a gateway's upstream failed.
        SituationGateway = "situation.gateway",
        /// The situation: only the application knows.
        SituationApplicationSpecific = "situation.application-specific",
    }
}

impl PageKey {
    /// The label of a situation of "which code should I send?".
    pub fn situation(situation: Situation) -> PageKey {
        match situation {
            Situation::NormalEnd => PageKey::SituationNormalEnd,
            Situation::GoingAway => PageKey::SituationGoingAway,
            Situation::PolicyOrAuth => PageKey::SituationPolicyOrAuth,
            Situation::BadData => PageKey::SituationBadData,
            Situation::TooBig => PageKey::SituationTooBig,
            Situation::InternalError => PageKey::SituationInternalError,
            Situation::Restarting => PageKey::SituationRestarting,
            Situation::Overloaded => PageKey::SituationOverloaded,
            Situation::Gateway => PageKey::SituationGateway,
            Situation::ApplicationSpecific => PageKey::SituationApplicationSpecific,
        }
    }

    /// A tool's name and what it does.
    pub fn tool(tool: Tool) -> (PageKey, PageKey) {
        match tool {
            Tool::CloseFrame => (PageKey::ToolCloseFrameName, PageKey::ToolCloseFrameSummary),
            Tool::CloseReason => (
                PageKey::ToolCloseReasonName,
                PageKey::ToolCloseReasonSummary,
            ),
            Tool::Log => (PageKey::ToolLogName, PageKey::ToolLogSummary),
            Tool::WhichCode => (PageKey::ToolWhichCodeName, PageKey::ToolWhichCodeSummary),
        }
    }
}

impl BrowserKey {
    /// The short name of a range.
    pub fn range_name(range: Range) -> BrowserKey {
        match range {
            Range::Unused => BrowserKey::RangeNameUnused,
            Range::Protocol => BrowserKey::RangeNameProtocol,
            Range::Registered => BrowserKey::RangeNameRegistered,
            Range::Private => BrowserKey::RangeNamePrivate,
            Range::Invalid => BrowserKey::RangeNameInvalid,
        }
    }

    /// A range in a sentence or two.
    pub fn range_summary(range: Range) -> BrowserKey {
        match range {
            Range::Unused => BrowserKey::RangeSummaryUnused,
            Range::Protocol => BrowserKey::RangeSummaryProtocol,
            Range::Registered => BrowserKey::RangeSummaryRegistered,
            Range::Private => BrowserKey::RangeSummaryPrivate,
            Range::Invalid => BrowserKey::RangeSummaryInvalid,
        }
    }

    /// How to find out what a number in a range means.
    pub fn range_advice(range: Range) -> BrowserKey {
        match range {
            Range::Unused => BrowserKey::RangeAdviceUnused,
            Range::Protocol => BrowserKey::RangeAdviceProtocol,
            Range::Registered => BrowserKey::RangeAdviceRegistered,
            Range::Private => BrowserKey::RangeAdvicePrivate,
            Range::Invalid => BrowserKey::RangeAdviceInvalid,
        }
    }
}

/// The browser's interface strings of one locale, indexed by
/// [`BrowserKey`]. Pages carry them as text, one string per line in key
/// order ([`BrowserText::to_lines`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BrowserText(Vec<String>);

impl BrowserText {
    /// The strings, given in [`BrowserKey::ALL`] order; `None` if there are
    /// not exactly as many as keys.
    pub fn new(strings: Vec<String>) -> Option<BrowserText> {
        (strings.len() == BrowserKey::COUNT).then_some(BrowserText(strings))
    }

    /// The string for `key`.
    pub fn get(&self, key: BrowserKey) -> &str {
        &self.0[key.index()]
    }

    /// The strings in key order (each a single line).
    pub fn lines(&self) -> impl Iterator<Item = &str> {
        self.0.iter().map(String::as_str)
    }
}

closed_enum! {
    /// A string of the tools, which a tool's page carries for the browser
    /// ([`ToolText`]). The id is its `section.key` in `ui.toml`.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum ToolKey {
        /// "RFC 6455, section {section}"
        ToolSection = "tool.section",
        /// "A conforming peer fails the connection with {code} and closes it."
        ToolFailsWith = "tool.fails_with",
        /// "A browser script may close with {code}."
        ToolBrowserMay = "tool.browser_may",
        /// "In a browser, WebSocket.close({code}) throws an InvalidAccessError:…"
        ToolBrowserThrows = "tool.browser_throws",
        /// "A frame, as hex, base64 or a hex dump"
        FrameInputLabel = "close_frame.input_label",
        /// "Decode"
        FrameDecode = "close_frame.decode",
        /// "Examples:"
        FrameExamples = "close_frame.examples",
        /// "a server's 1000"
        FrameExampleServer = "close_frame.example_server",
        /// "a client's masked 1001 with a reason"
        FrameExampleClient = "close_frame.example_client",
        /// "a frame that carries 1006"
        FrameExampleBroken = "close_frame.example_broken",
        /// "The frame"
        FrameHeading = "close_frame.heading",
        /// "FIN"
        FrameFin = "close_frame.fin",
        /// "1: the last fragment of its message"
        FrameFinYes = "close_frame.fin_yes",
        /// "0: more fragments follow"
        FrameFinNo = "close_frame.fin_no",
        /// "RSV1, RSV2, RSV3"
        FrameRsv = "close_frame.rsv",
        /// "Opcode"
        FrameOpcode = "close_frame.opcode",
        /// "Continuation"
        FrameOpcodeContinuation = "close_frame.opcode_continuation",
        /// "Text"
        FrameOpcodeText = "close_frame.opcode_text",
        /// "Binary"
        FrameOpcodeBinary = "close_frame.opcode_binary",
        /// "Close"
        FrameOpcodeClose = "close_frame.opcode_close",
        /// "Ping"
        FrameOpcodePing = "close_frame.opcode_ping",
        /// "Pong"
        FrameOpcodePong = "close_frame.opcode_pong",
        /// "Reserved"
        FrameOpcodeReserved = "close_frame.opcode_reserved",
        /// "MASK"
        FrameMask = "close_frame.mask",
        /// "1: masked, so a client sent it (clients must mask every frame)"
        FrameMaskYes = "close_frame.mask_yes",
        /// "0: not masked, so a server sent it (servers must not mask)"
        FrameMaskNo = "close_frame.mask_no",
        /// "Masking key"
        FrameMaskingKey = "close_frame.masking_key",
        /// "Payload length"
        FrameLength = "close_frame.length",
        /// "{length} bytes, in the 7-bit field"
        FrameLength7 = "close_frame.length_7",
        /// "{length} bytes, in the 16-bit extended field (the 7-bit field says …"
        FrameLength16 = "close_frame.length_16",
        /// "{length} bytes, in the 64-bit extended field (the 7-bit field says …"
        FrameLength64 = "close_frame.length_64",
        /// "Payload, unmasked"
        FramePayload = "close_frame.payload",
        /// "Close code"
        FrameCode = "close_frame.code",
        /// "None: an empty Close frame, which the receiver reports as 1005"
        FrameNoCode = "close_frame.no_code",
        /// "Reason"
        FrameReason = "close_frame.reason",
        /// "{bytes} bytes"
        FrameReasonBytes = "close_frame.reason_bytes",
        /// "Empty"
        FrameReasonEmpty = "close_frame.reason_empty",
        /// "{bytes} more bytes follow the frame."
        FrameTrailing = "close_frame.trailing",
        /// "This is not a Close frame: its opcode is {opcode}, {name}."
        FrameNotClose = "close_frame.not_close",
        /// "Rules it breaks"
        FrameRules = "close_frame.rules",
        /// "It breaks no rule of RFC 6455: a peer accepts it."
        FrameNoRules = "close_frame.no_rules",
        /// "The bytes end too early: the frame needs {needed} and there are {go…"
        FrameVTruncated = "close_frame.v_truncated",
        /// "An RSV bit is set, but no extension that would give it a meaning wa…"
        FrameVRsv = "close_frame.v_rsv",
        /// "Opcode {opcode} is reserved: no frame may use it."
        FrameVReservedOpcode = "close_frame.v_reserved_opcode",
        /// "FIN is 0, but a control frame must not be fragmented."
        FrameVControlFragmented = "close_frame.v_control_fragmented",
        /// "The payload is {length} bytes, but a control frame carries at most …"
        FrameVControlTooLong = "close_frame.v_control_too_long",
        /// "The length {length} is written in a longer field than it needs; the…"
        FrameVNonMinimal = "close_frame.v_non_minimal",
        /// "The most significant bit of the 64-bit length is set; it must be 0."
        FrameVLengthHighBit = "close_frame.v_length_high_bit",
        /// "The payload is 1 byte: a Close frame's body starts with a 2-byte co…"
        FrameVOneByte = "close_frame.v_one_byte",
        /// "Code {code} must never be sent in a Close frame."
        FrameVNeverOnWire = "close_frame.v_never_on_wire",
        /// "Code {code} is in 1016–2999, which is reserved for future versions …"
        FrameVUnassigned = "close_frame.v_unassigned",
        /// "Code {code} is above 4999, outside every range of close codes."
        FrameVOutOfRange = "close_frame.v_out_of_range",
        /// "The reason is not valid UTF-8: it stops being valid after {valid} b…"
        FrameVInvalidUtf8 = "close_frame.v_invalid_utf8",
        /// "There are no bytes here yet."
        FrameEEmpty = "close_frame.e_empty",
        /// ""{char}" at line {line}, column {column} is neither a hex digit nor…"
        FrameEChar = "close_frame.e_char",
        /// "The hex digits at line {line}, column {column} are an odd number: o…"
        FrameEOdd = "close_frame.e_odd",
        /// "{symbols} base64 characters do not make whole bytes."
        FrameEBase64 = "close_frame.e_base64",
        /// "Line {line} of the hex dump is "*" (repeat), but no later offset sa…"
        FrameERepeat = "close_frame.e_repeat",
        /// "Build a Close frame"
        FrameEncodeHeading = "close_frame.encode_heading",
        /// "Code"
        FrameEncodeCode = "close_frame.encode_code",
        /// "Reason"
        FrameEncodeReason = "close_frame.encode_reason",
        /// "Masking key for the client's frame (8 hex digits; leave empty for a…"
        FrameEncodeKey = "close_frame.encode_key",
        /// "Build"
        FrameEncode = "close_frame.encode",
        /// "Sent by a server (not masked)"
        FrameServerFrame = "close_frame.server_frame",
        /// "Sent by a client (masked with {key})"
        FrameClientFrame = "close_frame.client_frame",
        /// "The reason takes {bytes} bytes; a Close frame has room for 123."
        FrameEncodeTooLong = "close_frame.encode_too_long",
        /// "Enter a code from 0 to 65535."
        FrameEncodeBadCode = "close_frame.encode_bad_code",
        /// "A masking key is 8 hex digits, such as 37fa213d."
        FrameEncodeBadKey = "close_frame.encode_bad_key",
        /// "A close reason"
        ReasonInputLabel = "close_reason.input_label",
        /// "Check"
        ReasonCheck = "close_reason.check",
        /// "{bytes} of 123 bytes"
        ReasonBytes = "close_reason.bytes",
        /// "It fits, with {left} bytes to spare."
        ReasonFits = "close_reason.fits",
        /// "It is {over} bytes too long."
        ReasonTooLong = "close_reason.too_long",
        /// "{chars} characters, {units} UTF-16 code units (what JavaScript's le…"
        ReasonCounts = "close_reason.counts",
        /// "The longest reason that fits ends at byte {bytes}, between two char…"
        ReasonCut = "close_reason.cut",
        /// "In a browser, WebSocket.close(code, reason) throws a SyntaxError fo…"
        ReasonThrows = "close_reason.throws",
        /// "What libraries do with a longer reason"
        ReasonLibraries = "close_reason.libraries",
        /// "{library}: throws {error}"
        ReasonLibThrows = "close_reason.lib_throws",
        /// "{library}: returns the error {error}"
        ReasonLibReturns = "close_reason.lib_returns",
        /// "{library}: cuts the reason to fit"
        ReasonLibTruncates = "close_reason.lib_truncates",
        /// "{library}: sends it anyway, and the peer fails the connection"
        ReasonLibSends = "close_reason.lib_sends",
        /// "A log line, a stack trace or console output"
        LogInputLabel = "log.input_label",
        /// "Read"
        LogRead = "log.read",
        /// "Examples:"
        LogExamples = "log.examples",
        /// "What it says"
        LogFound = "log.found",
        /// "No close code in this text. Paste the line where the socket closed,…"
        LogNothing = "log.nothing",
        /// "Reason: {reason}"
        LogReason = "log.reason",
        /// "Reason: empty"
        LogReasonEmpty = "log.reason_empty",
        /// "Printed by {library}"
        LogLibrary = "log.library",
        /// "No number is printed: this is how a browser reports a connection th…"
        LogInferred = "log.inferred",
        /// "{service} defines {code} as {name}."
        LogService = "log.service",
    }
}

/// The tools' strings of one locale, indexed by [`ToolKey`]: what a tool's
/// page carries, one string per line in key order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ToolText(Vec<String>);

impl ToolText {
    /// The strings, given in [`ToolKey::ALL`] order; `None` if there are
    /// not exactly as many as keys.
    pub fn new(strings: Vec<String>) -> Option<ToolText> {
        (strings.len() == ToolKey::COUNT).then_some(ToolText(strings))
    }

    /// The string for `key`.
    pub fn get(&self, key: ToolKey) -> &str {
        &self.0[key.index()]
    }

    /// The strings in key order.
    pub fn lines(&self) -> impl Iterator<Item = &str> {
        self.0.iter().map(String::as_str)
    }
}

/// Fills `{key}` holes in a template. Unknown holes stay as written, so a
/// test can find them.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 32);
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        out.push_str(&rest[..start]);
        let after = &rest[start + 1..];
        match after.find('}') {
            Some(end) => {
                let key = &after[..end];
                match values.iter().find(|(k, _)| *k == key) {
                    Some((_, value)) => out.push_str(value),
                    None => {
                        out.push('{');
                        out.push_str(key);
                        out.push('}');
                    }
                }
                rest = &after[end + 1..];
            }
            None => {
                out.push_str(&rest[start..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

/// The `{holes}` a template uses, in order, each once.
pub fn holes(template: &str) -> Vec<&str> {
    let mut found: Vec<&str> = Vec::new();
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        let after = &rest[start + 1..];
        let Some(end) = after.find('}') else { break };
        let name = &after[..end];
        if !name.is_empty()
            && name
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
            && !found.contains(&name)
        {
            found.push(name);
        }
        rest = &after[end + 1..];
    }
    found
}

#[cfg(feature = "ssr")]
pub use native::*;

#[cfg(feature = "ssr")]
mod native {
    use super::{BrowserKey, BrowserText, PageKey, ToolKey, ToolText};
    use crate::model::{Group, Reconnect, SentBy};

    /// Every interface string of one locale, as read from its `ui.toml`.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub struct UiText {
        browser: BrowserText,
        page: Vec<String>,
        tool: ToolText,
    }

    /// A key of either set.
    pub trait UiKey: Copy {
        /// Its `section.key` in `ui.toml`.
        fn path(self) -> &'static str;
        /// Its string in `ui`.
        fn lookup(self, ui: &UiText) -> &str;
    }

    impl UiKey for BrowserKey {
        fn path(self) -> &'static str {
            self.id()
        }
        fn lookup(self, ui: &UiText) -> &str {
            ui.browser.get(self)
        }
    }

    impl UiKey for ToolKey {
        fn path(self) -> &'static str {
            self.id()
        }
        fn lookup(self, ui: &UiText) -> &str {
            ui.tool.get(self)
        }
    }

    impl UiKey for PageKey {
        fn path(self) -> &'static str {
            self.id()
        }
        fn lookup(self, ui: &UiText) -> &str {
            &ui.page[self.index()]
        }
    }

    impl UiText {
        /// Builds the text from a lookup by `section.key`; the first key it
        /// has no string for is the error.
        pub fn from_lookup(
            mut get: impl FnMut(&'static str) -> Option<String>,
        ) -> Result<UiText, &'static str> {
            let mut browser = Vec::with_capacity(BrowserKey::COUNT);
            for key in BrowserKey::ALL {
                browser.push(get(key.id()).ok_or(key.id())?);
            }
            let mut page = Vec::with_capacity(PageKey::COUNT);
            for key in PageKey::ALL {
                page.push(get(key.id()).ok_or(key.id())?);
            }
            let mut tool = Vec::with_capacity(ToolKey::COUNT);
            for key in ToolKey::ALL {
                tool.push(get(key.id()).ok_or(key.id())?);
            }
            Ok(UiText {
                browser: BrowserText::new(browser).expect("one string per key"),
                page,
                tool: ToolText::new(tool).expect("one string per key"),
            })
        }

        /// The string for a key.
        pub fn get(&self, key: impl UiKey) -> &str {
            key.lookup(self)
        }

        /// The strings the browser renders.
        pub fn browser(&self) -> &BrowserText {
            &self.browser
        }

        /// The strings the tools render.
        pub fn tool(&self) -> &ToolText {
            &self.tool
        }

        /// A home group's heading.
        pub fn group_title(&self, group: Group) -> &str {
            self.get(match group {
                Group::Normal => PageKey::GroupTitleNormal,
                Group::PeerError => PageKey::GroupTitlePeerError,
                Group::Temporary => PageKey::GroupTitleTemporary,
                Group::LocalOnly => PageKey::GroupTitleLocalOnly,
                Group::Registered => PageKey::GroupTitleRegistered,
                Group::Application => PageKey::GroupTitleApplication,
            })
        }

        /// The line under a home group's heading.
        pub fn group_blurb(&self, group: Group) -> &str {
            self.get(match group {
                Group::Normal => PageKey::GroupBlurbNormal,
                Group::PeerError => PageKey::GroupBlurbPeerError,
                Group::Temporary => PageKey::GroupBlurbTemporary,
                Group::LocalOnly => PageKey::GroupBlurbLocalOnly,
                Group::Registered => PageKey::GroupBlurbRegistered,
                Group::Application => PageKey::GroupBlurbApplication,
            })
        }

        /// Who sends a code, as a facts value.
        pub fn sent_by(&self, sent_by: SentBy) -> &str {
            self.get(match sent_by {
                SentBy::Client => PageKey::SentByClient,
                SentBy::Server => PageKey::SentByServer,
                SentBy::Either => PageKey::SentByEither,
                SentBy::Intermediary => PageKey::SentByIntermediary,
                SentBy::LocalLibrary => PageKey::SentByLocalLibrary,
                SentBy::Nobody => PageKey::SentByNobody,
            })
        }

        /// The reconnect advice, as a facts value.
        pub fn reconnect(&self, reconnect: Reconnect) -> &str {
            self.get(match reconnect {
                Reconnect::NotNeeded => PageKey::ReconnectNotNeeded,
                Reconnect::Immediately => PageKey::ReconnectImmediately,
                Reconnect::Backoff => PageKey::ReconnectBackoff,
                Reconnect::AfterFix => PageKey::ReconnectAfterFix,
            })
        }
    }
}
