//! Dated parameters of the law: each date, period or list that a text fixes, defined once with
//! the text that fixes it, as OpenFisca keeps its parameters. Rules, the model's document facts,
//! help texts and rule pages read them here rather than keep a copy of their own.

use crate::date::{Date, DayRange};
use crate::law::{sources, Source};
use crate::report::InForce;

/// One value of a parameter, applying from a date (until the next value's date).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Step<T: 'static> {
    /// First day the value applies.
    pub from: Date,
    /// The value.
    pub value: T,
    /// The text that fixes it, from the registry.
    pub source: &'static Source,
}

/// A parameter: values keyed by the date from which they apply, in date order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Param<T: 'static> {
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
    /// The value applying on every day `date` may be (a date known to the month or the year);
    /// `None` when a value starts within those days, or none applies yet.
    pub fn at_every_day(&self, date: impl Into<DayRange>) -> Option<T> {
        let d = date.into();
        if self
            .steps
            .iter()
            .any(|s| d.first() < s.from && s.from <= d.last())
        {
            return None;
        }
        self.at(d.first())
    }
    /// The latest value, whatever the date.
    #[cfg(test)]
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
    /// The period as a rule's in-force period.
    pub const fn in_force(self) -> InForce {
        InForce::between(self.from, self.to)
    }
}

impl std::fmt::Display for Span {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} → {}", self.from, self.to)
    }
}

/// A single value the law fixes (a date, a period), with the text that fixes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Fact<T: 'static> {
    /// Stable name (`cls.sante_mentale.depuis`).
    pub name: &'static str,
    /// What it is, in French.
    pub description: &'static str,
    /// The value.
    pub value: T,
    /// The text that fixes it, from the registry.
    pub source: &'static Source,
}

impl Fact<Date> {
    /// The date as the start of a rule's in-force period.
    pub const fn since(&self) -> InForce {
        InForce::since(self.value)
    }
}

/// A parameter as a rule page shows it: its name, what it is, and each value with the date
/// from which it applies (none for a single value) and its source.
pub trait Parameter: Sync {
    /// Stable name.
    fn name(&self) -> &'static str;
    /// What it is, in French.
    fn description(&self) -> &'static str;
    /// Its values: (applies from, value as text, source).
    fn values(&self) -> Vec<(Option<Date>, String, &'static Source)>;
}

impl<T: std::fmt::Display + Sync> Parameter for Fact<T> {
    fn name(&self) -> &'static str {
        self.name
    }
    fn description(&self) -> &'static str {
        self.description
    }
    fn values(&self) -> Vec<(Option<Date>, String, &'static Source)> {
        vec![(None, self.value.to_string(), self.source)]
    }
}

impl<T: std::fmt::Display + Sync> Parameter for Param<T> {
    fn name(&self) -> &'static str {
        self.name
    }
    fn description(&self) -> &'static str {
        self.description
    }
    fn values(&self) -> Vec<(Option<Date>, String, &'static Source)> {
        self.steps
            .iter()
            .map(|s| (Some(s.from), s.value.to_string(), s.source))
            .collect()
    }
}

/// The day a source enters into force, read from the registry; evaluated when the program is
/// compiled (a source without an entry into force there is a build error, not a run-time one).
#[allow(clippy::panic)]
pub(crate) const fn entry_into_force(s: &Source) -> Date {
    match s.in_force.from {
        Some(d) => d,
        None => panic!("source without an entry into force"),
    }
}

// ---------------------------------------------------------------------------------------------
// Contrats de ville.

/// Contrats de ville of the 2015 generation: concluded once loi n° 2014-173 was in force (the day
/// after its publication), for 2015–2020 (art. 6), and no longer concluded after 2022, when the
/// next generation was announced.
pub(crate) const CV_2015_CONCLUSION: Fact<Span> = Fact {
    name: "contrat_de_ville.generation_2015.conclusion",
    description: "Période de conclusion des contrats de ville de la génération 2015",
    value: Span {
        from: entry_into_force(&sources::LOI_2014_173_ART6),
        to: Date::ymd(2022, 12, 31),
    },
    source: &sources::LOI_2014_173_ART6,
};

