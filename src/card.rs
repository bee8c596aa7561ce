//! Share cards: the 1200×630 PNG shown when a close code's page is linked
//! on a social network (OpenGraph `og:image`, Twitter `summary_large_image`).
//!
//! A card shows, top to bottom: the kicker (which family of codes this is, in
//! a small accent chip), the code's number in large accent digits with its
//! name beside it, the one-line gist below them, and a footer with the site
//! name on the left and the page's address on the right.
//!
//! # How a card is rendered
//!
//! The card is written as an SVG document and rendered by [`resvg`] into a
//! `tiny_skia` pixmap, which is then encoded as PNG. SVG has no line
//! wrapping, so the texts are measured first with usvg's own text layout (the
//! same shaping, kerning and fonts that draw them): every field is laid out
//! once at a reference size, and the pen position of each glyph gives the
//! width of any run of characters. With those widths the gist is wrapped to
//! at most three lines and the name to at most two, shrinking the type within
//! a fixed range and cutting with "…" whatever still does not fit. The laid
//! out card is then checked against the real layout of the final document
//! and narrowed if any line still reaches into the 64 px margin.
//!
//! # Fonts
//!
//! All text is set in Inter. [`CardRenderer::new`] finds it among the system
//! fonts (the fontconfig directories, `/usr/share/fonts`, `~/.fonts`, …) and
//! keeps in memory only the upright faces of the family "Inter". A regular
//! and a bold face (or one variable face) are required; without them
//! construction fails with [`CardError::FontMissing`]. On Debian the font
//! comes from the `fonts-inter` package, which `scripts/setup` installs.
//!
//! Rendering is deterministic: the same card gives the same PNG bytes.
//! [`CardRenderer`] is `Send + Sync`, so one renderer can be shared by many
//! threads rendering at once.

use std::collections::{HashMap, HashSet};
use std::fmt::Write as _;
use std::path::Path;
use std::sync::Arc;

use resvg::tiny_skia;
use resvg::usvg::{self, fontdb};

/// Width of a card in pixels.
pub const WIDTH: u32 = 1200;
/// Height of a card in pixels.
pub const HEIGHT: u32 = 630;
/// Empty band kept along every edge of the card, in pixels: nothing but the
/// background is drawn there, except the accent bar along the left edge.
pub const MARGIN: u32 = 64;
/// The font family every text on the card is set in.
pub const FONT_FAMILY: &str = "Inter";

/// What to do when Inter is missing, shown in [`CardError::FontMissing`].
const FONT_HINT: &str =
    "install Debian's `fonts-inter` package (`apt-get install fonts-inter`), which `scripts/setup` does";

/// What a card shows. Every field is plain text (no markup); any text is
/// accepted, and what does not fit is shrunk or cut with "…".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Card<'a> {
    /// The close code, e.g. `"1006"` or `"4004"`.
    pub number: &'a str,
    /// Which family of codes this is, e.g. `"WebSocket close code"` or
    /// `"Discord Gateway close code"`; shown in capitals.
    pub kicker: &'a str,
    /// The code's name, e.g. `"Abnormal Closure"`; up to two lines.
    pub name: &'a str,
    /// One sentence on what the code means; up to three lines.
    pub gist: &'a str,
    /// The site's name, e.g. `"closecodes"`, shown bold in the footer.
    pub site: &'a str,
    /// The page's address, e.g. `"closecodes.dev/1006/"`, shown in the
    /// footer's right corner.
    pub address: &'a str,
}

/// Why a card could not be rendered.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum CardError {
    /// A face of the card's font is not installed.
    #[error("font family \"{family}\" has no {face} face among the installed fonts: {hint}")]
    FontMissing {
        /// The family that was looked for ([`FONT_FAMILY`]).
        family: &'static str,
        /// Which face is missing: `"regular (400)"` or `"bold (600-900)"`.
        face: &'static str,
        /// How to install it.
        hint: &'static str,
    },
    /// The generated SVG was rejected by usvg. This is a bug in this module:
    /// every text is escaped and stripped of characters XML forbids.
    #[error("the card's SVG could not be parsed: {0}")]
    Svg(usvg::Error),
    /// The PNG encoder failed.
    #[error("the card could not be encoded as PNG: {0}")]
    Png(String),
}

