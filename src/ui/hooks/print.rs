//! A print shows every folded section, built (`browser::print`, `ui::folded`).

use yew::prelude::*;

use crate::browser::print::on_print;
use crate::ui::folded::Fold;
use crate::ui::state::Action;

#[hook]
pub fn use_print(on_action: &Callback<Action>) {
    let on_action = on_action.clone();
    use_effect_with((), move |_| {
        let listeners = on_print(move || on_action.emit(Action::Unfold(Fold::ALL)));
        move || drop(listeners)
    });
}
