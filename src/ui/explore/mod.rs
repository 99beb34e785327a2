//! The explore build's page (`explore.html`: index.html built with the `explore` feature,
//! build/build.sh): inputs as ranges
//! with every result's median and 90% interval, which assumption matters most, two scenarios
//! side by side, and the story with live numbers. The first view is built without any of it
//! and hands a reader over to this page when they open one of these (`needs_explore`).
//!
//! The draws run in the engine's worker (`simulate`), never on the main thread: an input
//! updates the point results at once, as in the first view, and the intervals follow when the
//! worker answers, one request in flight at a time, the latest scenario next.

pub mod compare;
pub mod range_field;
pub mod state;
pub mod story;
pub mod tornado;

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use super::output::Shown;
use super::Formatter;
use crate::model::uncertainty::{Interval, Simulation, DRAWS};
use crate::model::{plain_decimal, Currency, Editor, Field, Link, Outcome, ResultId};
use crate::text::explore::X;
use crate::text::fill;

pub use state::{Explore, ExploreAction};

/// How a result is written.
#[derive(Clone, Copy, PartialEq)]
pub enum Shape {
    /// US$ billions, shown in the reader's currency.
    Money,
    /// Euro billions.
    Euro,
    Percent,
    Count,
    Times,
}

impl Shape {
    /// How a result is written, from its unit.
    pub fn of(id: ResultId) -> Shape {
        use crate::model::Unit;
        match id.unit() {
            Unit::UsdBn | Unit::UsdBnPerTrillionDailyTokens => Shape::Money,
            Unit::EurBn => Shape::Euro,
            Unit::Chips => Shape::Count,
            Unit::Times => Shape::Times,
            _ => Shape::Percent,
        }
    }

    /// A value of this shape in the unit the reader sees (US$ billions in their currency).
    pub fn in_view(self, v: f64, currency: Currency, o: &Outcome) -> f64 {
        match self {
            Shape::Money => o.rates.from_usd(v, currency),
            _ => v,
        }
    }

    /// A value in the reader's unit, written: with `signed` (a difference), a rise gets a `+`
    /// and a fall a `−` before the whole amount (`−US$0.08 bn`, not `US$-0.08 bn`).
    pub fn show(self, fmt: &Formatter, v: f64, currency: Currency, signed: bool) -> String {
        let sign = (v != 0.0).then_some(if v > 0.0 { "+" } else { "\u{2212}" });
        let v = if signed { v.abs() } else { v };
        let s = match self {
            Shape::Money => fmt.bn(v, currency),
            Shape::Euro => fmt.bn(v, Currency::Eur),
            Shape::Percent => fmt.percent(v),
            Shape::Count => fmt.number(v, 0),
            Shape::Times => fmt.times(v),
        };
        match (signed, sign) {
            (true, Some(sign)) => [sign, &s].concat(),
            _ => s,
        }
    }
}

/// A result with its median and, where the ranges move it, its 90% interval: `data-value`
/// is the median, beside `data-low` and `data-high` (the 5th and 95th percentiles). A result
/// the ranges do not move (its ends read the same as shown) shows one value, as on the first
/// view, with the same attributes.
pub fn with_interval(
    fmt: &Formatter,
    id: ResultId,
    interval: Interval,
    show: &dyn Fn(f64) -> String,
) -> Html {
    let (low, median, high) = (show(interval.p5), show(interval.p50), show(interval.p95));
    // The ends written as shown: where they read the same, the interval says nothing.
    let range = (low != high).then(|| {
        let range = [" (", &fill(fmt.x(X::IntervalShort), &[&low, &high]), ")"].concat();
        html! { <span class="interval">{ range }</span> }
    });
    let plain = AttrValue::from(plain_decimal(interval.p50));
    html! {
        <data class="out" data-testid={id.testid()} value={&plain} data-value={&plain}
            data-low={plain_decimal(interval.p5)} data-high={plain_decimal(interval.p95)}>
            { median }{ range }
        </data>
    }
}

/// A small histogram of a key result's draws, with a text alternative that reads its interval
/// and median; nothing while every input is one value.
pub fn histogram(shown: &Shown, id: ResultId, show: &dyn Fn(f64) -> String) -> Html {
    use crate::picture::geometry::coord;
    let fmt = shown.fmt;
    let Some(sim) = shown.simulation else {
        return Html::default();
    };
    let Some(h) = sim.histogram(id) else {
        return Html::default();
    };
    let i = sim.interval(id);
    let tallest = h.counts.iter().copied().max().unwrap_or(0).max(1) as f64;
    let bins = h.counts.len() as f64;
    // A screen reader reads the label: amounts with their currency in words.
    let heard = |v: f64| match Shape::of(id) {
        Shape::Money => fmt.usd_bn_in_spoken(v, shown.currency, shown.outcome.rates),
        Shape::Euro => fmt.bn_spoken(v, Currency::Eur),
        Shape::Percent | Shape::Count | Shape::Times => show(v),
    };
    let description = fill(
        fmt.x(X::HistogramLabel),
        &[
            fmt.x(X::ResultInText(id)),
            &fmt.number(DRAWS as f64, 0),
            &heard(i.p5),
            &heard(i.p95),
            &heard(i.p50),
        ],
    );
    html! {
        <svg class="histogram" viewBox="0 0 96 16" preserveAspectRatio="none" role="img"
            aria-label={description} data-testid={["hist-", id.name()].concat()}>
            for (n, &count) in h.counts.iter().enumerate() {
                <rect x={coord(n as f64 * 96.0 / bins)}
                    width={coord(96.0 / bins - 0.6)}
                    y={coord(16.0 - 16.0 * count as f64 / tallest)}
                    height={coord(16.0 * count as f64 / tallest)} />
            }
        </svg>
    }
}

