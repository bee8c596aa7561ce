//! The typed content model: close codes, their facts and their sections.
//!
//! Everything here is plain data shared by the native content pipeline, the
//! prerenderer and the browser bundle. It knows nothing about markdown files
//! or about Leptos; [`crate::content`] fills it from `content/` at build time.

use serde::{Deserialize, Serialize};

/// A named part of a page body, written under a localized `##` heading.
///
/// The heading text for each locale lives in [`crate::locale`]'s table; the
/// parser maps whatever heading an author wrote back to one of these.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Section {
    /// What the code means.
    Description,
    /// The situations in which people meet the code.
    WhenYouSeeIt,
    /// What to do about it.
    HowToFix,
    /// On a comparison page: how two codes differ.
    KeyDifferences,
    /// On a comparison page: which of the two to send or expect.
    WhenToUseWhich,
}

impl Section {
    /// The sections every close-code file must have, in page order.
    pub const CODE_PAGE: [Section; 3] = [
        Section::Description,
        Section::WhenYouSeeIt,
        Section::HowToFix,
    ];
}

/// How a code is grouped on the home page, by what happened.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Group {
    /// The connection ended on purpose (1000, 1001).
    Normal,
    /// An endpoint reports an error to its peer in a Close frame.
    PeerError,
    /// Reserved numbers that a library reports locally but nobody sends.
    LocalOnly,
    /// A temporary condition on the server side: restart, overload, gateway.
    Temporary,
    /// Registered with IANA for libraries, frameworks and applications
    /// (3000-3999).
    Registered,
    /// Defined by one service or library for its own protocol.
    Application,
}

impl Group {
    /// The groups of the site's own code pages, in home-page order.
    pub const ALL: [Group; 5] = [
        Group::Normal,
        Group::PeerError,
        Group::Temporary,
        Group::LocalOnly,
        Group::Registered,
    ];
}

/// The ranges of close code numbers that RFC 6455 section 7.4.2 defines.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Range {
    /// 0-999: not used.
    Unused,
    /// 1000-2999: reserved for the protocol and its extensions.
    Protocol,
    /// 3000-3999: registered with IANA for libraries, frameworks and
    /// applications.
    Registered,
    /// 4000-4999: private use, never registered.
    Private,
    /// 5000 and above: not a valid close code.
    Invalid,
}

impl Range {
    /// Every range, ascending.
    pub const ALL: [Range; 5] = [
        Range::Unused,
        Range::Protocol,
        Range::Registered,
        Range::Private,
        Range::Invalid,
    ];

    /// The range a number falls in.
    pub fn of(number: u32) -> Range {
        match number {
            0..=999 => Range::Unused,
            1000..=2999 => Range::Protocol,
            3000..=3999 => Range::Registered,
            4000..=4999 => Range::Private,
            _ => Range::Invalid,
        }
    }

    /// The lowest and highest number of the range (65535, the largest
    /// number a Close frame can carry, for the last).
    pub fn bounds(self) -> (u32, u32) {
        match self {
            Range::Unused => (0, 999),
            Range::Protocol => (1000, 2999),
            Range::Registered => (3000, 3999),
            Range::Private => (4000, 4999),
            Range::Invalid => (5000, 65535),
        }
    }

    /// The URL segment and content file name: `1000-2999`.
    pub fn slug(self) -> String {
        let (low, high) = self.bounds();
        format!("{low}-{high}")
    }

    /// The range whose slug is `slug`.
    pub fn from_slug(slug: &str) -> Option<Range> {
        Range::ALL.into_iter().find(|r| r.slug() == slug)
    }
}

/// A WebSocket library whose names for close codes people search for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Library {
    /// The id used in content front matter: `gorilla`.
    pub id: &'static str,
    /// The name shown on pages: `Go: gorilla/websocket`.
    pub name: &'static str,
}

/// The libraries whose constants and error strings the content may list.
pub const LIBRARIES: &[Library] = &[
    Library {
        id: "javascript",
        name: "JavaScript (common constant names)",
    },
    Library {
        id: "node-ws",
        name: "Node.js: ws",
    },
    Library {
        id: "browser",
        name: "Browsers",
    },
    Library {
        id: "gorilla",
        name: "Go: gorilla/websocket",
    },
    Library {
        id: "coder",
        name: "Go: coder/websocket",
    },
    Library {
        id: "python-websockets",
        name: "Python: websockets",
    },
    Library {
        id: "tungstenite",
        name: "Rust: tungstenite",
    },
    Library {
        id: "jsr356",
        name: "Java: JSR 356 (javax/jakarta.websocket)",
    },
    Library {
        id: "spring",
        name: "Java: Spring",
    },
    Library {
        id: "java-websocket",
        name: "Java: Java-WebSocket",
    },
    Library {
        id: "okhttp",
        name: "Java: OkHttp",
    },
    Library {
        id: "dotnet",
        name: ".NET: System.Net.WebSockets",
    },
    Library {
        id: "signalr",
        name: "ASP.NET Core SignalR",
    },
];

