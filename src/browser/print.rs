//! Printing: before the print every folded section opens (and the page builds what it had not
//! yet), after it those close again, as the reader left them.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::EventListener;
use wasm_bindgen::JsCast;

/// Listens for the browser's print: before it, `build` runs and every closed `<details>` of
/// the page opens; after it, those close again. Dropping the listeners stops it.
pub fn on_print(build: impl Fn() + 'static) -> Option<[EventListener; 2]> {
    let window = web_sys::window()?;
    let document = window.document()?;
    let opened: Rc<RefCell<Vec<web_sys::Element>>> = Rc::default();
    let before = {
        let opened = opened.clone();
        EventListener::new(&window, "beforeprint", move |_| {
            build();
            let Ok(closed) = document.query_selector_all("details:not([open])") else {
                return;
            };
            for i in 0..closed.length() {
                if let Some(details) = closed
                    .item(i)
                    .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
                {
                    let _ = details.set_attribute("open", "");
                    opened.borrow_mut().push(details);
                }
            }
        })
    };
    let after = EventListener::new(&window, "afterprint", move |_| {
        for details in opened.borrow_mut().drain(..) {
            let _ = details.remove_attribute("open");
        }
    });
    Some([before, after])
}
