//! Once the reader pauses, a screen reader hears the key results, politely: not on the first
//! render, not on every step of a drag.

use std::rc::Rc;

use gloo::timers::callback::Timeout;
use yew::prelude::*;

use crate::model::{evaluate, Currency, Scenario};
use crate::text::{fill, T};
use crate::ui::Formatter;

/// How long the reader must pause before the key results are read out.
pub const ANNOUNCE_DELAY_MS: u32 = 500;

/// The text of the polite live region: empty until the reader has changed something and
/// paused.
#[hook]
pub fn use_announcement(scenario: Scenario, currency: Currency, fmt: Rc<Formatter>) -> String {
    let announcement = use_state(String::new);
    let announced = use_mut_ref(|| (scenario, currency));
    use_effect_with((scenario, currency, fmt), {
        let announcement = announcement.setter();
        move |(scenario, currency, fmt)| {
            let changed = *announced.borrow() != (*scenario, *currency);
            let (fmt, currency, o) = (fmt.clone(), *currency, evaluate(scenario));
            let pending = changed.then(|| {
                *announced.borrow_mut() = (*scenario, currency);
                Timeout::new(ANNOUNCE_DELAY_MS, move || {
                    announcement.set(fill(
                        fmt.t(T::Announce),
                        &[
                            &fmt.usd_bn_in_spoken(o.capex_usd, currency, o.rates),
                            &fmt.usd_bn_in_spoken(o.ai_usd, currency, o.rates),
                            &fmt.number(o.chips, 0),
                            &fmt.times(o.bigfour_ratio),
                        ],
                    ))
                })
            });
            move || drop(pending)
        }
    });
    (*announcement).clone()
}
