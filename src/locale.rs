//! The locales of the site, in one table.
//!
//! Each [`LocaleInfo`] holds everything that differs by language outside of
//! `content/`: the URL prefix, the `<html lang>` tag, the heading text that
//! maps to each [`Section`], and every interface string. Adding a locale means
//! adding its content folder and one entry to [`LOCALES`]; the compiler
//! insists that every string is there.

#[cfg(not(target_arch = "wasm32"))]
use crate::model::{Group, Reconnect, SentBy};
use crate::model::{Range, Section};

/// A language the site is written in. Cheap to copy; compares by identity.
#[derive(Clone, Copy)]
pub struct Locale(&'static LocaleInfo);

impl PartialEq for Locale {
    fn eq(&self, other: &Self) -> bool {
        self.0.id == other.0.id
    }
}
impl Eq for Locale {}

impl std::hash::Hash for Locale {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.0.id.hash(state);
    }
}

impl std::fmt::Debug for Locale {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Locale({})", self.0.id)
    }
}

impl std::fmt::Display for Locale {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.0.id)
    }
}

impl Locale {
    /// The default locale: served without a URL prefix.
    pub fn default_locale() -> Locale {
        Locale(&LOCALES[0])
    }

    /// Every locale, default first.
    pub fn all() -> impl Iterator<Item = Locale> + Clone {
        LOCALES.iter().map(Locale)
    }

    /// The locale whose id (also its content folder and URL segment) is `id`.
    pub fn from_id(id: &str) -> Option<Locale> {
        Locale::all().find(|l| l.id() == id)
    }

    /// The id: `en`, `zh-hans`.
    pub fn id(self) -> &'static str {
        self.0.id
    }

    /// Everything this locale defines.
    pub fn info(self) -> &'static LocaleInfo {
        self.0
    }

    /// Interface strings.
    pub fn ui(self) -> &'static UiText {
        &self.0.ui
    }

    /// The words of the pages rendered at build time.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn text(self) -> &'static PageText {
        &self.0.text
    }

    /// Whether this is the default locale.
    pub fn is_default(self) -> bool {
        self == Locale::default_locale()
    }

    /// The URL path prefix: empty for the default locale, else `/{id}`.
    pub fn path_prefix(self) -> String {
        if self.is_default() {
            String::new()
        } else {
            format!("/{}", self.id())
        }
    }

    /// The section that a heading written in this locale stands for.
    pub fn section_for_heading(self, heading: &str) -> Option<Section> {
        let heading = heading.trim();
        self.0
            .headings
            .iter()
            .find(|(text, _)| text.eq_ignore_ascii_case(heading))
            .map(|(_, s)| *s)
    }

    /// The heading this locale shows for a section.
    pub fn heading(self, section: Section) -> &'static str {
        self.0
            .headings
            .iter()
            .find(|(_, s)| *s == section)
            .map(|(text, _)| *text)
            .expect("every locale names every section (checked by tests/locale.rs)")
    }
}

/// Everything one locale defines.
pub struct LocaleInfo {
    /// Folder under `content/` and URL segment: `en`, `zh-hans`.
    pub id: &'static str,
    /// BCP 47 tag for `<html lang>`.
    pub html_lang: &'static str,
    /// The language's name in itself, for the language switch.
    pub native_name: &'static str,
    /// Heading text that authors write, and the section each stands for.
    pub headings: &'static [(&'static str, Section)],
    /// Interface strings.
    pub ui: UiText,
    /// The words of the pages rendered at build time.
    #[cfg(not(target_arch = "wasm32"))]
    pub text: PageText,
}

