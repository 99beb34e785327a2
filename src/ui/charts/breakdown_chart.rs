//! The 2026 capex as one bar, split into AI processors and the rest.

use std::rc::Rc;

use yew::prelude::*;

use super::geometry::{coord, stack};
use crate::model::Currency;
use crate::ui::text::{fill, text, T};
use crate::ui::Formatter;

/// The viewBox is "0 0 600 40"; the bar stretches to the column's width.
const WIDTH: f64 = 600.0;
const HEIGHT: f64 = 40.0;

#[derive(Properties, PartialEq)]
pub struct BreakdownChartProps {
    /// AI processors and the rest of capex, in `currency` bn, already rounded to add up.
    pub parts: [f64; 2],
    pub currency: Currency,
}

#[component]
pub fn BreakdownChart(props: &BreakdownChartProps) -> Html {
    let fmt = use_context::<Rc<Formatter>>().expect("Formatter context");
    let lang = fmt.lang();
    let [ai, rest] = props.parts;
    let amounts = [ai, rest, ai + rest].map(|v| fmt.bn(v, props.currency));
    let label = fill(
        text(lang, T::BreakdownChartLabel),
        &[&amounts[0], &amounts[1], &amounts[2]],
    );
    let segments = stack(props.parts, 0.0, WIDTH);
    let names = [text(lang, T::AiProcessors), text(lang, T::RestOfCapex)];
    html! {
        <svg class="chart breakdown-chart" data-testid="chart-breakdown" role="img"
            aria-label={label} viewBox="0 0 600 40"
            preserveAspectRatio="none">
            for (i, (x, w)) in segments.into_iter().enumerate() {
                <rect class={if i == 0 { "bar-ai" } else { "bar-rest" }}
                    x={coord(x)} y="0" width={coord(w)} height={coord(HEIGHT)}>
                    <title>{ format!("{}: {}", names[i], amounts[i]) }</title>
                </rect>
            }
        </svg>
    }
}
