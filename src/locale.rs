//! The locales of the site, in one table.
//!
//! [`LOCALES`] holds what the code must know about each language: its URL
//! segment, its `<html lang>` tag, its name in itself, its direction,
//! whether its translation is complete (the build then insists on every
//! file), and the `##` headings its content files use, one per [`Section`].
//! Everything else a locale says is content: `content/{id}/ui.toml`
//! (interface strings), `phrases.toml` (the words of generated comparisons)
//! and `search.toml` (stop words), checked at build time.
//!
//! Adding a locale means adding its content folder and one entry here. The
//! browser bundle reads only the ids, names and tags of this table (through
//! the `const` columns below); the headings stay in the native build.

use crate::model::Section;

/// Which way a language is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    /// Left to right.
    Ltr,
    /// Right to left (Arabic).
    Rtl,
}

impl Direction {
    /// The value of the HTML `dir` attribute.
    pub fn attr(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

/// Everything the code knows about one locale.
#[derive(Debug)]
pub struct LocaleInfo {
    /// Folder under `content/` and URL segment: `en`, `zh-hans`.
    pub id: &'static str,
    /// BCP 47 tag for `<html lang>`.
    pub html_lang: &'static str,
    /// The OpenGraph `og:locale`, language and territory: `pt_BR`.
    pub og_locale: &'static str,
    /// The language's name in itself, for the language menu.
    pub native_name: &'static str,
    /// Which way it is written.
    pub direction: Direction,
    /// The quotation marks its prose uses, opening and closing; the build
    /// fails on a quote that opens twice.
    pub quotes: [char; 2],
    /// Whether every page is translated: the build then fails, naming the
    /// missing files, if one is not.
    pub complete: bool,
    /// The `##` heading of each section, indexed by [`Section::index`].
    pub headings: [&'static str; Section::COUNT],
}

/// Every locale, the default (English, served without a URL prefix) first,
/// in the order of the language menu. The prefixes are statuscodefyi's, so
/// that its readers find the same paths.
pub const LOCALES: [LocaleInfo; 15] = [
    LocaleInfo {
        id: "en",
        html_lang: "en",
        og_locale: "en_US",
        native_name: "English",
        direction: Direction::Ltr,
        quotes: ['“', '”'],
        complete: true,
        headings: [
            "Description",
            "When you see it",
            "How to fix",
            "Key differences",
            "When to use which",
            "What you see",
            "Causes",
            "How to confirm",
        ],
    },
    LocaleInfo {
        id: "zh-hans",
        html_lang: "zh-Hans",
        og_locale: "zh_CN",
        native_name: "简体中文",
        direction: Direction::Ltr,
        quotes: ['“', '”'],
        complete: true,
        headings: [
            "描述",
            "何时出现",
            "如何修复",
            "主要区别",
            "何时使用哪个",
            "现象",
            "原因",
            "如何确认",
        ],
    },
    LocaleInfo {
        id: "ja",
        html_lang: "ja",
        og_locale: "ja_JP",
        native_name: "日本語",
        direction: Direction::Ltr,
        quotes: ['「', '」'],
        complete: true,
        headings: [
            "説明",
            "このコードが表示される場合",
            "解決方法",
            "主な違い",
            "使い分け",
            "症状",
            "原因",
            "確認方法",
        ],
    },
    LocaleInfo {
        id: "ko",
        html_lang: "ko",
        og_locale: "ko_KR",
        native_name: "한국어",
        direction: Direction::Ltr,
        quotes: ['“', '”'],
        complete: true,
        headings: [
            "설명",
            "이 코드를 보게 되는 경우",
            "해결 방법",
            "주요 차이점",
            "언제 어떤 것을 사용할지",
            "증상",
            "원인",
            "확인 방법",
        ],
    },
    LocaleInfo {
        id: "de",
        html_lang: "de",
        og_locale: "de_DE",
        native_name: "Deutsch",
        direction: Direction::Ltr,
        quotes: ['„', '“'],
        complete: true,
        headings: [
            "Beschreibung",
            "Wann Sie es sehen",
            "Wie man es behebt",
            "Wesentliche Unterschiede",
            "Wann welcher Code passt",
            "Was Sie sehen",
            "Ursachen",
            "Wie man es prüft",
        ],
    },
    LocaleInfo {
        id: "fr",
        html_lang: "fr",
        og_locale: "fr_FR",
        native_name: "Français",
        direction: Direction::Ltr,
        quotes: ['«', '»'],
        complete: true,
        headings: [
            "Description",
            "Quand vous le voyez",
            "Comment résoudre",
            "Différences clés",
            "Quand utiliser lequel",
            "Ce que vous observez",
            "Causes",
            "Comment le vérifier",
        ],
    },
    LocaleInfo {
        id: "es",
        html_lang: "es",
        og_locale: "es_ES",
        native_name: "Español",
        direction: Direction::Ltr,
        quotes: ['«', '»'],
        complete: true,
        headings: [
            "Descripción",
            "Cuándo verás este código",
            "Cómo solucionarlo",
            "Diferencias clave",
            "Cuándo usar cada uno",
            "Qué observas",
            "Causas",
            "Cómo comprobarlo",
        ],
    },
    LocaleInfo {
        id: "pt",
        html_lang: "pt-BR",
        og_locale: "pt_BR",
        native_name: "Português (Brasil)",
        direction: Direction::Ltr,
        quotes: ['“', '”'],
        complete: true,
        headings: [
            "Descrição",
            "Quando você o vê",
            "Como corrigir",
            "Diferenças principais",
            "Quando usar qual",
            "O que você observa",
            "Causas",
            "Como confirmar",
        ],
    },
    LocaleInfo {
        id: "ru",
        html_lang: "ru",
        og_locale: "ru_RU",
        native_name: "Русский",
        direction: Direction::Ltr,
        quotes: ['«', '»'],
        complete: false,
        headings: [
            "Описание",
            "Когда вы это видите",
            "Как исправить",
            "Ключевые различия",
            "Что когда использовать",
            "Что вы видите",
            "Причины",
            "Как проверить",
        ],
    },
    LocaleInfo {
        id: "vi",
        html_lang: "vi",
        og_locale: "vi_VN",
        native_name: "Tiếng Việt",
        direction: Direction::Ltr,
        quotes: ['“', '”'],
        complete: false,
        headings: [
            "Mô tả",
            "Khi bạn thấy mã này",
            "Cách khắc phục",
            "Sự khác biệt chính",
            "Khi nào dùng cái nào",
            "Hiện tượng",
            "Nguyên nhân",
            "Cách xác nhận",
        ],
    },
    LocaleInfo {
        id: "th",
        html_lang: "th",
        og_locale: "th_TH",
        native_name: "ไทย",
        direction: Direction::Ltr,
        quotes: ['“', '”'],
        complete: false,
        headings: [
            "คำอธิบาย",
            "เมื่อคุณพบเห็น",
            "วิธีแก้ไข",
            "ความแตกต่างหลัก",
            "ควรใช้อันไหนเมื่อไร",
            "อาการที่พบ",
            "สาเหตุ",
            "วิธีตรวจสอบ",
        ],
    },
    LocaleInfo {
        id: "tr",
        html_lang: "tr",
        og_locale: "tr_TR",
        native_name: "Türkçe",
        direction: Direction::Ltr,
        quotes: ['“', '”'],
        complete: false,
        headings: [
            "Açıklama",
            "Gördüğünüzde",
            "Nasıl Düzeltilir",
            "Temel Farklar",
            "Hangisi Ne Zaman Kullanılır",
            "Ne Görürsünüz",
            "Nedenler",
            "Nasıl Doğrulanır",
        ],
    },
    LocaleInfo {
        id: "id",
        html_lang: "id",
        og_locale: "id_ID",
        native_name: "Bahasa Indonesia",
        direction: Direction::Ltr,
        quotes: ['“', '”'],
        complete: false,
        headings: [
            "Deskripsi",
            "Ketika Anda Melihatnya",
            "Cara Memperbaiki",
            "Perbedaan Utama",
            "Kapan Menggunakan Yang Mana",
            "Yang Anda Lihat",
            "Penyebab",
            "Cara Memastikan",
        ],
    },
    LocaleInfo {
        id: "hi",
        html_lang: "hi",
        og_locale: "hi_IN",
        native_name: "हिन्दी",
        direction: Direction::Ltr,
        quotes: ['“', '”'],
        complete: false,
        headings: [
            "विवरण",
            "जब आप इसे देखें",
            "कैसे ठीक करें",
            "मुख्य अंतर",
            "कब किसका उपयोग करें",
            "आपको क्या दिखता है",
            "कारण",
            "कैसे पुष्टि करें",
        ],
    },
    LocaleInfo {
        id: "ar",
        html_lang: "ar",
        og_locale: "ar_AR",
        native_name: "العربية",
        direction: Direction::Rtl,
        quotes: ['«', '»'],
        complete: false,
        headings: [
            "الوصف",
            "متى تراه",
            "كيفية الإصلاح",
            "الفروق الرئيسية",
            "متى تستخدم كلًّا منهما",
            "ما الذي تلاحظه",
            "الأسباب",
            "كيفية التحقق",
        ],
    },
];

/// How many locales there are.
const N: usize = LOCALES.len();

// The columns the browser bundle reads, taken out of the table at compile
// time so that the bundle holds these short strings and nothing else of it.
const IDS: [&str; N] = {
    let mut column = [""; N];
    let mut i = 0;
    while i < N {
        column[i] = LOCALES[i].id;
        i += 1;
    }
    column
};
const HTML_LANGS: [&str; N] = {
    let mut column = [""; N];
    let mut i = 0;
    while i < N {
        column[i] = LOCALES[i].html_lang;
        i += 1;
    }
    column
};
const DIRECTIONS: [Direction; N] = {
    let mut column = [Direction::Ltr; N];
    let mut i = 0;
    while i < N {
        column[i] = LOCALES[i].direction;
        i += 1;
    }
    column
};
const NATIVE_NAMES: [&str; N] = {
    let mut column = [""; N];
    let mut i = 0;
    while i < N {
        column[i] = LOCALES[i].native_name;
        i += 1;
    }
    column
};

/// A language the site is written in: a position in [`LOCALES`]. Cheap to
/// copy and compare.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Locale(u8);

impl std::fmt::Debug for Locale {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Locale({})", self.id())
    }
}

impl std::fmt::Display for Locale {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.id())
    }
}

