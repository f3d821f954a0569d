//! Articulation matrix and coverage through the JSON twins, on a small Toulouse portfolio.
#![cfg(feature = "referentiel-embarque")]
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod support;

use serde_json::json;
use territoire_sante::analysis::articulation::{entre_documents, Articulation, LigneArticulation};
use territoire_sante::analysis::sortie;
use territoire_sante::api::analysis as api;
use territoire_sante::referentiel::Referentiel;
use territoire_sante::{Error, Locale};

/// The identifiers of a column, as text.
fn ids(v: &[std::sync::Arc<str>]) -> Vec<&str> {
    v.iter().map(|s| &**s).collect()
}

fn fixture() -> String {
    std::fs::read_to_string(support::root().join("core/tests/fixtures/portefeuille_toulouse.json"))
        .unwrap()
}

fn matrix(all: bool) -> Articulation {
    api::articulation(
        &fixture(),
        json!({"as_of": "2020-06-30", "territoire": "communes:31555,31069,31149", "tous_diagnostics": all}),
    )
    .unwrap()
}

fn row<'a>(a: &'a Articulation, code: &str) -> &'a LigneArticulation {
    a.lignes.iter().find(|l| l.code == code).unwrap()
}

#[test]
fn rows_list_the_instruments_in_force() {
    let a = matrix(false);
    let toulouse = row(&a, "31555");
    assert_eq!(toulouse.niveau, "commune");
    assert_eq!(ids(&toulouse.instruments.cls), ["cls-toulouse"]);
    assert_eq!(ids(&toulouse.instruments.contrat_de_ville), ["CV101"]);
    assert_eq!(ids(&toulouse.instruments.asv), ["asv-toulouse"]);
    assert_eq!(ids(&toulouse.instruments.cts), ["cts-31"]);
    // A CLS in élaboration is not in force.
    let colomiers = row(&a, "31149");
    assert!(colomiers.instruments.cls.is_empty());
    assert_eq!(ids(&colomiers.instruments.contrat_de_ville), ["CV101"]);
    // A CLSM with no CLS on its commune is signalled.
    let blagnac = row(&a, "31069");
    assert_eq!(ids(&blagnac.instruments.clsm), ["clsm-blagnac"]);
    assert!(blagnac.signaux.contains(&"clsm_sans_cls"));
    // Communes first, in code order, then QPV.
    let levels: Vec<&str> = a.lignes.iter().map(|l| l.niveau).collect();
    let first_qpv = levels.iter().position(|l| *l == "qpv").unwrap();
    assert!(levels[first_qpv..].iter().all(|l| *l == "qpv"));
    assert!(a.lignes[..first_qpv]
        .windows(2)
        .all(|w| w[0].code < w[1].code));
}

#[test]
fn qpv_rows_distinguish_what_covers_each_quartier() {
    let a = matrix(false);
    // The ASV names Grand Mirail only: it is on that QPV's row, not on Arènes'.
    let mirail = row(&a, "QP031007");
    assert_eq!(mirail.niveau, "qpv");
    assert_eq!(ids(&mirail.instruments.asv), ["asv-toulouse"]);
    let arenes = row(&a, "QP031008");
    assert!(arenes.instruments.asv.is_empty());
    // The CLS on the whole commune covers every QPV of Toulouse of the list in force (2015)
    // the référentiel knows; the 2024 list is not shown in 2020.
    let r = Referentiel::embedded().unwrap();
    let as_of = territoire_sante::Date::ymd(2020, 6, 30);
    assert!(a.lignes.iter().all(|l| !l.code.starts_with("QN")));
    for q in r
        .qpv_of_commune("31555")
        .into_iter()
        .filter(|q| r.qpv_en_vigueur(q, as_of))
    {
        assert_eq!(
            ids(&row(&a, &q.code).instruments.cls),
            ["cls-toulouse"],
            "{}",
            q.code
        );
    }
}

#[test]
fn findings_are_attached_to_the_rows_of_their_documents() {
    let a = matrix(true);
    let cls001 = a
        .incoherences
        .iter()
        .position(|i| i.code == "CLS-001" && i.document == "cls-toulouse")
        .expect("the Toulouse CLS lacks the ARS signature");
    assert!(a.incoherences[cls001].path.starts_with("/documents/1"));
    assert!(row(&a, "31555").incoherences.contains(&cls001));
    assert!(row(&a, "QP031008").incoherences.contains(&cls001));
    assert!(!row(&a, "31069").incoherences.contains(&cls001));
    assert!(!row(&a, "31149").incoherences.contains(&cls001));
    // Not in force: the Colomiers CLS's own findings attach to no row.
    for l in &a.lignes {
        for i in &l.incoherences {
            assert_ne!(a.incoherences[*i].document, "cls-colomiers-futur");
        }
    }
    // By default only the findings between documents are kept.
    let cross = matrix(false);
    assert!(cross.incoherences.len() < a.incoherences.len());
    let rendered = sortie::articulation_csv(&a);
    assert!(rendered.contains("CLS-001@cls-toulouse"), "{rendered}");
}

