//! The page's side of the engine (`crate::engine`, a Web Worker built as its own wasm module):
//! started on first use, so the first view carries none of it; requests wait until it says it
//! is ready; its replies go to the one handler the page registers. Requests are flat objects
//! of texts (and a host's message, passed through untouched); the engine decodes them with
//! serde. Where no worker can start (a frame sandboxed without `allow-same-origin`), requests
//! go nowhere and the page carries on without what they would bring.

use std::cell::RefCell;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::js::{object, Reply};

/// What trunk writes for the engine's worker, next to the page.
const SCRIPT: &str = "engine_loader.js";

struct Engine {
    worker: web_sys::Worker,
    ready: bool,
    waiting: Vec<JsValue>,
    _on_message: Closure<dyn FnMut(web_sys::MessageEvent)>,
}

/// Where the engine's replies go.
type Handler = Box<dyn Fn(JsValue)>;

/// Where the reply to one request goes, by the request's ticket.
type Answer = (f64, Box<dyn FnOnce(&Reply)>);

thread_local! {
    static ENGINE: RefCell<Option<Engine>> = const { RefCell::new(None) };
    static HANDLER: RefCell<Option<Handler>> = const { RefCell::new(None) };
    /// The last ticket given, and the requests still waiting for their answer.
    static ANSWERS: RefCell<(f64, Vec<Answer>)> = const { RefCell::new((0.0, Vec::new())) };
}

/// Where the engine's replies go (one handler for the page; a later one replaces it).
pub fn on_reply(handler: impl Fn(JsValue) + 'static) {
    HANDLER.with(|h| *h.borrow_mut() = Some(Box::new(handler)));
}

fn start() -> Option<Engine> {
    // An opaque origin (a frame sandboxed without `allow-same-origin`) may start no worker
    // from the page's server: Firefox reports the attempt as an uncaught security error.
    if web_sys::window()?.origin() == "null" {
        return None;
    }
    let worker = web_sys::Worker::new(SCRIPT).ok()?;
    let on_message =
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(|e: web_sys::MessageEvent| {
            let data = e.data();
            let reply: &Reply = data.unchecked_ref();
            if let Some(ticket) = reply.ticket() {
                let answer = ANSWERS.with(|a| {
                    let mut a = a.borrow_mut();
                    let at = a.1.iter().position(|(t, _)| *t == ticket)?;
                    Some(a.1.swap_remove(at).1)
                });
                if let Some(answer) = answer {
                    answer(reply);
                    return;
                }
            }
            if reply.kind().as_deref() == Some("engine-ready") {
                let waiting = ENGINE.with(|engine| {
                    let mut engine = engine.borrow_mut();
                    let engine = engine.as_mut()?;
                    engine.ready = true;
                    Some((engine.worker.clone(), std::mem::take(&mut engine.waiting)))
                });
                if let Some((worker, waiting)) = waiting {
                    for request in waiting {
                        let _ = worker.post_message(&request);
                    }
                }
                return;
            }
            HANDLER.with(|h| {
                if let Some(handler) = h.borrow().as_ref() {
                    handler(data);
                }
            });
        });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    Some(Engine {
        worker,
        ready: false,
        waiting: Vec::new(),
        _on_message: on_message,
    })
}

/// Starts the engine now, if it has not started, so that it is ready when needed.
pub fn warm() {
    ENGINE.with(|engine| {
        let mut engine = engine.borrow_mut();
        if engine.is_none() {
            *engine = start();
        }
    });
}

/// Sends a request whose reply goes to `answer`, not to the page's handler.
pub fn ask(kind: &str, fields: &[(&str, JsValue)], answer: impl FnOnce(&Reply) + 'static) {
    let ticket = ANSWERS.with(|a| {
        let mut a = a.borrow_mut();
        a.0 += 1.0;
        let ticket = a.0;
        a.1.push((ticket, Box::new(answer)));
        ticket
    });
    let mut entries = vec![("ticket", JsValue::from(ticket))];
    entries.extend_from_slice(fields);
    request(kind, &entries);
}

/// Sends a request: `kind` and fields (texts, or a value passed through as it is).
pub fn request(kind: &str, fields: &[(&str, JsValue)]) {
    let mut entries = vec![("kind", JsValue::from(kind))];
    entries.extend_from_slice(fields);
    let request = object(&entries);
    warm();
    ENGINE.with(|engine| {
        if let Some(engine) = engine.borrow_mut().as_mut() {
            if engine.ready {
                let _ = engine.worker.post_message(&request);
            } else {
                engine.waiting.push(request.into());
            }
        }
    });
}
