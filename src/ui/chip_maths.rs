//! What the AI-processor budget buys, and what the trial order costs.

use std::rc::Rc;

use yew::prelude::*;

use super::output::{fill_html, output};
use super::text::{fill, text, T};
use super::Formatter;
use crate::model::{Currency, Outcome, Scenario};

#[derive(Properties, PartialEq)]
pub struct ChipMathsProps {
    pub scenario: Scenario,
    pub outcome: Outcome,
    pub currency: Currency,
}

#[component]
pub fn ChipMaths(props: &ChipMathsProps) -> Html {
    let fmt = use_context::<Rc<Formatter>>().expect("Formatter context");
    let lang = fmt.lang();
    let (s, o) = (&props.scenario, &props.outcome);
    html! {
        <section class="chips" aria-labelledby="h-chips">
            <h3 id="h-chips">{ text(lang, T::ChipMaths) }</h3>
            <p>
                <strong class="big">{ output("chips", o.chips, fmt.number(o.chips, 0)) }</strong>
                { " " }{ fill(text(lang, T::ChipsBought), &[&fmt.usd(s.chip)]) }
            </p>
            <p>
                <strong>{ output("order-cost", o.order_cost_usd, fmt.usd_bn_in(o.order_cost_usd, props.currency, o.rates)) }</strong>
                { " " }
                { fill_html(text(lang, T::OrderCost), &[
                    html! { fmt.number(s.order, 0) },
                    output("order-share", o.order_share_pct, fmt.percent(o.order_share_pct)),
                ]) }
            </p>
        </section>
    }
}
