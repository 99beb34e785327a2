//! Every figure of the edition on screen with its value, source, date and confidence; the
//! edition's date; and, where a newer edition exists, what changed in it.

use std::rc::Rc;

use yew::prelude::*;

use super::Formatter;
use crate::model::{editions, Edition, FigureId};
use crate::text::{figure, fill, T};

#[derive(Properties, PartialEq)]
pub struct SourcesPanelProps {
    pub fmt: Rc<Formatter>,
    /// The number of the edition whose figures the page shows.
    pub edition: u16,
}

/// A source's name, linked to where a reader can find it, and what it says.
fn source_cell(fmt: &Formatter, edition: &Edition, id: FigureId) -> Html {
    let Some(t) = figure(fmt.lang(), edition.index(), id) else {
        return Html::default();
    };
    html! {
        <>
            <a href={t.url} rel="noopener noreferrer" target="_blank">{ t.source }</a>
            { " " }<span class="note">{ t.note }</span>
        </>
    }
}

/// Its own component: it depends only on the language and the edition, so Yew renders it once.
#[component]
pub fn SourcesPanel(props: &SourcesPanelProps) -> Html {
    let fmt = &*props.fmt;
    let edition = editions::get(props.edition).unwrap_or_else(editions::latest);
    let latest = editions::latest();
    let what = |id| figure(fmt.lang(), edition.index(), id).map_or("", |t| t.what);
    let as_of = fill(fmt.t(T::EditionAsOf), &[&fmt.date(edition.date)]);
    html! {
        <details class="sources" data-testid="sources">
            <summary>{ fmt.t(T::Sources) }{ " \u{b7} " }<span data-testid="edition">{ as_of }</span></summary>
            <p>{ fmt.t(T::SourcesIntro) }</p>
            if !edition.is_latest() {
                { what_changed(fmt, edition, latest) }
            }
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
                        for f in edition.figures.iter() {
                            <tr>
                                <th scope="row">{ what(f.id) }</th>
                                <td class="num">{ fmt.figure(f) }</td>
                                <td>{ source_cell(fmt, edition, f.id) }</td>
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

/// Each figure the newest edition changed, with its old and new value and both sources:
/// "ByteDance capex 2026: RMB 160 bn (Financial Times, Dec 2025) → RMB 200 bn (Secondary
/// reports, 2026)".
fn what_changed(fmt: &Formatter, old: &Edition, new: &Edition) -> Html {
    let side = |edition: &Edition, id: FigureId| {
        let f = edition.figure(id);
        let source = figure(fmt.lang(), edition.index(), id).map_or("", |t| t.source);
        (
            fmt.figure(f),
            fill(fmt.t(T::SourceDated), &[source, &fmt.date(f.when)]),
        )
    };
    let heading = fill(fmt.t(T::WhatChanged), &[&fmt.date(new.date)]);
    html! {
        <div class="what-changed">
            <h3>{ heading }</h3>
            <ul data-testid="what-changed">
                for id in new.changed_since(old) {
                    {{
                        let (was, was_source) = side(old, id);
                        let (now, now_source) = side(new, id);
                        let what = figure(fmt.lang(), new.index(), id).map_or("", |t| t.what);
                        html! {
                            <li data-figure={id.slug()}>{ fill(fmt.t(T::ChangedFigure),
                                &[what, &was, &was_source, &now, &now_source]) }</li>
                        }
                    }}
                }
            </ul>
        </div>
    }
}
