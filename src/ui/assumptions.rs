//! Every assumption a reader can change, grouped as the story tells them.

use std::rc::Rc;

use yew::prelude::*;

use super::number_field::NumberField;
use super::state::Action;
use super::text::{
    chip_label, confidence_label, currency_label, fill, preset_label, set_label, text, Lang, T,
};
use super::Formatter;
use crate::model::figures::figure;
use crate::model::{ChipModel, Currency, Editor, Field, HyperscalerSet, Preset};

#[derive(Properties, PartialEq)]
pub struct AssumptionsProps {
    pub editor: Editor,
    pub currency: Currency,
    pub on_action: Callback<Action>,
    pub fmt: Rc<Formatter>,
    /// The embedded layout: key inputs first, the others folded away.
    #[prop_or_default]
    pub compact: bool,
    /// False while the page's first step is built: only the inputs the story turns on.
    #[prop_or(true)]
    pub whole: bool,
}

/// A `<select>`'s change as an action, when its new value names one (`custom` names none).
fn on_select<T: 'static>(
    on_action: &Callback<Action>,
    parse: fn(&str) -> Option<T>,
    action: fn(T) -> Action,
) -> Callback<Event> {
    let on_action = on_action.clone();
    Callback::from(move |e: Event| {
        let value = e
            .target_unchecked_into::<web_sys::HtmlSelectElement>()
            .value();
        if let Some(picked) = parse(&value) {
            on_action.emit(action(picked));
        }
    })
}

const CUSTOM: &str = "custom";

/// A labelled `<select>` of named choices, each `(value, label, selected)`. With `custom`, a last
/// option that cannot be picked stands selected when the scenario matches none of the choices.
fn picker(
    id: &'static str,
    testid: &'static str,
    label: &'static str,
    choices: &[(&'static str, &'static str, bool)],
    custom: Option<&'static str>,
    onchange: Callback<Event>,
) -> Html {
    let none_selected = !choices.iter().any(|&(_, _, selected)| selected);
    html! {
        <>
            <label for={id}>{ label }</label>
            <select {id} data-testid={testid} {onchange}>
                for &(value, label, selected) in choices {
                    <option {value} {selected}>{ label }</option>
                }
                if let Some(custom) = custom {
                    <option value={CUSTOM} selected={none_selected} disabled=true>{ custom }</option>
                }
            </select>
        </>
    }
}

#[component]
pub fn Assumptions(props: &AssumptionsProps) -> Html {
    let fmt = &props.fmt;
    let lang: Lang = fmt.lang();
    let editor = &props.editor;
    let scenario = editor.scenario();
    let on_edit = {
        let on_action = props.on_action.clone();
        use_callback(on_action, |(field, text): (Field, String), on_action| {
            on_action.emit(Action::Edit(field, text))
        })
    };
    let field = |f: Field| {
        html! {
            <NumberField field={f} text={AttrValue::from(editor.text(f).to_owned())}
                value={f.get(scenario)} error={editor.error(f)} on_edit={on_edit.clone()}
                fmt={fmt.clone()} />
        }
    };
    let on_chip = on_select(&props.on_action, ChipModel::from_name, Action::PickChip);
    let on_set = on_select(
        &props.on_action,
        HyperscalerSet::from_name,
        Action::PickHyperscalers,
    );
    let on_currency = on_select(&props.on_action, Currency::from_name, Action::SetCurrency);
    let on_preset = on_select(&props.on_action, Preset::from_name, Action::PickPreset);
    let on_reset = props.on_action.reform(|_: MouseEvent| Action::Reset);
    let chip = ChipModel::priced_at(scenario.chip);
    let set = HyperscalerSet::matching(scenario.hyperscalers);
    let preset = Preset::matching(scenario);

    let preset_picker = html! {
        <div class="field preset">
            { picker("f-preset", "input-preset", text(lang, T::Preset),
                &Preset::ALL.map(|p| (p.name(), preset_label(lang, p), preset == Some(p))),
                Some(text(lang, T::PresetCustom)), on_preset) }
            if let Some(p) = preset {
                <p class="source" data-testid="preset-source">{ preset_source(fmt, p) }</p>
            }
        </div>
    };
    let chip_picker = html! {
        <div class="field">
            { picker("f-chip-model", "input-chip-model", text(lang, T::Chip),
                &ChipModel::ALL.map(|c| (c.name(), chip_label(lang, c), chip == Some(c))),
                Some(text(lang, T::ChipCustom)), on_chip) }
        </div>
    };
    let currency_picker = html! {
        <div class="field">
            { picker("f-currency", "input-currency", text(lang, T::Currency),
                &Currency::ALL.map(|c| (c.name(), currency_label(lang, c), props.currency == c)),
                None, on_currency) }
        </div>
    };
    // Built only once the whole page is: the page's first step needs none of it.
    let more = props.whole.then(|| {
        let hyperscalers = html! {
            <fieldset>
                <legend>{ text(lang, T::Hyperscalers) }</legend>
                <div class="field">
                    { picker("f-set", "input-hyperscaler-set", text(lang, T::HyperscalerSet),
                        &HyperscalerSet::ALL.map(|s| (s.name(), set_label(lang, s), set == Some(s))),
                        Some(text(lang, T::SetCustom)), on_set) }
                </div>
                { field(Field::Microsoft) }
                { field(Field::Alphabet) }
                { field(Field::Amazon) }
                { field(Field::Meta) }
            </fieldset>
        };
        let tokens = html! {
            <fieldset>
                <legend>{ text(lang, T::Tokens) }</legend>
                { field(Field::TokensByteDance) }
                { field(Field::TokensGoogle) }
            </fieldset>
        };
        let reset = html! {
            <button type="button" class="reset" data-testid="reset" onclick={on_reset}>
                { text(lang, T::Reset) }
            </button>
        };
        html! {
            <>
                <details class="more" open={!props.compact}>
                    <summary>{ text(lang, T::MoreAssumptions) }</summary>
                    { field(Field::Capex25) }
                    { field(Field::Order) }
                    { field(Field::EurUsd) }
                    { hyperscalers }
                    { tokens }
                </details>
                { reset }
            </>
        }
    });
    // One layout for the page and the embed: the inputs the story turns on first, the rest
    // folded below them (open on the page, closed in an article column).
    html! {
        <form class="assumptions"
            aria-labelledby="h-assumptions" onsubmit={|e: SubmitEvent| e.prevent_default()}>
            <h2 id="h-assumptions">{ text(lang, T::Assumptions) }</h2>
            { preset_picker }
            <fieldset>
                <legend>{ text(lang, T::ByteDanceBudget) }</legend>
                { field(Field::Capex) }
                { field(Field::Ai) }
            </fieldset>
            <fieldset>
                <legend>{ text(lang, T::ChipsAndOrder) }</legend>
                { chip_picker }
                { field(Field::Chip) }
            </fieldset>
            <fieldset>
                <legend>{ text(lang, T::ExchangeRates) }</legend>
                { currency_picker }
                { field(Field::UsdCny) }
            </fieldset>
            { more }
        </form>
    }
}

/// "Source: Reuters, Jan 2026; confidence: medium."
fn preset_source(fmt: &Formatter, preset: Preset) -> String {
    let lang = fmt.lang();
    let f = figure(preset.figure());
    fill(
        text(lang, T::PresetSource),
        &[f.source, f.date, confidence_label(lang, f.confidence)],
    )
}
