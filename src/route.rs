//! The URL scheme: every route of the site, how to build its URL and how to
//! read a path back.
//!
//! URLs are a public contract (error messages link to them), so this is the
//! only place that knows their shape:
//!
//! | page | default locale | other locales |
//! |---|---|---|
//! | home | `/` | `/zh-hans/` |
//! | a number (any close code) | `/1008/`, `/4004/`, `/2500/` | `/zh-hans/1008/` |
//! | two codes compared | `/compare/1008-vs-1014/` | `/zh-hans/compare/1008-vs-1014/` |
//! | a service and its codes | `/discord-gateway/` | `/zh-hans/discord-gateway/` |
//! | one code of a service | `/discord-gateway/4004/` | `/zh-hans/discord-gateway/4004/` |
//! | a range of numbers | `/ranges/4000-4999/` | `/zh-hans/ranges/4000-4999/` |
//! | what readers observe | `/symptoms/`, `/symptoms/{slug}/` | `/ja/symptoms/{slug}/` |
//! | guides | `/guides/`, `/guides/{slug}/` | `/ar/guides/{slug}/` |
//! | search | `/search/?q=…` | `/zh-hans/search/?q=…` |
//! | tools | `/tools/`, `/tools/close-frame/?frame=…` | `/ko/tools/log/` |
//! | which code to send | `/tools/which-code/{situation}/` | `/ja/tools/which-code/too-big/` |
//!
//! The lower code comes first in a comparison URL; the reversed URL redirects
//! to it. Every page URL ends in `/` so that it maps to `…/index.html` on any
//! static host.

use crate::locale::Locale;
use crate::model::Range;
use crate::tools::which_code::Situation;
use crate::tools::Tool;

/// What a page shows, independent of its language.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Route {
    /// The list of every code.
    Home,
    /// Whatever is known about a number: the code's own page for the
    /// protocol's and IANA's codes, otherwise its range and every service
    /// meaning.
    Number(u32),
    /// Two codes side by side; the lower code first.
    Compare(u16, u16),
    /// A service and its codes.
    Namespace(String),
    /// One code of a service.
    ServiceCode(String, u16),
    /// A range of numbers.
    Range(Range),
    /// The list of symptoms.
    Symptoms,
    /// What readers observe, and what causes it.
    Symptom(String),
    /// The list of guides.
    Guides,
    /// A guide.
    Guide(String),
    /// The search page.
    Search,
    /// The list of tools.
    Tools,
    /// A tool.
    Tool(Tool),
    /// The code to send in a situation.
    WhichCode(Situation),
}

/// URL segments that are not service ids: the site's own sections, those
/// in use and those planned, so that no service can take one.
pub const RESERVED_SEGMENTS: &[&str] = &[
    "compare", "ranges", "search", "api", "guides", "symptoms", "tools",
];

/// Whether `slug` can name a page in a URL (a symptom, a guide): lowercase
/// words and numbers joined by hyphens.
pub fn is_slug(slug: &str) -> bool {
    slug.starts_with(|c: char| c.is_ascii_lowercase() || c.is_ascii_digit())
        && slug
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !slug.ends_with('-')
        && !slug.contains("--")
}

/// Whether `id` can be a service id (and so a URL segment): a slug that
/// starts with a letter, and not a reserved segment or a locale id.
pub fn is_namespace_id(id: &str) -> bool {
    id.starts_with(|c: char| c.is_ascii_lowercase())
        && is_slug(id)
        && !RESERVED_SEGMENTS.contains(&id)
        && Locale::from_id(id).is_none()
}

/// A route in a locale: one page of the site.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Page {
    /// The language of the page.
    pub locale: Locale,
    /// What it shows.
    pub route: Route,
}

impl Page {
    /// The canonical URL path of this page.
    pub fn url(&self) -> String {
        url(self.locale, &self.route)
    }

    /// The same page in another locale.
    pub fn in_locale(&self, locale: Locale) -> Page {
        Page {
            locale,
            route: self.route.clone(),
        }
    }
}

