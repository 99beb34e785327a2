//! Every default with its source, date and confidence, read from the figures table.

use yew::prelude::*;

use super::context_panels::FormatterProps;
use super::text::{confidence_label, figure_label, fill, text, T};
use crate::model::figures::{Figure, Unit};
use crate::model::{Currency, FIGURES};

/// Its own component: it depends only on the language, so Yew renders it once.
#[component]
pub fn SourcesPanel(props: &FormatterProps) -> Html {
    let fmt = &props.fmt;
    let lang = fmt.lang();
    let show = |f: &Figure| match f.unit {
        Unit::RmbBn => fmt.bn(f.value, Currency::Cny),
        Unit::UsdBn => fmt.bn(f.value, Currency::Usd),
        Unit::Usd => fmt.usd(f.value),
        Unit::Chips => fill(text(lang, T::UnitChips), &[&fmt.number(f.value, 0)]),
        Unit::RmbPerUsd => fill(text(lang, T::UnitRmbPerUsd), &[&fmt.number(f.value, 2)]),
        Unit::UsdPerEur => fill(text(lang, T::UnitUsdPerEur), &[&fmt.number(f.value, 2)]),
        Unit::TrillionTokensPerDay => fill(text(lang, T::UnitTokens), &[&fmt.number(f.value, 1)]),
        Unit::Percent => fmt.percent(f.value),
    };
    html! {
        <details class="sources" data-testid="sources">
            <summary>{ text(lang, T::Sources) }</summary>
            <p>{ text(lang, T::SourcesIntro) }</p>
            <div class="table-wrap">
                <table>
                    <thead>
                        <tr>
                            <th scope="col">{ text(lang, T::Figure) }</th>
                            <th scope="col">{ text(lang, T::Value) }</th>
                            <th scope="col">{ text(lang, T::Source) }</th>
                            <th scope="col">{ text(lang, T::Date) }</th>
                            <th scope="col">{ text(lang, T::Confidence) }</th>
                        </tr>
                    </thead>
                    <tbody>
                        for f in FIGURES.iter() {
                            <tr>
                                <th scope="row">{ figure_label(lang, f.id) }</th>
                                <td class="num">{ show(f) }</td>
                                <td>{ f.source }</td>
                                <td>{ f.date }</td>
                                <td>{ confidence_label(lang, f.confidence) }</td>
                            </tr>
                        }
                    </tbody>
                </table>
            </div>
        </details>
    }
}
