//! How sure the numbers are: any input as a range instead of one value, read as a 90% interval
//! (or as bounds, for the uniform and triangular distributions), Monte Carlo draws from a seeded
//! generator through the calculator's own `evaluate`, each result's median and 90% interval,
//! histograms of the key results, and which input moves a result most (a tornado).
//!
//! The generator is xoshiro256++ (`rand_xoshiro`) seeded from the link's `seed`, and the
//! distributions are `rand_distr`'s; in the browser it all runs in wasm, so a link reproduces
//! the same figures to the last digit in any browser on any machine.
//!
//! Worked example: the chip price as 20,000 to 27,000 (the article's price and Reuters'), the
//! rest as in the article: chips bought run from about 447,000 to 604,000, the 5th and 95th
//! percentiles at the ends of the price's interval, since the count falls as the price rises.

use rand_distr::{Distribution, LogNormal, Normal, Triangular, Uniform};
use rand_xoshiro::rand_core::SeedableRng;
use rand_xoshiro::Xoshiro256PlusPlus;

use super::field::Field;
use super::ranges::{lognormal_params, normal_params, Dist, Ranges, Spread};
use super::results::{evaluate, Outcome, ResultId};
use super::scenario::Scenario;

/// How many draws the page makes: enough for the 5th and 95th percentiles to move less than a
/// tenth of a percent between seeds.
pub const DRAWS: usize = 10_000;

/// The bins of a key result's histogram.
pub const BINS: usize = 24;

/// A result's median and 90% interval.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Interval {
    pub p5: f64,
    pub p50: f64,
    pub p95: f64,
}

/// The results with ranges: each result's interval (by `ResultId::index`), and a histogram of
/// each of `ResultId::WITH_HISTOGRAM` (US$ capex, chips bought, the ratio to the US four):
/// counts over `BINS` equal bins from its 1st to its 99th percentile.
#[derive(Clone, Debug, PartialEq)]
pub struct Simulation {
    pub intervals: [Interval; ResultId::COUNT],
    pub histograms: [Histogram; 3],
}

impl Simulation {
    /// One result's median and 90% interval.
    pub fn interval(&self, id: ResultId) -> Interval {
        self.intervals[id.index()]
    }

    /// The histogram of a key result, if it has one.
    pub fn histogram(&self, id: ResultId) -> Option<&Histogram> {
        let i = ResultId::WITH_HISTOGRAM.iter().position(|&r| r == id)?;
        self.histograms.get(i)
    }
}

/// Counts of draws in equal bins between `from` and `to`.
#[derive(Clone, Debug, PartialEq)]
pub struct Histogram {
    pub from: f64,
    pub to: f64,
    pub counts: [u32; BINS],
}

/// One scenario with every ranged input drawn: each clamped to its field's allowed range, and
/// the AI-processor budget to capex (a draw where it came out above is read as all of capex).
fn draw(base: &Scenario, samplers: &[(Field, Sampler)], rng: &mut Xoshiro256PlusPlus) -> Scenario {
    let mut s = *base;
    for (field, sampler) in samplers {
        let r = field.range();
        field.set(&mut s, sampler.sample(rng).clamp(r.min, r.max));
    }
    s.ai = s.ai.min(s.capex);
    s
}

/// A range's distribution, ready to draw from.
enum Sampler {
    Point(f64),
    Lognormal(LogNormal<f64>),
    Normal(Normal<f64>),
    Uniform(Uniform<f64>),
    Triangular(Triangular<f64>),
}

impl Sampler {
    fn of(spread: &Spread) -> Sampler {
        let (low, high) = (spread.low, spread.high);
        if low == high {
            return Sampler::Point(low);
        }
        let built = match spread.dist {
            Dist::Lognormal => {
                let (mu, sigma) = lognormal_params(low, high);
                LogNormal::new(mu, sigma).ok().map(Sampler::Lognormal)
            }
            Dist::Normal => {
                let (mean, sd) = normal_params(low, high);
                Normal::new(mean, sd).ok().map(Sampler::Normal)
            }
            Dist::Uniform => Uniform::new_inclusive(low, high).ok().map(Sampler::Uniform),
            Dist::Triangular => Triangular::new(low, high, (low + high) / 2.0)
                .ok()
                .map(Sampler::Triangular),
        };
        built.unwrap_or(Sampler::Point(spread.median()))
    }

    fn sample(&self, rng: &mut Xoshiro256PlusPlus) -> f64 {
        match self {
            Sampler::Point(v) => *v,
            Sampler::Lognormal(d) => d.sample(rng),
            Sampler::Normal(d) => d.sample(rng),
            Sampler::Uniform(d) => d.sample(rng),
            Sampler::Triangular(d) => d.sample(rng),
        }
    }
}

/// The value below which a share `p` of `sorted` values lie (sorted ascending), by linear
/// interpolation between the two nearest ranks (R's type 7).
pub fn percentile(sorted: &[f64], p: f64) -> f64 {
    let Some(&last) = sorted.last() else {
        return f64::NAN;
    };
    let h = (sorted.len() - 1) as f64 * p.clamp(0.0, 1.0);
    let below = h.floor() as usize;
    match (sorted.get(below), sorted.get(below + 1)) {
        (Some(&at), Some(&next)) => at + (h - below as f64) * (next - at),
        (Some(&at), None) => at,
        _ => last,
    }
}

