//! The calculator page: one reducer for the state, results derived from it.

use std::rc::Rc;

use yew::prelude::*;

use super::assumptions::Assumptions;
use super::budget_breakdown::BudgetBreakdown;
use super::chip_maths::ChipMaths;
use super::context_panels::{FinancingPanel, TokensPanel};
use super::hyperscaler_comparison::HyperscalerComparison;
use super::key_figures::KeyFigures;
use super::sources_panel::SourcesPanel;
use super::state::{Action, AppState};
use super::text::{text, Lang, T};
use super::Formatter;
use crate::model::evaluate;

#[component]
pub fn App() -> Html {
    let state = use_reducer(AppState::default);
    let lang = Lang::default();
    let fmt = use_memo(lang, |&lang| Formatter::new(lang));
    let scenario = *state.editor.scenario();
    let outcome = *use_memo(scenario, evaluate);
    let currency = state.currency;
    let on_action = {
        let dispatcher = state.dispatcher();
        use_callback((), move |action: Action, _| dispatcher.dispatch(action))
    };
    html! {
        <ContextProvider<Rc<Formatter>> context={fmt}>
            <div class="calc" data-ready="true" lang={lang.tag()}>
                <header class="masthead">
                    <h1>{ text(lang, T::Title) }</h1>
                    <p class="lede">{ text(lang, T::Lede) }</p>
                </header>
                <div class="layout">
                    <Assumptions editor={state.editor.clone()} {currency} {on_action} />
                    <section class="results" aria-labelledby="h-results">
                        <h2 id="h-results">{ text(lang, T::Results) }</h2>
                        <KeyFigures {scenario} {outcome} {currency} />
                        <BudgetBreakdown {outcome} {currency} />
                        <ChipMaths {scenario} {outcome} {currency} />
                        <HyperscalerComparison {scenario} {outcome} {currency} />
                        <TokensPanel {scenario} {outcome} {currency} />
                        <FinancingPanel />
                    </section>
                </div>
                <SourcesPanel />
                <footer class="colophon"><p>{ text(lang, T::Footer) }</p></footer>
            </div>
        </ContextProvider<Rc<Formatter>>>
    }
}
