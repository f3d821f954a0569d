//! The real-world examples of `docs/examples/` (drawn from the source documents) get the
//! diagnostics a reader of those documents expects, and nothing else.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod support;

use std::collections::BTreeSet;

use territoire_sante::{Date, Options, Validator};

fn findings(file: &str) -> BTreeSet<(String, String)> {
    let v = Validator::new(Options {
        as_of: Some(Date::ymd(2026, 6, 30)),
        ..Options::default()
    })
    .unwrap();
    let text = std::fs::read_to_string(support::root().join("docs/examples").join(file)).unwrap();
    let r = v.validate_str(&text);
    for d in &r.diagnostics {
        assert!(d.line.is_some(), "{file}: {} unlocated", d.code);
        assert!(!d.message.is_empty() && !d.help.is_empty());
    }
    r.diagnostics
        .iter()
        .map(|d| (d.code.to_string(), d.path.clone()))
        .collect()
}

fn set(items: &[(&str, &str)]) -> BTreeSet<(String, String)> {
    items
        .iter()
        .map(|(c, p)| (c.to_string(), p.to_string()))
        .collect()
}

/// The Château-Thierry CLS as the seed describes it: ARS and ville signed on 17 December 2015;
/// the seed says nothing of its PRS reference, diagnostic, governance or fiches action, so
/// those are reported missing; a commune-scale CLS in Hauts-de-France goes against the ARS
/// guide's EPCI preference.
const CLS_CT: &[(&str, &str)] = &[
    ("CLS-003", "/prs"),
    ("CLS-004", "/diagnostic"),
    ("CLS-006", "/gouvernance"),
    ("CLS-008", "/actions"),
    ("CLS-009", "/perimetre"),
    ("CLS-010", "/signataires"),
    ("CLS-016", "/signataires/1"),
];

/// Contrat de ville de la Région de Château-Thierry (CV007): signed by the CC de la Région de
/// Château-Thierry, whose 2015 SIREN has since merged (a warning, not an error); no means for
/// the conseils citoyens, no volet santé, no ARS signature and no mid-term evaluation recorded.
const CV_CT: &[(&str, &str)] = &[
    ("TER-014", "/acteurs/0/territoire/code"),
    ("CV-003", "/signataires"),
    ("CV-007", "/moyens_conseils_citoyens"),
    ("CV-010", "/volet_sante"),
    ("CV-013", "/evaluations"),
];

#[test]
fn chateau_thierry() {
    assert_eq!(findings("chateau-thierry-cls.json"), set(CLS_CT));
    assert_eq!(
        findings("chateau-thierry-contrat-de-ville.json"),
        set(CV_CT)
    );
    // In the portfolio, the same findings under each document, plus the MSP's missing projet de
    // santé; the CLS does not claim to be the volet santé, so no articulation conflict.
    let mut want = BTreeSet::new();
    for (c, p) in CV_CT {
        want.insert((c.to_string(), format!("/documents/0{p}")));
    }
    for (c, p) in CLS_CT {
        want.insert((c.to_string(), format!("/documents/1{p}")));
    }
    want.insert(("GOV-011".into(), "/documents/2/projet_de_sante".into()));
    assert_eq!(findings("chateau-thierry-portefeuille.json"), want);
}

#[test]
fn metropole_europeenne_de_lille() {
    // Signed on 15 July 2015 under the MEL's SIREN of the time (merged since: a warning).
    assert_eq!(
        findings("mel-contrat-de-ville.json"),
        set(&[
            ("TER-014", "/acteurs/0/territoire/code"),
            ("CV-007", "/moyens_conseils_citoyens"),
            ("CV-010", "/volet_sante/diagnostic"),
            ("CV-010", "/volet_sante/objectifs"),
            ("CV-011", "/volet_sante/copil"),
            ("CV-011", "/volet_sante/referent_ars"),
            ("CV-013", "/evaluations"),
        ])
    );
}

#[test]
fn valenciennes_metropole() {
    // The seed names 41 signatories without listing them: with only the State, the EPCI and
    // the ARS, no commune signs (CV-001). The orientation 2 tree skips from 2.3 to 2.3.3, as
    // the printed document does: that is not an error (ART-006 stays quiet).
    assert_eq!(
        findings("valenciennes-metropole-contrat-de-ville.json"),
        set(&[
            ("CV-001", "/signataires"),
            ("CV-007", "/moyens_conseils_citoyens"),
            ("CV-010", "/volet_sante/diagnostic"),
            ("CV-010", "/volet_sante/objectifs"),
            ("CV-011", "/volet_sante/copil"),
            ("CV-011", "/volet_sante/referent_ars"),
            ("CV-013", "/evaluations"),
        ])
    );
}

#[test]
fn networks_of_local_authorities() {
    assert_eq!(findings("reseau-sante-mel.json"), set(&[]));
    assert_eq!(findings("reseau-77.json"), set(&[]));
}

#[test]
fn vitry_accompaniment() {
    // The seed gives no QPV for the NPRU project.
    assert_eq!(
        findings("vitry-demarche-ufs.json"),
        set(&[("NPRU-001", "/projet_urbain/qpv")])
    );
}

#[test]
fn vitry_opportunity_assessment_reaches_the_seeds_conclusion() {
    let text =
        std::fs::read_to_string(support::root().join("docs/examples/vitry-demarche-ufs.json"))
            .unwrap();
    let avis =
        territoire_sante::api::analysis::opportunite(&text, serde_json::json!({"lang": "fr"}))
            .unwrap();
    assert_eq!(avis.len(), 1);
    let a = &avis[0];
    assert_eq!(a.recommandation, territoire_sante::model::Scenario::Report);
    let condition = a.condition.as_deref().unwrap();
    assert!(
        condition.contains("élus") && condition.contains("fenêtre d'opportunité"),
        "{condition}"
    );
    assert!(
        a.raisons.iter().any(|r| r.contains("covid19")),
        "{:?}",
        a.raisons
    );
}
