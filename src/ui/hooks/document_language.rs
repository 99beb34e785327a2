//! The document's language, title and description follow the page's (screen readers and
//! search engines read them).

use yew::prelude::*;

use crate::browser::document;
use crate::model::Lang;
use crate::text::{locale, text, T};

#[hook]
pub fn use_document_language(lang: Lang) {
    use_effect_with(lang, |&lang| {
        document::set_language(
            locale(lang),
            text(lang, T::Title),
            text(lang, T::Description),
        );
    });
}
