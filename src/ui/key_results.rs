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
    let money = |v: f64| fmt.usd_bn_in(v, currency, o.rates);
    let chips = |v: f64| fmt.number(v, 0);
    let times = |v: f64| fmt.times(v);
    // In the explore build, while inputs are ranges, the three key results of the issue's
    // question (capex, chips, the ratio) each get a histogram of their draws.
    #[cfg(feature = "explore")]
    let hist = |key: usize, label: &str, show: &dyn Fn(f64) -> String| {
        super::explore::histogram(fmt, key, label, show)
    };
    #[cfg(not(feature = "explore"))]
    let hist = |_: usize, _: &str, _: &dyn Fn(f64) -> String| Html::default();
    let capex = text(lang, T::Capex2026);
    let chips_at = fill(text(lang, T::ChipsAt), &[&fmt.usd(s.chip)]);
    let ratio = text(lang, T::BigFourTimes);
    let rows: [(&str, Html, Html); 4] = [
        (
            capex,
            output("out-capex-usd", o.capex_usd, &money),
            hist(0, capex, &money),
        ),
        (
            text(lang, T::ForAiProcessors),
            output("out-ai-usd", o.ai_usd, &money),
            Html::default(),
        ),
        (
            &chips_at,
            output("out-chips", o.chips, &chips),
            hist(1, &chips_at, &chips),
        ),
        (
            ratio,
            output("out-bigfour-ratio", o.bigfour_ratio, &times),
            hist(2, ratio, &times),
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
