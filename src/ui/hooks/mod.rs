//! The App's effects, one hook per concern, as Yew's own examples compose them: the page built
//! in steps, the later texts, the address and storage following the scenario, the document's
//! language, the announcement for screen readers, the host page's messages, the height an
//! embed reports, the offline edition's update line, and the language switch.

mod announcement;
mod document_language;
mod engine_replies;
#[cfg(feature = "frame")]
mod height;
#[cfg(feature = "frame")]
mod host_bridge;
mod language_switch;
mod later_texts;
mod link_sync;
mod print;
mod staged_build;
mod update_ready;

pub use announcement::use_announcement;
pub use document_language::use_document_language;
pub use engine_replies::{use_engine_replies, Replies, Subscriber};
#[cfg(feature = "frame")]
pub use height::use_height_reporter;
#[cfg(feature = "frame")]
pub use host_bridge::{use_host_bridge, Bridge};
pub use language_switch::use_language_switch;
pub use later_texts::{use_later_texts, LaterTexts};
pub use link_sync::use_link_sync;
pub use print::use_print;
pub use staged_build::{use_staged_build, Stage};
pub use update_ready::use_update_ready;
