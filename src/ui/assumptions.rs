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
            <label for="f-preset">{ text(lang, T::Preset) }</label>
            <select id="f-preset" data-testid="input-preset" onchange={on_preset}>
                for p in Preset::ALL {
                    <option value={p.name()} selected={preset == Some(p)}>{ preset_label(lang, p) }</option>
                }
                <option value={CUSTOM} selected={preset.is_none()} disabled=true>{ text(lang, T::PresetCustom) }</option>
            </select>
            if let Some(p) = preset {
                <p class="source" data-testid="preset-source">{ preset_source(fmt, p) }</p>
            }
        </div>
    };
    let chip_picker = html! {
        <div class="field">
            <label for="f-chip-model">{ text(lang, T::Chip) }</label>
            <select id="f-chip-model" data-testid="input-chip-model" onchange={on_chip}>
                for c in ChipModel::ALL {
                    <option value={c.name()} selected={chip == Some(c)}>{ chip_label(lang, c) }</option>
                }
                <option value={CUSTOM} selected={chip.is_none()} disabled=true>{ text(lang, T::ChipCustom) }</option>
            </select>
        </div>
    };
    let currency_picker = html! {
        <div class="field">
            <label for="f-currency">{ text(lang, T::Currency) }</label>
            <select id="f-currency" data-testid="input-currency" onchange={on_currency}>
                for c in Currency::ALL {
                    <option value={c.name()} selected={props.currency == c}>{ currency_label(lang, c) }</option>
                }
            </select>
        </div>
    };
    let hyperscalers = html! {
        <fieldset>
            <legend>{ text(lang, T::Hyperscalers) }</legend>
            <div class="field">
                <label for="f-set">{ text(lang, T::HyperscalerSet) }</label>
                <select id="f-set" data-testid="input-hyperscaler-set" onchange={on_set}>
                    for s in HyperscalerSet::ALL {
                        <option value={s.name()} selected={set == Some(s)}>{ set_label(lang, s) }</option>
                    }
                    <option value={CUSTOM} selected={set.is_none()} disabled=true>{ text(lang, T::SetCustom) }</option>
                </select>
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
    // One layout for the page and the embed: the inputs the story turns on first, the rest
    // folded below them (open on the page, closed in an article column).
    html! {
        <form class={classes!("assumptions", props.compact.then_some("compact"))}
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
            <details class="more" open={!props.compact}>
                <summary>{ text(lang, T::MoreAssumptions) }</summary>
                { field(Field::Capex25) }
                { field(Field::Order) }
                { field(Field::EurUsd) }
                { hyperscalers }
                { tokens }
            </details>
            { reset }
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
