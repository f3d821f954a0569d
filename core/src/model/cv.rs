//! Contrat de ville (loi 2014-173 art. 6) and its volet santé.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::common::*;
use super::liste::Liste;
use super::vocab::*;
use crate::date::PartialDate;

vocabulary! {
    /// Statut of a contrat de ville [LIF-001].
    #[schemars(description = "Statut d'un contrat de ville [LIF-001].")]
    StatutCv {
        /// En négociation.
        EnNegociation = "en_negociation",
        /// Signé.
        Signe = "signe",
        /// En vigueur.
        EnVigueur = "en_vigueur",
        /// Prorogé (lois de finances 2019 et 2022).
        Proroge = "proroge",
        /// Échu.
        Echu = "echu",
    }
}

vocabulary! {
    /// Generation of contrats de ville.
    #[schemars(description = "Génération de contrats de ville.")]
    GenerationCv {
        /// 2015–2020, prorogés jusqu'au 31 décembre 2023.
        G2015 = "2015",
        /// « Engagements Quartiers 2030 » (2024–2030).
        G2024 = "2024",
    }
}

/// Means given to conseils citoyens by the contract [CV-007].
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "Moyens des conseils citoyens",
    description = "Moyens donnés aux conseils citoyens par le contrat [CV-007]."
)]
pub struct MoyensConseilsCitoyens {
    /// A place for their meetings.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "Lieu de réunion",
        description = "Un lieu pour leurs réunions."
    )]
    pub lieu: Option<bool>,
    /// Dedicated operating means.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "Moyens de fonctionnement dédiés",
        description = "Moyens de fonctionnement dédiés."
    )]
    pub moyens_de_fonctionnement: Option<bool>,
    /// Training actions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Actions de formation", description = "Actions de formation.")]
    pub formation: Option<bool>,
    /// Modalities of co-construction with habitants are written down.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "Modalités de co-construction écrites",
        description = "Les modalités de co-construction avec les habitants sont-elles écrites ?"
    )]
    pub modalites_co_construction: Option<bool>,
}

/// The volet santé of a contrat de ville [CV-010, CV-011].
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "Volet santé",
    description = "Le volet santé d'un contrat de ville [CV-010, CV-011]."
)]
pub struct VoletSante {
    /// Diagnostic local de santé partagé.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "Diagnostic local de santé partagé",
        description = "Diagnostic local de santé partagé."
    )]
    pub diagnostic: Option<DiagnosticSante>,
    /// Objectives of the volet (numbers of strategy nodes, or a tree of its own).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(
        title = "Objectifs",
        description = "Objectifs du volet (numéros d'éléments de l'arbre stratégique, ou un arbre propre)."
    )]
    pub objectifs: Vec<Noeud>,
    /// Steering committee of the volet santé.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "Comité de pilotage",
        description = "Comité de pilotage du volet santé."
    )]
    pub copil: Option<Instance>,
    /// `id` of the ARS actor acting as correspondent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "Référent ARS",
        description = "`id` de l'acteur de l'ARS qui sert de correspondant."
    )]
    pub referent_ars: Option<String>,
    /// Identifiers of CLS constituting or serving the volet.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(
        title = "Contrats locaux de santé",
        description = "Identifiants des CLS qui constituent ou servent le volet."
    )]
    pub cls: Vec<String>,
    /// Identifiers of ASV animating the volet.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(
        title = "Ateliers santé ville",
        description = "Identifiants des ateliers santé ville qui animent le volet."
    )]
    pub asv: Vec<String>,
    /// Identifiers of CLSM constituting its mental-health part.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(
        title = "Conseils locaux de santé mentale",
        description = "Identifiants des CLSM qui en constituent la partie santé mentale."
    )]
    pub clsm: Vec<String>,
    /// Priority themes.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(title = "Thématiques", description = "Thématiques prioritaires.")]
    pub thematiques: Vec<Thematique>,
}

