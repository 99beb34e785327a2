//! The messages between the page and the engine, and those the calculator sends its host, as
//! serde types.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use wasm_bindgen::JsValue;

/// What the page asks of the engine: a `kind` and the fields it needs. `query` is the page's
/// current link (`v=1&capex=200`). A plain struct, not a tagged enum: serde buffers a tagged
/// enum's fields, and a host's message passed through (`data`) must reach serde-wasm-bindgen
/// unbuffered to stay the JS value it is.
#[derive(Deserialize)]
pub struct Request {
    /// `host` (a host page's message, `data`, from `origin`), `ready` (tell the host at
    /// `origin`), `results` (for the subscriber at `origin`), `export` (`format`: `csv` or
    /// `json`), `simulate` (draws for `query`'s ranges; the explore build's).
    pub kind: String,
    /// Echoed on every reply, so the page can route it to whoever asked.
    #[serde(default)]
    pub ticket: Option<f64>,
    #[serde(default)]
    pub id: String,
    #[serde(default)]
    pub origin: String,
    #[serde(default)]
    pub query: String,
    #[serde(default)]
    pub format: String,
    /// With `export`, `picture` and `embed-code`: the language the page speaks.
    #[serde(default)]
    pub lang: String,
    /// With `export` and `picture`: the colour scheme the page shows (`light` or `dark`).
    #[serde(default)]
    pub scheme: String,
    /// With `embed-code`: the address of the page's folder (`https://news.example/capex/`).
    #[serde(default)]
    pub base: String,
    /// With `embed-code`: the newsroom's site as typed, if any.
    #[serde(default)]
    pub site: String,
    /// With `embed-code`: the code follows the newest figures (`edition=latest`).
    #[serde(default)]
    pub latest: bool,
    #[serde(default, with = "serde_wasm_bindgen::preserve")]
    pub data: JsValue,
}

/// What the engine answers; the page acts on each by its `kind`.
#[derive(Serialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum Reply {
    /// Show this link's scenario, currency and language.
    Apply { query: String },
    /// Back to the article's figures.
    Reset,
    /// Send results to `origin` on every change from now on.
    Subscribe { origin: String },
    /// Post `message` to the host page, to `origin` (never `*` but for `ready` when the host's
    /// origin is unknown).
    Post { origin: String, message: Outgoing },
    /// Offer a file for download.
    File {
        name: String,
        mime: String,
        content: String,
    },
    /// A picture of the scenario, for the page to turn into a PNG (`static/picture.js`).
    Picture {
        name: String,
        svg: String,
        width: f64,
        height: f64,
        title: String,
    },
    /// The code a newsroom pastes, and its AMP version; `site_error` if the site typed is not
    /// an origin (the code then goes without it).
    Code {
        code: String,
        amp: String,
        site_error: bool,
    },
    /// The draws for a scenario with ranges (`Simulation::to_numbers`).
    #[cfg(feature = "explore")]
    Simulation { numbers: Vec<f64> },
}

/// What the calculator tells its host page.
#[derive(Serialize)]
#[serde(tag = "type")]
pub enum Outgoing {
    #[serde(rename = "capex-calculator:ready")]
    Ready {
        id: String,
        version: String,
        /// The edition of the figures the frame shows.
        edition: u16,
    },
    #[serde(rename = "capex-calculator:results")]
    Results {
        id: String,
        /// The edition of the figures the results are computed on.
        edition: u16,
        scenario: BTreeMap<&'static str, f64>,
        currency: &'static str,
        lang: &'static str,
        results: BTreeMap<&'static str, f64>,
    },
    #[serde(rename = "capex-calculator:error")]
    Error {
        id: String,
        #[serde(with = "serde_wasm_bindgen::preserve")]
        request: JsValue,
        errors: Vec<ErrorOut>,
    },
}

/// One value of a host's message that was not applied, and why.
#[derive(Serialize)]
pub struct ErrorOut {
    pub field: String,
    pub reason: &'static str,
    pub message: String,
}