/// Contrats de ville of the 2024 generation (« Engagements Quartiers 2030 »): elaborated from the
/// circulaire of 31 August 2023, for 2024–2030. From 2026, the year of the next general renewal
/// of municipal councils, later generations follow the calendar of art. 6 I of loi n° 2014-173
/// as amended by loi n° 2017-86 (CV-006).
pub(crate) const CV_2024_CONCLUSION: Fact<Span> = Fact {
    name: "contrat_de_ville.generation_2024.conclusion",
    description: "Période de conclusion des contrats de ville « Engagements Quartiers 2030 »",
    value: Span {
        from: entry_into_force(&sources::CIRC_2023_08_31),
        to: Date::ymd(2025, 12, 31),
    },
    source: &sources::CIRC_2023_08_31,
};

/// The period a contrat de ville of the 2015 generation covers (art. 6 of loi n° 2014-173),
/// also its period when the document gives none.
pub(crate) const CV_2015_PERIODE: Fact<Span> = Fact {
    name: "contrat_de_ville.generation_2015.periode",
    description: "Période couverte par les contrats de ville de la génération 2015",
    value: Span {
        from: Date::ymd(2015, 1, 1),
        to: Date::ymd(2020, 12, 31),
    },
    source: &sources::LOI_2014_173_ART6,
};

/// The 2024–2030 period of the contrats de ville « Engagements Quartiers 2030 ».
pub(crate) const CV_2024_PERIODE: Fact<Span> = Fact {
    name: "contrat_de_ville.generation_2024.periode",
    description: "Période couverte par les contrats de ville « Engagements Quartiers 2030 »",
    value: Span {
        from: Date::ymd(2024, 1, 1),
        to: Date::ymd(2030, 12, 31),
    },
    source: &sources::CIRC_2023_08_31,
};

/// The last day of the metropolitan contrats de ville of 2015, every prorogation counted.
pub(crate) const CV_2015_FIN_DERNIERE: Fact<Date> = Fact {
    name: "contrat_de_ville.generation_2015.fin_derniere",
    description:
        "Dernier jour des contrats de ville de 2015 en métropole, après la dernière prorogation",
    value: Date::ymd(2023, 12, 31),
    source: &sources::LF_2022,
};

/// The last day of the overseas contrats de ville of 2015, every prorogation counted.
pub(crate) const CV_2015_FIN_DERNIERE_OUTRE_MER: Fact<Date> = Fact {
    name: "contrat_de_ville.generation_2015.fin_derniere_outre_mer",
    description:
        "Dernier jour des contrats de ville de 2015 outre-mer, après la dernière prorogation",
    value: Date::ymd(2024, 12, 31),
    source: &sources::LF_2024,
};

/// The legal end of a metropolitan contrat de ville of 2015, as the lois de finances prorogued
/// it: the value applying on a date is the end known on that date.
pub(crate) const CV_2015_FIN: Param<Date> = Param {
    name: "contrat_de_ville.generation_2015.fin",
    description: "Fin légale des contrats de ville de 2015 (métropole), prorogations comprises",
    steps: &[
        Step {
            from: entry_into_force(&sources::LOI_2014_173_ART6),
            value: Date::ymd(2020, 12, 31),
            source: &sources::LOI_2014_173_ART6,
        },
        Step {
            from: Date::ymd(2018, 12, 30),
            value: Date::ymd(2022, 12, 31),
            source: &sources::LF_2019,
        },
        Step {
            from: Date::ymd(2021, 12, 31),
            value: CV_2015_FIN_DERNIERE.value,
            source: &sources::LF_2022,
        },
    ],
};

