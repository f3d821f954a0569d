//! Coverage of the generated national portfolio, checked against an independent count.
#![cfg(feature = "referentiel-embarque")]
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::collections::{BTreeMap, HashSet};

use territoire_sante::analysis::couverture::{couverture, Perimetre};
use territoire_sante::analysis::generateur::{generer, Options};
use territoire_sante::model::*;
use territoire_sante::referentiel::{Referentiel, TypeCommune};
use territoire_sante::Date;

fn r() -> &'static Referentiel {
    Referentiel::embedded().expect("embedded référentiel")
}

/// In force, by a rule written for the generator's documents only: dated period or start
/// date (to the day), and the statut that says it runs.
fn in_force_simple(d: &Document, as_of: Date) -> bool {
    match d {
        Document::ContratLocalSante(c) => {
            let p = c.periode.unwrap();
            !matches!(c.statut, Some(Code::Known(StatutCls::Elaboration)))
                && p.debut.unwrap().exact().unwrap() <= as_of
                && as_of <= p.fin.unwrap().exact().unwrap()
        }
        Document::AtelierSanteVille(a) => {
            matches!(
                a.statut,
                Some(Code::Known(StatutAsv::Operationnel | StatutAsv::Amorcage))
            ) && a.date_creation.unwrap().exact().unwrap() <= as_of
        }
        Document::ConseilLocalSanteMentale(c) => {
            matches!(c.statut, Some(Code::Known(StatutClsm::Installe)))
                && c.date_installation.unwrap().exact().unwrap() <= as_of
        }
        _ => false,
    }
}

/// (communes, population, covered communes, covered population) per département, by walking
/// the documents and the EPCI member lists directly.
fn independent_count(pf: &Portefeuille, as_of: Date) -> BTreeMap<String, (u64, u64, u64, u64)> {
    let r = r();
    let mut covered: HashSet<String> = HashSet::new();
    for d in &pf.documents {
        if !in_force_simple(d, as_of) {
            continue;
        }
        let terr: &[Territoire] = match d {
            Document::ContratLocalSante(c) => &c.perimetre,
            Document::AtelierSanteVille(a) => &a.territoires,
            Document::ConseilLocalSanteMentale(c) => &c.perimetre,
            _ => &[],
        };
        for t in terr {
            let code = t.code.clone().unwrap();
            match t.kind {
                TypeTerritoire::Commune => {
                    covered.insert(code);
                }
                TypeTerritoire::Epci => {
                    for m in &r.epci(&code).unwrap().membres {
                        covered.insert(m.clone());
                    }
                }
                // A QPV covers each of its host communes (Tarbes Est spans Séméac).
                TypeTerritoire::Qpv => {
                    for m in &r.qpv(&code).unwrap().communes {
                        covered.insert(m.clone());
                    }
                }
                other => panic!("unexpected territory kind {other:?}"),
            }
        }
    }
    let mut out: BTreeMap<String, (u64, u64, u64, u64)> = BTreeMap::new();
    for c in r.communes() {
        if c.kind != TypeCommune::Actuelle {
            continue;
        }
        let e = out.entry(c.departement.clone()).or_default();
        let pop = c.population.unwrap_or(0);
        e.0 += 1;
        e.1 += pop;
        if covered.contains(&c.code) {
            e.2 += 1;
            e.3 += pop;
        }
    }
    out
}

#[test]
fn generator_is_deterministic_and_national() {
    let o = Options::default();
    let a = generer(r(), &o);
    let b = generer(r(), &o);
    assert_eq!(a, b);
    let count = |k: DocumentKind| a.documents.iter().filter(|d| d.kind() == k).count();
    assert_eq!(count(DocumentKind::ContratLocalSante), 600);
    assert_eq!(count(DocumentKind::ConseilLocalSanteMentale), 300);
    assert_eq!(count(DocumentKind::AtelierSanteVille), 300);
    assert_eq!(count(DocumentKind::ConseilTerritorialSante), 100);
    let cv = count(DocumentKind::ContratDeVille);
    assert!((440..=450).contains(&cv), "{cv} contrats de ville");
    let other = generer(r(), &Options { seed: 7, ..o });
    assert_ne!(a, other);
    let x10 = generer(r(), &Options { scale: 10, ..o });
    assert_eq!(x10.documents.len(), 10 * a.documents.len());
}

