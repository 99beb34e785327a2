//! What the AI-processor budget buys, and what the trial order costs.

use yew::prelude::*;

use super::output::{fill_html, section, Shown};
use crate::model::{ChipModel, FigureId, ResultId, Scenario};
use crate::text::{fill, T};

#[inline(never)]
pub fn chip_maths(shown: &Shown, s: &Scenario) -> Html {
    let (fmt, o) = (shown.fmt, shown.outcome);
    let body = html! {
        <>
            <p>{ fill(fmt.t(T::ChipsBought), &[&fmt.number(o.chips, 0), &fmt.usd(s.chip)]) }</p>
            <p>
                <strong>{ shown.out(ResultId::OrderCost, &|v| shown.money(v)) }</strong>
                { " " }
                { fill_html(fmt.t(T::OrderCost), &[
                    html! { fmt.number(s.order, 0) },
                    shown.out(ResultId::OrderShare, &|v| fmt.percent(v)),
                ]) }
            </p>
        </>
    };
    let chip = ChipModel::priced_at(s.chip, shown.edition)
        .map_or(FigureId::H200PriceArticle, ChipModel::figure);
    section(
        fmt,
        shown.edition,
        "chips",
        T::ChipMaths,
        body,
        &[chip, FigureId::TrialOrderChips],
    )
}
