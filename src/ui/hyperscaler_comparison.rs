//! ByteDance beside Microsoft, Alphabet, Amazon and Meta.

use yew::prelude::*;

use super::charts::hyperscaler_chart;
use super::output::{output, source_line};
use super::text::{text, T};
use super::Formatter;
use crate::model::HyperscalerSet;
use crate::model::{Currency, Outcome, Scenario};

pub fn hyperscaler_comparison(
    fmt: &Formatter,
    scenario: &Scenario,
    o: &Outcome,
    currency: Currency,
) -> Html {
    let lang = fmt.lang();
    html! {
        <section class="comparison" aria-labelledby="h-comparison">
            <h3 id="h-comparison">{ text(lang, T::Comparison) }</h3>
            <p>
                { text(lang, T::BigFour) }{ ": " }
                <strong>{ output("out-bigfour-usd", o.bigfour_usd, fmt.usd_bn_in(o.bigfour_usd, currency, o.rates)) }</strong>
            </p>
            { hyperscaler_chart(fmt, o.capex_usd, scenario.hyperscalers, currency, o.rates) }
            <p class="note">{ text(lang, T::DefinitionsNote) }</p>
            { source_line(lang, &HyperscalerSet::matching(scenario.hyperscalers).unwrap_or(HyperscalerSet::Guidance2025).figures()) }
        </section>
    }
}
