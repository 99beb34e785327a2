//! The calculator page: one reducer for the state, results derived from it, and one hook per
//! effect (`hooks`).
//!
//! The result sections are view functions, not components: every one of them changes on every
//! input, so a component's props comparison would only cost bytes and time. What does not
//! change with the scenario (the sources and financing panels) and what a reader edits one at
//! a time (the input fields) are components, which Yew skips when their props are unchanged.
//! The views built only in later steps (`hooks::staged_build`) are `#[inline(never)]`, and
//! wasm-opt inlines no function of one caller above a small size (`index.html`): each stays a
//! function of its own, which the browser compiles (lazily, on the main thread) when the step
//! that builds it first calls it, not in the first render. Inlined, they made `App`'s view one
//! function of 43 KB, compiled before the first result could show.
//!
//! One layout serves the standalone page and an article's frame (`embed=1`): the inputs the
//! story turns on, with the key results between them; the further assumptions, then the
//! results in detail. The frame drops the masthead and footer, folds what a reader of an
//! article needs least, and links to the full calculator instead of the share bar.

use std::rc::Rc;

use yew::prelude::*;

use super::assumptions::{assumptions, AssumptionsView};
use super::budget_breakdown::budget_breakdown;
use super::chip_maths::chip_maths;
use super::context_panels::{financing_panel, tokens_panel};
use super::edition_note::edition_note;
use super::folded::{folded, Fold, Folded};
use super::hooks::{
    use_announcement, use_document_language, use_engine_replies, use_language_switch,
    use_later_texts, use_link_sync, use_print, use_staged_build, use_update_ready, Replies, Stage,
};
#[cfg(feature = "frame")]
use super::hooks::{use_height_reporter, use_host_bridge, Bridge};
use super::hyperscaler_comparison::hyperscaler_comparison;
use super::key_figures::key_figures;
use super::key_results::key_results;
use super::language_picker::language_picker;
use super::link_notes::LinkNotes;
use super::output::Shown;
use super::page_links::{explore_links, share_bar};
use super::share_bar::{download_button, share_url, LatestLink};
use super::sources_panel::SourcesPanel;
use super::state::{Action, AppState};
use super::update_line::update_line;
use super::Formatter;
use crate::browser::Start;
use crate::model::{evaluate, Field};
use crate::text::{fill, locale, T};

/// The frame's name in messages to its host when the link gives none.
#[cfg(feature = "frame")]
const DEFAULT_ID: &str = "capex-calculator";

