//! What the reader has typed into every field, what is wrong with it, and the last valid
//! scenario. The reader's text is never replaced by the editor; results always come from a
//! scenario in which every value is in range and the AI-processor budget fits in capex.

use super::field::Field;
use super::number::{parse_number, InputError, Notation};
use super::scenario::Scenario;

/// How a reader writes the fields' numbers: their notation, and whether amounts in billions are
/// written in 亿 (a hundred million; ten to a billion), as Chinese readers count them: RMB
/// 160 bn is 1,600 亿元.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Writing {
    pub notation: Notation,
    pub yi: bool,
}

impl Writing {
    /// Links, storage and exports: the fields' own units, `Notation::LINK`.
    pub const LINK: Writing = Writing {
        notation: Notation::LINK,
        yi: false,
    };

    /// How many of the units the reader writes make one of the field's own: 10 for an amount
    /// in billions written in 亿, else 1.
    pub fn scale(self, field: Field) -> f64 {
        if self.yi && field.in_billions() {
            10.0
        } else {
            1.0
        }
    }

    /// A field's value as the reader writes it: `7,04` in Italian, `1600` (亿元) in Chinese for
    /// RMB 160 bn.
    pub fn show(self, field: Field, value: f64) -> String {
        self.notation.plain(value * self.scale(field))
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Editor {
    scenario: Scenario,
    writing: Writing,
    texts: [String; Field::COUNT],
    errors: [Option<InputError>; Field::COUNT],
}

impl Default for Editor {
    fn default() -> Self {
        Editor::new(Scenario::default(), Writing::LINK)
    }
}

impl Editor {
    /// An editor showing `scenario`, each field's text its value as the reader writes it.
    pub fn new(scenario: Scenario, writing: Writing) -> Self {
        Editor {
            scenario,
            writing,
            texts: Field::ALL.map(|f| writing.show(f, f.get(&scenario))),
            errors: [None; Field::COUNT],
        }
    }

    /// How the reader writes numbers here.
    pub fn writing(&self) -> Writing {
        self.writing
    }

    /// The reader now writes numbers another way (they switched language): every field whose
    /// text is valid shows its value the new way; a text not yet valid stays as typed.
    pub fn set_writing(&mut self, writing: Writing) {
        self.writing = writing;
        for f in Field::ALL {
            if self.errors[f.index()].is_none() {
                self.texts[f.index()] = writing.show(f, f.get(&self.scenario));
            }
        }
    }

    /// The last valid scenario: the one results come from.
    pub fn scenario(&self) -> &Scenario {
        &self.scenario
    }

    /// What the field shows: the reader's own text.
    pub fn text(&self, field: Field) -> &str {
        &self.texts[field.index()]
    }

    /// Why the field's text is not in the scenario, if it is not.
    pub fn error(&self, field: Field) -> Option<InputError> {
        self.errors[field.index()]
    }

    pub fn has_errors(&self) -> bool {
        self.errors.iter().any(Option::is_some)
    }

    /// The reader typed `text` into `field` (or moved its slider to it). Every field is
    /// checked again, since fixing one field can make another one valid (capex raised above a
    /// pending AI-processor budget).
    pub fn edit(&mut self, field: Field, text: &str) {
        text.clone_into(&mut self.texts[field.index()]);
        let mut next = self.scenario;
        for f in Field::ALL {
            match check(f, &self.texts[f.index()], self.writing) {
                Ok(v) => {
                    f.set(&mut next, v);
                    self.errors[f.index()] = None;
                }
                Err(e) => self.errors[f.index()] = Some(e),
            }
        }
        // The one rule between fields. The field just edited takes the blame first; if the
        // other one was pending too, it reverts as well, and the last valid pair (which obeyed
        // the rule) is back.
        let (first, second) = if field == Field::Capex {
            (Field::Capex, Field::Ai)
        } else {
            (Field::Ai, Field::Capex)
        };
        for f in [first, second] {
            if next.ai > next.capex {
                self.errors[f.index()] = Some(match f {
                    Field::Capex => InputError::CapexBelowAi(next.ai),
                    _ => InputError::AiAboveCapex(next.capex),
                });
                f.set(&mut next, f.get(&self.scenario));
            }
        }
        self.scenario = next;
    }

    /// Shows `scenario` in every field, dropping pending errors: for a reset, a preset or a
    /// chip picked from the list. Keeps nothing of what was typed, by the reader's own choice.
    pub fn load(&mut self, scenario: Scenario) {
        *self = Editor::new(scenario, self.writing);
    }

    /// Sets one field to a value (in the field's own unit) the reader picked from a list (a
    /// chip, a set of figures) or with its slider, leaving every other field's text as it is.
    pub fn pick(&mut self, field: Field, value: f64) {
        self.edit(field, &self.writing.show(field, value));
    }
}

/// Parses a field's text as `writing` writes it and checks it against the field's range, in
/// the field's own unit. A text that reads as two numbers is taken as the one that fits the
/// range, if only one does; if both do, the reader is asked. The value is kept to nine decimal
/// places, the precision links and exports write, so that a scenario survives a link exactly
/// (`0.04588888888` is read as `0.045888889`; the fuzz target found the difference).
///
/// `check(Field::Chip, "27,000", italian)` is `Ok(27000.0)`: 27 is below the minimum price.
pub fn check(field: Field, text: &str, writing: Writing) -> Result<f64, InputError> {
    let scale = writing.scale(field);
    let range = field.range();
    let fits = |v: f64| (range.min..=range.max).contains(&(v / scale));
    let v = match parse_number(text, writing.notation) {
        Err(InputError::Ambiguous(a, b)) => match (fits(a), fits(b)) {
            (true, false) => a,
            (false, true) => b,
            (true, true) => return Err(InputError::Ambiguous(a, b)),
            (false, false) => a,
        },
        other => other?,
    } / scale;
    if v < range.min {
        Err(InputError::BelowMin(range.min))
    } else if v > range.max {
        Err(InputError::AboveMax(range.max))
    } else {
        Ok(to_nine_decimals(v))
    }
}

/// Rounds to nine decimal places: `k / 1e9` is the double nearest the decimal `k`e-9, which is
/// what reading `plain_decimal`'s output gives back.
fn to_nine_decimals(v: f64) -> f64 {
    (v * 1e9).round() / 1e9
}
