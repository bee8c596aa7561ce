//! The tokenizer that the index builder and the browser share, on every
//! script the site is written in: words are folded (case, accents, digit
//! forms), and scripts without spaces are cut into character n-grams.

use closecodes::fold::{fold, fold_mapped};
use closecodes::search::tokenize::{tokenize, within_one_edit, TokenKind};

fn texts(text: &str) -> Vec<String> {
    tokenize(text).into_iter().map(|t| t.text).collect()
}

fn words(text: &str) -> Vec<String> {
    tokenize(text)
        .into_iter()
        .filter(|t| t.kind == TokenKind::Word)
        .map(|t| t.text)
        .collect()
}

#[test]
fn latin_words_are_folded_and_split_at_punctuation() {
    assert_eq!(
        texts("websocket: close 1006 (abnormal closure)"),
        ["websocket", "close", "1006", "abnormal", "closure"]
    );
    assert_eq!(
        texts("CLOSE_GOING_AWAY"),
        ["close_going_away", "close", "going", "away"]
    );
    assert_eq!(
        texts("proxy_read_timeout"),
        ["proxy_read_timeout", "proxy", "read", "timeout"]
    );
}

#[test]
fn constants_yield_their_parts() {
    assert_eq!(
        texts("StatusPolicyViolation"),
        ["statuspolicyviolation", "status", "policy", "violation"]
    );
    assert_eq!(
        texts("CloseCode::Away"),
        ["closecode", "close", "code", "away"]
    );
    assert_eq!(texts("TLSHandshake"), ["tlshandshake", "tls", "handshake"]);
}

#[test]
fn accents_fold_away_in_every_latin_language() {
    assert_eq!(words("conexión"), words("conexion"));
    assert_eq!(words("Schließen"), ["schliessen"]);
    assert_eq!(words("Überlast"), words("uberlast"));
    assert_eq!(words("niño ÇA façade"), ["nino", "ca", "facade"]);
    assert_eq!(words("fermée à clé"), ["fermee", "a", "cle"]);
    assert_eq!(words("conexão não"), ["conexao", "nao"]);
    // Vietnamese tones and letters.
    assert_eq!(words("Kết nối bị đóng"), ["ket", "noi", "bi", "dong"]);
    assert_eq!(words("Mã đóng ỨNG DỤNG"), ["ma", "dong", "ung", "dung"]);
    // Ligatures and strokes.
    assert_eq!(
        words("Œuvre Æther Łódź Øresund"),
        ["oeuvre", "aether", "lodz", "oresund"]
    );
}

#[test]
fn turkish_dotted_and_dotless_i_are_one_letter() {
    for spelling in ["İSTANBUL", "ISTANBUL", "ıstanbul", "istanbul", "Istanbul"] {
        assert_eq!(words(spelling), ["istanbul"], "{spelling}");
    }
    assert_eq!(words("BAĞLANTI kapatıldı"), ["baglanti", "kapatildi"]);
    assert_eq!(words("İNTERNAL ERROR"), ["internal", "error"]);
}

#[test]
fn full_width_forms_are_ascii() {
    assert_eq!(texts("１００６"), ["1006"]);
    assert_eq!(texts("ＰＯＬＩＣＹ"), ["policy"]);
    assert_eq!(texts("１００８和１０１４"), ["1008", "和", "1014"]);
}

#[test]
fn digits_of_every_script_are_ascii() {
    assert_eq!(texts("٤٠٠٤"), ["4004"]);
    assert_eq!(texts("۱۰۰۶"), ["1006"]);
    assert_eq!(texts("१००६"), ["1006"]);
    assert_eq!(texts("๑๐๐๖"), ["1006"]);
}

#[test]
fn cyrillic_is_lowercased_with_yo_as_ye() {
    assert_eq!(words("Закрытие СОЕДИНЕНИЯ"), ["закрытие", "соединения"]);
    assert_eq!(words("Ёлка"), words("елка"));
}

