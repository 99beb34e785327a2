//! Offline use, the page's side. The release build writes a Workbox service worker (`sw.js`,
//! `build/postbuild.mjs`) and its registration, `offline.js`: Workbox's own page library,
//! workbox-window, with the few lines that wire it to this page (`static/offline.js`). The
//! page loads that module once it has loaded (the worker and its downloads never compete with
//! the first view) and hears from it when a new version is waiting.
//!
//! The build names its worker in `<meta name="capex-calculator:service-worker" content="sw.js">`;
//! a page without that tag (the single-file edition, `trunk serve`, component tests) loads and
//! registers nothing. Nothing reloads by itself: the reader's click asks the module to let the
//! waiting worker take over (`{type: "SKIP_WAITING"}`) and the page reloads once the new worker
//! controls it, so new HTML never meets old glue or wasm. Every failure (no service workers in
//! this browser or frame, offline, a refused registration) leaves the page as it is.
//!
//! Between the two, two window events: `capex-calculator:update-ready` (module to page) and
//! `capex-calculator:apply-update` (page to module).

use gloo::events::EventListener;
use wasm_bindgen::JsCast;

/// Where the build names its worker script (a URL relative to the page).
const WORKER_META: &str = "meta[name=\"capex-calculator:service-worker\"]";

/// The registration module the build writes beside the page.
const MODULE: &str = "offline.js";

/// The worker script the build wrote for this page: only on a page served over http(s) whose
/// browser has service workers (not a file opened from disk, not a sandboxed frame).
pub fn worker_script() -> Option<String> {
    let window = web_sys::window()?;
    if !served() {
        return None;
    }
    let navigator = window.navigator();
    let has_workers = navigator
        .unchecked_ref::<super::js::NavigatorExt>()
        .service_worker()
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

/// Loads the registration module once the page has loaded, and calls `on_update` whenever it
/// says a new version is ready to replace the running one: a worker already waiting, one that
/// finishes installing while this page runs, or one another tab has already switched to.
pub fn watch(on_update: impl Fn() + 'static) {
    let Some(window) = web_sys::window() else {
        return;
    };
    EventListener::new(&window, "capex-calculator:update-ready", move |_| {
        on_update()
    })
    .forget();
    let loaded = window
        .document()
        .is_some_and(|d| d.ready_state() == "complete");
    if loaded {
        load_module();
    } else {
        EventListener::once(&window, "load", |_| load_module()).forget();
    }
}

fn load_module() {
    super::document::add_module(MODULE);
}

/// The reader asked for the new version: the module lets the waiting worker take over, then
/// reloads the page under it (the URL holds the scenario, so nothing the reader entered is
/// lost); with no worker waiting (another tab already switched), it reloads at once.
pub fn apply_update() {
    if let (Some(window), Ok(event)) = (
        web_sys::window(),
        web_sys::Event::new("capex-calculator:apply-update"),
    ) {
        let _ = window.dispatch_event(&event);
    }
}
