//! The static-site generator, run by trunk as its post_build hook:
//!
//! ```text
//! prerender <site dir> [content dir]
//! prerender --check [content dir]     only load and check the content
//! ```
//!
//! Loads and checks `content/` (any error fails the build, naming file and
//! line), renders every page into trunk's `index.html` template, writes the
//! files into the site directory (trunk's staging dir) and prints what a page
//! costs to load.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use closecodes::content::Catalog;
use closecodes::render::site_files;

/// The most JavaScript and wasm a page may load, gzipped.
const BUDGET_BYTES: u64 = 150 * 1024;
/// The largest a locale's search index may be, gzipped.
const INDEX_BUDGET_BYTES: u64 = 60 * 1024;

fn main() -> ExitCode {
    let _ = any_spawner::Executor::init_futures_executor();
    let mut args = std::env::args().skip(1).peekable();
    let check_only = args.next_if(|a| a == "--check").is_some();
    let site = if check_only {
        PathBuf::new()
    } else {
        PathBuf::from(args.next().unwrap_or_else(|| "dist".into()))
    };
    let content = PathBuf::from(args.next().unwrap_or_else(|| "content".into()));

    let catalog = match Catalog::load(&content) {
        Ok(catalog) => catalog,
        Err(errors) => {
            eprintln!("{errors}");
            eprintln!(
                "prerender: {} content error(s); nothing was written",
                errors.0.len()
            );
            return ExitCode::FAILURE;
        }
    };
    if check_only {
        let numbers = catalog.numbers();
        println!(
            "prerender: content is valid: {} codes in every locale: {numbers:?}",
            numbers.len()
        );
        return ExitCode::SUCCESS;
    }
    let template_path = site.join("index.html");
    let template = match std::fs::read_to_string(&template_path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!(
                "prerender: cannot read {}: {e} (run it through `trunk build`)",
                template_path.display()
            );
            return ExitCode::FAILURE;
        }
    };
    let files = site_files(&catalog, &template);
    for file in &files {
        let path = site.join(&file.path);
        if let Some(parent) = path.parent() {
            if let Err(e) = std::fs::create_dir_all(parent) {
                eprintln!("prerender: cannot create {}: {e}", parent.display());
                return ExitCode::FAILURE;
            }
        }
        if let Err(e) = std::fs::write(&path, &file.contents) {
            eprintln!("prerender: cannot write {}: {e}", path.display());
            return ExitCode::FAILURE;
        }
    }
    let pages = files
        .iter()
        .filter(|f| f.path.ends_with("index.html"))
        .count();
    println!(
        "prerender: wrote {} files ({pages} HTML pages) to {}",
        files.len(),
        site.display()
    );

    for locale in closecodes::locale::Locale::all() {
        let path = site.join(closecodes::app::store::index_url(locale).trim_start_matches('/'));
        let bytes = match std::fs::read(&path) {
            Ok(bytes) => bytes,
            Err(e) => {
                eprintln!("prerender: cannot read {}: {e}", path.display());
                return ExitCode::FAILURE;
            }
        };
        let gz = gzip_len(&bytes);
        println!(
            "prerender: search index {locale}: {} bytes, {gz} bytes gzip ({:.1} KB of a {} KB budget)",
            bytes.len(),
            gz as f64 / 1024.0,
            INDEX_BUDGET_BYTES / 1024
        );
        if gz > INDEX_BUDGET_BYTES {
            eprintln!("prerender: the {locale} search index is over its budget");
            return ExitCode::FAILURE;
        }
    }

    match script_weight(&site) {
        Ok(lines) => {
            let total: u64 = lines.iter().map(|(_, _, gz)| gz).sum();
            for (name, raw, gz) in &lines {
                println!("prerender: loads {name}: {raw} bytes, {gz} bytes gzip");
            }
            println!(
                "prerender: JS + wasm per page: {total} bytes gzip ({:.1} KB of a {} KB budget)",
                total as f64 / 1024.0,
                BUDGET_BYTES / 1024
            );
            // Debug builds are not optimized; only a release build is held
            // to the budget.
            let release = std::env::var("TRUNK_PROFILE").map_or(true, |p| p == "release");
            if total > BUDGET_BYTES && release {
                eprintln!("prerender: over the JS + wasm budget");
                return ExitCode::FAILURE;
            }
        }
        Err(e) => {
            eprintln!("prerender: cannot measure the bundle: {e}");
            return ExitCode::FAILURE;
        }
    }
    ExitCode::SUCCESS
}

/// The `.js` and `.wasm` files at the top of the site (what every page
/// loads), with their raw and gzipped sizes.
fn script_weight(site: &Path) -> std::io::Result<Vec<(String, u64, u64)>> {
    let mut out = Vec::new();
    let mut entries: Vec<_> = std::fs::read_dir(site)?.filter_map(Result::ok).collect();
    entries.sort_by_key(|e| e.file_name());
    for entry in entries {
        let name = entry.file_name().to_string_lossy().into_owned();
        if !(name.ends_with(".js") || name.ends_with(".wasm")) {
            continue;
        }
        let bytes = std::fs::read(entry.path())?;
        out.push((name, bytes.len() as u64, gzip_len(&bytes)));
    }
    if out.is_empty() {
        return Err(std::io::Error::other(
            "no .js or .wasm file in the site directory",
        ));
    }
    Ok(out)
}

/// The size of `bytes` gzipped at the best level, as served.
fn gzip_len(bytes: &[u8]) -> u64 {
    use std::io::Write;
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    gz.write_all(bytes).expect("writing to memory");
    gz.finish().expect("writing to memory").len() as u64
}
