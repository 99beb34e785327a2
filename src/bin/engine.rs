//! The engine's Web Worker (see `capex_calculator::engine`): answers each request the page
//! posts, and says once that it is ready, so the page can hold requests until then. Built on
//! its own (build/engine.html), with the standard release settings.

#[cfg(target_arch = "wasm32")]
fn main() {
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;

    // The engine is built with the standard settings (build/engine.sh), so a panic carries its
    // message: the console shows it, where the page's own wasm would only trap.
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(
            &["capex-calculator engine: ", &info.to_string()]
                .concat()
                .into(),
        )
    }));
    let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let replies_to = scope.clone();
    let on_message =
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
            for reply in capex_calculator::engine::handle(e.data()) {
                let _ = replies_to.post_message(&reply);
            }
        });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    let ready = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&ready, &"kind".into(), &"engine-ready".into());
    let _ = scope.post_message(&ready);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {}
