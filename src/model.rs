//! The typed content model: close codes, their facts and their sections.
//!
//! Everything here is plain data shared by the native content pipeline, the
//! prerenderer and the browser bundle. It knows nothing about markdown files
//! or about Leptos; [`crate::content`] fills it from `content/` at build time.

use serde::Deserialize;

closed_enum! {
    /// A named part of a page body, written under a localized `##` heading.
    ///
    /// The heading each locale shows for it lives in [`crate::locale`]'s
    /// table, an array indexed by this enum; the parser maps whatever heading
    /// an author wrote back to one of these.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum Section {
        /// What the code means.
        Description = "description",
        /// The situations in which people meet the code.
        WhenYouSeeIt = "when-you-see-it",
        /// What to do about it.
        HowToFix = "how-to-fix",
        /// On a comparison page: how two codes differ.
        KeyDifferences = "key-differences",
        /// On a comparison page: which of the two to send or expect.
        WhenToUseWhich = "when-to-use-which",
        /// On a symptom page: what the reader observes.
        Observed = "what-you-see",
        /// On a symptom page: what causes it, most likely first.
        Causes = "causes",
        /// On a symptom page: how to tell which cause it is.
        HowToConfirm = "how-to-confirm",
    }
}

impl Section {
    /// The sections every close-code file must have, in page order.
    pub const CODE_PAGE: [Section; 3] = [
        Section::Description,
        Section::WhenYouSeeIt,
        Section::HowToFix,
    ];

    /// The sections of a symptom page, in page order.
    pub const SYMPTOM_PAGE: [Section; 4] = [
        Section::Observed,
        Section::Causes,
        Section::HowToConfirm,
        Section::HowToFix,
    ];
}

closed_enum! {
    /// How a code is grouped on the home page, by what happened.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize)]
    #[serde(rename_all = "kebab-case")]
    pub enum Group {
        /// The connection ended on purpose (1000, 1001).
        Normal = "normal",
        /// An endpoint reports an error to its peer in a Close frame.
        PeerError = "peer-error",
        /// A temporary condition on the server side: restart, overload, gateway.
        Temporary = "temporary",
        /// Reserved numbers that a library reports locally but nobody sends.
        LocalOnly = "local-only",
        /// Registered with IANA for libraries, frameworks and applications
        /// (3000-3999).
        Registered = "registered",
        /// Defined by one service or library for its own protocol.
        Application = "application",
    }
}

impl Group {
    /// The groups of the site's own code pages, in home-page order.
    pub const OWN: [Group; 5] = [
        Group::Normal,
        Group::PeerError,
        Group::Temporary,
        Group::LocalOnly,
        Group::Registered,
    ];
}

closed_enum! {
    /// The ranges of close code numbers that RFC 6455 section 7.4.2 defines,
    /// plus the numbers a Close frame cannot carry at all.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum Range {
        /// 0-999: not used.
        Unused = "unused",
        /// 1000-2999: reserved for the protocol and its extensions.
        Protocol = "protocol",
        /// 3000-3999: registered with IANA for libraries, frameworks and
        /// applications.
        Registered = "registered",
        /// 4000-4999: private use, never registered.
        Private = "private",
        /// 5000-65535: not a valid close code.
        Invalid = "invalid",
    }
}

impl Range {
    /// The largest number the two bytes of a Close frame's status code can
    /// hold.
    pub const LARGEST: u32 = 65535;

    /// The range a number falls in; `None` above 65535, which no Close frame
    /// can carry.
    pub fn of(number: u32) -> Option<Range> {
        Some(match number {
            0..=999 => Range::Unused,
            1000..=2999 => Range::Protocol,
            3000..=3999 => Range::Registered,
            4000..=4999 => Range::Private,
            5000..=Range::LARGEST => Range::Invalid,
            _ => return None,
        })
    }

