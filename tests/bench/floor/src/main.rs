//! The smallest page that is still a Yew app: a slider and the value it shows.

use web_sys::HtmlInputElement;
use yew::prelude::*;

#[component]
fn Floor() -> Html {
    let value = use_state(|| AttrValue::from("50"));
    let on_input = {
        let value = value.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            value.set(input.value().into());
        })
    };
    html! {
        <main>
            <input type="range" min="0" max="100" value={(*value).clone()} oninput={on_input}
                aria-label="value" data-testid="input-value" />
            <output data-testid="out-value" data-value={(*value).clone()}>{ (*value).clone() }</output>
        </main>
    }
}

fn main() {
    yew::Renderer::<Floor>::new().render();
}
