//! The 2026 budget split into AI processors and the rest, as a chart and as numbers that add
//! up to the total as shown.

use yew::prelude::*;

use super::charts::breakdown_chart;
use super::output::{output, source_line};
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
    html! {
        <section class="breakdown" aria-labelledby="h-breakdown">
            <h3 id="h-breakdown">{ text(lang, T::Breakdown) }</h3>
            { breakdown_chart(fmt, parts, cur) }
            <dl class="sum">
                <div class="row-ai">
                    <dt><span class="swatch swatch-ai" aria-hidden="true"></span>{ text(lang, T::AiProcessors) }</dt>
                    <dd>
                        { fmt.bn(parts[0], cur) }
                        { " (" }{ output("out-ai-share", o.ai_share_pct, fmt.percent(o.ai_share_pct)) }{ ")" }
                    </dd>
                </div>
                <div class="row-rest">
                    <dt><span class="swatch swatch-rest" aria-hidden="true"></span>{ text(lang, T::RestOfCapex) }</dt>
                    <dd>{ output("out-rest-usd", o.rest_usd, fmt.bn(parts[1], cur)) }</dd>
                </div>
                <div class="row-total">
                    <dt>{ text(lang, T::Total) }</dt>
                    <dd data-testid="breakdown-total">{ fmt.bn(total, cur) }</dd>
                </div>
            </dl>
            <p class="note">{ fill(text(lang, T::SemiconductorNote), &[&fmt.percent(o.ai_share_pct)]) }</p>
            <p class="note opex" data-testid="opex-note">{ text(lang, T::OpexNote) }</p>
            { source_line(lang, &[FigureId::AiProcessorsRmb2026, FigureId::SemiconductorShare]) }
        </section>
    }
}
