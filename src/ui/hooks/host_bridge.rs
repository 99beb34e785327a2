//! The host page may drive an embedded calculator: its messages go to the engine (a worker,
//! started once the page is whole), which decodes and checks them and answers with what to do.
//! What does not pass is reported to the host and changes nothing. Once the whole page is
//! built, an embedded calculator tells its host it is ready; after that, results go to a
//! subscriber on the next frame after each change: once per frame, however fast a slider
//! moves. The engine's other answers (a download's file, the explore page's draws) come back
//! the same way.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::render::request_animation_frame;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::browser::js::Reply;
use crate::browser::{download, engine, host, location};
use crate::model::Link;
use crate::ui::share_bar::LatestLink;
use crate::ui::state::Action;

/// What the bridge needs from the page.
pub struct Bridge<'a> {
    pub link: &'a Link,
    pub latest: &'a LatestLink,
    pub whole: bool,
    pub on_action: &'a Callback<Action>,
    /// The frame's name in messages to its host.
    pub id: &'a str,
    /// The explore page's draws, which take the engine's `simulation` answers.
    #[cfg(feature = "explore")]
    pub draws: &'a crate::ui::explore::Draws,
}

#[hook]
pub fn use_host_bridge(bridge: Bridge<'_>) {
    let subscriber = use_mut_ref(|| None::<String>);
    let link = bridge.link;
    let embedded = link.embed;
    use_effect_with(embedded, {
        let (on_action, subscriber) = (bridge.on_action.clone(), subscriber.clone());
        let (latest, id, host) = (
            bridge.latest.clone(),
            bridge.id.to_owned(),
            link.host.clone(),
        );
        #[cfg(feature = "explore")]
        let draws = bridge.draws.clone();
        move |&embedded| {
            engine::on_reply(move |reply| {
                #[cfg(feature = "explore")]
                if draws.take_reply(&reply) {
                    return;
                }
                on_engine_reply(reply.unchecked_into(), &on_action, &subscriber)
            });
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
        let (id, host) = (bridge.id.to_owned(), link.host.clone());
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
}

/// What the page does with the engine's replies: show a scenario a host set (loading the
/// texts of a language it asks for first), reset, remember a subscriber, post a message to the
/// host, offer a file.
fn on_engine_reply(
    reply: Reply,
    on_action: &Callback<Action>,
    subscriber: &Rc<RefCell<Option<String>>>,
) {
    let text = |value: Option<String>| value.unwrap_or_default();
    match text(reply.kind()).as_str() {
        "apply" => {
            let query = text(reply.query());
            // A host's `set` with ranges is the explore page's to show: this frame becomes it.
            #[cfg(not(feature = "explore"))]
            if location::hand_over_query(&query, "") {
                return;
            }
            let next = location::decode_query(&query).link;
            let on_action = on_action.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let loaded = crate::ui::load_language(next.lang.unwrap_or_default()).await;
                // If the texts cannot be had, everything else applies and the language stays.
                let lang = if loaded { next.lang } else { None };
                on_action.emit(Action::Apply(Box::new(Link { lang, ..next })));
            });
        }
        "reset" => on_action.emit(Action::Reset),
        "subscribe" => *subscriber.borrow_mut() = Some(text(reply.origin())),
        "post" => host::post(&text(reply.origin()), &reply.message()),
        "file" => {
            download::save(
                &text(reply.name()),
                &text(reply.mime()),
                &text(reply.content()),
            );
        }
        _ => {}
    }
}
