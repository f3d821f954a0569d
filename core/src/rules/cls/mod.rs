//! CLS-*: contrats locaux de santé (L1434-10 IV CSP).

use super::util;
use super::*;
use crate::model::{
    ContratLocalSante, Document, DocumentKind, NatureActeur, NatureAvenant, NatureInstance,
    StatutCls, Thematique, TypeTerritoire,
};
use crate::report::{Category, InForce, Severity};

mod cls_001;
mod cls_002;
mod cls_003;
mod cls_004;
mod cls_005;
mod cls_006;
mod cls_007;
mod cls_008;
mod cls_009;
mod cls_010;
mod cls_011;
mod cls_012;
mod cls_013;
mod cls_014;
mod cls_015;
mod cls_016;

pub use cls_001::CLS_001;
pub use cls_002::CLS_002;
pub use cls_003::CLS_003;
pub use cls_004::CLS_004;
pub use cls_005::CLS_005;
pub use cls_006::CLS_006;
pub use cls_007::CLS_007;
pub use cls_008::CLS_008;
pub use cls_009::CLS_009;
pub use cls_010::CLS_010;
pub use cls_011::CLS_011;
pub use cls_012::CLS_012;
pub use cls_013::CLS_013;
pub use cls_014::CLS_014;
pub use cls_015::CLS_015;
pub use cls_016::CLS_016;

/// The statut of a CLS, when known.
fn statut(c: &ContratLocalSante) -> Option<StatutCls> {
    c.statut.as_ref().and_then(|s| s.known()).copied()
}

/// Whether the CLS is still being prepared (no contract text yet).
fn in_preparation(c: &ContratLocalSante) -> bool {
    matches!(
        statut(c),
        Some(StatutCls::Prefiguration | StatutCls::Elaboration)
    )
}

const SOCIAL_SINCE: Date = params::SANTE_2016_DEPUIS.value;

/// Communes of Hauts-de-France with at least 50 000 inhabitants (INSEE legal populations, COG
/// 2026), for the regional guide's derogation to the EPCI scale for large cities.
const HDF_GRANDES_VILLES: [&str; 9] = [
    "02691", "59009", "59183", "59350", "59512", "59599", "60057", "62193", "80021",
];

const CLS014_FROM: Date = params::CLS_SANTE_MENTALE_DEPUIS.value;

/// The CLS family.
pub static RULES: &[&Rule] = &[
    &CLS_001, &CLS_002, &CLS_003, &CLS_004, &CLS_005, &CLS_006, &CLS_007, &CLS_008, &CLS_009,
    &CLS_010, &CLS_011, &CLS_012, &CLS_013, &CLS_014, &CLS_015, &CLS_016,
];
