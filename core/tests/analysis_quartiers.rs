//! Coverage per quartier prioritaire: a hand-made portfolio of the seeds' kind (Grigny and its
//! EPCI) and the generated national portfolio.
#![cfg(feature = "referentiel-embarque")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use territoire_sante::analysis::couverture::Perimetre;
use territoire_sante::analysis::generateur::{generer, Options};
use territoire_sante::analysis::quartiers::couverture_quartiers;
use territoire_sante::analysis::sortie;
use territoire_sante::api::analysis as api;
use territoire_sante::referentiel::Referentiel;
use territoire_sante::Date;

/// The identifiers of a column, as text.
fn ids(v: &[std::sync::Arc<str>]) -> Vec<&str> {
    v.iter().map(|s| &**s).collect()
}

fn grigny() -> String {
    std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/portefeuille_grigny_2026.json"
    ))
    .unwrap()
}

#[test]
fn grigny_quartiers_are_covered_by_what_names_or_contains_them() {
    let c = api::couverture_quartiers(
        &grigny(),
        serde_json::json!({"as_of": "2026-06-30", "territoire": "dep:91"}),
    )
    .unwrap();
    assert_eq!(c.listes, ["2024"]);
    assert_eq!(c.quartiers.len(), 47);
    assert_eq!(
        (c.instruments_en_vigueur, c.instruments_hors_vigueur),
        (3, 1)
    );
    let row = |code: &str| c.quartiers.iter().find(|q| q.qpv == code).unwrap();
    // Grigny: its CLS (commune) and the contrat de ville of its EPCI, with a volet santé.
    let q = row("QN09125M");
    assert_eq!(ids(&q.instruments.cls), ["cls-grigny"]);
    assert_eq!(q.volet_sante, ["cv-gpsses-2024"]);
    assert!(q.couvert);
    // Les Bergeries: named by the ASV only; La Forêt, in one of its communes, is not covered
    // by that ASV.
    assert_eq!(ids(&row("QN09130M").instruments.asv), ["asv-evry"]);
    assert!(row("QN09131I").instruments.asv.is_empty());
    // The expired CLS covers nothing; the contrat de ville's volet santé does.
    let q = row("QN09120M");
    assert!(q.instruments.cls.is_empty() && q.couvert);
    // Viry-Châtillon, outside the EPCI: a white zone.
    assert!(!row("QN09124M").couvert);
    assert_eq!(c.total.qpv, 47);
    assert_eq!(c.total.couverts + c.total.zones_blanches, 47);
    assert_eq!(
        c.total.couverts,
        c.quartiers.iter().filter(|q| q.couvert).count() as u64
    );
    assert!(c.note.as_deref().is_some_and(|n| n.contains("pop_QPV24")));
    // In 2020 the 2015 list applies (the embedded one is the Occitanie sample: none in 91).
    let old = api::couverture_quartiers(
        &grigny(),
        serde_json::json!({"as_of": "2020-06-30", "territoire": "dep:91"}),
    )
    .unwrap();
    assert!(old.quartiers.is_empty());
    let csv = sortie::quartiers_csv(&c);
    assert_eq!(csv.lines().count(), 48);
    assert!(csv.contains("QN09125M,La Grande Borne,2024,91286,200059228,91,11,,cls-grigny,"));
}

#[test]
fn the_cli_json_equals_the_golden_the_javascript_suite_compares_with() {
    let c = api::couverture_quartiers(
        &grigny(),
        serde_json::json!({"as_of": "2026-06-30", "territoire": "dep:91"}),
    )
    .unwrap();
    let golden: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../wasm/tests/golden/couverture-quartiers-grigny.json"
        ))
        .unwrap(),
    )
    .unwrap();
    assert_eq!(serde_json::to_value(&c).unwrap(), golden);
}

#[test]
fn national_coverage_counts_add_up() {
    let r = Referentiel::embedded().unwrap();
    let as_of = Date::ymd(2026, 6, 30);
    let pf = generer(
        r,
        &Options {
            date_reference: as_of,
            ..Options::default()
        },
    );
    let c = couverture_quartiers(&pf, r, None, as_of).unwrap();
    assert_eq!(c.quartiers.len(), 1584);
    assert_eq!(c.territoire, "fr");
    let sum = |v: &[territoire_sante::analysis::quartiers::ResumeQuartiers]| {
        v.iter()
            .map(|x| (x.qpv, x.couverts))
            .fold((0, 0), |a, b| (a.0 + b.0, a.1 + b.1))
    };
    assert_eq!(sum(&c.departements), (c.total.qpv, c.total.couverts));
    assert_eq!(sum(&c.regions), (c.total.qpv, c.total.couverts));
    assert!(0 < c.total.couverts && c.total.couverts < 1584);
    // The same through a département perimeter.
    let d =
        couverture_quartiers(&pf, r, Some(&Perimetre::Departement("93".into())), as_of).unwrap();
    let in_93 = c.departements.iter().find(|x| x.code == "93").unwrap();
    assert_eq!((d.total.qpv, d.total.couverts), (in_93.qpv, in_93.couverts));
}
