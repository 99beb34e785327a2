//! Chart geometry, natively: scales, axes and bar layouts from worked numbers of the article.
#![cfg(not(target_arch = "wasm32"))]

use capex_calculator::picture::geometry::{coord, nice_step, stack, Axis, LinearScale};

#[test]
fn axis_for_the_us_four_376_2bn_runs_to_400_by_100() {
    let axis = Axis::covering(376.2);
    assert_eq!((axis.max, axis.step), (400.0, 100.0));
    let ticks: Vec<f64> = axis.ticks().collect();
    assert_eq!(ticks, [0.0, 100.0, 200.0, 300.0, 400.0]);
}

#[test]
fn axis_for_bytedance_22_7bn_runs_to_30_by_10() {
    assert_eq!(
        Axis::covering(22.727),
        Axis {
            max: 30.0,
            step: 10.0
        }
    );
}

#[test]
fn axis_for_nothing_is_still_an_axis() {
    for v in [0.0, -3.0, f64::NAN, f64::INFINITY] {
        let axis = Axis::covering(v);
        assert!(axis.max > 0.0 && axis.step > 0.0);
    }
}

#[test]
fn nice_steps_are_1_2_or_5_times_a_power_of_ten() {
    assert_eq!(nice_step(94.05), 100.0);
    assert_eq!(nice_step(5.68), 10.0);
    assert_eq!(nice_step(1.5), 2.0);
    assert_eq!(nice_step(0.3), 0.5);
    assert_eq!(nice_step(2000.0), 2000.0);
}

#[test]
fn linear_scale_maps_and_clamps() {
    let s = LinearScale {
        max: 400.0,
        start: 130.0,
        len: 360.0,
    };
    assert_eq!(s.at(0.0), 130.0);
    assert_eq!(s.at(200.0), 310.0);
    assert_eq!(s.length(376.2), 376.2 / 400.0 * 360.0);
    assert_eq!(s.length(-5.0), 0.0);
    assert_eq!(s.length(800.0), 360.0);
}

#[test]
fn stacked_ai_85_and_rest_75_split_600_units_at_318_75() {
    let [(x0, w0), (x1, w1)] = stack([85.0, 75.0], 0.0, 600.0);
    assert_eq!((x0, w0), (0.0, 318.75));
    assert_eq!((x1, w1), (318.75, 281.25));
}

#[test]
fn coordinates_are_written_to_a_tenth() {
    assert_eq!(coord(318.75), "318.8");
    assert_eq!(coord(130.0), "130");
}