/// Renders cards. Holds the loaded Inter faces; cheap to share by reference
/// across threads, and meant to be built once.
#[derive(Clone, Debug)]
pub struct CardRenderer {
    fonts: Arc<fontdb::Database>,
}

impl CardRenderer {
    /// Loads Inter from the system font directories.
    ///
    /// Scanning the system fonts takes a moment (tens to hundreds of
    /// milliseconds); build one renderer and reuse it.
    pub fn new() -> Result<CardRenderer, CardError> {
        let mut system = fontdb::Database::new();
        system.load_system_fonts();
        CardRenderer::from_database(&system)
    }

    /// Loads Inter from the given directories (searched recursively) instead
    /// of the system ones, e.g. for a font shipped next to the binary.
    pub fn from_font_dirs<P: AsRef<Path>>(dirs: &[P]) -> Result<CardRenderer, CardError> {
        let mut found = fontdb::Database::new();
        for dir in dirs {
            found.load_fonts_dir(dir);
        }
        CardRenderer::from_database(&found)
    }

    /// Copies the upright Inter faces of `found` into a private database.
    ///
    /// The copy holds the font bytes in memory because fontdb (built without
    /// memory mapping) would otherwise re-read the file on every access, and
    /// a database of Inter alone keeps usvg from falling back to other fonts.
    fn from_database(found: &fontdb::Database) -> Result<CardRenderer, CardError> {
        let mut fonts = fontdb::Database::new();
        let mut files = HashSet::new();
        for face in found.faces().filter(|face| is_upright_inter(face)) {
            if let fontdb::Source::File(path) = &face.source {
                if !files.insert(path.clone()) {
                    continue; // another face of the same collection file
                }
            }
            if let Some(data) = found.with_face_data(face.id, |data, _| data.to_vec()) {
                fonts.load_font_data(data);
            }
        }

        let inter: Vec<&fontdb::FaceInfo> = fonts.faces().filter(|f| is_upright_inter(f)).collect();
        let regular = inter.iter().find(|f| f.weight == fontdb::Weight::NORMAL);
        let Some(regular) = regular else {
            return Err(font_missing("regular (400)"));
        };
        // usvg maps `font-weight` onto a variable font's `wght` axis, so a
        // variable face stands in for the bold one.
        let has_bold = inter.iter().any(|f| (600..=900).contains(&f.weight.0))
            || fonts
                .with_face_data(regular.id, |data, index| has_table(data, index, *b"fvar"))
                .unwrap_or(false);
        if !has_bold {
            return Err(font_missing("bold (600-900)"));
        }
        fonts.set_sans_serif_family(FONT_FAMILY);
        Ok(CardRenderer {
            fonts: Arc::new(fonts),
        })
    }

    /// Renders `card` as a 1200×630 PNG (RGBA, 8 bits per channel).
    pub fn render(&self, card: &Card<'_>) -> Result<Vec<u8>, CardError> {
        let tree = self.layout(card)?;
        let mut pixmap =
            tiny_skia::Pixmap::new(WIDTH, HEIGHT).expect("1200x630 is a valid, small pixmap size");
        resvg::render(
            &tree,
            tiny_skia::Transform::identity(),
            &mut pixmap.as_mut(),
        );
        pixmap
            .encode_png()
            .map_err(|err| CardError::Png(err.to_string()))
    }

    /// Lays `card` out and returns the parsed SVG tree, ready to draw.
    fn layout(&self, card: &Card<'_>) -> Result<usvg::Tree, CardError> {
        let texts = Texts::new(card);
        let measured = self.measure(&texts)?;
        // The measured widths come from the same layout engine, but kerning
        // across a line break and rare glyph substitutions can shift a line
        // by a pixel or two; tighten the width budget if the final layout
        // still reaches into the right margin.
        let mut squeeze = 1.0;
        loop {
            let tree = self.parse(&compose(&measured, squeeze))?;
            let right = text_right(tree.root());
            if right <= CONTENT_RIGHT || squeeze < 0.5 {
                return Ok(tree);
            }
            // Narrow every measure by the overshoot, and a little more.
            squeeze *= (CONTENT_WIDTH / (right - CONTENT_LEFT)).min(1.0) * 0.98;
        }
    }

