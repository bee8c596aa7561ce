//! Brings a tool's page to life in the browser: fills its forms from the
//! URL, sends what the reader types to the tools' worker
//! (`src/tools/worker.rs`) and shows the answer, keeping the URL in step
//! so that a result can be shared. Also gives every page its copy buttons.
//!
//! Pages without a tool load nothing more: the worker, a wasm module of its
//! own, starts on the first tool page.

use std::cell::RefCell;

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::locale::Locale;
use crate::route::{encode_query, query_param};
use crate::tools::page::{Form, DATA_ID, READY, TEXT_ID};

/// The worker's script (`public/tools_worker_start.js`).
const WORKER_URL: &str = "/tools_worker_start.js";

/// The tools' worker and the questions it has not been asked yet.
struct Tools {
    worker: web_sys::Worker,
    /// Whether it listens; until then, the last question of each form waits.
    ready: bool,
    waiting: Vec<(Form, js_sys::Array)>,
}

thread_local! {
    static TOOLS: RefCell<Option<Tools>> = const { RefCell::new(None) };
}

/// Readies the tool forms in the page's main area, if it has any, and
/// answers what the URL already asks.
pub fn activate(locale: Locale) {
    let document = document();
    let Ok(forms) = document.query_selector_all("form[data-tool-form]") else {
        return;
    };
    if forms.length() == 0 {
        return;
    }
    if !start_worker() {
        return;
    }
    let query = window().location().search().unwrap_or_default();
    for i in 0..forms.length() {
        let Some(form) = forms
            .item(i)
            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
        else {
            continue;
        };
        let Some(kind) = form
            .get_attribute("data-tool-form")
            .and_then(|id| Form::from_id(&id))
        else {
            continue;
        };
        let mut asked = false;
        for param in kind.params() {
            let value = query_param(&query, param).unwrap_or_default();
            asked |= !value.trim().is_empty();
            set_value(&form, param, &value);
        }
        if form.get_attribute("data-active").is_none() {
            let _ = form.set_attribute("data-active", "");
            let run = {
                let form = form.clone();
                move || ask(locale, &form, kind, true)
            };
            let on_input = Closure::<dyn FnMut()>::new(run.clone());
            let on_submit = Closure::<dyn FnMut(web_sys::Event)>::new(move |ev: web_sys::Event| {
                ev.prevent_default();
                run();
            });
            let _ =
                form.add_event_listener_with_callback("input", on_input.as_ref().unchecked_ref());
            let _ =
                form.add_event_listener_with_callback("submit", on_submit.as_ref().unchecked_ref());
            // The listeners live as long as the form.
            on_input.forget();
            on_submit.forget();
        }
        if asked {
            ask(locale, &form, kind, false);
        } else if let Some(output) = document.get_element_by_id(&kind.output_id()) {
            output.set_inner_html("");
        }
    }
}

/// Starts the worker, once.
fn start_worker() -> bool {
    TOOLS.with(|cell| {
        if cell.borrow().is_some() {
            return true;
        }
        let worker = match web_sys::Worker::new(WORKER_URL) {
            Ok(worker) => worker,
            Err(e) => {
                leptos::logging::error!("closecodes: the tools cannot start: {e:?}");
                return false;
            }
        };
        let on_message =
            Closure::<dyn FnMut(web_sys::MessageEvent)>::new(|ev: web_sys::MessageEvent| {
                if ev.data().as_string().as_deref() == Some(READY) {
                    let waiting = TOOLS.with(|cell| {
                        let mut tools = cell.borrow_mut();
                        tools.as_mut().map(|t| {
                            t.ready = true;
                            (t.worker.clone(), std::mem::take(&mut t.waiting))
                        })
                    });
                    if let Some((worker, waiting)) = waiting {
                        for (_, message) in waiting {
                            let _ = worker.post_message(&message);
                        }
                    }
                    return;
                }
                let reply: js_sys::Array = ev.data().unchecked_into();
                let (Some(form), Some(html)) = (reply.get(0).as_string(), reply.get(1).as_string())
                else {
                    return;
                };
                let Some(kind) = Form::from_id(&form) else {
                    return;
                };
                if let Some(output) = document().get_element_by_id(&kind.output_id()) {
                    output.set_inner_html(&html);
                    enhance_copy_buttons(&output);
                }
            });
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        on_message.forget();
        *cell.borrow_mut() = Some(Tools {
            worker,
            ready: false,
            waiting: Vec::new(),
        });
        true
    })
}

/// Sends a question to the worker, or keeps it until the worker listens.
fn post(form: Form, message: js_sys::Array) {
    TOOLS.with(|cell| {
        let mut tools = cell.borrow_mut();
        let Some(tools) = tools.as_mut() else { return };
        if tools.ready {
            let _ = tools.worker.post_message(&message);
        } else {
            tools.waiting.retain(|(f, _)| *f != form);
            tools.waiting.push((form, message));
        }
    });
}

/// Sends a form's fields to the worker; with `remember`, puts them in the
/// URL too.
fn ask(locale: Locale, form: &web_sys::Element, kind: Form, remember: bool) {
    let document = document();
    let text = |id: &str| {
        document
            .get_element_by_id(id)
            .and_then(|el| el.text_content())
            .unwrap_or_default()
    };
    let fields: Vec<(&str, String)> = kind
        .params()
        .iter()
        .map(|p| (*p, get_value(form, p)))
        .collect();
    let query: String = fields
        .iter()
        .filter(|(_, v)| !v.is_empty())
        .map(|(k, v)| format!("{k}={}", encode_query(v)))
        .collect::<Vec<_>>()
        .join("&");
    if remember {
        remember_query(kind, &query);
    }
    let message = js_sys::Array::new();
    for part in [
        locale.id().to_string(),
        kind.id().to_string(),
        format!("?{query}"),
        text(TEXT_ID),
        text(DATA_ID),
    ] {
        message.push(&JsValue::from_str(&part));
    }
    post(kind, message);
}

