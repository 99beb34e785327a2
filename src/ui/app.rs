//! The calculator page: one reducer for the state, results derived from it.
//!
//! The result sections are view functions, not components: every one of them changes on every
//! input, so a component's props comparison would only cost bytes and time. What does not
//! change with the scenario (the sources and financing panels) and what a reader edits one at
//! a time (the input fields) are components, which Yew skips when their props are unchanged.

use std::rc::Rc;

use yew::prelude::*;

use super::assumptions::Assumptions;
use super::budget_breakdown::budget_breakdown;
use super::chip_maths::chip_maths;
use super::context_panels::{tokens_panel, FinancingPanel};
use super::hyperscaler_comparison::hyperscaler_comparison;
use super::key_figures::key_figures;
use super::sources_panel::SourcesPanel;
use super::state::{Action, AppState};
use super::text::{text, Lang, T};
use super::Formatter;
use crate::model::evaluate;

#[component]
pub fn App() -> Html {
    let state = use_reducer(AppState::default);
    let lang = Lang::default();
    let fmt: Rc<Formatter> = use_memo(lang, |&lang| Formatter::new(lang));
    let scenario = *state.editor.scenario();
    let outcome = *use_memo(scenario, evaluate);
    let currency = state.currency;
    let on_action = {
        let dispatcher = state.dispatcher();
        use_callback((), move |action: Action, _| dispatcher.dispatch(action))
    };
    let f = &*fmt;
    html! {
        <div class="calc" data-ready="true" lang={lang.tag()}>
            <header class="masthead">
                <h1>{ text(lang, T::Title) }</h1>
                <p class="lede">{ text(lang, T::Lede) }</p>
            </header>
            <div class="layout">
                <Assumptions editor={state.editor.clone()} {currency} {on_action} fmt={fmt.clone()} />
                <section class="results" aria-labelledby="h-results">
                    <h2 id="h-results">{ text(lang, T::Results) }</h2>
                    { key_figures(f, &scenario, &outcome, currency) }
                    { budget_breakdown(f, &outcome, currency) }
                    { chip_maths(f, &scenario, &outcome, currency) }
                    { hyperscaler_comparison(f, &scenario, &outcome, currency) }
                    { tokens_panel(f, &scenario, &outcome, currency) }
                    <FinancingPanel fmt={fmt.clone()} />
                </section>
            </div>
            <SourcesPanel fmt={fmt.clone()} />
            <footer class="colophon"><p>{ text(lang, T::Footer) }</p></footer>
        </div>
    }
}
