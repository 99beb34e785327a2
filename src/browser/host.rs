//! Messages between an embedded calculator and the page that embeds it (`postMessage`). This
//! edge only decides who may talk and where answers go; the messages themselves are read and
//! written by the engine (`crate::engine`) with serde.
//!
//! Who may talk to it: only the window that embeds it (`event.source` is `window.parent`), and
//! if the link names a host (`host=https://news.example`), only that origin. Replies and
//! results go to the sender's origin, never `*`. `ready` is sent before any message arrives:
//! to the named host, else to the embedding page's origin as the browser reports it
//! (`location.ancestorOrigins`, else `document.referrer`), else (neither known) to any origin,
//! since it carries nothing but the frame's id and the calculator's version.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::model::host_message::PREFIX;

fn parent() -> Option<web_sys::Window> {
    let window = web_sys::window()?;
    let parent = window.parent().ok().flatten()?;
    (parent != window).then_some(parent)
}

/// Whether the page is inside another page's frame.
pub fn embedded() -> bool {
    parent().is_some()
}

/// Posts `message` (made by the engine) to the embedding page, to `origin`.
pub fn post(origin: &str, message: &JsValue) {
    if let Some(parent) = parent() {
        let _ = parent.post_message(message, origin);
    }
}

/// Where `ready` goes: the named host, else the embedding page's origin as far as the browser
/// tells, else any.
pub fn ready_origin(host: Option<&str>) -> String {
    host.map(str::to_owned)
        .or_else(embedding_origin)
        .unwrap_or_else(|| "*".to_owned())
}

fn embedding_origin() -> Option<String> {
    let window = web_sys::window()?;
    let ancestors = window
        .location()
        .unchecked_ref::<super::js::LocationExt>()
        .ancestor_origins();
    if let Some(first) = ancestors
        .dyn_into::<web_sys::DomStringList>()
        .ok()
        .and_then(|list| list.item(0))
    {
        return Some(first);
    }
    let referrer = window.document()?.referrer();
    let origin = web_sys::Url::new(&referrer).ok()?.origin();
    (origin != "null" && !origin.is_empty()).then_some(origin)
}

/// Listens for the host's messages: `on_message(origin, data)` for each one of ours (its `type`
/// starts with `capex-calculator:`) from the embedding window, and from `host` if named. Height
/// requests are embed.rs's; anyone else's messages are ignored.
pub fn listen(
    host: Option<String>,
    on_message: impl Fn(String, JsValue) + 'static,
) -> Option<gloo::events::EventListener> {
    let window = web_sys::window()?;
    let parent = parent()?;
    Some(gloo::events::EventListener::new(
        &window,
        "message",
        move |event| {
            let Some(event) = event.dyn_ref::<web_sys::MessageEvent>() else {
                return;
            };
            let from_parent = event
                .source()
                .is_some_and(|source| JsValue::from(source) == JsValue::from(&parent));
            let origin = event.origin();
            if !from_parent || host.as_ref().is_some_and(|h| *h != origin) {
                return;
            }
            let data = event.data();
            let ours = data.is_object()
                && data
                    .unchecked_ref::<super::js::Typed>()
                    .kind()
                    .as_string()
                    .is_some_and(|t| t.starts_with(PREFIX) && !t.ends_with(":request-height"));
            if ours {
                on_message(origin, data);
            }
        },
    ))
}
