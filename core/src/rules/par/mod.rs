//! PAR-*: participation — conseils citoyens (loi 2014-173 art. 7, cadre de référence 2014,
//! circulaire 2017), participation degrees, users in the CTS, droit d'interpellation.

use std::collections::HashMap;

use super::gov::{college, is_cv2024};
use super::util;
use super::*;
use crate::model::{
    College, ConseilCitoyen, DegreParticipation, Document, DocumentKind, ModeDesignation,
    NatureActeur, Participation, Territoire, TypeTerritoire,
};
use crate::report::{Category, InForce, Severity};

mod par_001;
mod par_002;
mod par_003;
mod par_004;
mod par_005;
mod par_006;
mod par_007;
mod par_008;
mod par_009;
mod par_010;
mod par_011;
mod par_012;
mod par_013;
mod par_014;
mod par_015;

pub use par_001::PAR_001;
pub use par_002::PAR_002;
pub use par_003::PAR_003;
pub use par_004::PAR_004;
pub use par_005::PAR_005;
pub use par_006::PAR_006;
pub use par_007::PAR_007;
pub use par_008::PAR_008;
pub use par_009::PAR_009;
pub use par_010::PAR_010;
pub use par_011::PAR_011;
pub use par_012::PAR_012;
pub use par_013::PAR_013;
pub use par_014::PAR_014;
pub use par_015::PAR_015;

const HABITANTS: &[&str] = &["habitants", "college_habitants"];
const ACTEURS_LOCAUX: &[&str] = &[
    "acteurs_locaux",
    "associations_acteurs_locaux",
    "associations_et_acteurs_locaux",
    "associations",
];

/// Total members over colleges, when every college gives its count. Summed in 64 bits: a
/// `u32` count per college (at most `max_items` colleges) cannot overflow it, so an absurd
/// count is reported as it is rather than wrapped to a plausible one.
fn total(colleges: &[College]) -> Option<u64> {
    if colleges.is_empty() {
        return None;
    }
    colleges
        .iter()
        .map(|c| c.effectif.map(u64::from))
        .try_fold(0u64, |acc, n| Some(acc.saturating_add(n?)))
}

fn counts(colleges: &[College]) -> Vec<Value> {
    colleges
        .iter()
        .map(|c| serde_json::json!({"nature": c.nature, "effectif": c.effectif}))
        .collect()
}

fn norm(s: &str) -> String {
    s.trim().to_lowercase()
}

/// Whether two territory references designate the same QPV (by code, else by name).
fn same_qpv(a: &Territoire, b: &Territoire) -> bool {
    match (&a.code, &b.code) {
        (Some(x), Some(y)) => norm(x) == norm(y),
        _ => match (&a.nom, &b.nom) {
            (Some(x), Some(y)) => norm(x) == norm(y),
            _ => false,
        },
    }
}

fn is_institutional(n: NatureActeur) -> bool {
    use NatureActeur as N;
    matches!(
        n,
        N::Ars
            | N::ArsDelegationDepartementale
            | N::Prefecture
            | N::SousPrefecture
            | N::Commune
            | N::Epci
            | N::Ept
            | N::Petr
            | N::Pays
            | N::SyndicatMixte
            | N::CollectiviteOutreMer
            | N::Departement
            | N::Region
            | N::Cpam
            | N::Msa
            | N::Caf
            | N::Ccas
            | N::EducationNationale
            | N::BailleurSocial
            | N::CaisseDesDepots
            | N::Anru
            | N::Anct
    )
}

fn participation(doc: &Document) -> Option<&Participation> {
    match doc {
        Document::ContratLocalSante(d) => d.participation.as_ref(),
        Document::ContratDeVille(d) => d.participation.as_ref(),
        Document::AtelierSanteVille(d) => d.participation.as_ref(),
        _ => None,
    }
}

/// The date the droit d'interpellation came into force (loi 2017-86).
const INTERPELLATION_DEPUIS: Date = params::INTERPELLATION_DEPUIS.value;

/// The PAR family.
pub static RULES: &[&Rule] = &[
    &PAR_001, &PAR_002, &PAR_003, &PAR_004, &PAR_005, &PAR_006, &PAR_007, &PAR_008, &PAR_009,
    &PAR_010, &PAR_011, &PAR_012, &PAR_013, &PAR_014, &PAR_015,
];
