//! Static rendering: every page of the site as one `index.html`, plus the
//! search index shards, a redirect page for each comparison written the
//! other way round, a `404.html` and a `number.html` per locale, the texts
//! of the share cards, and what [`crate::crawl`] and [`crate::api`] write.
//!
//! Pure apart from rendering: [`Site`] says which files there are and
//! renders any one of them, and the prerenderer (`src/bin/prerender.rs`)
//! writes them, so tests can render any page natively and look at the HTML.

use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use futures::StreamExt;
use hydration_context::{SharedContext, SsrSharedContext};
use leptos::prelude::*;
use leptos::tachys::view::RenderHtml;

use crate::app::content::render_page;
use crate::app::{App, Location, DATA_ID};
use crate::content::{Catalog, Settings};
use crate::head::{Head, Image, OgType, SITE_NAME};
use crate::locale::Locale;
use crate::page::{browser_data, BrowserData, PageData, PageHtml};
use crate::reader_pages::{any_number_page, not_found_page};
use crate::route::{
    card_url, code_url, not_found_url, number_page_url, opensearch_url, search_index_url,
    service_code_url, site_path, Page, Route, SiteMap, SITE_CARD_URL,
};
use crate::ui::{fill, BrowserKey, PageKey};

/// The size of a share card, in pixels: what OpenGraph and Twitter's large
/// card show best.
pub const CARD_SIZE: (u32, u32) = (1200, 630);
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

