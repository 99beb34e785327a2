//! The address, and on the standalone page storage, follow the scenario once the reader has
//! changed it, 300 ms after the last change (no history work on every pixel of a drag); until
//! then the address stays the one the reader opened.

use gloo::timers::callback::Timeout;
use yew::prelude::*;

use crate::browser::{location, storage};
use crate::model::Link;

/// How long the URL (and storage) wait after the last change before following it.
const WRITE_DELAY_MS: u32 = 300;

#[hook]
pub fn use_link_sync(link: &Link) {
    let opened = use_mut_ref(|| Some(link.clone()));
    use_effect_with(link.clone(), move |link| {
        let changed = opened.borrow().as_ref() != Some(link);
        let pending = changed.then(|| {
            opened.borrow_mut().take();
            let link = link.clone();
            Timeout::new(WRITE_DELAY_MS, move || {
                location::show_link(&link);
                if !link.embed {
                    // Storage keeps single values (each range's median), which every build
                    // reads; the link keeps the ranges and the pin.
                    let kept = Link {
                        ranges: Default::default(),
                        pinned: None,
                        ..link
                    };
                    storage::save(&location::link_query(&kept));
                }
            })
        });
        move || drop(pending)
    });
}
