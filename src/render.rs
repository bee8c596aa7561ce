//! Static rendering: every page of the site as an HTML file, plus its data
//! as `page.json`, redirect files and `404.html`.
//!
//! Pure apart from rendering: [`site_files`] returns the files and the
//! prerenderer (`src/bin/prerender.rs`) writes them, so tests can render
//! any page natively and look at the HTML.

use std::sync::Arc;

use futures::StreamExt;
use hydration_context::{SharedContext, SsrSharedContext};
use leptos::prelude::*;
use leptos::tachys::view::RenderHtml;
use leptos_meta::ServerMetaContext;
use leptos_router::location::RequestUrl;

use crate::app::content::render_fragment;
use crate::app::{App, PageContent, DIRECTORY_ID};
use crate::content::Catalog;
use crate::locale::Locale;
use crate::page::{directory, DirectoryData, PageData};
use crate::route::{Page, Route};

/// A file of the built site.
#[derive(Debug, Clone)]
pub struct SiteFile {
    /// Path relative to the site root, without a leading slash:
    /// `1008/index.html`.
    pub path: String,
    /// The contents.
    pub contents: String,
}

/// Renders the app at `url_path` into the trunk-built `template`, with the
/// store holding `pages` and `head_extra` added to `<head>`.
pub fn render_document(
    template: &str,
    url_path: &str,
    pages: Vec<(String, PageContent)>,
    head_extra: &str,
) -> String {
    let shared = Arc::new(SsrSharedContext::new()) as Arc<dyn SharedContext + Send + Sync>;
    let owner = Owner::new_root(Some(shared.clone()));
    // leptos_meta updates <title> on client-side navigation only if this
    // marker is in <head>.
    let template = if template.contains("<!--HEAD-->") {
        template.to_string()
    } else {
        template.replacen("</head>", "<!--HEAD--></head>", 1)
    };
    let template = template.replacen("</head>", &format!("{head_extra}</head>"), 1);
    let (head, rest) = template
        .split_once("<body>")
        .unwrap_or((&template, "</body></html>"));
    let tail = rest
        .split_once("</body>")
        .map(|(_, t)| t)
        .unwrap_or("</html>");
    let url_path = url_path.to_string();
    let (meta, app_html) = owner.with(|| {
        provide_context(RequestUrl::new(&url_path));
        let (meta, out) = ServerMetaContext::new();
        provide_context(meta);
        (out, view! { <App pages=pages/> }.to_html())
    });
    let data: String = match shared.pending_data() {
        Some(stream) => futures::executor::block_on(
            stream
                .map(|chunk| format!("<script>{chunk}</script>"))
                .collect::<Vec<_>>(),
        )
        .join(""),
        None => String::new(),
    };
    let document = format!("{head}<body>{app_html}{data}</body>{tail}");
    let document = futures::executor::block_on(async move {
        meta.inject_meta_context(futures::stream::once(async move { document }).boxed())
            .await
            .collect::<String>()
            .await
    });
    owner.unset();
    document
}

/// The data of a page, which the route list promises exists.
fn page_data(catalog: &Catalog, page: &Page) -> PageData {
    PageData::build(catalog, page)
        .unwrap_or_else(|| panic!("the route list names {}, which has no content", page.url()))
}

/// The element that embeds a locale's directory in pages the browser
/// renders itself (search, not found).
pub fn directory_script(locale: Locale, directory: &DirectoryData) -> String {
    let text = directory.to_text();
    assert!(
        !text.to_ascii_lowercase().contains("</script"),
        "a code name or summary contains </script"
    );
    format!(
        r#"<script type="text/plain" id="{DIRECTORY_ID}" data-locale="{}">{text}</script>"#,
        locale.id()
    )
}

/// Every file of the site: each page's `index.html` and its data
/// (`fragment.html` or `directory.txt`), a redirect page for each
/// non-canonical comparison URL, and `404.html`.
pub fn site_files(catalog: &Catalog, template: &str) -> Vec<SiteFile> {
    let mut files = Vec::new();
    let site = catalog.site_map();
    for page in site.pages() {
        let url = page.url();
        let dir = url.trim_start_matches('/');
        let data = page_data(catalog, &page);
        let (content, head_extra) = match render_fragment(page.locale, &data) {
            Some(fragment) => {
                files.push(SiteFile {
                    path: format!("{dir}fragment.html"),
                    contents: fragment.to_text(),
                });
                (PageContent::Fragment(fragment), String::new())
            }
            None => {
                let directory = directory(catalog, page.locale);
                files.push(SiteFile {
                    path: format!("{dir}directory.txt"),
                    contents: directory.to_text(),
                });
                let script = directory_script(page.locale, &directory);
                (PageContent::Directory(directory), script)
            }
        };
        files.push(SiteFile {
            path: format!("{dir}index.html"),
            contents: render_document(template, &url, vec![(url.clone(), content)], &head_extra),
        });
    }
    for (from, to) in site.redirects() {
        files.push(SiteFile {
            path: format!("{}index.html", from.trim_start_matches('/')),
            contents: redirect_document(&to),
        });
    }
    for locale in Locale::all() {
        let docs = crate::search::index::search_docs(catalog, locale);
        files.push(SiteFile {
            path: crate::app::store::index_url(locale)
                .trim_start_matches('/')
                .to_string(),
            contents: crate::search::index::write_index(&docs),
        });
    }
    // Static hosts serve 404.html at any unknown path, so it is rendered for
    // no path in particular; the browser bundle renders it anew for the path
    // it is shown at, with the directory of codes for its suggestions.
    let locale = Locale::default_locale();
    let directory = directory(catalog, locale);
    let script = directory_script(locale, &directory);
    let search = Page {
        locale,
        route: Route::Search,
    }
    .url();
    files.push(SiteFile {
        path: "404.html".into(),
        contents: render_document(
            template,
            "/404.html",
            vec![(search, PageContent::Directory(directory))],
            &script,
        ),
    });
    files
}

/// A page that sends the reader to `to`, with and without script.
pub fn redirect_document(to: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Redirecting to {to}</title>\
         <link rel=\"canonical\" href=\"{to}\"><meta name=\"robots\" content=\"noindex\">\
         <meta http-equiv=\"refresh\" content=\"0; url={to}\">\
         <script>location.replace({to:?} + location.search + location.hash)</script></head>\
         <body><p>This page is at <a href=\"{to}\">{to}</a>.</p></body></html>\n"
    )
}
