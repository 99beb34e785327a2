//! What the AI-processor budget buys, and what the trial order costs.

use yew::prelude::*;

use super::output::{fill_html, output, section};
use super::text::{fill, text, T};
use super::Formatter;
use crate::model::{figures::FigureId, ChipModel};
use crate::model::{Currency, Outcome, Scenario};

pub fn chip_maths(fmt: &Formatter, s: &Scenario, o: &Outcome, currency: Currency) -> Html {
    let lang = fmt.lang();
    let body = html! {
        <>
            <p>{ fill(text(lang, T::ChipsBought), &[&fmt.number(o.chips, 0), &fmt.usd(s.chip)]) }</p>
            <p>
                <strong>{ output("out-order-cost", o.order_cost_usd, &|v| fmt.usd_bn_in(v, currency, o.rates)) }</strong>
                { " " }
                { fill_html(text(lang, T::OrderCost), &[
                    html! { fmt.number(s.order, 0) },
                    output("out-order-share", o.order_share_pct, &|v| fmt.percent(v)),
                ]) }
            </p>
        </>
    };
    let chip = ChipModel::priced_at(s.chip).map_or(FigureId::H200PriceArticle, ChipModel::figure);
    section(
        fmt,
        "chips",
        T::ChipMaths,
        body,
        &[chip, FigureId::TrialOrderChips],
    )
}
