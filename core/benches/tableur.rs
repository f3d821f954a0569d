//! A 500-row workbook read and validated (goal: under 50 ms on one core). The rows are CLS with
//! a name, a commune by its INSEE code, a porteur named in full (resolved through the référentiel), signatories
//! and dates, written into the CLS template.
#![allow(missing_docs, clippy::unwrap_used, clippy::expect_used)]

use criterion::{criterion_group, criterion_main, Criterion};
use serde_json::json;
use std::hint::black_box;
use territoire_sante::referentiel::Referentiel;
use territoire_sante::tableur::{self, ecriture};
use territoire_sante::{Date, DocumentKind, Validator};

fn classeur() -> Vec<u8> {
    let r = Referentiel::embedded().expect("embedded référentiel");
    let communes: Vec<_> = r
        .communes()
        .filter(|c| c.population.unwrap_or(0) > 20_000)
        .take(500)
        .collect();
    let docs: Vec<_> = communes
        .iter()
        .map(|c| {
            json!({
                "type": "contrat_local_sante",
                "nom": format!("Contrat local de santé de {}", c.nom),
                "statut": "en_vigueur",
                "porteur": "porteur",
                "acteurs": [{"id": "porteur", "nom": format!("Ville de {}", c.nom), "nature": "commune"}, {"id": "ars", "nature": "ars"}],
                "signataires": [{"acteur": "ars"}, {"acteur": "porteur"}],
                "perimetre": [{"type": "commune", "code": c.code}],
                "date_signature": "2019-03-15",
                "periode": {"debut": "2019-03-15", "fin": "2024-03-14"},
            })
        })
        .collect();
    ecriture::ecrire(DocumentKind::ContratLocalSante, &docs).unwrap()
}

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
