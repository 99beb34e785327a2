//! The engine: the calculator's work that touches no page, run in a Web Worker
//! (`src/bin/engine.rs`, built by trunk as a second wasm module) that the page starts on first
//! use, so none of it weighs on the first view. It reads and writes every structured message
//! of the calculator with serde (serde-wasm-bindgen): a host page's messages, and its own
//! answers to the page.
//!
//! The page sends it a request (an object with a `kind`) and gets back replies, each an object
//! with a `kind` the page acts on by name: `apply` (a link's query for the page to show),
//! `reset`, `subscribe`, `post` (a message for the host page, to post as it is), `file` (a
//! download), and in the explore build `simulation` (the draws for a scenario with ranges). The page's own wasm never decodes a structured message: it passes host messages
//! through untouched (serde-wasm-bindgen's decoding paths format floats in their errors and
//! cost the page 20 KB brotli, measured), and reads replies' fields by name.
//!
//! May import the model, serde, serde-wasm-bindgen, wasm-bindgen and js-sys; nothing of the UI.

mod embed_code;
mod files;
pub mod protocol;

pub use embed_code::{code as embed_code, EmbedCode};

use std::collections::BTreeMap;

use serde::Serialize;
use wasm_bindgen::{JsCast, JsValue};

use crate::model::host_message::{apply_set, HostMessage};
use crate::model::share_link::{decode_query, encode_query};
use crate::model::{evaluate, Field, Lang, Link};
use protocol::{ErrorOut, Outgoing, Reply, Request};

/// The calculator's version, as `ready` reports it.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// Answers one request from the page: the replies, as JS values to post back.
pub fn handle(request: JsValue) -> Vec<JsValue> {
    let (replies, ticket) = match serde_wasm_bindgen::from_value::<Request>(request) {
        Ok(request) => {
            let ticket = request.ticket;
            (answer(request), ticket)
        }
        Err(_) => (Vec::new(), None),
    };
    let serializer = serde_wasm_bindgen::Serializer::new().serialize_maps_as_objects(true);
    replies
        .iter()
        .filter_map(|reply| {
            let reply = reply.serialize(&serializer).ok()?;
            // A request with a ticket gets it back, so its answer reaches whoever asked.
            if let Some(ticket) = ticket {
                let _ = js_sys::Reflect::set(&reply, &"ticket".into(), &ticket.into());
            }
            Some(reply)
        })
        .collect()
}

/// A link from its query (`v=1&edition=1&capex=200`, percent-encoded as the page's
/// `URLSearchParams` writes it).
fn link_of(query: &str) -> Link {
    decode_query(query).link
}

fn answer(r: Request) -> Vec<Reply> {
    match r.kind.as_str() {
        "host" => host_message(&r.id, &r.origin, &r.query, r.data),
        "ready" => vec![Reply::Post {
            origin: r.origin,
            message: Outgoing::Ready {
                id: r.id,
                version: VERSION.to_owned(),
                edition: link_of(&r.query).edition,
            },
        }],
        "results" => vec![Reply::Post {
            origin: r.origin,
            message: results(r.id, &link_of(&r.query)),
        }],
        "export" => {
            let link = link_of(&r.query);
            let lang = Lang::from_name(&r.lang).unwrap_or_default();
            match files::file(&r.format, &link, lang, &r.scheme) {
                Some(f) => vec![Reply::File {
                    name: f.name.to_owned(),
                    mime: f.mime.to_owned(),
                    content: f.content,
                }],
                None => Vec::new(),
            }
        }
        "picture" => {
            let link = link_of(&r.query);
            let lang = Lang::from_name(&r.lang).unwrap_or_default();
            let p = files::picture(&link, lang, &r.scheme);
            vec![Reply::Picture {
                name: "capex-scenario.png".to_owned(),
                svg: p.svg,
                width: p.width,
                height: p.height,
                title: crate::text::text(lang, crate::text::T::Title).to_owned(),
            }]
        }
        "embed-code" => {
            let link = link_of(&r.query);
            let lang = Lang::from_name(&r.lang).unwrap_or_default();
            let code = embed_code::code(&link, lang, &r.base, &r.site, r.latest);
            vec![Reply::Code {
                code: code.html,
                amp: code.amp,
                site_error: code.site_error,
            }]
        }
        #[cfg(feature = "explore")]
        "simulate" => {
            use crate::model::uncertainty::{simulate, DRAWS};
            let link = link_of(&r.query);
            let simulation = simulate(&link.scenario, &link.ranges, link.seed, DRAWS);
            vec![Reply::Simulation {
                numbers: simulation.to_numbers(),
            }]
        }
        _ => Vec::new(),
    }
}

/// The scenario and its results, in the contract's names and base units (those of the
/// `data-value`s).
fn results(id: String, link: &Link) -> Outgoing {
    let o = evaluate(&link.scenario);
    let scenario: BTreeMap<&'static str, f64> = Field::ALL
        .iter()
        .map(|f| (f.name(), f.get(&link.scenario)))
        .collect();
    let results: BTreeMap<&'static str, f64> =
        o.all().iter().map(|(id, v)| (id.name(), *v)).collect();
    Outgoing::Results {
        id,
        edition: link.edition,
        scenario,
        currency: link.currency.name(),
        lang: link.lang.unwrap_or_default().name(),
        results,
    }
}

/// A host page's message, decoded and checked: what the page must do, and what to tell the
/// host.
fn host_message(id: &str, origin: &str, query: &str, data: JsValue) -> Vec<Reply> {
    let message = match serde_wasm_bindgen::from_value::<HostMessage>(data.clone()) {
        Ok(message) => message,
        Err(e) => {
            return vec![error_reply(
                id,
                origin,
                data,
                vec![ErrorOut {
                    field: "type".to_owned(),
                    reason: "unreadable-message",
                    message: JsValue::from(e)
                        .dyn_into::<js_sys::Error>()
                        .map(|e| String::from(e.message()))
                        .unwrap_or_default(),
                }],
            )]
        }
    };
    match message {
        HostMessage::Set { values } => {
            let current = link_of(query);
            let (next, errors) = apply_set(&current, &values);
            let mut replies = Vec::new();
            if !errors.is_empty() {
                let errors = errors
                    .into_iter()
                    .map(|e| ErrorOut {
                        field: e.field,
                        reason: e.reason,
                        message: e.message,
                    })
                    .collect();
                replies.push(error_reply(id, origin, data, errors));
            }
            if next != current {
                replies.push(Reply::Apply {
                    query: encode_query(&next),
                });
            }
            replies
        }
        HostMessage::Reset => vec![Reply::Reset],
        HostMessage::Hello => vec![Reply::Post {
            origin: origin.to_owned(),
            message: Outgoing::Ready {
                id: id.to_owned(),
                version: VERSION.to_owned(),
                edition: link_of(query).edition,
            },
        }],
        HostMessage::Subscribe => vec![
            Reply::Subscribe {
                origin: origin.to_owned(),
            },
            Reply::Post {
                origin: origin.to_owned(),
                message: results(id.to_owned(), &link_of(query)),
            },
        ],
    }
}

fn error_reply(id: &str, origin: &str, request: JsValue, errors: Vec<ErrorOut>) -> Reply {
    Reply::Post {
        origin: origin.to_owned(),
        message: Outgoing::Error {
            id: id.to_owned(),
            request,
            errors,
        },
    }
}
