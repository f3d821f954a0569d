//! Conseil citoyen (loi 2014-173 art. 7).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::common::*;
use super::liste::Liste;
use crate::date::PartialDate;

/// A use of the droit d'interpellation (loi 2017-86 art. 150) and its follow-up [PAR-014].
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "Interpellation",
    description = "Un recours au droit d'interpellation (loi 2017-86, art. 150) et ses suites [PAR-014]."
)]
pub struct Interpellation {
    /// Date the préfet was seized.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "Date de saisine du préfet",
        description = "Date de saisine du préfet."
    )]
    pub date: Option<PartialDate>,
    /// What it is about.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Objet", description = "Objet de l'interpellation.")]
    pub objet: Option<String>,
    /// Whether the préfet forwarded it to the maire, the président of the EPCI and the signatories.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "Transmise aux signataires",
        description = "Le préfet l'a-t-il transmise au maire, au président de l'EPCI et aux signataires ?"
    )]
    pub transmise_signataires: Option<bool>,
    /// Whether a diagnostic and actions were submitted to the contrat de ville's COPIL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "Présentée au comité de pilotage",
        description = "Un diagnostic et des actions ont-ils été présentés au comité de pilotage du contrat de ville ?"
    )]
    pub presentee_copil: Option<bool>,
    /// Whether the debate was put on the municipal council's agenda.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "Débat inscrit au conseil municipal",
        description = "Le débat a-t-il été inscrit à l'ordre du jour du conseil municipal ?"
    )]
    pub debat_conseil_municipal: Option<bool>,
}

/// A conseil citoyen.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(description = "Un conseil citoyen.")]
pub struct ConseilCitoyen {
    /// Identifier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "Identifiant",
        description = "Identifiant du document, libre ; le rapport de validation le reprend (`document_id`)."
    )]
    pub id: Option<String>,
    /// Name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Nom", description = "Nom du conseil citoyen.")]
    pub nom: Option<String>,
    /// QPV covered (one, or several by the 2017 circulaire) [PAR-001, PAR-013].
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(
        title = "Quartiers prioritaires couverts",
        description = "QPV couvert (un seul, ou plusieurs selon la circulaire de 2017) [PAR-001, PAR-013]."
    )]
    pub qpv: Vec<Territoire>,
    /// Code of the contrat de ville.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "Code du contrat de ville",
        description = "Code du contrat de ville."
    )]
    pub contrat_de_ville: Option<String>,
    /// Actors named in the document.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(
        title = "Acteurs",
        description = "Organisations nommées dans le document."
    )]
    pub acteurs: Vec<Acteur>,
    /// Colleges: `habitants` and `acteurs_locaux` [PAR-002…PAR-005].
    #[serde(default, skip_serializing_if = "Liste::is_absent")]
    #[schemars(
        title = "Collèges",
        description = "Collèges : `habitants` et `acteurs_locaux` [PAR-002…PAR-005]."
    )]
    pub colleges: Liste<College>,
    /// Date of the prefectoral arrêté recognising its composition [GOV-006].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "Date de l'arrêté préfectoral de reconnaissance",
        description = "Date de l'arrêté préfectoral reconnaissant sa composition [GOV-006]."
    )]
    pub reconnaissance_prefectorale: Option<PartialDate>,
    /// Whether maire and président of the EPCI were consulted before recognition.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "Maire et président d'EPCI consultés",
        description = "Le maire et le président de l'EPCI ont-ils été consultés avant la reconnaissance ?"
    )]
    pub consultation_maire_epci: Option<bool>,
    /// `id` of the structure porteuse, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "Structure porteuse",
        description = "`id` de la structure porteuse, s'il y en a une."
    )]
    pub structure_porteuse: Option<String>,
    /// Date of installation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Date d'installation", description = "Date d'installation.")]
    pub date_installation: Option<PartialDate>,
    /// Whether it takes part in elaboration, implementation and evaluation of the contract [PAR-009].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "Associé au contrat de ville",
        description = "Prend-il part à l'élaboration, à la mise en œuvre et à l'évaluation du contrat ? [PAR-009]"
    )]
    pub associe_au_contrat: Option<bool>,
    /// Whether a list of suppléants exists [PAR-007].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "Liste de suppléants",
        description = "Existe-t-il une liste de suppléants ? [PAR-007]"
    )]
    pub suppleants: Option<bool>,
    /// `id`s of the actors sitting in the college of associations and local actors [PAR-006].
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(
        title = "Membres du collège des acteurs locaux",
        description = "`id` des acteurs qui siègent au collège des associations et acteurs locaux [PAR-006]."
    )]
    pub membres_acteurs_locaux: Vec<String>,
    /// Whether mandate length and replacement rules are written into the contrat de ville
    /// [PAR-007].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "Règles de mandat et de remplacement écrites",
        description = "La durée du mandat et les règles de remplacement sont-elles inscrites au contrat de ville ? [PAR-007]"
    )]
    pub regles_remplacement: Option<bool>,
    /// Number of habitant members who no longer live in the QPV and were not replaced [PAR-015].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "Habitants membres hors du quartier non remplacés",
        description = "Nombre de membres habitants qui ne résident plus dans le QPV et n'ont pas été remplacés [PAR-015]."
    )]
    pub membres_hors_qpv: Option<u32>,
    /// Uses of the droit d'interpellation [PAR-014].
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(
        title = "Interpellations",
        description = "Recours au droit d'interpellation [PAR-014]."
    )]
    pub interpellations: Vec<Interpellation>,
}
