//! The calculator page: one reducer for the state, results derived from it, effects after.
//!
//! The result sections are view functions, not components: every one of them changes on every
//! input, so a component's props comparison would only cost bytes and time. What does not
//! change with the scenario (the sources and financing panels) and what a reader edits one at
//! a time (the input fields) are components, which Yew skips when their props are unchanged.

use std::rc::Rc;

use gloo::render::request_animation_frame;
use gloo::timers::callback::Timeout;
use yew::prelude::*;

use super::assumptions::Assumptions;
use super::budget_breakdown::budget_breakdown;
use super::chip_maths::chip_maths;
use super::context_panels::{tokens_panel, FinancingPanel};
use super::hyperscaler_comparison::hyperscaler_comparison;
use super::key_figures::key_figures;
use super::link_notes::LinkNotes;
use super::share_bar::{share_url, LatestLink, ShareBar};
use super::sources_panel::SourcesPanel;
use super::state::{Action, AppState};
use super::text::{text, Lang, T};
use super::Formatter;
use crate::browser::{embed, location, storage, Start};
use crate::model::evaluate;

/// How long the URL (and storage) wait after the last change before following it: no history
/// work on every pixel of a drag.
const WRITE_DELAY_MS: u32 = 300;

/// The page is built in two steps, so the first results reach the screen before the rest of the
/// page is built, and no single task keeps a slow phone busy for long: first what a reader
/// looks at (the headline results and the inputs the story turns on), then, after a frame has
/// been painted, everything below or beside it (further assumptions and results, sharing, the
/// sources). Nothing of the first step moves when the second arrives.
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

    let f = &*fmt;
    let results = html! {
        <>
            { key_figures(f, &scenario, &outcome, currency) }
            { budget_breakdown(f, &outcome, currency) }
            { chip_maths(f, &scenario, &outcome, currency) }
            { hyperscaler_comparison(f, &scenario, &outcome, currency) }
        </>
    };
    let context = html! {
        <>
            { tokens_panel(f, &scenario, &outcome, currency) }
            <FinancingPanel fmt={fmt.clone()} />
        </>
    };
    let assumptions = html! {
        <Assumptions editor={state.editor.clone()} {currency} {on_action} fmt={fmt.clone()}
            compact={embedded} {whole} />
    };
    // `data-ready` marks the whole page built: tests and host pages wait for it.
    let ready = whole.then_some("true");
    if embedded {
        return html! {
            <div class="calc embed" data-ready={ready} data-embed="true" lang={lang.tag()}>
                <LinkNotes start={props.start.clone()} fmt={fmt.clone()} />
                { assumptions }
                <section class="results" aria-label={text(lang, T::Results)}>{ results }</section>
                if whole {
                <details class="more">
                    <summary>{ text(lang, T::MoreResults) }</summary>
                    <div class="results">{ context }</div>
                    <SourcesPanel fmt={fmt.clone()} />
                </details>
                <p class="open-full">
                    <a data-testid="open-full" href={share_url(&link)} target="_blank" rel="noopener">
                        { text(lang, T::OpenFull) }
                    </a>
                </p>
                }
            </div>
        };
    }
    html! {
        <div class="calc" data-ready={ready} lang={lang.tag()}>
            <header class="masthead">
                <h1>{ text(lang, T::Title) }</h1>
                <p class="lede">{ text(lang, T::Lede) }</p>
            </header>
            <LinkNotes start={props.start.clone()} fmt={fmt.clone()} />
            <div class="layout">
                { assumptions }
                <section class="results" aria-labelledby="h-results">
                    <h2 id="h-results">{ text(lang, T::Results) }</h2>
                    { results }
                    if whole { { context } }
                </section>
            </div>
            if whole {
                <ShareBar link={(*latest_link).clone()} fmt={fmt.clone()} />
                <SourcesPanel fmt={fmt.clone()} />
                <footer class="colophon"><p>{ text(lang, T::Footer) }</p></footer>
            }
        </div>
    }
}