/// Every interface string of one locale. Strings with `{name}` holes are
/// filled with [`fill`].
pub struct UiText {
    /// Short site description shown beside the logo.
    pub tagline: &'static str,
    /// `<meta name=description>` of the home page.
    pub home_description: &'static str,
    /// Label of the search box.
    pub search_label: &'static str,
    /// Placeholder of the search box.
    pub search_placeholder: &'static str,
    /// Button that submits the search form.
    pub search_submit: &'static str,
    /// Shown while the search data loads.
    pub search_loading: &'static str,
    /// Shown when nothing matches; `{query}`.
    pub search_no_match: &'static str,
    /// Shown when the search data could not be loaded.
    pub search_failed: &'static str,
    /// `<title>` and heading of the search page.
    pub search_title: &'static str,
    /// Heading above results on the search page; `{query}`.
    pub search_results_for: &'static str,
    /// Search page text shown when there is no query (or no script).
    pub search_help: &'static str,
    /// Label of the language switch.
    pub language_label: &'static str,
    /// Link text back to the list of all codes.
    pub all_codes: &'static str,
    /// "Skip to content" link for keyboard users.
    pub skip_to_content: &'static str,
    /// `<title>` and heading of the not-found page.
    pub not_found_title: &'static str,
    /// Not-found explanation; `{path}`.
    pub not_found_text: &'static str,
    /// Not-found suggestion when the path names a known code; `{code}`, `{name}`.
    pub not_found_code_hint: &'static str,
    /// Link back to the home page.
    pub go_home: &'static str,
    /// Shown while a page's data is loading.
    pub loading: &'static str,
    /// Shown when a page's data could not be loaded.
    pub load_failed: &'static str,
    /// Link that reloads the page after a failure.
    pub reload: &'static str,
    /// Footer text.
    pub footer: &'static str,
    /// Heading of the list of ranges.
    pub ranges_heading: &'static str,
    /// Text under that heading.
    pub ranges_blurb: &'static str,
    /// A range's short name.
    pub range_name: fn(Range) -> &'static str,
    /// A range in one or two sentences.
    pub range_summary: fn(Range) -> &'static str,
    /// For a number without a page of its own: how to find out what it
    /// means, by range.
    pub range_advice: fn(Range) -> &'static str,
    /// `<title>` of a number's page; `{number}`, `{range}`.
    pub number_title: &'static str,
    /// Kicker of a number's page: "Close code number".
    pub number_kicker: &'static str,
    /// "{number} is in {low}–{high}: {range}."
    pub number_in_range: &'static str,
    /// Heading of the list of services that define a number; `{number}`.
    pub number_meanings: &'static str,
    /// Shown when no known service defines a number; `{number}`.
    pub number_no_meaning: &'static str,
    /// Heading of the advice on a number's page; `{number}`.
    pub number_find_out: &'static str,
    /// Link to the range page; `{low}`, `{high}`.
    pub see_range: &'static str,
}

/// The words of the pages rendered at build time (home, codes, comparisons,
/// services, ranges). Only the native build has them: the browser bundle
/// never renders those pages, so it does not carry their words.
#[cfg(not(target_arch = "wasm32"))]
pub struct PageText {
    /// `<title>` of the home page.
    pub home_title: &'static str,
    /// Heading of the home page.
    pub home_heading: &'static str,
    /// The paragraph under the home heading.
    pub home_intro: &'static str,
    /// Title and one-line explanation of each home group.
    pub group_title: fn(Group) -> &'static str,
    /// One-line explanation of each home group.
    pub group_blurb: fn(Group) -> &'static str,
    /// `<title>` of a code page; `{code}`, `{name}`.
    pub code_title: &'static str,
    /// Small label above a code's number: "WebSocket close code".
    pub code_kicker: &'static str,
    /// Heading of the facts panel.
    pub facts_heading: &'static str,
    /// Facts panel label: may it be sent in a Close frame.
    pub fact_on_wire: &'static str,
    /// Facts panel label: may a browser pass it to close().
    pub fact_browser_close: &'static str,
    /// Facts panel label: who usually sends it.
    pub fact_sent_by: &'static str,
    /// Facts panel label: reconnect advice.
    pub fact_reconnect: &'static str,
    /// Facts panel label: defining references.
    pub fact_references: &'static str,
    /// Facts value: yes, may be sent in a Close frame.
    pub on_wire_yes: &'static str,
    /// Facts value: no, only reported locally or reserved.
    pub on_wire_no: &'static str,
    /// Facts value: browser close() accepts it.
    pub browser_close_yes: &'static str,
    /// Facts value: browser close() throws.
    pub browser_close_no: &'static str,
    /// Facts value for each sender.
    pub sent_by: fn(SentBy) -> &'static str,
    /// Facts value for each reconnect advice.
    pub reconnect: fn(Reconnect) -> &'static str,
    /// Heading of the "compare with" list on a code page; `{code}`.
    pub compare_with: &'static str,
    /// `<title>` of a comparison page; `{a}`, `{a_name}`, `{b}`, `{b_name}`.
    pub compare_title: &'static str,
    /// `<meta name=description>` of a comparison page; `{a}`, `{b}`.
    pub compare_description: &'static str,
    /// Link from a comparison column to the full code page; `{code}`.
    pub read_full_page: &'static str,
    /// Home: heading of the list of services.
    pub services_heading: &'static str,
    /// Home: text under that heading.
    pub services_blurb: &'static str,
    /// `<title>` of a range page; `{low}`, `{high}`, `{name}`.
    pub range_title: &'static str,
    /// Heading above the codes of a range page.
    pub range_codes_heading: &'static str,
    /// Kicker of a service's code page; `{service}`.
    pub service_kicker: &'static str,
    /// Facts panel label: the standard codes a service code is like.
    pub fact_like: &'static str,
    /// Facts panel label: the service that defines the code.
    pub fact_service: &'static str,
    /// Link to every code of a service; `{service}`.
    pub service_all_codes: &'static str,
    /// Link to every meaning of a number; `{number}`.
    pub other_meanings: &'static str,
    /// `<title>` and heading of a service's page; `{service}`.
    pub namespace_title: &'static str,
    /// Heading of the list of a service's codes.
    pub namespace_codes: &'static str,
    /// On a code page: heading of the services that also use the number;
    /// `{number}`.
    pub also_used_by: &'static str,
    /// Heading of the table of library constants.
    pub libraries_heading: &'static str,
    /// Table header: the library.
    pub library_column: &'static str,
    /// Table header: its name for the code.
    pub constant_column: &'static str,
    /// Heading of the table of library error messages.
    pub errors_heading: &'static str,
    /// Table header: the message.
    pub message_column: &'static str,
    /// Marks a fact that differs between two compared codes.
    pub differs: &'static str,
}