impl Locale {
    /// The default locale, English: served without a URL prefix, and the
    /// text of every page that a locale has not translated yet.
    pub const DEFAULT: Locale = Locale(0);

    /// The default locale.
    pub fn default_locale() -> Locale {
        Locale::DEFAULT
    }

    /// Every locale, default first.
    pub fn all() -> impl DoubleEndedIterator<Item = Locale> + ExactSizeIterator + Clone {
        (0..N as u8).map(Locale)
    }

    /// The locale whose id (also its content folder and URL segment) is `id`.
    pub fn from_id(id: &str) -> Option<Locale> {
        Locale::all().find(|l| l.id() == id)
    }

    /// The id: `en`, `zh-hans`.
    pub fn id(self) -> &'static str {
        IDS[usize::from(self.0)]
    }

    /// The BCP 47 tag for `lang` attributes: `zh-Hans`.
    pub fn html_lang(self) -> &'static str {
        HTML_LANGS[usize::from(self.0)]
    }

    /// The OpenGraph `og:locale`: `ja_JP`.
    #[cfg(feature = "ssr")]
    pub fn og_locale(self) -> &'static str {
        self.info().og_locale
    }

    /// The language's name in itself: `日本語`.
    pub fn native_name(self) -> &'static str {
        NATIVE_NAMES[usize::from(self.0)]
    }

    /// The position of this locale in [`LOCALES`].
    pub fn index(self) -> usize {
        usize::from(self.0)
    }

    /// Whether this is the default locale.
    pub fn is_default(self) -> bool {
        self == Locale::DEFAULT
    }

    /// Which way the language is written.
    pub fn direction(self) -> Direction {
        DIRECTIONS[usize::from(self.0)]
    }

    /// The `lang` attribute for text written in `text` on a page of this
    /// locale: `None` where they are the same.
    pub fn lang_for(self, text: Locale) -> Option<&'static str> {
        (text != self).then(|| text.html_lang())
    }

    /// The `dir` attribute for text written in `text` on a page of this
    /// locale: `None` where both are written the same way.
    pub fn dir_for(self, text: Locale) -> Option<&'static str> {
        (text.direction() != self.direction()).then(|| text.direction().attr())
    }

    /// Both attributes, written out (with a leading space) for HTML made
    /// without a view: `lang="en" dir="ltr"`, or nothing.
    pub fn text_attrs(self, text: Locale) -> String {
        let mut out = String::new();
        if let Some(lang) = self.lang_for(text) {
            out.push_str(&format!(" lang=\"{lang}\""));
        }
        if let Some(dir) = self.dir_for(text) {
            out.push_str(&format!(" dir=\"{dir}\""));
        }
        out
    }

    /// The URL path prefix: empty for the default locale, else `/{id}`.
    pub fn path_prefix(self) -> String {
        if self.is_default() {
            String::new()
        } else {
            format!("/{}", self.id())
        }
    }
}

#[cfg(feature = "ssr")]
impl Locale {
    /// Everything the table says about this locale.
    pub fn info(self) -> &'static LocaleInfo {
        &LOCALES[usize::from(self.0)]
    }

    /// The heading this locale shows for a section.
    pub fn heading(self, section: Section) -> &'static str {
        self.info().headings[section.index()]
    }

    /// The section that a heading written in this locale stands for.
    pub fn section_for_heading(self, heading: &str) -> Option<Section> {
        let heading = heading.trim().to_lowercase();
        Section::ALL
            .into_iter()
            .find(|s| self.heading(*s).to_lowercase() == heading)
    }
}
