//! The JavaScript objects the page reads and writes, in one place: typed getters
//! (`wasm_bindgen` externs) for what the page reads (the engine's replies, a language table's
//! file, a host's message type), and one way to build the objects it sends.

use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    /// A reply of the engine's worker (`crate::engine::protocol::Reply`), read by name.
    #[wasm_bindgen(extends = js_sys::Object)]
    pub type Reply;
    #[wasm_bindgen(method, getter)]
    pub fn kind(this: &Reply) -> Option<String>;
    /// The request's ticket, echoed: its answer goes to whoever asked.
    #[wasm_bindgen(method, getter)]
    pub fn ticket(this: &Reply) -> Option<f64>;
    #[wasm_bindgen(method, getter)]
    pub fn code(this: &Reply) -> Option<String>;
    #[wasm_bindgen(method, getter)]
    pub fn amp(this: &Reply) -> Option<String>;
    #[wasm_bindgen(method, getter, js_name = site_error)]
    pub fn site_error(this: &Reply) -> Option<bool>;
    #[wasm_bindgen(method, getter)]
    pub fn query(this: &Reply) -> Option<String>;
    #[wasm_bindgen(method, getter)]
    pub fn origin(this: &Reply) -> Option<String>;
    /// A message for the host page, posted as it is.
    #[wasm_bindgen(method, getter)]
    pub fn message(this: &Reply) -> JsValue;
    #[wasm_bindgen(method, getter)]
    pub fn name(this: &Reply) -> Option<String>;
    #[wasm_bindgen(method, getter)]
    pub fn mime(this: &Reply) -> Option<String>;
    #[wasm_bindgen(method, getter)]
    pub fn content(this: &Reply) -> Option<String>;
    /// The explore page's draws, as a flat list of numbers.
    #[wasm_bindgen(method, getter)]
    pub fn numbers(this: &Reply) -> JsValue;

    /// A language table as the build writes it:
    /// `{"lang": "it", "part": "first", "layout": "…", "texts": […], "figures": […]}`.
    #[wasm_bindgen(extends = js_sys::Object)]
    pub type TableFile;
    #[wasm_bindgen(method, getter)]
    pub fn lang(this: &TableFile) -> Option<String>;
    #[wasm_bindgen(method, getter)]
    pub fn layout(this: &TableFile) -> Option<String>;
    #[wasm_bindgen(method, getter)]
    pub fn texts(this: &TableFile) -> JsValue;
    #[wasm_bindgen(method, getter)]
    pub fn figures(this: &TableFile) -> JsValue;
    #[wasm_bindgen(method, getter)]
    pub fn panels(this: &TableFile) -> JsValue;

    /// Anything with a `type`: a message from the host page.
    #[wasm_bindgen(extends = js_sys::Object)]
    pub type Typed;
    #[wasm_bindgen(method, getter, js_name = type)]
    pub fn kind(this: &Typed) -> JsValue;
    /// WordPress's embed messages: `{message: "ready", secret}`.
    #[wasm_bindgen(method, getter)]
    pub fn message(this: &Typed) -> JsValue;
    #[wasm_bindgen(method, getter)]
    pub fn secret(this: &Typed) -> JsValue;
}

/// The strings of a JS array, or none if it is not an array of strings.
pub fn strings(value: &JsValue) -> Option<Vec<String>> {
    if !js_sys::Array::is_array(value) {
        return None;
    }
    js_sys::Array::from(value)
        .iter()
        .map(|v| v.as_string())
        .collect()
}

/// An object with these properties: what the page sends (a request to the engine, a height
/// message to the host).
pub fn object(entries: &[(&str, JsValue)]) -> js_sys::Object {
    let object = js_sys::Object::new();
    for (key, value) in entries {
        let _ = js_sys::Reflect::set(&object, &(*key).into(), value);
    }
    object
}

#[wasm_bindgen]
extern "C" {
    /// `navigator`, with what web-sys does not give.
    #[wasm_bindgen(extends = web_sys::Navigator)]
    pub type NavigatorExt;
    /// `navigator.serviceWorker`, which throws in a frame sandboxed without
    /// `allow-same-origin` (an opaque origin).
    #[wasm_bindgen(method, getter, catch, js_name = serviceWorker)]
    pub fn service_worker(this: &NavigatorExt) -> Result<JsValue, JsValue>;

    /// `location`, with what web-sys does not give.
    #[wasm_bindgen(extends = web_sys::Location)]
    pub type LocationExt;
    /// `location.ancestorOrigins`: the embedding pages' origins, where the browser tells them
    /// (Chromium, WebKit; not Firefox).
    #[wasm_bindgen(method, getter, js_name = ancestorOrigins)]
    pub fn ancestor_origins(this: &LocationExt) -> JsValue;
}
