//! CV-*: contrats de ville and their volet santé (loi 2014-173).

use super::lif;
use super::util;
use super::*;
use crate::model::{
    ContratDeVille, Document, DocumentKind, NatureActeur, NatureAvenant, NatureEvaluation,
    StatutCv, TypeTerritoire,
};
use crate::report::{Category, InForce, Severity};

mod cv_001;
mod cv_002;
mod cv_003;
mod cv_004;
mod cv_005;
mod cv_006;
mod cv_007;
mod cv_008;
mod cv_009;
mod cv_010;
mod cv_011;
mod cv_012;
mod cv_013;
mod cv_014;
mod cv_015;

pub use cv_001::CV_001;
pub use cv_002::CV_002;
pub use cv_003::CV_003;
pub use cv_004::CV_004;
pub use cv_005::CV_005;
pub use cv_006::CV_006;
pub use cv_007::CV_007;
pub use cv_008::CV_008;
pub use cv_009::CV_009;
pub use cv_010::CV_010;
pub use cv_011::CV_011;
pub use cv_012::CV_012;
pub use cv_013::CV_013;
pub use cv_014::CV_014;
pub use cv_015::CV_015;

fn statut_cv(c: &ContratDeVille) -> Option<StatutCv> {
    c.statut.as_ref().and_then(|s| s.known()).copied()
}

fn negotiating(c: &ContratDeVille) -> bool {
    statut_cv(c) == Some(StatutCv::EnNegociation)
}

/// Whether a commune code lies in Paris or the petite couronne (75, 92, 93, 94), where 2015
/// contracts were communal before the établissements publics territoriaux existed.
fn grand_paris(code: &str) -> bool {
    ["75", "92", "93", "94"].iter().any(|d| code.starts_with(d))
}

const Q2030_END: Date = params::CV_2024_PERIODE.value.to;
const Q2030_SIGN_BY: Date = params::CV_2024_SIGNATURE_AVANT.value;
const Q2030_OM_FROM: Date = params::CV_2024_OUTRE_MER_DEPUIS.value;

/// The year of the general renewal of municipal councils on or before `year` (2020, 2026, 2032…).
fn renewal_year(year: i32) -> i32 {
    2020 + 6 * (year - 2020).div_euclid(6)
}

const PILIERS_2015: [&str; 3] = [
    "cohesion_sociale",
    "cadre_de_vie",
    "developpement_economique",
];

const PERR_DUE: Date = params::CV_2015_PERR_AVANT.value;

/// The statut a contrat de ville would have at `as_of`, from its dates.
pub fn suggested_statut(doc: &Document, as_of: Date) -> StatutCv {
    let d = util::dates(doc);
    let start = d.periode.and_then(|p| p.debut).or(d.signature.map(|s| s.1));
    match start {
        None if d.signature.is_none() => return StatutCv::EnNegociation,
        Some(s) if s.after(as_of).is_yes() => {
            return if d.signature.is_some() {
                StatutCv::Signe
            } else {
                StatutCv::EnNegociation
            }
        }
        _ => {}
    }
    if lif::effective_end(doc, as_of).is_some_and(|e| e.before(as_of).is_yes()) {
        return StatutCv::Echu;
    }
    if d.periode
        .and_then(|p| p.fin)
        .is_some_and(|f| f.before(as_of).is_yes())
    {
        return StatutCv::Proroge;
    }
    StatutCv::EnVigueur
}

/// The CV family.
pub static RULES: &[&Rule] = &[
    &CV_001, &CV_002, &CV_003, &CV_004, &CV_005, &CV_006, &CV_007, &CV_008, &CV_009, &CV_010,
    &CV_011, &CV_012, &CV_013, &CV_014, &CV_015,
];
