//! AR-*: adultes-relais (L5134-100 ff. code du travail).
//!
//! No personal data reaches a diagnostic: the age at hiring is compared with the threshold but
//! never echoed, neither in messages nor in evidence.

use super::util;
use super::*;
use crate::model::{AdulteRelais, Document, DocumentKind, NatureActeur, TypeTerritoire};
use crate::report::{Category, Severity};

mod ar_001;
mod ar_002;

pub use ar_001::AR_001;
pub use ar_002::AR_002;

/// Minimum age at hiring for a contract concluded on `d`, when this rule knows it; for a date
/// known only to the month or the year, the lowest minimum it may be (a holder younger than
/// that is too young whichever day is meant).
pub fn age_minimum(d: PartialDate) -> Option<u32> {
    let ages = params::ADULTES_RELAIS_AGE_MINIMUM;
    let first = ages.steps.first()?;
    if !d.on_or_after(first.from).is_yes() {
        return None;
    }
    // The lowest minimum among the values that may apply on one of the days `d` may be.
    ages.steps
        .iter()
        .filter(|s| !d.before(s.from).is_yes())
        .map(|s| s.value)
        .min()
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
        assert_eq!(age_minimum(Date::ymd(2015, 8, 7).into()), None);
        assert_eq!(age_minimum(Date::ymd(2015, 8, 8).into()), Some(30));
        assert_eq!(age_minimum(Date::ymd(2021, 9, 15).into()), Some(30));
        assert_eq!(age_minimum(Date::ymd(2021, 9, 16).into()), Some(26));
        // Known to the year: the lowest minimum the year may carry, or none.
        let year = |s: &str| s.parse::<PartialDate>().unwrap();
        assert_eq!(age_minimum(year("2021")), Some(26));
        assert_eq!(age_minimum(year("2020")), Some(30));
        assert_eq!(age_minimum(year("2015")), None);
        assert_eq!(age_minimum(year("2015-09")), Some(30));
    }
}
