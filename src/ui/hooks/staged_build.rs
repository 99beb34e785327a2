//! The page built in steps, so the first results reach the screen before the rest of the page
//! is built, and no single task keeps a slow phone busy for long: first what a reader looks at
//! (the inputs the story turns on and the key results), then, once that frame has been painted,
//! what lies below them, each step in a task of its own. The later steps do not wait for a
//! frame each: the browser lays out and paints when its frame is due, so several steps share
//! one layout (measured: fewer, shorter layouts and the page whole sooner). Nothing already
//! built moves when a later step arrives.

use gloo::render::request_animation_frame;
use gloo::timers::callback::Timeout;
use yew::prelude::*;

/// How far the page is built.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Stage {
    /// The inputs the story turns on and the key results.
    First,
    /// The budget breakdown, the key figures and the chip maths.
    Results,
    /// The comparison with the US four, tokens, financing (and the explore page's parts).
    Comparisons,
    /// The further assumptions.
    Assumptions,
    /// Sharing, or in an article's frame the link to the full calculator.
    Sharing,
    /// The sources and the footer: the page is whole.
    Whole,
}

impl Stage {
    fn next(self) -> Option<Stage> {
        Some(match self {
            Stage::First => Stage::Results,
            Stage::Results => Stage::Comparisons,
            Stage::Comparisons => Stage::Assumptions,
            Stage::Assumptions => Stage::Sharing,
            Stage::Sharing => Stage::Whole,
            Stage::Whole => return None,
        })
    }
}

/// The step the page has reached. Each later step is built in a new task: the second after
/// the first step's frame is painted, the rest straight after the one before; past the first,
/// only once `may_go_on` (the later texts are in).
#[hook]
pub fn use_staged_build(may_go_on: bool) -> Stage {
    let stage = use_state(|| Stage::First);
    let built = *stage;
    use_effect_with((built, may_go_on), move |&(built, may_go_on)| {
        let frame = built.next().filter(|_| may_go_on).and_then(|next| {
            let build = move || {
                Timeout::new(0, move || stage.set(next)).forget();
            };
            if built != Stage::First {
                build();
                return None;
            }
            Some(request_animation_frame(move |_| build()))
        });
        move || drop(frame)
    });
    built
}
