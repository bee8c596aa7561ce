//! Static rendering: every page of the site as one `index.html`, plus the
//! search index shards, a redirect page for each comparison written the
//! other way round, and a `404.html` per locale.
//!
//! Pure apart from rendering: [`Site`] says which files there are and
//! renders any one of them, and the prerenderer (`src/bin/prerender.rs`)
//! writes them, so tests can render any page natively and look at the HTML.

use std::sync::Arc;

use futures::StreamExt;
use hydration_context::{SharedContext, SsrSharedContext};
use leptos::prelude::*;
use leptos::tachys::view::RenderHtml;

use crate::app::content::render_page;
use crate::app::{App, Location, DATA_ID};
use crate::content::Catalog;
use crate::html::escape;
use crate::locale::Locale;
use crate::page::{browser_data, BrowserData, PageData, PageHtml};
use crate::reader_pages::not_found_page;
use crate::route::{not_found_url, search_index_url, site_path, Page, SiteMap};
use crate::search::index::{search_docs, shards, write_index};

/// A file of the built site.
#[derive(Debug, Clone)]
pub struct SiteFile {
    /// Path relative to the site root, without a leading slash:
    /// `1008/index.html`.
    pub path: String,
    /// The contents.
    pub contents: String,
}

/// What goes into a document's `<head>` besides trunk's template.
struct Head<'a> {
    locale: Locale,
    page: &'a PageHtml,
    /// The page that search engines should index for this one: the page
    /// itself, or the English page while it is not translated.
    canonical: Option<String>,
    data: &'a str,
}

/// Renders the app into the trunk-built `template`.
fn render_document(
    template: &str,
    head: &Head<'_>,
    location: Location,
    data: BrowserData,
    page: Option<(String, PageHtml)>,
) -> String {
    let shared = Arc::new(SsrSharedContext::new()) as Arc<dyn SharedContext + Send + Sync>;
    let owner = Owner::new_root(Some(shared.clone()));
    let app_html = owner.with(|| view! { <App data=data location=location page=page/> }.to_html());
    let hydration: String = match shared.pending_data() {
        Some(stream) => futures::executor::block_on(
            stream
                .map(|chunk| format!("<script>{chunk}</script>"))
                .collect::<Vec<_>>(),
        )
        .join(""),
        None => String::new(),
    };
    owner.unset();

    let locale = head.locale;
    let mut tags = format!(
        "<title>{}</title><meta name=\"description\" content=\"{}\">",
        escape(&head.page.title),
        escape(&head.page.description)
    );
    if let Some(canonical) = &head.canonical {
        tags.push_str(&format!(
            "<link rel=\"canonical\" href=\"{}\">",
            escape(canonical)
        ));
    }
    assert!(
        !head.data.to_ascii_lowercase().contains("</script"),
        "the {locale} interface strings or code names contain </script"
    );
    tags.push_str(&format!(
        "<script type=\"text/plain\" id=\"{DATA_ID}\">{}</script>",
        head.data
    ));
    let html_tag = format!(
        "<html lang=\"{}\" dir=\"{}\">",
        locale.html_lang(),
        locale.direction().attr()
    );
    let document =
        template
            .replacen("<html>", &html_tag, 1)
            .replacen("</head>", &format!("{tags}</head>"), 1);
    let (before, rest) = document
        .split_once("<body>")
        .unwrap_or((&document, "</body></html>"));
    let after = rest.split_once("</body>").map_or("</html>", |(_, t)| t);
    format!("{before}<body>{app_html}{hydration}</body>{after}")
}

/// A short, stable name for a file's contents, so that it can be cached
/// for good.
fn content_hash(text: &str) -> String {
    // FNV-1a, 64 bits: enough to tell versions of a file apart.
    let hash = text.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    });
    format!("{:08x}", hash >> 32)
}

/// The whole site, ready to be rendered file by file.
pub struct Site {
    catalog: &'static Catalog,
    template: String,
    map: SiteMap,
    /// Per locale: what its pages carry, as data and as text.
    data: Vec<(BrowserData, String)>,
    /// Per locale: its search index shards.
    indexes: Vec<Vec<SiteFile>>,
}

