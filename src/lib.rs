#![recursion_limit = "256"]
//! closecodes: the reference site for WebSocket close codes.
//!
//! The crate has two halves:
//!
//! - **Pure Rust, no Leptos**: the content model ([`model`]), the locales
//!   ([`locale`]), the URL scheme ([`route`]), page data ([`page`]) and
//!   search ([`search`]); natively also the content pipeline ([`content`]),
//!   which parses `content/` with pulldown-cmark at build time.
//! - **The Leptos app** ([`app`]): views that render page data. The browser
//!   bundle (`src/main.rs`) hydrates it; the prerenderer
//!   (`src/bin/prerender.rs`) renders it to static HTML.

pub mod app;
#[cfg(not(target_arch = "wasm32"))]
pub mod content;
pub mod locale;
pub mod model;
pub mod page;
#[cfg(feature = "ssr")]
pub mod render;
pub mod route;
pub mod search;

pub use app::App;
