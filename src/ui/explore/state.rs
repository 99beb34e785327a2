//! The explore build's part of the page's state: the inputs given as ranges (what the reader
//! typed for each end, and the last valid range), the draws' seed, and a pinned scenario.
//!
//! One rule ties it to the editor: a range holds while its field shows the range's median.
//! Whatever sets the field to another single value (a picked chip, a point preset, a host's
//! `set`) ends the range, so no range ever hides behind a value it does not produce.

use crate::model::ranges::{Dist, RangeError, Ranges, Spread};
use crate::model::{check, Edition, Editor, Field, Link, Preset, Scenario, Writing};

/// One input's range as the reader edits it: the two texts as typed, the distribution, and
/// what is wrong with them (while something is, the last valid range stays applied).
#[derive(Clone, Debug, PartialEq)]
pub struct Draft {
    pub low: String,
    pub high: String,
    pub dist: Dist,
    pub error: Option<RangeError>,
    /// Which end the error is about: `true` for the high end.
    pub error_at_high: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Explore {
    /// The ranges results are drawn with: each one valid.
    pub ranges: Ranges,
    /// The fields shown as ranges, with what the reader typed.
    drafts: [Option<Draft>; Field::COUNT],
    pub seed: u64,
    pub pinned: Option<Scenario>,
}

impl Default for Explore {
    fn default() -> Self {
        Explore {
            ranges: Ranges::default(),
            drafts: Default::default(),
            seed: Link::default().seed,
            pinned: None,
        }
    }
}

/// What a reader does with ranges, the draws and the comparison.
#[derive(Clone, Debug, PartialEq)]
pub enum ExploreAction {
    /// Switched a field between one value and a range.
    Toggle(Field),
    /// Typed the low end of a field's range.
    Low(Field, String),
    High(Field, String),
    Dist(Field, Dist),
    /// New draws: the next seed.
    Redraw,
    /// Pinned the scenario on screen as A.
    Pin,
    Unpin,
}

impl Explore {
    /// What a link asks for: its ranges (each end written the reader's way), seed and pin.
    pub fn from_link(link: &Link, writing: Writing) -> Explore {
        let mut explore = Explore {
            ranges: link.ranges,
            seed: link.seed,
            pinned: link.pinned,
            ..Explore::default()
        };
        for (field, spread) in link.ranges.fields() {
            explore.drafts[field.index()] = Some(draft(field, spread, writing));
        }
        explore
    }

    /// Ranges, seed and pin into the link the page writes.
    pub fn into_link(&self, link: &mut Link) {
        link.ranges = self.ranges;
        link.seed = self.seed;
        link.pinned = self.pinned;
    }

    pub fn draft(&self, field: Field) -> Option<&Draft> {
        self.drafts[field.index()].as_ref()
    }

    /// A preset's ranges, or none for a preset of single values.
    pub fn load_preset(&mut self, preset: Preset, edition: &Edition, writing: Writing) {
        let pinned = self.pinned;
        *self = Explore::from_link(
            &Link {
                ranges: preset.ranges(edition),
                seed: self.seed,
                pinned,
                ..Link::default()
            },
            writing,
        );
    }

    /// Back to single values everywhere; the seed and the pin stay.
    pub fn clear(&mut self) {
        self.ranges = Ranges::default();
        self.drafts = Default::default();
    }

    /// The reader writes numbers another way: valid ends are shown the new way.
    pub fn set_writing(&mut self, writing: Writing) {
        for (field, spread) in self.ranges.fields() {
            if let Some(d) = &mut self.drafts[field.index()] {
                if d.error.is_none() {
                    *d = draft(field, spread, writing);
                }
            }
        }
    }

    /// Ends every range whose field no longer shows its median: something set the field to
    /// another single value.
    pub fn follow(&mut self, scenario: &Scenario) {
        for field in Field::ALL {
            if let Some(spread) = self.ranges.get(field) {
                let value = field.get(scenario);
                let median = spread.median();
                if (value - median).abs() > 1e-9 * median.abs().max(1.0) {
                    self.ranges.set(field, None);
                    self.drafts[field.index()] = None;
                }
            }
        }
    }

    /// Applies an action; the editor's field follows a range's median.
    pub fn reduce(&mut self, action: ExploreAction, editor: &mut Editor, edition: &Edition) {
        let writing = editor.writing();
        match action {
            ExploreAction::Toggle(field) => {
                if self.drafts[field.index()].is_some() {
                    self.ranges.set(field, None);
                    self.drafts[field.index()] = None;
                } else {
                    let spread = starting_range(field, field.get(editor.scenario()), edition);
                    self.drafts[field.index()] = Some(draft(field, spread, writing));
                    self.apply(field, editor);
                }
            }
            ExploreAction::Low(field, text) => {
                if let Some(d) = &mut self.drafts[field.index()] {
                    d.low = text;
                    self.apply(field, editor);
                }
            }
            ExploreAction::High(field, text) => {
                if let Some(d) = &mut self.drafts[field.index()] {
                    d.high = text;
                    self.apply(field, editor);
                }
            }
            ExploreAction::Dist(field, dist) => {
                if let Some(d) = &mut self.drafts[field.index()] {
                    d.dist = dist;
                    self.apply(field, editor);
                }
            }
            ExploreAction::Redraw => self.seed = self.seed.wrapping_add(1),
            ExploreAction::Pin => self.pinned = Some(*editor.scenario()),
            ExploreAction::Unpin => self.pinned = None,
        }
    }

    /// Checks a field's draft; if it is a valid range, it is applied and the field shows its
    /// median. If not, the draft keeps the error and the last valid range stays.
    fn apply(&mut self, field: Field, editor: &mut Editor) {
        let Some(d) = &mut self.drafts[field.index()] else {
            return;
        };
        let writing = editor.writing();
        let low = check(field, &d.low, writing);
        let high = check(field, &d.high, writing);
        let checked = match (low, high) {
            (Err(e), _) => Err((RangeError::End(e), false)),
            (_, Err(e)) => Err((RangeError::End(e), true)),
            (Ok(l), Ok(h)) => Spread::checked(field, l, h, d.dist).map_err(|e| (e, false)),
        };
        match checked {
            Ok(spread) => {
                d.error = None;
                self.ranges.set(field, Some(spread));
                editor.pick(field, spread.median());
            }
            Err((e, at_high)) => {
                d.error = Some(e);
                d.error_at_high = at_high;
            }
        }
    }
}

fn draft(field: Field, spread: Spread, writing: Writing) -> Draft {
    Draft {
        low: writing.show(field, spread.low),
        high: writing.show(field, spread.high),
        dist: spread.dist,
        error: None,
        error_at_high: false,
    }
}

/// The range a field starts with when the reader switches it on: where the sources disagree,
/// from one source's figure to the other's; else a tenth either side of its value, on the
/// slider's steps and within the field's bounds (bounds, uniform, for a value of zero).
fn starting_range(field: Field, value: f64, edition: &Edition) -> Spread {
    if let Some(spread) = Preset::SourcesDisagree.ranges(edition).get(field) {
        if (spread.low..=spread.high).contains(&value) {
            return spread;
        }
    }
    let r = field.range();
    let on_step = |v: f64| ((v / r.step).round() * r.step).clamp(r.min, r.max);
    let (low, high) = (on_step(value * 0.9), on_step(value * 1.1));
    let dist = if low > 0.0 {
        Dist::Lognormal
    } else {
        Dist::Uniform
    };
    Spread::checked(field, low, high.max(low), dist).unwrap_or(Spread {
        low: value,
        high: value,
        dist: Dist::Uniform,
    })
}
