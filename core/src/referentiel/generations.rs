//! Which list of quartiers prioritaires is in force at a date.
//!
//! The 2015 list (décrets n° 2014-1750 and 2014-1751) gave way to the 2024 list on
//! 1 January 2024 in metropolitan France (décret n° 2023-1314) and on 1 January 2025 overseas
//! (décret n° 2024-1212). Both dates are defined once, here, with their sources: every part of
//! the library that needs the list in force asks [`BASCULE_QPV_2024`].

use crate::date::Date;
use crate::law::Source;

use super::types::GenerationQpv;

/// A dated switch from one QPV list to the next, with the texts that set it.
#[derive(Debug, Clone, Copy)]
pub struct BasculeQpv {
    /// First day of the new list in metropolitan France.
    pub debut_metropole: Date,
    /// First day of the new list overseas (DROM, Saint-Martin, Polynésie française).
    pub debut_outre_mer: Date,
    /// The texts that set the dates (metropolitan, then overseas).
    pub sources: [Source; 2],
}

pub use crate::law::sources::{DECRET_2023_1314, DECRET_2024_1212};

/// The switch from the 2015 list to the 2024 list: the 2015 list applies until 2023-12-31 in
/// metropolitan France and until 2024-12-31 overseas.
pub const BASCULE_QPV_2024: BasculeQpv = BasculeQpv {
    debut_metropole: Date::ymd(2024, 1, 1),
    debut_outre_mer: Date::ymd(2025, 1, 1),
    sources: [DECRET_2023_1314, DECRET_2024_1212],
};

impl BasculeQpv {
    /// First day of the new list for a territory (`outre_mer`: DROM or COM).
    pub fn debut(&self, outre_mer: bool) -> Date {
        if outre_mer {
            self.debut_outre_mer
        } else {
            self.debut_metropole
        }
    }
}

impl GenerationQpv {
    /// The list in force at `as_of` in metropolitan France (`outre_mer` false) or overseas.
    ///
    /// ```
    /// use territoire_sante::referentiel::GenerationQpv;
    /// use territoire_sante::Date;
    /// assert_eq!(GenerationQpv::en_vigueur(Date::ymd(2023, 12, 31), false), GenerationQpv::G2015);
    /// assert_eq!(GenerationQpv::en_vigueur(Date::ymd(2024, 1, 1), false), GenerationQpv::G2024);
    /// assert_eq!(GenerationQpv::en_vigueur(Date::ymd(2024, 12, 31), true), GenerationQpv::G2015);
    /// assert_eq!(GenerationQpv::en_vigueur(Date::ymd(2025, 1, 1), true), GenerationQpv::G2024);
    /// ```
    pub fn en_vigueur(as_of: Date, outre_mer: bool) -> GenerationQpv {
        if as_of < BASCULE_QPV_2024.debut(outre_mer) {
            GenerationQpv::G2015
        } else {
            GenerationQpv::G2024
        }
    }

    /// The period during which this list applies (first day, last day), for metropolitan
    /// France or overseas.
    pub fn periode(self, outre_mer: bool) -> (Option<Date>, Option<Date>) {
        let debut = BASCULE_QPV_2024.debut(outre_mer);
        match self {
            GenerationQpv::G2015 => (Some(Date::ymd(2015, 1, 1)), debut.add_days(-1)),
            GenerationQpv::G2024 => (Some(debut), None),
        }
    }
}
