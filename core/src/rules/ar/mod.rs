//! AR-*: adultes-relais (L5134-100 ff. code du travail).
//!
//! No personal data reaches a diagnostic: the age at hiring is compared with the threshold but
//! never echoed, neither in messages nor in evidence.

use super::util;
use super::*;
use crate::model::{AdulteRelais, Document, DocumentKind, NatureActeur, TypeTerritoire};
use crate::report::{Category, InForce, Severity};

mod ar_001;
mod ar_002;

pub use ar_001::AR_001;
pub use ar_002::AR_002;

/// First hiring date under the QPV wording of L5134-102 (minimum age 30).
pub const AGE_30_DEPUIS: Date = Date::ymd(2015, 8, 8);
/// First hiring date with minimum age 26.
pub const AGE_26_DEPUIS: Date = Date::ymd(2021, 9, 16);

/// Minimum age at hiring for a contract concluded on `d`, when this rule knows it.
pub fn age_minimum(d: Date) -> Option<u32> {
    if d >= AGE_26_DEPUIS {
        Some(26)
    } else if d >= AGE_30_DEPUIS {
        Some(30)
    } else {
        None
    }
}

fn contrats(doc: &Document) -> &[AdulteRelais] {
    match doc {
        Document::AtelierSanteVille(d) => &d.adultes_relais,
        _ => &[],
    }
}

/// The AR family.
pub static RULES: &[&Rule] = &[&AR_001, &AR_002];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn minimum_age_depends_on_the_hiring_date() {
        assert_eq!(age_minimum(Date::ymd(2015, 8, 7)), None);
        assert_eq!(age_minimum(Date::ymd(2015, 8, 8)), Some(30));
        assert_eq!(age_minimum(Date::ymd(2021, 9, 15)), Some(30));
        assert_eq!(age_minimum(Date::ymd(2021, 9, 16)), Some(26));
    }
}