#[test]
fn arabic_loses_its_harakat_and_unifies_alef() {
    assert_eq!(words("مُغْلَق"), words("مغلق"));
    assert_eq!(words("الإغلاق"), ["الاغلاق"]);
    assert_eq!(words("أإآ"), ["ااا"]);
    assert_eq!(words("رسالـــة"), words("رساله"));
    // "and 1014", written as one word, still yields the number.
    let tokens = tokenize("و1014");
    assert!(tokens.iter().any(|t| t.text == "1014"), "{tokens:?}");
}

#[test]
fn devanagari_words_keep_their_vowel_signs_and_virama() {
    assert_eq!(words("असामान्य क्लोज़ कोड"), ["असामान्य", "क्लोज", "कोड"]);
    assert_eq!(words("कनेक्शन"), ["कनेक्शन"]);
    // The nukta folds away, whether written apart or precomposed.
    assert_eq!(words("फ़र्क़"), words("फर्क"));
    assert_eq!(words("\u{095E}र्क"), words("फर्क"));
}

#[test]
fn chinese_and_japanese_runs_yield_characters_and_pairs() {
    assert_eq!(
        texts("异常关闭"),
        ["异", "异常", "常", "常关", "关", "关闭", "闭"]
    );
    assert_eq!(texts("1008和1014"), ["1008", "和", "1014"]);
    assert_eq!(
        texts("1008と1014の違い"),
        ["1008", "と", "1014", "の", "の違", "違", "違い", "い"]
    );
    assert_eq!(
        texts("異常終了"),
        ["異", "異常", "常", "常終", "終", "終了", "了"]
    );
    assert!(texts("クローズコード").contains(&"コー".to_string()));
}

#[test]
fn hangul_is_cut_into_pairs_so_particles_do_not_hide_words() {
    assert_eq!(texts("정상 종료"), ["정", "정상", "상", "종", "종료", "료"]);
    // "정상종료는" (with a particle, no space) shares its pairs.
    let joined = texts("정상종료는");
    for pair in ["정상", "종료"] {
        assert!(joined.contains(&pair.to_string()), "{joined:?}");
    }
}

#[test]
fn thai_is_cut_into_pairs_of_letters_with_their_marks() {
    let tokens = texts("การเชื่อมต่อ");
    // Tone marks and vowel signs stay with their letter...
    assert!(tokens.contains(&"ชื่".to_string()), "{tokens:?}");
    for token in &tokens {
        let first = token.chars().next().unwrap();
        assert!(
            !matches!(first as u32, 0x0E31 | 0x0E34..=0x0E3A | 0x0E47..=0x0E4E),
            "{token:?} starts with a mark"
        );
    }
    // ...and every neighbouring pair is there.
    assert!(tokens.contains(&"ชื่อ".to_string()), "{tokens:?}");
    // The same text always cuts the same way, so a phrase matches itself.
    let phrase = texts("เชื่อมต่อ");
    assert!(phrase.iter().all(|t| tokens.contains(t)), "{phrase:?}");
}

#[test]
fn folding_keeps_the_way_back_to_the_original() {
    let text = "Schließen ÜBER １００６";
    let mapped = fold_mapped(text);
    assert_eq!(mapped.text, "schliessen uber 1006");
    assert_eq!(mapped.text, fold(text));
    let at = mapped.text.find("1006").unwrap();
    let (start, _) = mapped.origin[at];
    let (_, end) = mapped.origin[at + 3];
    assert_eq!(&text[start as usize..end as usize], "１００６");
    // ß became two letters; both come from the same original character.
    let ss = mapped.text.find("ss").unwrap();
    assert_eq!(mapped.origin[ss], mapped.origin[ss + 1]);
}

#[test]
fn one_edit_apart() {
    assert!(within_one_edit("abnormal", "abnromal"));
    assert!(within_one_edit("policy", "polcy"));
    assert!(within_one_edit("policy", "policyy"));
    assert!(within_one_edit("policy", "policx"));
    assert!(!within_one_edit("policy", "plicx"));
    assert!(within_one_edit("going", "going"));
    assert!(within_one_edit("закрытие", "закрытия"));
}