/// What a path leads to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Resolved {
    /// A page of the site (which may still turn out to have no data, e.g.
    /// `/1234/`: only the content knows which codes exist).
    Page(Page),
    /// A known page written in a non-canonical way: go to this URL instead.
    Redirect(String),
    /// Nothing here.
    NotFound(Locale),
}

/// The canonical URL path of a route in a locale.
pub fn url(locale: Locale, route: &Route) -> String {
    let prefix = locale.path_prefix();
    match route {
        Route::Home => format!("{prefix}/"),
        Route::Number(number) => format!("{prefix}/{number}/"),
        Route::Compare(a, b) => {
            let (low, high) = if a <= b { (a, b) } else { (b, a) };
            format!("{prefix}/compare/{low}-vs-{high}/")
        }
        Route::Namespace(id) => format!("{prefix}/{id}/"),
        Route::ServiceCode(id, code) => format!("{prefix}/{id}/{code}/"),
        Route::Range(range) => format!("{prefix}/ranges/{}/", range.slug()),
        Route::Symptoms => format!("{prefix}/symptoms/"),
        Route::Symptom(slug) => format!("{prefix}/symptoms/{slug}/"),
        Route::Guides => format!("{prefix}/guides/"),
        Route::Guide(slug) => format!("{prefix}/guides/{slug}/"),
        Route::Search => format!("{prefix}/search/"),
        Route::Tools => format!("{prefix}/tools/"),
        Route::Tool(tool) => format!("{prefix}/tools/{}/", tool.id()),
        Route::WhichCode(situation) => format!(
            "{prefix}/tools/{}/{}/",
            Tool::WhichCode.id(),
            situation.id()
        ),
    }
}

/// The URL of a number's page (a close code's own page where it has one).
pub fn code_url(locale: Locale, code: impl Into<u32>) -> String {
    url(locale, &Route::Number(code.into()))
}

/// The URL of a service's code.
pub fn service_code_url(locale: Locale, namespace: &str, code: u16) -> String {
    url(locale, &Route::ServiceCode(namespace.to_string(), code))
}

/// The URL of a service's page.
pub fn namespace_url(locale: Locale, namespace: &str) -> String {
    url(locale, &Route::Namespace(namespace.to_string()))
}

/// The URL of a range's page.
pub fn range_url(locale: Locale, range: Range) -> String {
    url(locale, &Route::Range(range))
}

/// The canonical URL comparing two codes, in either order.
pub fn compare_url(locale: Locale, a: u16, b: u16) -> String {
    url(locale, &Route::Compare(a, b))
}

/// The URL of the search page for a query.
pub fn search_url(locale: Locale, query: &str) -> String {
    let base = url(locale, &Route::Search);
    if query.is_empty() {
        base
    } else {
        format!("{base}?q={}", encode_query(query))
    }
}

/// The not-found page of a locale, as static hosts serve it at unknown
/// paths: `/404.html`, `/ja/404.html`. Its data also gives the browser the
/// locale's strings where a host serves the default one.
pub fn not_found_url(locale: Locale) -> String {
    format!("{}/404.html", locale.path_prefix())
}

/// The page that hosts with rewrite rules serve for every number without a
/// page of its own (`deploy/`): `/number.html`, `/ja/number.html`. The
/// browser renders the number's page over it; without script it lists the
/// ranges, which is true whatever the number.
pub fn number_page_url(locale: Locale) -> String {
    format!("{}/number.html", locale.path_prefix())
}

/// The share card of one of the site's own codes (`namespace` `None`) or
/// of a service's code: `/cards/1006.png`, `/cards/discord-gateway/4004.png`.
pub fn card_url(namespace: Option<&str>, code: u16) -> String {
    match namespace {
        Some(id) => format!("/cards/{id}/{code}.png"),
        None => format!("/cards/{code}.png"),
    }
}

/// The share card of every page that is not one code's.
pub const SITE_CARD_URL: &str = "/cards/closecodes.png";

/// The JSON API, version 1 (documented in the README): every code, one
/// of the site's own codes, one of a service's codes, the JSON Schema.
pub mod api {
    /// Every code of every namespace.
    pub const CODES: &str = "/api/v1/codes.json";
    /// The JSON Schema of every file.
    pub const SCHEMA: &str = "/api/v1/schema.json";

