//! The switch that turns an input into a range, and the range's two ends and distribution.

use std::rc::Rc;

use yew::prelude::*;

use super::state::{Draft, ExploreAction};
use crate::model::ranges::{Dist, RangeError};
use crate::model::Field;
use crate::text::explore::X;
use crate::text::{fill, T};
use crate::ui::Formatter;

#[derive(Properties, PartialEq)]
pub struct RangeFieldProps {
    pub field: Field,
    /// The range as the reader edits it; none while the field is one value.
    pub draft: Option<Draft>,
    pub on_explore: Callback<ExploreAction>,
    pub fmt: Rc<Formatter>,
}

#[component]
pub fn RangeField(props: &RangeFieldProps) -> Html {
    let fmt = &props.fmt;
    let field = props.field;
    let name = field.name();
    let on = &props.on_explore;
    let toggle = on.reform(move |_: Event| ExploreAction::Toggle(field));
    let label = fill(fmt.x(X::RangeToggleLabel), &[fmt.t(T::Field(field))]);
    let ends = props.draft.as_ref().map(|d| {
        let scale = fmt.lang().writing().scale(field);
        let message = d.error.map(|e| match e {
            RangeError::End(e) => fmt.error(e, scale),
            RangeError::LowAboveHigh => fmt.x(X::RangeLowAboveHigh).to_owned(),
            RangeError::TouchesZero => fmt.x(X::RangeTouchesZero).to_owned(),
        });
        let error_id = ["e-", name, "-range"].concat();
        let invalid = |high: bool| {
            let bad = d
                .error
                .is_some_and(|e| !matches!(e, RangeError::End(_)) || d.error_at_high == high);
            bad.then_some("true")
        };
        let described = message.is_some().then(|| AttrValue::from(error_id.clone()));
        let end = |high: bool, text: &str| {
            let (suffix, label) = if high {
                ("-high", X::RangeHigh)
            } else {
                ("-low", X::RangeLow)
            };
            let id = ["f-", name, suffix].concat();
            let oninput = on.reform(move |e: InputEvent| {
                let text = e
                    .target_unchecked_into::<web_sys::HtmlInputElement>()
                    .value();
                if high {
                    ExploreAction::High(field, text)
                } else {
                    ExploreAction::Low(field, text)
                }
            });
            html! {
                <div class="end">
                    <label for={id.clone()}>{ fmt.x(label) }</label>
                    <input type="text" inputmode="decimal" class="number" id={id}
                        data-testid={["input-", name, suffix].concat()} value={text.to_owned()}
                        autocomplete="off" spellcheck="false" aria-invalid={invalid(high)}
                        aria-describedby={described.clone()} {oninput} />
                </div>
            }
        };
        let dist_id = ["f-", name, "-dist"].concat();
        let on_dist = on.reform(move |e: Event| {
            let value = e
                .target_unchecked_into::<web_sys::HtmlSelectElement>()
                .value();
            ExploreAction::Dist(field, Dist::from_name(&value).unwrap_or_default())
        });
        html! {
            <>
                <div class="ends">
                    { end(false, &d.low) }
                    { end(true, &d.high) }
                    <div class="end">
                        <label for={dist_id.clone()}>{ fmt.x(X::RangeDist) }</label>
                        <select id={dist_id} data-testid={["input-", name, "-dist"].concat()}
                            onchange={on_dist}>
                            for dist in Dist::ALL {
                                <option value={dist.name()} selected={dist == d.dist}>
                                    { fmt.x(X::Dist(dist)) }
                                </option>
                            }
                        </select>
                    </div>
                </div>
                if let Some(message) = message {
                    <p class="error" id={error_id} role="alert"
                        data-testid={["error-", name, "-range"].concat()}>{ message }</p>
                }
            </>
        }
    });
    html! {
        <div class="range" data-testid={["range-field-", name].concat()}>
            <label class="toggle">
                <input type="checkbox" data-testid={["range-", name].concat()}
                    checked={props.draft.is_some()} aria-label={label} onchange={toggle} />
                { fmt.x(X::RangeToggle) }
            </label>
            { ends }
        </div>
    }
}
