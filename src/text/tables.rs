//! The language tables the page loads at run time, and the words around each edition's
//! figures. Where the tables are compiled in (native builds, the engine, the component tests)
//! every language is always available and the figures' words come from the editions
//! themselves (`model::editions::texts`).

use std::cell::RefCell;
use std::fmt;

use super::keys::T;
use super::layout::{Part, FIRST_LAYOUT, LATER_LAYOUT};
use crate::model::{FigureId, Lang};

/// The words around one figure of one edition, in one language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FigureTexts {
    /// What the figure is.
    pub what: &'static str,
    /// Who reported it.
    pub source: &'static str,
    /// What the source says.
    pub note: &'static str,
    /// Where a reader can find the source.
    pub url: &'static str,
}

/// How many strings a later table gives each figure of each edition: what, source, note, url.
pub const PER_FIGURE: usize = 4;

/// A table as the page loaded it.
pub struct Loaded {
    pub lang: Lang,
    pub part: Part,
    /// Its texts, in the order of `T::all(part)`.
    pub texts: Vec<String>,
    /// With the later part: for every edition, every figure's what, source, note and url, in
    /// that order, flat.
    pub figures: Vec<String>,
    /// With the later part: for every edition, its panels' markup (`Panel`), flat.
    pub panels: Vec<String>,
    /// The fingerprint written in the file.
    pub layout: String,
}

/// Why a loaded table was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TableError {
    /// Written for another layout of keys: another version of the page.
    Layout { expected: String, found: String },
    /// Fewer texts than the layout has keys.
    Short { expected: usize, found: usize },
}

impl fmt::Display for TableError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            TableError::Layout { expected, found } => write!(
                f,
                "the table was written for another version of the page (layout {found}; this page reads {expected})"
            ),
            TableError::Short { expected, found } => {
                write!(f, "the table has {found} texts; this page reads {expected}")
            }
        }
    }
}

/// A part's fingerprint as tables write it: 16 hex digits.
pub fn layout_of(part: Part) -> String {
    let layout = match part {
        Part::First => FIRST_LAYOUT,
        Part::Later => LATER_LAYOUT,
        Part::Explore => super::explore::EXPLORE_LAYOUT,
    };
    let mut hex = String::with_capacity(16);
    for shift in (0..16).rev() {
        let digit = ((layout >> (shift * 4)) & 0xf) as u8;
        hex.push(char::from(if digit < 10 {
            b'0' + digit
        } else {
            b'a' + digit - 10
        }));
    }
    hex
}

/// One loaded table's texts, kept for the page's life.
struct Table {
    lang: Lang,
    part: Part,
    texts: &'static [&'static str],
    #[cfg_attr(
        any(not(target_arch = "wasm32"), feature = "bundled-languages"),
        allow(dead_code)
    )]
    figures: &'static [&'static str],
    #[allow(dead_code)]
    panels: &'static [&'static str],
}

thread_local! {
    /// Tables loaded at run time. A reader who switches back and forth loads each once.
    static TABLES: RefCell<Vec<Table>> = const { RefCell::new(Vec::new()) };
}

fn bundled() -> bool {
    cfg!(any(
        not(target_arch = "wasm32"),
        feature = "bundled-languages"
    ))
}

/// Whether a part of `lang`'s texts is in the page: once installed, or always where the tables
/// are compiled in.
pub fn available(lang: Lang, part: Part) -> bool {
    bundled() || TABLES.with(|t| t.borrow().iter().any(|t| t.lang == lang && t.part == part))
}