    /// One code: `/api/v1/codes/1006.json` for the protocol's and IANA's
    /// codes, `/api/v1/discord-gateway/4004.json` for a service's.
    pub fn code(namespace: Option<&str>, code: u16) -> String {
        match namespace {
            Some(id) => format!("/api/v1/{id}/{code}.json"),
            None => format!("/api/v1/codes/{code}.json"),
        }
    }
}

/// The sitemap index, which lists one sitemap per locale.
pub const SITEMAP_URL: &str = "/sitemap.xml";

/// A locale's sitemap, or its `part`th file where it needs more than one:
/// `/sitemaps/ja.xml`, `/sitemaps/ja-2.xml`.
pub fn locale_sitemap_url(locale: Locale, part: usize) -> String {
    match part {
        0 | 1 => format!("/sitemaps/{}.xml", locale.id()),
        n => format!("/sitemaps/{}-{n}.xml", locale.id()),
    }
}

/// A locale's OpenSearch description: `/opensearch.xml`, `/ja/opensearch.xml`.
pub fn opensearch_url(locale: Locale) -> String {
    format!("{}/opensearch.xml", locale.path_prefix())
}

/// A file of a locale's search index, named by `name`:
/// `/ja/search/3f9a2c1b.txt`.
pub fn search_index_url(locale: Locale, name: &str) -> String {
    format!("{}/search/{name}.txt", locale.path_prefix())
}

/// Where the file for a URL lives in the built site, relative to its root:
/// `1008/index.html` for the page `/1008/`, `ja/404.html` for a file.
pub fn site_path(url: &str) -> String {
    let path = url.trim_start_matches('/');
    if path.is_empty() || path.ends_with('/') {
        format!("{path}index.html")
    } else {
        path.to_string()
    }
}

/// Percent-encodes a query value (RFC 3986 unreserved characters stay).
pub fn encode_query(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for byte in value.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(byte as char)
            }
            b' ' => out.push('+'),
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}

/// Decodes a percent-encoded query value (`+` is a space). Invalid escapes
/// are kept as written; invalid UTF-8 is replaced.
pub fn decode_query(value: &str) -> String {
    let bytes = value.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => {
                let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).ok();
                match hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
                    Some(b) => {
                        out.push(b);
                        i += 3;
                        continue;
                    }
                    None => out.push(b'%'),
                }
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Reads the value of `key` from a query string such as `?q=1006&x=1`.
pub fn query_param(search: &str, key: &str) -> Option<String> {
    search
        .trim_start_matches('?')
        .split('&')
        .filter_map(|pair| pair.split_once('=').or(Some((pair, ""))))
        .find(|(k, _)| *k == key)
        .map(|(_, v)| decode_query(v))
}

