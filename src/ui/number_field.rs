//! One assumption as a typed field and a slider kept in step, with its error beside it.

use std::rc::Rc;

use yew::prelude::*;

use super::Formatter;
use crate::model::{plain_decimal, Field, InputError};
use crate::text::T;

#[derive(Properties, PartialEq)]
pub struct NumberFieldProps {
    pub field: Field,
    /// What the reader typed, or the value as the reader's language writes it.
    pub text: AttrValue,
    /// The field's value in the last valid scenario, in its own unit: where the slider sits.
    pub value: f64,
    pub error: Option<InputError>,
    pub on_edit: Callback<(Field, String)>,
    /// The slider moved, to a value in the field's own unit.
    pub on_slide: Callback<(Field, f64)>,
    pub fmt: Rc<Formatter>,
    /// The field is a range: its single value (the range's median) is shown, not edited.
    #[prop_or_default]
    pub locked: bool,
}

#[component]
pub fn NumberField(props: &NumberFieldProps) -> Html {
    let fmt = &props.fmt;
    let field = props.field;
    let name = field.name();
    let range = field.range();
    // The slider counts in the units the reader writes (亿 for billions in Chinese).
    let scale = fmt.lang().writing().scale(field);
    let at = |v: f64| plain_decimal(v * scale);
    let on_input = props.on_edit.reform(move |e: InputEvent| {
        let input: web_sys::HtmlInputElement = e.target_unchecked_into();
        (field, input.value())
    });
    let on_slide = props.on_slide.reform(move |e: InputEvent| {
        let input: web_sys::HtmlInputElement = e.target_unchecked_into();
        (field, input.value_as_number() / scale)
    });
    let (id, label_id, error_id) = (
        ["f-", name].concat(),
        ["l-", name].concat(),
        ["e-", name].concat(),
    );
    let message = props.error.map(|error| fmt.error(error, scale));
    html! {
        <div class="field">
            <label id={label_id.clone()} for={id.clone()}>{ fmt.t(T::Field(field)) }</label>
            <input type="range" class="slider" data-testid={["input-", name, "-slider"].concat()}
                aria-labelledby={label_id} aria-valuetext={fmt.field_value(field, props.value)}
                min={at(range.min)} max={at(range.max)} step={at(range.step)}
                value={at(props.value)} oninput={on_slide} disabled={props.locked} />
            <input type="text" inputmode="decimal" class="number" {id}
                data-testid={["input-", name].concat()} value={props.text.clone()}
                autocomplete="off" spellcheck="false"
                aria-invalid={props.error.is_some().then_some("true")}
                aria-describedby={message.is_some().then(|| error_id.clone())}
                oninput={on_input} disabled={props.locked} />
            if let Some(message) = message {
                <p class="error" id={error_id} role="alert" data-testid={["error-", name].concat()}>
                    { message }
                </p>
            }
        </div>
    }
}