/// Takes in a loaded table, if its layout is this page's. Leaked on purpose: a language's texts
/// live as long as the page.
pub fn install(table: Loaded) -> Result<(), TableError> {
    let expected = layout_of(table.part);
    if table.layout != expected {
        return Err(TableError::Layout {
            expected,
            found: table.layout,
        });
    }
    let keys = match table.part {
        Part::Explore => super::explore::X::all().len(),
        part => T::all(part).len(),
    };
    if table.texts.len() < keys {
        return Err(TableError::Short {
            expected: keys,
            found: table.texts.len(),
        });
    }
    let leak = |list: Vec<String>| -> &'static [&'static str] {
        let texts: Vec<&'static str> = list
            .into_iter()
            .map(|t| &*Box::leak(t.into_boxed_str()))
            .collect();
        Box::leak(texts.into_boxed_slice())
    };
    let entry = Table {
        lang: table.lang,
        part: table.part,
        texts: leak(table.texts),
        figures: leak(table.figures),
        panels: leak(table.panels),
    };
    TABLES.with(|t| t.borrow_mut().push(entry));
    Ok(())
}

/// The text at `index` of a loaded part, or empty.
#[allow(dead_code)]
pub(super) fn loaded(lang: Lang, part: Part, index: usize) -> &'static str {
    TABLES.with(|t| {
        t.borrow()
            .iter()
            .find(|t| t.lang == lang && t.part == part)
            .and_then(|t| t.texts.get(index).copied())
            .unwrap_or("")
    })
}

/// The words around a figure of an edition (by its position in `editions::all()`), in
/// `lang`: from the editions where texts are compiled in, else from the loaded later table.
pub fn figure(lang: Lang, edition_index: usize, id: FigureId) -> Option<FigureTexts> {
    #[cfg(any(not(target_arch = "wasm32"), feature = "bundled-languages"))]
    {
        use crate::model::editions::texts;
        let t = texts::of(edition_index, id)?;
        let l = texts::slot(lang);
        Some(FigureTexts {
            what: t.what[l],
            source: t.source[l],
            note: t.note[l],
            url: t.url,
        })
    }
    #[cfg(not(any(not(target_arch = "wasm32"), feature = "bundled-languages")))]
    {
        let at = (edition_index * FigureId::COUNT + id.index()) * PER_FIGURE;
        match later(lang, |t| t.figures)?.get(at..at + PER_FIGURE)? {
            &[what, source, note, url] => Some(FigureTexts {
                what,
                source,
                note,
                url,
            }),
            _ => None,
        }
    }
}

/// A panel written as markup at build time (`text::markup`), in the order the later table
/// gives each edition's.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Panel {
    Sources,
    Financing,
}

impl Panel {
    pub const ALL: [Panel; 2] = [Panel::Sources, Panel::Financing];

    /// The panel's markup for an edition, natively.
    #[cfg(any(not(target_arch = "wasm32"), feature = "bundled-languages"))]
    pub fn write(self, lang: Lang, edition: &crate::model::Edition) -> String {
        match self {
            Panel::Sources => super::markup::sources(lang, edition),
            Panel::Financing => super::markup::financing(lang, edition),
        }
    }
}

/// A panel's markup for an edition (by its position in `editions::all()`), in `lang`:
/// written on the spot where texts are compiled in, else from the loaded later table.
pub fn panel(
    lang: Lang,
    edition_index: usize,
    which: Panel,
) -> Option<std::borrow::Cow<'static, str>> {
    #[cfg(any(not(target_arch = "wasm32"), feature = "bundled-languages"))]
    {
        let edition = crate::model::editions::all().get(edition_index)?;
        Some(std::borrow::Cow::Owned(which.write(lang, edition)))
    }
    #[cfg(not(any(not(target_arch = "wasm32"), feature = "bundled-languages")))]
    {
        let at = edition_index * Panel::ALL.len() + which as usize;
        later(lang, |t| t.panels)?
            .get(at)
            .map(|p| std::borrow::Cow::Borrowed(*p))
    }
}

/// A list of the loaded later table of `lang`, if it is there.
#[cfg(not(any(not(target_arch = "wasm32"), feature = "bundled-languages")))]
fn later(
    lang: Lang,
    list: fn(&Table) -> &'static [&'static str],
) -> Option<&'static [&'static str]> {
    TABLES.with(|t| {
        t.borrow()
            .iter()
            .find(|t| t.lang == lang && t.part == Part::Later)
            .map(list)
    })
}
