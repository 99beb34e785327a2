use std::rc::Rc;

use capex_calculator::{browser, App, AppProps};

fn main() {
    let start = Rc::new(browser::start());
    yew::Renderer::<App>::with_props(AppProps { start }).render();
}
