use std::rc::Rc;

use capex_calculator::{browser, App, AppProps};

/// talc in place of the standard library's dlmalloc: smaller in the wasm and faster; the page
/// is single-threaded, so the lock-free variant is right.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

fn main() {
    let start = Rc::new(browser::start());
    yew::Renderer::<App>::with_props(AppProps { start }).render();
}
