//! What more than one test file needs: `mod support;` at its top.

use capex_calculator::text::{segments, Segment};

/// The slots a template fills, each once.
pub fn slots(template: &str) -> Vec<usize> {
    let mut found: Vec<usize> = segments(template)
        .filter_map(|s| match s {
            Segment::Slot(i) => Some(i),
            Segment::Text(_) => None,
        })
        .collect();
    found.sort_unstable();
    found.dedup();
    found
}
