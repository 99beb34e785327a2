//! Chart geometry: scales, axes and bar layouts as pure functions of the numbers. No browser
//! imports (checked by `tests/architecture.rs`); the chart components only draw what this says.

use crate::model::plain_decimal;

/// A value axis from zero to a round maximum, with round tick steps.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Axis {
    pub max: f64,
    pub step: f64,
}

impl Axis {
    /// About four round steps that cover `largest`: 376.2 gives 0 to 400 by 100; 22.7 gives 0
    /// to 30 by 10.
    pub fn covering(largest: f64) -> Axis {
        if !(largest.is_finite() && largest > 0.0) {
            return Axis {
                max: 1.0,
                step: 0.25,
            };
        }
        let step = nice_step(largest / 4.0);
        Axis {
            max: (largest / step).ceil() * step,
            step,
        }
    }

    /// The tick values from 0 to `max` inclusive.
    pub fn ticks(self) -> impl Iterator<Item = f64> {
        let count = (self.max / self.step).round() as usize;
        (0..=count).map(move |i| i as f64 * self.step)
    }
}

/// The smallest of 1, 2 or 5 times a power of ten that is at least `raw`.
pub fn nice_step(raw: f64) -> f64 {
    if !(raw.is_finite() && raw > 0.0) {
        return 1.0;
    }
    // The largest power of ten not above `raw`, by steps: no libm `pow`/`log10` in the wasm.
    let mut magnitude = 1.0;
    while magnitude * 10.0 <= raw {
        magnitude *= 10.0;
    }
    while magnitude > raw {
        magnitude /= 10.0;
    }
    [1.0, 2.0, 5.0, 10.0]
        .into_iter()
        .map(|m| m * magnitude)
        .find(|&step| step >= raw * (1.0 - 1e-12))
        .unwrap_or(10.0 * magnitude)
}

/// Maps values from 0..=`max` onto `start`..=`start + len`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LinearScale {
    pub max: f64,
    pub start: f64,
    pub len: f64,
}

impl LinearScale {
    /// The position of `v`, clamped to the scale's range.
    pub fn at(self, v: f64) -> f64 {
        self.start + self.length(v)
    }

    /// The length of a bar worth `v`, never negative or beyond the range.
    pub fn length(self, v: f64) -> f64 {
        if self.max > 0.0 && v > 0.0 {
            (v / self.max).min(1.0) * self.len
        } else {
            0.0
        }
    }
}

/// Lays parts end to end along `start..start + len`, each as long as its share of the sum:
/// returns each part's (start, length).
pub fn stack<const N: usize>(parts: [f64; N], start: f64, len: f64) -> [(f64, f64); N] {
    let total: f64 = parts.iter().map(|p| p.max(0.0)).sum();
    let scale = LinearScale {
        max: total,
        start: 0.0,
        len,
    };
    let mut at = start;
    parts.map(|p| {
        let length = scale.length(p);
        let segment = (at, length);
        at += length;
        segment
    })
}

/// An SVG coordinate, to a tenth of a unit: `coord(12.345)` is `"12.3"`.
pub fn coord(v: f64) -> String {
    plain_decimal((v * 10.0).round() / 10.0)
}
