use std::rc::Rc;

use capex_calculator::model::Lang;
use capex_calculator::ui::load_language;
use capex_calculator::{browser, App, AppProps};

/// talc in place of the standard library's dlmalloc: smaller in the wasm and faster; the page
/// is single-threaded, so the lock-free variant is right.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

/// Reads how the page was opened, makes sure its language's texts are in the page (only
/// English is compiled in), then renders: the first render is already in the reader's language.
fn main() {
    let mut start = browser::start();
    wasm_bindgen_futures::spawn_local(async move {
        if !load_language(start.lang).await {
            start.lang_unavailable = Some(start.lang);
            start.lang = Lang::En;
        }
        let start = Rc::new(start);
        yew::Renderer::<App>::with_props(AppProps { start }).render();
    });
}
