//! Réseau de collectivités (Villes-Santé OMS, Réseau Santé MEL, Réseau 77…).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::common::*;
use super::vocab::*;
use crate::date::PartialDate;

/// A meeting of the network.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "Séance")]
pub struct Seance {
    /// Date.
    #[schemars(title = "Date")]
    pub date: PartialDate,
    /// Theme or title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Thème ou titre")]
    pub theme: Option<String>,
    /// Format (`"seminaire_demi_journee"`, `"reunion_de_lancement"`…).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Format")]
    pub format: Option<String>,
}

vocabulary! {
    /// Nature of a network [NET-001].
    NatureReseau {
        /// Réseau français des Villes-Santé de l'OMS.
        VillesSanteOms = "villes_sante_oms",
        /// A network run with an ARS délégation (Réseau 77…).
        ReseauArs = "reseau_ars",
        /// A network of an intercommunality (Réseau Santé MEL…).
        ReseauIntercommunal = "reseau_intercommunal",
        /// Another network.
        Autre = "autre",
    }
}

/// A network of local authorities engaged for health.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ReseauCollectivites {
    /// Identifier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Identifiant")]
    pub id: Option<String>,
    /// Name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Nom")]
    pub nom: Option<String>,
    /// `id`s of the animating actors.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(title = "Animateurs")]
    pub animateurs: Vec<String>,
    /// Actors named in the document.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(title = "Acteurs")]
    pub acteurs: Vec<Acteur>,
    /// `id`s of member actors (communes, EPCI, département).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(title = "Membres")]
    pub membres: Vec<String>,
    /// `id`s of partners that are not members.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(title = "Partenaires")]
    pub partenaires: Vec<String>,
    /// Territory of the network.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Territoire")]
    pub territoire: Option<Territoire>,
    /// Creation date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Date de création")]
    pub date_creation: Option<PartialDate>,
    /// Launch meeting date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Date de lancement")]
    pub date_lancement: Option<PartialDate>,
    /// Meeting rhythm.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Rythme des réunions")]
    pub rythme: Option<Rythme>,
    /// Meetings held or planned.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(title = "Séances")]
    pub seances: Vec<Seance>,
    /// Objectives, as written.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(title = "Objectifs")]
    pub objectifs: Vec<String>,
    /// Themes.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(title = "Thématiques")]
    pub thematiques: Vec<Thematique>,
    /// Whether members joined by a deliberation of their council [NET-001].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Adhésion par délibération")]
    pub adhesion_par_deliberation: Option<bool>,
    /// Nature of the network [NET-001].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Nature")]
    pub nature: Option<NatureReseau>,
    /// Whether each member designated an elected and a technical referent [NET-001].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Référents désignés")]
    pub referents_designes: Option<bool>,
}