/// The legal end of an overseas contrat de ville of 2015: the metropolitan ends, then the
/// prorogation to 2024 of the loi de finances pour 2024.
pub(crate) const CV_2015_FIN_OUTRE_MER: Param<Date> = Param {
    name: "contrat_de_ville.generation_2015.fin_outre_mer",
    description: "Fin légale des contrats de ville de 2015 (outre-mer), prorogations comprises",
    steps: &[
        Step {
            from: entry_into_force(&sources::LOI_2014_173_ART6),
            value: Date::ymd(2020, 12, 31),
            source: &sources::LOI_2014_173_ART6,
        },
        Step {
            from: Date::ymd(2018, 12, 30),
            value: Date::ymd(2022, 12, 31),
            source: &sources::LF_2019,
        },
        Step {
            from: Date::ymd(2021, 12, 31),
            value: CV_2015_FIN_DERNIERE.value,
            source: &sources::LF_2022,
        },
        Step {
            from: Date::ymd(2023, 12, 29),
            value: CV_2015_FIN_DERNIERE_OUTRE_MER.value,
            source: &sources::LF_2024,
        },
    ],
};

/// The 2015 contrats de ville as the rules see them in force: from their period's start to the
/// end of their last metropolitan prorogation.
pub(crate) const CV_2015_VIGUEUR: Fact<Span> = Fact {
    name: "contrat_de_ville.generation_2015.vigueur",
    description: "Contrats de ville de 2015 en vigueur, prorogations comprises (métropole)",
    value: Span {
        from: CV_2015_PERIODE.value.from,
        to: CV_2015_FIN_DERNIERE.value,
    },
    source: &sources::LF_2022,
};

/// The years in which 2015 contrats de ville were prorogued by law (LIF-003): from the
/// prorogation of the loi de finances pour 2019 taking effect, the first year after the original
/// end, to the end of the last prorogation.
pub(crate) const CV_2015_PROROGATION: Fact<Span> = Fact {
    name: "contrat_de_ville.generation_2015.prorogation",
    description: "Années de prorogation légale des contrats de ville de 2015 (métropole)",
    value: Span {
        from: Date::ymd(2021, 1, 1),
        to: CV_2015_FIN_DERNIERE.value,
    },
    source: &sources::LF_2019,
};

/// The rénovation of the contrats de ville of 2015 (protocoles d'engagements renforcés et
/// réciproques), from 2019 to the end of their last prorogation.
pub(crate) const CV_2015_RENOVATION: Fact<Span> = Fact {
    name: "contrat_de_ville.generation_2015.renovation",
    description: "Rénovation des contrats de ville de 2015 (protocoles d'engagements renforcés et réciproques), jusqu'à leur dernière prorogation",
    value: Span {
        from: Date::ymd(2019, 1, 1),
        to: CV_2015_FIN_DERNIERE.value,
    },
    source: &sources::CIRC_2019_01_22,
};

/// The day by which the protocole d'engagements renforcés et réciproques of a 2015 contrat de
/// ville was due.
pub(crate) const CV_2015_PERR_AVANT: Fact<Date> = Fact {
    name: "contrat_de_ville.generation_2015.protocole_avant",
    description:
        "Date à laquelle le protocole d'engagements renforcés et réciproques devait être signé",
    value: Date::ymd(2020, 1, 1),
    source: &sources::CIRC_2019_01_22,
};

/// The day from which the mid-term evaluation of a 2015 contrat de ville is expected.
pub(crate) const CV_2015_MI_PARCOURS: Fact<Date> = Fact {
    name: "contrat_de_ville.generation_2015.evaluation_mi_parcours",
    description: "Date à partir de laquelle l'évaluation à mi-parcours d'un contrat de ville de 2015 est attendue",
    value: Date::ymd(2019, 1, 1),
    source: &sources::CIRC_2019_01_22,
};

/// The day from which the first annual review of a contrat de ville 2024-2030 is expected.
pub(crate) const CV_2024_REVUE_ANNUELLE: Fact<Date> = Fact {
    name: "contrat_de_ville.generation_2024.revue_annuelle",
    description: "Date à partir de laquelle la première revue annuelle d'un contrat de ville 2024-2030 est attendue",
    value: Date::ymd(2025, 1, 1),
    source: &sources::CIRC_2024_11_07,
};

/// The day from which the mid-term evaluation (revoyure 2027) of a contrat de ville 2024-2030
/// is expected.
pub(crate) const CV_2024_MI_PARCOURS: Fact<Date> = Fact {
    name: "contrat_de_ville.generation_2024.evaluation_mi_parcours",
    description: "Date à partir de laquelle l'évaluation à mi-parcours (revoyure 2027) d'un contrat de ville 2024-2030 est attendue",
    value: Date::ymd(2028, 1, 1),
    source: &sources::CIRC_2024_11_07,
};

