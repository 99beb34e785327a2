//! Rounding the parts of a total so that the numbers a reader sees add up.

/// Rounds each part to `decimals` places so that the rounded parts add up exactly to the
/// rounded total (largest-remainder method). Parts must not be negative.
///
/// US$12.0738 bn + US$10.6534 bn = US$22.7273 bn rounds naively to 12.1 + 10.7 = 22.8, not
/// 22.7; this gives 12.1 + 10.6 = 22.7.
pub fn round_parts_to_total<const N: usize>(parts: [f64; N], decimals: i32) -> [f64; N] {
    let scale = 10f64.powi(decimals);
    let total: f64 = parts.iter().sum();
    let target = (total * scale).round();
    let mut units = parts.map(|p| (p * scale).floor());
    let mut missing = target - units.iter().sum::<f64>();
    let mut taken = [false; N];
    while missing >= 1.0 {
        // The part with the largest remainder not yet rounded up gets the next unit.
        let Some(next) = (0..N).filter(|&i| !taken[i]).max_by(|&a, &b| {
            let ra = parts[a] * scale - units[a];
            let rb = parts[b] * scale - units[b];
            ra.total_cmp(&rb)
        }) else {
            break;
        };
        taken[next] = true;
        units[next] += 1.0;
        missing -= 1.0;
    }
    units.map(|u| u / scale)
}
