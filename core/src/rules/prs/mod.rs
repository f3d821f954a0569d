//! PRS-*: the projet régional de santé as cited by the instruments implementing it.

use super::util;
use super::*;
use crate::model::{Document, DocumentKind};
use crate::report::{Category, InForce, Severity};

mod prs_001;
mod prs_002;

pub use prs_001::PRS_001;
pub use prs_002::PRS_002;

const ASH_PRS: Source = Source::new(
    SourceKind::Guide,
    "ASH : les modalités d'élaboration du projet régional de santé sont détaillées (décret du 26 juillet 2016)",
    Some("https://ash.tm.fr/hebdo/2972/veille-juridique/les-modalites-delaboration-du-projet-regional-de-sante-sont-detaillees-372925.php"),
);
const BDT_PRS: Source = Source::new(
    SourceKind::Guide,
    "Banque des territoires : toutes les ARS ont leur projet régional de santé (PRS 1, 2011-2013)",
    Some("https://banquedesterritoires.fr/toutes-les-ars-ont-leur-projet-regional-de-sante"),
);

/// The span of each PRS generation: (generation, first day, last day, French and English labels).
pub const GENERATIONS: [(u8, Date, Date, &str, &str); 3] = [
    (
        1,
        Date::ymd(2011, 1, 1),
        Date::ymd(2018, 12, 31),
        "PRS 1 (HPST, 2011-2013 → 2017-2018)",
        "PRS 1 (HPST, 2011-2013 → 2017-2018)",
    ),
    (
        2,
        Date::ymd(2018, 1, 1),
        Date::ymd(2028, 12, 31),
        "PRS 2 (COS 2018-2028, SRS 2018-2023)",
        "PRS 2 (COS 2018-2028, SRS 2018-2023)",
    ),
    (
        3,
        Date::ymd(2023, 1, 1),
        Date::ymd(2028, 12, 31),
        "PRS 3 (SRS et PRAPS révisés 2023-2028)",
        "PRS 3 (revised SRS and PRAPS 2023-2028)",
    ),
];

/// The PRS generation in force on `d`.
pub fn generation_at(d: Date) -> u8 {
    if d < PRS_2_ADOPTION.from {
        1
    } else if d < PRS_3_DEPUIS {
        2
    } else {
        3
    }
}

/// The PRS generations that may have been in force on `d` in some région: both PRS 1 and PRS 2
/// while the régions adopted their PRS 2 one after the other (`PRS_2_ADOPTION`).
pub fn generations_possible_at(d: Date) -> &'static [u8] {
    if PRS_2_ADOPTION.contains(d) {
        &[1, 2]
    } else {
        match generation_at(d) {
            1 => &[1],
            2 => &[2],
            _ => &[3],
        }
    }
}

/// Revised SRS and PRAPS (first published ones, Hauts-de-France, 1 November 2023).
const PRS_3_DEPUIS: Date = Date::ymd(2023, 11, 1);

use crate::params::PRS_2_ADOPTION;

/// The PRS family.
pub static RULES: &[&Rule] = &[&PRS_001, &PRS_002];
