//! An embedded page tells its host how tall its content is, on load and on every change
//! (`ResizeObserver`), in the shapes that host scripts newsrooms already run understand:
//! Datawrapper's `{"datawrapper-height": {id: px}}`, AMP's `{sentinel: "amp", type:
//! "embed-size", height}`, and our own `{type: "capex-calculator:height", id, height}` for
//! `static/embed.js`. Heights are not secret, so the target origin is `*`; hosts check
//! `event.source`.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Keeps the observer and the listeners alive; dropping it stops the messages.
pub struct HeightReporter {
    observer: web_sys::ResizeObserver,
    _callback: Closure<dyn FnMut(js_sys::Array)>,
    _listeners: [gloo::events::EventListener; 2],
}

impl Drop for HeightReporter {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

fn set(object: &js_sys::Object, key: &str, value: &JsValue) {
    let _ = js_sys::Reflect::set(object, &key.into(), value);
}

/// Posts `height` to the parent window in all three shapes.
pub fn post_height(id: &str, height: f64) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(Some(parent)) = window.parent() else {
        return;
    };
    let height = JsValue::from(height.ceil());
    let datawrapper = js_sys::Object::new();
    let ids = js_sys::Object::new();
    set(&ids, id, &height);
    set(&datawrapper, "datawrapper-height", &ids);
    let amp = js_sys::Object::new();
    set(&amp, "sentinel", &"amp".into());
    set(&amp, "type", &"embed-size".into());
    set(&amp, "height", &height);
    let own = js_sys::Object::new();
    set(&own, "type", &"capex-calculator:height".into());
    set(&own, "id", &id.into());
    set(&own, "height", &height);
    for message in [datawrapper, amp, own] {
        let _ = parent.post_message(&message, "*");
    }
}

/// The document's height, in whole pixels.
fn content_height(root: &web_sys::Element) -> f64 {
    root.get_bounding_client_rect().height().ceil()
}

/// Starts reporting the document's height to the parent, if there is one: on every change of
/// size, on `load`, and whenever the parent asks (`{type: "capex-calculator:request-height"}`,
/// sent by `embed.js` in case it started listening after the first report).
pub fn report_height(id: String) -> Option<HeightReporter> {
    let window = web_sys::window()?;
    let parent = window.parent().ok().flatten()?;
    if parent == window {
        return None;
    }
    let root = window.document()?.document_element()?;
    let (measured, observed_id) = (root.clone(), id.clone());
    let mut last = -1.0;
    let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |_entries: js_sys::Array| {
        let height = content_height(&measured);
        if height != last {
            last = height;
            post_height(&observed_id, height);
        }
    });
    let observer = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
    observer.observe(&root);
    let (on_load_root, on_load_id) = (root.clone(), id.clone());
    let on_load = gloo::events::EventListener::new(&window, "load", move |_| {
        post_height(&on_load_id, content_height(&on_load_root));
    });
    let on_request = gloo::events::EventListener::new(&window, "message", move |event| {
        let Some(event) = event.dyn_ref::<web_sys::MessageEvent>() else {
            return;
        };
        let from_parent = event
            .source()
            .is_some_and(|source| JsValue::from(source) == JsValue::from(&parent));
        let kind = js_sys::Reflect::get(&event.data(), &"type".into()).ok();
        if from_parent && kind.and_then(|k| k.as_string()).as_deref() == Some(REQUEST) {
            post_height(&id, content_height(&root));
        }
    });
    Some(HeightReporter {
        observer,
        _callback: callback,
        _listeners: [on_load, on_request],
    })
}

/// What `embed.js` sends to ask for the height again.
const REQUEST: &str = "capex-calculator:request-height";
