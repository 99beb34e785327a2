//! The headline: 2026 capex in the reader's currency and in all three, and its growth.

use std::rc::Rc;

use yew::prelude::*;

use super::output::output;
use super::text::{currency_label, fill, text, T};
use super::Formatter;
use crate::model::{Currency, Outcome, Scenario};

#[derive(Properties, PartialEq)]
pub struct KeyFiguresProps {
    pub scenario: Scenario,
    pub outcome: Outcome,
    pub currency: Currency,
}

#[component]
pub fn KeyFigures(props: &KeyFiguresProps) -> Html {
    let fmt = use_context::<Rc<Formatter>>().expect("Formatter context");
    let lang = fmt.lang();
    let o = &props.outcome;
    let growth_text = fill(
        text(lang, T::Growth),
        &[
            &fmt.signed_percent(o.growth_pct),
            &fmt.bn(props.scenario.capex25, Currency::Cny),
        ],
    );
    html! {
        <section class="key-figures" aria-labelledby="h-capex">
            <h3 id="h-capex">{ text(lang, T::Capex2026) }</h3>
            <p class="headline">
                { output("capex-usd", o.capex_usd, fmt.usd_bn_in(o.capex_usd, props.currency, o.rates)) }
            </p>
            <p class="in-currencies">
                <span class="visually-hidden">{ text(lang, T::CapexIn) }{ ": " }</span>
                <span>{ fmt.bn(o.capex_usd, Currency::Usd) }</span>
                { " \u{b7} " }
                { output("capex-eur", o.capex_eur, fmt.bn(o.capex_eur, Currency::Eur)) }
                { " \u{b7} " }
                <span title={currency_label(lang, Currency::Cny)}>
                    { fmt.bn(props.scenario.capex, Currency::Cny) }
                </span>
            </p>
            <p class="growth">
                { output("growth", o.growth_pct, growth_text) }
            </p>
        </section>
    }
}
