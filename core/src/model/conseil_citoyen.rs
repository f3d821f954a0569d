//! Conseil citoyen (loi 2014-173 art. 7).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::common::*;
use crate::date::Date;

/// A conseil citoyen.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ConseilCitoyen {
    /// Identifier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nom: Option<String>,
    /// QPV covered (one, or several by the 2017 circulaire) [PAR-001, PAR-013].
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub qpv: Vec<Territoire>,
    /// Code of the contrat de ville.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contrat_de_ville: Option<String>,
    /// Actors named in the document.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub acteurs: Vec<Acteur>,
    /// Colleges: `habitants` and `acteurs_locaux` [PAR-002…PAR-005].
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub colleges: Vec<College>,
    /// Date of the prefectoral arrêté recognising its composition [GOV-006].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reconnaissance_prefectorale: Option<Date>,
    /// Whether maire and président of the EPCI were consulted before recognition.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub consultation_maire_epci: Option<bool>,
    /// `id` of the structure porteuse, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub structure_porteuse: Option<String>,
    /// Date of installation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_installation: Option<Date>,
    /// Whether it takes part in elaboration, implementation and evaluation of the contract [PAR-009].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub associe_au_contrat: Option<bool>,
    /// Whether a list of suppléants exists [PAR-007].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub suppleants: Option<bool>,
}
