//! ByteDance's 2026 capex beside each US hyperscaler's 2025 capex and their sum.

use yew::prelude::*;

use super::geometry::{coord, Axis, LinearScale};
use crate::model::{Currency, Rates};
use crate::text::{fill, text, T};
use crate::ui::Formatter;

// Each row is a label above its bar, so bars keep the full width and the text can grow on
// narrow screens (the stylesheet sets the font size in these units).
const WIDTH: f64 = 600.0;
const VALUE_WIDTH: f64 = 150.0;
const ROW: f64 = 56.0;
const LABEL_BASELINE: f64 = 22.0;
const BAR_TOP: f64 = 30.0;
const BAR: f64 = 18.0;
const TOP: f64 = 2.0;
const AXIS_HEIGHT: f64 = 30.0;

/// `bytedance_usd`: ByteDance 2026 capex; `hyperscalers_usd`: Microsoft, Alphabet, Amazon,
/// Meta 2025; US$ bn, shown in `currency` at `rates`.
pub fn hyperscaler_chart(
    fmt: &Formatter,
    bytedance_usd: f64,
    hyperscalers_usd: [f64; 4],
    currency: Currency,
    rates: Rates,
) -> Html {
    let lang = fmt.lang();
    let [m, a, z, f] = hyperscalers_usd;
    let rows: [(&str, f64, &str); 6] = [
        (text(lang, T::ByteDance2026), bytedance_usd, "bytedance"),
        (text(lang, T::Microsoft), m, "us"),
        (text(lang, T::Alphabet), a, "us"),
        (text(lang, T::Amazon), z, "us"),
        (text(lang, T::Meta), f, "us"),
        (text(lang, T::CombinedFour), m + a + z + f, "sum"),
    ];
    let shown = rows.map(|(_, usd, _)| rates.from_usd(usd, currency));
    let amounts = shown.map(|v| fmt.bn(v, currency));
    let axis = Axis::covering(shown.iter().copied().fold(0.0, f64::max));
    let scale = LinearScale {
        max: axis.max,
        start: 0.0,
        len: WIDTH - VALUE_WIDTH,
    };
    let height = TOP + ROW * rows.len() as f64 + AXIS_HEIGHT;
    let axis_y = TOP + ROW * rows.len() as f64;
    let description = rows
        .iter()
        .zip(&amounts)
        .map(|((name, _, _), amount)| [*name, " ", amount].concat())
        .collect::<Vec<_>>()
        .join(text(lang, T::ListSeparator));
    let label = fill(text(lang, T::HyperscalerChartLabel), &[&description]);
    html! {
        <svg class="chart hyperscaler-chart" data-testid="chart-hyperscalers" role="img"
            aria-label={label} viewBox={format!("0 0 {} {}", coord(WIDTH), coord(height))}>
            for tick in axis.ticks() {
                <line class="grid" x1={coord(scale.at(tick))} x2={coord(scale.at(tick))}
                    y1={coord(TOP)} y2={coord(axis_y)} />
                <text class="tick" x={coord(scale.at(tick))} y={coord(axis_y + 24.0)}
                    text-anchor={if tick == 0.0 { "start" } else { "middle" }}>{ fmt.number(tick, 0) }</text>
            }
            for (i, (name, _, class)) in rows.iter().enumerate() {
                <g>
                    <text class="row-label" x="0" y={coord(TOP + ROW * i as f64 + LABEL_BASELINE)}>
                        { *name }
                    </text>
                    <rect data-bar={*class} x="0" y={coord(TOP + ROW * i as f64 + BAR_TOP)}
                        width={coord(scale.length(shown[i]))} height={coord(BAR)} />
                    <text class="row-value" x={coord(scale.at(shown[i]) + 8.0)}
                        y={coord(TOP + ROW * i as f64 + BAR_TOP + BAR - 3.0)}>
                        { amounts[i].clone() }
                    </text>
                </g>
            }
        </svg>
    }
}
