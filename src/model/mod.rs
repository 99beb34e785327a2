//! The calculator's model: the figures and their editions, the scenario a reader edits,
//! validation and all the arithmetic. Pure Rust: nothing here imports yew, web-sys, js-sys,
//! gloo or wasm-bindgen (`tests/architecture.rs` checks), so it builds and tests natively, and
//! the browser edges hand it everything it needs as arguments.

pub mod breakdown;
pub mod choices;
pub mod currency;
pub mod decimal;
#[cfg(not(target_arch = "wasm32"))]
pub mod edition_file;
pub mod editions;
pub mod editor;
pub mod export;
pub mod field;
pub mod figures;
pub mod host_message;
pub mod lang;
pub mod number;
pub mod presets;
pub mod ranges;
pub mod results;
pub mod scenario;
pub mod share_link;
#[cfg(feature = "explore")]
pub mod uncertainty;
pub mod units;

pub use breakdown::round_parts_to_total;
pub use choices::{ChipModel, HyperscalerSet};
pub use currency::{Currency, Rates};
pub use editions::Edition;
pub use editor::{check, Editor, Writing};
pub use field::{Field, Range};
pub use figures::{Confidence, Figure, FigureId, When};
pub use lang::Lang;
pub use number::{parse_number, plain_decimal, InputError, Notation};
pub use presets::Preset;
pub use results::{evaluate, Outcome, ResultId};
pub use scenario::Scenario;
pub use share_link::{decode, encode, Decoded, Link, Note, NoteReason, Theme};
pub use units::Unit;