/// Reads a URL path (without query or fragment) back into a page. The path
/// may be percent-encoded, as browsers send it; digits of any script
/// (`/１００６/`) read as the number, and redirect to its canonical URL.
pub fn resolve(path: &str) -> Resolved {
    let path = path.split(['?', '#']).next().unwrap_or("");
    // `/1008/index.html` is the same file as `/1008/`; the canonical check
    // below turns it into a redirect.
    let trimmed = path.strip_suffix("index.html").unwrap_or(path);
    let decoded = decode_path(trimmed);
    let mut segments: Vec<&str> = decoded.split('/').filter(|s| !s.is_empty()).collect();

    // A prefix naming the default locale (`/en/1008/`) is not canonical but
    // clearly meant: it redirects below because the canonical URL differs.
    let locale = match segments.first().and_then(|s| Locale::from_id(s)) {
        Some(locale) => {
            segments.remove(0);
            locale
        }
        None => Locale::default_locale(),
    };

    let route = match segments.as_slice() {
        [] => Some(Route::Home),
        ["search"] => Some(Route::Search),
        [number] if number.bytes().all(|b| b.is_ascii_digit()) => {
            parse_number(number).map(Route::Number)
        }
        ["compare", pair] => parse_pair(pair).map(|(a, b)| Route::Compare(a, b)),
        ["ranges", slug] => Range::from_slug(slug).map(Route::Range),
        ["symptoms"] => Some(Route::Symptoms),
        ["symptoms", slug] if is_slug(slug) => Some(Route::Symptom(slug.to_string())),
        ["guides"] => Some(Route::Guides),
        ["guides", slug] if is_slug(slug) => Some(Route::Guide(slug.to_string())),
        ["tools"] => Some(Route::Tools),
        ["tools", tool] => Tool::from_id(tool).map(Route::Tool),
        ["tools", tool, situation] if *tool == Tool::WhichCode.id() => {
            Situation::from_id(situation).map(Route::WhichCode)
        }
        [id] if is_namespace_id(id) => Some(Route::Namespace(id.to_string())),
        [id, number] if is_namespace_id(id) => {
            parse_code(number).map(|code| Route::ServiceCode(id.to_string(), code))
        }
        _ => None,
    };
    let Some(route) = route else {
        return Resolved::NotFound(locale);
    };

    let canonical = url(locale, &route);
    let as_written = if path.ends_with('/') {
        path.to_string()
    } else {
        format!("{path}/")
    };
    if as_written == canonical {
        Resolved::Page(Page { locale, route })
    } else {
        Resolved::Redirect(canonical)
    }
}

/// A path with its percent escapes decoded and the digits of every script
/// (full-width, Devanagari, Arabic-Indic…) made ASCII. Unlike a query, `+`
/// stays a plus.
fn decode_path(path: &str) -> String {
    decode_query(&path.replace('+', "%2B"))
        .chars()
        .map(|c| crate::fold::ascii_digit(c).unwrap_or(c))
        .collect()
}

/// The digits of a path that names a number too long to read
/// (`/12345678901/`), which can no more be a close code than `/70000/`.
pub fn too_long_number(path: &str) -> Option<String> {
    let decoded = decode_path(path.split(['?', '#']).next().unwrap_or(""));
    let mut segments: Vec<&str> = decoded.split('/').filter(|s| !s.is_empty()).collect();
    if segments
        .first()
        .is_some_and(|s| Locale::from_id(s).is_some())
    {
        segments.remove(0);
    }
    match segments.as_slice() {
        [digits] if digits.len() > 9 && digits.bytes().all(|b| b.is_ascii_digit()) => {
            Some(digits.trim_start_matches('0').to_string()).filter(|d| d.len() > 9)
        }
        _ => None,
    }
}

/// A close code as written in a URL segment: digits only, and a value
/// that fits in the two bytes of a Close frame.
fn parse_code(segment: &str) -> Option<u16> {
    parse_number(segment).and_then(|n| u16::try_from(n).ok())
}

/// Any number as written in a URL segment: digits only, at most nine.
fn parse_number(segment: &str) -> Option<u32> {
    if segment.is_empty() || segment.len() > 9 || !segment.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    segment.parse().ok()
}

/// `1008-vs-1014` as two distinct codes, in the order written.
fn parse_pair(segment: &str) -> Option<(u16, u16)> {
    let (a, b) = segment.split_once("-vs-")?;
    let (a, b) = (parse_code(a)?, parse_code(b)?);
    (a != b).then_some((a, b))
}

/// Finds close-code-like numbers anywhere in a path, for the not-found page
/// ("did you mean 1008?"). Digits of any script count (`/１００６/`).
pub fn code_in_path(path: &str) -> Vec<u16> {
    let digits: String = decode_query(path)
        .chars()
        .map(|c| crate::fold::ascii_digit(c).unwrap_or(c))
        .collect();
    digits
        .split(|c: char| !c.is_ascii_digit())
        .filter(|s| (3..=5).contains(&s.len()))
        .filter_map(|s| s.parse().ok())
        .collect()
}

impl Route {
    /// The route's URL in the default locale: how data files name a page
    /// without saying which language it is read in.
    pub fn path(&self) -> String {
        url(Locale::DEFAULT, self)
    }

    /// The route whose default-locale URL is `path`.
    pub fn from_path(path: &str) -> Option<Route> {
        match resolve(path) {
            Resolved::Page(page) if page.locale.is_default() => Some(page.route),
            _ => None,
        }
    }
}