/// Fills `{key}` holes in an interface or phrase template.
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
                    Some((_, v)) => out.push_str(v),
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

/// The table of locales. The first entry is the default.
pub static LOCALES: [LocaleInfo; 2] = [
    LocaleInfo {
        id: "en",
        html_lang: "en",
        native_name: "English",
        headings: &[
            ("Description", Section::Description),
            ("When you see it", Section::WhenYouSeeIt),
            ("How to fix", Section::HowToFix),
            ("Key differences", Section::KeyDifferences),
            ("When to use which", Section::WhenToUseWhich),
        ],
        ui: UiText {
            tagline: "WebSocket close codes, explained",
            home_description: "Every WebSocket close code from 1000 to 1015: what it means, who \
                sends it, whether to reconnect and how to fix it.",
            search_label: "Search close codes",
            search_placeholder: "e.g. 1006 or policy",
            search_submit: "Go",
            search_loading: "Loading…",
            search_no_match: "No close code matches “{query}”.",
            search_failed: "Search is unavailable right now. Try again later.",
            search_title: "Search",
            search_results_for: "Results for “{query}”",
            search_help: "Type a close code number (such as 1006) or part of its name (such as \
                abnormal) into the search box. Every code is listed below.",
            language_label: "Language",
            all_codes: "All codes",
            skip_to_content: "Skip to content",
            not_found_title: "Page not found",
            not_found_text: "There is no page at {path}.",
            not_found_code_hint: "Looking for close code {code}, {name}?",
            go_home: "See every close code",
            loading: "Loading…",
            load_failed: "This page could not be loaded. Check your connection and try again.",
            reload: "Reload",
            footer: "Written from RFC 6455, the WHATWG WebSockets Standard and the IANA registry.",
            ranges_heading: "Every number",
            ranges_blurb: "Any number you meet falls in one of these ranges, and the range tells \
                you who defines it.",
            range_name: |r| match r {
                Range::Unused => "Not used",
                Range::Protocol => "Reserved for the protocol",
                Range::Registered => "Registered with IANA",
                Range::Private => "Private use",
                Range::Invalid => "Not valid close codes",
            },
            range_summary: |r| match r {
                Range::Unused => {
                    "RFC 6455 does not use 0-999. No endpoint should send one, and \
                    libraries refuse to."
                }
                Range::Protocol => {
                    "Reserved for RFC 6455, its revisions and extensions. Only \
                    1000-1015 are assigned."
                }
                Range::Registered => {
                    "For libraries, frameworks and applications, registered with \
                    IANA first come, first served."
                }
                Range::Private => {
                    "For private use. They cannot be registered: the two ends agree \
                    on what each one means."
                }
                Range::Invalid => {
                    "Not a valid close code. No endpoint may send it and browsers \
                    refuse it in close(); 65535 is the largest number a Close frame can carry."
                }
            },
            range_advice: |r| match r {
                Range::Unused | Range::Invalid => {
                    "No correct endpoint sends this number. If you \
                    received it, the peer's WebSocket implementation is broken, or something \
                    between your code and the socket reports its own errors as numbers: look at \
                    the raw close frame or the library's source."
                }
                Range::Protocol => {
                    "No standard assigns this number, so a peer that sends it is \
                    broken; most libraries treat it as a protocol error and answer with 1002. \
                    Check which software sent it and file a bug there."
                }
                Range::Registered => {
                    "Only the registry gives numbers in this range a public \
                    meaning, and some libraries use them without registering. Read the reason \
                    that came with the close, then the documentation of the server or library \
                    you talk to."
                }
                Range::Private => {
                    "Only the service you are connected to knows what this number \
                    means. Read the reason that came with the close (servers often explain \
                    themselves there), then search the service's documentation for its close \
                    codes."
                }
            },
            number_title: "Close code {number}: {range}",
            number_kicker: "WebSocket close code number",
            number_in_range: "{number} is in the range {low}-{high}: {range}.",
            number_meanings: "What {number} means to the services we know",
            number_no_meaning: "No service we know of defines {number}.",
            number_find_out: "How to find out what {number} means for you",
            see_range: "All about the range {low}-{high}",
        },
        #[cfg(not(target_arch = "wasm32"))]
        text: PageText {
            home_title: "WebSocket close codes: meaning, cause and fix",
            home_heading: "WebSocket close codes",
            home_intro: "Your socket closed with a number. Find it below to learn what it means, \
                who sent it, whether to reconnect and how to fix it.",
            group_title: |g| match g {
                Group::Normal => "Normal closes",
                Group::PeerError => "Errors the peer sent",
                Group::Temporary => "Restarts, overload and gateways",
                Group::LocalOnly => "Reported locally, never sent",
                Group::Registered => "Registered with IANA",
                Group::Application => "Defined by a service",
            },
            group_blurb: |g| match g {
                Group::Normal => "The connection ended on purpose.",
                Group::PeerError => {
                    "One endpoint found a problem and closed the connection with a status code."
                }
                Group::Temporary => {
                    "The server side cannot serve you right now; trying again later usually works."
                }
                Group::LocalOnly => {
                    "Reserved numbers that your own library reports (or nobody uses). They never \
                     travel in a Close frame."
                }
                Group::Registered => {
                    "Codes in 3000-3999 that libraries and frameworks registered with IANA, each \
                     with one public meaning."
                }
                Group::Application => "A code that one service defines for its own protocol.",
            },
            code_title: "{code} {name}: WebSocket close code",
            code_kicker: "WebSocket close code",
            facts_heading: "Facts",
            fact_on_wire: "In a Close frame",
            fact_browser_close: "Browser close()",
            fact_sent_by: "Usually sent by",
            fact_reconnect: "Reconnect",
            fact_references: "Defined in",
            on_wire_yes: "May be sent",
            on_wire_no: "Never sent: reported locally or reserved",
            browser_close_yes: "Allowed",
            browser_close_no: "Throws InvalidAccessError",
            sent_by: |s| match s {
                SentBy::Client => "The client",
                SentBy::Server => "The server",
                SentBy::Either => "Either endpoint",
                SentBy::Intermediary => "A gateway or proxy",
                SentBy::LocalLibrary => "Nobody: your own library reports it",
                SentBy::Nobody => "Nobody: the number is reserved",
            },
            reconnect: |r| match r {
                Reconnect::NotNeeded => "Not needed: the close was intended",
                Reconnect::Immediately => "At once",
                Reconnect::Backoff => "Yes, with backoff",
                Reconnect::AfterFix => "Not until the cause is fixed",
            },
            compare_with: "Compare {code} with",
            compare_title: "{a} {a_name} vs {b} {b_name}: WebSocket close codes compared",
            compare_description: "How WebSocket close codes {a} and {b} differ, and when to use \
                which.",
            read_full_page: "Full page for {code}",
            services_heading: "Services with codes of their own",
            services_blurb: "A code in 4000-4999 (and sometimes 3000-3999) means whatever the \
                service you are connected to says it means. These services document theirs.",
            range_title: "Close codes {low}-{high}: {name}",
            range_codes_heading: "Codes in this range",
            service_kicker: "{service} close code",
            fact_like: "Similar standard codes",
            fact_service: "Defined by",
            service_all_codes: "All {service} close codes",
            other_meanings: "Every meaning of {number}",
            namespace_title: "{service} close codes",
            namespace_codes: "Codes",
            also_used_by: "{number} in services",
            libraries_heading: "Names in libraries",
            library_column: "Library",
            constant_column: "Name",
            errors_heading: "Error messages",
            message_column: "Message",
            differs: "differs",
        },
    },
    LocaleInfo {
        id: "zh-hans",
        html_lang: "zh-Hans",
        native_name: "简体中文",
        headings: &[
            ("描述", Section::Description),
            ("何时出现", Section::WhenYouSeeIt),
            ("如何修复", Section::HowToFix),
            ("主要区别", Section::KeyDifferences),
            ("何时使用哪个", Section::WhenToUseWhich),
        ],
        ui: UiText {
            tagline: "WebSocket 关闭码详解",
            home_description: "从 1000 到 1015 的每个 WebSocket 关闭码：含义、由谁发送、\
                是否重连、如何修复。",
            search_label: "搜索关闭码",
            search_placeholder: "例如 1006 或 策略",
            search_submit: "前往",
            search_loading: "加载中…",
            search_no_match: "没有与“{query}”匹配的关闭码。",
            search_failed: "搜索暂时不可用，请稍后再试。",
            search_title: "搜索",
            search_results_for: "“{query}”的搜索结果",
            search_help:
                "在搜索框中输入关闭码数字（例如 1006）或名称的一部分（例如 abnormal、异常）。\
                下面列出了所有关闭码。",
            language_label: "语言",
            all_codes: "全部关闭码",
            skip_to_content: "跳到正文",
            not_found_title: "页面不存在",
            not_found_text: "{path} 处没有页面。",
            not_found_code_hint: "你要找的是关闭码 {code}（{name}）吗？",
            go_home: "查看所有关闭码",
            loading: "加载中…",
            load_failed: "无法加载此页面。请检查网络连接后重试。",
            reload: "重新加载",
            footer: "内容依据 RFC 6455、WHATWG WebSockets 标准和 IANA 注册表编写。",
            ranges_heading: "所有数字",
            ranges_blurb: "你遇到的任何数字都落在以下某个范围内，而范围决定了由谁来定义它。",
            range_name: |r| match r {
                Range::Unused => "未使用",
                Range::Protocol => "为协议保留",
                Range::Registered => "在 IANA 注册",
                Range::Private => "私有使用",
                Range::Invalid => "无效的关闭码",
            },
            range_summary: |r| match r {
                Range::Unused => {
                    "RFC 6455 不使用 0–999。任何端点都不应发送它们，各个库也会拒绝发送。"
                }
                Range::Protocol => "为 RFC 6455、其修订版和扩展保留。只有 1000–1015 已被分配。",
                Range::Registered => "供库、框架和应用使用，在 IANA 按先到先得的方式注册。",
                Range::Private => "供私有使用，不能注册：由通信双方约定每个数字的含义。",
                Range::Invalid => {
                    "不是有效的关闭码。任何端点都不得发送，浏览器的 close() 也会拒绝；\
                    关闭帧最多只能携带 65535。"
                }
            },
            range_advice: |r| match r {
                Range::Unused | Range::Invalid => {
                    "正确的端点不会发送这个数字。如果你收到了它，\
                    要么对端的 WebSocket 实现有缺陷，要么你的代码和套接字之间的某一层把它自己的错误\
                    报告成了数字：请查看原始的关闭帧或库的源代码。"
                }
                Range::Protocol => {
                    "没有任何标准分配这个数字，因此发送它的对端是有缺陷的；\
                    大多数库会把它当作协议错误并回复 1002。请查明是哪个软件发送的，并向它报告问题。"
                }
                Range::Registered => {
                    "这个范围内只有注册表中的数字才有公开的含义，而有些库未经注册就使用它们。\
                    请先阅读关闭时附带的 reason，再查阅你所连接的服务器或所用库的文档。"
                }
                Range::Private => {
                    "只有你所连接的服务知道这个数字的含义。请先阅读关闭时附带的 reason\
                    （服务器常在其中说明原因），再在该服务的文档中查找它的关闭码。"
                }
            },
            number_title: "关闭码 {number}：{range}",
            number_kicker: "WebSocket 关闭码数字",
            number_in_range: "{number} 位于 {low}–{high} 范围内：{range}。",
            number_meanings: "{number} 在已知服务中的含义",
            number_no_meaning: "我们所知的服务中没有定义 {number} 的。",
            number_find_out: "如何弄清 {number} 对你意味着什么",
            see_range: "关于 {low}–{high} 范围的一切",
        },
        #[cfg(not(target_arch = "wasm32"))]
        text: PageText {
            home_title: "WebSocket 关闭码：含义、原因与修复",
            home_heading: "WebSocket 关闭码",
            home_intro: "你的连接带着一个数字关闭了。在下面找到它，了解它的含义、由谁发送、\
                是否应该重连，以及如何修复。",
            group_title: |g| match g {
                Group::Normal => "正常关闭",
                Group::PeerError => "对端发送的错误",
                Group::Temporary => "重启、过载与网关",
                Group::LocalOnly => "仅在本地报告，从不发送",
                Group::Registered => "在 IANA 注册的关闭码",
                Group::Application => "由服务定义",
            },
            group_blurb: |g| match g {
                Group::Normal => "连接是有意结束的。",
                Group::PeerError => "一端发现了问题，并带着状态码关闭了连接。",
                Group::Temporary => "服务器一侧暂时无法提供服务，稍后重试通常就能成功。",
                Group::LocalOnly => {
                    "保留的数字，由你自己的库在本地报告（或根本无人使用），从不出现在关闭帧中。"
                }
                Group::Registered => {
                    "3000–3999 中由库和框架在 IANA 注册的关闭码，每个都有公开的含义。"
                }
                Group::Application => "某个服务为自己的协议定义的关闭码。",
            },
            code_title: "{code} {name}：WebSocket 关闭码",
            code_kicker: "WebSocket 关闭码",
            facts_heading: "要点",
            fact_on_wire: "能否出现在关闭帧中",
            fact_browser_close: "浏览器 close()",
            fact_sent_by: "通常由谁发送",
            fact_reconnect: "是否重连",
            fact_references: "定义出处",
            on_wire_yes: "可以发送",
            on_wire_no: "从不发送：仅在本地报告或为保留值",
            browser_close_yes: "允许",
            browser_close_no: "抛出 InvalidAccessError",
            sent_by: |s| match s {
                SentBy::Client => "客户端",
                SentBy::Server => "服务器",
                SentBy::Either => "任意一端",
                SentBy::Intermediary => "网关或代理",
                SentBy::LocalLibrary => "无人发送：由你自己的库报告",
                SentBy::Nobody => "无人发送：该数字为保留值",
            },
            reconnect: |r| match r {
                Reconnect::NotNeeded => "不需要：关闭是有意的",
                Reconnect::Immediately => "立即重连",
                Reconnect::Backoff => "重连，并使用退避",
                Reconnect::AfterFix => "先修复原因，再重连",
            },
            compare_with: "将 {code} 与以下关闭码对比",
            compare_title: "{a} {a_name} 与 {b} {b_name}：WebSocket 关闭码对比",
            compare_description: "WebSocket 关闭码 {a} 与 {b} 有何不同，以及何时使用哪个。",
            read_full_page: "查看 {code} 的完整页面",
            services_heading: "定义了自己关闭码的服务",
            services_blurb:
                "4000–4999（有时也包括 3000–3999）中的关闭码，含义由你所连接的服务决定。\
                以下服务公开了它们的关闭码。",
            range_title: "关闭码 {low}–{high}：{name}",
            range_codes_heading: "此范围内的关闭码",
            service_kicker: "{service} 关闭码",
            fact_like: "类似的标准关闭码",
            fact_service: "定义者",
            service_all_codes: "{service} 的全部关闭码",
            other_meanings: "{number} 的所有含义",
            namespace_title: "{service} 关闭码",
            namespace_codes: "关闭码",
            also_used_by: "服务中的 {number}",
            libraries_heading: "各个库中的名称",
            library_column: "库",
            constant_column: "名称",
            errors_heading: "错误信息",
            message_column: "信息",
            differs: "不同",
        },
    },
];
