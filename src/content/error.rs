//! Errors in `content/`: each names the file, the line and what to do.
//!
//! They fail the build; the prerenderer prints every one of them before it
//! exits, so an author can fix a whole batch at once.

use std::path::PathBuf;

/// One problem found in the content.
#[derive(Debug, thiserror::Error)]
pub enum ContentError {
    /// The file could not be read.
    #[error("{}: cannot read the file: {source}\n  hint: check that the path exists and is readable", file.display())]
    Io {
        /// The file.
        file: PathBuf,
        /// What the operating system said.
        source: std::io::Error,
    },

    /// The file does not start with a `+++` front matter block.
    #[error("{}:{line}: {message}\n  hint: start the file with a line `+++`, the TOML facts, and another line `+++`", file.display())]
    MissingFrontMatter {
        /// The file.
        file: PathBuf,
        /// Where the problem is.
        line: usize,
        /// What is wrong.
        message: String,
    },

    /// The front matter is not valid TOML or lacks a field.
    #[error("{}:{line}: bad front matter: {message}\n  hint: {hint}", file.display())]
    BadFrontMatter {
        /// The file.
        file: PathBuf,
        /// The line in the file (not in the TOML block).
        line: usize,
        /// What the TOML reader said.
        message: String,
        /// What to do about it.
        hint: String,
    },

    /// A TOML file (such as a phrasebook) that cannot be read.
    #[error("{}:{line}: {message}\n  hint: {hint}", file.display())]
    BadToml {
        /// The file.
        file: PathBuf,
        /// The line.
        line: usize,
        /// What the TOML reader said.
        message: String,
        /// What to do about it.
        hint: String,
    },

    /// A `##` heading that is not in the locale's heading table.
    #[error("{}:{line}: unknown heading \"{heading}\"\n  hint: a {locale} file uses these headings: {expected}", file.display())]
    UnknownHeading {
        /// The file.
        file: PathBuf,
        /// The line of the heading.
        line: usize,
        /// The heading as written.
        heading: String,
        /// The locale of the file.
        locale: String,
        /// The headings the locale knows.
        expected: String,
    },

    /// A section the page needs is not in the file.
    #[error("{}:{line}: missing section \"{heading}\"\n  hint: add a `## {heading}` heading with its text", file.display())]
    MissingSection {
        /// The file.
        file: PathBuf,
        /// The last line of the file.
        line: usize,
        /// The heading that should be there, in the file's locale.
        heading: String,
    },

    /// The same section twice.
    #[error("{}:{line}: section \"{heading}\" appears twice (first on line {first_line})\n  hint: merge the two sections", file.display())]
    DuplicateSection {
        /// The file.
        file: PathBuf,
        /// The second heading.
        line: usize,
        /// The first heading.
        first_line: usize,
        /// The heading as written.
        heading: String,
    },

    /// A section with no text under its heading.
    #[error("{}:{line}: section \"{heading}\" is empty\n  hint: write the section's text under its heading", file.display())]
    EmptySection {
        /// The file.
        file: PathBuf,
        /// The heading's line.
        line: usize,
        /// The heading as written.
        heading: String,
    },

    /// Text, or a heading of another level, where only `##` sections belong.
    #[error("{}:{line}: {message}\n  hint: {hint}", file.display())]
    Misplaced {
        /// The file.
        file: PathBuf,
        /// Where.
        line: usize,
        /// What was found.
        message: String,
        /// What to do.
        hint: String,
    },

    /// Raw HTML in markdown, which the site never injects.
    #[error("{}:{line}: raw HTML is not allowed: {snippet}\n  hint: write it in markdown, or escape `<` as `\\<`", file.display())]
    RawHtml {
        /// The file.
        file: PathBuf,
        /// Where.
        line: usize,
        /// The HTML as written.
        snippet: String,
    },

    /// A fact that breaks a rule of the protocol or of the site.
    #[error("{}:{line}: {message}\n  hint: {hint}", file.display())]
    InvalidFact {
        /// The file.
        file: PathBuf,
        /// The line of the field.
        line: usize,
        /// What is wrong.
        message: String,
        /// What to do.
        hint: String,
    },

    /// Two files describe the same code in one locale.
    #[error("{}:{line}: code {code} is already described in {}\n  hint: keep one file per code per locale", file.display(), first.display())]
    DuplicateCode {
        /// The second file.
        file: PathBuf,
        /// The line of its `code` field.
        line: usize,
        /// The first file.
        first: PathBuf,
        /// The code.
        code: u16,
    },

    /// A translation of a page the default locale does not have.
    #[error("{}:1: {what} exists in {locale} but not in English\n  hint: write {} first, or remove this file", file.display(), expected.display())]
    NoOriginal {
        /// The translation.
        file: PathBuf,
        /// The English file that should exist.
        expected: PathBuf,
        /// What the file describes: "code 1008".
        what: String,
        /// The locale of the translation.
        locale: String,
    },

    /// A translation whose facts differ from the default locale's.
    #[error("{}:{line}: `{field}` differs from {}\n  hint: facts are the same in every language; copy them from the default locale", file.display(), original.display())]
    FactMismatch {
        /// The translation.
        file: PathBuf,
        /// The line of the field.
        line: usize,
        /// The field.
        field: String,
        /// The default-locale file.
        original: PathBuf,
    },

    /// One of the files every locale needs (`ui.toml`, `phrases.toml`,
    /// `search.toml`) is missing.
    #[error("{}: {what} of {locale} are missing\n  hint: copy {} and translate it", file.display(), original.display())]
    MissingLocaleFile {
        /// The file that should exist.
        file: PathBuf,
        /// What it holds: "the interface strings".
        what: String,
        /// The locale.
        locale: String,
        /// The English file to start from.
        original: PathBuf,
    },

    /// A problem with an interface string in `ui.toml`.
    #[error("{}:{line}: {message}\n  hint: {hint}", file.display())]
    UiString {
        /// The file.
        file: PathBuf,
        /// The line of the key (or of its section).
        line: usize,
        /// What is wrong.
        message: String,
        /// What to do.
        hint: String,
    },

    /// A locale marked complete that lacks translations.
    #[error("{locale} is marked complete, but {} of its files are not translated yet:\n{}\n  hint: translate them, or set `complete: false` for {locale} in src/locale.rs", missing.len(), missing.iter().map(|f| format!("    {}", f.display())).collect::<Vec<_>>().join("\n"))]
    IncompleteLocale {
        /// The locale.
        locale: String,
        /// The files it lacks.
        missing: Vec<PathBuf>,
    },

    /// A file or folder the content layout does not know.
    #[error("{}: {message}\n  hint: {hint}", file.display())]
    UnexpectedFile {
        /// The path.
        file: PathBuf,
        /// What is wrong.
        message: String,
        /// What to do.
        hint: String,
    },
}

/// Every problem found while loading the content.
#[derive(Debug)]
pub struct ContentErrors(pub Vec<ContentError>);

impl std::fmt::Display for ContentErrors {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        for (i, error) in self.0.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "error: {error}")?;
        }
        Ok(())
    }
}

impl std::error::Error for ContentErrors {}

impl From<ContentError> for ContentErrors {
    fn from(error: ContentError) -> Self {
        ContentErrors(vec![error])
    }
}
