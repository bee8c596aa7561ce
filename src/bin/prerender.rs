//! The static-site generator, run by trunk as its post_build hook:
//!
//! ```text
//! prerender <site dir> [content dir]
//! prerender --check [content dir]     only load and check the content
//! ```
//!
//! Loads and checks `content/` and `content/site.toml` (any error fails the
//! build, naming file and line), renders every page into trunk's
//! `index.html` template on every core, draws the share cards, writes the
//! files into the site directory (trunk's staging dir) with precompressed
//! copies of the assets, indexes and JSON,
//! then prints each locale's translation coverage and every budget figure:
//! what a page loads, the search index shards, the number and size of the
//! site's files. It fails over any budget.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

use closecodes::budget::{self, gzip_len};
use closecodes::card::{Card, CardRenderer};
use closecodes::content::{Catalog, Settings};
use closecodes::head::SITE_NAME;
use closecodes::locale::{Locale, LOCALES};
use closecodes::render::{Site, SiteFile};
use closecodes::ui::{BrowserKey, PageKey, ToolKey};

fn main() -> ExitCode {
    let _ = any_spawner::Executor::init_futures_executor();
    let mut args = std::env::args().skip(1).peekable();
    let check_only = args.next_if(|a| a == "--check").is_some();
    let site_dir = if check_only {
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
    // The catalog lives until the program ends; the views borrow from it.
    let catalog: &'static Catalog = Box::leak(Box::new(catalog));
    let settings = match Settings::load(&content) {
        Ok(settings) => settings,
        Err(e) => {
            eprintln!("{e}\nprerender: nothing was written");
            return ExitCode::FAILURE;
        }
    };
    // A preview deploy builds the same content for another address.
    let settings = match std::env::var("CLOSECODES_ORIGIN") {
        Ok(origin) if !origin.is_empty() => match settings.with_origin(&origin) {
            Ok(settings) => settings,
            Err(e) => {
                eprintln!("prerender: CLOSECODES_ORIGIN: {e}");
                return ExitCode::FAILURE;
            }
        },
        _ => settings,
    };
    println!("prerender: origin {}", settings.origin);
    if check_only {
        report_files(catalog, &content);
        return ExitCode::SUCCESS;
    }

    let template_path = site_dir.join("index.html");
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
    let site = Site::new(
        catalog,
        &settings,
        &template,
        budget::SEARCH_INDEX_BYTES,
        gzip_len,
    );
    let translated = match write_site(&site, &site_dir) {
        Ok(translated) => translated,
        Err(e) => {
            eprintln!("prerender: {e}");
            return ExitCode::FAILURE;
        }
    };
    report_coverage(&translated, site.pages().len());
    if let Err(e) = write_cards(&site, &site_dir) {
        eprintln!("prerender: {e}");
        return ExitCode::FAILURE;
    }
    match closecodes::precompress::write_beside(&site_dir) {
        Ok(count) => println!("prerender: wrote .gz and .br beside {count} files"),
        Err(e) => {
            eprintln!("prerender: cannot precompress the site: {e}");
            return ExitCode::FAILURE;
        }
    }
    let checks = [
        report_indexes(&site),
        report_bundle(&site_dir, catalog),
        report_tools_worker(&site_dir),
        report_dist(&site_dir),
    ];
    if checks.iter().all(|ok| *ok) {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// `--check`: how many files each locale has translated.
fn report_files(catalog: &Catalog, content: &Path) {
    println!(
        "prerender: content is valid: {} codes, {} services",
        catalog.numbers().len(),
        catalog.service_ids().len()
    );
    let total = catalog.keys().len();
    for locale in Locale::all() {
        let missing = catalog.missing(content, locale).len();
        println!(
            "prerender: files translated {locale}: {} of {total}",
            total - missing
        );
    }
}

/// Renders every page, as many at once as there are cores, and writes
/// them and the other files; returns how many pages of each locale are
/// translated.
fn write_site(site: &Site, dir: &Path) -> Result<Vec<usize>, String> {
    let pages = site.pages();
    let next = AtomicUsize::new(0);
    let translated = Mutex::new(vec![0usize; LOCALES.len()]);
    let failure = Mutex::new(None::<String>);
    let threads = std::thread::available_parallelism().map_or(2, |n| n.get());
    std::thread::scope(|scope| {
        for _ in 0..threads {
            scope.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(page) = pages.get(i) else { break };
                let (file, is_translated) = site.render(page);
                if is_translated {
                    translated.lock().expect("no thread panics holding it")[page.locale.index()] +=
                        1;
                }
                if let Err(e) = write(dir, &file) {
                    *failure.lock().expect("no thread panics holding it") = Some(e);
                    break;
                }
            });
        }
    });
    if let Some(e) = failure.into_inner().expect("no thread panics holding it") {
        return Err(e);
    }
    let others = site.other_files();
    for file in &others {
        write(dir, file)?;
    }
    println!(
        "prerender: wrote {} pages and {} other files to {}",
        pages.len(),
        others.len(),
        dir.display()
    );
    Ok(translated
        .into_inner()
        .expect("no thread panics holding it"))
}

/// Draws every share card, as many at once as there are cores.
fn write_cards(site: &Site, dir: &Path) -> Result<(), String> {
    let renderer = CardRenderer::new().map_err(|e| format!("cannot draw share cards: {e}"))?;
    let cards = site.cards();
    let next = AtomicUsize::new(0);
    let failure = Mutex::new(None::<String>);
    let bytes = AtomicUsize::new(0);
    let threads = std::thread::available_parallelism().map_or(2, |n| n.get());
    std::thread::scope(|scope| {
        for _ in 0..threads {
            scope.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(text) = cards.get(i) else { break };
                let card = Card {
                    number: &text.number,
                    kicker: &text.kicker,
                    name: &text.name,
                    gist: &text.gist,
                    site: SITE_NAME,
                    address: &text.address,
                };
                let written = renderer
                    .render(&card)
                    .map_err(|e| format!("cannot draw {}: {e}", text.path))
                    .and_then(|png| {
                        bytes.fetch_add(png.len(), Ordering::Relaxed);
                        write_bytes(dir, &text.path, &png)
                    });
                if let Err(e) = written {
                    *failure.lock().expect("no thread panics holding it") = Some(e);
                    break;
                }
            });
        }
    });
    if let Some(e) = failure.into_inner().expect("no thread panics holding it") {
        return Err(e);
    }
    println!(
        "prerender: drew {} share cards, {:.1} MiB",
        cards.len(),
        bytes.into_inner() as f64 / (1024.0 * 1024.0)
    );
    Ok(())
}

