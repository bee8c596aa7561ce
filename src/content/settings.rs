//! `content/site.toml`: the settings of the whole site, read at build time.
//!
//! ```toml
//! origin = "https://closecodes.dev"
//! ```
//!
//! - `origin`: the scheme and host the site is served at. Canonical links,
//!   hreflang alternates, OpenGraph tags, the sitemaps, `robots.txt`,
//!   `opensearch.xml` and the JSON API's page URLs are absolute on it.
//!
//! The prerenderer lets `CLOSECODES_ORIGIN` stand in for the file's value
//! for one build (a preview deploy); both are checked the same way.

use std::path::Path;

use serde::Deserialize;

use super::error::ContentError;
use super::markdown::Lines;

/// The settings of the site.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Settings {
    /// Scheme and host, without a trailing slash: `https://closecodes.dev`.
    pub origin: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SettingsFile {
    origin: String,
}

impl Settings {
    /// The file's name, relative to `content/`.
    pub const FILE: &'static str = "site.toml";

    /// Parses `site.toml`. Does no I/O; `path` is for messages.
    pub fn parse(path: &Path, text: &str) -> Result<Settings, ContentError> {
        let lines = Lines::new(text);
        let file: SettingsFile = toml::from_str(text).map_err(|e| ContentError::BadToml {
            file: path.to_path_buf(),
            line: e.span().map(|s| lines.line_of(s.start)).unwrap_or(1),
            message: e.message().to_string(),
            hint: "the file holds one key: origin = \"https://your.host\"".into(),
        })?;
        let line = text
            .lines()
            .position(|l| l.trim_start().starts_with("origin"))
            .map_or(1, |i| i + 1);
        let origin = check_origin(&file.origin).map_err(|message| ContentError::BadToml {
            file: path.to_path_buf(),
            line,
            message,
            hint: "write the scheme and host only, such as origin = \"https://closecodes.dev\""
                .into(),
        })?;
        Ok(Settings { origin })
    }

    /// Reads `content/site.toml`.
    pub fn load(content: &Path) -> Result<Settings, ContentError> {
        let path = content.join(Settings::FILE);
        let text = std::fs::read_to_string(&path).map_err(|source| ContentError::Io {
            file: path.clone(),
            source,
        })?;
        Settings::parse(&path, &text)
    }

    /// The same settings served at another origin, checked as the file's
    /// value is.
    pub fn with_origin(&self, origin: &str) -> Result<Settings, String> {
        Ok(Settings {
            origin: check_origin(origin)?,
        })
    }

    /// `path` (a site URL such as `/1006/`) made absolute.
    pub fn absolute(&self, path: &str) -> String {
        format!("{}{path}", self.origin)
    }
}

/// An origin as written, with any trailing slash taken off, or what is
/// wrong with it.
pub fn check_origin(origin: &str) -> Result<String, String> {
    let origin = origin.trim().trim_end_matches('/');
    let host = origin
        .strip_prefix("https://")
        .or_else(|| origin.strip_prefix("http://"))
        .ok_or_else(|| {
            format!("the origin \"{origin}\" does not start with https:// or http://")
        })?;
    let valid = !host.is_empty()
        && host
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':' | '[' | ']'));
    if valid {
        Ok(origin.to_string())
    } else {
        Err(format!(
            "the origin \"{origin}\" is not a scheme and a host (no path, query or spaces)"
        ))
    }
}
