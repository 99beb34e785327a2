//! Offline use: the service worker the release build writes (Workbox, `tests/tools/postbuild.mjs`)
//! is registered once the page has loaded, and the page hears when a new version is waiting.
//!
//! The build names its worker in `<meta name="capex-calculator:service-worker" content="sw.js">`;
//! a page without that tag (the single-file edition, `trunk serve`, component tests) registers
//! nothing. Nothing reloads by itself: the reader's click posts `{type: "SKIP_WAITING"}` to the
//! waiting worker (Workbox's `generateSW` listens for it) and the page reloads once the new
//! worker controls it, so new HTML never meets old glue or wasm. Every failure (no service
//! workers in this browser or frame, offline, a refused registration) leaves the page as it is.

use std::rc::Rc;

use gloo::events::EventListener;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::{spawn_local, JsFuture};
use web_sys::{
    ServiceWorker, ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState,
};

/// Where the build names its worker script (a URL relative to the page).
const WORKER_META: &str = "meta[name=\"capex-calculator:service-worker\"]";

/// The worker script the build wrote for this page: only on a page served over http(s) whose
/// browser has service workers (not a file opened from disk, not a sandboxed frame).
pub fn worker_script() -> Option<String> {
    let window = web_sys::window()?;
    if !served() {
        return None;
    }
    let navigator = window.navigator();
    let has_workers = js_sys::Reflect::get(&navigator, &"serviceWorker".into())
        .is_ok_and(|container| !container.is_undefined() && !container.is_null());
    if !has_workers {
        return None;
    }
    let meta = window.document()?.query_selector(WORKER_META).ok()??;
    meta.get_attribute("content").filter(|src| !src.is_empty())
}

/// Whether the page came over http(s), not from a file on disk.
pub fn served() -> bool {
    web_sys::window()
        .and_then(|w| w.location().protocol().ok())
        .is_some_and(|p| p == "https:" || p == "http:")
}

fn container() -> Option<ServiceWorkerContainer> {
    Some(web_sys::window()?.navigator().service_worker())
}

/// Registers `script` once the page has loaded (the worker and its downloads never compete with
/// the first view), then calls `on_update` whenever a new version is ready to replace the
/// running one: a worker already waiting, one that finishes installing while this page runs, or
/// one another tab has already switched to. The browser checks for a new worker on every
/// navigation; the page also asks when it becomes visible again, for a reader who keeps the
/// tab open for days. Registration and listeners last as long as the page, as the worker does.
pub fn watch(script: String, on_update: impl Fn() + 'static) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let on_update: Rc<dyn Fn()> = Rc::new(on_update);
    let start = move || spawn_local(register(script, on_update));
    let loaded = window
        .document()
        .is_some_and(|d| d.ready_state() == "complete");
    if loaded {
        start();
    } else {
        EventListener::once(&window, "load", move |_| start()).forget();
    }
}

async fn register(script: String, on_update: Rc<dyn Fn()>) {
    let Some(container) = container() else {
        return;
    };
    let Ok(registration) = JsFuture::from(container.register(&script)).await else {
        return;
    };
    let Ok(registration) = registration.dyn_into::<ServiceWorkerRegistration>() else {
        return;
    };
    // A first visit has no controller: the worker that installs then is not an update.
    let controlled = container.controller().is_some();
    if controlled && registration.waiting().is_some() {
        on_update();
    }
    let (installing_of, notify, workers) =
        (registration.clone(), on_update.clone(), container.clone());
    EventListener::new(&registration, "updatefound", move |_| {
        let Some(worker) = installing_of.installing() else {
            return;
        };
        let (watched, notify, workers) = (worker.clone(), notify.clone(), workers.clone());
        EventListener::new(&worker, "statechange", move |_| {
            let installed = watched.state() == ServiceWorkerState::Installed;
            if installed && workers.controller().is_some() {
                notify();
            }
        })
        .forget();
    })
    .forget();
    // Another tab applied the update: this page still runs the old version, whole and working,
    // and offers the reload too.
    if controlled {
        EventListener::new(&container, "controllerchange", move |_| on_update()).forget();
    }
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        let seen = document.clone();
        EventListener::new(&document, "visibilitychange", move |_| {
            if seen.visibility_state() != web_sys::VisibilityState::Visible {
                return;
            }
            // Offline, the check fails: nothing to do until the next one.
            if let Ok(update) = registration.update() {
                spawn_local(async move {
                    let _ = JsFuture::from(update).await;
                });
            }
        })
        .forget();
    }
}

/// The reader asked for the new version: the waiting worker takes over, then the page reloads
/// under it (the URL holds the scenario, so nothing the reader entered is lost). With no worker
/// waiting (another tab already switched), the page reloads at once.
pub fn apply_update() {
    spawn_local(async {
        let Some(container) = container() else {
            return reload();
        };
        let registration = JsFuture::from(container.get_registration())
            .await
            .ok()
            .and_then(|r| r.dyn_into::<ServiceWorkerRegistration>().ok());
        let Some(waiting) = registration.and_then(|r| r.waiting()) else {
            return reload();
        };
        EventListener::once(&container, "controllerchange", |_| reload()).forget();
        skip_waiting(&waiting);
    });
}

fn skip_waiting(worker: &ServiceWorker) {
    let message = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&message, &"type".into(), &JsValue::from_str("SKIP_WAITING"));
    let _ = worker.post_message(&message);
}

fn reload() {
    if let Some(window) = web_sys::window() {
        let _ = window.location().reload();
    }
}
