//! The JSON API, version 1: the content model as data, for tools that want
//! it without scraping pages.
//!
//! | file | what it holds |
//! |---|---|
//! | `/api/v1/codes.json` | every code of every namespace |
//! | `/api/v1/codes/{n}.json` | one of the protocol's or IANA's codes |
//! | `/api/v1/{namespace}/{n}.json` | one code of a service |
//! | `/api/v1/schema.json` | the JSON Schema (2020-12) of all of them |
//!
//! Every code carries its number, namespace (`null` for the protocol's
//! and IANA's codes), range, name, summary and gist in English, its facts,
//! references, library constants and error strings, the URL of its page in
//! each locale, its name, summary and gist in each locale that has
//! translated them, and the URLs of its own file and share card.
//!
//! Version 1 only grows: fields are added, never renamed or removed; a
//! change that would break a reader gets `/api/v2/`.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::content::{Catalog, Settings};
use crate::locale::Locale;
use crate::model::{CloseCode, LibraryText, Range};
use crate::render::SiteFile;
use crate::route::{self, card_url, code_url, service_code_url, site_path};

/// The JSON Schema every file of the API follows.
pub const SCHEMA: &str = include_str!("api_schema.json");

/// The version in every file.
pub const VERSION: u32 = 1;

/// `/api/v1/codes.json`.
#[derive(Serialize)]
pub struct Index<'a> {
    /// The API's version.
    pub version: u32,
    /// The URL of the schema.
    pub schema: String,
    /// Every code: the protocol's and IANA's ascending, then each
    /// service's.
    pub codes: &'a [Code],
}

/// `/api/v1/codes/{n}.json` and `/api/v1/{namespace}/{n}.json`.
#[derive(Serialize)]
pub struct One<'a> {
    /// The API's version.
    pub version: u32,
    /// The URL of the schema.
    pub schema: String,
    /// The code.
    pub code: &'a Code,
}

/// One close code.
#[derive(Serialize)]
pub struct Code {
    /// The number.
    pub code: u16,
    /// The service that defines it; `None` for the protocol's and IANA's.
    pub namespace: Option<Service>,
    /// The range of numbers it is in (`protocol`, `registered`, `private`).
    pub range: &'static str,
    /// Its name, in English.
    pub name: String,
    /// What it means, in one sentence.
    pub summary: String,
    /// What it means, as a clause completing "this code means that …";
    /// `None` for services' codes, which have none.
    pub gist: Option<String>,
    /// Facts that hold in every locale.
    pub facts: Facts,
    /// Where it is defined.
    pub references: Vec<Link>,
    /// The names libraries give it.
    pub constants: Vec<Named>,
    /// The error messages libraries print with it.
    pub errors: Vec<Named>,
    /// The standard codes a service's code is like.
    pub like: Vec<u16>,
    /// Its page, by locale id, in every locale.
    pub pages: BTreeMap<&'static str, String>,
    /// Its words in each locale that has translated them, by locale id.
    pub translations: BTreeMap<&'static str, Words>,
    /// The URL of this code's own file.
    pub api: String,
    /// The URL of its share card.
    pub card: String,
}

/// The service that defines a code.
#[derive(Serialize)]
pub struct Service {
    /// Its id, which is also its URL segment.
    pub id: String,
    /// Its name.
    pub name: String,
}

/// The facts of a code.
#[derive(Serialize)]
pub struct Facts {
    /// Whether an endpoint may put it in a Close frame.
    pub on_wire: bool,
    /// Whether a browser script may pass it to `WebSocket.close()`.
    pub browser_close: bool,
    /// Who usually sends it.
    pub sent_by: &'static str,
    /// What a client should do about reconnecting.
    pub reconnect: &'static str,
    /// How the site groups it.
    pub group: &'static str,
}

/// A link.
#[derive(Serialize)]
pub struct Link {
    /// What it points to.
    pub title: String,
    /// Where.
    pub url: String,
}

/// A library's name for a code, or its message.
#[derive(Serialize)]
pub struct Named {
    /// The library's id.
    pub library: &'static str,
    /// The library's name.
    pub library_name: &'static str,
    /// The constant or the message, as written.
    pub text: String,
}

/// A code's words in one locale.
#[derive(Serialize)]
pub struct Words {
    /// Its name.
    pub name: String,
    /// What it means.
    pub summary: String,
    /// The clause, where the code has one.
    pub gist: Option<String>,
}

