//! The 2026 capex as one bar, split into AI processors and the rest.

use yew::prelude::*;

use super::geometry::{coord, stack};
use crate::model::Currency;
use crate::text::{fill, text, T};
use crate::ui::Formatter;

/// The viewBox is "0 0 600 40"; the bar stretches to the column's width.
const WIDTH: f64 = 600.0;
const HEIGHT: f64 = 40.0;

/// `parts`: AI processors and the rest of capex, in `currency` bn, already rounded to add up.
pub fn breakdown_chart(fmt: &Formatter, parts: [f64; 2], currency: Currency) -> Html {
    let lang = fmt.lang();
    let [ai, rest] = parts;
    let amounts = [ai, rest, ai + rest].map(|v| fmt.bn(v, currency));
    let label = fill(
        text(lang, T::BreakdownChartLabel),
        &[&amounts[0], &amounts[1], &amounts[2]],
    );
    let segments = stack(parts, 0.0, WIDTH);
    html! {
        <svg class="chart breakdown-chart" data-testid="chart-breakdown" role="img"
            aria-label={label} viewBox="0 0 600 40"
            preserveAspectRatio="none">
            // The rest of capex is hatched, so the two parts differ by more than colour.
            <defs>
                <pattern id="hatch-rest" patternUnits="userSpaceOnUse" width="6" height="6"
                    patternTransform="rotate(45)">
                    <rect class="hatch" width="6" height="6" />
                    <rect class="hatch-line" width="3" height="6" />
                </pattern>
            </defs>
            for (i, (x, w)) in segments.into_iter().enumerate() {
                <rect data-bar={if i == 0 { "ai" } else { "rest" }}
                    x={coord(x)} y="0" width={coord(w)} height={coord(HEIGHT)} />
            }
        </svg>
    }
}
