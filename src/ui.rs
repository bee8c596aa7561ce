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

closed_enum! {
    /// An interface string the browser renders. The id is its
    /// `section.key` in `ui.toml`.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum BrowserKey {
        /// Short site description beside the logo.
        Tagline = "site.tagline",
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
    use super::{BrowserKey, BrowserText, PageKey};
    use crate::model::{Group, Reconnect, SentBy};

    /// Every interface string of one locale, as read from its `ui.toml`.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub struct UiText {
        browser: BrowserText,
        page: Vec<String>,
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
            Ok(UiText {
                browser: BrowserText::new(browser).expect("one string per key"),
                page,
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
