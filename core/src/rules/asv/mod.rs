//! ASV-*: ateliers santé ville (circulaire DIV/DGS du 13 juin 2000).

use super::util;
use super::*;
use crate::model::{Code, DegreParticipation, Document, DocumentKind, NatureActeur, StatutAsv};
use crate::report::{Category, InForce, Severity};

mod asv_001;
mod asv_002;
mod asv_003;

pub use asv_001::ASV_001;
pub use asv_002::ASV_002;
pub use asv_003::ASV_003;

/// The IREV regional meeting of 22 November 2016 (seed).
const SEED_IREV_2016: Source = Source::new(
    SourceKind::Terrain,
    "IREV et ARS Hauts-de-France, rencontre régionale du 22 novembre 2016 (volet santé des contrats de ville)",
    None,
);

fn rank(s: StatutAsv) -> Option<u8> {
    match s {
        StatutAsv::Prefiguration => Some(0),
        StatutAsv::Amorcage => Some(1),
        StatutAsv::Operationnel => Some(2),
        StatutAsv::Suspendu | StatutAsv::Arrete => None,
    }
}

/// The ASV family.
pub static RULES: &[&Rule] = &[&ASV_001, &ASV_002, &ASV_003];
