//! The 433 contrats de ville of the ANCT list (2015 generation), turned into documents and
//! validated with the TER rules against the embedded COG 2026, as of 2015 and as of 2026.
#![cfg(feature = "referentiel-embarque")]
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::collections::{BTreeMap, BTreeSet};

use serde_json::json;
use territoire_sante::referentiel::{Referentiel, TypeSignataire};
use territoire_sante::{Date, Options, Severity, Validator};

fn documents() -> Vec<(String, String)> {
    let r = Referentiel::embedded().unwrap();
    r.contrats_de_ville()
        .map(|cv| {
            let kind = match cv.signataire_type {
                TypeSignataire::Epci => "epci",
                TypeSignataire::Commune => "commune",
            };
            let doc = json!({
                "type": "contrat_de_ville",
                "code": cv.code,
                "nom": format!("Contrat de ville — {}", cv.label),
                "generation": "2015",
                "perimetre": [{"type": kind, "code": cv.signataire}],
                "date_signature": "2015-06-30",
                "periode": {"debut": "2015-01-01", "fin": "2020-12-31"},
            });
            (cv.code.clone(), serde_json::to_string(&doc).unwrap())
        })
        .collect()
}

fn run(as_of: Date) -> (BTreeMap<(String, Severity), usize>, BTreeSet<String>) {
    let v = Validator::new(Options {
        as_of: Some(as_of),
        rules: vec!["TER".into()],
        ..Options::default()
    })
    .unwrap();
    let docs = documents();
    assert_eq!(docs.len(), 433);
    let texts: Vec<&str> = docs.iter().map(|(_, t)| t.as_str()).collect();
    let mut counts = BTreeMap::new();
    let mut warned = BTreeSet::new();
    for ((code, _), rep) in docs.iter().zip(v.validate_many(&texts)) {
        assert_eq!(rep.referentiel.as_deref(), Some("COG 2026"));
        for d in &rep.diagnostics {
            *counts.entry((d.code.to_string(), d.severity)).or_insert(0) += 1;
            if d.code == "TER-014" {
                assert_eq!(d.path, "/perimetre/0/code");
                assert!(
                    d.message.contains("peut avoir fusionné depuis"),
                    "{}",
                    d.message
                );
                warned.insert(code.clone());
            }
        }
    }
    (counts, warned)
}

#[test]
fn the_433_contrats_de_ville_raise_only_merge_warnings() {
    let r = Referentiel::embedded().unwrap();
    let absent: BTreeSet<String> = r
        .contrats_de_ville()
        .filter(|c| !c.present)
        .map(|c| c.code.clone())
        .collect();
    // 172 rows of the ANCT list, 171 contracts (CV043 spans two départements).
    assert_eq!(absent.len(), 171);
    for as_of in [Date::ymd(2015, 6, 30), Date::ymd(2026, 1, 1)] {
        let (counts, warned) = run(as_of);
        println!("as_of {as_of}: {counts:?}");
        assert_eq!(warned, absent, "as of {as_of}");
        let mut expected = BTreeMap::new();
        expected.insert(("TER-014".to_string(), Severity::Warning), absent.len());
        assert_eq!(counts, expected, "as of {as_of}: nothing else than TER-014");
    }
}

#[test]
fn the_same_contracts_dated_2026_report_the_absent_epci_as_ter_004() {
    // A document dated on or after the vintage must cite EPCI that exist in it (TER-004): a
    // warning, the référentiel being reference data and not a text in force.
    let v = Validator::new(Options {
        as_of: Some(Date::ymd(2026, 3, 1)),
        rules: vec!["TER".into()],
        ..Options::default()
    })
    .unwrap();
    let r = Referentiel::embedded().unwrap();
    let cv = r.contrats_de_ville().find(|c| !c.present).unwrap();
    let doc = json!({
        "type": "contrat_de_ville",
        "perimetre": [{"type": "epci", "code": cv.signataire}],
        "date_signature": "2026-02-01",
    });
    let rep = v.validate_value(doc);
    let codes: Vec<(&str, Severity)> = rep
        .diagnostics
        .iter()
        .map(|d| (&*d.code, d.severity))
        .collect();
    assert_eq!(codes, [("TER-004", Severity::Warning)]);
}
