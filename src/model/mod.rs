//! The calculator's model: the figures, the scenario a reader edits, validation and all the
//! arithmetic. Pure Rust: nothing here imports yew, web-sys, js-sys, gloo or wasm-bindgen
//! (`tests/architecture.rs` checks), so it builds and tests natively, and the browser edges
//! hand it everything it needs as arguments.

pub mod breakdown;
pub mod currency;
pub mod editor;
pub mod evaluate;
pub mod export;
pub mod figures;
pub mod host_message;
pub mod lang;
pub mod number;
pub mod presets;
pub mod ranges;
pub mod scenario;
pub mod share_link;
#[cfg(feature = "explore")]
pub mod uncertainty;

pub use breakdown::round_parts_to_total;
pub use currency::{Currency, Rates};
pub use editor::{check, Editor, Writing};
pub use evaluate::{evaluate, Outcome};
pub use figures::{Confidence, Figure, FigureId, When, FIGURES};
pub use lang::Lang;
pub use number::{parse_number, plain_decimal, InputError, Notation};
pub use presets::Preset;
pub use scenario::{ChipModel, Field, HyperscalerSet, Scenario, Unit};
pub use share_link::{decode, encode, Decoded, Link, Note, NoteReason, Theme};
