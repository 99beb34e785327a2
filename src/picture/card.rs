//! A picture of a scenario: the title, the four key results, the comparison with the US four
//! and the source line, as one SVG. The build draws the article's scenario in every language as
//! a social card (1200 × 630) and as the embed's fallback (600 × 430, drawn at twice the size);
//! the engine draws the reader's own scenario, in the page's language and theme, for the
//! "picture" download. With a text alternative that states the finding with its numbers.

use super::layout::{comparison, VALUE_WIDTH};
use super::svg::{width as width_of, wrap, Palette, Svg};
use crate::model::{evaluate, FigureId, HyperscalerSet, Link};
use crate::text::numbers::{self, Plain};
use crate::text::{figure, fill, text, Lang, T};

/// Which picture.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// The social card a shared link unfurls into: 1200 × 630.
    Card,
    /// The picture an embed shows where no script runs: 600 × 430 CSS pixels.
    Fallback,
}

impl Kind {
    /// Width and height, in the picture's own units (CSS pixels).
    pub fn size(self) -> (f64, f64) {
        match self {
            Kind::Card => (1200.0, 630.0),
            Kind::Fallback => (600.0, 430.0),
        }
    }
}

/// A drawn picture.
#[derive(Clone, Debug, PartialEq)]
pub struct Picture {
    pub svg: String,
    pub alt: String,
    pub width: f64,
    pub height: f64,
}

/// The sizes of one kind's parts.
struct Scale {
    pad: f64,
    title: f64,
    value: f64,
    label: f64,
    columns: usize,
    row: f64,
    chart_label: f64,
    source: f64,
    /// At most this many lines under each key result.
    label_lines: usize,
}

fn scale(kind: Kind) -> Scale {
    match kind {
        Kind::Card => Scale {
            pad: 56.0,
            title: 40.0,
            value: 44.0,
            label: 19.0,
            columns: 4,
            row: 30.0,
            chart_label: 18.0,
            source: 15.0,
            label_lines: 3,
        },
        Kind::Fallback => Scale {
            pad: 22.0,
            title: 21.0,
            value: 25.0,
            label: 12.0,
            columns: 2,
            row: 21.0,
            chart_label: 11.5,
            source: 9.5,
            label_lines: 2,
        },
    }
}

/// The finding in one sentence, with its numbers from the model, as a screen reader hears
/// them: "ByteDance’s RMB 160 billion capex for 2026 (22.7 billion US dollars) would buy about
/// 603,700 chips at 20,000 US dollars each; the US four spent 16.6 times as much in 2025."
pub fn alt(link: &Link, lang: Lang) -> String {
    let n = Plain(lang);
    let (s, o) = (&link.scenario, evaluate(&link.scenario));
    let about = (o.chips / 100.0).round() * 100.0;
    fill(
        text(lang, T::PictureAlt),
        &[
            &numbers::bn_spoken(&n, s.capex, crate::model::Currency::Cny),
            &numbers::usd_bn_in_spoken(&n, o.capex_usd, link.currency, o.rates),
            &numbers::number(&n, about, 0),
            &numbers::usd_spoken(&n, s.chip),
            &numbers::number(&n, o.bigfour_ratio, 1),
        ],
    )
}

/// The names of the sources behind the picture's numbers, each once, and the edition's date.
fn source_line(link: &Link, lang: Lang) -> String {
    let edition = link.figures();
    let set = HyperscalerSet::matching(link.scenario.hyperscalers, edition)
        .unwrap_or(HyperscalerSet::Guidance2025);
    let mut ids = vec![FigureId::CapexRmb2026, FigureId::AiProcessorsRmb2026];
    ids.push(
        crate::model::ChipModel::priced_at(link.scenario.chip, edition)
            .map_or(FigureId::H200PriceArticle, |c| c.figure()),
    );
    ids.push(FigureId::UsdCny);
    ids.extend(set.figures());
    let mut names: Vec<&str> = Vec::new();
    for id in ids {
        let source = figure(lang, edition.index(), id).map_or("", |t| t.source);
        if !source.is_empty() && !names.contains(&source) {
            names.push(source);
        }
    }
    let sources = fill(
        text(lang, T::SourcesLine),
        &[&names.join(text(lang, T::ListSeparator))],
    );
    let as_of = fill(
        text(lang, T::EditionAsOf),
        &[&numbers::Numbers::date(&Plain(lang), edition.date)],
    );
    [sources, " \u{b7} ".to_owned(), as_of].concat()
}

