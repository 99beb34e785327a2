//! Every assumption a reader can change, grouped as the story tells them: the budget in RMB and
//! the rate that turns it into dollars, then (after the key results, so that they sit within
//! half a phone screen of every input that moves them) the chips, then the rest folded.

use std::rc::Rc;

use yew::prelude::*;

use super::folded::{folded, Fold, Folded};
use super::hooks::Stage;

use super::number_field::NumberField;
use super::picker::{on_select, picker};
use super::state::Action;
use super::Formatter;
use crate::model::{ChipModel, Edition, Editor, Field, HyperscalerSet, Preset, Scenario};
use crate::text::{figure, fill, text, T};

/// What the form needs from the page.
pub struct AssumptionsView<'a> {
    pub fmt: &'a Rc<Formatter>,
    /// The edition whose figures the presets, chips and sets are made of.
    pub edition: &'static Edition,
    pub editor: &'a Editor,
    pub on_action: &'a Callback<Action>,
    /// One callback for every field, kept the same between renders so that Yew skips the
    /// fields that did not change.
    pub on_edit: &'a Callback<(Field, String)>,
    /// The same for every slider.
    pub on_slide: &'a Callback<(Field, f64)>,
    /// In an article's frame: the further assumptions start folded.
    pub embedded: bool,
    /// How far the page is built: at first only the inputs the story turns on.
    pub built: Stage,
    /// `AppState::unfolded`: the folded sections built.
    pub unfolded: u8,
    /// The key results, shown between the budget and the chip price.
    pub summary: Html,
    /// A field's range controls, and whether it is a range (its single value then stands
    /// locked at the range's median): the explore build's.
    #[cfg(feature = "explore")]
    pub range_field: &'a dyn Fn(Field) -> Html,
    #[cfg(feature = "explore")]
    pub ranged: &'a dyn Fn(Field) -> bool,
}

pub fn assumptions(v: AssumptionsView) -> Html {
    let fmt = v.fmt;
    let lang = fmt.lang();
    let editor = v.editor;
    let scenario = editor.scenario();
    #[cfg(feature = "explore")]
    let (range_field, ranged) = (v.range_field, v.ranged);
    #[cfg(not(feature = "explore"))]
    let (range_field, ranged) = (|_| Html::default(), |_| false);
    // A range's median shows rounded, as it is only shown; else what the reader typed.
    let shown = |f: Field| {
        if ranged(f) {
            let scale = lang.writing().scale(f);
            AttrValue::from(fmt.number(f.get(scenario) * scale, 2))
        } else {
            AttrValue::from(editor.text(f).to_owned())
        }
    };
    let field = |f: Field| {
        html! {
            <>
                <NumberField field={f} text={shown(f)}
                    value={f.get(scenario)} error={editor.error(f)} on_edit={v.on_edit.clone()}
                    on_slide={v.on_slide.clone()} locked={ranged(f)}
                    fmt={fmt.clone()} />
                { range_field(f) }
            </>
        }
    };
    let edition = v.edition;
    let chip = ChipModel::priced_at(scenario.chip, edition);
    let preset = Preset::matching(scenario, edition);
    let built = v.built;
    let more = (built >= Stage::Assumptions).then(|| further(&v, scenario, &field));
    html! {
        <form class="assumptions" aria-labelledby="h-assumptions"
            onsubmit={|e: SubmitEvent| e.prevent_default()}>
            <h2 id="h-assumptions">{ text(lang, T::Assumptions) }</h2>
            <div class="preset">
                { picker("f-preset", "input-preset", text(lang, T::PresetPicker),
                    &Preset::ALL.map(|p| (p.name(), text(lang, T::Preset(p)), preset == Some(p))),
                    Some(text(lang, T::PresetCustom)),
                    on_select(v.on_action, Preset::from_name, Action::PickPreset)) }
                if built >= Stage::Assumptions {
                    <button type="button" class="reset" data-testid="reset"
                        onclick={v.on_action.reform(|_: MouseEvent| Action::Reset)}>
                        { text(lang, T::Reset) }
                    </button>
                }
                // The preset's source comes with the later texts; its line keeps its room
                // until then, so nothing below moves.
                <p class="source" data-testid={preset.map(|_| "preset-source")}>
                    { preset.map(|p| preset_source(fmt, edition, p)).unwrap_or_default() }
                </p>
            </div>
            <fieldset class="primary">
                <legend>{ text(lang, T::ByteDanceBudget) }</legend>
                { field(Field::Capex) }
                { field(Field::Ai) }
                { field(Field::UsdCny) }
            </fieldset>
            { v.summary }
            <fieldset class="primary">
                <legend>{ text(lang, T::ChipsAndOrder) }</legend>
                { picker("f-chip-model", "input-chip-model", text(lang, T::ChipPicker),
                    &ChipModel::ALL.map(|c| (c.name(), text(lang, T::Chip(c)), chip == Some(c))),
                    Some(text(lang, T::ChipCustom)),
                    on_select(v.on_action, ChipModel::from_name, Action::PickChip)) }
                { field(Field::Chip) }
            </fieldset>
            { more }
        </form>
    }
}

/// The further assumptions: last year's capex, the order, the euro, the US four's spending,
/// tokens. Built in later steps, and a function of its own so that the wasm's code for them is
/// compiled when they are first built, not in the first render (see `app.rs`).
#[inline(never)]
fn further(v: &AssumptionsView, scenario: &Scenario, field: &dyn Fn(Field) -> Html) -> Html {
    let (lang, built, edition) = (v.fmt.lang(), v.built, v.edition);
    let set = HyperscalerSet::matching(scenario.hyperscalers, edition);
    let summary = html! { <summary>{ text(lang, T::MoreAssumptions) }</summary> };
    let fold = Folded {
        fold: Fold::Assumptions,
        open: !v.embedded,
        unfolded: v.unfolded,
        summary,
        on_action: v.on_action,
    };
    folded(fold, || {
        html! {
            <>
                { field(Field::Capex25) }
                { field(Field::Order) }
                { field(Field::EurUsd) }
                if built >= Stage::Hyperscalers {
                    <fieldset>
                        <legend>{ text(lang, T::Hyperscalers) }</legend>
                        { picker("f-set", "input-hyperscaler-set", text(lang, T::SetPicker),
                            &HyperscalerSet::ALL.map(|s| (s.name(), text(lang, T::Set(s)), set == Some(s))),
                            Some(text(lang, T::SetCustom)),
                            on_select(v.on_action, HyperscalerSet::from_name, Action::PickHyperscalers)) }
                        { field(Field::Microsoft) }
                        { field(Field::Alphabet) }
                        { field(Field::Amazon) }
                        { field(Field::Meta) }
                    </fieldset>
                }
                if built >= Stage::Tokens {
                    <fieldset>
                        <legend>{ text(lang, T::Tokens) }</legend>
                        { field(Field::TokensByteDance) }
                        { field(Field::TokensGoogle) }
                    </fieldset>
                }
            </>
        }
    })
}

/// "Source: Reuters, Jan 2026; confidence: medium." Empty until the later texts are in.
fn preset_source(fmt: &Formatter, edition: &Edition, preset: Preset) -> String {
    let f = edition.figure(preset.figure());
    let Some(texts) = figure(fmt.lang(), edition.index(), f.id) else {
        return String::new();
    };
    fill(
        fmt.t(T::PresetSource),
        &[
            texts.source,
            &fmt.date(f.when),
            fmt.t(T::Confidence(f.confidence)),
        ],
    )
}
