//! The `<head>` of every document: title and description, the canonical
//! link and hreflang alternates, OpenGraph and Twitter card tags, the theme
//! colour and the OpenSearch link.
//!
//! Pure: [`Head`] says what a document is, [`Head::tags`] writes the tags,
//! escaped. The prerenderer fills a `Head` for each page (`render.rs`).

use crate::html::escape;
use crate::locale::Locale;

/// The site's name, as OpenGraph, OpenSearch and the share cards give it.
pub const SITE_NAME: &str = "closecodes";

/// The browser's colour for the page's surroundings, light and dark: the
/// `--bg` of `style/main.css` in each scheme.
pub const THEME_COLORS: [(&str, &str); 2] = [
    ("(prefers-color-scheme: light)", "#ffffff"),
    ("(prefers-color-scheme: dark)", "#0f1318"),
];

/// What OpenGraph calls the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OgType {
    /// The home page.
    Website,
    /// Any other page.
    Article,
}

impl OgType {
    fn as_str(self) -> &'static str {
        match self {
            OgType::Website => "website",
            OgType::Article => "article",
        }
    }
}

/// A share card.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Image {
    /// Its absolute URL.
    pub url: String,
    /// Width and height in pixels.
    pub size: (u32, u32),
    /// What it shows, in words.
    pub alt: String,
}

/// What a document's head says about it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Head {
    /// The document's language.
    pub locale: Locale,
    /// The `<title>`.
    pub title: String,
    /// The meta description.
    pub description: String,
    /// The absolute URL that search engines should index for this document:
    /// itself, or the English page while it is not translated. `None` for
    /// documents that are not pages (the not-found and number pages hosts
    /// serve at many addresses).
    pub canonical: Option<String>,
    /// Every locale in which the page is translated, with its absolute URL.
    pub alternates: Vec<(Locale, String)>,
    /// What OpenGraph calls it.
    pub og_type: OgType,
    /// Its share card.
    pub image: Image,
    /// Whether search engines may index it.
    pub indexable: bool,
    /// The URL of the locale's OpenSearch description.
    pub opensearch: String,
}

impl Head {
    /// The tags, to go before `</head>`.
    pub fn tags(&self) -> String {
        let mut out = String::new();
        let mut tag = |html: String| out.push_str(&html);
        tag(format!("<title>{}</title>", escape(&self.title)));
        tag(meta_name("description", &self.description));
        if !self.indexable {
            tag(meta_name("robots", "noindex"));
        }
        if let Some(canonical) = &self.canonical {
            tag(format!(
                "<link rel=\"canonical\" href=\"{}\">",
                escape(canonical)
            ));
        }
        for (locale, url) in &self.alternates {
            tag(alternate(locale.html_lang(), url));
        }
        if let Some((_, english)) = self.alternates.iter().find(|(l, _)| l.is_default()) {
            tag(alternate("x-default", english));
        }
        for (media, color) in THEME_COLORS {
            tag(format!(
                "<meta name=\"theme-color\" media=\"{media}\" content=\"{color}\">"
            ));
        }
        tag(format!(
            "<link rel=\"search\" type=\"application/opensearchdescription+xml\" \
             title=\"{}\" href=\"{}\">",
            escape(&opensearch_title(self.locale)),
            escape(&self.opensearch)
        ));

        tag(meta_property("og:site_name", SITE_NAME));
        tag(meta_property("og:type", self.og_type.as_str()));
        tag(meta_property("og:title", &self.title));
        tag(meta_property("og:description", &self.description));
        if let Some(canonical) = &self.canonical {
            tag(meta_property("og:url", canonical));
        }
        tag(meta_property("og:locale", self.locale.og_locale()));
        for (locale, _) in self.alternates.iter().filter(|(l, _)| *l != self.locale) {
            tag(meta_property("og:locale:alternate", locale.og_locale()));
        }
        tag(meta_property("og:image", &self.image.url));
        tag(meta_property("og:image:type", "image/png"));
        tag(meta_property(
            "og:image:width",
            &self.image.size.0.to_string(),
        ));
        tag(meta_property(
            "og:image:height",
            &self.image.size.1.to_string(),
        ));
        tag(meta_property("og:image:alt", &self.image.alt));
        tag(meta_name("twitter:card", "summary_large_image"));
        out
    }
}

/// The name browsers show for the site's search engine in a locale:
/// `closecodes`, `closecodes (日本語)`.
pub fn opensearch_title(locale: Locale) -> String {
    if locale.is_default() {
        SITE_NAME.to_string()
    } else {
        format!("{SITE_NAME} ({})", locale.native_name())
    }
}

fn meta_name(name: &str, content: &str) -> String {
    format!("<meta name=\"{name}\" content=\"{}\">", escape(content))
}

fn meta_property(property: &str, content: &str) -> String {
    format!(
        "<meta property=\"{property}\" content=\"{}\">",
        escape(content)
    )
}

fn alternate(hreflang: &str, url: &str) -> String {
    format!(
        "<link rel=\"alternate\" hreflang=\"{hreflang}\" href=\"{}\">",
        escape(url)
    )
}
