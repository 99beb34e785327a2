//! 2026 capex in all three currencies, and its growth over 2025 (the headline figure itself is
//! in the key results).

use yew::prelude::*;

use super::output::{fill_html, output, section};
use super::text::{text, T};
use super::Formatter;
use crate::model::figures::FigureId;
use crate::model::{Currency, Outcome, Scenario};

pub fn key_figures(fmt: &Formatter, scenario: &Scenario, o: &Outcome) -> Html {
    let lang = fmt.lang();
    let body = html! {
        <>
            <p class="in-currencies">
                <span class="visually-hidden">{ text(lang, T::CapexIn) }{ ": " }</span>
                <span>{ fmt.bn(o.capex_usd, Currency::Usd) }</span>
                { " \u{b7} " }
                { output("out-capex-eur", o.capex_eur, &|v| fmt.bn(v, Currency::Eur)) }
                { " \u{b7} " }
                <span title={text(lang, T::CurrencyName(Currency::Cny))}>
                    { fmt.bn(scenario.capex, Currency::Cny) }
                </span>
            </p>
            <p class="growth">
                { fill_html(text(lang, T::Growth), &[
                    output("out-growth", o.growth_pct, &|v| fmt.signed_percent(v)),
                    html! { fmt.bn(scenario.capex25, Currency::Cny) },
                ]) }
            </p>
        </>
    };
    section(
        fmt,
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