/// Prints how much of each locale reads in its own language.
fn report_coverage(translated: &[usize], pages: usize) {
    let per_locale = pages / LOCALES.len();
    for locale in Locale::all() {
        let done = translated[locale.index()];
        println!(
            "prerender: coverage {:<8} {done:>4} of {per_locale} pages translated ({:>3}%){}",
            locale.id(),
            done * 100 / per_locale.max(1),
            if locale.info().complete {
                ", complete"
            } else {
                ""
            }
        );
    }
}

/// Prints each locale's search index, shard by shard, and its weight
/// against the budget. False if one is over.
fn report_indexes(site: &Site) -> bool {
    let mut ok = true;
    for locale in Locale::all() {
        let mut total = 0;
        for shard in site.index_files(locale) {
            let gz = gzip_len(shard.contents.as_bytes());
            total += gz;
            println!(
                "prerender: search index {:<8} {}: {} bytes, {gz} bytes gzip",
                locale.id(),
                shard.path,
                shard.contents.len(),
            );
        }
        println!(
            "prerender: search index {:<8} in all: {total} bytes gzip ({:.1} of {} KiB)",
            locale.id(),
            total as f64 / 1024.0,
            budget::SEARCH_INDEX_BYTES / 1024
        );
        if total > budget::SEARCH_INDEX_BYTES {
            eprintln!(
                "prerender: the search index of {} is over its budget",
                locale.id()
            );
            ok = false;
        }
    }
    ok
}

/// Writes one file of the site.
fn write(site: &Path, file: &SiteFile) -> Result<(), String> {
    write_bytes(site, &file.path, file.contents.as_bytes())
}

/// Writes `contents` to `path` in the site.
fn write_bytes(site: &Path, path: &str, contents: &[u8]) -> Result<(), String> {
    let path = site.join(path);
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent)
            .map_err(|e| format!("cannot create {}: {e}", parent.display()))?;
    }
    std::fs::write(&path, contents).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

