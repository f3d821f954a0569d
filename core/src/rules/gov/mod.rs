//! GOV-*: governance bodies — conseils territoriaux de santé (L1434-10 CSP, décret 2016-1024),
//! CLSM bodies, conseils citoyens in the contrat de ville's steering, PTSM procedure, CPTS and MSP
//! projets de santé.

use super::util;
use super::*;
use crate::model::{
    College, ContratDeVille, Document, DocumentKind, Instance, NatureActeur, NatureInstance,
    NatureProjetSante, RepresentationCts,
};
use crate::report::{Category, Severity};

mod gov_001;
mod gov_002;
mod gov_003;
mod gov_004;
mod gov_005;
mod gov_006;
mod gov_007;
mod gov_008;
mod gov_009;
mod gov_010;
mod gov_011;
mod gov_012;

pub use gov_001::GOV_001;
pub use gov_002::GOV_002;
pub use gov_003::GOV_003;
pub use gov_004::GOV_004;
pub use gov_005::GOV_005;
pub use gov_006::GOV_006;
pub use gov_007::GOV_007;
pub use gov_008::GOV_008;
pub use gov_009::GOV_009;
pub use gov_010::GOV_010;
pub use gov_011::GOV_011;
pub use gov_012::GOV_012;

/// The college whose nature (normalised) is one of `names`, with its index.
pub fn college<'a>(colleges: &'a [College], names: &[&str]) -> Option<(usize, &'a College)> {
    colleges.iter().enumerate().find(|(_, c)| {
        let n = c
            .nature
            .trim()
            .to_lowercase()
            .replace([' ', '-', '\''], "_");
        names.iter().any(|x| n == *x)
    })
}

/// The instances of `nature`, with their index.
fn instances_of(xs: &[Instance], nature: NatureInstance) -> Vec<(usize, &Instance)> {
    xs.iter()
        .enumerate()
        .filter(|(_, i)| i.nature == nature)
        .collect()
}

/// A CTS college: key, accepted names, minimum, maximum, French and English labels.
type CollegeBounds = (
    &'static str,
    &'static [&'static str],
    u32,
    u32,
    &'static str,
    &'static str,
);

/// CTS colleges: accepted names, bounds (arrêté du 3 août 2016, R1434-33).
const CTS_COLLEGES: &[CollegeBounds] = &[
    (
        "professionnels",
        &["professionnels", "offreurs", "professionnels_offreurs"],
        20,
        28,
        "professionnels et offreurs",
        "professionals and providers",
    ),
    (
        "usagers",
        &["usagers", "usagers_associations"],
        6,
        10,
        "usagers",
        "users",
    ),
    (
        "collectivites",
        &["collectivites", "collectivites_territoriales"],
        4,
        7,
        "collectivités territoriales",
        "local authorities",
    ),
    (
        "etat_securite_sociale",
        &["etat_securite_sociale", "etat", "etat_et_securite_sociale"],
        2,
        3,
        "État et sécurité sociale",
        "State and social security",
    ),
    (
        "personnalites_qualifiees",
        &["personnalites_qualifiees"],
        2,
        2,
        "personnalités qualifiées",
        "qualified persons",
    ),
];

/// Latest installation date of the first CTS.
const CTS_INSTALLATION_AVANT: Date = params::CTS_INSTALLATION_AVANT.value;

fn tds_key(c: &crate::model::ConseilTerritorialSante) -> Option<String> {
    let t = c.territoire.as_ref()?;
    t.code
        .as_ref()
        .or(t.nom.as_ref())
        .map(|k| k.trim().to_lowercase())
}

fn overlap(a: Option<crate::model::Periode>, b: Option<crate::model::Periode>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => {
            // Overlapping for certain: each starts on or before the other's end.
            let starts_before = |x: Option<PartialDate>, y: Option<PartialDate>| {
                x.zip(y).map_or(Answer::Yes, |(x, y)| x.on_or_before(y))
            };
            starts_before(a.debut, b.fin)
                .and(starts_before(b.debut, a.fin))
                .is_yes()
        }
        // Successive CTS of one territory are told apart by their mandates only.
        _ => false,
    }
}

/// The day after the publication of loi 2019-774, which made deputies and senators members.
use crate::params::CTS_COMPOSITION;
const PARLEMENTAIRES_DEPUIS: Date = params::CTS_PARLEMENTAIRES_DEPUIS.value;

fn is_chair_ok(doc: &Document, inst: &Instance) -> bool {
    inst.presidence.iter().any(|id| {
        matches!(
            util::nature(doc, id),
            Some(NatureActeur::Commune | NatureActeur::Epci | NatureActeur::Ept)
        )
    })
}

/// The steering bodies of a contrat de ville, with their paths.
fn steering_bodies(c: &ContratDeVille) -> Vec<(String, &Instance)> {
    let mut v: Vec<(String, &Instance)> = c
        .gouvernance
        .iter()
        .enumerate()
        .filter(|(_, i)| {
            matches!(
                i.nature,
                NatureInstance::Copil | NatureInstance::CopilRenouvellementUrbain
            )
        })
        .map(|(k, i)| (format!("/gouvernance/{k}"), i))
        .collect();
    if let Some(copil) = c.volet_sante.as_ref().and_then(|v| v.copil.as_ref()) {
        v.push(("/volet_sante/copil".to_string(), copil));
    }
    v
}

/// Whether `c` is of the 2024 generation (declared, or by its dates).
pub fn is_cv2024(c: &ContratDeVille) -> bool {
    c.generation_effective() == Some(crate::model::GenerationCv::G2024)
}

/// The date from which a late objection of the DG ARS no longer prevents a CPTS project.
const CPTS_DELAI_DEPUIS: Date = params::CPTS_DELAI_DEPUIS.value;

/// Deadline for the first definition of territoires de démocratie sanitaire.
const TDS_ECHEANCE: Date = params::TDS_ECHEANCE.value;

/// The GOV family.
pub static RULES: &[&Rule] = &[
    &GOV_001, &GOV_002, &GOV_003, &GOV_004, &GOV_005, &GOV_006, &GOV_007, &GOV_008, &GOV_009,
    &GOV_010, &GOV_011, &GOV_012,
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cv2024_from_generation_or_dates() {
        let mut c: ContratDeVille =
            serde_json::from_value(serde_json::json!({"date_signature": "2024-03-28"})).unwrap();
        assert!(is_cv2024(&c));
        c.generation = Some(crate::model::GenerationCv::G2015);
        assert!(!is_cv2024(&c));
        c.generation = None;
        c.date_signature = Some(Date::ymd(2015, 7, 10).into());
        assert!(!is_cv2024(&c));
    }
}
