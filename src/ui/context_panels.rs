//! Tokens and financing: the story's context around the budget.

use std::rc::Rc;

use yew::prelude::*;

use super::output::{output, source_line};
use super::text::{fill, money_usd_trn, text, T};
use super::Formatter;
use crate::model::figures::{value, FigureId};
use crate::model::{Currency, Outcome, Scenario};

/// Capex per trillion daily tokens, ByteDance vs Alphabet/Google.
pub fn tokens_panel(fmt: &Formatter, s: &Scenario, o: &Outcome, currency: Currency) -> Html {
    let lang = fmt.lang();
    html! {
        <section class="tokens" aria-labelledby="h-tokens">
            <h3 id="h-tokens">{ text(lang, T::TokensHeading) }</h3>
            <p class="note">{ fill(text(lang, T::TokensNote), &[
                &fmt.number(s.tokens_bytedance, 1), &fmt.number(s.tokens_google, 1)]) }</p>
            <dl class="pair">
                <div>
                    <dt>{ text(lang, T::ByteDance2026) }</dt>
                    <dd>{ output("out-tokens-bytedance", o.bytedance_usd_per_trn_tokens,
                        fmt.usd_bn_in(o.bytedance_usd_per_trn_tokens, currency, o.rates)) }</dd>
                </div>
                <div>
                    <dt>{ text(lang, T::AlphabetGoogle) }</dt>
                    <dd>{ output("out-tokens-google", o.google_usd_per_trn_tokens,
                        fmt.usd_bn_in(o.google_usd_per_trn_tokens, currency, o.rates)) }</dd>
                </div>
            </dl>
            { source_line(lang, &[FigureId::ByteDanceTokens, FigureId::GoogleTokens]) }
        </section>
    }
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
    let trn = |id| fill(money_usd_trn(lang), &[&fmt.number(value(id) / 1000.0, 1)]);
    html! {
        <section class="financing" aria-labelledby="h-financing">
            <h3 id="h-financing">{ text(lang, T::Financing) }</h3>
            <p>{ fill(text(lang, T::FinancingText), &[
                &trn(FigureId::IgBonds2025),
                &trn(FigureId::IgBonds2020),
                &fmt.percent(value(FigureId::AiShareOfIgIssuance)),
            ]) }</p>
            { source_line(lang, &[FigureId::IgBonds2025, FigureId::IgBonds2020, FigureId::AiShareOfIgIssuance]) }
        </section>
    }
}
