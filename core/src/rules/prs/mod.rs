//! PRS-*: the projet régional de santé as cited by the instruments implementing it.

use super::util;
use super::*;
use crate::model::{Document, DocumentKind};
use crate::report::{Category, InForce, Severity};

mod prs_001;
mod prs_002;

pub use prs_001::PRS_001;
pub use prs_002::PRS_002;

/// The span of each PRS generation: (generation, first day, last day, French and English labels).
pub const GENERATIONS: [(u8, Date, Date, &str, &str); 3] = [
    (
        1,
        params::PRS_1.value.from,
        params::PRS_1.value.to,
        "PRS 1 (HPST, 2011-2013 → 2017-2018)",
        "PRS 1 (HPST, 2011-2013 → 2017-2018)",
    ),
    (
        2,
        params::PRS_2.value.from,
        params::PRS_2.value.to,
        "PRS 2 (COS 2018-2028, SRS 2018-2023)",
        "PRS 2 (COS 2018-2028, SRS 2018-2023)",
    ),
    (
        3,
        params::PRS_3.value.from,
        params::PRS_3.value.to,
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
/// while the régions adopted their PRS 2 one after the other (`PRS_2_ADOPTION`), and, for a date
/// known only to the month or the year, every generation in force on one of its possible days.
pub fn generations_possible_at(d: impl Into<DayRange>) -> std::ops::RangeInclusive<u8> {
    let on = |day: Date| {
        if PRS_2_ADOPTION.contains(day) {
            (1, 2)
        } else {
            let g = generation_at(day);
            (g, g)
        }
    };
    let d = d.into();
    on(d.first()).0..=on(d.last()).1
}

/// Revised SRS and PRAPS (first published ones).
const PRS_3_DEPUIS: Date = params::PRS_3_DEPUIS.value;
/// The window in which the PRS 2 were adopted, region by region.
const PRS_2_ADOPTION: params::Span = params::PRS_2_ADOPTION.value;

/// The PRS family.
pub static RULES: &[&Rule] = &[&PRS_001, &PRS_002];
