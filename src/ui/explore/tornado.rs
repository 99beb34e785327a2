//! How sure the numbers are: the draws behind the intervals (and new ones), each range with its
//! reason, and which assumption moves a chosen result most (a tornado chart whose bars go to
//! their inputs, its ranking written out for screen readers).

use std::rc::Rc;

use yew::prelude::*;

use super::state::ExploreAction;
use super::Shape;
use crate::browser::document;
use crate::model::ranges::Ranges;
use crate::model::uncertainty::{tornado, DRAWS};
use crate::model::{editions, evaluate, Currency, Edition, Field, Preset, ResultId, Scenario};
use crate::picture::geometry::coord;
use crate::text::explore::X;
use crate::text::{fill, T};
use crate::ui::Formatter;

#[derive(Properties, PartialEq)]
pub struct HowSureProps {
    pub scenario: Scenario,
    pub ranges: Ranges,
    pub seed: u64,
    pub currency: Currency,
    pub on_explore: Callback<ExploreAction>,
    pub fmt: Rc<Formatter>,
    /// The edition's number: its figures are where the sources disagree.
    pub edition: u16,
}

/// The result the tornado starts on: chips bought, the story's question.
const FIRST_RESULT: ResultId = ResultId::Chips;

#[component]
pub fn HowSure(props: &HowSureProps) -> Html {
    let fmt = &*props.fmt;
    let chosen = use_state(|| FIRST_RESULT);
    let (scenario, ranges, currency) = (&props.scenario, &props.ranges, props.currency);
    let draws = fmt.number(DRAWS as f64, 0);
    let on_result = {
        let chosen = chosen.setter();
        Callback::from(move |e: Event| {
            let value = e
                .target_unchecked_into::<web_sys::HtmlSelectElement>()
                .value();
            if let Some(id) = ResultId::from_name(&value) {
                chosen.set(id);
            }
        })
    };
    let result = *chosen;
    let shape = Shape::of(result);
    let edition = editions::get(props.edition).unwrap_or_else(editions::latest);
    let o = evaluate(scenario);
    let show = |v: f64| shape.show(fmt, shape.in_view(v, currency, &o), currency, false);
    // Inputs that do not move this result are named in one line, not drawn as empty bars.
    let (bars, still): (Vec<_>, Vec<_>) = tornado(scenario, ranges, result)
        .into_iter()
        .partition(|&(_, low, high)| (high - low).abs() > 1e-9 * low.abs().max(high.abs()));
    let still = (!still.is_empty()).then(|| {
        let names: Vec<&str> = still.iter().map(|(f, _, _)| fmt.t(T::Field(*f))).collect();
        html! {
            <p class="note" data-testid="tornado-still">
                { fill(fmt.x(X::TornadoStill), &[&names.join(fmt.t(T::ListSeparator))]) }
            </p>
        }
    });
    let body = if bars.is_empty() && still.is_none() {
        html! { <p class="note" data-testid="tornado-empty">{ fmt.x(X::TornadoEmpty) }</p> }
    } else {
        let base = o.get(result);
        let (lo, hi) = bars.iter().fold((base, base), |(lo, hi), &(_, a, b)| {
            (lo.min(a).min(b), hi.max(a).max(b))
        });
        let span = (hi - lo).max(f64::MIN_POSITIVE);
        let x = |v: f64| (v - lo) / span * 100.0;
        let ranking = bars
            .iter()
            .map(|(f, _, _)| fmt.t(T::Field(*f)))
            .collect::<Vec<_>>()
            .join(fmt.t(T::ListSeparator));
        let chart_label = fill(
            fmt.x(X::TornadoChartLabel),
            &[fmt.x(X::ResultInText(result)), &ranking],
        );
        html! {
            <ol class="tornado" aria-label={chart_label} data-testid="tornado">
                for (field, low, high) in bars.iter().copied() {
                    <li>
                        <button type="button" class="bar-button"
                            data-testid={["tornado-bar-", field.name()].concat()}
                            data-low={crate::model::plain_decimal(low)}
                            data-high={crate::model::plain_decimal(high)}
                            onclick={move |_: MouseEvent| {
                                document::focus(&["f-", field.name(), "-low"].concat())
                            }}>
                            <span>{ fill(fmt.x(X::TornadoBar), &[fmt.t(T::Field(field)), &show(low), &show(high)]) }</span>
                            <svg viewBox="0 0 100 6" preserveAspectRatio="none" aria-hidden="true">
                                <rect class={if high >= low { "up" } else { "down" }}
                                    x={coord(x(low.min(high)))} y="0"
                                    width={coord((x(low.max(high)) - x(low.min(high))).max(0.5))}
                                    height="6" />
                                <line x1={coord(x(base))} x2={coord(x(base))} y1="0" y2="6" />
                            </svg>
                        </button>
                    </li>
                }
            </ol>
        }
    };
    let on_redraw = props
        .on_explore
        .reform(|_: MouseEvent| ExploreAction::Redraw);
    html! {
        <section id="how-sure" class="explore-part" aria-labelledby="h-how-sure">
            <h3 id="h-how-sure">{ fmt.x(X::HowSure) }</h3>
            <p class="note">{ fill(fmt.x(X::HowSureIntro), &[&draws]) }</p>
            if ranges.any() {
                <ul class="ranges" data-testid="range-list">
                    for (field, spread) in ranges.fields() {
                        <li>{ range_line(fmt, edition, field, spread.low, spread.high) }</li>
                    }
                </ul>
                <p class="note">
                    <span data-testid="draws-note">
                        { fill(fmt.x(X::DrawsNote), &[&draws, &props.seed.to_string()]) }
                    </span>
                    { " " }
                    <button type="button" data-testid="redraw" onclick={on_redraw}>
                        { fmt.x(X::Redraw) }
                    </button>
                </p>
            }
            <h4>{ fmt.x(X::Tornado) }</h4>
            <p class="note">{ fmt.x(X::TornadoIntro) }</p>
            <div class="field">
                <label for="f-tornado-result">{ fmt.x(X::TornadoFor) }</label>
                <select id="f-tornado-result" data-testid="tornado-result" onchange={on_result}>
                    for id in ResultId::ALL {
                        <option value={id.name()} selected={id == result}>{ fmt.x(X::Result(id)) }</option>
                    }
                </select>
            </div>
            { body }
            { still }
        </section>
    }
}

/// A range as a line: with its two sources where it is the sources' disagreement
/// ("Price per AI chip: US$20,000 (the article) to US$27,000 (Reuters)").
fn range_line(fmt: &Formatter, edition: &Edition, field: Field, low: f64, high: f64) -> String {
    let value = |v: f64| fmt.field_value(field, v);
    let sourced = Preset::DISAGREEMENTS
        .iter()
        .find(|(f, _, _)| *f == field)
        .and_then(|&(_, a, b)| {
            let (a, b) = (edition.figure(a), edition.figure(b));
            let (a, b) = if a.value <= b.value { (a, b) } else { (b, a) };
            (a.value == low && b.value == high).then_some((a, b))
        });
    let source = |f: &crate::model::Figure| {
        crate::text::figure(fmt.lang(), edition.index(), f.id).map_or("", |t| t.source)
    };
    match sourced {
        Some((a, b)) => fill(
            fmt.x(X::RangeReason),
            &[
                fmt.t(T::Field(field)),
                &value(low),
                source(a),
                &value(high),
                source(b),
            ],
        ),
        None => fill(
            fmt.x(X::TornadoBar),
            &[fmt.t(T::Field(field)), &value(low), &value(high)],
        ),
    }
}
