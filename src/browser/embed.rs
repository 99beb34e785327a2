//! An embedded page tells its host how tall its content is, on load and on every change
//! (`ResizeObserver`), in the shapes that host scripts newsrooms already run understand:
//! Datawrapper's `{"datawrapper-height": {id: px}}`, AMP's `{sentinel: "amp", type:
//! "embed-size", height}`, and our own `{type: "capex-calculator:height", id, height}` for
//! `static/embed.js`. Heights are not secret, so the target origin is `*`; hosts check
//! `event.source`.
//!
//! When opened by Pym.js (NPR's resizer, still run by many WordPress newsrooms: `pym.Parent`
//! puts `childId` and `initialWidth` in the frame's URL), it also sends Pym's own string,
//! `pymxPYMx<childId>xPYMxheightxPYMx<px>`, and answers Pym's `width` message with its height,
//! so a page running Pym.js sizes it with no new script.
//!
//! Embedded by WordPress from its oEmbed response, the frame's address ends in
//! `#?secret=<10 letters and digits>` and WordPress's `wp-embed.js` sizes it from
//! `{message: "height", value, secret}` (clamped to 200–1000 px), as WordPress's own embeds
//! send it; on its `{message: "ready", secret}` the frame sends its height again.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::js::{object, Typed};

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

/// The resizers of host pages the frame's address names besides our own.
#[derive(Clone, Default)]
pub struct Resizers {
    /// Pym.js's child id (`childId=`).
    pub pym: Option<String>,
    /// WordPress's secret (`#?secret=`).
    pub wordpress: Option<String>,
}

impl Resizers {
    /// As the frame's address names them.
    pub fn of_address() -> Resizers {
        let location = web_sys::window().map(|w| w.location());
        let search = location.as_ref().and_then(|l| l.search().ok());
        let hash = location.as_ref().and_then(|l| l.hash().ok());
        Resizers {
            pym: search.and_then(|s| pym_id(&s)),
            wordpress: hash.and_then(|h| wordpress_secret(&h)),
        }
    }

    pub fn any(&self) -> bool {
        self.pym.is_some() || self.wordpress.is_some()
    }
}

/// The Pym.js child id in a query (`childId=`), if it reads as an id.
fn pym_id(search: &str) -> Option<String> {
    let id = web_sys::UrlSearchParams::new_with_str(search)
        .ok()?
        .get("childId")?;
    let ok = (1..=64).contains(&id.len())
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    ok.then_some(id)
}

/// WordPress's secret in a fragment (`#?secret=abcDEF1234`): letters and digits, as
/// `wp-embed.js` accepts it.
fn wordpress_secret(hash: &str) -> Option<String> {
    let params = web_sys::UrlSearchParams::new_with_str(hash.trim_start_matches('#')).ok()?;
    let secret = params.get("secret")?;
    let ok = (1..=64).contains(&secret.len()) && secret.bytes().all(|b| b.is_ascii_alphanumeric());
    ok.then_some(secret)
}

/// Pym.js's message: `pymxPYMx<id>xPYMx<type>xPYMx<message>`.
fn pym_message(id: &str, kind: &str, message: &str) -> String {
    ["pymxPYMx", id, "xPYMx", kind, "xPYMx", message].concat()
}

/// Posts `height` to the parent window in all three shapes, and in Pym's and WordPress's
/// where the address names them.
pub fn post_height(id: &str, resizers: &Resizers, height: f64) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(Some(parent)) = window.parent() else {
        return;
    };
    let px = height.ceil();
    let height = JsValue::from(px);
    let datawrapper = object(&[("datawrapper-height", object(&[(id, height.clone())]).into())]);
    let amp = object(&[
        ("sentinel", "amp".into()),
        ("type", "embed-size".into()),
        ("height", height.clone()),
    ]);
    let own = object(&[
        ("type", "capex-calculator:height".into()),
        ("id", id.into()),
        ("height", height.clone()),
    ]);
    for message in [datawrapper, amp, own] {
        let _ = parent.post_message(&message, "*");
    }
    if let Some(secret) = &resizers.wordpress {
        let wordpress = object(&[
            ("message", "height".into()),
            ("value", height),
            ("secret", secret.into()),
        ]);
        let _ = parent.post_message(&wordpress, "*");
    }
    if let Some(pym) = &resizers.pym {
        let px = crate::model::plain_decimal(px);
        let _ = parent.post_message(&pym_message(pym, "height", &px).into(), "*");
    }
}

/// The document's height, in whole pixels.
fn content_height(root: &web_sys::Element) -> f64 {
    root.get_bounding_client_rect().height().ceil()
}

/// Starts reporting the document's height to the parent, if there is one: on every change of
/// size, on `load`, and whenever the parent asks (`{type: "capex-calculator:request-height"}`,
/// sent by `embed.js` in case it started listening after the first report, Pym's `width`, or
/// WordPress's `ready`).
pub fn report_height(id: String, resizers: Resizers) -> Option<HeightReporter> {
    let window = web_sys::window()?;
    let parent = window.parent().ok().flatten()?;
    if parent == window {
        return None;
    }
    let root = window.document()?.document_element()?;
    let (measured, observed_id, observed) = (root.clone(), id.clone(), resizers.clone());
    let mut last = -1.0;
    let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |_entries: js_sys::Array| {
        let height = content_height(&measured);
        if height != last {
            last = height;
            post_height(&observed_id, &observed, height);
        }
    });
    let observer = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
    observer.observe(&root);
    let (on_load_root, on_load_id, on_load) = (root.clone(), id.clone(), resizers.clone());
    let on_load = gloo::events::EventListener::new(&window, "load", move |_| {
        post_height(&on_load_id, &on_load, content_height(&on_load_root));
    });
    let pym_width = resizers.pym.as_deref().map(|p| pym_message(p, "width", ""));
    let on_request = gloo::events::EventListener::new(&window, "message", move |event| {
        let Some(event) = event.dyn_ref::<web_sys::MessageEvent>() else {
            return;
        };
        let from_parent = event
            .source()
            .is_some_and(|source| JsValue::from(source) == JsValue::from(&parent));
        let data = event.data();
        let typed = data.is_object().then(|| data.unchecked_ref::<Typed>());
        let asked = typed.is_some_and(|t| t.kind().as_string().as_deref() == Some(REQUEST));
        let wordpress_ready =
            typed
                .zip(resizers.wordpress.as_deref())
                .is_some_and(|(t, secret)| {
                    t.message().as_string().as_deref() == Some("ready")
                        && t.secret().as_string().as_deref() == Some(secret)
                });
        let pym_asked = pym_width
            .as_deref()
            .zip(data.as_string())
            .is_some_and(|(width, message)| message.starts_with(width));
        if from_parent && (asked || pym_asked || wordpress_ready) {
            post_height(&id, &resizers, content_height(&root));
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
