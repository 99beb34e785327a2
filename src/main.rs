use std::rc::Rc;

use capex_calculator::model::Lang;
use capex_calculator::ui::{load_then, FIRST_PARTS};
use capex_calculator::{browser, App, AppProps};

/// talc in place of the standard library's dlmalloc: smaller in the wasm and faster; the page
/// is single-threaded, so the lock-free variant is right.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

/// Hands the link over to the explore page if it is one only that page reads; else reads how
/// the page was opened, loads its language's first texts (the wasm carries none), then
/// renders: the first render is already in the reader's language. If those texts cannot be
/// had, English; if not even English, the page says so in place of the calculator.
fn main() {
    // A link with ranges or a pinned scenario is the explore page's (explore.html).
    #[cfg(not(feature = "explore"))]
    if browser::location::hand_over() {
        return;
    }
    // The explore page's own rules, beside style.css.
    #[cfg(feature = "explore")]
    browser::document::add_to_head("link", &[("rel", "stylesheet"), ("href", "explore.css")]);
    let start = browser::start();
    let wanted = start.lang;
    load_then(wanted, FIRST_PARTS, move |loaded| {
        if loaded {
            return render(start);
        }
        let start = browser::Start {
            lang_unavailable: Some(wanted),
            lang: Lang::En,
            ..start
        };
        load_then(Lang::En, FIRST_PARTS, move |loaded| {
            if loaded {
                render(start)
            } else {
                browser::document::no_texts()
            }
        });
    });
}

fn render(start: browser::Start) {
    let start = Rc::new(start);
    yew::Renderer::<App>::with_props(AppProps { start }).render();
}
