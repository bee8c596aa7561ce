//! The URL scheme: every route of the site, how to build its URL and how to
//! read a path back.
//!
//! URLs are a public contract (error messages link to them), so this is the
//! only place that knows their shape:
//!
//! | page | default locale | other locales |
//! |---|---|---|
//! | home | `/` | `/zh-hans/` |
//! | a close code | `/1008/` | `/zh-hans/1008/` |
//! | two codes compared | `/compare/1008-vs-1014/` | `/zh-hans/compare/1008-vs-1014/` |
//! | search | `/search/?q=…` | `/zh-hans/search/?q=…` |
//!
//! The lower code comes first in a comparison URL; the reversed URL redirects
//! to it. Every page URL ends in `/` so that it maps to `…/index.html` on any
//! static host.

use crate::locale::Locale;

/// What a page shows, independent of its language.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Route {
    /// The list of every code.
    Home,
    /// One close code.
    Code(u16),
    /// Two codes side by side; the lower code first.
    Compare(u16, u16),
    /// The search page.
    Search,
}

/// A route in a locale: one page of the site.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Page {
    /// The language of the page.
    pub locale: Locale,
    /// What it shows.
    pub route: Route,
}

impl Page {
    /// The canonical URL path of this page.
    pub fn url(self) -> String {
        url(self.locale, self.route)
    }

    /// Where the page's data is published for client-side navigation.
    pub fn data_url(self) -> String {
        format!("{}page.json", self.url())
    }

    /// The same page in another locale.
    pub fn in_locale(self, locale: Locale) -> Page {
        Page {
            locale,
            route: self.route,
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
pub fn url(locale: Locale, route: Route) -> String {
    let prefix = locale.path_prefix();
    match route {
        Route::Home => format!("{prefix}/"),
        Route::Code(code) => format!("{prefix}/{code}/"),
        Route::Compare(a, b) => {
            let (low, high) = if a <= b { (a, b) } else { (b, a) };
            format!("{prefix}/compare/{low}-vs-{high}/")
        }
        Route::Search => format!("{prefix}/search/"),
    }
}

/// The URL of a close code's page.
pub fn code_url(locale: Locale, code: u16) -> String {
    url(locale, Route::Code(code))
}

/// The canonical URL comparing two codes, in either order.
pub fn compare_url(locale: Locale, a: u16, b: u16) -> String {
    url(locale, Route::Compare(a, b))
}

/// The URL of the search page for a query.
pub fn search_url(locale: Locale, query: &str) -> String {
    let base = url(locale, Route::Search);
    if query.is_empty() {
        base
    } else {
        format!("{base}?q={}", encode_query(query))
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

/// Reads a URL path (without query or fragment) back into a page.
pub fn resolve(path: &str) -> Resolved {
    let path = path.split(['?', '#']).next().unwrap_or("");
    // `/1008/index.html` is the same file as `/1008/`; the canonical check
    // below turns it into a redirect.
    let trimmed = path.strip_suffix("index.html").unwrap_or(path);
    let mut segments: Vec<&str> = trimmed.split('/').filter(|s| !s.is_empty()).collect();

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
        [number] => parse_code(number).map(Route::Code),
        ["compare", pair] => parse_pair(pair).map(|(a, b)| Route::Compare(a, b)),
        _ => None,
    };
    let Some(route) = route else {
        return Resolved::NotFound(locale);
    };

    let canonical = url(locale, route);
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

/// A close code number as written in a URL segment: digits only, at most
/// five of them, and a value that fits in 16 bits.
fn parse_code(segment: &str) -> Option<u16> {
    if segment.is_empty() || segment.len() > 5 || !segment.bytes().all(|b| b.is_ascii_digit()) {
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

/// Finds a close-code-like number anywhere in a path, for the not-found page
/// ("did you mean 1008?").
pub fn code_in_path(path: &str) -> Vec<u16> {
    path.split(|c: char| !c.is_ascii_digit())
        .filter(|s| (3..=5).contains(&s.len()))
        .filter_map(|s| s.parse().ok())
        .collect()
}

/// Every page of the site, given the codes that have content: the route
/// list the prerenderer writes out.
pub fn all_pages(codes: &[u16]) -> Vec<Page> {
    let mut routes = vec![Route::Home, Route::Search];
    routes.extend(codes.iter().map(|&c| Route::Code(c)));
    for (i, &a) in codes.iter().enumerate() {
        for &b in &codes[i + 1..] {
            routes.push(Route::Compare(a.min(b), a.max(b)));
        }
    }
    Locale::all()
        .flat_map(|locale| routes.iter().map(move |&route| Page { locale, route }))
        .collect()
}

/// Non-canonical URLs that static files redirect from, with their targets:
/// every comparison written with the higher code first.
pub fn redirects(codes: &[u16]) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for locale in Locale::all() {
        for &a in codes {
            for &b in codes {
                if a > b {
                    let prefix = locale.path_prefix();
                    out.push((
                        format!("{prefix}/compare/{a}-vs-{b}/"),
                        compare_url(locale, a, b),
                    ));
                }
            }
        }
    }
    out
}
