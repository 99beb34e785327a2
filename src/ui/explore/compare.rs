//! Two scenarios side by side: the one the reader pinned as A, the page as it is now as B, and
//! for every result the difference, absolute and in percent, in the reader's currency.

use yew::prelude::*;

use super::state::ExploreAction;
use super::RESULTS;
use crate::model::{evaluate, plain_decimal, Currency, Scenario};
use crate::ui::text::T;
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
                { fmt.t(T::PinA) }
            </button>
        },
        Some(a) => table(fmt, a, now, currency, on_explore),
    };
    html! {
        <section id="compare" class="explore-part" aria-labelledby="h-compare">
            <h3 id="h-compare">{ fmt.t(T::Compare) }</h3>
            <p class="note">{ fmt.t(T::CompareIntro) }</p>
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
    let (na, nb) = (oa.named(), ob.named());
    let cell = |column: T, testid: String, value: f64, shown: String| {
        html! {
            <td data-label={fmt.t(column)}>
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
                            <th scope="col">{ fmt.t(T::ColResult) }</th>
                            <th scope="col">{ fmt.t(T::ColA) }</th>
                            <th scope="col">{ fmt.t(T::ColB) }</th>
                            <th scope="col">{ fmt.t(T::ColDiff) }</th>
                            <th scope="col">{ fmt.t(T::ColDiffPct) }</th>
                        </tr>
                    </thead>
                    <tbody>
                        for (i, (name, label, shape)) in RESULTS.iter().copied().enumerate() {
                            {{
                                // Each side in the reader's unit at its own rates; the difference
                                // between what the two columns show.
                                let (va, vb) = (shape.in_view(na[i].1, currency, &oa),
                                    shape.in_view(nb[i].1, currency, &ob));
                                let diff = vb - va;
                                let pct = (va != 0.0).then(|| diff / va.abs() * 100.0);
                                html! {
                                    <tr>
                                        <th scope="row">{ fmt.t(label) }</th>
                                        { cell(T::ColA, ["compare-a-", name].concat(), va, shape.show(fmt, va, currency, false)) }
                                        { cell(T::ColB, ["compare-b-", name].concat(), vb, shape.show(fmt, vb, currency, false)) }
                                        { cell(T::ColDiff, ["compare-diff-", name].concat(), diff, shape.show(fmt, diff, currency, true)) }
                                        if let Some(pct) = pct {
                                            { cell(T::ColDiffPct, ["compare-pct-", name].concat(), pct, fmt.signed_percent(pct)) }
                                        } else {
                                            <td data-label={fmt.t(T::ColDiffPct)}
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
                    { fmt.t(T::PinA) }
                </button>
                { " " }
                <button type="button" data-testid="unpin"
                    onclick={on_explore.reform(|_: MouseEvent| ExploreAction::Unpin)}>
                    { fmt.t(T::Unpin) }
                </button>
            </p>
        </>
    }
}
