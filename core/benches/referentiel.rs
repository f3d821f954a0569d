//! Lookup speed of the embedded référentiel (goal: lookups by code under 1 µs).
#![allow(missing_docs, clippy::unwrap_used, clippy::expect_used)]

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion};
use territoire_sante::referentiel::Referentiel;

fn lookups(c: &mut Criterion) {
    let r = Referentiel::embedded().expect("embedded référentiel");
    c.bench_function("commune(59350)", |b| {
        b.iter(|| r.commune(black_box("59350")).is_some())
    });
    c.bench_function("epci(200093201)", |b| {
        b.iter(|| r.epci(black_box("200093201")).is_some())
    });
    c.bench_function("epci_of(94081)", |b| {
        b.iter(|| r.epci_of(black_box("94081")).is_some())
    });
    c.bench_function("qpv(QP031001)", |b| {
        b.iter(|| r.qpv(black_box("QP031001")).is_some())
    });
    c.bench_function("departement(2A)", |b| {
        b.iter(|| r.departement(black_box("2A")).is_some())
    });
    c.bench_function("search(chateau thierry, 10)", |b| {
        b.iter(|| r.search(black_box("chateau thierry"), 10).len())
    });
    c.bench_function("decode embedded (from_compact)", |b| {
        b.iter(|| {
            Referentiel::from_compact(black_box(territoire_sante::referentiel::EMBEDDED))
                .unwrap()
                .vintage
                .len()
        })
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20);
    targets = lookups
}
criterion_main!(benches);
