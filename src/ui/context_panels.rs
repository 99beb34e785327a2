//! Tokens and financing: the story's context around the budget.

use std::rc::Rc;

use yew::prelude::*;

use super::output::{output, row, section};
use super::text::{fill, text, T};
use super::Formatter;
use crate::model::figures::{value, FigureId};
use crate::model::{Currency, Outcome, Scenario};

/// Capex per trillion daily tokens, ByteDance vs Alphabet/Google.
pub fn tokens_panel(fmt: &Formatter, s: &Scenario, o: &Outcome, currency: Currency) -> Html {
    let lang = fmt.lang();
    let body = html! {
        <>
            <p class="note">{ fill(text(lang, T::TokensNote), &[
                &fmt.number(s.tokens_bytedance, 1), &fmt.number(s.tokens_google, 1)]) }</p>
            <dl>
                { row(html! { text(lang, T::ByteDance2026) }, output("out-tokens-bytedance",
                    o.bytedance_usd_per_trn_tokens,
                    &|v| fmt.usd_bn_in(v, currency, o.rates))) }
                { row(html! { text(lang, T::AlphabetGoogle) }, output("out-tokens-google",
                    o.google_usd_per_trn_tokens,
                    &|v| fmt.usd_bn_in(v, currency, o.rates))) }
            </dl>
        </>
    };
    section(
        fmt,
        "tokens",
        T::TokensHeading,
        body,
        &[FigureId::ByteDanceTokens, FigureId::GoogleTokens],
    )
}

#[derive(Properties, PartialEq)]
pub struct FormatterProps {
    pub fmt: Rc<Formatter>,
}

/// The 2025 bond figures and the AI-related share of issuance. Its own component: it depends
/// only on the language, so Yew renders it once, not on every input.
#[component]
pub fn FinancingPanel(props: &FormatterProps) -> Html {
    let fmt = &props.fmt;
    let lang = fmt.lang();
    let trn = |id| {
        fill(
            text(lang, T::UsdTrillion),
            &[&fmt.number(value(id) / 1000.0, 1)],
        )
    };
    let body = html! {
        <p>{ fill(text(lang, T::FinancingText), &[
            &trn(FigureId::IgBonds2025),
            &trn(FigureId::IgBonds2020),
            &fmt.percent(value(FigureId::AiShareOfIgIssuance)),
        ]) }</p>
    };
    section(
        fmt,
        "financing",
        T::Financing,
        body,
        &[
            FigureId::IgBonds2025,
            FigureId::IgBonds2020,
            FigureId::AiShareOfIgIssuance,
        ],
    )
}
