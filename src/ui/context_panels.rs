//! Tokens and financing: the story's context around the budget.

use std::rc::Rc;

use yew::prelude::*;

use super::output::{row, section, Shown};
use super::Formatter;
use crate::model::{editions, FigureId, ResultId, Scenario};
use crate::text::{fill, T};

/// Capex per trillion daily tokens, ByteDance vs Alphabet/Google.
pub fn tokens_panel(shown: &Shown, s: &Scenario) -> Html {
    let fmt = shown.fmt;
    let body = html! {
        <>
            <p class="note">{ fill(fmt.t(T::TokensNote), &[
                &fmt.number(s.tokens_bytedance, 1), &fmt.number(s.tokens_google, 1)]) }</p>
            <dl>
                { row(html! { fmt.t(T::ByteDance2026) },
                    shown.out(ResultId::TokensBytedance, &|v| shown.money(v))) }
                { row(html! { fmt.t(T::AlphabetGoogle) },
                    shown.out(ResultId::TokensGoogle, &|v| shown.money(v))) }
            </dl>
        </>
    };
    section(
        fmt,
        shown.edition,
        "tokens",
        T::TokensHeading,
        body,
        &[FigureId::ByteDanceTokens, FigureId::GoogleTokens],
    )
}

/// A panel that depends only on the language and the edition.
#[derive(Properties, PartialEq)]
pub struct PanelProps {
    pub fmt: Rc<Formatter>,
    /// The edition's number.
    pub edition: u16,
}

/// The 2025 bond figures and the AI-related share of issuance. Its own component: it depends
/// only on the language and the edition, so Yew renders it once, not on every input.
#[component]
pub fn FinancingPanel(props: &PanelProps) -> Html {
    let fmt = &props.fmt;
    let edition = editions::get(props.edition).unwrap_or_else(editions::latest);
    let trn = |id| {
        fill(
            fmt.t(T::UsdTrillion),
            &[&fmt.number(edition.value(id) / 1000.0, 1)],
        )
    };
    let body = html! {
        <p>{ fill(fmt.t(T::FinancingText), &[
            &trn(FigureId::IgBonds2025),
            &trn(FigureId::IgBonds2020),
            &fmt.percent(edition.value(FigureId::AiShareOfIgIssuance)),
        ]) }</p>
    };
    section(
        fmt,
        edition,
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
