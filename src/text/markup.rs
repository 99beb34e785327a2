//! The panels that change only with the language and the edition, written as markup once, at
//! build time, into the later table (`build/texts.rs`): the sources panel (every figure with
//! its value, source, date and confidence; what changed in the newest edition) and the
//! financing panel. The page shows that markup as it is; it builds no element of them, so the
//! sources' hundred-odd cells cost it neither bytes nor main-thread time. Every text is
//! escaped here; nothing a reader, a link or a host page supplies is ever part of it.

use std::fmt::Write as _;

use super::numbers::{self, Numbers, Plain};
use super::{figure, fill, text, Lang, T};
use crate::model::{editions, Currency, Edition, FigureId};

/// Text as HTML and XML write it.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}

/// "Sources: Financial Times, Dec 2025; Sifma, 2025": each source of `ids` once, with its date.
pub fn source_line(lang: Lang, edition: &Edition, ids: &[FigureId]) -> String {
    let n = Plain(lang);
    let mut seen: Vec<String> = Vec::new();
    for &id in ids {
        let source = figure(lang, edition.index(), id).map_or("", |t| t.source);
        let item = fill(
            text(lang, T::SourceDated),
            &[source, &n.date(edition.figure(id).when)],
        );
        if !seen.contains(&item) {
            seen.push(item);
        }
    }
    fill(
        text(lang, T::SourcesLine),
        &[&seen.join(text(lang, T::ListSeparator))],
    )
}

/// The sources panel's body for an edition: its introduction, what changed if it is not the
/// newest, and the table of every figure.
pub fn sources(lang: Lang, edition: &Edition) -> String {
    let n = Plain(lang);
    let mut out = String::new();
    let _ = write!(out, "<p>{}</p>", escape(text(lang, T::SourcesIntro)));
    let latest = editions::latest();
    if latest.id != edition.id {
        out.push_str(&changes(lang, edition, latest));
    }
    out.push_str("<div class=\"table-wrap\"><table><thead><tr>");
    for column in [
        T::ColFigure,
        T::ColValue,
        T::ColSource,
        T::ColDate,
        T::ColConfidence,
    ] {
        let _ = write!(out, "<th scope=\"col\">{}</th>", escape(text(lang, column)));
    }
    out.push_str("</tr></thead><tbody>");
    for f in &edition.figures {
        let Some(t) = figure(lang, edition.index(), f.id) else {
            continue;
        };
        let _ = write!(
            out,
            "<tr><th scope=\"row\">{}</th><td class=\"num\">{}</td><td><a href=\"{}\" rel=\"noopener noreferrer\" target=\"_blank\">{}</a><span class=\"note\">{}</span></td><td>{}</td><td>{}</td></tr>",
            escape(t.what),
            escape(&numbers::figure(&n, f)),
            escape(t.url),
            escape(t.source),
            escape(t.note),
            escape(&n.date(f.when)),
            escape(text(lang, T::Confidence(f.confidence))),
        );
    }
    out.push_str("</tbody></table></div>");
    out
}

/// Each figure a newer edition changed, with its old and new value and both sources: "ByteDance
/// capex 2026: RMB 160 bn (Financial Times, Dec 2025) → RMB 200 bn (Secondary reports, 2026)".
pub fn changes(lang: Lang, old: &Edition, new: &Edition) -> String {
    let n = Plain(lang);
    let side = |edition: &Edition, id: FigureId| {
        let f = edition.figure(id);
        let source = figure(lang, edition.index(), id).map_or("", |t| t.source);
        let dated = fill(text(lang, T::SourceDated), &[source, &n.date(f.when)]);
        (numbers::figure(&n, f), dated)
    };
    let heading = fill(text(lang, T::WhatChanged), &[&n.date(new.date)]);
    let mut out = format!(
        "<div class=\"what-changed\"><h3>{}</h3><ul data-testid=\"what-changed\">",
        escape(&heading)
    );
    for id in new.changed_since(old) {
        let (was, was_source) = side(old, id);
        let (now, now_source) = side(new, id);
        let what = figure(lang, new.index(), id).map_or("", |t| t.what);
        let item = fill(
            text(lang, T::ChangedFigure),
            &[what, &was, &was_source, &now, &now_source],
        );
        let _ = write!(
            out,
            "<li data-figure=\"{}\">{}</li>",
            id.slug(),
            escape(&item)
        );
    }
    out.push_str("</ul></div>");
    out
}

/// The financing panel for an edition: the 2025 bond figures, the AI-related share of
/// issuance, and their sources.
pub fn financing(lang: Lang, edition: &Edition) -> String {
    let n = Plain(lang);
    let trn = |id| numbers::bn(&n, edition.value(id), Currency::Usd);
    let body = fill(
        text(lang, T::FinancingText),
        &[
            &trn(FigureId::IgBonds2025),
            &trn(FigureId::IgBonds2020),
            &numbers::percent(&n, edition.value(FigureId::AiShareOfIgIssuance)),
        ],
    );
    let sources = source_line(
        lang,
        edition,
        &[
            FigureId::IgBonds2025,
            FigureId::IgBonds2020,
            FigureId::AiShareOfIgIssuance,
        ],
    );
    format!(
        "<h3 id=\"h-financing\">{}</h3><p>{}</p><p class=\"source\">{}</p>",
        escape(text(lang, T::Financing)),
        escape(&body),
        escape(&sources)
    )
}
