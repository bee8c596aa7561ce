//! The JSON API: every file it writes is valid against its own JSON Schema
//! (checked by a real validator), and says what the pages say.

use std::path::Path;
use std::sync::OnceLock;

use closecodes::api::{self, SCHEMA};
use closecodes::content::{Catalog, Settings};
use closecodes::locale::Locale;
use serde_json::Value;

fn catalog() -> &'static Catalog {
    static CATALOG: OnceLock<Catalog> = OnceLock::new();
    CATALOG.get_or_init(|| {
        Catalog::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("content")).unwrap()
    })
}

fn settings() -> Settings {
    Settings::parse(Path::new("site.toml"), "origin = \"https://cc.example\"").unwrap()
}

/// Every file of the API, parsed, by path.
fn files() -> &'static Vec<(String, Value)> {
    static FILES: OnceLock<Vec<(String, Value)>> = OnceLock::new();
    FILES.get_or_init(|| {
        api::files(catalog(), &settings())
            .into_iter()
            .map(|f| {
                let value = serde_json::from_str(&f.contents)
                    .unwrap_or_else(|e| panic!("{} is not JSON: {e}", f.path));
                (f.path, value)
            })
            .collect()
    })
}

fn file(path: &str) -> &'static Value {
    &files()
        .iter()
        .find(|(p, _)| p == path)
        .unwrap_or_else(|| panic!("the API has no {path}"))
        .1
}

fn validator() -> jsonschema::Validator {
    let schema: Value = serde_json::from_str(SCHEMA).expect("the schema is JSON");
    jsonschema::draft202012::new(&schema).expect("the schema is a valid 2020-12 schema")
}

#[test]
fn every_file_is_valid_against_the_schema() {
    let validator = validator();
    let mut checked = 0;
    for (path, value) in files() {
        if path.ends_with("schema.json") {
            continue;
        }
        let errors: Vec<String> = validator
            .iter_errors(value)
            .map(|e| format!("{} at {}", e, e.instance_path()))
            .collect();
        assert!(errors.is_empty(), "{path}:\n{}", errors.join("\n"));
        checked += 1;
    }
    let services: usize = catalog()
        .service_ids()
        .iter()
        .map(|id| catalog().service_numbers(id).len())
        .sum();
    assert_eq!(checked, catalog().numbers().len() + services + 1);
}

#[test]
fn the_validator_rejects_what_the_schema_forbids() {
    let validator = validator();
    let good = file("api/v1/codes/1006.json").clone();
    assert!(validator.is_valid(&good));
    let mut missing = good.clone();
    missing["code"].as_object_mut().unwrap().remove("facts");
    assert!(!validator.is_valid(&missing), "a code without facts");
    let mut wrong = good.clone();
    wrong["code"]["code"] = Value::from(70000);
    assert!(
        !validator.is_valid(&wrong),
        "a number a Close frame cannot carry"
    );
    let mut wrong = good.clone();
    wrong["code"]["facts"]["reconnect"] = Value::from("sometimes");
    assert!(!validator.is_valid(&wrong), "an unknown reconnect advice");
    let mut extra = good;
    extra["code"]["surprise"] = Value::from(true);
    assert!(
        !validator.is_valid(&extra),
        "a field the schema does not know"
    );
}

#[test]
fn a_protocol_code_carries_its_facts_names_and_pages() {
    let code = &file("api/v1/codes/1006.json")["code"];
    assert_eq!(code["code"], 1006);
    assert_eq!(code["namespace"], Value::Null);
    assert_eq!(code["range"], "protocol");
    assert_eq!(code["name"], "Abnormal Closure");
    assert_eq!(code["facts"]["on_wire"], false);
    assert_eq!(code["facts"]["browser_close"], false);
    assert_eq!(code["facts"]["sent_by"], "local-library");
    assert!(code["references"][0]["url"]
        .as_str()
        .unwrap()
        .starts_with("https://"));
    let constants = code["constants"].as_array().unwrap();
    assert!(constants
        .iter()
        .any(|c| c["text"] == "websocket.CloseAbnormalClosure" && c["library"] == "gorilla"));
    assert!(!code["errors"].as_array().unwrap().is_empty());
    let pages = code["pages"].as_object().unwrap();
    assert_eq!(pages.len(), Locale::all().len());
    assert_eq!(pages["en"], "https://cc.example/1006/");
    assert_eq!(pages["ar"], "https://cc.example/ar/1006/");
    assert_eq!(code["translations"]["zh-hans"]["name"], "异常关闭");
    assert_eq!(code["translations"]["ja"]["name"], "異常終了");
    assert!(
        code["translations"].get("ru").is_none(),
        "ru has not translated 1006"
    );
    assert_eq!(code["api"], "https://cc.example/api/v1/codes/1006.json");
    assert_eq!(code["card"], "https://cc.example/cards/1006.png");
}

#[test]
fn a_service_code_names_its_service_and_lives_under_it() {
    let code = &file("api/v1/discord-gateway/4004.json")["code"];
    assert_eq!(code["namespace"]["id"], "discord-gateway");
    assert_eq!(code["namespace"]["name"], "Discord Gateway");
    assert_eq!(code["range"], "private");
    assert_eq!(
        code["pages"]["ko"],
        "https://cc.example/ko/discord-gateway/4004/"
    );
    assert_eq!(
        code["api"],
        "https://cc.example/api/v1/discord-gateway/4004.json"
    );
}

#[test]
fn the_index_lists_every_code_once_as_its_own_file_has_it() {
    let index = file("api/v1/codes.json");
    assert_eq!(index["version"], 1);
    assert_eq!(index["schema"], "https://cc.example/api/v1/schema.json");
    let codes = index["codes"].as_array().unwrap();
    let mut seen = std::collections::HashSet::new();
    for code in codes {
        let path = code["api"]
            .as_str()
            .unwrap()
            .trim_start_matches("https://cc.example/");
        assert!(seen.insert(path.to_string()), "{path} twice");
        assert_eq!(&file(path)["code"], code, "{path}");
    }
    assert_eq!(seen.len(), files().len() - 2);
    // The schema is served as written.
    let schema: Value = serde_json::from_str(SCHEMA).unwrap();
    assert_eq!(file("api/v1/schema.json"), &schema);
}
