//! Native tests of the share-card renderer: they render real cards with the
//! system's Inter and read the pixels back.
//!
//! The regions below follow the layout in `src/card.rs`: the kicker chip at
//! the top left, the number below it with the name to its right, the gist
//! under both, the footer at the bottom.

use std::sync::OnceLock;

use closecodes::card::{Card, CardError, CardRenderer, HEIGHT, MARGIN, WIDTH};
use resvg::tiny_skia::Pixmap;

const ABNORMAL: Card<'static> = Card {
    number: "1006",
    kicker: "WebSocket close code",
    name: "Abnormal Closure",
    gist: "No Close frame arrived: the connection dropped without a closing handshake, \
           so the browser reports 1006 locally — it is never sent on the wire.",
    site: "closecodes",
    address: "closecodes.dev/1006/",
};

/// A card with nothing in the number, the name and the gist.
const BLANK: Card<'static> = Card {
    number: "",
    name: "",
    gist: "",
    ..ABNORMAL
};

/// Where the big number goes: left column, from below the chip to its
/// baseline.
const NUMBER_REGION: Region = Region {
    x: 64..540,
    y: 150..295,
};
/// Where the name goes: right of a four-digit number, level with it.
const NAME_REGION: Region = Region {
    x: 600..1136,
    y: 150..295,
};
/// Where the gist goes: full width, between the number and the footer rule.
const GIST_REGION: Region = Region {
    x: 64..1136,
    y: 330..480,
};

/// The accent bar on the card's left edge, the one thing drawn in a margin.
const ACCENT_BAR: u32 = 12;

struct Region {
    x: std::ops::Range<u32>,
    y: std::ops::Range<u32>,
}

fn renderer() -> &'static CardRenderer {
    static RENDERER: OnceLock<CardRenderer> = OnceLock::new();
    RENDERER.get_or_init(|| match CardRenderer::new() {
        Ok(renderer) => renderer,
        Err(err) => panic!("cannot load the card font: {err}"),
    })
}

fn render(card: &Card<'_>) -> Vec<u8> {
    match renderer().render(card) {
        Ok(png) => png,
        Err(err) => panic!("rendering {card:?} failed: {err}"),
    }
}

/// The 1006 card, rendered once and shared by the tests.
fn abnormal_png() -> &'static [u8] {
    static PNG: OnceLock<Vec<u8>> = OnceLock::new();
    PNG.get_or_init(|| render(&ABNORMAL))
}

fn decode(png: &[u8]) -> Pixmap {
    Pixmap::decode_png(png).expect("the renderer's output is a PNG")
}

fn rgb(pixmap: &Pixmap, x: u32, y: u32) -> [u8; 3] {
    let pixel = pixmap.pixel(x, y).expect("coordinates lie inside the card");
    // Cards are opaque, so the premultiplied colour is the colour.
    assert_eq!(pixel.alpha(), 255, "pixel ({x}, {y}) is not opaque");
    [pixel.red(), pixel.green(), pixel.blue()]
}

fn count(pixmap: &Pixmap, region: &Region, mut keep: impl FnMut([u8; 3]) -> bool) -> usize {
    region
        .y
        .clone()
        .flat_map(|y| region.x.clone().map(move |x| (x, y)))
        .filter(|&(x, y)| keep(rgb(pixmap, x, y)))
        .count()
}

/// Close to the site's accent, #1d4ed8.
fn is_accent([r, g, b]: [u8; 3]) -> bool {
    r.abs_diff(0x1d) < 40 && g.abs_diff(0x4e) < 40 && b.abs_diff(0xd8) < 40
}

/// Clearly darker than the white background: text or secondary text.
fn is_ink([r, g, b]: [u8; 3]) -> bool {
    u32::from(r) + u32::from(g) + u32::from(b) < 3 * 160
}

#[test]
fn renders_a_png_of_1200_by_630() {
    let png = abnormal_png();
    assert!(png.starts_with(b"\x89PNG\r\n\x1a\n"), "no PNG signature");
    let pixmap = decode(png);
    assert_eq!((pixmap.width(), pixmap.height()), (WIDTH, HEIGHT));
    assert_eq!((WIDTH, HEIGHT), (1200, 630));
}

#[test]
fn draws_the_number_in_the_accent_colour() {
    let card = decode(abnormal_png());
    let blank = decode(&render(&BLANK));
    let area = NUMBER_REGION.x.len() * NUMBER_REGION.y.len();
    let drawn = count(&card, &NUMBER_REGION, is_accent);
    // "1006" at display size fills a good part of its box.
    assert!(
        drawn > area / 5,
        "only {drawn} accent pixels of {area} in the number's region"
    );
    assert_eq!(
        count(&blank, &NUMBER_REGION, is_accent),
        0,
        "accent pixels without a number"
    );
}

#[test]
fn draws_the_name_and_the_gist() {
    let card = decode(abnormal_png());
    let blank = decode(&render(&BLANK));
    let name = count(&card, &NAME_REGION, is_ink);
    assert!(name > 5_000, "only {name} dark pixels in the name's region");
    assert_eq!(
        count(&blank, &NAME_REGION, is_ink),
        0,
        "dark pixels without a name"
    );
    let gist = count(&card, &GIST_REGION, is_ink);
    let empty_gist = count(&blank, &GIST_REGION, is_ink);
    assert!(gist > 5_000, "only {gist} dark pixels in the gist's region");
    assert_eq!(empty_gist, 0, "dark pixels without a gist");
}