/// Renders the app into the trunk-built `template`.
fn render_document(
    template: &str,
    head: &Head,
    data_text: &str,
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
    let mut tags = head.tags();
    assert!(
        !data_text.to_ascii_lowercase().contains("</script"),
        "the {locale} interface strings or code names contain </script"
    );
    tags.push_str(&format!(
        "<script type=\"text/plain\" id=\"{DATA_ID}\">{data_text}</script>"
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
    settings: Settings,
    map: SiteMap,
    /// Per locale: what its pages carry, as data and as text.
    data: Vec<(BrowserData, String)>,
    /// Per locale: its search index shards.
    indexes: Vec<Vec<SiteFile>>,
    /// Per route: the locales in which its page is translated, in table
    /// order (English always).
    translated: HashMap<Route, Vec<Locale>>,
}

/// A share card to draw: where it goes and what it says (in English).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CardText {
    /// Its path in the built site: `cards/1006.png`.
    pub path: String,
    /// The number, or the site's name on the site's own card.
    pub number: String,
    /// "WebSocket close code", "Discord Gateway close code".
    pub kicker: String,
    /// The code's name.
    pub name: String,
    /// What it means, in one line.
    pub gist: String,
    /// The page's address without its scheme: `closecodes.dev/1006/`.
    pub address: String,
}

impl Site {
    /// Prepares the site: cuts each locale's search index into shards of at
    /// most `index_budget` gzipped bytes (measured with `gzip_len`), says
    /// where they are in what each page carries, and finds out in which
    /// locales each page is translated.
    pub fn new(
        catalog: &'static Catalog,
        settings: &Settings,
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
        let map = catalog.site_map();
        let translated = translations(catalog, &map);
        Site {
            catalog,
            template: template.to_string(),
            settings: settings.clone(),
            map,
            data,
            indexes,
            translated,
        }
    }

    /// Every page, in every locale.
    pub fn pages(&self) -> Vec<Page> {
        self.map.pages()
    }

    /// What the content holds, as far as URLs are concerned.
    pub fn site_map(&self) -> &SiteMap {
        &self.map
    }

    /// The site's settings.
    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// The locales in which a route's page is translated, English first.
    pub fn translated_in(&self, route: &Route) -> &[Locale] {
        self.translated.get(route).map_or(&[], Vec::as_slice)
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
        let translated_in = self.translated_in(&page.route);
        let translated = translated_in.contains(&locale);
        let (data, text) = &self.data[locale.index()];
        let html = render_page(page, self.catalog.ui(locale), data, &content);
        let canonical = if translated {
            url.clone()
        } else {
            page.in_locale(Locale::DEFAULT).url()
        };
        let head = Head {
            locale,
            title: html.title.clone(),
            description: html.description.clone(),
            canonical: Some(self.settings.absolute(&canonical)),
            alternates: translated_in
                .iter()
                .map(|&l| (l, self.settings.absolute(&page.in_locale(l).url())))
                .collect(),
            og_type: match page.route {
                Route::Home => OgType::Website,
                _ => OgType::Article,
            },
            image: self.image(&page.route),
            // Results of a search are not pages of their own.
            indexable: page.route != Route::Search,
            opensearch: opensearch_url(locale),
        };
        let contents = render_document(
            &self.template,
            &head,
            text,
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

    /// The share card of a route's page.
    fn image(&self, route: &Route) -> Image {
        let card = |namespace: Option<&str>, code: u16, alt: String| Image {
            url: self.settings.absolute(&card_url(namespace, code)),
            size: CARD_SIZE,
            alt,
        };
        let english = Locale::DEFAULT;
        match route {
            Route::Number(n) => {
                if let Some(code) = u16::try_from(*n)
                    .ok()
                    .and_then(|n| self.catalog.code(english, n))
                {
                    return card(None, code.code, format!("{} {}", code.code, code.name));
                }
            }
            Route::ServiceCode(id, n) => {
                if let (Some(service), Some(code)) = (
                    self.catalog.service(english, id),
                    self.catalog.service_code(english, id, *n),
                ) {
                    let alt = format!("{} {} ({})", code.code, code.name, service.name);
                    return card(Some(id), code.code, alt);
                }
            }
            _ => {}
        }
        Image {
            url: self.settings.absolute(SITE_CARD_URL),
            size: CARD_SIZE,
            alt: format!(
                "{SITE_NAME}: {}",
                self.catalog.ui(english).get(BrowserKey::Tagline)
            ),
        }
    }

    /// Every share card, with its English words: one per code of the site
    /// and of every service, and one for the site.
    pub fn cards(&self) -> Vec<CardText> {
        let english = Locale::DEFAULT;
        let ui = self.catalog.ui(english);
        let address = |url: &str| {
            let origin = &self.settings.origin;
            let host = origin.split_once("://").map_or(origin.as_str(), |(_, h)| h);
            format!("{host}{url}")
        };
        let mut cards = Vec::new();
        for code in self
            .catalog
            .numbers()
            .into_iter()
            .filter_map(|n| self.catalog.code(english, n))
        {
            cards.push(CardText {
                path: site_path(&card_url(None, code.code)),
                number: code.code.to_string(),
                kicker: ui.get(PageKey::CodeKicker).to_string(),
                name: code.name.clone(),
                gist: code.summary.clone(),
                address: address(&code_url(english, code.code)),
            });
        }
        for id in self.catalog.service_ids() {
            let Some(service) = self.catalog.service(english, id) else {
                continue;
            };
            for code in self
                .catalog
                .service_numbers(id)
                .into_iter()
                .filter_map(|n| self.catalog.service_code(english, id, n))
            {
                cards.push(CardText {
                    path: site_path(&card_url(Some(id), code.code)),
                    number: code.code.to_string(),
                    kicker: fill(
                        ui.get(PageKey::ServiceKicker),
                        &[("service", &service.name)],
                    ),
                    name: code.name.clone(),
                    gist: code.summary.clone(),
                    address: address(&service_code_url(english, id, code.code)),
                });
            }
        }
        cards.push(CardText {
            path: site_path(SITE_CARD_URL),
            number: String::new(),
            kicker: ui.get(PageKey::HomeHeading).to_string(),
            name: ui.get(BrowserKey::Tagline).to_string(),
            gist: ui.get(PageKey::HomeDescription).to_string(),
            address: address("/"),
        });
        cards
    }

    /// A document hosts serve at many addresses, which the browser renders
    /// anew for the address it is shown at; what it says without script
    /// holds for any of them.
    fn shell(&self, locale: Locale, url: &str, page: PageHtml) -> SiteFile {
        let (data, text) = &self.data[locale.index()];
        let head = Head {
            locale,
            title: page.title,
            description: page.description,
            canonical: None,
            alternates: Vec::new(),
            og_type: OgType::Article,
            image: self.image(&Route::Home),
            indexable: false,
            opensearch: opensearch_url(locale),
        };
        SiteFile {
            contents: render_document(
                &self.template,
                &head,
                text,
                Location::new(url, ""),
                data.clone(),
                None,
            ),
            path: site_path(url),
        }
    }

    /// Everything besides the pages and cards: the search index shards, a
    /// redirect page for each comparison URL written the other way round,
    /// each locale's `404.html` (the default locale's at the root), which
    /// static hosts serve at any unknown path, and its `number.html`, which
    /// hosts with rewrite rules serve for numbers without a page of their
    /// own; then the sitemaps, `robots.txt`, the OpenSearch descriptions and
    /// the JSON API.
    pub fn other_files(&self) -> Vec<SiteFile> {
        let mut files: Vec<SiteFile> = self.indexes.iter().flatten().cloned().collect();
        for (from, to) in self.map.redirects() {
            files.push(SiteFile {
                path: site_path(&from),
                contents: redirect_document(&to, &self.settings.absolute(&to)),
            });
        }
        for locale in Locale::all() {
            let data = &self.data[locale.index()].0;
            files.push(self.shell(locale, &not_found_url(locale), not_found_page(data, None)));
            files.push(self.shell(locale, &number_page_url(locale), any_number_page(data)));
        }
        files.extend(crate::crawl::files(self));
        files.extend(crate::api::files(self.catalog, &self.settings));
        files
    }
}

/// In which locales each route's page is translated: every page is built
/// once, on every core.
fn translations(catalog: &Catalog, map: &SiteMap) -> HashMap<Route, Vec<Locale>> {
    let pages = map.pages();
    let next = AtomicUsize::new(0);
    let found = Mutex::new(Vec::new());
    let threads = std::thread::available_parallelism().map_or(2, |n| n.get());
    std::thread::scope(|scope| {
        for _ in 0..threads {
            scope.spawn(|| {
                let mut mine = Vec::new();
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(page) = pages.get(i) else { break };
                    let translated = PageData::build(catalog, page)
                        .is_some_and(|data| data.is_translated(page.locale));
                    if translated {
                        mine.push(page.clone());
                    }
                }
                found
                    .lock()
                    .expect("no thread panics holding it")
                    .extend(mine);
            });
        }
    });
    let mut map: HashMap<Route, Vec<Locale>> = HashMap::new();
    for page in found.into_inner().expect("no thread panics holding it") {
        map.entry(page.route).or_default().push(page.locale);
    }
    for locales in map.values_mut() {
        locales.sort_by_key(|l| l.index());
    }
    map
}

/// A page that sends the reader to `to`, with and without script, and
/// search engines to `canonical`, the same page's absolute URL.
pub fn redirect_document(to: &str, canonical: &str) -> String {
    let locale = match crate::route::resolve(to) {
        crate::route::Resolved::Page(page) => page.locale,
        _ => Locale::DEFAULT,
    };
    format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\"><head><meta charset=\"utf-8\"><title>{to}</title>\
         <link rel=\"canonical\" href=\"{canonical}\"><meta name=\"robots\" content=\"noindex\">\
         <meta http-equiv=\"refresh\" content=\"0; url={to}\">\
         <script>location.replace({to:?} + location.search + location.hash)</script></head>\
         <body><p><a href=\"{to}\">{to}</a></p></body></html>\n",
        lang = locale.html_lang()
    )
}
