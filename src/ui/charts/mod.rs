//! The charts as SVG view functions with text alternatives: they draw the pure layouts of
//! `picture::layout`, which the downloaded files draw too.

pub mod breakdown_chart;
pub mod hyperscaler_chart;

pub use breakdown_chart::breakdown_chart;
pub use hyperscaler_chart::hyperscaler_chart;