/// Replaces the form's parameters in the URL, keeping the others'.
fn remember_query(kind: Form, query: &str) {
    let location = window().location();
    let current = location.search().unwrap_or_default();
    let mut parts: Vec<String> = current
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty())
        .filter(|p| {
            let key = p.split('=').next().unwrap_or("");
            !kind.params().contains(&key)
        })
        .map(str::to_string)
        .collect();
    parts.extend(
        query
            .split('&')
            .filter(|p| !p.is_empty())
            .map(str::to_string),
    );
    let path = location.pathname().unwrap_or_default();
    let url = if parts.is_empty() {
        path
    } else {
        format!("{path}?{}", parts.join("&"))
    };
    if let Ok(history) = window().history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&url));
    }
}

fn field(form: &web_sys::Element, name: &str) -> Option<web_sys::Element> {
    form.query_selector(&format!("[name={name}]"))
        .ok()
        .flatten()
}

fn get_value(form: &web_sys::Element, name: &str) -> String {
    match field(form, name) {
        Some(el) => match el.dyn_into::<web_sys::HtmlTextAreaElement>() {
            Ok(area) => area.value(),
            Err(el) => el
                .dyn_into::<web_sys::HtmlInputElement>()
                .map(|input| input.value())
                .unwrap_or_default(),
        },
        None => String::new(),
    }
}

fn set_value(form: &web_sys::Element, name: &str, value: &str) {
    if let Some(el) = field(form, name) {
        match el.dyn_into::<web_sys::HtmlTextAreaElement>() {
            Ok(area) => area.set_value(value),
            Err(el) => {
                if let Ok(input) = el.dyn_into::<web_sys::HtmlInputElement>() {
                    input.set_value(value);
                }
            }
        }
    }
}

/// The words of copy buttons: before and after copying.
#[derive(Clone, Default)]
struct CopyLabels {
    copy: String,
    copied: String,
}

thread_local! {
    static LABELS: RefCell<CopyLabels> = RefCell::new(CopyLabels::default());
}

/// Starts handling copy buttons, with their words in the page's language.
pub fn install_copy(copy: &str, copied: &str) {
    LABELS.with(|l| {
        *l.borrow_mut() = CopyLabels {
            copy: copy.to_string(),
            copied: copied.to_string(),
        }
    });
    let on_click = Closure::<dyn FnMut(web_sys::MouseEvent)>::new(|ev: web_sys::MouseEvent| {
        let Some(button) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|el| el.closest("button.copy").ok().flatten())
        else {
            return;
        };
        let text = button.get_attribute("data-copy").unwrap_or_else(|| {
            button
                .previous_element_sibling()
                .and_then(|el| el.text_content())
                .unwrap_or_default()
        });
        let _ = window().navigator().clipboard().write_text(&text);
        let labels = LABELS.with(|l| l.borrow().clone());
        button.set_text_content(Some(&labels.copied));
        let reset = Closure::once_into_js(move || button.set_text_content(Some(&labels.copy)));
        let _ = window()
            .set_timeout_with_callback_and_timeout_and_arguments_0(reset.unchecked_ref(), 1500);
    });
    let _ = document().add_event_listener_with_callback("click", on_click.as_ref().unchecked_ref());
    on_click.forget();
}

/// Gives code blocks, library constants and a code's short address under
/// `root` a copy button each, and every copy button its words.
pub fn enhance_copy_buttons(root: &web_sys::Element) {
    let document = document();
    let labels = LABELS.with(|l| l.borrow().clone());
    let new_button = |copy: Option<&str>| -> Option<web_sys::Element> {
        let button = document.create_element("button").ok()?;
        let _ = button.set_attribute("type", "button");
        let _ = button.set_attribute("class", "copy");
        if let Some(text) = copy {
            let _ = button.set_attribute("data-copy", text);
        }
        Some(button)
    };
    // A code's page gets its address, short, to paste into a ticket or a
    // log message.
    if let Ok(Some(head)) = root.query_selector("article.code-page > header.page-head") {
        if head.query_selector(".short-url").ok().flatten().is_none() {
            let location = window().location();
            let full = format!(
                "{}{}",
                location.origin().unwrap_or_default(),
                location.pathname().unwrap_or_default()
            );
            let short = full
                .split_once("://")
                .map_or(full.as_str(), |(_, rest)| rest);
            if let (Ok(line), Ok(code)) = (
                document.create_element("p"),
                document.create_element("code"),
            ) {
                let _ = line.set_attribute("class", "short-url");
                let _ = code.set_attribute("dir", "ltr");
                code.set_text_content(Some(short));
                let _ = line.append_child(&code);
                if let Some(button) = new_button(Some(&full)) {
                    let _ = line.append_child(&button);
                }
                let _ = head.append_child(&line);
            }
        }
    }
    if let Ok(blocks) = root.query_selector_all(".prose pre, .libraries td > code") {
        for i in 0..blocks.length() {
            let Some(block) = blocks
                .item(i)
                .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
            else {
                continue;
            };
            let next = block.next_element_sibling();
            if next.is_some_and(|n| n.class_list().contains("copy")) {
                continue;
            }
            if let Some(button) = new_button(None) {
                let _ = block.insert_adjacent_element("afterend", &button);
            }
        }
    }
    if let Ok(buttons) = root.query_selector_all("button.copy") {
        for i in 0..buttons.length() {
            if let Some(button) = buttons.item(i) {
                if button.text_content().unwrap_or_default().is_empty() {
                    button.set_text_content(Some(&labels.copy));
                }
            }
        }
    }
}
