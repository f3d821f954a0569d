//! Réseau de collectivités (Villes-Santé OMS, Réseau Santé MEL, Réseau 77…).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::common::*;
use super::vocab::*;
use crate::date::PartialDate;

/// A meeting of the network.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "Séance", description = "Une séance du réseau.")]
pub struct Seance {
    /// Date.
    #[schemars(title = "Date", description = "Date de la séance.")]
    pub date: PartialDate,
    /// Theme or title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Thème ou titre", description = "Thème ou intitulé.")]
    pub theme: Option<String>,
    /// Format (`"seminaire_demi_journee"`, `"reunion_de_lancement"`…).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "Format",
        description = "Format (`\"seminaire_demi_journee\"`, `\"reunion_de_lancement\"`…)."
    )]
    pub format: Option<String>,
}

vocabulary! {
    /// Nature of a network [NET-001].
    #[schemars(description = "Nature d'un réseau [NET-001].")]
    NatureReseau {
        /// Réseau français des Villes-Santé de l'OMS.
        VillesSanteOms = "villes_sante_oms",
        /// A network run with an ARS délégation (Réseau 77…).
        #[schemars(description = "Réseau animé avec une délégation de l'ARS (Réseau 77…).")]
        ReseauArs = "reseau_ars",
        /// A network of an intercommunality (Réseau Santé MEL…).
        #[schemars(description = "Réseau d'une intercommunalité (Réseau Santé MEL…).")]
        ReseauIntercommunal = "reseau_intercommunal",
        /// Another network.
        #[schemars(description = "Autre réseau.")]
        Autre = "autre",
    }
}

/// A network of local authorities engaged for health.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(description = "Un réseau de collectivités territoriales engagées pour la santé.")]
pub struct ReseauCollectivites {
    /// Identifier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "Identifiant",
        description = "Identifiant du document, libre ; le rapport de validation le reprend (`document_id`)."
    )]
    pub id: Option<String>,
    /// Name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Nom", description = "Nom du réseau.")]
    pub nom: Option<String>,
    /// `id`s of the animating actors.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(title = "Animateurs", description = "`id` des acteurs qui l'animent.")]
    pub animateurs: Vec<String>,
    /// Actors named in the document.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(
        title = "Acteurs",
        description = "Organisations nommées dans le document."
    )]
    pub acteurs: Vec<Acteur>,
    /// `id`s of member actors (communes, EPCI, département).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(
        title = "Membres",
        description = "`id` des acteurs membres (communes, EPCI, département)."
    )]
    pub membres: Vec<String>,
    /// `id`s of partners that are not members.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(
        title = "Partenaires",
        description = "`id` des partenaires qui ne sont pas membres."
    )]
    pub partenaires: Vec<String>,
    /// Territory of the network.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Territoire", description = "Territoire du réseau.")]
    pub territoire: Option<Territoire>,
    /// Creation date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Date de création", description = "Date de création.")]
    pub date_creation: Option<PartialDate>,
    /// Launch meeting date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "Date de lancement",
        description = "Date de la réunion de lancement."
    )]
    pub date_lancement: Option<PartialDate>,
    /// Meeting rhythm.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Rythme des réunions", description = "Rythme des réunions.")]
    pub rythme: Option<Rythme>,
    /// Meetings held or planned.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(title = "Séances", description = "Séances tenues ou prévues.")]
    pub seances: Vec<Seance>,
    /// Objectives, as written.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(title = "Objectifs", description = "Objectifs, tels qu'écrits.")]
    pub objectifs: Vec<String>,
    /// Themes.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(
        title = "Thématiques",
        description = "Thèmes de santé traités, dans la liste des thématiques."
    )]
    pub thematiques: Vec<Thematique>,
    /// Whether members joined by a deliberation of their council [NET-001].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "Adhésion par délibération",
        description = "Les membres ont-ils adhéré par une délibération de leur conseil ? [NET-001]"
    )]
    pub adhesion_par_deliberation: Option<bool>,
    /// Nature of the network [NET-001].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Nature", description = "Nature du réseau [NET-001].")]
    pub nature: Option<NatureReseau>,
    /// Whether each member designated an elected and a technical referent [NET-001].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "Référents désignés",
        description = "Chaque membre a-t-il désigné un référent élu et un référent technique ? [NET-001]"
    )]
    pub referents_designes: Option<bool>,
}