/// The day by which the contrats de ville 2024-2030 were to be signed.
pub(crate) const CV_2024_SIGNATURE_AVANT: Fact<Date> = Fact {
    name: "contrat_de_ville.generation_2024.signature_avant",
    description: "Date à laquelle les contrats de ville 2024-2030 devaient être signés",
    value: Date::ymd(2024, 3, 31),
    source: &sources::CIRC_2023_08_31,
};

/// The day from which overseas contrats de ville of the 2024 generation apply, after the
/// prorogation of the 2015 ones to the end of 2024.
pub(crate) const CV_2024_OUTRE_MER_DEPUIS: Fact<Date> = Fact {
    name: "contrat_de_ville.generation_2024.outre_mer_depuis",
    description: "Début des contrats de ville de la génération 2024 outre-mer",
    value: Date::ymd(2025, 1, 1),
    source: &sources::LF_2024,
};

/// The preparation of the contrats de ville 2024-2030, with the consultation of the habitants,
/// from 2023.
pub(crate) const CV_2024_PREPARATION_DEPUIS: Fact<Date> = Fact {
    name: "contrat_de_ville.generation_2024.preparation_depuis",
    description:
        "Début de la préparation des contrats de ville 2024-2030 (consultation des habitants)",
    value: Date::ymd(2023, 1, 1),
    source: &sources::CIRC_2023_08_31,
};

/// The quartiers prioritaires of the first list exist from this day (décrets of 30 December
/// 2014).
pub(crate) const QPV_DEPUIS: Fact<Date> = Fact {
    name: "qpv.depuis",
    description:
        "Entrée en vigueur des listes des quartiers prioritaires de la politique de la ville",
    value: entry_into_force(&sources::DECRETS_QPV),
    source: &sources::DECRETS_QPV,
};

/// The nouveau programme national de renouvellement urbain, created by loi n° 2014-173.
pub(crate) const NPNRU_DEPUIS: Fact<Date> = Fact {
    name: "npnru.depuis",
    description: "Création du nouveau programme national de renouvellement urbain",
    value: entry_into_force(&sources::LOI_2014_173),
    source: &sources::LOI_2014_173,
};

// ---------------------------------------------------------------------------------------------
// Santé: ARS, CLS, PRS, CTS, PTSM, CPTS.

/// The agences régionales de santé exist from 1 April 2010 (loi HPST).
pub(crate) const ARS_DEPUIS: Fact<Date> = Fact {
    name: "ars.depuis",
    description: "Création des agences régionales de santé",
    value: Date::ymd(2010, 4, 1),
    source: &sources::LOI_HPST,
};

/// The first contrats locaux de santé (art. L1434-17 CSP of loi HPST), counted from 2010: the
/// rules on their content and the generations of a CLS start there.
pub(crate) const CLS_DEPUIS: Fact<Date> = Fact {
    name: "cls.depuis",
    description: "Premiers contrats locaux de santé (loi HPST)",
    value: Date::ymd(2010, 1, 1),
    source: &sources::LOI_HPST,
};

/// The first day a CLS may be dated (loi HPST, publication).
pub(crate) const CLS_CREATION: Fact<Date> = Fact {
    name: "cls.creation",
    description: "Création des contrats locaux de santé (loi HPST)",
    value: Date::ymd(2009, 7, 22),
    source: &sources::LOI_HPST,
};

/// The projets régionaux de santé (loi HPST) are checked from 2010.
pub(crate) const PRS_DEPUIS: Fact<Date> = Fact {
    name: "prs.depuis",
    description: "Projets régionaux de santé (loi HPST)",
    value: Date::ymd(2010, 1, 1),
    source: &sources::LOI_HPST,
};

/// The span of the first generation of PRS (HPST, adopted 2011-2013, in force until the PRS 2).
pub(crate) const PRS_1: Fact<Span> = Fact {
    name: "prs.generation_1",
    description: "Période des PRS de la première génération",
    value: Span {
        from: Date::ymd(2011, 1, 1),
        to: Date::ymd(2018, 12, 31),
    },
    source: &sources::CSP_L1434_2,
};

