//! The host page may drive an embedded calculator (an article's frame: the `frame` build): its
//! messages go to the engine, which decodes and checks them and answers with what to do
//! (`on_host_reply`). What does not pass is reported to the host and changes nothing. Once the
//! whole page is built, the frame tells its host it is ready; after that, results go to a
//! subscriber on the next frame after each change: once per frame, however fast a slider
//! moves.

use gloo::render::request_animation_frame;
use yew::prelude::*;

use super::engine_replies::Subscriber;
use crate::browser::js::Reply;
use crate::browser::{engine, host, location};
use crate::model::Link;
use crate::ui::share_bar::LatestLink;
use crate::ui::state::Action;

/// What the bridge needs from the page.
pub struct Bridge<'a> {
    pub link: &'a Link,
    pub latest: &'a LatestLink,
    pub whole: bool,
    /// The frame's name in messages to its host.
    pub id: &'a str,
}

/// Listens to the host, tells it the frame is ready, and posts results to a subscriber; returns
/// the subscriber, whom the engine's `subscribe` answer names.
#[hook]
pub fn use_host_bridge(bridge: Bridge<'_>) -> Subscriber {
    let subscriber = use_mut_ref(|| None::<String>);
    let link = bridge.link;
    use_effect_with(link.embed, {
        let (latest, id, host) = (
            bridge.latest.clone(),
            bridge.id.to_owned(),
            link.host.clone(),
        );
        move |&embedded| {
            let listener = embedded
                .then(|| {
                    host::listen(host, move |origin, data| {
                        let query = location::link_query(&latest.get());
                        engine::request(
                            "host",
                            &[
                                ("id", id.as_str().into()),
                                ("origin", origin.into()),
                                ("query", query.into()),
                                ("data", data),
                            ],
                        );
                    })
                })
                .flatten();
            move || drop(listener)
        }
    });
    let told_ready = use_mut_ref(|| false);
    use_effect_with((link.clone(), bridge.whole), {
        let (subscriber, id, host) = (subscriber.clone(), bridge.id.to_owned(), link.host.clone());
        move |(link, whole)| {
            if *whole && link.embed && host::embedded() && !told_ready.replace(true) {
                let origin = host::ready_origin(host.as_deref());
                engine::request(
                    "ready",
                    &[
                        ("id", id.as_str().into()),
                        ("origin", origin.into()),
                        ("query", location::link_query(link).into()),
                    ],
                );
            }
            let query = location::link_query(link);
            let frame = subscriber.borrow().clone().map(|origin| {
                request_animation_frame(move |_| {
                    engine::request(
                        "results",
                        &[
                            ("id", id.into()),
                            ("origin", origin.into()),
                            ("query", query.into()),
                        ],
                    );
                })
            });
            move || drop(frame)
        }
    });
    subscriber
}

/// The engine's answers to a host's messages: show a scenario the host set (loading the texts
/// of a language it asks for first), reset, remember a subscriber, post a message to the host.
pub fn on_host_reply(
    kind: &str,
    reply: &Reply,
    on_action: &Callback<Action>,
    subscriber: &Subscriber,
) {
    let text = |value: Option<String>| value.unwrap_or_default();
    match kind {
        "apply" => {
            let query = text(reply.query());
            // A host's `set` with ranges is the explore page's to show: this frame becomes it.
            #[cfg(not(feature = "explore"))]
            if location::hand_over_query(&query, "") {
                return;
            }
            let next = location::decode_query(&query).link;
            let on_action = on_action.clone();
            crate::ui::load_then(
                next.lang.unwrap_or_default(),
                crate::ui::ALL_PARTS,
                move |loaded| {
                    // If the texts cannot be had, everything else applies and the language stays.
                    let lang = if loaded { next.lang } else { None };
                    on_action.emit(Action::Apply(Box::new(Link { lang, ..next })));
                },
            );
        }
        "reset" => on_action.emit(Action::Reset),
        "subscribe" => *subscriber.borrow_mut() = Some(text(reply.origin())),
        "post" => host::post(&text(reply.origin()), &reply.message()),
        _ => {}
    }
}
