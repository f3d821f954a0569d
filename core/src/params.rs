//! Dated parameters of the law: each date, period or list that a text fixes, defined once with
//! the text that fixes it, as OpenFisca keeps its parameters. Rules, the model's document facts,
//! help texts and rule pages read them here rather than keep a copy of their own.

use crate::date::Date;

/// One value of a parameter, applying from a date (until the next value's date).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Step<T: 'static> {
    /// First day the value applies.
    pub from: Date,
    /// The value.
    pub value: T,
    /// The text that fixes it (its official citation).
    pub source: &'static str,
}

/// A parameter: values keyed by the date from which they apply, in date order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Param<T: 'static> {
    /// Stable name (`contrat_de_ville.generation_2015.fin`).
    pub name: &'static str,
    /// What it is, in French.
    pub description: &'static str,
    /// Its values, oldest first.
    pub steps: &'static [Step<T>],
}

impl<T: Copy> Param<T> {
    /// The value applying on `date`, if any applies yet.
    pub fn at(&self, date: Date) -> Option<T> {
        self.steps
            .iter()
            .rev()
            .find(|s| s.from <= date)
            .map(|s| s.value)
    }
    /// The latest value, whatever the date.
    pub fn latest(&self) -> Option<T> {
        self.steps.last().map(|s| s.value)
    }
}

/// A period of dates, both ends included.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    /// First day.
    pub from: Date,
    /// Last day.
    pub to: Date,
}

impl Span {
    /// Whether `d` falls in the period.
    pub fn contains(&self, d: Date) -> bool {
        self.from <= d && d <= self.to
    }
}

/// Loi n° 2014-173 du 21 février 2014 (JORF du 22 février 2014).
pub const LOI_2014_173: &str =
    "Loi n° 2014-173 du 21 février 2014 de programmation pour la ville et la cohésion urbaine";
/// Circulaire of 31 August 2023 launching the contrats de ville 2024-2030.
pub const CIRCULAIRE_2023_08_31: &str =
    "Circulaire du 31 août 2023 relative à l'élaboration des contrats de ville 2024-2030";

/// Contrats de ville of the 2015 generation: concluded once loi n° 2014-173 was in force (the day
/// after its publication), for 2015–2020 (art. 6), and no longer concluded after 2022, when the
/// next generation was announced.
pub const CV_2015_CONCLUSION: Span = Span {
    from: Date::ymd(2014, 2, 23),
    to: Date::ymd(2022, 12, 31),
};

/// Contrats de ville of the 2024 generation (« Engagements Quartiers 2030 »): elaborated from the
/// circulaire of 31 August 2023, for 2024–2030. From 2026, the year of the next general renewal
/// of municipal councils, later generations follow the calendar of art. 6 I of loi n° 2014-173
/// as amended by loi n° 2017-86 (CV-006).
pub const CV_2024_CONCLUSION: Span = Span {
    from: Date::ymd(2023, 8, 31),
    to: Date::ymd(2025, 12, 31),
};

/// The period a contrat de ville of each generation covers when the document gives none: its
/// generation's period (art. 6 of loi n° 2014-173 for 2015–2020; the circulaire of 31 August
/// 2023 for 2024–2030).
pub const CV_2015_PERIODE: Span = Span {
    from: Date::ymd(2015, 1, 1),
    to: Date::ymd(2020, 12, 31),
};

/// The 2024–2030 period of the contrats de ville « Engagements Quartiers 2030 ».
pub const CV_2024_PERIODE: Span = Span {
    from: Date::ymd(2024, 1, 1),
    to: Date::ymd(2030, 12, 31),
};

/// The day the députés and sénateurs joined the composition of the conseils territoriaux de
/// santé (loi n° 2019-774 du 24 juillet 2019, in force the day after its publication on 26 July).
pub const CTS_PARLEMENTAIRES_DEPUIS: Date = Date::ymd(2019, 7, 27);

/// Composition of the conseils territoriaux de santé: the version of art. L1434-10 I CSP (and
/// R1434-33) that applies to a council constituted or renewed on a date. The députés and
/// sénateurs of the territory were added by loi n° 2019-774 du 24 juillet 2019; a council
/// constituted before keeps its composition until it is renewed (no transitional provision
/// requires an earlier change).
pub const CTS_COMPOSITION: Param<u16> = Param {
    name: "conseil_territorial_sante.composition",
    description: "Version de la composition des conseils territoriaux de santé selon la date de constitution ou de renouvellement",
    steps: &[
        Step {
            from: Date::ymd(2016, 7, 28),
            value: 2016,
            source: "Décret n° 2016-1024 du 26 juillet 2016 relatif aux territoires de démocratie sanitaire, aux zones des schémas régionaux de santé et aux conseils territoriaux de santé",
        },
        Step {
            from: CTS_PARLEMENTAIRES_DEPUIS,
            value: 2019,
            source: "Loi n° 2019-774 du 24 juillet 2019 relative à l'organisation et à la transformation du système de santé",
        },
    ],
};

/// The 13 metropolitan régions of loi n° 2015-29 du 16 janvier 2015 exist from this day; the
/// PRS of the former régions (PRS 1) stayed in force until the PRS 2 were adopted in 2018.
pub const REGIONS_2016_DEPUIS: Date = Date::ymd(2016, 1, 1);

/// Entry into force of the mental-health axis required of CLS by art. L1434-10 IV CSP as
/// amended by loi n° 2022-217 du 21 février 2022 (3DS), published on 22 February 2022.
pub const CLS_SANTE_MENTALE_DEPUIS: Date = Date::ymd(2022, 2, 23);

/// The window in which the projets régionaux de santé of the second generation were adopted,
/// region by region (from the cadre d'orientation stratégique of décret n° 2016-1023 du 26
/// juillet 2016 to the last regional arrêtés of 2018). Inside it, which generation was in force
/// in a region cannot be told from the date alone.
pub const PRS_2_ADOPTION: Span = Span {
    from: Date::ymd(2018, 1, 1),
    to: Date::ymd(2018, 12, 31),
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_parameter_reads_the_value_in_force_on_a_date() {
        assert_eq!(CTS_COMPOSITION.at(Date::ymd(2016, 1, 1)), None);
        assert_eq!(CTS_COMPOSITION.at(Date::ymd(2016, 10, 1)), Some(2016));
        assert_eq!(CTS_COMPOSITION.at(Date::ymd(2019, 7, 26)), Some(2016));
        assert_eq!(CTS_COMPOSITION.at(Date::ymd(2019, 7, 27)), Some(2019));
        assert_eq!(CTS_COMPOSITION.latest(), Some(2019));
    }

    #[test]
    fn parameter_steps_are_in_date_order() {
        let steps = CTS_COMPOSITION.steps;
        assert!(steps.windows(2).all(|w| w[0].from < w[1].from));
    }
}