    /// The lowest and highest number of the range.
    pub fn bounds(self) -> (u32, u32) {
        match self {
            Range::Unused => (0, 999),
            Range::Protocol => (1000, 2999),
            Range::Registered => (3000, 3999),
            Range::Private => (4000, 4999),
            Range::Invalid => (5000, Range::LARGEST),
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

impl<'de> Deserialize<'de> for Library {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Library, D::Error> {
        let id = String::deserialize(deserializer)?;
        Library::from_id(&id).ok_or_else(|| {
            let known: Vec<&str> = LIBRARIES.iter().map(|l| l.id).collect();
            serde::de::Error::custom(format!(
                "unknown library \"{id}\"; use one of: {}",
                known.join(", ")
            ))
        })
    }
}

/// What one library calls a code, or prints when it meets it.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LibraryText {
    /// The library.
    pub library: Library,
    /// The constant (`websocket.ClosePolicyViolation`) or the error text.
    pub text: String,
}

closed_enum! {
    /// Who usually puts this code on a connection.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize)]
    #[serde(rename_all = "kebab-case")]
    pub enum SentBy {
        /// The client side of the connection.
        Client = "client",
        /// The server side of the connection.
        Server = "server",
        /// Either endpoint.
        Either = "either",
        /// A gateway or proxy between the two endpoints.
        Intermediary = "intermediary",
        /// Nobody sends it: the local WebSocket library reports it.
        LocalLibrary = "local-library",
        /// Nobody: the number is reserved and has no meaning yet.
        Nobody = "nobody",
    }
}

impl SentBy {
    /// Whether codes with this sender travel in a Close frame.
    pub fn is_sent(self) -> bool {
        !matches!(self, SentBy::LocalLibrary | SentBy::Nobody)
    }
}

closed_enum! {
    /// What a client should do about reconnecting after this code.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize)]
    #[serde(rename_all = "kebab-case")]
    pub enum Reconnect {
        /// The close was intended: reconnect only if the connection is still wanted.
        NotNeeded = "not-needed",
        /// Reconnect at once.
        Immediately = "immediately",
        /// Reconnect after a delay that grows with each failure.
        Backoff = "backoff",
        /// Do not reconnect until the cause has been fixed.
        AfterFix = "after-fix",
    }
}

/// The sentence of a specification or registry that defines a code,
/// quoted word for word (in English in every locale).
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Quote {
    /// The words, as the source has them.
    pub text: String,
    /// Where they are: "RFC 6455, section 7.4.1".
    pub source: String,
    /// An absolute `https://` URL of that place.
    pub url: String,
}

/// A reason string that a service sends with a close code, so that readers
/// who see it in a log find what it means.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Reason {
    /// The close code it comes with.
    pub code: u16,
    /// The reason as it appears (or the token it starts with): `NET-0001`.
    pub reason: String,
    /// What it means, in the page's locale.
    pub summary: String,
}

/// A link to the text that defines a code.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Reference {
    /// What the link points to, e.g. "RFC 6455, section 7.4.1".
    pub title: String,
    /// An absolute `https://` URL.
    pub url: String,
}

/// The locale-independent facts about a close code.
#[derive(Clone, Debug, PartialEq, Eq)]
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
#[derive(Clone, Debug, PartialEq)]
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
    /// The sentence that defines the code, for the site's own codes (the
    /// same, in English, in every locale).
    pub quote: Option<Quote>,
    /// That sentence in the page's locale, where it is not English.
    pub quote_translation: Option<String>,
}

impl CloseCode {
    /// The HTML of one section, if the code has it.
    pub fn section(&self, section: Section) -> Option<&SectionBody> {
        self.sections.iter().find(|s| s.section == section)
    }
}

/// The rendered body of one section.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SectionBody {
    /// Which section this is.
    pub section: Section,
    /// The section rendered to HTML (from our own markdown; raw HTML is
    /// rejected by the parser, so it is safe to inject).
    pub html: String,
    /// The same text without markup, for search.
    pub text: String,
}
