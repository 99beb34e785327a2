//! What the page does with the engine's answers (`crate::engine`): save a download, turn a
//! picture into a PNG, show the explore page's draws, and in an article's frame act on what a
//! host page asked (show a scenario it set, reset, remember a subscriber, post it a message).

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::browser::js::Reply;
use crate::browser::{download, engine};
use crate::ui::state::Action;

/// Who the page posts results to, once a host subscribed (an origin).
pub type Subscriber = Rc<RefCell<Option<String>>>;

/// What the replies need from the page.
pub struct Replies<'a> {
    pub on_action: &'a Callback<Action>,
    /// The host bridge's subscriber (an article's frame).
    #[cfg(feature = "frame")]
    pub subscriber: &'a Subscriber,
    /// The explore page's draws, which take the engine's `simulation` answers.
    #[cfg(feature = "explore")]
    pub draws: &'a crate::ui::explore::Draws,
}

#[hook]
pub fn use_engine_replies(replies: Replies<'_>) {
    let on_action = replies.on_action.clone();
    #[cfg(feature = "frame")]
    let subscriber = replies.subscriber.clone();
    #[cfg(feature = "explore")]
    let draws = replies.draws.clone();
    use_effect_with((), move |_| {
        engine::on_reply(move |reply| {
            #[cfg(feature = "explore")]
            if draws.take_reply(&reply) {
                return;
            }
            let reply: Reply = reply.unchecked_into();
            let text = |value: Option<String>| value.unwrap_or_default();
            match text(reply.kind()).as_str() {
                "file" => {
                    download::save(
                        &text(reply.name()),
                        &text(reply.mime()),
                        &text(reply.content()),
                    );
                }
                "picture" => crate::browser::picture::render(&reply),
                #[cfg(feature = "frame")]
                kind => super::host_bridge::on_host_reply(kind, &reply, &on_action, &subscriber),
                #[cfg(not(feature = "frame"))]
                _ => {
                    let _ = &on_action;
                }
            }
        });
    });
}
