//! The embedded QPV 2024 list against its source file (`core/data/qpv2024/liste.csv`), and the
//! list in force at a date.
#![cfg(feature = "referentiel-embarque")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use std::collections::BTreeMap;

use territoire_sante::referentiel::{GenerationQpv, Referentiel, BASCULE_QPV_2024};
use territoire_sante::Date;

/// The source file, read with a CSV reader independent of the build script.
fn source() -> BTreeMap<String, (String, Vec<String>)> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/data/qpv2024/liste.csv");
    let text = std::fs::read_to_string(path).unwrap();
    let mut lines = text.lines();
    assert_eq!(lines.next(), Some("code_qp,lib_qp,insee_com"));
    let mut out = BTreeMap::new();
    for line in lines {
        // Names may hold commas inside quotes: split the code off the front and the communes
        // off the back.
        let (code, rest) = line.split_once(',').unwrap();
        let (name, communes) = rest.rsplit_once(',').unwrap();
        let name = name
            .strip_prefix('"')
            .and_then(|n| n.strip_suffix('"'))
            .map_or(name.to_string(), |n| n.replace("\"\"", "\""));
        let communes = communes.split(';').map(str::to_string).collect();
        assert!(
            out.insert(code.to_string(), (name, communes)).is_none(),
            "{code} twice"
        );
    }
    out
}

#[test]
fn the_1584_qpv_of_2024_match_the_source_file() {
    let src = source();
    assert_eq!(src.len(), 1584);
    let r = Referentiel::embedded().unwrap();
    let embedded: Vec<_> = r
        .qpvs()
        .filter(|q| q.generation == GenerationQpv::G2024)
        .collect();
    assert_eq!(embedded.len(), 1584);
    let mut metro = 0;
    for q in &embedded {
        let (name, communes) = src.get(&q.code).expect("code absent from the source");
        assert_eq!(&q.nom, name, "{}", q.code);
        assert_eq!(&q.communes, communes, "{}", q.code);
        // Département from the code, région from the département.
        let dep = r.departement(&q.departement).unwrap();
        assert_eq!(dep.region, q.region, "{}", q.code);
        if !r.outre_mer(&q.departement) {
            metro += 1;
        }
        // EPCI: exactly those of its communes in the COG membership.
        let mut expected: Vec<String> = q
            .communes
            .iter()
            .filter_map(|c| r.epci_of(c).map(|e| e.siren.clone()))
            .collect();
        expected.sort();
        expected.dedup();
        assert_eq!(q.epci, expected, "{}", q.code);
    }
    // The décret's count for metropolitan France; the rest is overseas.
    assert_eq!(metro, 1362);
    // The 2015 sample stays, as the 2015 list.
    assert_eq!(
        r.qpvs()
            .filter(|q| q.generation == GenerationQpv::G2015)
            .count(),
        105
    );
}

#[test]
fn la_grande_borne_and_multi_commune_qpv() {
    let r = Referentiel::embedded().unwrap();
    let q = r.qpv("QN09125M").unwrap();
    assert_eq!(q.nom, "La Grande Borne");
    assert_eq!(q.communes, ["91286"]);
    assert_eq!(r.commune("91286").unwrap().nom, "Grigny");
    assert_eq!(q.departement, "91");
    assert_eq!(q.region, "11");
    assert_eq!(q.population, None);
    let q = r.qpv("QN09328M").unwrap();
    assert_eq!(q.communes.len(), 4);
    assert_eq!(q.epci, ["200054781"]);
    // A QPV with a commune déléguée (Pierrefitte-sur-Seine, in Saint-Denis since 2025) gets the
    // EPCI of its commune nouvelle.
    let q = r.qpv("QN09335M").unwrap();
    assert!(q.communes.iter().any(|c| c == "93059"));
    assert_eq!(q.epci, ["200054781"]);
    // The QPV of a commune and of an EPCI include the 2024 ones.
    assert!(r
        .qpv_of_commune("91286")
        .iter()
        .any(|q| q.code == "QN09125M"));
    assert!(r
        .qpv_of_epci("200059228")
        .iter()
        .any(|q| q.code == "QN09125M"));
    // Several EPCI for a QPV over communes of different EPCI.
    assert!(r.qpvs().any(|q| q.epci.len() > 1));
}

#[test]
fn the_list_in_force_follows_as_of() {
    let r = Referentiel::embedded().unwrap();
    let d = |y, m, j| Date::ymd(y, m, j);
    assert_eq!(BASCULE_QPV_2024.debut_metropole, d(2024, 1, 1));
    assert_eq!(BASCULE_QPV_2024.debut_outre_mer, d(2025, 1, 1));
    // Each switch date rests on its décret; a link, when there is one, goes to Légifrance.
    assert!(BASCULE_QPV_2024.sources.iter().all(|s| s
        .url()
        .is_none_or(|u| u.starts_with("https://www.legifrance.gouv.fr/"))));
    // Metropolitan France: the 2015 list until 2023-12-31.
    assert_eq!(
        r.generation_qpv_en_vigueur("91", d(2023, 12, 31)),
        GenerationQpv::G2015
    );
    assert_eq!(
        r.generation_qpv_en_vigueur("91", d(2024, 1, 1)),
        GenerationQpv::G2024
    );
    // Overseas: until 2024-12-31.
    assert_eq!(
        r.generation_qpv_en_vigueur("974", d(2024, 12, 31)),
        GenerationQpv::G2015
    );
    assert_eq!(
        r.generation_qpv_en_vigueur("974", d(2025, 1, 1)),
        GenerationQpv::G2024
    );
    assert_eq!(
        r.generation_qpv_en_vigueur("987", d(2024, 6, 1)),
        GenerationQpv::G2015
    );
    // In 2024, the metropolitan 2024 list and no overseas QPV (the embedded 2015 list is the
    // Occitanie sample); from 2025, all 1,584.
    let v = r.qpvs_en_vigueur(d(2024, 6, 1));
    assert_eq!(v.len(), 1362);
    assert!(v.iter().all(|q| q.code.starts_with("QN")));
    assert_eq!(r.qpvs_en_vigueur(d(2025, 1, 1)).len(), 1584);
    let v = r.qpvs_en_vigueur(d(2020, 1, 1));
    assert_eq!(v.len(), 105);
    assert!(v.iter().all(|q| q.code.starts_with("QP")));
}
