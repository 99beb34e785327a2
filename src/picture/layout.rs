//! Where the charts' shapes go, as plain numbers: the page's SVG charts (`ui/charts`) and the
//! standalone files and pictures the engine and the build write (`picture::svg`) draw the same
//! layout, so a downloaded chart has the very bars the reader saw.

use super::geometry::{stack, Axis, LinearScale};

/// A rectangle in a chart's viewBox units.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rect {
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub height: f64,
}

/// Where a text stands: its anchor point and which end of the text it is.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Spot {
    pub x: f64,
    pub y: f64,
    /// `start` or `middle`, as SVG's `text-anchor`.
    pub anchor: &'static str,
}

/// The budget breakdown's viewBox: one bar the chart's width.
pub const BREAKDOWN: (f64, f64) = (600.0, 40.0);

/// The AI processors and the rest of capex, end to end across the bar.
pub fn breakdown(parts: [f64; 2]) -> [Rect; 2] {
    stack(parts, 0.0, BREAKDOWN.0).map(|(x, width)| Rect {
        x,
        y: 0.0,
        width,
        height: BREAKDOWN.1,
    })
}

// The comparison's rows: a label above each bar, so bars keep the full width and the text can
// grow on narrow screens (the stylesheet sets the font size in these units: 15, or 26 on a
// phone). The bar starts low enough under its label that a value beside a short bar clears the
// label's descenders at 26.
const WIDTH: f64 = 600.0;
/// The room the comparison leaves right of its longest bar, at least: a value at 15 units.
pub const VALUE_WIDTH: f64 = 150.0;
const ROW: f64 = 62.0;
const LABEL_BASELINE: f64 = 22.0;
const BAR_TOP: f64 = 36.0;
const BAR: f64 = 18.0;
const TOP: f64 = 2.0;
const AXIS_HEIGHT: f64 = 30.0;

/// One row of the comparison: its label, its bar and its value's place.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Row {
    pub label: Spot,
    pub bar: Rect,
    pub value: Spot,
}

/// The comparison of ByteDance with the US four, laid out.
#[derive(Clone, Debug, PartialEq)]
pub struct Comparison {
    pub width: f64,
    pub height: f64,
    /// Each tick's value, with its grid line's x and its label's place.
    pub ticks: Vec<(f64, f64, Spot)>,
    /// The grid lines' top and bottom.
    pub grid: (f64, f64),
    pub rows: Vec<Row>,
}

/// The room right of the bars for these written amounts, at the phone's 26 units: a Han
/// character (or any other of three bytes or more) an em, anything else 0.62 of one, with the
/// gap before the value. Never less than [`VALUE_WIDTH`].
pub fn value_width<'a>(amounts: impl Iterator<Item = &'a str>) -> f64 {
    amounts
        .map(|a| {
            let ems: f64 = a
                .chars()
                .map(|c| if c.len_utf8() > 2 { 1.0 } else { 0.62 })
                .sum();
            ems * 26.0 + 8.0
        })
        .fold(VALUE_WIDTH, f64::max)
}

/// ByteDance, Microsoft, Alphabet, Amazon, Meta and the four together, in the currency shown:
/// a row each, on an axis of round steps that covers the largest, with `value_width` units
/// right of the longest bar for its value ([`value_width`]).
///
/// With the article's figures (US$22.7 bn and the four's US$376.2 bn) the axis runs to 400 by
/// 100, and the four's bar takes 376.2/400 of the 600 units less the values' room.
pub fn comparison(values: &[f64], value_width: f64) -> Comparison {
    let axis = Axis::covering(values.iter().copied().fold(0.0, f64::max));
    let scale = LinearScale {
        max: axis.max,
        start: 0.0,
        len: WIDTH - value_width,
    };
    let axis_y = TOP + ROW * values.len() as f64;
    let ticks = axis
        .ticks()
        .map(|tick| {
            let x = scale.at(tick);
            let anchor = if tick == 0.0 { "start" } else { "middle" };
            (
                tick,
                x,
                Spot {
                    x,
                    y: axis_y + 24.0,
                    anchor,
                },
            )
        })
        .collect();
    let rows = values
        .iter()
        .enumerate()
        .map(|(i, &v)| {
            let top = TOP + ROW * i as f64;
            Row {
                label: Spot {
                    x: 0.0,
                    y: top + LABEL_BASELINE,
                    anchor: "start",
                },
                bar: Rect {
                    x: 0.0,
                    y: top + BAR_TOP,
                    width: scale.length(v),
                    height: BAR,
                },
                value: Spot {
                    x: scale.at(v) + 8.0,
                    y: top + BAR_TOP + BAR - 3.0,
                    anchor: "start",
                },
            }
        })
        .collect();
    Comparison {
        width: WIDTH,
        height: axis_y + AXIS_HEIGHT,
        ticks,
        grid: (TOP, axis_y),
        rows,
    }
}
