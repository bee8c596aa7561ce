//! What the build writes for crawlers and browsers besides pages:
//!
//! - `/sitemap.xml`, a sitemap index, and one sitemap per locale
//!   (`/sitemaps/ja.xml`) listing the pages translated in that locale, each
//!   with its `xhtml:link` alternates, at most 50,000 URLs to a file;
//! - `/robots.txt`, which lets crawlers read every page, keeps them out of
//!   what is not one (the API, search, the documents hosts serve at unknown
//!   addresses) and names the sitemap;
//! - `/opensearch.xml` per locale, so that browsers can search the site
//!   from the address bar.
//!
//! Only pages translated in a locale are listed in its sitemap: the others
//! name the English page as canonical, and a sitemap lists canonical URLs.

use crate::content::Settings;
use crate::head::{opensearch_title, SITE_NAME};
use crate::html::escape;
use crate::locale::Locale;
use crate::render::{Site, SiteFile};
use crate::route::{
    locale_sitemap_url, not_found_url, number_page_url, opensearch_url, search_url, site_path, url,
    Route, SITEMAP_URL,
};
use crate::ui::BrowserKey;

/// The most URLs one sitemap may list (sitemaps.org).
pub const MAX_URLS: usize = 50_000;

/// One page in a sitemap: its absolute URL and its alternates, by
/// `hreflang`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SitemapEntry {
    /// The page.
    pub url: String,
    /// Every translation of it, itself included, and `x-default`.
    pub alternates: Vec<(String, String)>,
}

/// A sitemap of up to [`MAX_URLS`] entries.
pub fn sitemap(entries: &[SitemapEntry]) -> String {
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" \
         xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    );
    for entry in entries {
        out.push_str(&format!("<url><loc>{}</loc>", escape(&entry.url)));
        for (hreflang, href) in &entry.alternates {
            out.push_str(&format!(
                "<xhtml:link rel=\"alternate\" hreflang=\"{}\" href=\"{}\"/>",
                escape(hreflang),
                escape(href)
            ));
        }
        out.push_str("</url>\n");
    }
    out.push_str("</urlset>\n");
    out
}

/// A sitemap index listing `sitemaps` (absolute URLs).
pub fn sitemap_index(sitemaps: &[String]) -> String {
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for url in sitemaps {
        out.push_str(&format!("<sitemap><loc>{}</loc></sitemap>\n", escape(url)));
    }
    out.push_str("</sitemapindex>\n");
    out
}

/// `robots.txt`: every page may be crawled; the API, search and the
/// documents hosts serve at unknown addresses may not.
pub fn robots(settings: &Settings) -> String {
    let mut out = String::from(
        "# closecodes: every page may be crawled. The JSON API, search (its\n\
         # results and index files) and the pages hosts serve at addresses\n\
         # without a page are not pages to index.\n\
         User-agent: *\n\
         Disallow: /api/\n",
    );
    for locale in Locale::all() {
        for path in [
            url(locale, &Route::Search),
            not_found_url(locale),
            number_page_url(locale),
        ] {
            out.push_str(&format!("Disallow: {path}\n"));
        }
    }
    out.push_str(&format!("\nSitemap: {}\n", settings.absolute(SITEMAP_URL)));
    out
}

/// A locale's OpenSearch description: the browser searches its search page.
pub fn opensearch(locale: Locale, settings: &Settings, description: &str) -> String {
    // A `{searchTerms}` template in place of the query: the URL builder
    // would percent-encode the braces.
    let search = search_url(locale, "");
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <OpenSearchDescription xmlns=\"http://a9.com/-/spec/opensearch/1.1/\">\n\
         <ShortName>{SITE_NAME}</ShortName>\n\
         <LongName>{long}</LongName>\n\
         <Description>{description}</Description>\n\
         <InputEncoding>UTF-8</InputEncoding>\n\
         <Language>{lang}</Language>\n\
         <Image height=\"16\" width=\"16\" type=\"image/x-icon\">{icon}</Image>\n\
         <Url type=\"text/html\" method=\"get\" template=\"{template}\"/>\n\
         <Url type=\"application/opensearchdescription+xml\" rel=\"self\" template=\"{this}\"/>\n\
         </OpenSearchDescription>\n",
        long = escape(&opensearch_title(locale)),
        description = escape(description),
        lang = locale.html_lang(),
        icon = escape(&settings.absolute("/favicon.ico")),
        template = escape(&format!("{}?q={{searchTerms}}", settings.absolute(&search))),
        this = escape(&settings.absolute(&opensearch_url(locale))),
    )
}

/// The sitemaps, `robots.txt` and the OpenSearch descriptions of a site.
pub fn files(site: &Site) -> Vec<SiteFile> {
    let settings = site.settings();
    let routes: Vec<Route> = site
        .site_map()
        .routes()
        .into_iter()
        .filter(|r| *r != Route::Search)
        .collect();
    let mut files = Vec::new();
    let mut sitemaps = Vec::new();
    for locale in Locale::all() {
        let entries: Vec<SitemapEntry> = routes
            .iter()
            .filter(|route| site.translated_in(route).contains(&locale))
            .map(|route| {
                let translated = site.translated_in(route);
                let mut alternates: Vec<(String, String)> = translated
                    .iter()
                    .map(|&l| (l.html_lang().to_string(), settings.absolute(&url(l, route))))
                    .collect();
                if translated.contains(&Locale::DEFAULT) {
                    alternates.push((
                        "x-default".into(),
                        settings.absolute(&url(Locale::DEFAULT, route)),
                    ));
                }
                SitemapEntry {
                    url: settings.absolute(&url(locale, route)),
                    alternates,
                }
            })
            .collect();
        // A locale that has translated nothing yet has no sitemap.
        for (i, chunk) in entries.chunks(MAX_URLS).enumerate() {
            let path = locale_sitemap_url(locale, i + 1);
            sitemaps.push(settings.absolute(&path));
            files.push(SiteFile {
                path: site_path(&path),
                contents: sitemap(chunk),
            });
        }
        let description = site.browser_data(locale).ui(BrowserKey::SearchDescription);
        files.push(SiteFile {
            path: site_path(&opensearch_url(locale)),
            contents: opensearch(locale, settings, description),
        });
    }
    files.push(SiteFile {
        path: site_path(SITEMAP_URL),
        contents: sitemap_index(&sitemaps),
    });
    files.push(SiteFile {
        path: "robots.txt".into(),
        contents: robots(settings),
    });
    files
}
