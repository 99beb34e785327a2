//! Offline use: the build's service worker, registered once the page has loaded, and whether a
//! new version waits (the update line offers it).

use yew::prelude::*;

use crate::browser::offline;

#[hook]
pub fn use_update_ready(worker: Option<String>) -> bool {
    let update_ready = use_state(|| false);
    use_effect_with(worker, {
        let update_ready = update_ready.clone();
        move |worker: &Option<String>| {
            if worker.is_some() {
                offline::watch(move || update_ready.set(true));
            }
        }
    });
    *update_ready
}
