//! Tokens and financing: the story's context around the budget.

use yew::prelude::*;

use super::output::{row, section, Shown};
use super::Formatter;
use crate::model::{FigureId, ResultId, Scenario};
use crate::text::{fill, Panel, T};

/// Capex per trillion daily tokens, ByteDance vs Alphabet/Google.
#[inline(never)]
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

/// The 2025 bond figures and the AI-related share of issuance: written by the build, as it
/// depends only on the language and the edition.
#[inline(never)]
pub fn financing_panel(fmt: &Formatter, edition: u16) -> Html {
    html! {
        <section aria-labelledby="h-financing">
            { super::sources_panel::written(fmt, edition, Panel::Financing) }
        </section>
    }
}
