//! ByteDance beside Microsoft, Alphabet, Amazon and Meta.

use std::rc::Rc;

use yew::prelude::*;

use super::charts::HyperscalerChart;
use super::output::output;
use super::text::{text, T};
use super::Formatter;
use crate::model::{Currency, Outcome, Scenario};

#[derive(Properties, PartialEq)]
pub struct HyperscalerComparisonProps {
    pub scenario: Scenario,
    pub outcome: Outcome,
    pub currency: Currency,
}

#[component]
pub fn HyperscalerComparison(props: &HyperscalerComparisonProps) -> Html {
    let fmt = use_context::<Rc<Formatter>>().expect("Formatter context");
    let lang = fmt.lang();
    let o = &props.outcome;
    html! {
        <section class="comparison" aria-labelledby="h-comparison">
            <h3 id="h-comparison">{ text(lang, T::Comparison) }</h3>
            <p>
                <strong class="big">{ output("bigfour-ratio", o.bigfour_ratio, fmt.times(o.bigfour_ratio)) }</strong>
                { " " }{ text(lang, T::BigFourRatio) }
            </p>
            <p>
                { text(lang, T::BigFour) }{ ": " }
                <strong>{ output("bigfour-usd", o.bigfour_usd, fmt.usd_bn_in(o.bigfour_usd, props.currency, o.rates)) }</strong>
            </p>
            <HyperscalerChart bytedance_usd={o.capex_usd} hyperscalers_usd={props.scenario.hyperscalers}
                currency={props.currency} rates={o.rates} />
            <p class="note">{ text(lang, T::DefinitionsNote) }</p>
        </section>
    }
}