/// The span of the second generation of PRS (cadre d'orientation stratégique 2018-2028).
pub(crate) const PRS_2: Fact<Span> = Fact {
    name: "prs.generation_2",
    description:
        "Période des PRS de la deuxième génération (cadre d'orientation stratégique 2018-2028)",
    value: Span {
        from: Date::ymd(2018, 1, 1),
        to: Date::ymd(2028, 12, 31),
    },
    source: &sources::CSP_L1434_3,
};

/// The span of the revised PRS (SRS and PRAPS revised for 2023-2028).
pub(crate) const PRS_3: Fact<Span> = Fact {
    name: "prs.generation_3",
    description: "Période des PRS révisés (SRS et PRAPS 2023-2028)",
    value: Span {
        from: Date::ymd(2023, 1, 1),
        to: Date::ymd(2028, 12, 31),
    },
    source: &sources::CSP_L1434_3,
};

/// The window in which the projets régionaux de santé of the second generation were adopted,
/// region by region (from the cadre d'orientation stratégique of décret n° 2016-1023 du 26
/// juillet 2016 to the last regional arrêtés of 2018). Inside it, which generation was in force
/// in a region cannot be told from the date alone.
pub(crate) const PRS_2_ADOPTION: Fact<Span> = Fact {
    name: "prs.generation_2.adoption",
    description: "Période d'adoption des PRS de deuxième génération, région par région",
    value: Span {
        from: Date::ymd(2018, 1, 1),
        to: Date::ymd(2018, 12, 31),
    },
    source: &sources::CSP_L1434_3,
};

/// The first revised SRS and PRAPS published (Hauts-de-France, 1 November 2023).
pub(crate) const PRS_3_DEPUIS: Fact<Date> = Fact {
    name: "prs.generation_3.depuis",
    description: "Publication des premiers SRS et PRAPS révisés (Hauts-de-France)",
    value: Date::ymd(2023, 11, 1),
    source: &sources::ARS_HDF_PRS_2023,
};

/// The 13 metropolitan régions of loi n° 2015-29 du 16 janvier 2015 exist from this day; the
/// PRS of the former régions (PRS 1) stayed in force until the PRS 2 were adopted in 2018.
pub(crate) const REGIONS_2016_DEPUIS: Fact<Date> = Fact {
    name: "regions.2016.depuis",
    description: "Entrée en vigueur des régions de la loi n° 2015-29",
    value: entry_into_force(&sources::LOI_2015_29),
    source: &sources::LOI_2015_29,
};

/// The last day the région Nord-Pas-de-Calais-Picardie bore that name (décret n° 2016-1266).
pub(crate) const NOM_HAUTS_DE_FRANCE_AVANT: Fact<Date> = Fact {
    name: "regions.hauts_de_france.ancien_nom_jusquau",
    description: "Dernier jour du nom « Nord-Pas-de-Calais-Picardie »",
    value: Date::ymd(2016, 9, 29),
    source: &sources::DECRET_2016_1266,
};

/// The last day of the ACSé and the SG-CIV, replaced by the CGET (décret n° 2014-394).
pub(crate) const CGET_DEPUIS_VEILLE: Fact<Date> = Fact {
    name: "etat.cget.veille",
    description: "Dernier jour de l'ACSé et du SG-CIV, remplacés par le CGET",
    value: Date::ymd(2014, 3, 31),
    source: &sources::DECRET_2014_394,
};

/// The last day of the CGET, replaced by the ANCT on 1 January 2020 (décret n° 2019-1190).
pub(crate) const CGET_JUSQUAU: Fact<Date> = Fact {
    name: "etat.cget.jusquau",
    description: "Dernier jour du CGET, remplacé par l'ANCT",
    value: Date::ymd(2019, 12, 31),
    source: &sources::DECRET_2019_1190,
};