/// A contrat de ville.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(description = "Un contrat de ville.")]
pub struct ContratDeVille {
    /// ANCT code (`CVnnn`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Code ANCT", description = "Code ANCT (`CVnnn`).")]
    pub code: Option<String>,
    /// Title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Nom du contrat", description = "Intitulé du contrat.")]
    pub nom: Option<String>,
    /// Generation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Génération", description = "Génération.")]
    pub generation: Option<GenerationCv>,
    /// Statut [LIF-001].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "Statut",
        description = "Étape où en est le contrat, dans le vocabulaire des statuts d'un contrat de ville [LIF-001]."
    )]
    pub statut: Option<Code<StatutCv>>,
    /// `id` of the carrying actor (EPCI, or commune by exception) [CV-002].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "Porteur",
        description = "`id` de l'acteur porteur (l'EPCI, ou par exception la commune) [CV-002]."
    )]
    pub porteur: Option<String>,
    /// Communes (and EPCI) covered.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(title = "Périmètre", description = "Communes (et EPCI) couvertes.")]
    pub perimetre: Vec<Territoire>,
    /// QPV and quartiers de veille.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(title = "Quartiers", description = "QPV et quartiers de veille.")]
    pub quartiers: Vec<Territoire>,
    /// Actors named in the document.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(
        title = "Acteurs",
        description = "Organisations nommées dans le document."
    )]
    pub acteurs: Vec<Acteur>,
    /// Number of partner organisations when the document gives a count but not the list
    /// ("about 110 partners"): rules do not read an unlisted `acteurs`/`signataires` as empty.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "Nombre de partenaires",
        description = "Nombre d'organisations partenaires quand le document en donne le compte sans la liste (« environ 110 partenaires ») : les règles ne lisent alors pas des `acteurs` ou `signataires` non listés comme vides."
    )]
    pub nombre_partenaires: Option<u32>,
    /// Signatures [CV-001].
    #[serde(default, skip_serializing_if = "Liste::is_absent")]
    #[schemars(title = "Signataires", description = "Signatures [CV-001].")]
    pub signataires: Liste<Signataire>,
    /// Signature date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Date de signature", description = "Date de signature.")]
    pub date_signature: Option<PartialDate>,
    /// Period of validity (as signed, before prorogations).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "Période",
        description = "Période de validité (telle que signée, avant prorogations)."
    )]
    pub periode: Option<Periode>,
    /// Avenants, legal prorogations, 2019 protocole [CV-004, CV-012].
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(
        title = "Avenants",
        description = "Avenants, prorogations légales, protocole de 2019 [CV-004, CV-012]."
    )]
    pub avenants: Vec<Avenant>,
    /// Strategy tree (orientations → objectifs → priorités) [ART-006].
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(
        title = "Stratégie",
        description = "Arbre stratégique (orientations → objectifs → priorités) [ART-006]."
    )]
    pub strategie: Vec<Noeud>,
    /// Pillars (2015 generation): `cohesion_sociale`, `cadre_de_vie`, `developpement_economique`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(
        title = "Piliers",
        description = "Piliers (génération 2015) : `cohesion_sociale`, `cadre_de_vie`, `developpement_economique`."
    )]
    pub piliers: Vec<String>,
    /// Volet santé.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Volet santé", description = "Volet santé.")]
    pub volet_sante: Option<VoletSante>,
    /// Identifiers of the conseils citoyens of its QPV.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(
        title = "Conseils citoyens",
        description = "Identifiants des conseils citoyens de ses QPV."
    )]
    pub conseils_citoyens: Vec<String>,
    /// Means for conseils citoyens [CV-007].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "Moyens des conseils citoyens",
        description = "Moyens des conseils citoyens [CV-007]."
    )]
    pub moyens_conseils_citoyens: Option<MoyensConseilsCitoyens>,
    /// Governance bodies [GOV-007].
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(
        title = "Gouvernance",
        description = "Instances de gouvernance [GOV-007]."
    )]
    pub gouvernance: Vec<Instance>,
    /// Participation of habitants.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "Participation des habitants",
        description = "Participation des habitants."
    )]
    pub participation: Option<Participation>,
    /// Evaluations [CV-013].
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(title = "Évaluations", description = "Évaluations [CV-013].")]
    pub evaluations: Vec<Evaluation>,
    /// Legal ground of each quartier de veille active (art. 13 or local definition) [QVA-001].
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(
        title = "Qualification des quartiers de veille",
        description = "Fondement juridique de chaque quartier de veille active (art. 13 ou définition locale) [QVA-001]."
    )]
    pub qualification_veille: Vec<QualificationVeille>,
}

impl ContratDeVille {
    /// The contract's generation: the one it declares, else the one its conclusion date (signature,
    /// else start of its period) falls in (`params::CV_2015_CONCLUSION`,
    /// `params::CV_2024_CONCLUSION`); `None` when neither tells.
    pub fn generation_effective(&self) -> Option<GenerationCv> {
        if let Some(g) = self.generation {
            return Some(g);
        }
        let d = self.date_signature.or(self.periode.and_then(|p| p.debut))?;
        // By its dates only when every day they may be falls in the generation's span.
        let within = |s: crate::params::Span| d.within(Some(s.from), Some(s.to)).is_yes();
        if within(crate::params::CV_2015_CONCLUSION.value) {
            Some(GenerationCv::G2015)
        } else if within(crate::params::CV_2024_CONCLUSION.value) {
            Some(GenerationCv::G2024)
        } else {
            None
        }
    }

    /// The period of the contract's generation, used to date a contract that gives no date of
    /// its own.
    pub fn periode_generation(&self) -> Option<crate::params::Span> {
        match self.generation_effective()? {
            GenerationCv::G2015 => Some(crate::params::CV_2015_PERIODE.value),
            GenerationCv::G2024 => Some(crate::params::CV_2024_PERIODE.value),
        }
    }
}
