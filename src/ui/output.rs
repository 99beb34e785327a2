//! A result as the reader sees it and as machines read it.

use yew::prelude::*;

use super::text::{fill, segments, Segment, T};
use super::Formatter;
use crate::model::figures::{figure, FigureId};
use crate::model::plain_decimal;

/// `output("out-capex-usd", v, &|v| fmt.bn(v, ..))` gives
/// `<data data-testid="out-capex-usd" data-value="22.727272727">US$22.7 bn</data>`: the
/// formatted text for the reader (`show` writes a value of this result), the plain decimal (in
/// the unit the contract states) for tests and embedding pages.
///
/// In the explore build, while inputs are ranges, a result shows its median and its 90%
/// interval, and carries `data-low` and `data-high` (the 5th and 95th percentiles) beside
/// `data-value` (then the median).
pub fn output(testid: &'static str, value: f64, show: &dyn Fn(f64) -> String) -> Html {
    #[cfg(feature = "explore")]
    if let Some(i) = super::explore::interval(testid) {
        let plain = AttrValue::from(plain_decimal(i.p50));
        let interval = super::explore::interval_text(&show(i.p5), &show(i.p95));
        return html! {
            <data class="out" data-testid={testid} value={&plain} data-value={&plain}
                data-low={plain_decimal(i.p5)} data-high={plain_decimal(i.p95)}>
                { show(i.p50) }<span class="interval">{ interval }</span>
            </data>
        };
    }
    let plain = AttrValue::from(plain_decimal(value));
    html! {
        <data class="out" data-testid={testid} value={&plain}
            data-value={&plain}>{ show(value) }</data>
    }
}

/// A section of the results in detail: its heading, what it shows, and the sources behind it.
/// One shape for every section, written once.
pub fn section(
    fmt: &Formatter,
    name: &'static str,
    heading: T,
    body: Html,
    sources: &[FigureId],
) -> Html {
    let id = AttrValue::from(["h-", name].concat());
    html! {
        <section aria-labelledby={&id}>
            <h3 id={&id}>{ fmt.t(heading) }</h3>
            { body }
            { source_line(fmt, sources) }
        </section>
    }
}

/// A row of a definition list: `<div><dt>label</dt><dd>value</dd></div>`.
pub fn row(label: Html, value: Html) -> Html {
    html! { <div><dt>{ label }</dt><dd>{ value }</dd></div> }
}

/// A template with markup in its slots, so a result element can sit inside a translated
/// sentence: `fill_html("costs {0}", &[output(..)])`.
pub fn fill_html(template: &str, slots: &[Html]) -> Html {
    segments(template)
        .map(|segment| match segment {
            Segment::Text(t) => Html::from(t.to_owned()),
            Segment::Slot(i) => slots.get(i).cloned().unwrap_or_default(),
        })
        .collect::<Html>()
}

/// The sources and dates behind a result, from the figures table, each named once:
/// "Sources: Financial Times, Dec 2025; PBOC central parity 7.0392 (Reuters), 25 Dec 2025".
pub fn source_line(fmt: &Formatter, ids: &[FigureId]) -> Html {
    let mut seen: Vec<String> = Vec::with_capacity(ids.len());
    for id in ids {
        let f = figure(*id);
        let item = fill(fmt.t(T::SourceDated), &[&fmt.source(f), &fmt.date(f.when)]);
        if !seen.contains(&item) {
            seen.push(item);
        }
    }
    let list = seen.join(fmt.t(T::ListSeparator));
    html! { <p class="source">{ fill(fmt.t(T::SourcesLine), &[&list]) }</p> }
}
