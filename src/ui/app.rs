//! The calculator page: one reducer for the state, results derived from it, effects after.
//!
//! The result sections are view functions, not components: every one of them changes on every
//! input, so a component's props comparison would only cost bytes and time. What does not
//! change with the scenario (the sources and financing panels) and what a reader edits one at
//! a time (the input fields) are components, which Yew skips when their props are unchanged.
//!
//! One layout serves the standalone page and an article's frame (`embed=1`): the inputs the
//! story turns on, with the key results between them; the further assumptions, then the
//! results in detail. The frame drops the masthead and footer, folds what a reader of an
//! article needs least, and links to the full calculator instead of the share bar.

use std::rc::Rc;

use gloo::render::request_animation_frame;
use gloo::timers::callback::Timeout;
use yew::prelude::*;

use super::assumptions::{assumptions, AssumptionsView};
use super::budget_breakdown::budget_breakdown;
use super::chip_maths::chip_maths;
use super::context_panels::{tokens_panel, FinancingPanel};
use super::hyperscaler_comparison::hyperscaler_comparison;
use super::key_figures::key_figures;
use super::key_results::key_results;
use super::link_notes::LinkNotes;
use super::share_bar::{share_url, LatestLink, ShareBar};
use super::sources_panel::SourcesPanel;
use super::state::{Action, AppState};
use super::text::{text, Lang, T};
use super::update_line::update_line;
use super::Formatter;
use crate::browser::{embed, location, offline, storage, Start};
use crate::model::{evaluate, Field};

/// How long the URL (and storage) wait after the last change before following it: no history
/// work on every pixel of a drag.
const WRITE_DELAY_MS: u32 = 300;

/// The page is built in two steps, so the first results reach the screen before the rest of the
/// page is built, and no single task keeps a slow phone busy for long: first what a reader
/// looks at (the inputs the story turns on and the key results), then, after a frame has been
/// painted, everything below them (further assumptions and results, sharing, the sources).
/// Nothing of the first step moves when the second arrives.
#[derive(Clone, Copy, PartialEq)]
enum Stage {
    First,
    Whole,
}

#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// How the page was opened: from the URL and storage in the browser, or a test's choice.
    #[prop_or_default]
    pub start: Rc<Start>,
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let state = use_reducer(|| AppState::new(&props.start));
    let lang = Lang::default();
    let fmt: Rc<Formatter> = use_memo(lang, |&lang| Formatter::new(lang));
    let scenario = *state.editor.scenario();
    let outcome = *use_memo(scenario, evaluate);
    let currency = state.currency;
    let link = state.link();
    let embedded = link.embed;
    let latest_link = use_memo((), |_| LatestLink::default());
    latest_link.set(link.clone());
    let stage = use_state(|| Stage::First);
    let whole = *stage == Stage::Whole;
    // After the first frame is painted, a new task builds the rest of the page.
    use_effect_with((), {
        let stage = stage.clone();
        move |_| {
            let frame = request_animation_frame(move |_| {
                Timeout::new(0, move || stage.set(Stage::Whole)).forget();
            });
            move || drop(frame)
        }
    });
    let on_action = {
        let dispatcher = state.dispatcher();
        use_callback((), move |action: Action, _| dispatcher.dispatch(action))
    };
    let on_edit = use_callback(on_action.clone(), |(field, text): (Field, String), on| {
        on.emit(Action::Edit(field, text))
    });

    // The URL, and on the standalone page storage, follow the scenario once the reader has
    // changed it; until then the address stays the one the reader opened.
    let opened = use_mut_ref(|| Some(link.clone()));
    use_effect_with(link.clone(), move |link| {
        let changed = opened.borrow().as_ref() != Some(link);
        let pending = changed.then(|| {
            opened.borrow_mut().take();
            let link = link.clone();
            Timeout::new(WRITE_DELAY_MS, move || {
                let query = location::link_query(&link);
                location::replace_query(&query);
                if !link.embed {
                    storage::save(&query);
                }
            })
        });
        move || drop(pending)
    });

    // An embedded page keeps its host told of its height.
    let id = link
        .id
        .clone()
        .unwrap_or_else(|| "capex-calculator".to_owned());
    use_effect_with(embedded, move |&embedded| {
        let reporter = embedded.then(|| embed::report_height(id)).flatten();
        move || drop(reporter)
    });

    // Offline use: the build's service worker, registered once the page has loaded, and the
    // line that offers a new version when one is waiting.
    let update_ready = use_state(|| false);
    use_effect_with(props.start.worker.clone(), {
        let update_ready = update_ready.clone();
        move |worker: &Option<String>| {
            if let Some(script) = worker.clone() {
                offline::watch(script, move || update_ready.set(true));
            }
        }
    });

    let f = &*fmt;
    let form = assumptions(AssumptionsView {
        fmt: &fmt,
        editor: &state.editor,
        on_action: &on_action,
        on_edit: &on_edit,
        embedded,
        whole,
        summary: key_results(f, &scenario, &outcome, currency, &on_action),
    });
    let details = whole.then(|| {
        let sections = html! {
            <>
                { budget_breakdown(f, &outcome, currency) }
                { key_figures(f, &scenario, &outcome) }
                { chip_maths(f, &scenario, &outcome, currency) }
                { hyperscaler_comparison(f, &scenario, &outcome, currency) }
                { tokens_panel(f, &scenario, &outcome, currency) }
                <FinancingPanel fmt={fmt.clone()} />
            </>
        };
        // In an article's frame the key results stand by the inputs; the detail is one click
        // away, so the frame stays short.
        if embedded {
            html! {
                <details class="more">
                    <summary>{ text(lang, T::MoreResults) }</summary>
                    { sections }
                </details>
            }
        } else {
            sections
        }
    });
    // `data-ready` marks the whole page built: tests and host pages wait for it.
    let ready = whole.then_some("true");
    html! {
        <div class="calc" data-ready={ready} data-embed={embedded.then_some("true")}
            lang={lang.tag()}>
            if !embedded {
                <header class="masthead">
                    <h1>{ text(lang, T::Title) }</h1>
                    <p class="lede">{ text(lang, T::Lede) }</p>
                </header>
            }
            <LinkNotes start={props.start.clone()} fmt={fmt.clone()} />
            <div class="layout">
                { form }
                <section class="results" aria-labelledby="h-results">
                    <h2 id="h-results">{ text(lang, T::Results) }</h2>
                    { details }
                </section>
            </div>
            if whole {
                if embedded {
                    <p class="open-full">
                        <a data-testid="open-full" href={share_url(&link)} target="_blank"
                            rel="noopener">{ text(lang, T::OpenFull) }</a>
                    </p>
                } else {
                    <ShareBar link={(*latest_link).clone()} fmt={fmt.clone()}
                        local_file={props.start.local_file} />
                }
                <SourcesPanel fmt={fmt.clone()} />
                if !embedded {
                    <footer class="colophon"><p>{ text(lang, T::Footer) }</p></footer>
                }
            }
            { update_line(lang, *update_ready) }
        </div>
    }
}
