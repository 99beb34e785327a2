//! ByteDance's 2026 capex beside each US hyperscaler's 2025 capex and their sum: the layout of
//! `picture::layout`, which the downloaded file draws too.

use yew::prelude::*;

use crate::model::{Currency, Scenario};
use crate::picture::charts::{chart_label, comparison_rows};
use crate::picture::geometry::coord;
use crate::picture::layout::{comparison, value_width};
use crate::ui::Formatter;

/// The scenario's comparison, in `currency`, its texts by the page's `Formatter`.
pub fn hyperscaler_chart(fmt: &Formatter, s: &Scenario, currency: Currency) -> Html {
    let written = comparison_rows(&fmt.plain(), s, currency);
    let label = chart_label(fmt.lang(), &written);
    let values: Vec<f64> = written.iter().map(|r| r.value).collect();
    let layout = comparison(
        &values,
        value_width(written.iter().map(|r| r.amount.as_str())),
    );
    let view_box = ["0 0 ", &coord(layout.width), " ", &coord(layout.height)].concat();
    let (top, bottom) = layout.grid;
    html! {
        <svg class="chart hyperscaler-chart" data-testid="chart-hyperscalers" role="img"
            aria-label={label} viewBox={view_box}>
            for (tick, x, spot) in layout.ticks.iter().copied() {
                <line class="grid" x1={coord(x)} x2={coord(x)} y1={coord(top)} y2={coord(bottom)} />
                <text class="tick" x={coord(spot.x)} y={coord(spot.y)}
                    text-anchor={spot.anchor}>{ fmt.number(tick, 0) }</text>
            }
            for (row, shape) in written.iter().zip(&layout.rows) {
                <g>
                    <text class="row-label" x={coord(shape.label.x)} y={coord(shape.label.y)}>{ row.name }</text>
                    <rect data-bar={row.kind.name()} x={coord(shape.bar.x)} y={coord(shape.bar.y)}
                        width={coord(shape.bar.width)} height={coord(shape.bar.height)} />
                    <text class="row-value" x={coord(shape.value.x)} y={coord(shape.value.y)}>{ row.amount.as_str() }</text>
                </g>
            }
        </svg>
    }
}
