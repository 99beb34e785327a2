//! A result as the reader sees it and as machines read it, and what every result section is
//! given to show one.

use yew::prelude::*;

use super::Formatter;
use crate::model::{plain_decimal, Currency, Edition, FigureId, Outcome, ResultId};
use crate::text::{figure, fill, segments, Segment, T};

/// What the result sections show: the scenario's results, in the reader's currency and
/// language, on an edition's figures, and (on the explore page, while inputs are ranges) the
/// draws behind each result's interval.
#[derive(Clone, Copy)]
pub struct Shown<'a> {
    pub fmt: &'a Formatter,
    pub outcome: &'a Outcome,
    pub currency: Currency,
    /// The edition the figures (and the sources named under each section) come from.
    pub edition: &'static Edition,
    #[cfg(feature = "explore")]
    pub simulation: Option<&'a crate::model::uncertainty::Simulation>,
}

impl Shown<'_> {
    /// US$ billions in the reader's currency at the scenario's rates.
    pub fn money(&self, usd_bn: f64) -> String {
        self.fmt
            .usd_bn_in(usd_bn, self.currency, self.outcome.rates)
    }

    /// A result, as `output` writes it, with its interval while inputs are ranges.
    pub fn out(&self, id: ResultId, show: &dyn Fn(f64) -> String) -> Html {
        #[cfg(feature = "explore")]
        if let Some(sim) = self.simulation {
            return super::explore::with_interval(self.fmt, id, sim.interval(id), show);
        }
        output(id, self.outcome.get(id), show)
    }
}

/// `output(ResultId::CapexUsd, v, &|v| fmt.bn(v, ..))` gives
/// `<data data-testid="out-capex-usd" data-value="22.727272727">US$22.7 bn</data>`: the
/// formatted text for the reader (`show` writes a value of this result), the plain decimal (in
/// the unit the contract states) for tests and embedding pages.
pub fn output(id: ResultId, value: f64, show: &dyn Fn(f64) -> String) -> Html {
    let plain = AttrValue::from(plain_decimal(value));
    html! {
        <data class="out" data-testid={id.testid()} value={&plain}
            data-value={&plain}>{ show(value) }</data>
    }
}

/// A section of the results in detail: its heading, what it shows, and the sources behind it.
/// One shape for every section, written once.
pub fn section(
    fmt: &Formatter,
    edition: &Edition,
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
            { source_line(fmt, edition, sources) }
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

/// The sources and dates behind a result, from the edition's figures, each named once:
/// "Sources: Financial Times, Dec 2025; People’s Bank of China, 25 Dec 2025".
pub fn source_line(fmt: &Formatter, edition: &Edition, ids: &[FigureId]) -> Html {
    let mut seen: Vec<String> = Vec::with_capacity(ids.len());
    for id in ids {
        let f = edition.figure(*id);
        let source = figure(fmt.lang(), edition.index(), *id).map_or("", |t| t.source);
        let item = fill(fmt.t(T::SourceDated), &[source, &fmt.date(f.when)]);
        if !seen.contains(&item) {
            seen.push(item);
        }
    }
    let list = seen.join(fmt.t(T::ListSeparator));
    html! { <p class="source">{ fill(fmt.t(T::SourcesLine), &[&list]) }</p> }
}
