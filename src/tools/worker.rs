//! The tools' worker: a second wasm module that only tool pages load, in a
//! Web Worker, so that the pages that are not tools carry none of the
//! tools' code (see the bundle budget).
//!
//! Once it listens it says [`READY`]; then it answers each message
//! `[locale, form, query, tool text, log data]` with `[form, html]`: what
//! [`super::page::output_html`] renders for the form's fields.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::page::{output_html, parse_tool_text, Form, LogData, READY};
use crate::locale::Locale;

/// Starts answering messages.
pub fn start() {
    let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply_to = scope.clone();
    let on_message =
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |ev: web_sys::MessageEvent| {
            let message: js_sys::Array = ev.data().unchecked_into();
            let field = |i: u32| message.get(i).as_string().unwrap_or_default();
            let (locale, form, query, text, data) =
                (field(0), field(1), field(2), field(3), field(4));
            let (Some(locale), Some(form_kind), Some(text)) = (
                Locale::from_id(&locale),
                Form::from_id(&form),
                parse_tool_text(&text),
            ) else {
                // A page and a worker from different builds: say nothing
                // rather than something wrong.
                return;
            };
            let html = output_html(form_kind, locale, &text, &LogData::parse(&data), &query);
            let reply = js_sys::Array::of2(&JsValue::from_str(&form), &JsValue::from_str(&html));
            let _ = reply_to.post_message(&reply);
        });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // The worker lives as long as the page; so does its handler.
    on_message.forget();
    // Messages that came before the handler are lost: the page waits for
    // this one before it asks anything.
    let _ = scope.post_message(&JsValue::from_str(READY));
}
