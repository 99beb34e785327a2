//! The 2026 capex as one bar, split into AI processors and the rest: the layout of
//! `picture::layout`, which the downloaded file draws too.

use yew::prelude::*;

use crate::model::Currency;
use crate::picture::geometry::coord;
use crate::picture::layout::breakdown;
use crate::text::{fill, T};
use crate::ui::Formatter;

/// `parts`: AI processors and the rest of capex, in `currency` bn, already rounded to add up.
pub fn breakdown_chart(fmt: &Formatter, parts: [f64; 2], currency: Currency) -> Html {
    let [ai, rest] = parts;
    let amounts = [ai, rest, ai + rest].map(|v| fmt.bn_spoken(v, currency));
    let label = fill(
        fmt.t(T::BreakdownChartLabel),
        &[&amounts[0], &amounts[1], &amounts[2]],
    );
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
            for (i, bar) in breakdown(parts).into_iter().enumerate() {
                <rect data-bar={if i == 0 { "ai" } else { "rest" }}
                    x={coord(bar.x)} y={coord(bar.y)} width={coord(bar.width)} height={coord(bar.height)} />
            }
        </svg>
    }
}
