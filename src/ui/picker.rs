//! A labelled `<select>` of named choices, and its change as an action.

use yew::prelude::*;

use super::state::Action;

/// What a custom choice is called in markup: it names no choice, so picking it does nothing.
const CUSTOM: &str = "custom";

/// A `<select>`'s change as an action, when its new value names one (`custom` names none).
pub fn on_select<T: 'static>(
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

/// A labelled `<select>` of named choices, each `(value, label, selected)`. With `custom`, a last
/// option that cannot be picked stands selected when the scenario matches none of the choices.
pub fn picker(
    id: &'static str,
    testid: &'static str,
    label: &'static str,
    choices: &[(&'static str, &'static str, bool)],
    custom: Option<&'static str>,
    onchange: Callback<Event>,
) -> Html {
    let none_selected = !choices.iter().any(|&(_, _, selected)| selected);
    html! {
        <div class="field">
            <label for={id}>{ label }</label>
            <select {id} data-testid={testid} {onchange}>
                for &(value, label, selected) in choices {
                    <option {value} {selected}>{ label }</option>
                }
                if let Some(custom) = custom {
                    <option value={CUSTOM} selected={none_selected} disabled=true>{ custom }</option>
                }
            </select>
        </div>
    }
}
