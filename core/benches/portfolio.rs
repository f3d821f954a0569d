//! Validation and coverage of the generated national portfolio at scales 1 and 10 (and 100
//! with `TS_BENCH_X100=1`, slow). Goal: validation + coverage at scale 1 well under a second.
//! Peak memory: `cargo run --release --example portfolio_memory -- SCALE`.
#![allow(missing_docs, clippy::unwrap_used, clippy::expect_used)]

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use std::hint::black_box;
use territoire_sante::analysis::couverture::{couverture, Perimetre};
use territoire_sante::analysis::generateur::{generer, Options};
use territoire_sante::analysis::quartiers::couverture_quartiers;
use territoire_sante::model::Document;
use territoire_sante::referentiel::Referentiel;
use territoire_sante::{Date, Validator};

fn portfolio(c: &mut Criterion) {
    let r = Referentiel::embedded().expect("embedded référentiel");
    let as_of = Date::ymd(2020, 6, 30);
    let v = Validator::new(territoire_sante::Options {
        as_of: Some(as_of),
        ..Default::default()
    })
    .unwrap();
    let mut scales = vec![1usize, 10];
    if std::env::var_os("TS_BENCH_X100").is_some_and(|x| x == "1") {
        scales.push(100);
    }
    // Coverage per quartier: every QPV of the 2024 list, on a portfolio written in 2026.
    {
        let as_of = Date::ymd(2026, 6, 30);
        let pf = generer(
            r,
            &Options {
                date_reference: as_of,
                ..Options::default()
            },
        );
        let mut g = c.benchmark_group("couverture_quartiers");
        g.sample_size(20);
        g.bench_function("fr/1", |b| {
            b.iter(|| {
                couverture_quartiers(black_box(&pf), r, None, as_of)
                    .unwrap()
                    .total
                    .couverts
            })
        });
        g.finish();
        // The contours (optional asset): loading the 4.3 MB GeoJSON, a point lookup, the
        // national SVG map.
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../data/qpv2024/contours.geojson"
        );
        let text = std::fs::read_to_string(path).expect("contours");
        let mut g = c.benchmark_group("contours_qpv");
        g.sample_size(10);
        g.bench_function("chargement", |b| {
            b.iter(|| {
                r.clone()
                    .with_qpv_contours(black_box(&text))
                    .unwrap()
                    .contours_charges()
            })
        });
        let rc = r.clone().with_qpv_contours(&text).expect("contours");
        g.bench_function("qpv_at", |b| {
            b.iter(|| rc.qpv_at(black_box(2.375), black_box(48.651)).len())
        });
        let cq = couverture_quartiers(&pf, &rc, None, as_of).expect("coverage");
        g.bench_function("svg_fr", |b| {
            b.iter(|| {
                territoire_sante::analysis::carte::svg(black_box(&cq), &rc, Default::default())
                    .unwrap()
                    .len()
            })
        });
        // The département outlines (another optional asset, 366 KB): loading, and the national
        // map drawn over the 96 metropolitan ones.
        let fond = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../data/departements/contours.geojson"
        ))
        .expect("départements");
        g.bench_function("departements_chargement", |b| {
            b.iter(|| {
                rc.clone()
                    .with_departement_contours(black_box(&fond))
                    .unwrap()
                    .departement_contours_charges()
            })
        });
        let rd = rc
            .clone()
            .with_departement_contours(&fond)
            .expect("départements");
        g.bench_function("svg_fr_departements", |b| {
            b.iter(|| {
                territoire_sante::analysis::carte::svg(black_box(&cq), &rd, Default::default())
                    .unwrap()
                    .len()
            })
        });
        g.finish();
    }
    let mut g = c.benchmark_group("portefeuille_national");
    g.sample_size(10);
    for scale in scales {
        let doc = Document::Portefeuille(generer(
            r,
            &Options {
                scale,
                ..Options::default()
            },
        ));
        let Document::Portefeuille(pf) = &doc else {
            unreachable!()
        };
        g.bench_with_input(BenchmarkId::new("validation", scale), &doc, |b, d| {
            b.iter(|| v.validate(black_box(d)).diagnostics.len())
        });
        g.bench_with_input(BenchmarkId::new("couverture_fr", scale), pf, |b, p| {
            b.iter(|| {
                couverture(black_box(p), r, Some(&Perimetre::France), as_of)
                    .unwrap()
                    .total
                    .population_couverte
            })
        });
        g.bench_with_input(BenchmarkId::new("couverture_dep59", scale), pf, |b, p| {
            b.iter(|| {
                couverture(
                    black_box(p),
                    r,
                    Some(&Perimetre::Departement("59".into())),
                    as_of,
                )
                .unwrap()
                .total
                .population_couverte
            })
        });
        g.bench_with_input(
            BenchmarkId::new("validation_plus_couverture_fr", scale),
            &doc,
            |b, d| {
                b.iter(|| {
                    let n = v.validate(black_box(d)).diagnostics.len();
                    let Document::Portefeuille(p) = d else {
                        unreachable!()
                    };
                    n + couverture(p, r, Some(&Perimetre::France), as_of)
                        .unwrap()
                        .communes
                        .len()
                })
            },
        );
    }
    g.finish();
    c.bench_function("generer_x1", |b| {
        b.iter(|| generer(r, black_box(&Options::default())).documents.len())
    });
}

criterion_group!(benches, portfolio);
criterion_main!(benches);