impl Library {
    /// The library with this id.
    pub fn from_id(id: &str) -> Option<Library> {
        LIBRARIES.iter().copied().find(|l| l.id == id)
    }
}

/// What one library calls a code, or prints when it meets it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LibraryText {
    /// A [`Library`] id.
    pub library: String,
    /// The constant (`websocket.ClosePolicyViolation`) or the error text.
    pub text: String,
}

/// Who usually puts this code on a connection.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SentBy {
    /// The client side of the connection.
    Client,
    /// The server side of the connection.
    Server,
    /// Either endpoint.
    Either,
    /// A gateway or proxy between the two endpoints.
    Intermediary,
    /// Nobody sends it: the local WebSocket library reports it.
    LocalLibrary,
    /// Nobody: the number is reserved and has no meaning yet.
    Nobody,
}

/// What a client should do about reconnecting after this code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Reconnect {
    /// The close was intended: reconnect only if the connection is still wanted.
    NotNeeded,
    /// Reconnect at once.
    Immediately,
    /// Reconnect after a delay that grows with each failure.
    Backoff,
    /// Do not reconnect until the cause has been fixed.
    AfterFix,
}

/// A link to the text that defines a code.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Reference {
    /// What the link points to, e.g. "RFC 6455, section 7.4.1".
    pub title: String,
    /// An absolute `https://` URL.
    pub url: String,
}

/// The locale-independent facts about a close code.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Facts {
    /// How the home page groups the code.
    pub group: Group,
    /// Who usually sends it.
    pub sent_by: SentBy,
    /// Whether an endpoint may put it in a Close frame.
    pub on_wire: bool,
    /// Whether a browser script may pass it to `WebSocket.close()`.
    pub browser_close: bool,
    /// What to do about reconnecting.
    pub reconnect: Reconnect,
}

impl Facts {
    /// The browser rule from the WHATWG WebSockets Standard: `close(code)`
    /// accepts 1000 and 3000 to 4999 and throws `InvalidAccessError` for
    /// anything else.
    pub fn browser_may_close_with(code: u32) -> bool {
        code == 1000 || (3000..=4999).contains(&code)
    }

    /// Codes that RFC 6455 forbids in a Close frame: they are only ever
    /// reported locally (1005, 1006, 1015) or reserved (1004).
    pub fn never_on_wire(code: u32) -> bool {
        matches!(code, 1004 | 1005 | 1006 | 1015) || !(1000..5000).contains(&code)
    }
}

/// One close code in one locale: its facts, its words and its sections.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CloseCode {
    /// The number, e.g. 1008.
    pub code: u16,
    /// The name in this locale, e.g. "Policy Violation".
    pub name: String,
    /// One sentence saying what the code means.
    pub summary: String,
    /// A short clause completing "this code means that …", used in
    /// generated comparisons.
    pub gist: String,
    /// One or two sentences saying when an endpoint should send the code
    /// (or, for codes nobody sends, what to make of it), used in "When to use
    /// which".
    pub use_when: String,
    /// Locale-independent facts.
    pub facts: Facts,
    /// Where the code is defined.
    pub references: Vec<Reference>,
    /// The rendered body sections, in page order.
    pub sections: Vec<SectionBody>,
    /// The service or library that defines the code, for codes that are
    /// not the protocol's (`discord-gateway`); `None` for the site's own
    /// code pages.
    pub namespace: Option<String>,
    /// The standard or registered codes this one is like.
    pub like: Vec<u16>,
    /// The names libraries give the code (same in every locale).
    pub constants: Vec<LibraryText>,
    /// Error messages libraries print with the code (same in every locale).
    pub errors: Vec<LibraryText>,
}

impl CloseCode {
    /// The HTML of one section, if the code has it.
    pub fn section(&self, section: Section) -> Option<&SectionBody> {
        self.sections.iter().find(|s| s.section == section)
    }

    /// A short reference to this code for lists and links.
    pub fn summary_entry(&self) -> CodeSummary {
        CodeSummary {
            code: self.code,
            name: self.name.clone(),
            summary: self.summary.clone(),
        }
    }
}

/// The rendered body of one section.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SectionBody {
    /// Which section this is.
    pub section: Section,
    /// The section rendered to HTML (from our own markdown; raw HTML is
    /// rejected by the parser, so it is safe to inject).
    pub html: String,
    /// The same text without markup, for search. Not shipped to the browser.
    #[serde(skip, default)]
    pub text: String,
}

/// A code's number, name and summary: what a list entry needs.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CodeSummary {
    /// The number.
    pub code: u16,
    /// The name in the page's locale.
    pub name: String,
    /// One sentence saying what the code means.
    pub summary: String,
}
