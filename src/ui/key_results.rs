//! The key results, kept in view while the reader moves a number: 2026 capex and the
//! AI-processor budget in the reader's currency, the chips it buys, and the US four's capex as
//! a multiple of ByteDance's. The one copy of these numbers on the page: on a phone it sticks
//! to the top of the screen while the inputs scroll by; in an article's frame it sits between
//! the budget and the chip price, within half a phone screen of every input that moves it.

use yew::prelude::*;

use super::output::Shown;
use super::picker::{on_select, picker};
use super::state::Action;
use crate::model::{Currency, ResultId, Scenario};
use crate::text::{fill, T};

pub fn key_results(shown: &Shown, s: &Scenario, on_action: &Callback<Action>) -> Html {
    let fmt = shown.fmt;
    let money = |v: f64| shown.money(v);
    let chips = |v: f64| fmt.number(v, 0);
    let times = |v: f64| fmt.times(v);
    // In the explore build, while inputs are ranges, the three key results of the story's
    // question (capex, chips, the ratio) each get a histogram of their draws.
    #[cfg(feature = "explore")]
    let hist =
        |id: ResultId, show: &dyn Fn(f64) -> String| super::explore::histogram(shown, id, show);
    #[cfg(not(feature = "explore"))]
    let hist = |_: ResultId, _: &dyn Fn(f64) -> String| Html::default();
    let chips_at = fill(fmt.t(T::ChipsAt), &[&fmt.usd(s.chip)]);
    let rows: [(&str, Html, Html); 4] = [
        (
            fmt.t(T::Capex2026),
            shown.out(ResultId::CapexUsd, &money),
            hist(ResultId::CapexUsd, &money),
        ),
        (
            fmt.t(T::ForAiProcessors),
            shown.out(ResultId::AiUsd, &money),
            Html::default(),
        ),
        (
            &chips_at,
            shown.out(ResultId::Chips, &chips),
            hist(ResultId::Chips, &chips),
        ),
        (
            fmt.t(T::BigFourTimes),
            shown.out(ResultId::BigfourRatio, &times),
            hist(ResultId::BigfourRatio, &times),
        ),
    ];
    let currency = shown.currency;
    html! {
        <section class="summary" aria-labelledby="h-summary" data-testid="summary">
            <div class="summary-head">
                <h3 id="h-summary">{ fmt.t(T::KeyResults) }</h3>
                { picker("f-currency", "input-currency", fmt.t(T::CurrencyPicker),
                    &Currency::ALL.map(|c| (c.name(), fmt.t(T::CurrencyName(c)), currency == c)),
                    None, on_select(on_action, Currency::from_name, Action::SetCurrency)) }
            </div>
            <dl class="key">
                for (label, value, histogram) in rows {
                    <div>
                        <dt>{ label }</dt>
                        <dd>{ value }{ histogram }</dd>
                    </div>
                }
            </dl>
        </section>
    }
}
