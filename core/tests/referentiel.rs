//! The embedded référentiel: counts and known facts of COG 2026.
#![cfg(feature = "referentiel-embarque")]
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use territoire_sante::model::{Territoire, TypeTerritoire};
use territoire_sante::referentiel::{
    GenerationQpv, NatureEpci, Referentiel, TypeCommune, TypeSignataire,
};
use territoire_sante::Date;

fn r() -> &'static Referentiel {
    Referentiel::embedded().expect("embedded référentiel decodes")
}

#[test]
fn counts_match_the_sources() {
    let c = r().comptes();
    assert_eq!(c.communes_actuelles, 34_969);
    assert_eq!(c.communes, 37_590);
    assert_eq!(c.epci, 1_255);
    assert_eq!(c.ept, 11);
    assert_eq!(c.departements, 109);
    assert_eq!(c.regions, 26);
    assert_eq!(c.contrats_de_ville, 433);
    // 105 QPV of 2015 (Occitanie sample) + the 1,584 of the national 2024 list.
    assert_eq!(c.qpv, 105 + 1_584);
    // Every commune actuelle is queryable by code, and EPCI memberships add up (34,871 links).
    let actuelles: Vec<_> = r()
        .communes()
        .filter(|c| c.kind == TypeCommune::Actuelle)
        .collect();
    assert!(actuelles
        .iter()
        .all(|c| r().commune(&c.code).map(|x| &x.code) == Some(&c.code)));
    let links: usize = r().epcis().map(|e| e.membres.len()).sum();
    assert_eq!(links, 34_871);
    assert!(r().epcis().all(|e| r().epci(&e.siren).is_some()));
    // 172 rows of the ANCT list name a signatory absent from COG 2026; CV043 (CA du Pays
    // d'Aix, merged in 2016) has two rows (départements 13 and 84), hence 171 contracts.
    let absent: Vec<_> = r().contrats_de_ville().filter(|c| !c.present).collect();
    assert_eq!(absent.len(), 171);
    assert_eq!(
        absent.iter().map(|c| c.departements.len()).sum::<usize>(),
        172
    );
    assert!(r()
        .contrats_de_ville()
        .filter(|c| !c.present)
        .all(|c| c.signataire_type == TypeSignataire::Epci));
    let total: u64 = r().contrats_de_ville().map(|c| c.pop_qpv).sum();
    assert_eq!(total, 5_437_035);
}

