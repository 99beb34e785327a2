//! ByteDance beside Microsoft, Alphabet, Amazon and Meta.

use yew::prelude::*;

use super::charts::hyperscaler_chart;
use super::output::{section, Shown};
use crate::model::{HyperscalerSet, ResultId, Scenario};
use crate::text::T;

#[inline(never)]
pub fn hyperscaler_comparison(shown: &Shown, scenario: &Scenario) -> Html {
    let fmt = shown.fmt;
    let body = html! {
        <>
            <p>
                { fmt.t(T::BigFour) }{ ": " }
                <strong>{ shown.out(ResultId::BigfourUsd, &|v| shown.money(v)) }</strong>
            </p>
            { hyperscaler_chart(fmt, scenario, shown.currency) }
            <p class="note">{ fmt.t(T::DefinitionsNote) }</p>
        </>
    };
    let set = HyperscalerSet::matching(scenario.hyperscalers, shown.edition)
        .unwrap_or(HyperscalerSet::Guidance2025);
    section(
        fmt,
        shown.edition,
        "comparison",
        T::Comparison,
        body,
        &set.figures(),
    )
}
