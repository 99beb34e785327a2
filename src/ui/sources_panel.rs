//! Every default with its source, date and confidence, read from the figures table.

use yew::prelude::*;

use super::context_panels::FormatterProps;
use super::text::T;
use crate::model::FIGURES;

/// Its own component: it depends only on the language, so Yew renders it once.
#[component]
pub fn SourcesPanel(props: &FormatterProps) -> Html {
    let fmt = &props.fmt;
    html! {
        <details class="sources" data-testid="sources">
            <summary>{ fmt.t(T::Sources) }</summary>
            <p>{ fmt.t(T::SourcesIntro) }</p>
            <div class="table-wrap">
                <table>
                    <thead>
                        <tr>
                            <th scope="col">{ fmt.t(T::ColFigure) }</th>
                            <th scope="col">{ fmt.t(T::ColValue) }</th>
                            <th scope="col">{ fmt.t(T::ColSource) }</th>
                            <th scope="col">{ fmt.t(T::ColDate) }</th>
                            <th scope="col">{ fmt.t(T::ColConfidence) }</th>
                        </tr>
                    </thead>
                    <tbody>
                        for f in FIGURES.iter() {
                            <tr>
                                <th scope="row">{ fmt.t(T::Figure(f.id)) }</th>
                                <td class="num">{ fmt.figure(f, false) }</td>
                                <td>{ fmt.source(f) }</td>
                                <td>{ fmt.date(f.when) }</td>
                                <td>{ fmt.t(T::Confidence(f.confidence)) }</td>
                            </tr>
                        }
                    </tbody>
                </table>
            </div>
        </details>
    }
}
