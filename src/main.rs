//! The browser entry point: hydrates the prerendered page, or renders from
//! scratch where the HTML was not made for this URL (`404.html`, which static
//! hosts serve at any path) or depends on the query (the search page).

#[cfg(target_arch = "wasm32")]
fn main() {
    use closecodes::app::{PageContent, DIRECTORY_ID, PAGE_ID};
    use closecodes::locale::Locale;
    use closecodes::page::{ContentFragment, DirectoryData};
    use closecodes::route::{resolve, Page, Resolved, Route};
    use closecodes::App;

    let document = leptos::prelude::document();
    let location = leptos::prelude::window().location();
    let path = location.pathname().unwrap_or_default();
    let query = location.search().unwrap_or_default();

    // A content page rendered for exactly this URL: hydrate it, taking its
    // data from the markup itself rather than from a second copy.
    let page_element = document.get_element_by_id(PAGE_ID);
    let rendered_for = page_element
        .as_ref()
        .and_then(|el| el.get_attribute("data-url"));
    if let (Some(element), Resolved::Page(page)) = (&page_element, resolve(&path)) {
        if rendered_for.as_deref() == Some(page.url().as_str())
            && page.url() == path
            && query.is_empty()
        {
            let description = document
                .query_selector("meta[name=description]")
                .ok()
                .flatten()
                .and_then(|m| m.get_attribute("content"))
                .unwrap_or_default();
            let fragment = ContentFragment {
                title: document.title(),
                description,
                html: element.inner_html(),
            };
            let pages = vec![(page.url(), PageContent::Fragment(fragment))];
            leptos::mount::hydrate_body(move || leptos::view! { <App pages=pages/> });
            return;
        }
    }

    // Anything else is rendered anew, with the directory the page embeds.
    let mut pages = Vec::new();
    if let Some(script) = document.get_element_by_id(DIRECTORY_ID) {
        let locale = script
            .get_attribute("data-locale")
            .and_then(|id| Locale::from_id(&id));
        let directory = script.text_content().and_then(|t| DirectoryData::parse(&t));
        if let (Some(locale), Some(directory)) = (locale, directory) {
            let url = Page {
                locale,
                route: Route::Search,
            }
            .url();
            pages.push((url, PageContent::Directory(directory)));
        }
    }
    if let Some(body) = document.body() {
        body.set_inner_html("");
    }
    leptos::mount::mount_to_body(move || leptos::view! { <App pages=pages/> });
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("closecodes is a browser app: build it with `trunk build --release`.");
}
