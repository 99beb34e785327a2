//! The charts: pure geometry, and view functions that draw it as SVG with text alternatives.

pub mod breakdown_chart;
pub mod geometry;
pub mod hyperscaler_chart;

pub use breakdown_chart::breakdown_chart;
pub use hyperscaler_chart::hyperscaler_chart;
