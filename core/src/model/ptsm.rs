//! Projet territorial de santé mentale (L3221-2, R3224-1 ff. CSP).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::common::*;
use super::liste::Liste;
use super::vocab::*;
use crate::date::PartialDate;

vocabulary! {
    /// A body whose opinion is sought before the DG ARS arrêtés a PTSM [GOV-009].
    #[schemars(description = "Une instance dont l'avis est recueilli avant que le DG ARS arrête un PTSM [GOV-009].")]
    InstanceConsultee {
        /// Conseil territorial de santé (plenary).
        #[schemars(description = "Conseil territorial de santé (assemblée plénière).")]
        Cts = "cts",
        /// The CTS's commission spécialisée en santé mentale.
        #[schemars(description = "La commission spécialisée en santé mentale du CTS.")]
        CommissionSanteMentaleCts = "commission_sante_mentale_cts",
        /// A conseil local de santé mentale.
        #[schemars(description = "Un conseil local de santé mentale.")]
        Clsm = "clsm",
        /// A contrat local de santé's steering body.
        #[schemars(description = "L'instance de pilotage d'un contrat local de santé.")]
        Cls = "cls",
        /// Another body.
        #[schemars(description = "Autre instance.")]
        Autre = "autre",
    }
}

/// An opinion collected before an arrêté [GOV-009].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "Avis",
    description = "Un avis recueilli avant un arrêté [GOV-009]."
)]
pub struct AvisConsultatif {
    /// Body consulted.
    #[schemars(title = "Instance consultée", description = "Instance consultée.")]
    pub instance: InstanceConsultee,
    /// Its identifier or name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Référence", description = "Son identifiant ou son nom.")]
    pub reference: Option<String>,
    /// Date of the opinion.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Date", description = "Date de l'avis.")]
    pub date: Option<PartialDate>,
}

/// A projet territorial de santé mentale.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(description = "Un projet territorial de santé mentale.")]
pub struct ProjetTerritorialSanteMentale {
    /// Identifier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "Identifiant",
        description = "Identifiant du document, libre ; le rapport de validation le reprend (`document_id`)."
    )]
    pub id: Option<String>,
    /// Name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Nom", description = "Nom du projet.")]
    pub nom: Option<String>,
    /// Région code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Code de la région", description = "Code de la région.")]
    pub region: Option<String>,
    /// Territories covered (départements, usually).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(
        title = "Territoires",
        description = "Territoires couverts (en général des départements)."
    )]
    pub territoires: Vec<Territoire>,
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
    /// Date of the DG ARS arrêté of the diagnostic territorial partagé.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "Date de l'arrêté du diagnostic",
        description = "Date de l'arrêté du DG de l'ARS arrêtant le diagnostic territorial partagé."
    )]
    pub date_arrete_diagnostic: Option<PartialDate>,
    /// Date of the DG ARS arrêté of the PTSM.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "Date de l'arrêté du PTSM",
        description = "Date de l'arrêté du DG de l'ARS arrêtant le PTSM."
    )]
    pub date_arrete: Option<PartialDate>,
    /// Period (5 years from the arrêté) [PTSM-002].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "Période",
        description = "Période (5 ans à compter de l'arrêté) [PTSM-002]."
    )]
    pub periode: Option<Periode>,
    /// Whether it was published by the ARS.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "Publié par l'ARS",
        description = "A-t-il été publié par l'ARS ?"
    )]
    pub publie: Option<bool>,
    /// Identifiers of the bodies consulted (CTS commission, CLSM, CLS) [ART-003, GOV-009].
    #[serde(default, skip_serializing_if = "Liste::is_absent")]
    #[schemars(
        title = "Instances consultées",
        description = "Identifiants des instances consultées (commission du CTS, CLSM, CLS) [ART-003, GOV-009]."
    )]
    pub consultations: Liste<String>,
    /// Opinions collected before the arrêté, with the nature of each body [GOV-009].
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(
        title = "Avis",
        description = "Avis recueillis avant l'arrêté, avec la nature de chaque instance [GOV-009]."
    )]
    pub avis: Vec<AvisConsultatif>,
}