/// The day the ANCT took over from the CGET (décret n° 2019-1190, art. 2 to 5).
pub(crate) const ANCT_DEPUIS: Fact<Date> = Fact {
    name: "etat.anct.depuis",
    description: "Reprise par l'ANCT de l'activité du CGET",
    value: Date::ymd(2020, 1, 1),
    source: &sources::DECRET_2019_1190,
};

/// Loi n° 2016-41 (conseils territoriaux de santé, PTSM, CPTS, L1434-10 in its 2016 wording)
/// in force.
pub(crate) const SANTE_2016_DEPUIS: Fact<Date> = Fact {
    name: "loi_2016_41.depuis",
    description:
        "Entrée en vigueur de la loi n° 2016-41 de modernisation de notre système de santé",
    value: entry_into_force(&sources::LOI_2016_41),
    source: &sources::LOI_2016_41,
};

/// The day the députés and sénateurs joined the composition of the conseils territoriaux de
/// santé (loi n° 2019-774 du 24 juillet 2019, in force the day after its publication on 26 July).
pub(crate) const CTS_PARLEMENTAIRES_DEPUIS: Fact<Date> = Fact {
    name: "conseil_territorial_sante.parlementaires_depuis",
    description:
        "Entrée des députés et sénateurs dans la composition des conseils territoriaux de santé",
    value: entry_into_force(&sources::LOI_2019_774),
    source: &sources::LOI_2019_774,
};

/// Composition of the conseils territoriaux de santé: the version of art. L1434-10 I CSP (and
/// R1434-33) that applies to a council constituted or renewed on a date. The députés and
/// sénateurs of the territory were added by loi n° 2019-774 du 24 juillet 2019; a council
/// constituted before keeps its composition until it is renewed (no transitional provision
/// requires an earlier change).
pub(crate) const CTS_COMPOSITION: Param<u16> = Param {
    name: "conseil_territorial_sante.composition",
    description: "Version de la composition des conseils territoriaux de santé selon la date de constitution ou de renouvellement",
    steps: &[
        Step {
            from: entry_into_force(&sources::DECRET_2016_1024),
            value: 2016,
            source: &sources::DECRET_2016_1024,
        },
        Step {
            from: CTS_PARLEMENTAIRES_DEPUIS.value,
            value: 2019,
            source: &sources::LOI_2019_774,
        },
    ],
};

/// The day by which the first conseils territoriaux de santé were to be installed.
pub(crate) const CTS_INSTALLATION_AVANT: Fact<Date> = Fact {
    name: "conseil_territorial_sante.installation_avant",
    description:
        "Date à laquelle les premiers conseils territoriaux de santé devaient être installés",
    value: Date::ymd(2017, 1, 1),
    source: &sources::DECRET_2016_1024,
};

/// The deadline for the first definition of the territoires de démocratie sanitaire.
pub(crate) const TDS_ECHEANCE: Fact<Date> = Fact {
    name: "territoire_democratie_sanitaire.echeance",
    description: "Date limite de la première délimitation des territoires de démocratie sanitaire",
    value: Date::ymd(2016, 10, 31),
    source: &sources::DECRET_2016_1024,
};

/// The day from which a late objection of the DG ARS no longer prevents a CPTS project (loi n°
/// 2019-774).
pub(crate) const CPTS_DELAI_DEPUIS: Fact<Date> = Fact {
    name: "cpts.delai_opposition_depuis",
    description: "Date à partir de laquelle une opposition tardive du DG ARS n'empêche plus un projet de CPTS",
    value: entry_into_force(&sources::LOI_2019_774),
    source: &sources::LOI_2019_774,
};

/// The projet de santé of maisons de santé in its 2011 wording (loi n° 2011-940, art. L6323-3).
pub(crate) const MSP_PROJET_DEPUIS: Fact<Date> = Fact {
    name: "maison_de_sante.projet_depuis",
    description: "Projet de santé des maisons de santé (art. L6323-3 CSP, loi n° 2011-940)",
    value: Date::ymd(2011, 8, 12),
    source: &sources::CSP_L6323_3,
};

