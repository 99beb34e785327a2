//! An embedded page keeps its host told of its height (Datawrapper's, AMP's, Pym.js's and our
//! own messages: `browser::embed`); opened by Pym.js (`childId=` in the URL), it reports its
//! height as an embed does.

use yew::prelude::*;

use crate::browser::embed;

#[hook]
pub fn use_height_reporter(embedded: bool, id: String) {
    use_effect_with(embedded, move |&embedded| {
        let resizers = embed::Resizers::of_address();
        let reporter = (embedded || resizers.any())
            .then(|| embed::report_height(id, resizers))
            .flatten();
        move || drop(reporter)
    });
}