/// Draws a scenario (the link's figures, currency and edition) in `lang` with `palette`.
pub fn picture(link: &Link, lang: Lang, palette: &Palette, kind: Kind) -> Picture {
    let n = Plain(lang);
    let (width, height) = kind.size();
    let k = scale(kind);
    let (s, o) = (&link.scenario, evaluate(&link.scenario));
    let currency = link.currency;
    let inner = width - 2.0 * k.pad;
    let mut svg = Svg::default();
    svg.rect(0.0, 0.0, width, height, palette.bg);
    svg.rect(0.0, 0.0, width, k.pad * 0.18, palette.accent);

    // The title, on two lines at most.
    let mut y = k.pad + k.title * 0.6;
    for line in wrap(text(lang, T::Title), k.title, true, inner)
        .iter()
        .take(2)
    {
        svg.text(k.pad, y, k.title, 700, palette.fg, "start", line);
        y += k.title * 1.2;
    }

    // The key results: a value and what it is, in columns.
    let results = [
        (
            numbers::usd_bn_in(&n, o.capex_usd, currency, o.rates),
            text(lang, T::Capex2026).to_owned(),
        ),
        (
            numbers::usd_bn_in(&n, o.ai_usd, currency, o.rates),
            text(lang, T::ForAiProcessors).to_owned(),
        ),
        (
            numbers::number(&n, o.chips, 0),
            fill(text(lang, T::ChipsAt), &[&numbers::usd(&n, s.chip)]),
        ),
        (
            numbers::times(&n, o.bigfour_ratio),
            text(lang, T::BigFourTimes).to_owned(),
        ),
    ];
    let column = inner / k.columns as f64;
    y += k.value * 0.55;
    let mut block = 0.0f64;
    for (i, (value, label)) in results.iter().enumerate() {
        let (col, line) = (i % k.columns, i / k.columns);
        if col == 0 && line > 0 {
            y += block;
            block = 0.0;
        }
        let x = k.pad + column * col as f64;
        // A long amount (Italian words, euros) sets smaller rather than run into the next.
        let room = column - k.label;
        let size = (k.value * room / width_of(value, k.value, true)).min(k.value);
        svg.text(x, y + k.value, size, 700, palette.accent, "start", value);
        let mut ly = y + k.value + k.label * 1.5;
        let lines = wrap(label, k.label, false, column - k.label);
        for l in lines.iter().take(k.label_lines) {
            svg.text(x, ly, k.label, 400, palette.muted, "start", l);
            ly += k.label * 1.25;
        }
        block = block.max(ly - y + k.label * 0.6);
    }
    y += block;

    // The comparison: ByteDance and each of the US four, and the four together.
    let [m, a, z, f] = s.hyperscalers;
    let rows = [
        (text(lang, T::ByteDance2026), o.capex_usd, palette.ai),
        (text(lang, T::Microsoft), m, palette.us),
        (text(lang, T::Alphabet), a, palette.us),
        (text(lang, T::Amazon), z, palette.us),
        (text(lang, T::Meta), f, palette.us),
        (text(lang, T::CombinedFour), m + a + z + f, palette.sum),
    ];
    let shown: Vec<f64> = rows
        .iter()
        .map(|(_, usd, _)| o.rates.from_usd(*usd, currency))
        .collect();
    let label_width = inner * 0.26;
    let amounts: Vec<String> = shown
        .iter()
        .map(|v| numbers::bn(&n, *v, currency))
        .collect();
    // The bars leave room for the widest amount beside them.
    let value_width = amounts
        .iter()
        .map(|a| width_of(a, k.chart_label, true) + 8.0)
        .fold(inner * 0.2, f64::max);
    let bars = comparison(&shown, VALUE_WIDTH);
    let stretch = (inner - label_width - value_width) / (bars.width - VALUE_WIDTH);
    for (i, ((name, _, colour), row)) in rows.iter().zip(&bars.rows).enumerate() {
        let top = y + k.row * i as f64;
        let label = wrap(name, k.chart_label, false, label_width - 8.0);
        let label = label.first().map_or("", String::as_str);
        svg.text(
            k.pad,
            top + k.row * 0.62,
            k.chart_label,
            400,
            palette.fg,
            "start",
            label,
        );
        let x = k.pad + label_width;
        let bar = (row.bar.width * stretch).max(1.0);
        svg.rect(x, top + k.row * 0.18, bar, k.row * 0.62, colour);
        let amount = &amounts[i];
        svg.text(
            x + bar + 6.0,
            top + k.row * 0.64,
            k.chart_label,
            700,
            palette.fg,
            "start",
            amount,
        );
    }

    // The source line, at the foot.
    let source = source_line(link, lang);
    let lines = wrap(&source, k.source, false, inner);
    let mut sy = height - k.pad * 0.55 - k.source * 1.25 * (lines.len().min(2) as f64 - 1.0);
    for line in lines.iter().take(2) {
        svg.text(k.pad, sy, k.source, 400, palette.muted, "start", line);
        sy += k.source * 1.25;
    }

    let alt = alt(link, lang);
    Picture {
        svg: svg.finish(width, height, &alt, crate::text::locale(lang)),
        alt,
        width,
        height,
    }
}
