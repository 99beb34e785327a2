//! The page's one piece of state and the actions that change it. The reducer only updates
//! the state; results are derived from it, and effects (URL, storage) follow in the App.

use std::rc::Rc;

use yew::Reducible;

use crate::browser::Start;
use crate::model::{
    editions, ChipModel, Currency, Edition, Editor, Field, HyperscalerSet, Lang, Link, Preset,
    Scenario,
};

#[derive(Clone, Debug, PartialEq, Default)]
pub struct AppState {
    pub editor: Editor,
    pub currency: Currency,
    /// The language the page speaks; the editor reads and writes numbers its way.
    pub lang: Lang,
    /// The edition whose figures the fields the reader has not changed show.
    pub edition: u16,
    /// The page follows the newest edition (an embed with `edition=latest`).
    pub follow_latest: bool,
    /// How the page was opened (embedded, theme, id): fixed for the page's life, and carried
    /// into the links it writes.
    pub opened_as: Link,
    /// The folded sections whose content is built (`folded::Fold`, one bit each): each on
    /// its first opening, every one for a print.
    pub unfolded: u8,
    /// Ranges, the draws' seed and a pinned scenario (the explore build's).
    #[cfg(feature = "explore")]
    pub explore: super::explore::Explore,
}

impl AppState {
    pub fn new(start: &Start) -> Self {
        let link = &start.decoded.link;
        AppState {
            editor: Editor::new(link.scenario, start.lang.writing()),
            currency: link.currency,
            lang: start.lang,
            edition: link.edition,
            follow_latest: link.follow_latest,
            opened_as: link.clone(),
            unfolded: 0,
            #[cfg(feature = "explore")]
            explore: super::explore::Explore::from_link(link, start.lang.writing()),
        }
    }

    /// The edition on screen.
    pub fn edition(&self) -> &'static Edition {
        editions::get(self.edition).unwrap_or_else(editions::latest)
    }

    /// The link that reproduces what the reader sees.
    pub fn link(&self) -> Link {
        #[allow(unused_mut)]
        let mut link = Link {
            edition: self.edition,
            follow_latest: self.follow_latest,
            scenario: *self.editor.scenario(),
            currency: self.currency,
            lang: Some(self.lang),
            ..self.opened_as.clone()
        };
        #[cfg(feature = "explore")]
        self.explore.into_link(&mut link);
        link
    }
}

/// Everything a reader can do.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Typed into a field.
    Edit(Field, String),
    /// Moved a field's slider to a value, in the field's own unit.
    Slide(Field, f64),
    /// Picked a chip: sets the price per chip.
    PickChip(ChipModel),
    /// Picked a set of hyperscaler figures.
    PickHyperscalers(HyperscalerSet),
    /// Picked a named scenario: every field shows it.
    PickPreset(Preset),
    SetCurrency(Currency),
    /// Switched language: the page speaks it, and fields show their numbers its way.
    SetLang(Lang),
    /// Back to the edition's figures.
    Reset,
    /// The same changes on the newest edition's figures.
    OpenNewest,
    /// A whole scenario at once (a host page's `set`): its figures, currency and language.
    Apply(Box<Link>),
    /// Folded sections opened (a bit each, `folded::Fold`): their content is built from now on.
    Unfold(u8),
    /// Ranges, new draws, the comparison (the explore build's).
    #[cfg(feature = "explore")]
    Explore(super::explore::ExploreAction),
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        let edition = self.edition();
        match action {
            Action::Unfold(bits) => {
                if self.unfolded & bits == bits {
                    return self;
                }
                next.unfolded |= bits;
            }
            Action::Edit(field, text) => {
                if self.editor.text(field) == text {
                    return self;
                }
                next.editor.edit(field, &text);
            }
            Action::Slide(field, value) => next.editor.pick(field, value),
            Action::PickChip(chip) => next.editor.pick(Field::Chip, chip.price(edition)),
            Action::PickHyperscalers(set) => {
                let fields = [
                    Field::Microsoft,
                    Field::Alphabet,
                    Field::Amazon,
                    Field::Meta,
                ];
                for (field, value) in fields.into_iter().zip(set.values(edition)) {
                    next.editor.pick(field, value);
                }
            }
            Action::PickPreset(preset) => {
                next.editor.load(preset.scenario(edition));
                #[cfg(feature = "explore")]
                next.explore
                    .load_preset(preset, edition, next.editor.writing());
            }
            Action::SetCurrency(currency) => next.currency = currency,
            Action::SetLang(lang) => {
                next.lang = lang;
                next.editor.set_writing(lang.writing());
                #[cfg(feature = "explore")]
                next.explore.set_writing(lang.writing());
            }
            Action::Reset => {
                next.editor.load(Scenario::of(edition));
                #[cfg(feature = "explore")]
                next.explore.clear();
            }
            Action::OpenNewest => {
                let rebased = self.link().rebased(editions::latest());
                next.edition = rebased.edition;
                next.editor.load(rebased.scenario);
                #[cfg(feature = "explore")]
                {
                    next.explore.pinned = rebased.pinned;
                }
            }
            Action::Apply(link) => {
                let link = *link;
                next.currency = link.currency;
                next.edition = link.edition;
                next.follow_latest = link.follow_latest;
                if let Some(lang) = link.lang {
                    next.lang = lang;
                    next.editor.set_writing(lang.writing());
                }
                next.editor.load(link.scenario);
                #[cfg(feature = "explore")]
                {
                    next.explore = super::explore::Explore::from_link(&link, next.editor.writing());
                }
            }
            #[cfg(feature = "explore")]
            Action::Explore(action) => next.explore.reduce(action, &mut next.editor, edition),
        }
        // A range holds only while its field shows its median.
        #[cfg(feature = "explore")]
        {
            let scenario = *next.editor.scenario();
            next.explore.follow(&scenario);
        }
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}
