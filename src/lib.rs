//! ByteDance's 2026 AI budget, what if: an embeddable calculator. See ARCHITECTURE.md.

#![forbid(unsafe_code)]

pub mod browser;
pub mod engine;
pub mod model;
pub mod picture;
pub mod text;
pub mod ui;

pub use ui::{App, AppProps};

/// Times `iterations` evaluations of the article's scenario, nudged each time so none can be
/// skipped, and returns the milliseconds taken: the benchmark's model figure in wasm.
#[cfg(all(target_arch = "wasm32", feature = "bench"))]
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

/// Draws `draws` scenarios of the `sources-disagree` preset (five inputs as ranges) and
/// summarises them, as the engine's worker does for the explore page; returns the milliseconds
/// taken: the benchmark's draws-per-millisecond figure in wasm (`tests/tools/bench-explore.mjs`).
#[cfg(all(target_arch = "wasm32", feature = "explore", feature = "bench"))]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn bench_draws(draws: u32) -> f64 {
    let performance = web_sys::window().and_then(|w| w.performance());
    let now = || performance.as_ref().map_or(0.0, |p| p.now());
    let preset = model::Preset::SourcesDisagree;
    let edition = model::editions::latest();
    let start = now();
    let simulation = model::uncertainty::simulate(
        &preset.scenario(edition),
        &preset.ranges(edition),
        1,
        draws as usize,
    );
    std::hint::black_box(simulation);
    now() - start
}