/// Every code of the catalog, the protocol's and IANA's first.
pub fn codes(catalog: &Catalog, settings: &Settings) -> Vec<Code> {
    let english = Locale::DEFAULT;
    let mut out: Vec<Code> = catalog
        .numbers()
        .into_iter()
        .filter_map(|n| {
            let code = catalog.code(english, n)?;
            let words = |locale: Locale| {
                catalog
                    .code(locale, n)
                    .filter(|c| c.lang == locale)
                    .map(|c| words(&c))
            };
            let pages = |locale: Locale| code_url(locale, n);
            Some(code_of(settings, &code, None, words, pages))
        })
        .collect();
    for id in catalog.service_ids() {
        let Some(service) = catalog.service(english, id) else {
            continue;
        };
        for n in catalog.service_numbers(id) {
            let Some(code) = catalog.service_code(english, id, n) else {
                continue;
            };
            let words = |locale: Locale| {
                catalog
                    .service_code(locale, id, n)
                    .filter(|c| c.lang == locale)
                    .map(|c| words(&c))
            };
            let pages = |locale: Locale| service_code_url(locale, id, n);
            let service = Service {
                id: id.to_string(),
                name: service.name.clone(),
            };
            out.push(code_of(settings, &code, Some(service), words, pages));
        }
    }
    out
}

fn words(code: &CloseCode) -> Words {
    Words {
        name: code.name.clone(),
        summary: code.summary.clone(),
        gist: gist(code),
    }
}

fn gist(code: &CloseCode) -> Option<String> {
    Some(code.gist.clone()).filter(|g| !g.is_empty())
}

fn code_of(
    settings: &Settings,
    code: &CloseCode,
    namespace: Option<Service>,
    translated: impl Fn(Locale) -> Option<Words>,
    page: impl Fn(Locale) -> String,
) -> Code {
    let named = |list: &[LibraryText]| -> Vec<Named> {
        list.iter()
            .map(|t| Named {
                library: t.library.id,
                library_name: t.library.name,
                text: t.text.clone(),
            })
            .collect()
    };
    let id = namespace.as_ref().map(|s| s.id.as_str());
    Code {
        code: code.code,
        range: Range::of(u32::from(code.code)).map_or("invalid", Range::id),
        name: code.name.clone(),
        summary: code.summary.clone(),
        gist: gist(code),
        facts: Facts {
            on_wire: code.facts.on_wire,
            browser_close: code.facts.browser_close,
            sent_by: code.facts.sent_by.id(),
            reconnect: code.facts.reconnect.id(),
            group: code.facts.group.id(),
        },
        references: code
            .references
            .iter()
            .map(|r| Link {
                title: r.title.clone(),
                url: r.url.clone(),
            })
            .collect(),
        constants: named(&code.constants),
        errors: named(&code.errors),
        like: code.like.clone(),
        pages: Locale::all()
            .map(|l| (l.id(), settings.absolute(&page(l))))
            .collect(),
        translations: Locale::all()
            .filter(|l| !l.is_default())
            .filter_map(|l| Some((l.id(), translated(l)?)))
            .collect(),
        api: settings.absolute(&route::api::code(id, code.code)),
        card: settings.absolute(&card_url(id, code.code)),
        namespace,
    }
}

/// Every file of the API.
pub fn files(catalog: &Catalog, settings: &Settings) -> Vec<SiteFile> {
    let schema = settings.absolute(route::api::SCHEMA);
    let codes = codes(catalog, settings);
    let mut files = Vec::new();
    for code in &codes {
        let path = site_path(&route::api::code(
            code.namespace.as_ref().map(|s| s.id.as_str()),
            code.code,
        ));
        let one = One {
            version: VERSION,
            schema: schema.clone(),
            code,
        };
        files.push(SiteFile {
            path,
            contents: to_json(&one),
        });
    }
    let index = Index {
        version: VERSION,
        schema: schema.clone(),
        codes: &codes,
    };
    files.push(SiteFile {
        path: site_path(route::api::CODES),
        contents: to_json(&index),
    });
    files.push(SiteFile {
        path: site_path(route::api::SCHEMA),
        contents: SCHEMA.to_string(),
    });
    files
}

/// A value of the API as JSON, one line.
fn to_json<T: Serialize>(value: &T) -> String {
    // The API's types hold strings, numbers, lists and maps with string
    // keys, which always serialize.
    let mut text = serde_json::to_string(value).expect("API data serializes");
    text.push('\n');
    text
}
