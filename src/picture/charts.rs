//! The page's two charts as SVG markup, written once for the page (which styles them with its
//! stylesheet, in either colour scheme) and for the downloads (standalone files with the
//! colours and fonts of the page's scheme written onto each shape). Both draw the same layout
//! (`layout`), so a downloaded chart has the very bars the reader saw. The texts come written:
//! the page's by its `Formatter`, the files' by `text::numbers::Plain`, which writes both.

use super::geometry::coord;
use super::layout::{
    breakdown as breakdown_bars, comparison as comparison_layout, value_width, BREAKDOWN,
};
use super::svg::{Palette, Svg};
use crate::model::{evaluate, round_parts_to_total, Currency, Link, Scenario};
use crate::text::numbers::{self, Numbers, Plain};
use crate::text::{fill, locale, text, Lang, T};

/// How shapes get their colours: from the page's stylesheet (classes and `data-bar`), or
/// written onto them from a scheme's palette (a file).
#[derive(Clone, Copy)]
pub enum Paint<'a> {
    Page,
    File(&'a Palette, Lang),
}

/// A bar's kind, as the page's stylesheet names it (`data-bar`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Bar {
    Ai,
    Rest,
    ByteDance,
    Us,
    Sum,
}

impl Bar {
    /// The stylesheet's name for it (`data-bar`).
    pub fn name(self) -> &'static str {
        match self {
            Bar::Ai => "ai",
            Bar::Rest => "rest",
            Bar::ByteDance => "bytedance",
            Bar::Us => "us",
            Bar::Sum => "sum",
        }
    }

    fn colour(self, p: &Palette) -> &'static str {
        match self {
            Bar::Ai | Bar::ByteDance => p.ai,
            Bar::Rest => "url(#hatch-rest)",
            Bar::Us => p.us,
            Bar::Sum => p.sum,
        }
    }
}

/// A bar: the page's `data-bar`, or the file's fill.
fn bar(svg: &mut Svg, paint: Paint, kind: Bar, r: super::layout::Rect) {
    let (x, y, w, h) = (coord(r.x), coord(r.y), coord(r.width), coord(r.height));
    let at = [("x", x.as_str()), ("y", &y), ("width", &w), ("height", &h)];
    match paint {
        Paint::Page => svg.element(
            "rect",
            &[&[("data-bar", kind.name())][..], &at].concat(),
            None,
        ),
        Paint::File(p, _) => svg.element(
            "rect",
            &[&at[..], &[("fill", kind.colour(p))]].concat(),
            None,
        ),
    }
}

/// A text: the page's class, or the file's fill and size.
fn label(svg: &mut Svg, paint: Paint, class: &str, spot: super::layout::Spot, content: &str) {
    let (x, y) = (coord(spot.x), coord(spot.y));
    match paint {
        Paint::Page => svg.element(
            "text",
            &[
                ("class", class),
                ("x", &x),
                ("y", &y),
                ("text-anchor", spot.anchor),
            ],
            Some(&super::svg::escape(content)),
        ),
        Paint::File(p, _) => {
            let (size, colour) = if class == "tick" {
                (13.0, p.muted)
            } else {
                (15.0, p.fg)
            };
            svg.text(spot.x, spot.y, size, 400, colour, spot.anchor, content);
        }
    }
}

/// The document: for the page, an `<svg>` its stylesheet sizes and colours; for a file, a
/// standalone SVG.
fn document(
    svg: Svg,
    paint: Paint,
    class: &str,
    testid: &str,
    size: (f64, f64),
    label: &str,
    stretch: bool,
) -> String {
    match paint {
        Paint::Page => {
            let view_box = ["0 0 ", &coord(size.0), " ", &coord(size.1)].concat();
            let mut attrs = vec![
                ("class", class),
                ("data-testid", testid),
                ("role", "img"),
                ("aria-label", label),
                ("viewBox", view_box.as_str()),
            ];
            if stretch {
                attrs.push(("preserveAspectRatio", "none"));
            }
            svg.element_with(&attrs)
        }
        Paint::File(_, lang) => svg.finish(size.0, size.1, label, locale(lang)),
    }
}

/// The budget breakdown: the AI processors and the rest of capex end to end (in the currency
/// shown, rounded to add up), the rest hatched so the two differ by more than colour.
pub fn breakdown(parts: [f64; 2], label: &str, paint: Paint) -> String {
    let mut svg = Svg::default();
    let (hatch, line) = match paint {
        Paint::Page => (
            " class=\"hatch\"".to_owned(),
            " class=\"hatch-line\"".to_owned(),
        ),
        Paint::File(p, _) => (
            [" fill=\"", p.panel, "\""].concat(),
            [" fill=\"", p.rest, "\""].concat(),
        ),
    };
    svg.raw(&[
        "<defs><pattern id=\"hatch-rest\" patternUnits=\"userSpaceOnUse\" width=\"6\" height=\"6\" patternTransform=\"rotate(45)\"><rect",
        &hatch,
        " width=\"6\" height=\"6\"/><rect",
        &line,
        " width=\"3\" height=\"6\"/></pattern></defs>",
    ]
    .concat());
    let [ai, rest] = breakdown_bars(parts);
    bar(&mut svg, paint, Bar::Ai, ai);
    bar(&mut svg, paint, Bar::Rest, rest);
    document(
        svg,
        paint,
        "chart breakdown-chart",
        "chart-breakdown",
        BREAKDOWN,
        label,
        true,
    )
}

