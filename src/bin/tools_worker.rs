//! The tools' worker, a second wasm module that trunk builds for tool
//! pages only (see `src/tools/worker.rs`).

#[cfg(feature = "tools-worker")]
fn main() {
    closecodes::tools::worker::start();
}

#[cfg(not(feature = "tools-worker"))]
fn main() {
    eprintln!("the tools' worker is a browser module: build it with `trunk build --release`.");
}
