//! Precompressed copies of the files that are worth it: `.gz` and `.br`
//! beside the wasm, the JavaScript, the CSS, the search index shards and the
//! JSON API, so that a host serves them without compressing on every
//! request (nginx's `gzip_static` and `brotli_static`).
//!
//! Pages are left alone: there are thousands, the 20,000-file limit of
//! static hosts would not hold three copies of each, and hosts compress
//! HTML on the fly.

use std::io::Write;
use std::path::Path;

/// Whether a file of the site (by its path) gets precompressed copies.
pub fn wanted(path: &Path) -> bool {
    let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("");
    let in_search = path
        .parent()
        .and_then(|p| p.file_name())
        .is_some_and(|d| d == "search");
    matches!(ext, "js" | "wasm" | "css" | "json") || (ext == "txt" && in_search)
}

/// `bytes` gzipped at the best level.
pub fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    gz.write_all(bytes).expect("writing to memory");
    gz.finish().expect("writing to memory")
}

/// `bytes` compressed with brotli at the best quality.
pub fn brotli(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    {
        let mut writer = brotli::CompressorWriter::new(&mut out, 64 * 1024, 11, 22);
        writer.write_all(bytes).expect("writing to memory");
    }
    out
}

/// Writes `file.gz` and `file.br` beside every wanted file under `dir`;
/// returns how many files it compressed. Copies from an earlier build are
/// overwritten, never compressed again.
pub fn write_beside(dir: &Path) -> std::io::Result<usize> {
    let mut count = 0;
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            count += write_beside(&path)?;
        } else if wanted(&path) {
            let bytes = std::fs::read(&path)?;
            let mut name = path.clone().into_os_string();
            name.push(".gz");
            std::fs::write(&name, gzip(&bytes))?;
            let mut name = path.clone().into_os_string();
            name.push(".br");
            std::fs::write(&name, brotli(&bytes))?;
            count += 1;
        }
    }
    Ok(count)
}
