//! Conseil citoyen (loi 2014-173 art. 7).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::common::*;
use crate::date::PartialDate;

/// A use of the droit d'interpellation (loi 2017-86 art. 150) and its follow-up [PAR-014].
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Interpellation {
    /// Date the préfet was seized.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<PartialDate>,
    /// What it is about.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub objet: Option<String>,
    /// Whether the préfet forwarded it to the maire, the président of the EPCI and the signatories.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transmise_signataires: Option<bool>,
    /// Whether a diagnostic and actions were submitted to the contrat de ville's COPIL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub presentee_copil: Option<bool>,
    /// Whether the debate was put on the municipal council's agenda.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub debat_conseil_municipal: Option<bool>,
}

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
    pub reconnaissance_prefectorale: Option<PartialDate>,
    /// Whether maire and président of the EPCI were consulted before recognition.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub consultation_maire_epci: Option<bool>,
    /// `id` of the structure porteuse, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub structure_porteuse: Option<String>,
    /// Date of installation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_installation: Option<PartialDate>,
    /// Whether it takes part in elaboration, implementation and evaluation of the contract [PAR-009].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub associe_au_contrat: Option<bool>,
    /// Whether a list of suppléants exists [PAR-007].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub suppleants: Option<bool>,
    /// `id`s of the actors sitting in the college of associations and local actors [PAR-006].
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub membres_acteurs_locaux: Vec<String>,
    /// Whether mandate length and replacement rules are written into the contrat de ville
    /// [PAR-007].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub regles_remplacement: Option<bool>,
    /// Number of habitant members who no longer live in the QPV and were not replaced [PAR-007].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub membres_hors_qpv: Option<u32>,
    /// Uses of the droit d'interpellation [PAR-014].
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub interpellations: Vec<Interpellation>,
}