/// Entry into force of the mental-health axis required of CLS by art. L1434-10 IV CSP as
/// amended by loi n° 2022-217 du 21 février 2022 (3DS), published on 22 February 2022.
pub(crate) const CLS_SANTE_MENTALE_DEPUIS: Fact<Date> = Fact {
    name: "cls.sante_mentale.depuis",
    description: "Entrée en vigueur du volet santé mentale des CLS (loi 3DS)",
    value: entry_into_force(&sources::LOI_3DS),
    source: &sources::LOI_3DS,
};

/// The suivi of the contrats de ville « Engagements Quartiers 2030 » (instances, revues) from
/// the circulaire of 7 November 2024.
pub(crate) const Q2030_SUIVI_DEPUIS: Fact<Date> = Fact {
    name: "contrat_de_ville.generation_2024.suivi_depuis",
    description:
        "Suivi des contrats de ville « Engagements Quartiers 2030 » (circulaire du 7 novembre 2024)",
    value: entry_into_force(&sources::CIRC_2024_11_07),
    source: &sources::CIRC_2024_11_07,
};

/// The EPCI map redrawn by the schémas départementaux de coopération intercommunale of loi
/// NOTRe, in force on 1 January 2017.
pub(crate) const EPCI_2017_DEPUIS: Fact<Date> = Fact {
    name: "epci.carte_2017.depuis",
    description:
        "Carte intercommunale issue des schémas départementaux de coopération intercommunale",
    value: Date::ymd(2017, 1, 1),
    source: &sources::DGCL_EPCI,
};

/// Health impact assessment (consensus de Göteborg, 1999).
pub(crate) const EIS_DEPUIS: Fact<Date> = Fact {
    name: "evaluation_impact_sante.depuis",
    description: "Évaluation d'impact sur la santé (consensus de Göteborg)",
    value: Date::ymd(1999, 1, 1),
    source: &sources::BEH_2016_EIS,
};

/// The Villes-Santé of the WHO in France.
pub(crate) const VILLES_SANTE_DEPUIS: Fact<Date> = Fact {
    name: "villes_sante.depuis",
    description: "Réseau des Villes-Santé de l'OMS en France",
    value: Date::ymd(1987, 1, 1),
    source: &sources::RFVS,
};

/// The droit d'interpellation of the conseils citoyens (loi n° 2017-86).
pub(crate) const INTERPELLATION_DEPUIS: Fact<Date> = Fact {
    name: "conseil_citoyen.interpellation_depuis",
    description: "Droit d'interpellation des conseils citoyens",
    value: entry_into_force(&sources::LOI_2017_86),
    source: &sources::LOI_2017_86,
};

/// First hiring date under the QPV wording of art. L5134-102 code du travail (minimum age 30).
pub(crate) const ADULTES_RELAIS_AGE_30_DEPUIS: Fact<Date> = Fact {
    name: "adultes_relais.age_30.depuis",
    description: "Premières embauches d'adultes-relais sous la rédaction « quartiers prioritaires » (âge minimal 30 ans)",
    value: Date::ymd(2015, 8, 8),
    source: &sources::CODE_TRAVAIL_L5134_102,
};

/// First hiring date with the minimum age of 26 (art. L5134-102 code du travail).
pub(crate) const ADULTES_RELAIS_AGE_26_DEPUIS: Fact<Date> = Fact {
    name: "adultes_relais.age_26.depuis",
    description: "Premières embauches d'adultes-relais avec un âge minimal de 26 ans",
    value: Date::ymd(2021, 9, 16),
    source: &sources::CODE_TRAVAIL_L5134_102,
};

/// Minimum age at hiring of an adulte-relais (art. L5134-102 code du travail): 30 in the QPV
/// wording, 26 since 16 September 2021.
pub(crate) const ADULTES_RELAIS_AGE_MINIMUM: Param<u32> = Param {
    name: "adultes_relais.age_minimum",
    description: "Âge minimal à l'embauche d'un adulte-relais",
    steps: &[
        Step {
            from: ADULTES_RELAIS_AGE_30_DEPUIS.value,
            value: 30,
            source: &sources::CODE_TRAVAIL_L5134_102,
        },
        Step {
            from: ADULTES_RELAIS_AGE_26_DEPUIS.value,
            value: 26,
            source: &sources::CODE_TRAVAIL_L5134_102,
        },
    ],
};

