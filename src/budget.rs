//! The limits the release build holds the site to, and how it measures.
//!
//! The prerenderer prints every figure and fails the build over a limit.

/// The most JavaScript and wasm a page loads, gzipped at level 9.
pub const JS_WASM_BYTES: u64 = 130 * 1024;
/// The most a locale's search index may weigh, gzipped: all its shards
/// together, which the browser loads on the first search.
pub const SEARCH_INDEX_BYTES: u64 = 60 * 1024;
/// The most files the site may have (Cloudflare Pages, free plan).
pub const DIST_FILES: u64 = 20_000;
/// The largest the site may be (GitHub Pages).
pub const DIST_BYTES: u64 = 1024 * 1024 * 1024;

/// The size of `bytes` gzipped at the best level, as served.
pub fn gzip_len(bytes: &[u8]) -> u64 {
    crate::precompress::gzip(bytes).len() as u64
}
