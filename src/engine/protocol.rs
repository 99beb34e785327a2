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
    #[serde(default)]
    pub id: String,
    #[serde(default)]
    pub origin: String,
    #[serde(default)]
    pub query: String,
    #[serde(default)]
    pub format: String,
    /// With `export`: the language the page speaks, for the CSV's header and units.
    #[serde(default)]
    pub lang: String,
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
