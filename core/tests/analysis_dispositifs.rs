//! Which instruments are in force at a date (the rule shared by coverage and articulation).
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use serde_json::{json, Value};
use territoire_sante::analysis::dispositifs::{en_vigueur, instruments, Dispositif};
use territoire_sante::model::{Document, Portefeuille};
use territoire_sante::Date;

fn doc(v: Value) -> Document {
    serde_json::from_value(v).unwrap()
}

fn d(s: &str) -> Date {
    s.parse().unwrap()
}

#[test]
fn dates_decide_when_known() {
    let cls = doc(
        json!({"type": "contrat_local_sante", "statut": "en_vigueur",
        "periode": {"debut": "2016-01-01", "fin": "2020-12-31"}}),
    );
    assert!(!en_vigueur(&cls, d("2015-12-31")));
    assert!(en_vigueur(&cls, d("2016-01-01")));
    assert!(en_vigueur(&cls, d("2020-12-31")));
    assert!(
        !en_vigueur(&cls, d("2021-01-01")),
        "a stale statut does not extend it"
    );
    // A prorogation signed by the date extends it; one signed later does not yet.
    let prolonged = doc(json!({"type": "contrat_local_sante", "statut": "proroge",
        "periode": {"debut": "2016-01-01", "fin": "2020-12-31"},
        "avenants": [{"nature": "avenant", "date": "2020-11-15", "nouvelle_fin": "2022-12-31"}]}));
    assert!(en_vigueur(&prolonged, d("2022-06-30")));
    assert!(!en_vigueur(&prolonged, d("2023-01-01")));
}

#[test]
fn legal_prorogations_of_2015_contrats_de_ville_count() {
    let cv = doc(
        json!({"type": "contrat_de_ville", "code": "CV101", "generation": "2015",
        "statut": "echu", "periode": {"debut": "2015-01-01", "fin": "2020-12-31"}}),
    );
    // Marked expired, but prorogued by law until the end of 2023.
    assert!(en_vigueur(&cv, d("2022-06-30")));
    assert!(en_vigueur(&cv, d("2023-12-31")));
    assert!(!en_vigueur(&cv, d("2024-01-01")));
}

#[test]
fn some_statuts_exclude_whatever_the_dates() {
    for (kind, statut) in [
        ("contrat_local_sante", "elaboration"),
        ("contrat_local_sante", "prefiguration"),
        ("contrat_local_sante", "renouvele"),
        ("contrat_de_ville", "en_negociation"),
    ] {
        let x = doc(json!({"type": kind, "statut": statut,
            "periode": {"debut": "2016-01-01", "fin": "2030-12-31"}}));
        assert!(!en_vigueur(&x, d("2020-06-30")), "{kind} {statut}");
    }
    let asv = doc(
        json!({"type": "atelier_sante_ville", "statut": "suspendu", "date_creation": "2010-01-01"}),
    );
    assert!(!en_vigueur(&asv, d("2020-06-30")));
    let clsm = doc(
        json!({"type": "conseil_local_sante_mentale", "statut": "en_projet", "date_installation": "2010-01-01"}),
    );
    assert!(!en_vigueur(&clsm, d("2020-06-30")));
}

#[test]
fn without_dates_the_statut_decides() {
    let yes = doc(json!({"type": "conseil_local_sante_mentale", "statut": "installe"}));
    assert!(en_vigueur(&yes, d("2020-06-30")));
    let asv = doc(
        json!({"type": "atelier_sante_ville", "statut": "operationnel", "date_creation": "2021-01-01"}),
    );
    assert!(!en_vigueur(&asv, d("2020-06-30")), "created later");
    let nothing = doc(json!({"type": "contrat_local_sante"}));
    assert!(!en_vigueur(&nothing, d("2020-06-30")));
    let unknown_word = doc(json!({"type": "contrat_local_sante", "statut": "actif"}));
    assert!(!en_vigueur(&unknown_word, d("2020-06-30")));
}

#[test]
fn instruments_of_a_portfolio_keep_order_ids_and_territories() {
    let pf: Portefeuille = serde_json::from_value(json!({"documents": [
        {"type": "contrat_de_ville", "code": "CV101",
         "perimetre": [{"type": "epci", "code": "243100518"}],
         "quartiers": [{"type": "qpv", "code": "QP031007"}]},
        {"type": "demarche_accompagnement", "id": "x"},
        {"type": "conseil_territorial_sante", "departements": ["31", "32"]},
        {"type": "atelier_sante_ville", "id": "asv-1"}
    ]}))
    .unwrap();
    let v = instruments(&pf);
    let summary: Vec<(usize, Dispositif, &str, usize)> = v
        .iter()
        .map(|i| (i.index, i.kind, i.id.as_str(), i.territoires.len()))
        .collect();
    assert_eq!(
        summary,
        [
            (0, Dispositif::ContratDeVille, "CV101", 2),
            (2, Dispositif::Cts, "#2", 2),
            (3, Dispositif::Asv, "asv-1", 0),
        ]
    );
}
