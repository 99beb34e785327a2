//! Two scenarios side by side: the one the reader pinned as A, the page as it is now as B, and
//! for every result the difference, absolute and in percent, in the reader's currency.

use yew::prelude::*;

use super::state::ExploreAction;
use super::Shape;
use crate::model::{evaluate, plain_decimal, Currency, ResultId, Scenario};
use crate::text::explore::X;
use crate::ui::Formatter;

pub fn compare(
    fmt: &Formatter,
    pinned: Option<&Scenario>,
    now: &Scenario,
    currency: Currency,
    on_explore: &Callback<ExploreAction>,
) -> Html {
    let body = match pinned {
        None => html! {
            <button type="button" data-testid="pin"
                onclick={on_explore.reform(|_: MouseEvent| ExploreAction::Pin)}>
                { fmt.x(X::PinA) }
            </button>
        },
        Some(a) => table(fmt, a, now, currency, on_explore),
    };
    html! {
        <section id="compare" class="explore-part" aria-labelledby="h-compare">
            <h3 id="h-compare">{ fmt.x(X::Compare) }</h3>
            <p class="note">{ fmt.x(X::CompareIntro) }</p>
            { body }
        </section>
    }
}

fn table(
    fmt: &Formatter,
    a: &Scenario,
    b: &Scenario,
    currency: Currency,
    on_explore: &Callback<ExploreAction>,
) -> Html {
    let (oa, ob) = (evaluate(a), evaluate(b));
    let cell = |column: X, testid: String, value: f64, shown: String| {
        html! {
            <td data-label={fmt.x(column)}>
                <data data-testid={testid} value={plain_decimal(value)}>{ shown }</data>
            </td>
        }
    };
    html! {
        <>
            <div class="table-wrap">
                <table class="compare" data-testid="compare">
                    <thead>
                        <tr>
                            <th scope="col">{ fmt.x(X::ColResult) }</th>
                            <th scope="col">{ fmt.x(X::ColA) }</th>
                            <th scope="col">{ fmt.x(X::ColB) }</th>
                            <th scope="col">{ fmt.x(X::ColDiff) }</th>
                            <th scope="col">{ fmt.x(X::ColDiffPct) }</th>
                        </tr>
                    </thead>
                    <tbody>
                        for id in ResultId::ALL {
                            {{
                                // Each side in the reader's unit at its own rates; the difference
                                // between what the two columns show.
                                let (shape, name) = (Shape::of(id), id.name());
                                let (va, vb) = (shape.in_view(oa.get(id), currency, &oa),
                                    shape.in_view(ob.get(id), currency, &ob));
                                let diff = vb - va;
                                let pct = (va != 0.0).then(|| diff / va.abs() * 100.0);
                                html! {
                                    <tr>
                                        <th scope="row">{ fmt.x(X::Result(id)) }</th>
                                        { cell(X::ColA, ["compare-a-", name].concat(), va, shape.show(fmt, va, currency, false)) }
                                        { cell(X::ColB, ["compare-b-", name].concat(), vb, shape.show(fmt, vb, currency, false)) }
                                        { cell(X::ColDiff, ["compare-diff-", name].concat(), diff, shape.show(fmt, diff, currency, true)) }
                                        if let Some(pct) = pct {
                                            { cell(X::ColDiffPct, ["compare-pct-", name].concat(), pct, fmt.signed_percent(pct)) }
                                        } else {
                                            <td data-label={fmt.x(X::ColDiffPct)}
                                                data-testid={["compare-pct-", name].concat()}>{ "\u{2013}" }</td>
                                        }
                                    </tr>
                                }
                            }}
                        }
                    </tbody>
                </table>
            </div>
            <p>
                <button type="button" data-testid="pin"
                    onclick={on_explore.reform(|_: MouseEvent| ExploreAction::Pin)}>
                    { fmt.x(X::PinA) }
                </button>
                { " " }
                <button type="button" data-testid="unpin"
                    onclick={on_explore.reform(|_: MouseEvent| ExploreAction::Unpin)}>
                    { fmt.x(X::Unpin) }
                </button>
            </p>
        </>
    }
}
