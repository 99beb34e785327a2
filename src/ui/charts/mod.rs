//! The charts: pure geometry, and components that draw it as SVG with text alternatives.

pub mod breakdown_chart;
pub mod geometry;
pub mod hyperscaler_chart;

pub use breakdown_chart::BreakdownChart;
pub use hyperscaler_chart::HyperscalerChart;
