#![recursion_limit = "256"]
//! closecodes: the reference site for WebSocket close codes.
//!
//! The crate has two halves:
//!
//! - **Pure Rust, no Leptos**: the content model ([`model`]), the locales
//!   ([`locale`]) and their interface strings ([`ui`]), the URL scheme
//!   ([`route`]), page data ([`page`]), the pages that depend on the reader
//!   ([`reader_pages`]) and search ([`search`]); natively also the content
//!   pipeline ([`content`]), which parses `content/` with pulldown-cmark at
//!   build time, and what the build writes besides pages: the document head
//!   ([`head`]), the JSON API ([`api`]), sitemaps and other files for
//!   crawlers and browsers ([`crawl`]) and share cards ([`card`]).
//! - **The Leptos app** ([`app`]): the frame of every page and what its
//!   main area shows. The browser bundle (`src/main.rs`) hydrates it; the
//!   prerenderer (`src/bin/prerender.rs`) renders it to static HTML.
//!
//! One feature axis: `ssr` is the native build (content pipeline,
//! rendering, tests), `hydrate` the browser bundle.

#[macro_use]
mod enums;

#[cfg(feature = "ssr")]
pub mod api;
pub mod app;
#[cfg(feature = "ssr")]
pub mod budget;
#[cfg(feature = "ssr")]
pub mod card;
#[cfg(feature = "ssr")]
pub mod content;
#[cfg(feature = "ssr")]
pub mod crawl;
pub mod fold;
#[cfg(feature = "ssr")]
pub mod head;
pub mod html;
pub mod locale;
pub mod model;
pub mod page;
#[cfg(feature = "ssr")]
pub mod precompress;
pub mod reader_pages;
#[cfg(feature = "ssr")]
pub mod render;
pub mod route;
pub mod script;
pub mod search;
pub mod tools;
pub mod tsv;
pub mod ui;

pub use app::App;
