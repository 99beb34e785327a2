//! The 2026 budget split into AI processors and the rest, as a chart and as numbers that add
//! up to the total as shown.

use yew::prelude::*;

use super::charts::breakdown_chart;
use super::output::{row, section, Shown};
use crate::model::{round_parts_to_total, FigureId, ResultId};
use crate::text::{fill, T};

#[inline(never)]
pub fn budget_breakdown(shown: &Shown) -> Html {
    let (fmt, o, cur) = (shown.fmt, shown.outcome, shown.currency);
    // Rounded together so that the two lines add up to the total line exactly.
    let parts = round_parts_to_total(
        [o.ai_usd, o.rest_usd].map(|usd| o.rates.from_usd(usd, cur)),
        1,
    );
    let total = parts[0] + parts[1];
    let swatch = |bar: &'static str, label: T| {
        html! { <><span class="swatch" data-bar={bar} aria-hidden="true"></span>{ fmt.t(label) }</> }
    };
    let body = html! {
        <>
            { breakdown_chart(fmt, parts, cur) }
            <dl>
                { row(swatch("ai", T::AiProcessors), html! {
                    <>{ fmt.bn(parts[0], cur) }{ " (" }
                    { shown.out(ResultId::AiShare, &|v| fmt.percent(v)) }{ ")" }</>
                }) }
                { row(swatch("rest", T::RestOfCapex), shown.out(ResultId::RestUsd, &|v| {
                    // The rounded part, so the lines add up to the total as shown.
                    if v == o.rest_usd { fmt.bn(parts[1], cur) } else { shown.money(v) }
                })) }
                <div class="total">
                    <dt>{ fmt.t(T::Total) }</dt>
                    <dd data-testid="breakdown-total">{ fmt.bn(total, cur) }</dd>
                </div>
            </dl>
            <p class="note">{ fill(fmt.t(T::SemiconductorNote), &[&fmt.percent(o.ai_share_pct)]) }</p>
            <p class="note opex" data-testid="opex-note">{ fmt.t(T::OpexNote) }</p>
        </>
    };
    section(
        fmt,
        shown.edition,
        "breakdown",
        T::Breakdown,
        body,
        &[FigureId::AiProcessorsRmb2026, FigureId::SemiconductorShare],
    )
}
