//! What the reader has typed into every field, what is wrong with it, and the last valid
//! scenario. The reader's text is never replaced by the editor; results always come from a
//! scenario in which every value is in range and the AI-processor budget fits in capex.

use super::number::{parse_number, plain_decimal, InputError};
use super::scenario::{Field, Scenario};

#[derive(Clone, Debug, PartialEq)]
pub struct Editor {
    scenario: Scenario,
    texts: [String; Field::COUNT],
    errors: [Option<InputError>; Field::COUNT],
}

impl Default for Editor {
    fn default() -> Self {
        Editor::new(Scenario::default())
    }
}

impl Editor {
    /// An editor showing `scenario`, each field's text its plain decimal.
    pub fn new(scenario: Scenario) -> Self {
        Editor {
            scenario,
            texts: Field::ALL.map(|f| plain_decimal(f.get(&scenario))),
            errors: [None; Field::COUNT],
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
            match check(f, &self.texts[f.index()]) {
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
        *self = Editor::new(scenario);
    }

    /// Sets one field to a value the reader picked from a list (a chip, a set of figures),
    /// leaving every other field's text as it is.
    pub fn pick(&mut self, field: Field, value: f64) {
        self.edit(field, &plain_decimal(value));
    }
}

/// Parses a field's text and checks it against the field's range. The value is kept to nine
/// decimal places, the precision links and exports write, so that a scenario survives a link
/// exactly (`0.04588888888` is read as `0.045888889`; the fuzz target found the difference).
pub fn check(field: Field, text: &str) -> Result<f64, InputError> {
    let v = parse_number(text)?;
    let range = field.range();
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