/// What the explore page's parts need from the page.
pub struct Parts<'a> {
    pub shown: &'a Shown<'a>,
    pub fmt: &'a Rc<Formatter>,
    pub link: &'a Link,
    pub editor: &'a Editor,
    pub on_explore: &'a Callback<ExploreAction>,
    pub on_edit: &'a Callback<(Field, String)>,
    pub on_slide: &'a Callback<(Field, f64)>,
}

/// What the explore page adds to the results: how sure they are, a comparison, the story.
pub fn parts(p: Parts) -> Html {
    use self::{compare::compare, story, tornado::HowSure};
    let shown = p.shown;
    let scenario = *p.editor.scenario();
    let ranged = |field: Field| p.link.ranges.get(field).is_some();
    html! {
        <>
            <HowSure scenario={scenario} ranges={p.link.ranges} seed={p.link.seed}
                currency={shown.currency} on_explore={p.on_explore.clone()} fmt={p.fmt.clone()}
                edition={shown.edition.id} />
            { compare(shown.fmt, p.link.pinned.as_ref(), &scenario, shown.currency, p.on_explore) }
            { story::story(story::StoryView {
                fmt: p.fmt, editor: p.editor, outcome: shown.outcome, currency: shown.currency,
                on_edit: p.on_edit, on_slide: p.on_slide, ranged: &ranged,
            }) }
        </>
    }
}

/// The page's side of the draws: asks the engine for a simulation whenever the scenario, its
/// ranges or the seed change, one request in flight at a time (while one is, only the latest
/// scenario waits), and shows each answer as it comes, with the query it answers.
#[derive(Clone)]
pub struct Draws {
    shown: UseStateSetter<Option<Drawn>>,
    flight: Rc<RefCell<Flight>>,
}

/// A simulation and the query (scenario, ranges, seed) it was drawn for.
#[derive(Clone, PartialEq)]
pub struct Drawn {
    pub query: String,
    pub simulation: Rc<Simulation>,
}

#[derive(Default)]
struct Flight {
    /// The query the engine is drawing for.
    sent: Option<String>,
    /// The latest query, asked while another was in flight.
    next: Option<String>,
    /// False once every input is one value again: an answer still in flight is dropped.
    wanted: bool,
}

impl Draws {
    fn ask(&self, query: String) {
        let mut flight = self.flight.borrow_mut();
        flight.wanted = true;
        if flight.sent.is_some() {
            flight.next = Some(query);
        } else {
            crate::browser::engine::request("simulate", &[("query", query.as_str().into())]);
            flight.sent = Some(query);
        }
    }

    fn clear(&self) {
        let mut flight = self.flight.borrow_mut();
        flight.wanted = false;
        flight.next = None;
        drop(flight);
        self.shown.set(None);
    }

    /// Takes the engine's `simulation` reply (true), or leaves any other reply to the page
    /// (false). A reply that does not read as a simulation is dropped.
    pub fn take_reply(&self, reply: &wasm_bindgen::JsValue) -> bool {
        use crate::browser::engine;
        use wasm_bindgen::JsCast;
        let reply: &crate::browser::js::Reply = reply.unchecked_ref();
        if reply.kind().as_deref() != Some("simulation") {
            return false;
        }
        let numbers: Vec<f64> = js_sys::Array::from(&reply.numbers())
            .iter()
            .map(|v| v.as_f64().unwrap_or(f64::NAN))
            .collect();
        let simulation = Simulation::from_numbers(&numbers);
        let mut flight = self.flight.borrow_mut();
        let answered = flight.sent.take();
        let wanted = flight.wanted;
        if let Some(next) = flight.next.take() {
            engine::request("simulate", &[("query", next.as_str().into())]);
            flight.sent = Some(next);
        }
        drop(flight);
        if let (true, Some(query), Some(simulation)) = (wanted, answered, simulation) {
            self.shown.set(Some(Drawn {
                query,
                simulation: Rc::new(simulation),
            }));
        }
        true
    }
}

/// What the draws are asked for: the scenario, its ranges and the seed, as a link's query.
fn query_for(link: &crate::model::Link) -> String {
    crate::browser::location::link_query(&crate::model::Link {
        scenario: link.scenario,
        ranges: link.ranges,
        seed: link.seed,
        ..crate::model::Link::default()
    })
}

/// The last simulation drawn for `link`'s scenario and ranges (none while every input is one
/// value), whether it is this very scenario's (else the next is on its way), and the handle
/// that takes the engine's answers.
#[hook]
pub fn use_draws(link: &crate::model::Link) -> (Option<Rc<Simulation>>, bool, Draws) {
    let shown = use_state(|| None::<Drawn>);
    let flight = use_mut_ref(Flight::default);
    let draws = Draws {
        shown: shown.setter(),
        flight,
    };
    let query = link.ranges.any().then(|| query_for(link));
    use_effect_with(query.clone(), {
        let draws = draws.clone();
        move |query| match query {
            Some(query) => draws.ask(query.clone()),
            None => draws.clear(),
        }
    });
    let drawn = shown.as_ref().filter(|_| query.is_some());
    let current = drawn.is_some_and(|d| Some(&d.query) == query.as_ref());
    (drawn.map(|d| d.simulation.clone()), current, draws)
}
