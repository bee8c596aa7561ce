//! The content pipeline: reads `content/`, checks it and builds the
//! [`Catalog`] every page is made from. Native only; it runs at build time.
//!
//! Layout of `content/`:
//!
//! ```text
//! content/
//!   README.md              how to write content (ignored by the build)
//!   en/                    one folder per locale, named by its id
//!     phrases.toml         the phrases used to write comparisons
//!     1000.md … 1015.md    one file per close code
//!   zh-hans/
//!     …                    the same files, translated
//! ```
//!
//! Every error names its file and line and says what to do; loading collects
//! all of them so that one build shows every problem.

pub mod compare;
pub mod error;
pub mod markdown;
pub mod parse;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

pub use compare::{compare, ComparisonText, Phrasebook};
pub use error::{ContentError, ContentErrors};

use crate::locale::Locale;
use crate::model::CloseCode;

/// Everything in `content/`, parsed and checked.
#[derive(Debug)]
pub struct Catalog {
    locales: Vec<LocaleContent>,
}

/// The content of one locale.
#[derive(Debug)]
pub struct LocaleContent {
    /// The locale.
    pub locale: Locale,
    /// Its close codes by number.
    pub codes: BTreeMap<u16, CloseCode>,
    /// The file each code came from.
    pub files: BTreeMap<u16, PathBuf>,
    /// Its comparison phrases.
    pub phrases: Phrasebook,
}

/// The name of a locale's phrasebook file.
pub const PHRASEBOOK: &str = "phrases.toml";

impl Catalog {
    /// Reads and checks every file under `dir`.
    pub fn load(dir: &Path) -> Result<Catalog, ContentErrors> {
        let mut files = Vec::new();
        let mut errors = Vec::new();
        collect_files(dir, dir, &mut files, &mut errors);
        if !errors.is_empty() {
            return Err(ContentErrors(errors));
        }
        let files = files
            .into_iter()
            .map(|(relative, full)| match std::fs::read_to_string(&full) {
                Ok(text) => Ok((relative, text)),
                Err(source) => Err(ContentError::Io { file: full, source }),
            })
            .collect::<Result<Vec<_>, _>>()?;
        Catalog::from_files(Path::new(dir), files)
    }