#[test]
fn long_texts_fit_inside_the_margins() {
    let gist = "Disallowed intent: you sent an intent that is not enabled for this application \
                or that it is not approved for — enable it in the Developer Portal or remove it \
                from the Identify payload. "
        .repeat(3);
    let gist: String = gist.chars().take(400).collect();
    let unbroken = "x".repeat(300);
    let card = Card {
        number: "4014",
        kicker: "Discord Gateway close code, voice connections, legacy and current versions",
        name: "Authentication failed (invalid token) because the session could not be resumed \
               after the gateway restarted",
        gist: &gist,
        site: "closecodes",
        address: "closecodes.dev/discord/gateway/close-codes/4014-disallowed-intents/",
    };
    let overflowing = Card {
        name: &unbroken,
        gist: &unbroken,
        number: "40144014401440144014",
        ..card
    };
    for card in [card, overflowing] {
        let pixmap = decode(&render(&card));
        let background = rgb(&pixmap, WIDTH - 1, 0);
        assert!(is_background(background), "the corner is {background:?}");
        let bands = [
            // right, top, bottom and left, beside the accent bar
            Region {
                x: WIDTH - MARGIN..WIDTH,
                y: 0..HEIGHT,
            },
            Region {
                x: ACCENT_BAR..WIDTH,
                y: 0..MARGIN,
            },
            Region {
                x: ACCENT_BAR..WIDTH,
                y: HEIGHT - MARGIN..HEIGHT,
            },
            Region {
                x: ACCENT_BAR..MARGIN,
                y: 0..HEIGHT,
            },
        ];
        for band in &bands {
            let stray = count(&pixmap, band, |pixel| pixel != background);
            assert_eq!(
                stray, 0,
                "{stray} pixels drawn in the margin band x {:?}, y {:?} for {card:?}",
                band.x, band.y
            );
        }
        // The texts were cut to fit, not dropped: the gist's lines run
        // close to the right margin.
        let near_edge = Region {
            x: WIDTH - MARGIN - 120..WIDTH - MARGIN,
            y: GIST_REGION.y,
        };
        assert!(
            count(&pixmap, &near_edge, is_ink) > 100,
            "the gist stops short of the margin"
        );
    }
}

fn is_background([r, g, b]: [u8; 3]) -> bool {
    r > 240 && g > 240 && b > 240
}

#[test]
fn xml_special_characters_render_in_every_field() {
    let nasty = "<b>&amp; \"quoted\" 'single' ]]> <!-- x --> \u{0}\u{1b}\u{7f}\n\t&#x41;";
    let card = Card {
        number: nasty,
        kicker: nasty,
        name: nasty,
        gist: nasty,
        site: nasty,
        address: nasty,
    };
    let pixmap = decode(&render(&card));
    // The text is drawn as text, not swallowed as markup.
    assert!(
        count(&pixmap, &GIST_REGION, is_ink) > 500,
        "the gist was not drawn"
    );
}

#[test]
fn different_numbers_give_different_cards() {
    let other = render(&Card {
        number: "1007",
        ..ABNORMAL
    });
    assert_ne!(other, abnormal_png());
}

#[test]
fn rendering_is_deterministic_across_threads() {
    let renderer = renderer();
    let (first, second) = std::thread::scope(|scope| {
        let first = scope.spawn(|| renderer.render(&ABNORMAL));
        let second = scope.spawn(|| renderer.render(&ABNORMAL));
        (first.join(), second.join())
    });
    let first = first.expect("thread finished").expect("card rendered");
    let second = second.expect("thread finished").expect("card rendered");
    assert!(first == second, "two renders of the same card differ");
    assert!(
        first == abnormal_png(),
        "a render differs from an earlier one"
    );
}

#[test]
fn renderer_can_be_shared_between_threads() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<CardRenderer>();
}

#[test]
fn missing_font_is_a_clear_error() {
    let empty = std::env::temp_dir().join("closecodes-card-test-no-fonts");
    std::fs::create_dir_all(&empty).expect("temporary directory can be created");
    match CardRenderer::from_font_dirs(&[&empty]) {
        Err(err @ CardError::FontMissing { family, .. }) => {
            assert_eq!(family, "Inter");
            let message = err.to_string();
            assert!(message.contains("fonts-inter"), "{message}");
            assert!(message.contains("scripts/setup"), "{message}");
        }
        Err(other) => panic!("expected FontMissing, got {other}"),
        Ok(_) => panic!("found Inter in an empty directory"),
    }
}

#[test]
fn unusual_text_renders_without_error() {
    let huge = "word ".repeat(5_000);
    let mixed = "emoji 🚀👩‍💻, combining e\u{301}\u{301}, Arabic مرحبا, Hebrew שלום, \
                 CJK 你好, zero\u{200b}width, bidi \u{202e}override\u{202c} — ≥ … ’";
    let empty = Card {
        number: "",
        kicker: "",
        name: "",
        gist: "",
        site: "",
        address: "",
    };
    let mixed_card = Card {
        number: mixed,
        kicker: mixed,
        name: mixed,
        gist: mixed,
        site: mixed,
        address: mixed,
    };
    let huge_card = Card {
        number: &huge,
        kicker: &huge,
        name: &huge,
        gist: &huge,
        site: &huge,
        address: &huge,
    };
    for card in [empty, mixed_card, huge_card] {
        let pixmap = decode(&render(&card));
        assert_eq!((pixmap.width(), pixmap.height()), (WIDTH, HEIGHT));
    }
}
