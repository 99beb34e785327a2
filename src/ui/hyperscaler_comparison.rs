//! ByteDance beside Microsoft, Alphabet, Amazon and Meta.

use yew::prelude::*;

use super::charts::hyperscaler_chart;
use super::output::{output, section};
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
    let body = html! {
        <>
            <p>
                { text(lang, T::BigFour) }{ ": " }
                <strong>{ output("out-bigfour-usd", o.bigfour_usd, &|v| fmt.usd_bn_in(v, currency, o.rates)) }</strong>
            </p>
            { hyperscaler_chart(fmt, o.capex_usd, scenario.hyperscalers, currency, o.rates) }
            <p class="note">{ text(lang, T::DefinitionsNote) }</p>
        </>
    };
    let set =
        HyperscalerSet::matching(scenario.hyperscalers).unwrap_or(HyperscalerSet::Guidance2025);
    section(fmt, "comparison", T::Comparison, body, &set.figures())
}
