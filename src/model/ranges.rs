//! Inputs as ranges rather than single values: what a range is, how a link writes it, and its
//! middle. The draws themselves are `uncertainty.rs`'s (the explore build's); this part is in
//! every build, since every build reads links.

use super::field::Field;
use super::number::InputError;
use super::scenario::Scenario;

/// How a range's values are spread.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Hash)]
pub enum Dist {
    /// Low and high are the 5th and 95th percentiles of a lognormal: the default, since every
    /// input is a positive quantity and uncertainty about one is usually relative.
    #[default]
    Lognormal,
    /// Low and high are the 5th and 95th percentiles of a normal.
    Normal,
    /// Low and high are the bounds; every value between equally likely.
    Uniform,
    /// Low and high are the bounds; the middle most likely.
    Triangular,
}

impl Dist {
    pub const ALL: [Dist; 4] = [
        Dist::Lognormal,
        Dist::Normal,
        Dist::Uniform,
        Dist::Triangular,
    ];

    /// The contract name (`chip_dist=normal`).
    pub fn name(self) -> &'static str {
        match self {
            Dist::Lognormal => "lognormal",
            Dist::Normal => "normal",
            Dist::Uniform => "uniform",
            Dist::Triangular => "triangular",
        }
    }

    pub fn from_name(name: &str) -> Option<Dist> {
        Self::ALL.into_iter().find(|d| d.name() == name)
    }
}

/// The z-score of the 95th percentile of a standard normal: low and high of a 90% interval lie
/// this many standard deviations either side of the middle.
pub const Z95: f64 = 1.644_853_626_951_472_2;

/// One input as a range.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Spread {
    pub low: f64,
    pub high: f64,
    pub dist: Dist,
}

/// Why a range was not taken.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum RangeError {
    /// One end is not a value the field takes.
    End(InputError),
    /// Low above high.
    LowAboveHigh,
    /// A lognormal range cannot reach zero.
    TouchesZero,
}

impl Spread {
    /// A range for `field`, if both ends are values it takes and the range can be drawn from.
    pub fn checked(field: Field, low: f64, high: f64, dist: Dist) -> Result<Spread, RangeError> {
        let r = field.range();
        for end in [low, high] {
            if end < r.min {
                return Err(RangeError::End(InputError::BelowMin(r.min)));
            }
            if end > r.max {
                return Err(RangeError::End(InputError::AboveMax(r.max)));
            }
        }
        if low > high {
            return Err(RangeError::LowAboveHigh);
        }
        if dist == Dist::Lognormal && low <= 0.0 {
            return Err(RangeError::TouchesZero);
        }
        Ok(Spread { low, high, dist })
    }

    /// The middle value: the geometric mean for a lognormal (its median), else the midpoint;
    /// kept to nine decimals, as every value a link carries. What the field shows while it is
    /// a range.
    pub fn median(&self) -> f64 {
        let middle = match self.dist {
            Dist::Lognormal => (self.low * self.high).sqrt(),
            _ => (self.low + self.high) / 2.0,
        };
        (middle * 1e9).round() / 1e9
    }

    /// The value below which a share `p` (0 to 1) of draws fall.
    pub fn quantile(&self, p: f64) -> f64 {
        let (low, high) = (self.low, self.high);
        match self.dist {
            Dist::Lognormal => {
                let (mu, sigma) = lognormal_params(low, high);
                (mu + sigma * normal_quantile(p)).exp()
            }
            Dist::Normal => {
                let (mean, sd) = normal_params(low, high);
                mean + sd * normal_quantile(p)
            }
            Dist::Uniform => low + p * (high - low),
            Dist::Triangular => {
                let width = high - low;
                if p <= 0.5 {
                    low + width * (p / 2.0).sqrt()
                } else {
                    high - width * ((1.0 - p) / 2.0).sqrt()
                }
            }
        }
    }
}

pub(crate) fn lognormal_params(low: f64, high: f64) -> (f64, f64) {
    let (a, b) = (low.ln(), high.ln());
    ((a + b) / 2.0, (b - a) / (2.0 * Z95))
}

pub(crate) fn normal_params(low: f64, high: f64) -> (f64, f64) {
    ((low + high) / 2.0, (high - low) / (2.0 * Z95))
}

/// The standard normal's quantile function, by Acklam's rational approximation (relative
/// error below 1.2e-9): for the tornado's ends and for tests, not for drawing.
pub fn normal_quantile(p: f64) -> f64 {
    const A: [f64; 6] = [
        -3.969_683_028_665_376e1,
        2.209_460_984_245_205e2,
        -2.759_285_104_469_687e2,
        1.383_577_518_672_69e2,
        -3.066_479_806_614_716e1,
        2.506_628_277_459_239,
    ];
    const B: [f64; 5] = [
        -5.447_609_879_822_406e1,
        1.615_858_368_580_409e2,
        -1.556_989_798_598_866e2,
        6.680_131_188_771_972e1,
        -1.328_068_155_288_572e1,
    ];
    const C: [f64; 6] = [
        -7.784_894_002_430_293e-3,
        -3.223_964_580_411_365e-1,
        -2.400_758_277_161_838,
        -2.549_732_539_343_734,
        4.374_664_141_464_968,
        2.938_163_982_698_783,
    ];
    const D: [f64; 4] = [
        7.784_695_709_041_462e-3,
        3.224_671_290_700_398e-1,
        2.445_134_137_142_996,
        3.754_408_661_907_416,
    ];
    let p = p.clamp(1e-300, 1.0 - 1e-16);
    let tail = |q: f64| {
        (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5])
            / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1.0)
    };
    if p < 0.024_25 {
        tail((-2.0 * p.ln()).sqrt())
    } else if p > 1.0 - 0.024_25 {
        -tail((-2.0 * (1.0 - p).ln()).sqrt())
    } else {
        let q = p - 0.5;
        let r = q * q;
        (((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q
            / (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1.0)
    }
}

/// Each input's range, if it has one, by `Field::index`.
#[derive(Clone, Copy, Debug, PartialEq, Default)]
pub struct Ranges(pub [Option<Spread>; Field::COUNT]);

impl Ranges {
    pub fn get(&self, field: Field) -> Option<Spread> {
        self.0[field.index()]
    }

    pub fn set(&mut self, field: Field, spread: Option<Spread>) {
        self.0[field.index()] = spread;
    }

    pub fn any(&self) -> bool {
        self.0.iter().any(Option::is_some)
    }

    /// The fields that are ranges, in declaration order.
    pub fn fields(&self) -> impl Iterator<Item = (Field, Spread)> + '_ {
        Field::ALL
            .into_iter()
            .filter_map(move |f| self.get(f).map(|s| (f, s)))
    }

    /// The scenario with each ranged input at its median: what the page shows as the point.
    pub fn at_medians(&self, scenario: &Scenario) -> Scenario {
        let mut s = *scenario;
        for (f, spread) in self.fields() {
            f.set(&mut s, spread.median());
        }
        s
    }
}
