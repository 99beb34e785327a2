//! Offline use: the build's service worker, registered once the page is whole and has loaded
//! (its script and the downloads it starts would otherwise compete with the page's later steps
//! for a slow phone's CPU), and whether a new version waits (the update line offers it).

use yew::prelude::*;

use crate::browser::offline;

#[hook]
pub fn use_update_ready(worker: Option<String>, whole: bool) -> bool {
    let update_ready = use_state(|| false);
    use_effect_with((worker, whole), {
        let update_ready = update_ready.clone();
        move |(worker, whole): &(Option<String>, bool)| {
            if worker.is_some() && *whole {
                offline::watch(move || update_ready.set(true));
            }
        }
    });
    *update_ready
}
