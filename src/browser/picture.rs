//! The picture download's last step, in the page: the engine draws the scenario as SVG, and
//! `static/picture.js` (a module loaded on the first picture, never part of the first view)
//! turns it into a PNG with a canvas and saves it, or on a phone offers it to the system's
//! share sheet (`navigator.share` with the file, where `navigator.canShare` allows it).
//!
//! The two meet in one queue, `window.capexPictures`: the page pushes each reply (`svg`, `name`,
//! `width`, `height`, `title`) onto it; the module, once loaded, takes what waits there and
//! replaces the queue with its own `push`.

use wasm_bindgen::JsValue;

use super::js::Reply;

/// The module beside the page.
const MODULE: &str = "picture.js";

/// Hands a `picture` reply of the engine on to the module, loading it the first time.
pub fn render(reply: &Reply) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let key = JsValue::from("capexPictures");
    let queue = js_sys::Reflect::get(&window, &key).unwrap_or(JsValue::UNDEFINED);
    let first = queue.is_undefined();
    let queue = if first {
        let queue = js_sys::Array::new();
        let _ = js_sys::Reflect::set(&window, &key, &queue);
        queue.into()
    } else {
        queue
    };
    if let Ok(push) = js_sys::Reflect::get(&queue, &"push".into()) {
        if let Some(push) = wasm_bindgen::JsCast::dyn_ref::<js_sys::Function>(&push) {
            let _ = push.call1(&queue, reply);
        }
    }
    if first {
        super::document::add_module(MODULE);
    }
}
