//! ByteDance's 2026 AI budget, what if: an embeddable calculator. See ARCHITECTURE.md.

#![forbid(unsafe_code)]

pub mod browser;
pub mod engine;
pub mod model;
pub mod ui;

pub use ui::{App, AppProps};

/// Times `iterations` evaluations of the article's scenario, nudged each time so none can be
/// skipped, and returns the milliseconds taken: the benchmark's model figure in wasm.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn bench_model(iterations: u32) -> f64 {
    let performance = web_sys::window().and_then(|w| w.performance());
    let now = || performance.as_ref().map_or(0.0, |p| p.now());
    let start = now();
    let mut scenario = model::Scenario::default();
    let mut sink = 0.0;
    for i in 0..iterations {
        scenario.capex = 100.0 + f64::from(i % 300);
        sink += model::evaluate(std::hint::black_box(&scenario)).chips;
    }
    std::hint::black_box(sink);
    now() - start
}
