//! Every piece of text a reader sees, by name, in each language the page speaks: one table per
//! language (`en.rs`, `it.rs`, `zh.rs`, each one exhaustive `match`, so a key without a text
//! does not compile), the explore page's own in `explore/`, behind one lookup, [`text`]. Pure:
//! it imports nothing from the browser, so the page, the engine's worker and the build's native
//! tools (the language files, the pictures) share it. Components never hold prose of their own.
//!
//! No language is compiled into the page's wasm: the build writes each table as files
//! (`build/texts.rs`): `lang-<code>.json`, what the first step shows, loaded before the first
//! render (`static/theme.js` starts the download while the wasm arrives), and
//! `lang-<code>-later.json`, the rest with the words around every edition's figures, loaded as
//! soon as the first results are on screen. Native builds, the engine and the component tests
//! (feature `bundled-languages`) compile all three in.
//!
//! Templates take numbered slots (`{0}`, `{1}`) filled by [`fill`] with already-formatted
//! numbers, so word order can differ between languages; `tests/texts.rs` checks that every
//! language has the same slots in every template, and the style rules of each language.

#[cfg(any(not(target_arch = "wasm32"), feature = "bundled-languages"))]
mod en;
pub mod entry;
pub mod explore;
#[cfg(any(not(target_arch = "wasm32"), feature = "bundled-languages"))]
mod it;
mod keys;
mod layout;
pub mod markup;
pub mod numbers;
mod tables;
#[cfg(any(not(target_arch = "wasm32"), feature = "bundled-languages"))]
mod zh;

pub use keys::T;
pub use layout::{layout, Part, FIRST_LAYOUT, LATER_LAYOUT};
pub use tables::{
    available, figure, install, layout_of, panel, FigureTexts, Loaded, Panel, TableError,
    PER_FIGURE,
};

pub use crate::model::Lang;

/// The BCP 47 locale `Intl` formats numbers in, and the `lang` attribute.
pub fn locale(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "en",
        Lang::It => "it",
        Lang::Zh => "zh-CN",
    }
}

/// Each language's name in itself, as the language picker lists it: always in the page,
/// whichever languages' texts are.
pub fn self_name(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "English",
        Lang::It => "Italiano",
        Lang::Zh => "中文",
    }
}

/// The locale dates are written in: British English writes `25 Dec 2025`, as the story does.
pub fn date_locale(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "en-GB",
        lang => locale(lang),
    }
}

/// The text named `key` in `lang`. Where the tables are compiled in, from them; in the page,
/// from the loaded table of the key's part (the page only shows a part once it is loaded; were
/// it not, the text is empty).
pub fn text(lang: Lang, key: T) -> &'static str {
    #[cfg(any(not(target_arch = "wasm32"), feature = "bundled-languages"))]
    {
        match lang {
            Lang::En => en::text(key),
            Lang::It => it::text(key),
            Lang::Zh => zh::text(key),
        }
    }
    #[cfg(not(any(not(target_arch = "wasm32"), feature = "bundled-languages")))]
    {
        let (part, index) = key.slot();
        tables::loaded(lang, part, index)
    }
}

/// Why a typed value was not taken; slots: `{0}` (and `{1}`) the numbers it names.
pub fn error_text(lang: Lang, error: crate::model::InputError) -> &'static str {
    use crate::model::InputError as E;
    text(
        lang,
        match error {
            E::Empty => T::ErrEmpty,
            E::NotANumber => T::ErrNotANumber,
            E::TooLarge => T::ErrTooLarge,
            E::BelowMin(_) => T::ErrBelowMin,
            E::AboveMax(_) => T::ErrAboveMax,
            E::AiAboveCapex(_) => T::ErrAiAboveCapex,
            E::CapexBelowAi(_) => T::ErrCapexBelowAi,
            E::Ambiguous(..) => T::ErrAmbiguous,
        },
    )
}

/// A piece of a template: literal text, or the index of a slot to fill.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Segment<'a> {
    Text(&'a str),
    Slot(usize),
}

/// Splits a template into literal text and numbered slots: `"{0} of {1}"` gives
/// `Slot(0), Text(" of "), Slot(1)`. A brace that does not open a slot is literal text.
pub fn segments(template: &str) -> impl Iterator<Item = Segment<'_>> {
    let mut rest = template;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let slot = rest.strip_prefix('{').and_then(|after| {
            let (index, after) = after.split_once('}')?;
            Some((index.parse::<usize>().ok()?, after))
        });
        if let Some((index, after)) = slot {
            rest = after;
            return Some(Segment::Slot(index));
        }
        // Literal text up to the next brace that could open a slot (at least one character).
        let end = rest
            .char_indices()
            .skip(1)
            .find(|&(_, c)| c == '{')
            .map_or(rest.len(), |(i, _)| i);
        let (literal, after) = rest.split_at_checked(end).unwrap_or((rest, ""));
        rest = after;
        Some(Segment::Text(literal))
    })
}

/// Fills the numbered slots of a template: `fill("{0} of {1}", &["3%", "US$12 bn"])` is
/// `"3% of US$12 bn"`. A slot with no argument is left empty.
pub fn fill(template: &str, args: &[&str]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    for segment in segments(template) {
        out.push_str(match segment {
            Segment::Text(t) => t,
            Segment::Slot(i) => args.get(i).copied().unwrap_or(""),
        });
    }
    out
}
