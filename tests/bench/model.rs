//! `cargo bench --bench model`: native time to evaluate one scenario, for the benchmark table.
//! Prints `ns_per_scenario: <n>`, which tests/tools/bench.mjs reads.

use std::hint::black_box;
use std::time::Instant;

use capex_calculator::model::{evaluate, Scenario};

fn main() {
    const ITERATIONS: u32 = 5_000_000;
    let mut scenario = Scenario::default();
    let mut best = f64::INFINITY;
    for _ in 0..5 {
        let start = Instant::now();
        let mut sink = 0.0;
        for i in 0..ITERATIONS {
            scenario.capex = 100.0 + f64::from(i % 300);
            sink += evaluate(black_box(&scenario)).chips;
        }
        black_box(sink);
        best = best.min(start.elapsed().as_nanos() as f64 / f64::from(ITERATIONS));
    }
    println!("ns_per_scenario: {best:.2}");
}