    /// Builds the catalog from `(path relative to content/, text)` pairs.
    /// Does no I/O; `root` only prefixes paths in error messages.
    pub fn from_files(
        root: &Path,
        files: Vec<(PathBuf, String)>,
    ) -> Result<Catalog, ContentErrors> {
        let mut errors = Vec::new();
        let mut per_locale: BTreeMap<&'static str, Gathered> = Locale::all()
            .map(|l| (l.id(), Gathered::default()))
            .collect();

        for (relative, text) in &files {
            let shown = root.join(relative);
            let parts: Vec<&str> = relative.iter().filter_map(|p| p.to_str()).collect();
            match parts.as_slice() {
                ["README.md"] => {}
                [dir, name] => {
                    let Some(locale) = Locale::from_id(dir) else {
                        errors.push(ContentError::UnexpectedFile {
                            file: shown,
                            message: format!("\"{dir}\" is not a locale"),
                            hint: format!(
                                "content folders are named after locales: {}",
                                Locale::all().map(|l| l.id()).collect::<Vec<_>>().join(", ")
                            ),
                        });
                        continue;
                    };
                    let entry = per_locale
                        .get_mut(locale.id())
                        .expect("every locale has an entry");
                    if *name == PHRASEBOOK {
                        match Phrasebook::parse(&shown, text) {
                            Ok(book) => entry.phrases = Some(book),
                            Err(e) => errors.push(e),
                        }
                    } else if name.ends_with(".md") {
                        match parse::parse_code_file(&shown, text, locale) {
                            Ok(code) => {
                                if let Some(first) = entry.files.get(&code.code) {
                                    errors.push(ContentError::DuplicateCode {
                                        file: shown,
                                        first: first.clone(),
                                        code: code.code,
                                    });
                                } else if name.trim_end_matches(".md") != code.code.to_string() {
                                    let split = parse::split_front_matter(&shown, text)
                                        .expect("parsed above");
                                    errors.push(ContentError::InvalidFact {
                                        line: parse::field_line(text, &split, "code"),
                                        file: shown,
                                        message: format!(
                                            "code = {} but the file is named {name}",
                                            code.code
                                        ),
                                        hint: "name the file after its code, e.g. 1008.md".into(),
                                    });
                                } else {
                                    entry.files.insert(code.code, shown);
                                    entry.codes.insert(code.code, code);
                                }
                            }
                            Err(e) => errors.push(e),
                        }
                    } else {
                        errors.push(unexpected(shown));
                    }
                }
                _ => errors.push(unexpected(shown)),
            }
        }

        // Every locale has every code, with the same facts as the default.
        let default = Locale::default_locale();
        for locale in Locale::all() {
            let Gathered {
                files: files_here,
                phrases: book,
                ..
            } = &per_locale[locale.id()];
            if book.is_none() {
                errors.push(ContentError::UnexpectedFile {
                    file: root.join(locale.id()).join(PHRASEBOOK),
                    message: "the phrasebook is missing".into(),
                    hint: "copy content/en/phrases.toml and translate every phrase".into(),
                });
            }
            if locale == default {
                continue;
            }
            let Gathered {
                codes: default_codes,
                files: default_files,
                ..
            } = &per_locale[default.id()];
            let codes = &per_locale[locale.id()].codes;
            for (number, file) in default_files {
                match codes.get(number) {
                    None => errors.push(ContentError::MissingTranslation {
                        file: file.clone(),
                        expected: root.join(locale.id()).join(format!("{number}.md")),
                        code: *number,
                        locale: locale.id().into(),
                    }),
                    Some(translated) => {
                        let original = &default_codes[number];
                        let t = &translated.facts;
                        let o = &original.facts;
                        let mismatched = [
                            ("group", t.group != o.group),
                            ("sent_by", t.sent_by != o.sent_by),
                            ("on_wire", t.on_wire != o.on_wire),
                            ("browser_close", t.browser_close != o.browser_close),
                            ("reconnect", t.reconnect != o.reconnect),
                        ];
                        if let Some((field, _)) = mismatched.iter().find(|(_, differs)| *differs) {
                            let path = &files_here[number];
                            let text = files
                                .iter()
                                .find(|(r, _)| root.join(r) == *path)
                                .map(|(_, t)| t.as_str())
                                .unwrap_or("");
                            let line = parse::split_front_matter(path, text)
                                .map(|split| parse::field_line(text, &split, field))
                                .unwrap_or(1);
                            errors.push(ContentError::FactMismatch {
                                file: path.clone(),
                                line,
                                field: field.to_string(),
                                original: file.clone(),
                            });
                        }
                    }
                }
            }
            for (number, file) in files_here {
                if !default_files.contains_key(number) {
                    errors.push(ContentError::MissingTranslation {
                        file: file.clone(),
                        expected: root.join(default.id()).join(format!("{number}.md")),
                        code: *number,
                        locale: default.id().into(),
                    });
                }
            }
        }

        if !errors.is_empty() {
            return Err(ContentErrors(errors));
        }
        let locales = Locale::all()
            .map(|locale| {
                let Gathered {
                    codes,
                    files,
                    phrases,
                } = per_locale
                    .remove(locale.id())
                    .expect("every locale has an entry");
                LocaleContent {
                    locale,
                    codes,
                    files,
                    phrases: phrases.expect("checked above"),
                }
            })
            .collect();
        Ok(Catalog { locales })
    }

    /// The content of one locale.
    pub fn locale(&self, locale: Locale) -> &LocaleContent {
        self.locales
            .iter()
            .find(|c| c.locale == locale)
            .expect("the catalog has every locale")
    }

    /// One code in one locale.
    pub fn code(&self, locale: Locale, code: u16) -> Option<&CloseCode> {
        self.locale(locale).codes.get(&code)
    }

    /// Every code number, ascending.
    pub fn numbers(&self) -> Vec<u16> {
        self.locale(Locale::default_locale())
            .codes
            .keys()
            .copied()
            .collect()
    }

    /// The generated comparison of two codes in a locale.
    pub fn comparison(&self, locale: Locale, a: u16, b: u16) -> Option<ComparisonText> {
        let content = self.locale(locale);
        Some(compare(
            &content.phrases,
            content.codes.get(&a)?,
            content.codes.get(&b)?,
        ))
    }
}

/// What loading has found so far for one locale.
#[derive(Default)]
struct Gathered {
    codes: BTreeMap<u16, CloseCode>,
    files: BTreeMap<u16, PathBuf>,
    phrases: Option<Phrasebook>,
}

fn unexpected(file: PathBuf) -> ContentError {
    ContentError::UnexpectedFile {
        file,
        message: "the build does not know what this file is".into(),
        hint: format!(
            "content holds {{locale}}/{{code}}.md and {{locale}}/{PHRASEBOOK}; move or remove \
             anything else"
        ),
    }
}

fn collect_files(
    root: &Path,
    dir: &Path,
    out: &mut Vec<(PathBuf, PathBuf)>,
    errors: &mut Vec<ContentError>,
) {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(source) => {
            errors.push(ContentError::Io {
                file: dir.to_path_buf(),
                source,
            });
            return;
        }
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for path in paths {
        let hidden = path
            .file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n.starts_with('.'));
        if hidden {
            continue;
        }
        if path.is_dir() {
            collect_files(root, &path, out, errors);
        } else {
            let relative = path.strip_prefix(root).unwrap_or(&path).to_path_buf();
            out.push((relative, path));
        }
    }
}