    fn parse(&self, svg: &str) -> Result<usvg::Tree, CardError> {
        let options = usvg::Options {
            font_family: FONT_FAMILY.to_owned(),
            fontdb: Arc::clone(&self.fonts),
            ..usvg::Options::default()
        };
        usvg::Tree::from_str(svg, &options).map_err(CardError::Svg)
    }

    /// Lays every field out on one line at the reference size and reads the
    /// advance of each character from the glyph positions.
    fn measure(&self, texts: &Texts) -> Result<Measured, CardError> {
        let fields = texts.fields();
        let mut svg = String::with_capacity(4096);
        svg.push_str(r#"<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100">"#);
        for (index, (style, text)) in fields.iter().enumerate() {
            for (kind, content) in [("t", text.as_str()), ("e", ELLIPSIS)] {
                if content.is_empty() {
                    continue;
                }
                let _ = write!(svg, r#"<text id="{kind}{index}" x="0" y="{REF}" "#);
                style.attributes(&mut svg, REF);
                svg.push('>');
                crate::html::escape_into(&mut svg, content);
                svg.push_str("</text>");
            }
        }
        svg.push_str("</svg>");
        let tree = self.parse(&svg)?;

        let [kicker, number, name, gist, site, address] = std::array::from_fn(|index| {
            let (style, text) = fields[index];
            let advances = tree
                .node_by_id(&format!("t{index}"))
                .map(|node| advances(node, text))
                .unwrap_or_default();
            let ellipsis = tree
                .node_by_id(&format!("e{index}"))
                .map(|node| node.bounding_box().width())
                .unwrap_or(FALLBACK_ADVANCE);
            Run::new(text, &advances, ellipsis, style)
        });
        Ok(Measured {
            kicker,
            number,
            name,
            gist,
            site,
            address,
        })
    }
}

fn font_missing(face: &'static str) -> CardError {
    CardError::FontMissing {
        family: FONT_FAMILY,
        face,
        hint: FONT_HINT,
    }
}

fn is_upright_inter(face: &fontdb::FaceInfo) -> bool {
    face.style == fontdb::Style::Normal && face.families.iter().any(|(name, _)| name == FONT_FAMILY)
}

/// Whether the OpenType font (or collection member) `index` in `data` has
/// the table `tag`. Malformed data simply answers `false`.
fn has_table(data: &[u8], index: u32, tag: [u8; 4]) -> bool {
    let bytes = |at: usize, len: usize| data.get(at..at.checked_add(len)?);
    let u32_at = |at: usize| {
        let b = bytes(at, 4)?;
        usize::try_from(u32::from_be_bytes([b[0], b[1], b[2], b[3]])).ok()
    };
    let font_start = if bytes(0, 4) == Some(b"ttcf".as_slice()) {
        // A collection: a table of offsets to its fonts follows the header.
        let entry = usize::try_from(index)
            .ok()
            .and_then(|i| i.checked_mul(4)?.checked_add(12));
        match entry.and_then(u32_at) {
            Some(offset) => offset,
            None => return false,
        }
    } else {
        0
    };
    let Some(count) = font_start
        .checked_add(4)
        .and_then(|at| bytes(at, 2))
        .map(|b| usize::from(u16::from_be_bytes([b[0], b[1]])))
    else {
        return false;
    };
    // Table records (16 bytes each, tag first) start 12 bytes into the font.
    (0..count).any(|record| {
        font_start
            .checked_add(12 + record * 16)
            .and_then(|at| bytes(at, 4))
            == Some(tag.as_slice())
    })
}

// ---------------------------------------------------------------------------
// Design

const BACKGROUND: &str = "#ffffff";
const TEXT: &str = "#1b1f24";
const SECONDARY: &str = "#4b5563";
const ACCENT: &str = "#1d4ed8";
const ACCENT_SOFT: &str = "#e8eefc";
const BORDER: &str = "#d9dee5";

const W: f32 = WIDTH as f32;
const H: f32 = HEIGHT as f32;
const CONTENT_LEFT: f32 = MARGIN as f32;
const CONTENT_RIGHT: f32 = W - MARGIN as f32;
const CONTENT_WIDTH: f32 = CONTENT_RIGHT - CONTENT_LEFT;
/// Room left free before the right margin, for glyph ink that overhangs its
/// advance (a bold "f" or "T" at display sizes).
const SLACK: f32 = 4.0;

/// Inter's cap height and digit height, in em.
const CAP_HEIGHT: f32 = 0.727;

const ACCENT_BAR_WIDTH: f32 = 12.0;

const CHIP_TOP: f32 = MARGIN as f32;
const CHIP_HEIGHT: f32 = 44.0;
const CHIP_PADDING: f32 = 18.0;
const KICKER_SIZE: f32 = 20.0;

const NUMBER_SIZES: (f32, f32) = (200.0, 120.0);
const NUMBER_CAP_TOP: f32 = CHIP_TOP + CHIP_HEIGHT + 40.0;
const NUMBER_BASELINE: f32 = NUMBER_CAP_TOP + NUMBER_SIZES.0 * CAP_HEIGHT;
/// The number takes at most this share of the content width.
const NUMBER_MAX_WIDTH: f32 = CONTENT_WIDTH * 0.5;
const NUMBER_GAP: f32 = 44.0;

const NAME_SIZES: (f32, f32) = (64.0, 44.0);
const NAME_LINE_HEIGHT: f32 = 1.1;
const NAME_MAX_LINES: usize = 2;

const GIST_SIZES: (f32, f32) = (34.0, 28.0);
const GIST_LINE_HEIGHT: f32 = 1.36;
const GIST_MAX_LINES: usize = 3;
const GIST_FIRST_BASELINE: f32 = NUMBER_BASELINE + 76.0;

const RULE_Y: f32 = 496.0;
// Leaves room for descenders above the bottom margin.
const FOOTER_BASELINE: f32 = H - MARGIN as f32 - 10.0;
const SITE_SIZE: f32 = 28.0;
const ADDRESS_SIZE: f32 = 26.0;
const FOOTER_GAP: f32 = 48.0;

/// Size at which the texts are measured; widths scale linearly from it.
const REF: f32 = 100.0;
const ELLIPSIS: &str = "…";
/// Advance assumed for a character whose glyph could not be matched in the
/// measured layout, at the reference size: wide, so the guess errs towards
/// fitting.
const FALLBACK_ADVANCE: f32 = REF * 0.8;
/// A field longer than this many characters is cut before layout; no field
/// can show nearly as many.
const MAX_CHARS: usize = 1000;

/// The type style of one field.
#[derive(Clone, Copy, Debug)]
enum Style {
    Kicker,
    Number,
    Name,
    Gist,
    Site,
    Address,
}

impl Style {
    fn weight(self) -> u16 {
        match self {
            Style::Number | Style::Name | Style::Site => 700,
            Style::Kicker => 600,
            Style::Gist | Style::Address => 400,
        }
    }

    fn fill(self) -> &'static str {
        match self {
            Style::Kicker | Style::Number => ACCENT,
            Style::Name | Style::Site => TEXT,
            Style::Gist | Style::Address => SECONDARY,
        }
    }

    /// Tracking in em: open for the capitals of the kicker, tight for the
    /// display sizes as Inter's own guidance suggests.
    fn letter_spacing(self) -> f32 {
        match self {
            Style::Kicker => 0.1,
            Style::Number => -0.03,
            Style::Name => -0.015,
            Style::Gist | Style::Site | Style::Address => 0.0,
        }
    }

    fn attributes(self, svg: &mut String, size: f32) {
        let _ = write!(
            svg,
            r#"font-family="{FONT_FAMILY}" font-size="{size:.2}" font-weight="{}" fill="{}""#,
            self.weight(),
            self.fill(),
        );
        let spacing = self.letter_spacing();
        if spacing != 0.0 {
            let _ = write!(svg, r#" letter-spacing="{:.3}""#, spacing * size);
        }
    }
}

/// The fields of a card, cleaned for layout: whitespace collapsed, control
/// characters dropped, the kicker in capitals.
struct Texts {
    kicker: String,
    number: String,
    name: String,
    gist: String,
    site: String,
    address: String,
}

impl Texts {
    fn new(card: &Card<'_>) -> Texts {
        Texts {
            kicker: clean(&card.kicker.to_uppercase()),
            number: clean(card.number),
            name: clean(card.name),
            gist: clean(card.gist),
            site: clean(card.site),
            address: clean(card.address),
        }
    }

    /// The fields in the order [`Measured`] is filled.
    fn fields(&self) -> [(Style, &String); 6] {
        [
            (Style::Kicker, &self.kicker),
            (Style::Number, &self.number),
            (Style::Name, &self.name),
            (Style::Gist, &self.gist),
            (Style::Site, &self.site),
            (Style::Address, &self.address),
        ]
    }
}

/// Collapses whitespace to single spaces, drops what XML cannot carry, and
/// cuts overlong text (marking the cut with "…").
fn clean(text: &str) -> String {
    let mut out = String::with_capacity(text.len().min(MAX_CHARS * 4));
    let mut count = 0;
    let words = text
        .split(|c: char| c.is_whitespace() || c.is_control() || c == '\u{FFFE}' || c == '\u{FFFF}')
        .filter(|word| !word.is_empty());
    for word in words {
        if !out.is_empty() {
            out.push(' ');
            count += 1;
        }
        for c in word.chars() {
            if count >= MAX_CHARS {
                out.push_str(ELLIPSIS);
                return out;
            }
            out.push(c);
            count += 1;
        }
    }
    out
}

/// The advance of each character of `text`, at the reference size, read
/// from the glyph pen positions of its measured layout.
fn advances(node: &usvg::Node, text: &str) -> Vec<f32> {
    let starts: Vec<usize> = text.char_indices().map(|(at, _)| at).collect();
    let usvg::Node::Text(laid_out) = node else {
        return vec![FALLBACK_ADVANCE; starts.len()];
    };
    let glyphs: Vec<_> = laid_out
        .layouted()
        .iter()
        .flat_map(|span| span.positioned_glyphs.iter())
        .collect();
    let end = laid_out.bounding_box().right();

    let mut measured: Vec<Option<f32>> = vec![None; starts.len()];
    let mut by_char = HashMap::new();
    let mut byte = 0;
    for (i, glyph) in glyphs.iter().enumerate() {
        let x = glyph.transform().tx;
        let next = glyphs.get(i + 1).map_or(end, |g| g.transform().tx);
        let advance = (next - x).max(0.0);
        let cluster = glyph.text.as_str();
        let mut chars = cluster.chars();
        let Some(first) = chars.next() else {
            continue;
        };
        if chars.next().is_none() {
            by_char.entry(first).or_insert(advance);
        }
        // Glyphs come in visual order, which for Latin text is text order.
        // Where a glyph does not continue the text (a right-to-left run), skip
        // ahead to where its text comes next; characters passed over take
        // the advance of the same character elsewhere.
        let Some(found) = text.get(byte..).and_then(|rest| rest.find(cluster)) else {
            continue;
        };
        let at = byte + found;
        if let Ok(index) = starts.binary_search(&at) {
            // The rest of a multi-character cluster (a ligature) shares the
            // first character's advance.
            let rest = cluster.chars().count() - 1;
            for (n, slot) in measured.iter_mut().skip(index).take(rest + 1).enumerate() {
                *slot = Some(if n == 0 { advance } else { 0.0 });
            }
        }
        byte = at + cluster.len();
    }
    text.chars()
        .zip(measured)
        .map(|(c, advance)| {
            advance
                .or_else(|| by_char.get(&c).copied())
                .unwrap_or(FALLBACK_ADVANCE)
        })
        .collect()
}

/// One field's text with the position of every character boundary, at the
/// reference size.
struct Run {
    chars: Vec<char>,
    /// `pos[i]` is the pen position before `chars[i]`; `pos[len]` the end.
    pos: Vec<f32>,
    ellipsis: f32,
    style: Style,
}

/// All fields, measured.
struct Measured {
    kicker: Run,
    number: Run,
    name: Run,
    gist: Run,
    site: Run,
    address: Run,
}

/// A run broken into lines at one size.
struct Wrapped {
    lines: Vec<Line>,
    /// False when text was cut off with "…".
    complete: bool,
    /// True when a word had to be broken across lines.
    split: bool,
    size: f32,
}

struct Line {
    text: String,
    /// Width in pixels at the wrapped size.
    width: f32,
}

impl Run {
    fn new(text: &str, advances: &[f32], ellipsis: f32, style: Style) -> Run {
        let chars: Vec<char> = text.chars().collect();
        let mut pos = Vec::with_capacity(chars.len() + 1);
        let mut x = 0.0;
        pos.push(x);
        for i in 0..chars.len() {
            x += advances.get(i).copied().unwrap_or(FALLBACK_ADVANCE);
            pos.push(x);
        }
        Run {
            chars,
            pos,
            ellipsis,
            style,
        }
    }

    fn is_empty(&self) -> bool {
        self.chars.is_empty()
    }

    fn width(&self, start: usize, end: usize) -> f32 {
        self.pos[end] - self.pos[start]
    }

    /// Whether a line may end at `at` (exclusive): before a space, after a
    /// dash or slash, or at the end.
    fn can_break(&self, start: usize, at: usize) -> bool {
        if at <= start || self.chars[at - 1] == ' ' {
            return false;
        }
        at == self.chars.len()
            || self.chars[at] == ' '
            || matches!(self.chars[at - 1], '-' | '–' | '—' | '/')
    }

    /// Breaks the run into at most `max_lines` lines of at most `max_width`
    /// pixels at `size`, cutting the last line with "…" if needed.
    fn wrap(&self, size: f32, max_width: f32, max_lines: usize) -> Wrapped {
        let scale = size / REF;
        let limit = max_width / scale;
        let len = self.chars.len();
        let mut lines = Vec::new();
        let mut start = 0;
        let mut complete = true;
        let mut split = false;
        while start < len && lines.len() < max_lines {
            if self.width(start, len) <= limit {
                lines.push(self.line(start, len, false, scale));
                break;
            }
            if lines.len() + 1 == max_lines {
                lines.push(self.ellipsized(start, limit, scale));
                complete = false;
                break;
            }
            let (end, inside_word) = self.break_before(start, limit);
            split |= inside_word;
            lines.push(self.line(start, end, false, scale));
            start = end;
            while start < len && self.chars[start] == ' ' {
                start += 1;
            }
        }
        Wrapped {
            lines,
            complete,
            split,
            size,
        }
    }

    /// Like [`Run::wrap`], but if the text fits, narrows the measure as far
    /// as it can without adding a line, so that lines come out even.
    fn wrap_balanced(&self, size: f32, max_width: f32, max_lines: usize) -> Wrapped {
        let greedy = self.wrap(size, max_width, max_lines);
        if !greedy.complete || greedy.split || greedy.lines.len() < 2 {
            return greedy;
        }
        let (mut low, mut high) = (max_width / 2.0, max_width);
        for _ in 0..12 {
            let mid = (low + high) / 2.0;
            let trial = self.wrap(size, mid, max_lines);
            if trial.complete && !trial.split && trial.lines.len() == greedy.lines.len() {
                high = mid;
            } else {
                low = mid;
            }
        }
        self.wrap(size, high, max_lines)
    }

    /// The end of the longest line starting at `start` that fits in `limit`
    /// (reference units): at a word boundary if one fits, otherwise inside
    /// the word (then the flag is true), and never empty.
    fn break_before(&self, start: usize, limit: f32) -> (usize, bool) {
        let len = self.chars.len();
        let fits = |end: usize| self.width(start, end) <= limit;
        let word_end = (start + 1..=len)
            .take_while(|&end| fits(end))
            .filter(|&end| self.can_break(start, end) && fits(end))
            .last();
        match word_end {
            Some(end) => (end, false),
            None => {
                let end = (start + 1..=len).take_while(|&end| fits(end)).last();
                (end.unwrap_or(start + 1), true)
            }
        }
    }

    /// The longest start of the text from `start` that fits in `limit` with
    /// "…" after it, preferring to cut between words.
    fn ellipsized(&self, start: usize, limit: f32, scale: f32) -> Line {
        let room = limit - self.ellipsis;
        let len = self.chars.len();
        let fits = |end: usize| self.width(start, end) <= room;
        let char_end = (start..=len).take_while(|&end| fits(end)).last();
        let word_end = (start + 1..=len)
            .take_while(|&end| fits(end))
            .filter(|&end| self.can_break(start, end) && fits(end))
            .last();
        // Cutting between words reads better unless it wastes much room.
        let end = match (word_end, char_end) {
            (Some(word), _) if self.width(start, word) >= room * 0.7 => word,
            (_, Some(chars)) => chars,
            _ => start,
        };
        let mut end = end;
        while end > start
            && matches!(
                self.chars[end - 1],
                ' ' | ',' | '.' | ';' | ':' | '-' | '–' | '—'
            )
        {
            end -= 1;
        }
        self.line(start, end, true, scale)
    }

    fn line(&self, start: usize, end: usize, ellipsis: bool, scale: f32) -> Line {
        let mut text: String = self.chars[start..end].iter().collect();
        let mut width = self.width(start, end);
        if ellipsis {
            text.push_str(ELLIPSIS);
            width += self.ellipsis;
        }
        Line {
            text,
            width: width * scale,
        }
    }

    /// Wraps the run at the largest size in `sizes` (from, down to, in
    /// steps of 2 px) at which it fits in `max_lines` lines without breaking
    /// a word; failing that, at the largest size at which it fits at all;
    /// failing that, cut with "…" at the smallest size.
    fn fit(&self, sizes: (f32, f32), max_width: f32, max_lines: usize, balanced: bool) -> Wrapped {
        let (largest, smallest) = sizes;
        let mut size = largest;
        let mut split_fit = None;
        loop {
            let wrapped = if balanced {
                self.wrap_balanced(size, max_width, max_lines)
            } else {
                self.wrap(size, max_width, max_lines)
            };
            if wrapped.complete && !wrapped.split {
                return wrapped;
            }
            if size - 2.0 < smallest {
                return split_fit.unwrap_or(wrapped);
            }
            if wrapped.complete && split_fit.is_none() {
                split_fit = Some(wrapped);
            }
            size -= 2.0;
        }
    }

    /// Writes one `<text>` element per line, the first baseline at `y`.
    fn write(
        &self,
        svg: &mut String,
        wrapped: &Wrapped,
        x: f32,
        y: f32,
        line_height: f32,
        anchor_end: bool,
    ) {
        for (i, line) in wrapped.lines.iter().enumerate() {
            let baseline = y + i as f32 * line_height;
            let _ = write!(svg, r#"<text x="{x:.2}" y="{baseline:.2}" "#);
            if anchor_end {
                svg.push_str(r#"text-anchor="end" "#);
            }
            self.style.attributes(svg, wrapped.size);
            svg.push('>');
            crate::html::escape_into(svg, &line.text);
            svg.push_str("</text>");
        }
    }
}

/// Writes the card's SVG; `squeeze` (at most 1) narrows every text measure.
fn compose(m: &Measured, squeeze: f32) -> String {
    let mut svg = String::with_capacity(4096);
    let _ = write!(
        svg,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" viewBox="0 0 {WIDTH} {HEIGHT}">"#
    );
    let _ = write!(
        svg,
        r#"<rect width="{WIDTH}" height="{HEIGHT}" fill="{BACKGROUND}"/>"#
    );
    let _ = write!(
        svg,
        r#"<rect width="{ACCENT_BAR_WIDTH}" height="{HEIGHT}" fill="{ACCENT}"/>"#
    );
    let measure = |width: f32| width * squeeze - SLACK;

    // Kicker, in a pill.
    if !m.kicker.is_empty() {
        let text = m
            .kicker
            .wrap(KICKER_SIZE, measure(CONTENT_WIDTH - 2.0 * CHIP_PADDING), 1);
        let trailing = Style::Kicker.letter_spacing() * KICKER_SIZE;
        let width = text.lines.first().map_or(0.0, |line| line.width) - trailing;
        let _ = write!(
            svg,
            r#"<rect x="{CONTENT_LEFT}" y="{CHIP_TOP}" width="{w:.2}" height="{CHIP_HEIGHT}" rx="{r}" fill="{ACCENT_SOFT}"/>"#,
            w = width + 2.0 * CHIP_PADDING,
            r = CHIP_HEIGHT / 2.0,
        );
        let baseline = CHIP_TOP + (CHIP_HEIGHT + KICKER_SIZE * CAP_HEIGHT) / 2.0;
        m.kicker.write(
            &mut svg,
            &text,
            CONTENT_LEFT + CHIP_PADDING,
            baseline,
            0.0,
            false,
        );
    }

    // Number, with the name beside it, centred on the digits' height.
    let number = m
        .number
        .fit(NUMBER_SIZES, measure(NUMBER_MAX_WIDTH), 1, false);
    let number_width = number.lines.first().map_or(0.0, |line| line.width);
    m.number
        .write(&mut svg, &number, CONTENT_LEFT, NUMBER_BASELINE, 0.0, false);

    let name_left = if number_width > 0.0 {
        CONTENT_LEFT + number_width + NUMBER_GAP
    } else {
        CONTENT_LEFT
    };
    let name = m.name.fit(
        NAME_SIZES,
        measure(CONTENT_RIGHT - name_left),
        NAME_MAX_LINES,
        true,
    );
    let line_height = name.size * NAME_LINE_HEIGHT;
    let block = name.size * CAP_HEIGHT + line_height * (name.lines.len().max(1) - 1) as f32;
    let middle = NUMBER_BASELINE - NUMBER_SIZES.0 * CAP_HEIGHT / 2.0;
    let first_baseline = middle - block / 2.0 + name.size * CAP_HEIGHT;
    m.name.write(
        &mut svg,
        &name,
        name_left,
        first_baseline,
        line_height,
        false,
    );

    // Gist.
    let gist = m
        .gist
        .fit(GIST_SIZES, measure(CONTENT_WIDTH), GIST_MAX_LINES, false);
    m.gist.write(
        &mut svg,
        &gist,
        CONTENT_LEFT,
        GIST_FIRST_BASELINE,
        gist.size * GIST_LINE_HEIGHT,
        false,
    );

    // Footer: a rule, the site's name, the address in the corner.
    let _ = write!(
        svg,
        r#"<rect x="{CONTENT_LEFT}" y="{RULE_Y}" width="{CONTENT_WIDTH}" height="2" fill="{BORDER}"/>"#
    );
    let site = m.site.wrap(SITE_SIZE, measure(CONTENT_WIDTH / 2.0), 1);
    let site_width = site.lines.first().map_or(0.0, |line| line.width);
    m.site
        .write(&mut svg, &site, CONTENT_LEFT, FOOTER_BASELINE, 0.0, false);
    let address_room = CONTENT_WIDTH - site_width - if site_width > 0.0 { FOOTER_GAP } else { 0.0 };
    let address = m.address.wrap(ADDRESS_SIZE, measure(address_room), 1);
    m.address.write(
        &mut svg,
        &address,
        CONTENT_RIGHT - SLACK,
        FOOTER_BASELINE,
        0.0,
        true,
    );

    svg.push_str("</svg>");
    svg
}

/// The rightmost x reached by any text in `group`, in canvas coordinates,
/// by the advance-based text boxes of the final layout.
fn text_right(group: &usvg::Group) -> f32 {
    group
        .children()
        .iter()
        .map(|node| match node {
            usvg::Node::Group(inner) => text_right(inner),
            usvg::Node::Text(text) => text.abs_bounding_box().right(),
            _ => f32::NEG_INFINITY,
        })
        .fold(f32::NEG_INFINITY, f32::max)
}
