//! 2026 capex in all three currencies, and its growth over 2025 (the headline figure itself is
//! in the key results).

use yew::prelude::*;

use super::output::{fill_html, section, Shown};
use crate::model::{Currency, FigureId, ResultId, Scenario};
use crate::text::T;

#[inline(never)]
pub fn key_figures(shown: &Shown, scenario: &Scenario) -> Html {
    let (fmt, o) = (shown.fmt, shown.outcome);
    let body = html! {
        <>
            <p class="in-currencies">
                <span class="visually-hidden">{ fmt.t(T::CapexIn) }{ " " }</span>
                <span>{ fmt.bn(o.capex_usd, Currency::Usd) }</span>
                { " \u{b7} " }
                { shown.out(ResultId::CapexEur, &|v| fmt.bn(v, Currency::Eur)) }
                { " \u{b7} " }
                <span title={fmt.t(T::CurrencyName(Currency::Cny))}>
                    { fmt.bn(scenario.capex, Currency::Cny) }
                </span>
            </p>
            <p class="growth">
                { fill_html(fmt.t(T::Growth), &[
                    shown.out(ResultId::Growth, &|v| fmt.signed_percent(v)),
                    html! { fmt.bn(scenario.capex25, Currency::Cny) },
                ]) }
            </p>
        </>
    };
    section(
        fmt,
        shown.edition,
        "capex",
        T::CapexInCurrencies,
        body,
        &[
            FigureId::CapexRmb2026,
            FigureId::AiSystemsRmb2025,
            FigureId::UsdCny,
            FigureId::EurUsd,
        ],
    )
}
