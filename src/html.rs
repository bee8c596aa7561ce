//! A small HTML writer for the pages the browser renders itself (search
//! results, not found, any number): text and attribute values are always
//! escaped, so nothing a reader types or a URL holds becomes markup.
//!
//! The browser bundle builds these pages as strings rather than as Leptos
//! views: one code path for every such page keeps the bundle small, and
//! the same functions render them natively for the prerendered files.

/// Escapes text for use in HTML text or a quoted attribute value.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    escape_into(&mut out, text);
    out
}

/// Appends `text` to `out`, escaped for HTML and XML text and attributes.
pub fn escape_into(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}

/// HTML being written.
#[derive(Default)]
pub struct Html(String);

impl Html {
    /// An empty document fragment.
    pub fn new() -> Html {
        Html::default()
    }

    /// Opens `<tag attr="value" …>`. Attributes whose value is `None` are
    /// left out.
    pub fn open(&mut self, tag: &str, attrs: &[(&str, Option<&str>)]) -> &mut Html {
        self.0.push('<');
        self.0.push_str(tag);
        for (name, value) in attrs {
            if let Some(value) = value {
                self.0.push(' ');
                self.0.push_str(name);
                self.0.push_str("=\"");
                escape_into(&mut self.0, value);
                self.0.push('"');
            }
        }
        self.0.push('>');
        self
    }

    /// Closes `</tag>`.
    pub fn close(&mut self, tag: &str) -> &mut Html {
        self.0.push_str("</");
        self.0.push_str(tag);
        self.0.push('>');
        self
    }

    /// Text, escaped.
    pub fn text(&mut self, text: &str) -> &mut Html {
        escape_into(&mut self.0, text);
        self
    }

    /// `<tag …>text</tag>`.
    pub fn element(&mut self, tag: &str, attrs: &[(&str, Option<&str>)], text: &str) -> &mut Html {
        self.open(tag, attrs).text(text).close(tag)
    }

    /// HTML made by this module's functions or by the build from our own
    /// content, inserted as it is.
    pub fn trusted(&mut self, html: &str) -> &mut Html {
        self.0.push_str(html);
        self
    }

    /// The HTML.
    pub fn finish(self) -> String {
        self.0
    }
}