/// The dates a document may plausibly hold: earlier or later ones are taken for typing errors
/// (DQ-006). A convention of the document model, not a legal fact.
pub(crate) const DATES_PLAUSIBLES: Fact<Span> = Fact {
    name: "modele.dates_plausibles",
    description: "Dates plausibles dans un document (au-delà : faute de frappe probable)",
    value: Span {
        from: Date::ymd(1990, 1, 1),
        to: Date::ymd(2100, 12, 31),
    },
    source: &sources::MODELE_SCHEMA,
};

/// Every parameter, for the tests (one definition each) and the documentation.
pub static ALL: &[&dyn Parameter] = &[
    &CV_2015_CONCLUSION,
    &CV_2024_CONCLUSION,
    &CV_2015_PERIODE,
    &CV_2024_PERIODE,
    &CV_2015_FIN_DERNIERE,
    &CV_2015_FIN_DERNIERE_OUTRE_MER,
    &CV_2015_FIN,
    &CV_2015_FIN_OUTRE_MER,
    &CV_2015_VIGUEUR,
    &CV_2015_PROROGATION,
    &CV_2015_RENOVATION,
    &CV_2015_PERR_AVANT,
    &CV_2015_MI_PARCOURS,
    &CV_2024_REVUE_ANNUELLE,
    &CV_2024_MI_PARCOURS,
    &CV_2024_SIGNATURE_AVANT,
    &CV_2024_OUTRE_MER_DEPUIS,
    &CV_2024_PREPARATION_DEPUIS,
    &QPV_DEPUIS,
    &NPNRU_DEPUIS,
    &ARS_DEPUIS,
    &CLS_DEPUIS,
    &CLS_CREATION,
    &PRS_DEPUIS,
    &PRS_1,
    &PRS_2,
    &PRS_3,
    &PRS_2_ADOPTION,
    &PRS_3_DEPUIS,
    &REGIONS_2016_DEPUIS,
    &NOM_HAUTS_DE_FRANCE_AVANT,
    &CGET_DEPUIS_VEILLE,
    &CGET_JUSQUAU,
    &ANCT_DEPUIS,
    &SANTE_2016_DEPUIS,
    &CTS_PARLEMENTAIRES_DEPUIS,
    &CTS_COMPOSITION,
    &CTS_INSTALLATION_AVANT,
    &TDS_ECHEANCE,
    &CPTS_DELAI_DEPUIS,
    &MSP_PROJET_DEPUIS,
    &CLS_SANTE_MENTALE_DEPUIS,
    &Q2030_SUIVI_DEPUIS,
    &EPCI_2017_DEPUIS,
    &EIS_DEPUIS,
    &VILLES_SANTE_DEPUIS,
    &INTERPELLATION_DEPUIS,
    &ADULTES_RELAIS_AGE_30_DEPUIS,
    &ADULTES_RELAIS_AGE_26_DEPUIS,
    &ADULTES_RELAIS_AGE_MINIMUM,
    &DATES_PLAUSIBLES,
];

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
    fn every_parameter_is_listed_once_under_its_own_name() {
        let source = include_str!("params.rs");
        let defined = source
            .lines()
            .filter(|l| {
                l.starts_with("pub(crate) const ")
                    && (l.contains(": Fact<") || l.contains(": Param<"))
            })
            .count();
        assert_eq!(ALL.len(), defined, "a parameter is missing from ALL");
        let mut names = std::collections::HashSet::new();
        for p in ALL {
            assert!(names.insert(p.name()), "{} defined twice", p.name());
            assert!(!p.description().is_empty() && !p.values().is_empty());
        }
    }

    #[test]
    fn parameter_steps_are_in_date_order() {
        fn ordered<T>(steps: &[Step<T>]) -> bool {
            steps.windows(2).all(|w| w[0].from < w[1].from)
        }
        assert!(ordered(CTS_COMPOSITION.steps));
        assert!(ordered(CV_2015_FIN.steps));
        assert!(ordered(CV_2015_FIN_OUTRE_MER.steps));
        assert!(ordered(ADULTES_RELAIS_AGE_MINIMUM.steps));
    }
}
