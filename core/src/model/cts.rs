//! Conseil territorial de santé (L1434-10 I-II CSP, décret 2016-1024).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::common::*;
use super::vocab::*;
use crate::date::Date;

vocabulary! {
    /// Statut of a CTS [LIF-001].
    StatutCts {
        /// Constitué par arrêté du DG ARS.
        Constitue = "constitue",
        /// Installé (première réunion tenue).
        Installe = "installe",
        /// Renouvelé.
        Renouvele = "renouvele",
    }
}

/// A conseil territorial de santé.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ConseilTerritorialSante {
    /// Identifier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nom: Option<String>,
    /// Statut.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub statut: Option<Code<StatutCts>>,
    /// Its territoire de démocratie sanitaire.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub territoire: Option<Territoire>,
    /// Région code(s) of the TDS (two for a joint TDS) [TER-012].
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub regions: Vec<String>,
    /// Départements covered.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub departements: Vec<String>,
    /// Actors named in the document.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub acteurs: Vec<Acteur>,
    /// Colleges: `professionnels`, `usagers`, `collectivites`, `etat_securite_sociale`,
    /// `personnalites_qualifiees` [GOV-001].
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub colleges: Vec<College>,
    /// Bodies: assemblée plénière, bureau, commission santé mentale, formation usagers [GOV-002].
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub instances: Vec<Instance>,
    /// Date of the DG ARS arrêté constituting it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_arrete: Option<Date>,
    /// Date of installation (first meeting).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_installation: Option<Date>,
    /// Mandate of the members (5 years, renewable once).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mandat: Option<Periode>,
    /// Number of mandates already served by the current composition (1 or 2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub numero_mandat: Option<u8>,
    /// Whether the president and vice-president were elected by the members.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub president_elu: Option<bool>,
}
