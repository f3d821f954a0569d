//! Runs the national coverage per quartier N times (the benchmark's portfolio: generated ×1 for
//! 2026-06-30), so that its CPU time can be read apart from the machine's load:
//! `/usr/bin/time -f %U target/release/examples/couverture_quartiers_cpu N`, minus a run with 0.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use territoire_sante::analysis::generateur::{generer, Options};
use territoire_sante::analysis::quartiers::couverture_quartiers;
use territoire_sante::referentiel::Referentiel;
use territoire_sante::Date;

fn main() {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(10);
    let r = Referentiel::embedded().expect("embedded référentiel");
    let as_of = Date::ymd(2026, 6, 30);
    let pf = generer(
        r,
        &Options {
            date_reference: as_of,
            ..Options::default()
        },
    );
    let mut couverts = 0;
    for _ in 0..n {
        couverts += couverture_quartiers(std::hint::black_box(&pf), r, None, as_of)
            .unwrap()
            .total
            .couverts;
    }
    println!("{n} runs, {couverts} quartiers couverts in all");
}
