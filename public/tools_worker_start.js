// Starts the tools' worker (src/tools/worker.rs): the wasm-bindgen glue that
// trunk builds for it, then its module. Tool pages create this worker; no
// other page loads it.
importScripts("/tools_worker.js");
wasm_bindgen({ module_or_path: "/tools_worker_bg.wasm" });
