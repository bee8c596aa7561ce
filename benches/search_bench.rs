//! The search engine built alone to wasm, for `benches/search.mjs`, which
//! loads it in headless Chromium and times queries over the real index and
//! over a corpus twenty times larger. A benchmark, not a test: it prints
//! figures and asserts nothing.

use std::cell::RefCell;

use closecodes::search::index::read_index;
use closecodes::search::{SearchIndex, Words};
use wasm_bindgen::prelude::*;

thread_local! {
    static INDEX: RefCell<Option<SearchIndex>> = const { RefCell::new(None) };
}

/// Loads an index's shards (joined with NUL characters), repeated `copies`
/// times (each copy's names made distinct), and returns the number of
/// documents, or 0 if a shard does not read.
#[wasm_bindgen]
pub fn load(shards: &str, copies: u32) -> u32 {
    let mut words = Words::default();
    let mut docs = Vec::new();
    for shard in shards.split('\u{0}') {
        let Ok((shard_words, shard_docs)) = read_index(shard) else {
            return 0;
        };
        words = shard_words;
        docs.extend(shard_docs);
    }
    let mut all = Vec::with_capacity(docs.len() * copies as usize);
    for copy in 0..copies {
        for doc in &docs {
            let mut doc = doc.clone();
            if copy > 0 {
                doc.name = format!("{} {copy}", doc.name);
            }
            all.push(doc);
        }
    }
    let count = all.len() as u32;
    INDEX.with(|index| *index.borrow_mut() = Some(SearchIndex::new(all, &words)));
    count
}

/// Runs one query for the first eight results; returns how many there were.
#[wasm_bindgen]
pub fn search(query: &str) -> u32 {
    INDEX.with(|index| {
        index
            .borrow()
            .as_ref()
            .map_or(0, |i| i.search(query, 8).len() as u32)
    })
}