#[test]
fn vintage_and_provenance_are_stated() {
    assert_eq!(r().vintage(), "COG 2026");
    assert_eq!(r().vintage_date(), Some(Date::ymd(2026, 1, 1)));
    let p = r().provenance();
    assert!(p.licence.contains("Licence Ouverte"));
    assert!(p.licence.contains("INSEE, DGCL, ANCT"));
    assert!(p
        .sources
        .iter()
        .any(|(k, v)| k == "cog" && v.contains("6.0.0")));
    let cov = &p.couverture_qpv;
    assert_eq!(cov.len(), 2);
    assert!(!cov[0].nationale);
    assert_eq!(cov[0].departements.len(), 12);
    // The 2024 list is national.
    assert!(cov[1].nationale && cov[1].departements.is_empty());
    let engine = territoire_sante::Validator::new(territoire_sante::Options {
        as_of: Some(Date::ymd(2026, 1, 1)),
        ..Default::default()
    })
    .unwrap();
    let rep = engine.validate_str(r#"{"type":"contrat_local_sante"}"#);
    assert_eq!(rep.referentiel.as_deref(), Some("COG 2026"));
}

#[test]
fn lille_is_in_the_mel_in_hauts_de_france() {
    let lille = r().commune("59350").unwrap();
    assert_eq!(lille.nom, "Lille");
    assert_eq!(lille.region, "32");
    assert_eq!(lille.departement, "59");
    assert!(lille.anciens_codes.iter().any(|c| c == "59298"));
    let mel = r().epci_of("59350").unwrap();
    assert_eq!(mel.siren, "200093201");
    assert_eq!(mel.nature, NatureEpci::Metro);
    assert!(r().membres("200093201").iter().any(|c| c.code == "59350"));
    assert_eq!(r().departement_of("59350").unwrap().nom, "Nord");
    assert_eq!(r().region_of("59350").unwrap().nom, "Hauts-de-France");
    // Lomme, a former commune, now a commune associée of Lille.
    assert_eq!(
        r().communes_by_ancien_code("59355").next().unwrap().code,
        "59350"
    );
}

#[test]
fn vitry_is_in_the_grand_paris_and_an_ept() {
    let mgp = r().epci_of("94081").unwrap();
    assert_eq!(mgp.siren, "200054781");
    assert_eq!(mgp.nature, NatureEpci::Metro);
    let ept = r().ept_of("94081").unwrap();
    assert_eq!(ept.nom, "Grand-Orly Seine Bièvre");
    assert!(ept.membres.iter().any(|m| m == "94081"));
    assert!(r().ept_of("75056").is_none());
    // Paris arrondissements resolve to Paris.
    assert_eq!(r().epci_of("75111").unwrap().siren, "200054781");
    assert_eq!(r().epci("200046977").unwrap().nature, NatureEpci::Met69);
}

#[test]
fn chateau_thierry_by_code_and_by_name() {
    let ct = r().commune("02168").unwrap();
    assert_eq!(ct.nom, "Château-Thierry");
    assert_eq!(r().epci_of("02168").unwrap().siren, "200072031");
    for q in ["chateau thierry", "CHÂTEAU-THIERRY", "Chateau-thierry"] {
        let hits = r().search(q, 3);
        assert_eq!(hits[0].code, "02168", "{q}");
        assert_eq!(hits[0].correspondance, "exact");
    }
    // Prefix hits come after exact ones; ties go to the larger population.
    let hits = r().search("saint denis", 50);
    let exact: Vec<&str> = hits
        .iter()
        .filter(|h| h.correspondance == "exact")
        .map(|h| h.code.as_str())
        .collect();
    // Communes actuelles first (La Réunion the larger), then déléguées and associées.
    assert_eq!(exact[..2], ["97411", "93066"]);
    assert!(exact.len() > 2);
    assert!(hits.iter().any(|h| h.correspondance == "prefixe"));
    let pos = |how: &str| hits.iter().position(|h| h.correspondance == how);
    assert!(pos("exact") < pos("prefixe"));
    assert!(r().search("", 10).is_empty());
    assert_eq!(r().search("thierry", 2).len(), 2);
    assert!(r().search("zzzzzz", 10).is_empty());
    // Names of EPCI, départements and QPV are searchable too.
    assert!(r().search("metropole europeenne de lille", 1)[0].code == "200093201");
    assert_eq!(r().search("cote d or", 1)[0].code, "21");
}

#[test]
fn corsica_overseas_and_islands() {
    assert_eq!(r().commune("2A004").unwrap().nom, "Ajaccio");
    assert_eq!(r().departement("2A").unwrap().region, "94");
    assert!(r().departement("20").is_none());
    assert_eq!(r().region("01").unwrap().nom, "Guadeloupe");
    assert!(r().epci_of("29155").is_none(), "Ouessant has no EPCI");
    assert!(r().commune("98735").is_some(), "Papeete");
}

#[test]
fn qpv_sample_and_chains() {
    let q = r().qpv("QP065003").unwrap();
    assert_eq!(q.communes.len(), 2, "Tarbes Est spans Séméac and Tarbes");
    assert_eq!(q.generation, GenerationQpv::G2015);
    assert!(r()
        .qpv_of_commune("65440")
        .iter()
        .any(|q| q.code == "QP065003"));
    let toulouse = r().epci_of("31555").unwrap();
    let qs = r().qpv_of_epci(&toulouse.siren);
    assert!(qs.iter().all(|q| q.departement == "31"));
    assert!(qs.len() >= 10);
    assert!(r().qpv_list_covers(GenerationQpv::G2015, "31"));
    assert!(!r().qpv_list_covers(GenerationQpv::G2015, "59"));
}

#[test]
fn territories_expand_into_communes_actuelles() {
    let t = |kind, code: &str| Territoire {
        kind,
        code: Some(code.into()),
        nom: None,
        membres: Vec::new(),
    };
    let mel = r()
        .communes_of(&t(TypeTerritoire::Epci, "200093201"))
        .unwrap();
    assert_eq!(mel.len(), r().epci("200093201").unwrap().membres.len());
    assert!(mel.windows(2).all(|w| w[0].code < w[1].code));
    let aisne = r()
        .communes_of(&t(TypeTerritoire::Departement, "02"))
        .unwrap();
    assert!(aisne
        .iter()
        .all(|c| c.departement == "02" && c.kind == TypeCommune::Actuelle));
    let hdf = r().communes_of(&t(TypeTerritoire::Region, "32")).unwrap();
    assert!(hdf.len() > aisne.len());
    assert_eq!(
        r().communes_of(&t(TypeTerritoire::Commune, "75111"))
            .unwrap()[0]
            .code,
        "75056"
    );
    assert_eq!(
        r().communes_of(&t(TypeTerritoire::Qpv, "QP065003"))
            .unwrap()
            .len(),
        2
    );
    assert!(r()
        .communes_of(&t(TypeTerritoire::Epci, "999999999"))
        .is_none());
    assert!(r()
        .communes_of(&t(TypeTerritoire::QuartierVeille, "x"))
        .is_none());
    // A collectivité d'outre-mer stands for its communes; TAAF is not one.
    let saint_martin = r()
        .communes_of(&t(TypeTerritoire::CollectiviteOutreMer, "978"))
        .unwrap();
    assert_eq!(
        saint_martin
            .iter()
            .map(|c| c.code.as_str())
            .collect::<Vec<_>>(),
        ["97801"]
    );
    assert_eq!(
        r().communes_of(&t(TypeTerritoire::CollectiviteOutreMer, "987"))
            .unwrap()
            .len(),
        48
    );
    assert!(r()
        .communes_of(&t(TypeTerritoire::CollectiviteOutreMer, "984"))
        .is_none());
    // A PETR stands for the communes of its listed members, and for nothing without them.
    let mut petr = t(TypeTerritoire::Petr, "200000000");
    assert!(r().communes_of(&petr).is_none());
    petr.membres = vec![
        t(TypeTerritoire::Epci, "200035327"),
        t(TypeTerritoire::Epci, "200039519"),
    ];
    let both = r().communes_of(&petr).unwrap();
    assert_eq!(
        both.len(),
        r().membres("200035327").len() + r().membres("200039519").len()
    );
    petr.membres.push(t(TypeTerritoire::Epci, "999999999"));
    assert!(r().communes_of(&petr).is_none());
}

#[test]
fn the_contrats_de_ville_list_is_complete() {
    let cv = r().contrat_de_ville("CV043").unwrap();
    assert_eq!(cv.departements, vec!["13".to_string(), "84".to_string()]);
    let paris = r()
        .contrats_de_ville()
        .find(|c| c.signataire == "75056")
        .unwrap();
    assert_eq!(paris.signataire_type, TypeSignataire::Commune);
    assert!(paris.present);
}

#[test]
fn the_compact_format_round_trips_through_the_loader() {
    let again = Referentiel::from_compact(territoire_sante::referentiel::EMBEDDED).unwrap();
    assert_eq!(again.comptes(), r().comptes());
    assert!(territoire_sante::referentiel::EMBEDDED.len() < 3_000_000);
}

#[test]
fn another_vintage_loaded_at_run_time_changes_what_the_rules_conclude() {
    use std::sync::Arc;
    use territoire_sante::{Options, Validator};
    let doc = r#"{"type": "contrat_de_ville",
                  "perimetre": [{"type": "epci", "code": "241300276"}, {"type": "commune", "code": "13001"}],
                  "date_signature": "2015-06-30"}"#;
    let codes = |r: Option<Arc<Referentiel>>| {
        let v = Validator::new(Options {
            as_of: Some(Date::ymd(2016, 6, 30)),
            rules: vec!["TER".into()],
            referentiel: r,
            ..Options::default()
        })
        .unwrap();
        let rep = v.validate_str(doc);
        (
            rep.referentiel.clone(),
            rep.diagnostics
                .iter()
                .map(|d| d.code.to_string())
                .collect::<Vec<_>>(),
        )
    };
    // The embedded COG 2026 no longer has the CA du Pays d'Aix (merged in 2016).
    assert_eq!(
        codes(None),
        (Some("COG 2026".into()), vec!["TER-014".to_string()])
    );
    // An extract of a 2015 vintage has it: nothing to say.
    let cog2015 = "@\tformat\t1\n@\tvintage\tCOG 2015 (extrait)\n@\tvintage_date\t2015-01-01\n\
        R\t93\t\tmetro\tProvence-Alpes-Côte d'Azur\nD\t13\t93\t\tmetro\tBouches-du-Rhône\n\
        E\t241300276\tCA\tFPU\t\t\tCA du Pays d'Aix\n\
        C\t13001\ta\t13\t241300276\t\t\t\t\tAix-en-Provence\n";
    let r = Arc::new(Referentiel::from_compact(cog2015).unwrap());
    assert_eq!(r.epci_of("13001").unwrap().siren, "241300276");
    assert_eq!(
        codes(Some(r.clone())),
        (Some("COG 2015 (extrait)".into()), vec![])
    );
    // Against that vintage the document no longer predates the référentiel: an EPCI it lacks
    // is an error, not a merge warning.
    let unknown = doc.replace("241300276", "200054807");
    let v = Validator::new(Options {
        as_of: Some(Date::ymd(2016, 6, 30)),
        rules: vec!["TER".into()],
        referentiel: Some(r),
        ..Options::default()
    })
    .unwrap();
    let rep = v.validate_str(&unknown);
    let got: Vec<&str> = rep.diagnostics.iter().map(|d| &*d.code).collect();
    assert_eq!(got, ["TER-004"]);
}