/// Draws `draws` scenarios from `scenario` with `ranges`, seeded by `seed`, and summarises every
/// result.
///
/// With the chip price as 20,000..27,000 and everything else the article's, the chips' 5th and
/// 95th percentiles come out near 447,180 and 603,693, the counts at the two prices.
pub fn simulate(scenario: &Scenario, ranges: &Ranges, seed: u64, draws: usize) -> Simulation {
    let draws = draws.max(1);
    let samplers: Vec<(Field, Sampler)> =
        ranges.fields().map(|(f, s)| (f, Sampler::of(&s))).collect();
    let mut rng = Xoshiro256PlusPlus::seed_from_u64(seed);
    let mut columns: Vec<Vec<f64>> = (0..ResultId::COUNT)
        .map(|_| Vec::with_capacity(draws))
        .collect();
    for _ in 0..draws {
        let o = evaluate(&draw(scenario, &samplers, &mut rng));
        for (column, (_, value)) in columns.iter_mut().zip(o.all()) {
            column.push(value);
        }
    }
    // Each column sorted once, then read at every percentile. (Not `select_nth_unstable` per
    // percentile: with the standard library built for size, as the page's is, it went
    // quadratic, 289 ms for 10,000 draws in the browser against 3 ms natively.)
    for column in &mut columns {
        column.sort_unstable_by(f64::total_cmp);
    }
    let histograms = ResultId::WITH_HISTOGRAM.map(|id| histogram(&columns[id.index()]));
    let intervals = std::array::from_fn(|i| {
        let column = &columns[i];
        Interval {
            p5: percentile(column, 0.05),
            p50: percentile(column, 0.5),
            p95: percentile(column, 0.95),
        }
    });
    Simulation {
        intervals,
        histograms,
    }
}

fn histogram(values: &[f64]) -> Histogram {
    let from = percentile(values, 0.01);
    let to = percentile(values, 0.99);
    let mut counts = [0u32; BINS];
    let width = (to - from) / BINS as f64;
    for &v in values.iter() {
        if !(from..=to).contains(&v) {
            continue;
        }
        let bin = if width > 0.0 {
            (((v - from) / width) as usize).min(BINS - 1)
        } else {
            BINS / 2
        };
        counts[bin] += 1;
    }
    Histogram { from, to, counts }
}

/// How far each ranged input moves one result: that input at its range's low end and at its
/// high end (the 5th and 95th percentiles, or the bounds), every other input at its median.
/// Largest swing first.
pub fn tornado(scenario: &Scenario, ranges: &Ranges, result: ResultId) -> Vec<(Field, f64, f64)> {
    let base = ranges.at_medians(scenario);
    let value = |s: &Scenario| {
        let mut s = *s;
        s.ai = s.ai.min(s.capex);
        evaluate(&s).get(result)
    };
    let mut bars: Vec<(Field, f64, f64)> = ranges
        .fields()
        .map(|(field, spread)| {
            let at = |p: f64| {
                let mut s = base;
                field.set(&mut s, spread.quantile(p));
                value(&s)
            };
            let (low, high) = match spread.dist {
                Dist::Lognormal | Dist::Normal => (at(0.05), at(0.95)),
                Dist::Uniform | Dist::Triangular => (at(0.0), at(1.0)),
            };
            (field, low, high)
        })
        .collect();
    bars.sort_by(|a, b| (b.2 - b.1).abs().total_cmp(&(a.2 - a.1).abs()));
    bars
}

/// The results of one scenario (for a point: each interval is the point itself).
pub fn point(o: &Outcome) -> [Interval; ResultId::COUNT] {
    o.all().map(|(_, v)| Interval {
        p5: v,
        p50: v,
        p95: v,
    })
}

impl Simulation {
    /// How many numbers `to_numbers` writes: each result's three percentiles, then each
    /// histogram's ends and counts.
    pub const NUMBERS: usize = ResultId::COUNT * 3 + 3 * (2 + BINS);

    /// The simulation as a flat list of numbers, as the engine posts it to the page (a plain
    /// array crosses the worker boundary without a decoder in the page).
    pub fn to_numbers(&self) -> Vec<f64> {
        let mut out = Vec::with_capacity(Self::NUMBERS);
        for i in &self.intervals {
            out.extend([i.p5, i.p50, i.p95]);
        }
        for h in &self.histograms {
            out.extend([h.from, h.to]);
            out.extend(h.counts.iter().map(|&c| f64::from(c)));
        }
        out
    }

    /// The simulation back from `to_numbers`; `None` unless there are exactly that many finite
    /// numbers (a count must be a whole number from 0 up).
    pub fn from_numbers(numbers: &[f64]) -> Option<Simulation> {
        if numbers.len() != Self::NUMBERS || !numbers.iter().all(|v| v.is_finite()) {
            return None;
        }
        let (intervals, rest) = numbers.split_at(ResultId::COUNT * 3);
        let intervals = std::array::from_fn(|i| Interval {
            p5: intervals[i * 3],
            p50: intervals[i * 3 + 1],
            p95: intervals[i * 3 + 2],
        });
        let mut histograms = Vec::with_capacity(3);
        for chunk in rest.chunks_exact(2 + BINS) {
            let mut counts = [0u32; BINS];
            for (c, &v) in counts.iter_mut().zip(&chunk[2..]) {
                if v < 0.0 || v.fract() != 0.0 || v > f64::from(u32::MAX) {
                    return None;
                }
                *c = v as u32;
            }
            histograms.push(Histogram {
                from: chunk[0],
                to: chunk[1],
                counts,
            });
        }
        Some(Simulation {
            intervals,
            histograms: histograms.try_into().ok()?,
        })
    }
}