#[test]
fn the_matrix_carries_exactly_the_validator_findings_it_selects() {
    let r = territoire_sante::Validator::new(territoire_sante::Options {
        as_of: Some(territoire_sante::Date::ymd(2020, 6, 30)),
        ..Default::default()
    })
    .unwrap()
    .validate_str(&fixture());
    let in_docs: Vec<_> = r
        .diagnostics
        .iter()
        .filter(|d| d.path.starts_with("/documents/"))
        .collect();
    let all = matrix(true);
    assert_eq!(all.incoherences.len(), in_docs.len());
    for (i, d) in all.incoherences.iter().zip(&in_docs) {
        assert_eq!(
            (i.code.as_str(), &i.path, &i.message),
            (d.code.as_ref(), &d.path, &d.message)
        );
    }
    let cross = matrix(false);
    let want: Vec<_> = in_docs.iter().filter(|d| entre_documents(d)).collect();
    assert_eq!(cross.incoherences.len(), want.len());
    for (i, d) in cross.incoherences.iter().zip(&want) {
        assert_eq!((i.code.as_str(), &i.path), (d.code.as_ref(), &d.path));
    }
}

#[test]
fn coverage_through_the_json_twin() {
    let c = api::couverture(
        &fixture(),
        json!({"as_of": "2020-06-30", "territoire": "epci:243100518"}),
    )
    .unwrap();
    let r = Referentiel::embedded().unwrap();
    let members = r.membres("243100518");
    assert_eq!(c.communes.len(), members.len());
    let toulouse = c.communes.iter().find(|l| l.commune == "31555").unwrap();
    assert!(toulouse.couverte);
    assert_eq!(
        toulouse.population,
        r.commune("31555").unwrap().population.unwrap()
    );
    assert!(!toulouse.qpv.is_empty());
    let colomiers = c.communes.iter().find(|l| l.commune == "31149").unwrap();
    assert!(!colomiers.couverte, "a CLS in élaboration covers nothing");
    // Toulouse (ASV, CLS) and Blagnac (CLSM) are the only covered communes.
    assert_eq!(c.total.communes_couvertes, 2);
    let pop = r.commune("31555").unwrap().population.unwrap()
        + r.commune("31069").unwrap().population.unwrap();
    assert_eq!(c.total.population_couverte, pop);
    assert_eq!(c.total.zones_blanches, members.len() as u64 - 2);
    // Before the CLS and after everything: fewer communes covered.
    let early = api::couverture(
        &fixture(),
        json!({"as_of": "2006-01-01", "territoire": "epci:243100518"}),
    )
    .unwrap();
    assert_eq!(early.total.communes_couvertes, 0);
    #[cfg(feature = "cli")]
    {
        let text = territoire_sante::analysis::tableaux::couverture(&c, Locale::Fr);
        assert!(
            text.contains("Haute-Garonne") && text.contains("zones bl."),
            "{text}"
        );
    }
}

#[test]
fn csv_is_rfc4180() {
    let s = sortie::csv(
        &["a", "b"],
        &[
            vec!["x,y".into(), "il dit \"non\"".into()],
            vec!["1".into(), "ligne\nsuivante".into()],
        ],
    );
    assert_eq!(
        s,
        "a,b\r\n\"x,y\",\"il dit \"\"non\"\"\"\r\n1,\"ligne\nsuivante\"\r\n"
    );
    let c = api::couverture(
        &fixture(),
        json!({"as_of": "2020-06-30", "territoire": "communes:31555,31069"}),
    )
    .unwrap();
    let out = sortie::couverture_csv(&c);
    let lines: Vec<&str> = out.split("\r\n").filter(|l| !l.is_empty()).collect();
    assert_eq!(
        lines[0],
        "commune,nom,departement,epci,population,qpv,cls,contrat_de_ville,asv,clsm,cts,couverte"
    );
    assert_eq!(lines.len(), 3);
    assert!(lines[1].starts_with("31069,Blagnac,31,243100518,"));
    assert!(lines[2].ends_with(",true"));
    let resume = sortie::resume_csv(&c);
    assert!(resume.lines().last().unwrap().starts_with("total,"));
    let opts = json!({"as_of": "2020-06-30", "territoire": "communes:31555,31069"});
    assert_eq!(api::couverture_csv(&fixture(), opts.clone()).unwrap(), out);
    let mut with_resume = opts.clone();
    with_resume["resume"] = json!(true);
    assert_eq!(
        api::couverture_csv(&fixture(), with_resume).unwrap(),
        resume
    );
    assert!(api::articulation_csv(&fixture(), opts)
        .unwrap()
        .starts_with("niveau,code,nom,"));
}

#[test]
fn bad_territories_and_inputs_are_clear_errors() {
    match api::couverture(&fixture(), json!({"territoire": "dep59"})) {
        Err(Error::Option { option, reason }) => {
            assert_eq!(option, "territoire");
            assert!(reason.contains("dep:59"), "{reason}");
        }
        other => panic!("{other:?}"),
    }
    match api::couverture(
        &fixture(),
        json!({"territoire": "dep:00", "as_of": "2020-06-30"}),
    ) {
        Err(Error::Analysis(m)) => assert!(m.contains("dep:00"), "{m}"),
        other => panic!("{other:?}"),
    }
    match api::couverture(
        "{\"type\": \"portefeuille\", ",
        json!({"as_of": "2020-06-30"}),
    ) {
        Err(Error::Analysis(m)) => assert!(m.starts_with("1:"), "{m}"),
        other => panic!("{other:?}"),
    }
    match api::couverture(
        r#"{"type": "contrat_local_sante"}"#,
        json!({"as_of": "2020-06-30"}),
    ) {
        Err(Error::Analysis(m)) => assert!(m.contains("portefeuille"), "{m}"),
        other => panic!("{other:?}"),
    }
    assert!(matches!(
        api::couverture(&fixture(), json!({"langue": "fr"})),
        Err(Error::Option { .. })
    ));
}
