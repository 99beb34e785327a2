//! The key results, kept in view while the reader moves a number: 2026 capex and the
//! AI-processor budget in the reader's currency, the chips it buys, and the US four's capex as
//! a multiple of ByteDance's. The one copy of these numbers on the page: on a phone it sticks
//! to the top of the screen while the inputs scroll by; in an article's frame it sits between
//! the budget and the chip price, within half a phone screen of every input that moves it.

use yew::prelude::*;

use super::output::output;
use super::picker::{on_select, picker};
use super::state::Action;
use super::text::{fill, text, T};
use super::Formatter;
use crate::model::{Currency, Outcome, Scenario};

pub fn key_results(
    fmt: &Formatter,
    s: &Scenario,
    o: &Outcome,
    currency: Currency,
    on_action: &Callback<Action>,
) -> Html {
    let lang = fmt.lang();
    let rows: [(String, Html); 4] = [
        (
            text(lang, T::Capex2026).to_owned(),
            output(
                "out-capex-usd",
                o.capex_usd,
                fmt.usd_bn_in(o.capex_usd, currency, o.rates),
            ),
        ),
        (
            text(lang, T::ForAiProcessors).to_owned(),
            output(
                "out-ai-usd",
                o.ai_usd,
                fmt.usd_bn_in(o.ai_usd, currency, o.rates),
            ),
        ),
        (
            fill(text(lang, T::ChipsAt), &[&fmt.usd(s.chip)]),
            output("out-chips", o.chips, fmt.number(o.chips, 0)),
        ),
        (
            text(lang, T::BigFourTimes).to_owned(),
            output(
                "out-bigfour-ratio",
                o.bigfour_ratio,
                fmt.times(o.bigfour_ratio),
            ),
        ),
    ];
    html! {
        <section class="summary" aria-labelledby="h-summary" data-testid="summary">
            <div class="summary-head">
                <h3 id="h-summary">{ text(lang, T::KeyResults) }</h3>
                { picker("f-currency", "input-currency", text(lang, T::CurrencyPicker),
                    &Currency::ALL.map(|c| (c.name(), text(lang, T::CurrencyName(c)), currency == c)),
                    None, on_select(on_action, Currency::from_name, Action::SetCurrency)) }
            </div>
            <dl class="key">
                for (label, value) in rows {
                    <div>
                        <dt>{ label }</dt>
                        <dd>{ value }</dd>
                    </div>
                }
            </dl>
        </section>
    }
}
