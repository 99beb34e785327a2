//! The 2026 budget split into AI processors and the rest, as a chart and as numbers that add
//! up to the total as shown.

use yew::prelude::*;

use super::charts::breakdown_chart;
use super::output::{output, row, section};
use super::text::{fill, text, T};
use super::Formatter;
use crate::model::figures::FigureId;
use crate::model::{round_parts_to_total, Currency, Outcome};

pub fn budget_breakdown(fmt: &Formatter, o: &Outcome, cur: Currency) -> Html {
    let lang = fmt.lang();
    // Rounded together so that the two lines add up to the total line exactly.
    let parts = round_parts_to_total(
        [o.ai_usd, o.rest_usd].map(|usd| o.rates.from_usd(usd, cur)),
        1,
    );
    let total = parts[0] + parts[1];
    let swatch = |bar: &'static str, label: T| {
        html! { <><span class="swatch" data-bar={bar} aria-hidden="true"></span>{ text(lang, label) }</> }
    };
    let body = html! {
        <>
            { breakdown_chart(fmt, parts, cur) }
            <dl>
                { row(swatch("ai", T::AiProcessors), html! {
                    <>{ fmt.bn(parts[0], cur) }{ " (" }
                    { output("out-ai-share", o.ai_share_pct, &|v| fmt.percent(v)) }{ ")" }</>
                }) }
                { row(swatch("rest", T::RestOfCapex), output("out-rest-usd", o.rest_usd, &|v| {
                    // The rounded part, so the lines add up to the total as shown.
                    if v == o.rest_usd { fmt.bn(parts[1], cur) } else { fmt.usd_bn_in(v, cur, o.rates) }
                })) }
                <div class="total">
                    <dt>{ text(lang, T::Total) }</dt>
                    <dd data-testid="breakdown-total">{ fmt.bn(total, cur) }</dd>
                </div>
            </dl>
            <p class="note">{ fill(text(lang, T::SemiconductorNote), &[&fmt.percent(o.ai_share_pct)]) }</p>
            <p class="note opex" data-testid="opex-note">{ text(lang, T::OpexNote) }</p>
        </>
    };
    section(
        fmt,
        "breakdown",
        T::Breakdown,
        body,
        &[FigureId::AiProcessorsRmb2026, FigureId::SemiconductorShare],
    )
}
