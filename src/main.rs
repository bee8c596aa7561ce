//! The browser entry point: reads the page data embedded in the HTML, then
//! hydrates the prerendered page, or renders from scratch where the HTML was
//! not made for this URL (`404.html`, served by static hosts at any path).

#[cfg(target_arch = "wasm32")]
fn main() {
    use closecodes::app::{EmbeddedPages, EMBEDDED_ID};
    use closecodes::App;

    let document = leptos::prelude::document();
    let embedded: EmbeddedPages = document
        .get_element_by_id(EMBEDDED_ID)
        .and_then(|el| el.text_content())
        .and_then(|json| serde_json::from_str(&json).ok())
        .unwrap_or_default();
    let location = leptos::prelude::window().location();
    let path = location.pathname().unwrap_or_default();
    let query = location.search().unwrap_or_default();
    let pages = embedded.pages;

    // Hydration only works on markup rendered for this very URL; the search
    // page's results depend on the query, which prerendering cannot know.
    if embedded.rendered_for.as_deref() == Some(path.as_str()) && query.is_empty() {
        leptos::mount::hydrate_body(move || leptos::view! { <App pages=pages/> });
    } else {
        let body = document.body().expect("a page has a body");
        body.set_inner_html("");
        leptos::mount::mount_to_body(move || leptos::view! { <App pages=pages/> });
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("closecodes is a browser app: build it with `trunk build --release`.");
}