impl Site {
    /// Prepares the site: cuts each locale's search index into shards of at
    /// most `index_budget` gzipped bytes (measured with `gzip_len`) and
    /// says where they are in what each page carries.
    pub fn new(
        catalog: &'static Catalog,
        template: &str,
        index_budget: u64,
        gzip_len: impl Fn(&[u8]) -> u64,
    ) -> Site {
        let indexes: Vec<Vec<SiteFile>> = Locale::all()
            .map(|locale| {
                let words = &catalog.locale(locale).words;
                shards(words, search_docs(catalog, locale), index_budget, &gzip_len)
                    .into_iter()
                    .map(|docs| {
                        let contents = write_index(words, &docs);
                        let url = search_index_url(locale, &content_hash(&contents));
                        SiteFile {
                            path: site_path(&url),
                            contents,
                        }
                    })
                    .collect()
            })
            .collect();
        let urls = |locale: Locale| -> Vec<String> {
            indexes[locale.index()]
                .iter()
                .map(|f| format!("/{}", f.path))
                .collect()
        };
        let data = Locale::all()
            .map(|locale| {
                let fallback = if locale.is_default() {
                    Vec::new()
                } else {
                    urls(Locale::DEFAULT)
                };
                let data = browser_data(catalog, locale, urls(locale), fallback);
                let text = data.to_text();
                (data, text)
            })
            .collect();
        Site {
            catalog,
            template: template.to_string(),
            map: catalog.site_map(),
            data,
            indexes,
        }
    }

    /// Every page, in every locale.
    pub fn pages(&self) -> Vec<Page> {
        self.map.pages()
    }

    /// What the pages of a locale carry for the browser.
    pub fn browser_data(&self, locale: Locale) -> &BrowserData {
        &self.data[locale.index()].0
    }

    /// The search index shards of a locale.
    pub fn index_files(&self, locale: Locale) -> &[SiteFile] {
        &self.indexes[locale.index()]
    }

    /// The typed data of a page, which the route list promises exists.
    pub fn page_data(&self, page: &Page) -> PageData {
        PageData::build(self.catalog, page).unwrap_or_else(|| {
            panic!(
                "the site map lists {}, but the content has nothing for it",
                page.url()
            )
        })
    }

    /// A page's `index.html`, with whether its text is translated.
    pub fn render(&self, page: &Page) -> (SiteFile, bool) {
        let locale = page.locale;
        let url = page.url();
        let content = self.page_data(page);
        let translated = content.is_translated(locale);
        let (data, text) = &self.data[locale.index()];
        let html = render_page(page, self.catalog.ui(locale), data, &content);
        let canonical = if translated {
            url.clone()
        } else {
            page.in_locale(Locale::DEFAULT).url()
        };
        let head = Head {
            locale,
            page: &html,
            canonical: Some(canonical),
            data: text,
        };
        let contents = render_document(
            &self.template,
            &head,
            Location::new(&url, ""),
            data.clone(),
            Some((url.clone(), html.clone())),
        );
        let file = SiteFile {
            path: site_path(&url),
            contents,
        };
        (file, translated)
    }

    /// Everything besides the pages: the search index shards, a redirect
    /// page for each comparison URL written the other way round, and each
    /// locale's `404.html` (the default locale's at the root), which static
    /// hosts serve at any unknown path. It is rendered for no path in
    /// particular; the browser renders it anew for the path it is shown at.
    pub fn other_files(&self) -> Vec<SiteFile> {
        let mut files: Vec<SiteFile> = self.indexes.iter().flatten().cloned().collect();
        for (from, to) in self.map.redirects() {
            files.push(SiteFile {
                path: site_path(&from),
                contents: redirect_document(&to),
            });
        }
        for locale in Locale::all() {
            let (data, text) = &self.data[locale.index()];
            let page = not_found_page(data, None);
            let url = not_found_url(locale);
            let head = Head {
                locale,
                page: &page,
                canonical: None,
                data: text,
            };
            files.push(SiteFile {
                contents: render_document(
                    &self.template,
                    &head,
                    Location::new(&url, ""),
                    data.clone(),
                    None,
                ),
                path: site_path(&url),
            });
        }
        files
    }
}

/// A page that sends the reader to `to`, with and without script.
pub fn redirect_document(to: &str) -> String {
    let locale = match crate::route::resolve(to) {
        crate::route::Resolved::Page(page) => page.locale,
        _ => Locale::DEFAULT,
    };
    format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\"><head><meta charset=\"utf-8\"><title>{to}</title>\
         <link rel=\"canonical\" href=\"{to}\"><meta name=\"robots\" content=\"noindex\">\
         <meta http-equiv=\"refresh\" content=\"0; url={to}\">\
         <script>location.replace({to:?} + location.search + location.hash)</script></head>\
         <body><p><a href=\"{to}\">{to}</a></p></body></html>\n",
        lang = locale.html_lang()
    )
}