/// What the content holds, as far as URLs are concerned: the one place
/// that decides which routes have a page.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SiteMap {
    /// The protocol's and IANA's codes, each with a page of its own,
    /// ascending.
    pub codes: Vec<u16>,
    /// Every service with the numbers of its codes, ascending.
    pub namespaces: Vec<(String, Vec<u16>)>,
    /// The symptom pages, by slug.
    pub symptoms: Vec<String>,
    /// The guides, by slug.
    pub guides: Vec<String>,
}

impl SiteMap {
    /// Numbers with a page: the site's own codes and every number that a
    /// service defines, ascending.
    pub fn numbers(&self) -> Vec<u32> {
        let mut numbers: Vec<u32> = self
            .codes
            .iter()
            .chain(self.namespaces.iter().flat_map(|(_, codes)| codes))
            .map(|&c| u32::from(c))
            .collect();
        numbers.sort_unstable();
        numbers.dedup();
        numbers
    }

    /// Whether a route has a page written at build time. Any other number
    /// is still shown, from its range, by the browser.
    pub fn has_page(&self, route: &Route) -> bool {
        let service = |id: &str| self.namespaces.iter().find(|(ns, _)| ns == id);
        match route {
            Route::Home
            | Route::Search
            | Route::Range(_)
            | Route::Symptoms
            | Route::Guides
            | Route::Tools
            | Route::Tool(_)
            | Route::WhichCode(_) => true,
            Route::Symptom(slug) => self.symptoms.contains(slug),
            Route::Guide(slug) => self.guides.contains(slug),
            Route::Number(n) => u16::try_from(*n).is_ok_and(|n| {
                self.codes.contains(&n) || self.namespaces.iter().any(|(_, c)| c.contains(&n))
            }),
            Route::Compare(a, b) => a < b && self.codes.contains(a) && self.codes.contains(b),
            Route::Namespace(id) => service(id).is_some(),
            Route::ServiceCode(id, code) => service(id).is_some_and(|(_, c)| c.contains(code)),
        }
    }

    /// Every route with a page, in the order pages are listed.
    pub fn routes(&self) -> Vec<Route> {
        let mut candidates = vec![Route::Home, Route::Search];
        candidates.extend(self.numbers().into_iter().map(Route::Number));
        for (i, &a) in self.codes.iter().enumerate() {
            candidates.extend(self.codes[i + 1..].iter().map(|&b| Route::Compare(a, b)));
        }
        for (id, codes) in &self.namespaces {
            candidates.push(Route::Namespace(id.clone()));
            candidates.extend(codes.iter().map(|&c| Route::ServiceCode(id.clone(), c)));
        }
        candidates.extend(Range::ALL.map(Route::Range));
        candidates.push(Route::Symptoms);
        candidates.extend(self.symptoms.iter().cloned().map(Route::Symptom));
        candidates.push(Route::Guides);
        candidates.extend(self.guides.iter().cloned().map(Route::Guide));
        candidates.push(Route::Tools);
        candidates.extend(Tool::ALL.map(Route::Tool));
        candidates.extend(Situation::ALL.map(Route::WhichCode));
        candidates.retain(|route| self.has_page(route));
        candidates
    }

    /// Every page of the site: each route in each locale.
    pub fn pages(&self) -> Vec<Page> {
        let routes = self.routes();
        Locale::all()
            .flat_map(|locale| {
                routes.iter().map(move |route| Page {
                    locale,
                    route: route.clone(),
                })
            })
            .collect()
    }

    /// Non-canonical URLs that static files redirect from, with their
    /// targets: every comparison written with the higher code first.
    pub fn redirects(&self) -> Vec<(String, String)> {
        let mut out = Vec::new();
        for locale in Locale::all() {
            for route in self.routes() {
                if let Route::Compare(a, b) = route {
                    out.push((
                        format!("{}/compare/{b}-vs-{a}/", locale.path_prefix()),
                        compare_url(locale, a, b),
                    ));
                }
            }
        }
        out
    }
}
