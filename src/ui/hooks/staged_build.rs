//! The page built in steps, so the first results reach the screen before the rest of the page
//! is built, and no single task keeps a slow phone busy for long: first what a reader looks at
//! (the inputs the story turns on and the key results), then, once that frame has been painted,
//! what lies below them, each step in a task of its own. The later steps do not wait for a
//! frame each: the browser lays out and paints when its frame is due, so several steps share
//! one layout (measured: fewer, shorter layouts and the page whole sooner). Nothing on the
//! first screen moves when a later step arrives (on a narrow screen the further assumptions
//! come in above results built before them, both well below it).

use gloo::render::request_animation_frame;
use gloo::timers::callback::Timeout;
use yew::prelude::*;

/// How far the page is built. Each step builds about a tenth of the page's elements or less
/// (measured under 4x CPU throttling, the largest had taken 80 ms when the further
/// assumptions were one step).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Stage {
    /// The inputs the story turns on and the key results.
    First,
    /// The budget breakdown.
    Results,
    /// The key figures and the chip maths.
    Figures,
    /// The comparison with the US four.
    Comparisons,
    /// Tokens, financing (and the explore page's parts).
    Context,
    /// The further assumptions: last year's capex, the order, the euro.
    Assumptions,
    /// The further assumptions: the US four's spending.
    Hyperscalers,
    /// The further assumptions: tokens.
    Tokens,
    /// Sharing, or in an article's frame the link to the full calculator.
    Sharing,
    /// The sources and the footer: the page is whole.
    Whole,
}

impl Stage {
    const ORDER: [Stage; 10] = [
        Stage::First,
        Stage::Results,
        Stage::Figures,
        Stage::Comparisons,
        Stage::Context,
        Stage::Assumptions,
        Stage::Hyperscalers,
        Stage::Tokens,
        Stage::Sharing,
        Stage::Whole,
    ];

    fn next(self) -> Option<Stage> {
        Stage::ORDER.get(self as usize + 1).copied()
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