#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// How the page was opened: from the URL and storage in the browser, or a test's choice.
    #[prop_or_default]
    pub start: Rc<Start>,
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let state = use_reducer(|| AppState::new(&props.start));
    let lang = state.lang;
    let fmt: Rc<Formatter> = use_memo(lang, |&lang| Formatter::new(lang));
    let scenario = *state.editor.scenario();
    let outcome = *use_memo(scenario, evaluate);
    let currency = state.currency;
    let edition = state.edition();
    let link = state.link();
    let embedded = link.embed;
    let latest_link = use_memo((), |_| LatestLink::default());
    latest_link.set(link.clone());
    let later = use_later_texts(lang);
    let built = use_staged_build(later.ready);
    let whole = built == Stage::Whole;
    let on_action = use_on_action(&state, &latest_link);
    #[cfg(feature = "explore")]
    let on_explore = use_callback(on_action.clone(), |action, on| {
        on.emit(Action::Explore(action))
    });
    #[cfg(feature = "explore")]
    let (simulation, drawn, draws) = super::explore::use_draws(&link);
    let on_edit = use_callback(on_action.clone(), |(field, text): (Field, String), on| {
        on.emit(Action::Edit(field, text))
    });
    let on_slide = use_callback(on_action.clone(), |(field, value): (Field, f64), on| {
        on.emit(Action::Slide(field, value))
    });
    let (on_pick_lang, lang_failed) = use_language_switch(on_action.clone());
    // The address follows the scenario (so a reload keeps it), and on the standalone page
    // storage does too.
    use_link_sync(&link);
    use_print(&on_action);
    use_document_language(lang);
    let announcement = use_announcement(scenario, currency, fmt.clone());
    // In an article's frame (the `frame` build): the host page's messages, and the height the
    // frame reports.
    #[cfg(feature = "frame")]
    let subscriber = {
        let frame_id = link.id.clone().unwrap_or_else(|| DEFAULT_ID.to_owned());
        use_height_reporter(embedded, frame_id.clone());
        use_host_bridge(Bridge {
            link: &link,
            latest: &latest_link,
            whole,
            id: &frame_id,
        })
    };
    use_engine_replies(Replies {
        on_action: &on_action,
        #[cfg(feature = "frame")]
        subscriber: &subscriber,
        #[cfg(feature = "explore")]
        draws: &draws,
    });
    let update_ready = use_update_ready(props.start.worker.clone(), whole);

    let f = &*fmt;
    let shown = Shown {
        fmt: f,
        outcome: &outcome,
        currency,
        edition,
        #[cfg(feature = "explore")]
        simulation: simulation.as_deref(),
    };
    #[cfg(feature = "explore")]
    let range_field = |field: Field| {
        html! {
            <super::explore::range_field::RangeField field={field}
                draft={state.explore.draft(field).cloned()} on_explore={on_explore.clone()}
                fmt={fmt.clone()} />
        }
    };
    let form = assumptions(AssumptionsView {
        #[cfg(feature = "explore")]
        range_field: &range_field,
        #[cfg(feature = "explore")]
        ranged: &|field| link.ranges.get(field).is_some(),
        fmt: &fmt,
        edition,
        editor: &state.editor,
        on_action: &on_action,
        on_edit: &on_edit,
        on_slide: &on_slide,
        embedded,
        built,
        unfolded: state.unfolded,
        summary: key_results(&shown, &scenario, &on_action),
    });
    // What the explore page adds to the results: how sure they are, a comparison, the story.
    #[cfg(feature = "explore")]
    let explore_parts = || {
        super::explore::parts(super::explore::Parts {
            shown: &shown,
            fmt: &fmt,
            link: &link,
            editor: &state.editor,
            on_explore: &on_explore,
            on_edit: &on_edit,
            on_slide: &on_slide,
        })
    };
    #[cfg(not(feature = "explore"))]
    let explore_parts = Html::default;
    let details = (built >= Stage::Results).then(|| {
        let sections = html! {
            <>
                { budget_breakdown(&shown) }
                if built >= Stage::Figures {
                    { key_figures(&shown, &scenario) }
                    { chip_maths(&shown, &scenario) }
                }
                if built >= Stage::Comparisons {
                    { hyperscaler_comparison(&shown, &scenario) }
                }
                if built >= Stage::Context {
                    { tokens_panel(&shown, &scenario) }
                    { financing_panel(f, edition.id) }
                    { explore_parts() }
                }
            </>
        };
        // In an article's frame the key results stand by the inputs; the detail is one click
        // away, so the frame stays short.
        if embedded {
            folded(
                Folded {
                    fold: Fold::Results,
                    open: false,
                    unfolded: state.unfolded,
                    summary: html! { <summary>{ f.t(T::MoreResults) }</summary> },
                    on_action: &on_action,
                },
                || sections,
            )
        } else {
            sections
        }
    });
    // `data-ready` marks the whole page built: tests and host pages wait for it.
    let ready = whole.then_some("true");
    // `data-drawn` marks intervals that are the latest scenario's: tests wait for it.
    #[cfg(feature = "explore")]
    let drawn = drawn.then_some("true");
    #[cfg(not(feature = "explore"))]
    let drawn: Option<&str> = None;
    html! {
        <div class="calc" data-ready={ready} data-drawn={drawn}
            data-embed={embedded.then_some("true")}
            lang={locale(lang)}>
            if !embedded {
                <header class="masthead">
                    { language_picker(f, &on_pick_lang, lang_failed) }
                    <h1>{ f.t(T::Title) }</h1>
                    <p class="lede">{ f.t(T::Lede) }</p>
                </header>
            }
            <LinkNotes start={props.start.clone()} fmt={fmt.clone()} />
            { edition_note(f, edition, &on_action) }
            if later.failed {
                <p class="notes" role="alert" data-testid="later-error">{ f.t(T::LaterTextsFailed) }</p>
            }
            <div class="layout">
                { form }
                <section class="results" aria-labelledby="h-results">
                    <h2 id="h-results">{ f.t(T::Results) }</h2>
                    // The single-file edition has no explore page beside it.
                    if cfg!(feature = "sharing") && built >= Stage::Results && !embedded
                        && !props.start.local_file {
                        { explore_links(f, &link) }
                    }
                    { details }
                </section>
            </div>
            if built >= Stage::Sharing {
                if embedded {
                    <div class="open-full">
                        <a data-testid="open-full" href={share_url(&link)} target="_blank"
                            rel="noopener">{ f.t(T::OpenFull) }</a>
                        { download_button(f, &latest_link, 4) }
                        { language_picker(f, &on_pick_lang, lang_failed) }
                    </div>
                } else {
                    { share_bar(&latest_link, &fmt, props.start.local_file) }
                }
            }
            if whole {
                <SourcesPanel fmt={fmt.clone()} edition={edition.id} unfolded={state.unfolded}
                    on_action={on_action.clone()} />
                <p class="print-link" data-testid="print-link">
                    { fill(f.t(T::PrintLink), &[&share_url(&link)]) }
                </p>
                if !embedded {
                    <footer class="colophon"><p>{ f.t(T::Footer) }</p></footer>
                }
            }
            <p class="visually-hidden" role="status" aria-live="polite"
                data-testid="announcement">{ announcement }</p>
            { update_line(lang, update_ready) }
        </div>
    }
}

/// The one callback every part of the page sends its actions through. A preset made of ranges
/// is the explore page's: the first view opens it there, with everything else the page's link
/// carries (currency, language, embedding).
#[hook]
fn use_on_action(state: &UseReducerHandle<AppState>, latest: &Rc<LatestLink>) -> Callback<Action> {
    let dispatcher = state.dispatcher();
    #[cfg(not(feature = "explore"))]
    let latest = latest.clone();
    #[cfg(feature = "explore")]
    let _ = latest;
    use_callback((), move |action: Action, _| {
        #[cfg(not(feature = "explore"))]
        use crate::browser::location;
        #[cfg(not(feature = "explore"))]
        if let Action::PickPreset(preset) = &action {
            if preset.has_ranges() && crate::browser::offline::served() {
                let rest = latest.get();
                let query = [
                    "preset=",
                    preset.name(),
                    "&",
                    &location::link_query(&crate::model::Link {
                        scenario: crate::model::Scenario::of(rest.figures()),
                        ..rest
                    }),
                ]
                .concat();
                location::open_explore(&query, "");
                return;
            }
        }
        dispatcher.dispatch(action)
    })
}
