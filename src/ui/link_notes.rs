//! What the page could not use from the link it was opened with, or from storage.

use std::rc::Rc;

use yew::prelude::*;

use super::Formatter;
use crate::browser::Start;
use crate::model::{Note, NoteReason};
use crate::text::{fill, text, T};

#[derive(Properties, PartialEq)]
pub struct LinkNotesProps {
    pub start: Rc<Start>,
    pub fmt: Rc<Formatter>,
}

/// A value from a link, shortened so a garbage link cannot flood the page.
fn shown(value: &str) -> String {
    const MAX: usize = 40;
    match value.char_indices().nth(MAX) {
        Some((end, _)) => [value.get(..end).unwrap_or(value), "\u{2026}"].concat(),
        None => value.to_owned(),
    }
}

fn note_text(fmt: &Formatter, note: &Note) -> String {
    let lang = fmt.lang();
    let value = shown(&note.value);
    match note.reason {
        NoteReason::Invalid(error) => fill(
            text(lang, T::NoteInvalid),
            &[&note.param, &value, &fmt.error(error, 1.0)],
        ),
        NoteReason::UnknownValue => fill(text(lang, T::NoteUnknownValue), &[&note.param, &value]),
        NoteReason::UnsupportedVersion => fill(text(lang, T::NoteVersion), &[&note.param, &value]),
        NoteReason::UnknownEdition => fill(text(lang, T::NoteEdition), &[&note.param, &value]),
        #[cfg(feature = "explore")]
        NoteReason::Range(e) => {
            use crate::model::ranges::RangeError;
            use crate::text::explore::X;
            let why = match e {
                RangeError::End(error) => fmt.error(error, 1.0),
                RangeError::LowAboveHigh => fmt.x(X::RangeLowAboveHigh).to_owned(),
                RangeError::TouchesZero => fmt.x(X::RangeTouchesZero).to_owned(),
            };
            fill(fmt.x(X::NoteRange), &[&note.param, &value, &why])
        }
    }
}

/// The notes the page opened with: what the link or storage could not give, and what was
/// restored, each a line with its `data-testid`.
#[component]
pub fn LinkNotes(props: &LinkNotesProps) -> Html {
    let (start, fmt) = (&props.start, &props.fmt);
    let lang = fmt.lang();
    let notes = &start.decoded.notes;
    let mut lines: Vec<(&'static str, String)> = Vec::new();
    if start.storage_ignored {
        lines.push(("storage-note", text(lang, T::StorageIgnored).to_owned()));
    }
    if let Some(wanted) = start.lang_unavailable {
        let line = fill(
            text(lang, T::LangUnavailableAtStart),
            &[crate::text::self_name(wanted)],
        );
        lines.push(("lang-note", line));
    }
    if start.restored {
        lines.push((
            "storage-restored",
            text(lang, T::StorageRestored).to_owned(),
        ));
    }
    if notes.is_empty() && lines.is_empty() {
        return Html::default();
    }
    html! {
        <div class="notes" role="status">
            if !notes.is_empty() {
                <p>{ text(lang, T::NotesHeading) }</p>
                <ul data-testid="url-notes">
                    for note in notes.iter() {
                        <li data-testid={["url-note-", note.param.as_str()].concat()}>{ note_text(fmt, note) }</li>
                    }
                </ul>
            }
            for (testid, line) in lines {
                <p data-testid={testid}>{ line }</p>
            }
        </div>
    }
}