/// One row of the comparison, written: a name, the value shown (in the reader's currency) and
/// its amount.
pub struct Row {
    pub name: &'static str,
    pub value: f64,
    /// The amount as the chart writes it: `US$22.7 bn`.
    pub amount: String,
    /// The amount as its text alternative reads it: `22.7 billion US dollars`.
    pub spoken: String,
    pub kind: Bar,
}

/// ByteDance beside each of the US four and their sum, on an axis of round steps; `tick`
/// writes an axis value.
pub fn comparison(rows: &[Row], tick: &dyn Fn(f64) -> String, label: &str, paint: Paint) -> String {
    let values: Vec<f64> = rows.iter().map(|r| r.value).collect();
    let layout = comparison_layout(&values, value_width(rows.iter().map(|r| r.amount.as_str())));
    let mut svg = Svg::default();
    let (top, bottom) = layout.grid;
    for (value, x, spot) in &layout.ticks {
        let (x, y1, y2) = (coord(*x), coord(top), coord(bottom));
        let at = [("x1", x.as_str()), ("x2", &x), ("y1", &y1), ("y2", &y2)];
        match paint {
            Paint::Page => svg.element("line", &[&[("class", "grid")][..], &at].concat(), None),
            Paint::File(p, _) => {
                svg.element("line", &[&at[..], &[("stroke", p.line)]].concat(), None)
            }
        }
        self::label(&mut svg, paint, "tick", *spot, &tick(*value));
    }
    for (row, shape) in rows.iter().zip(&layout.rows) {
        self::label(&mut svg, paint, "row-label", shape.label, row.name);
        bar(&mut svg, paint, row.kind, shape.bar);
        self::label(&mut svg, paint, "row-value", shape.value, &row.amount);
    }
    let size = (layout.width, layout.height);
    document(
        svg,
        paint,
        "chart hyperscaler-chart",
        "chart-hyperscalers",
        size,
        label,
        false,
    )
}

/// ByteDance and the US four, in the order the charts show them, with their kinds: US$ bn.
/// The comparison's rows for a scenario in `currency`, their amounts written by `n`.
pub fn comparison_rows(n: &impl Numbers, s: &Scenario, currency: Currency) -> Vec<Row> {
    let rates = evaluate(s).rates;
    comparison_values(n.lang(), s)
        .into_iter()
        .map(|(name, usd, kind)| Row {
            name,
            value: rates.from_usd(usd, currency),
            amount: numbers::usd_bn_in(n, usd, currency, rates),
            spoken: numbers::usd_bn_in_spoken(n, usd, currency, rates),
            kind,
        })
        .collect()
}

pub fn comparison_values(lang: Lang, s: &Scenario) -> [(&'static str, f64, Bar); 6] {
    let o = evaluate(s);
    let [m, a, z, f] = s.hyperscalers;
    [
        (text(lang, T::ByteDance2026), o.capex_usd, Bar::ByteDance),
        (text(lang, T::Microsoft), m, Bar::Us),
        (text(lang, T::Alphabet), a, Bar::Us),
        (text(lang, T::Amazon), z, Bar::Us),
        (text(lang, T::Meta), f, Bar::Us),
        (text(lang, T::CombinedFour), m + a + z + f, Bar::Sum),
    ]
}

/// The breakdown as a file: in the link's currency and `lang`, with `palette`'s colours.
pub fn breakdown_file(link: &Link, lang: Lang, palette: &Palette) -> String {
    let n = Plain(lang);
    let o = evaluate(&link.scenario);
    let parts = round_parts_to_total(
        [o.ai_usd, o.rest_usd].map(|usd| o.rates.from_usd(usd, link.currency)),
        1,
    );
    let amounts =
        [parts[0], parts[1], parts[0] + parts[1]].map(|v| numbers::bn_spoken(&n, v, link.currency));
    let label = fill(
        text(lang, T::BreakdownChartLabel),
        &[&amounts[0], &amounts[1], &amounts[2]],
    );
    breakdown(parts, &label, Paint::File(palette, lang))
}

/// The comparison as a file: in the link's currency and `lang`, with `palette`'s colours.
pub fn comparison_file(link: &Link, lang: Lang, palette: &Palette) -> String {
    let n = Plain(lang);
    let written = comparison_rows(&n, &link.scenario, link.currency);
    let label = chart_label(lang, &written);
    comparison(
        &written,
        &|v| numbers::number(&n, v, 0),
        &label,
        Paint::File(palette, lang),
    )
}

/// The comparison's text alternative: every name with its amount, as a screen reader hears it.
pub fn chart_label(lang: Lang, rows: &[Row]) -> String {
    let items: Vec<String> = rows
        .iter()
        .map(|r| fill(text(lang, T::ChartItem), &[r.name, &r.spoken]))
        .collect();
    fill(
        text(lang, T::HyperscalerChartLabel),
        &[&items.join(text(lang, T::ListSeparator))],
    )
}
