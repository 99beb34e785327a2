//! One assumption as a typed field and a slider kept in step, with its error beside it.

use std::rc::Rc;

use yew::prelude::*;

use super::text::field_label;
use super::Formatter;
use crate::model::{plain_decimal, Field, InputError};

#[derive(Properties, PartialEq)]
pub struct NumberFieldProps {
    pub field: Field,
    /// What the reader typed (or the slider's value).
    pub text: AttrValue,
    /// The field's value in the last valid scenario: where the slider sits.
    pub value: f64,
    pub error: Option<InputError>,
    pub on_edit: Callback<(Field, String)>,
    pub fmt: Rc<Formatter>,
}

#[component]
pub fn NumberField(props: &NumberFieldProps) -> Html {
    let fmt = &props.fmt;
    let field = props.field;
    let name = field.name();
    let range = field.range();
    let on_input = {
        let on_edit = props.on_edit.clone();
        Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            on_edit.emit((field, input.value()));
        })
    };
    let (id, label_id, error_id) = (
        format!("f-{name}"),
        format!("l-{name}"),
        format!("e-{name}"),
    );
    let message = props.error.map(|error| fmt.error(error));
    html! {
        <div class="field">
            <label id={label_id.clone()} for={id.clone()}>{ field_label(fmt.lang(), field) }</label>
            <input type="range" class="slider" data-testid={format!("input-{name}-slider")}
                aria-labelledby={label_id}
                min={plain_decimal(range.min)} max={plain_decimal(range.max)}
                step={plain_decimal(range.step)} value={plain_decimal(props.value)}
                oninput={on_input.clone()} />
            <input type="text" inputmode="decimal" class="number" id={id}
                data-testid={format!("input-{name}")} value={props.text.clone()}
                autocomplete="off" spellcheck="false"
                aria-invalid={props.error.is_some().then_some("true")}
                aria-describedby={message.is_some().then(|| error_id.clone())}
                oninput={on_input} />
            if let Some(message) = message {
                <p class="error" id={error_id} role="alert" data-testid={format!("error-{name}")}>
                    { message }
                </p>
            }
        </div>
    }
}
