//! A 500-row workbook read and validated (goal: under 50 ms on one core); the workbook is
//! described in `tableur_classeur.rs`.
#![allow(missing_docs, clippy::unwrap_used, clippy::expect_used)]

#[path = "tableur_classeur.rs"]
mod tableur_classeur;

use criterion::{criterion_group, criterion_main, Criterion};
use std::hint::black_box;
use tableur_classeur::classeur;
use territoire_sante::tableur;
use territoire_sante::{Date, Validator};

fn bench(c: &mut Criterion) {
    let bytes = classeur();
    let v = Validator::new(territoire_sante::Options {
        as_of: Some(Date::ymd(2020, 6, 30)),
        ..Default::default()
    })
    .unwrap();
    let l = tableur::lire(&bytes, &Default::default(), None);
    assert_eq!(l.lignes.len(), 500);
    let mut g = c.benchmark_group("tableur_500_lignes");
    g.sample_size(20);
    g.bench_function("lecture", |b| {
        b.iter(|| {
            tableur::lire(black_box(&bytes), &Default::default(), None)
                .lignes
                .len()
        })
    });
    g.bench_function("lecture_et_validation", |b| {
        b.iter(|| {
            let l = tableur::lire(black_box(&bytes), &Default::default(), None);
            l.valider(&v).diagnostics.len()
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