#[test]
fn coverage_by_departement_matches_an_independent_count() {
    let pf = generer(r(), &Options::default());
    let as_of = Date::ymd(2020, 6, 30);
    let expected = independent_count(&pf, as_of);
    let mut checked = 0;
    let mut covered_somewhere = 0;
    for dep in ["59", "62", "75", "93", "94", "13", "2A", "971", "31", "48"] {
        let cov = couverture(&pf, r(), Some(&Perimetre::Departement(dep.into())), as_of).unwrap();
        assert_eq!(cov.departements.len(), 1, "{dep}");
        let got = &cov.departements[0];
        let want = expected[dep];
        assert_eq!(
            (
                got.communes,
                got.population,
                got.communes_couvertes,
                got.population_couverte
            ),
            want,
            "département {dep}"
        );
        assert_eq!(got.zones_blanches, want.0 - want.2);
        assert_eq!(cov.total.population_couverte, want.3);
        assert_eq!(
            cov.communes.iter().filter(|l| !l.couverte).count() as u64,
            got.zones_blanches
        );
        covered_somewhere += u64::from(want.2 > 0);
        checked += 1;
    }
    assert_eq!(checked, 10);
    assert!(
        covered_somewhere >= 5,
        "the sample should not be all white zones"
    );
}

#[test]
fn coverage_of_the_whole_country_matches_departement_by_departement() {
    let pf = generer(r(), &Options::default());
    let as_of = Date::ymd(2020, 6, 30);
    let expected = independent_count(&pf, as_of);
    let cov = couverture(&pf, r(), Some(&Perimetre::France), as_of).unwrap();
    assert_eq!(cov.departements.len(), expected.len());
    for d in &cov.departements {
        let want = expected[&d.departement];
        assert_eq!(
            (
                d.communes,
                d.population,
                d.communes_couvertes,
                d.population_couverte
            ),
            want,
            "département {}",
            d.departement
        );
    }
    let national: (u64, u64) = expected
        .values()
        .fold((0, 0), |a, w| (a.0 + w.2, a.1 + w.3));
    assert_eq!(
        (cov.total.communes_couvertes, cov.total.population_couverte),
        national
    );
    // A realistic picture: some coverage, far from complete.
    let rate = cov.total.taux_population_couverte();
    assert!((5.0..80.0).contains(&rate), "{rate}");
    // Rows are in code order and a région gives the same figures as its départements.
    assert!(cov.communes.windows(2).all(|w| w[0].commune < w[1].commune));
    let hdf = couverture(&pf, r(), Some(&"reg:32".parse().unwrap()), as_of).unwrap();
    for d in &hdf.departements {
        assert_eq!(
            Some(d),
            cov.departements
                .iter()
                .find(|x| x.departement == d.departement)
        );
    }
}

#[test]
fn generated_defects_are_found_by_the_validator_in_a_realistic_share() {
    let pf = generer(r(), &Options::default());
    let n = pf.documents.len();
    let doc = Document::Portefeuille(pf);
    let v = territoire_sante::Validator::new(territoire_sante::Options {
        as_of: Some(Date::ymd(2020, 6, 30)),
        ..Default::default()
    })
    .unwrap();
    let report = v.validate(&doc);
    // The generator's documents are sketches (no PRS reference, no governance…), which the full
    // catalogue reports everywhere; the defects it injects on purpose are a missing ARS
    // signature and a statut contradicting the dates.
    let flagged: HashSet<usize> = report
        .diagnostics
        .iter()
        .filter(|d| d.code == "CLS-001" || d.code == "LIF-002")
        .filter_map(|d| territoire_sante::analysis::articulation::document_index(&d.path))
        .collect();
    let share = flagged.len() as f64 / n as f64;
    assert!((0.05..0.20).contains(&share), "{share}");
    assert!(report.has("CLS-001") && report.has("LIF-002"));
    // Dangling references, for the cross-document rules.
    let Document::Portefeuille(pf) = &doc else {
        unreachable!()
    };
    let ids: HashSet<&str> = pf.documents.iter().filter_map(|d| d.ident()).collect();
    let dangling = pf
        .documents
        .iter()
        .filter(|d| match d {
            Document::ConseilLocalSanteMentale(c) => {
                c.cls.as_deref().is_some_and(|x| !ids.contains(x))
            }
            Document::AtelierSanteVille(a) => a
                .rattachement
                .as_ref()
                .and_then(|r| r.contrat_de_ville.as_deref())
                .is_some_and(|x| !ids.contains(x)),
            _ => false,
        })
        .count();
    assert!((10..100).contains(&dangling), "{dangling}");
}
