//! Projet de santé de proximité: MSP, pôle de santé, centre de santé, CPTS.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::common::*;
use super::vocab::*;
use crate::date::PartialDate;

vocabulary! {
    /// Nature of the project.
    #[schemars(description = "Nature du projet.")]
    NatureProjetSante {
        /// Maison de santé pluriprofessionnelle (L6323-3).
        Msp = "msp",
        /// Pôle de santé.
        PoleSante = "pole_sante",
        /// Centre de santé.
        CentreSante = "centre_sante",
        /// Communauté professionnelle territoriale de santé (L1434-12).
        Cpts = "cpts",
    }
}

/// A step of the project.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "Étape", description = "Une étape du projet.")]
pub struct Etape {
    /// What it is (`"reconnaissance_besoin_ars"`, `"travaux"`…).
    #[schemars(
        title = "Intitulé",
        description = "De quoi il s'agit (`\"reconnaissance_besoin_ars\"`, `\"travaux\"`…)."
    )]
    pub intitule: String,
    /// Date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Date", description = "Date de l'étape.")]
    pub date: Option<PartialDate>,
    /// Whether it is done.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Réalisée", description = "L'étape est-elle accomplie ?")]
    pub realisee: Option<bool>,
}

/// The projet de santé of the structure [GOV-010, GOV-011].
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "Projet de santé",
    description = "Le projet de santé de la structure [GOV-010, GOV-011]."
)]
pub struct ProjetDeSante {
    /// Date sent to the ARS.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "Date de transmission à l'ARS",
        description = "Date de transmission à l'ARS."
    )]
    pub transmis_ars: Option<PartialDate>,
    /// Whether every member professional signed it (MSP).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "Signé par tous les professionnels",
        description = "Tous les professionnels membres l'ont-ils signé (MSP) ?"
    )]
    pub signe_par_tous_les_professionnels: Option<bool>,
    /// Whether the territoire d'action is stated (CPTS).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "Territoire d'action précisé",
        description = "Le territoire d'action est-il précisé (CPTS) ?"
    )]
    pub territoire_action: Option<bool>,
    /// Date of an objection by the DG ARS, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "Date d'opposition de l'ARS",
        description = "Date d'une opposition du DG de l'ARS, s'il y en a une."
    )]
    pub opposition_ars: Option<PartialDate>,
}

/// A local health-care project.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(description = "Un projet de santé de proximité.")]
pub struct ProjetSanteProximite {
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
    /// Nature.
    #[schemars(
        title = "Nature",
        description = "Nature du projet (maison de santé pluriprofessionnelle, pôle de santé, centre de santé, CPTS)."
    )]
    pub nature: NatureProjetSante,
    /// `id` of the carrying actor (the ville at Château-Thierry).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "Porteur",
        description = "`id` de l'acteur porteur (la ville, à Château-Thierry)."
    )]
    pub porteur: Option<String>,
    /// Actors named in the document.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(
        title = "Acteurs",
        description = "Organisations nommées dans le document."
    )]
    pub acteurs: Vec<Acteur>,
    /// Territories served (communes, QPV).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(
        title = "Territoires",
        description = "Territoires desservis (communes, QPV)."
    )]
    pub territoires: Vec<Territoire>,
    /// Cost in euros.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Coût (euros)", description = "Coût en euros.")]
    pub cout: Option<f64>,
    /// Number of health professionals.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "Professionnels de santé",
        description = "Nombre de professionnels de santé."
    )]
    pub professionnels: Option<u32>,
    /// Floor area in m².
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Surface (m²)", description = "Surface de plancher en m².")]
    pub surface_m2: Option<f64>,
    /// Population served.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Population desservie", description = "Population desservie.")]
    pub population_desservie: Option<u32>,
    /// Steps.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(title = "Étapes", description = "Étapes.")]
    pub etapes: Vec<Etape>,
    /// Projet de santé.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Projet de santé", description = "Projet de santé.")]
    pub projet_de_sante: Option<ProjetDeSante>,
    /// Themes.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(
        title = "Thématiques",
        description = "Thèmes de santé traités, dans la liste des thématiques."
    )]
    pub thematiques: Vec<Thematique>,
}
