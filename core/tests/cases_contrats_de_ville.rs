//! The 433 contrats de ville of the ANCT list (2015 generation, embedded in the référentiel),
//! each encoded as a contrat de ville document from the fields the list gives (code, label,
//! signing EPCI or commune) and validated with every rule: no diagnostic at error severity may
//! come from an element the document does not describe. Such a diagnostic points at a path the
//! document does not hold (`/moyens_conseils_citoyens`, `/signataires`…) or at the document as a
//! whole; a blank makes a description incomplete, never a breach.
#![cfg(feature = "referentiel-embarque")]
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::collections::{BTreeMap, BTreeSet};

use serde_json::{json, Value};
use territoire_sante::referentiel::{Referentiel, TypeSignataire};
use territoire_sante::{Date, Options, Severity, Validator};

/// (ANCT code, document) for every contract of the list.
fn documents() -> Vec<(String, Value)> {
    let r = Referentiel::embedded().unwrap();
    r.contrats_de_ville()
        .map(|cv| {
            let kind = match cv.signataire_type {
                TypeSignataire::Epci => "epci",
                TypeSignataire::Commune => "commune",
            };
            let territoire = json!({"type": kind, "code": cv.signataire});
            let doc = json!({
                "type": "contrat_de_ville",
                "code": cv.code,
                "nom": cv.label,
                // The list is the one of the 2015 generation.
                "generation": "2015",
                "porteur": "signataire",
                "acteurs": [{"id": "signataire", "nature": kind, "territoire": territoire}],
                "perimetre": [territoire],
            });
            (cv.code.clone(), doc)
        })
        .collect()
}

/// Whether `path` names a value the document holds (the root excepted: a diagnostic on the
/// whole document is about nothing it describes).
fn describes(doc: &Value, path: &str) -> bool {
    !path.is_empty() && doc.pointer(path).is_some()
}

/// Validates the 433 documents at `as_of` and fails on every error that `counts` selects,
/// reporting, per rule, how many contracts it hits and the first of them.
fn check(as_of: Date, counts: fn(&Value, &str) -> bool, what: &str) {
    let v = Validator::new(Options {
        as_of: Some(as_of),
        ..Options::default()
    })
    .unwrap();
    let docs = documents();
    assert_eq!(docs.len(), 433);
    let mut hit: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut example: BTreeMap<String, String> = BTreeMap::new();
    for (code, doc) in &docs {
        let report = v.validate_value(doc.clone());
        for d in &report.diagnostics {
            if d.severity >= Severity::Error && counts(doc, &d.path) {
                hit.entry(d.code.to_string())
                    .or_default()
                    .insert(code.clone());
                example
                    .entry(d.code.to_string())
                    .or_insert_with(|| format!("{code} at \"{}\": {}", d.path, d.message));
            }
        }
    }
    assert!(
        hit.is_empty(),
        "as of {as_of}, {what} (rule: number of contracts; first case): {:#?}",
        hit.iter()
            .map(|(c, n)| format!("{c}: {}; {}", n.len(), example[c]))
            .collect::<Vec<_>>()
    );
}

#[test]
fn a_declared_absence_is_described_a_missing_field_is_not() {
    // The line drawn above: `false` or an explicit empty list is something the document says.
    let (_, doc) = documents().into_iter().next().unwrap();
    assert!(!describes(&doc, "/moyens_conseils_citoyens"));
    assert!(!describes(&doc, "/signataires"));
    assert!(!describes(&doc, ""));
    assert!(describes(&doc, "/perimetre/0/code"));
    let mut declared = doc;
    declared["moyens_conseils_citoyens"] = json!({"lieu": false});
    declared["signataires"] = json!([]);
    assert!(describes(&declared, "/moyens_conseils_citoyens"));
    assert!(describes(&declared, "/moyens_conseils_citoyens/lieu"));
    assert!(describes(&declared, "/signataires"));
}

#[test]
fn the_433_contrats_de_ville_in_force_get_no_error_from_a_blank() {
    check(
        Date::ymd(2020, 6, 30),
        |doc, path| !describes(doc, path),
        "errors from blanks",
    );
}

#[test]
fn the_433_contrats_de_ville_at_their_start_get_no_error_from_a_blank() {
    check(
        Date::ymd(2015, 12, 31),
        |doc, path| !describes(doc, path),
        "errors from blanks",
    );
}

#[test]
fn the_433_contrats_de_ville_read_in_2026_are_dated_by_their_generation() {
    // Every element described is a fact of the official list, true when the contract was
    // concluded, which a 2015-generation document places in 2015: read in 2026 with the COG
    // 2026, no error may arise at all (an EPCI of 2015 that has merged since is no breach).
    check(Date::ymd(2026, 6, 30), |_, _| true, "errors");
}