/// Prints what a page loads (the `.js` and `.wasm` at the top of the site)
/// and checks it against the budget; checks that the bundle holds no
/// locale's text, so that it weighs the same whatever the number of
/// locales. False if a check fails.
fn report_bundle(site: &Path, catalog: &Catalog) -> bool {
    let mut files = match std::fs::read_dir(site) {
        Ok(entries) => entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "js" || x == "wasm"))
            .filter(|p| !is_tools_worker(p))
            .collect::<Vec<_>>(),
        Err(e) => {
            eprintln!("prerender: cannot read {}: {e}", site.display());
            return false;
        }
    };
    files.sort();
    if files.is_empty() {
        eprintln!("prerender: no .js or .wasm file in {}", site.display());
        return false;
    }
    let mut total = 0;
    let mut wasm = Vec::new();
    for path in &files {
        let Ok(bytes) = std::fs::read(path) else {
            eprintln!("prerender: cannot read {}", path.display());
            return false;
        };
        let gz = gzip_len(&bytes);
        total += gz;
        println!(
            "prerender: loads {}: {} bytes, {gz} bytes gzip",
            path.file_name().unwrap_or_default().to_string_lossy(),
            bytes.len()
        );
        if path.extension().is_some_and(|x| x == "wasm") {
            wasm.extend(bytes);
        }
    }
    println!(
        "prerender: JS + wasm per page: {total} bytes gzip ({:.1} of {} KiB)",
        total as f64 / 1024.0,
        budget::JS_WASM_BYTES / 1024
    );
    let mut ok = true;
    // Debug builds are not optimized; only a release build is held to the
    // budget.
    let release = std::env::var("TRUNK_PROFILE").map_or(true, |p| p == "release");
    if total > budget::JS_WASM_BYTES && release {
        eprintln!("prerender: over the JS + wasm budget");
        ok = false;
    }

    // No interface string of any locale may be in the bundle: pages carry
    // their own.
    let mut found = Vec::new();
    let mut checked = 0;
    for locale in Locale::all() {
        let ui = catalog.ui(locale);
        let strings = BrowserKey::ALL
            .iter()
            .map(|k| ui.get(*k))
            .chain(PageKey::ALL.iter().map(|k| ui.get(*k)))
            .chain(ToolKey::ALL.iter().map(|k| ui.get(*k)));
        for string in strings.filter(|s| s.len() >= 12) {
            checked += 1;
            if wasm.windows(string.len()).any(|w| w == string.as_bytes()) {
                found.push(format!("{locale}: {string:?}"));
            }
        }
    }
    let table = |count: usize| -> usize {
        Locale::all()
            .take(count)
            .map(|l| l.id().len() + l.html_lang().len() + l.native_name().len() + 1)
            .sum()
    };
    println!(
        "prerender: locale text in the bundle: {} of {checked} interface strings; the locale \
         table's ids, tags and names take {} bytes for {} locales and {} for 2, so the bundle \
         is the same within {} bytes",
        found.len(),
        table(LOCALES.len()),
        LOCALES.len(),
        table(2),
        table(LOCALES.len()) - table(2)
    );
    if !found.is_empty() {
        eprintln!(
            "prerender: interface strings compiled into the bundle:\n  {}",
            found.join("\n  ")
        );
        ok = false;
    }
    ok
}

/// Whether a file is the tools' worker, which only tool pages load.
fn is_tools_worker(path: &Path) -> bool {
    path.file_name()
        .and_then(|n| n.to_str())
        .is_some_and(|n| n.starts_with("tools_worker"))
}

/// Prints what tool pages load besides what every page does.
fn report_tools_worker(site: &Path) -> bool {
    let Ok(entries) = std::fs::read_dir(site) else {
        return false;
    };
    let mut total = 0;
    let mut found = 0;
    for path in entries.filter_map(Result::ok).map(|e| e.path()) {
        let js_or_wasm = path.extension().is_some_and(|x| x == "js" || x == "wasm");
        if !(js_or_wasm && is_tools_worker(&path)) {
            continue;
        }
        let Ok(bytes) = std::fs::read(&path) else {
            eprintln!("prerender: cannot read {}", path.display());
            return false;
        };
        let gz = gzip_len(&bytes);
        total += gz;
        found += 1;
        println!(
            "prerender: tool pages also load {}: {} bytes, {gz} bytes gzip",
            path.file_name().unwrap_or_default().to_string_lossy(),
            bytes.len()
        );
    }
    if found == 0 {
        eprintln!(
            "prerender: the tools' worker is missing from {}",
            site.display()
        );
        return false;
    }
    println!("prerender: tool pages: JS + wasm {total} bytes gzip on top of every page's");
    true
}

/// Counts the site's files and bytes against static hosts' limits. False
/// if over one.
fn report_dist(site: &Path) -> bool {
    fn walk(dir: &Path, files: &mut u64, bytes: &mut u64) -> std::io::Result<()> {
        for entry in std::fs::read_dir(dir)? {
            let entry = entry?;
            let meta = entry.metadata()?;
            if meta.is_dir() {
                walk(&entry.path(), files, bytes)?;
            } else {
                *files += 1;
                *bytes += meta.len();
            }
        }
        Ok(())
    }
    let (mut files, mut bytes) = (0, 0);
    if let Err(e) = walk(site, &mut files, &mut bytes) {
        eprintln!(
            "prerender: cannot count the files of {}: {e}",
            site.display()
        );
        return false;
    }
    println!(
        "prerender: site: {files} files (of {} allowed), {:.1} MiB (of {} MiB)",
        budget::DIST_FILES,
        bytes as f64 / (1024.0 * 1024.0),
        budget::DIST_BYTES / (1024 * 1024)
    );
    let mut ok = true;
    if files > budget::DIST_FILES {
        eprintln!("prerender: more files than Cloudflare Pages takes");
        ok = false;
    }
    if bytes > budget::DIST_BYTES {
        eprintln!("prerender: larger than GitHub Pages takes");
        ok = false;
    }
    ok
}
