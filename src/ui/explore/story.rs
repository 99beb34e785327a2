//! The story's key claims with live numbers: each input in the text is a spin button bound to
//! the calculator's field (drag it sideways, use the arrow keys, or type), and each result in
//! the text follows at once. The same editor as the form's fields, so a value typed here shows
//! there, errors included.

use std::rc::Rc;

use yew::prelude::*;

use crate::model::{plain_decimal, Currency, Editor, Field, InputError, Outcome};
use crate::text::explore::X;
use crate::text::T;
use crate::ui::output::fill_html;
use crate::ui::Formatter;

/// Pixels of drag per slider step.
const PIXELS_PER_STEP: f64 = 4.0;

pub struct StoryView<'a> {
    pub fmt: &'a Rc<Formatter>,
    pub editor: &'a Editor,
    pub outcome: &'a Outcome,
    pub currency: Currency,
    pub on_edit: &'a Callback<(Field, String)>,
    pub on_slide: &'a Callback<(Field, f64)>,
    /// Fields that are ranges: shown, not edited, here.
    pub ranged: &'a dyn Fn(Field) -> bool,
}

pub fn story(v: StoryView) -> Html {
    let fmt = v.fmt;
    let o = v.outcome;
    // A range's median shows rounded (it is not edited here); else what the reader typed.
    let shown = |field: Field| {
        if (v.ranged)(field) {
            let scale = fmt.lang().writing().scale(field);
            AttrValue::from(fmt.number(field.get(v.editor.scenario()) * scale, 2))
        } else {
            AttrValue::from(v.editor.text(field).to_owned())
        }
    };
    let live = |field: Field| {
        html! {
            <LiveNumber field={field} text={shown(field)}
                value={field.get(v.editor.scenario())} error={v.editor.error(field)}
                locked={(v.ranged)(field)} on_edit={v.on_edit.clone()}
                on_slide={v.on_slide.clone()} fmt={fmt.clone()} />
        }
    };
    let result = |name: &'static str, value: f64, shown: String| {
        html! {
            <data class="follows" data-testid={["story-", name].concat()}
                value={plain_decimal(value)}>{ shown }</data>
        }
    };
    let cur = v.currency;
    html! {
        <section id="story" class="explore-part story" aria-labelledby="h-story">
            <h3 id="h-story">{ fmt.x(X::Story) }</h3>
            <p class="note">{ fmt.x(X::StoryHint) }</p>
            <p>{ fill_html(fmt.x(X::Story1), &[live(Field::Capex), live(Field::Ai)]) }</p>
            <p>{ fill_html(fmt.x(X::Story2), &[
                live(Field::UsdCny),
                result("ai-usd", o.ai_usd, fmt.usd_bn_in(o.ai_usd, cur, o.rates)),
                live(Field::Chip),
                result("chips", o.chips, fmt.number(o.chips, 0)),
            ]) }</p>
            <p>{ fill_html(fmt.x(X::Story3), &[
                result("bigfour-usd", o.bigfour_usd, fmt.usd_bn_in(o.bigfour_usd, cur, o.rates)),
                result("bigfour-ratio", o.bigfour_ratio, fmt.times(o.bigfour_ratio)),
            ]) }</p>
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct LiveNumberProps {
    pub field: Field,
    pub text: AttrValue,
    pub value: f64,
    pub error: Option<InputError>,
    pub locked: bool,
    pub on_edit: Callback<(Field, String)>,
    pub on_slide: Callback<(Field, f64)>,
    pub fmt: Rc<Formatter>,
}

/// Where a drag started: the pointer's x and the value then.
#[derive(Default)]
struct Drag {
    from: Option<(i32, f64)>,
    moved: bool,
}

/// A number in running text that is a spin button: its unit around it as the language writes
/// it, a name for screen readers, the value and its bounds as ARIA reads them.
#[component]
pub fn LiveNumber(props: &LiveNumberProps) -> Html {
    let fmt = &props.fmt;
    let field = props.field;
    let name = field.name();
    let range = field.range();
    let scale = fmt.lang().writing().scale(field);
    let value = props.value;
    let drag = use_mut_ref(Drag::default);
    let step_to = {
        let on_slide = props.on_slide.clone();
        move |v: f64| on_slide.emit((field, v.clamp(range.min, range.max)))
    };
    let onkeydown = {
        let step_to = step_to.clone();
        Callback::from(move |e: KeyboardEvent| {
            let big = if e.shift_key() { 10.0 } else { 1.0 };
            let to = match e.key().as_str() {
                "ArrowUp" => value + range.step * big,
                "ArrowDown" => value - range.step * big,
                "PageUp" => value + range.step * 10.0,
                "PageDown" => value - range.step * 10.0,
                "Home" if e.ctrl_key() => range.min,
                "End" if e.ctrl_key() => range.max,
                _ => return,
            };
            e.prevent_default();
            step_to(to);
        })
    };
    let onpointerdown = {
        let drag = drag.clone();
        Callback::from(move |e: PointerEvent| {
            if e.button() != 0 {
                return;
            }
            *drag.borrow_mut() = Drag {
                from: Some((e.client_x(), value)),
                moved: false,
            };
            let target: web_sys::Element = e.target_unchecked_into();
            let _ = target.set_pointer_capture(e.pointer_id());
        })
    };
    let onpointermove = {
        let drag = drag.clone();
        Callback::from(move |e: PointerEvent| {
            let mut d = drag.borrow_mut();
            let Some((x0, v0)) = d.from else {
                return;
            };
            let dx = f64::from(e.client_x() - x0);
            if !d.moved && dx.abs() < PIXELS_PER_STEP {
                return;
            }
            d.moved = true;
            e.prevent_default();
            step_to(v0 + (dx / PIXELS_PER_STEP).round() * range.step);
        })
    };
    let onpointerup = Callback::from(move |_: PointerEvent| *drag.borrow_mut() = Drag::default());
    let oninput = props.on_edit.reform(move |e: InputEvent| {
        let input: web_sys::HtmlInputElement = e.target_unchecked_into();
        (field, input.value())
    });
    let message = props.error.map(|e| fmt.error(e, scale));
    let error_id = ["e-live-", name].concat();
    let width = props.text.chars().count().max(2) as u32;
    let input = html! {
        <input type="text" inputmode="decimal" class="live" role="spinbutton"
            data-testid={["live-", name].concat()} size={width.to_string()}
            aria-label={fmt.t(T::Field(field))}
            aria-valuenow={plain_decimal(value * scale)}
            aria-valuemin={plain_decimal(range.min * scale)}
            aria-valuemax={plain_decimal(range.max * scale)}
            aria-valuetext={fmt.field_value(field, value)}
            aria-invalid={message.is_some().then_some("true")}
            aria-describedby={message.is_some().then(|| error_id.clone())}
            value={props.text.clone()} disabled={props.locked}
            autocomplete="off" spellcheck="false"
            {oninput} {onkeydown} {onpointerdown} {onpointermove}
            onpointerup={onpointerup.clone()} onpointercancel={onpointerup} />
    };
    html! {
        <span class="live-number">
            { fill_html(fmt.t(T::FieldValue(field)), &[input]) }
            if let Some(message) = message {
                <span class="error" id={error_id} role="alert">{ message }</span>
            }
        </span>
    }
}
