//! Atelier santé ville (circulaire DIV/DGS du 13 juin 2000).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::common::*;
use super::vocab::*;
use crate::date::PartialDate;

vocabulary! {
    /// Statut of an ASV [LIF-001, ASV-002].
    #[schemars(description = "Statut d'un ASV [LIF-001, ASV-002].")]
    StatutAsv {
        /// Préfiguration.
        Prefiguration = "prefiguration",
        /// Amorçage.
        Amorcage = "amorcage",
        /// Opérationnel.
        Operationnel = "operationnel",
        /// Suspendu.
        Suspendu = "suspendu",
        /// Arrêté.
        Arrete = "arrete",
    }
}

/// The ASV method: diagnostic → programmation → évaluation [ASV-003, ART-008].
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "Méthode",
    description = "La méthode de l'ASV : diagnostic → programmation → évaluation [ASV-003, ART-008]."
)]
pub struct Methode {
    /// Diagnostic.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Diagnostic", description = "Diagnostic.")]
    pub diagnostic: Option<DiagnosticSante>,
    /// Programme of actions (period).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "Programmation",
        description = "Programme d'actions (période)."
    )]
    pub programmation: Option<Periode>,
    /// Evaluation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Évaluation", description = "Évaluation.")]
    pub evaluation: Option<Evaluation>,
}

/// What an ASV is attached to [ART-001].
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "Rattachement",
    description = "Ce à quoi l'ASV est rattaché [ART-001]."
)]
pub struct Rattachement {
    /// Code of the contrat de ville whose volet santé it animates.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "Contrat de ville",
        description = "Code du contrat de ville dont l'atelier anime le volet santé."
    )]
    pub contrat_de_ville: Option<String>,
    /// Identifier of the CLS it is attached to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "Contrat local de santé",
        description = "Identifiant du CLS auquel l'atelier est rattaché."
    )]
    pub cls: Option<String>,
}

/// A dated change of statut of an ASV [ASV-002].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "Étape de statut",
    description = "Changement de statut daté d'un ASV [ASV-002]."
)]
pub struct EtapeStatutAsv {
    /// Statut entered.
    #[schemars(title = "Statut", description = "Statut pris.")]
    pub statut: Code<StatutAsv>,
    /// Date it was entered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Date", description = "Date à laquelle ce statut a été pris.")]
    pub date: Option<PartialDate>,
}

/// An atelier santé ville.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(description = "Un atelier santé ville.")]
pub struct AtelierSanteVille {
    /// Identifier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "Identifiant",
        description = "Identifiant du document, libre ; le rapport de validation le reprend (`document_id`)."
    )]
    pub id: Option<String>,
    /// Name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Nom", description = "Nom de l'atelier.")]
    pub nom: Option<String>,
    /// Statut.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "Statut",
        description = "Étape où en est l'atelier, dans le vocabulaire des statuts d'un ASV [LIF-001, ASV-002]."
    )]
    pub statut: Option<Code<StatutAsv>>,
    /// `id` of the carrying actor (commune, EPCI, CCAS, association, GIP).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "Porteur",
        description = "`id` de l'acteur porteur (commune, EPCI, CCAS, association, GIP)."
    )]
    pub porteur: Option<String>,
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
    /// Territories (communes, QPV).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(title = "Territoires", description = "Territoires (communes, QPV).")]
    pub territoires: Vec<Territoire>,
    /// Creation date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Date de création", description = "Date de création.")]
    pub date_creation: Option<PartialDate>,
    /// Coordination [ASV-001].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Coordination", description = "Coordination [ASV-001].")]
    pub coordination: Option<Coordination>,
    /// Method.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Méthode", description = "Méthode.")]
    pub methode: Option<Methode>,
    /// Participation of habitants.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "Participation des habitants",
        description = "Participation des habitants."
    )]
    pub participation: Option<Participation>,
    /// Attachment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Rattachement", description = "Rattachement.")]
    pub rattachement: Option<Rattachement>,
    /// Themes.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(
        title = "Thématiques",
        description = "Thèmes de santé traités, dans la liste des thématiques."
    )]
    pub thematiques: Vec<Thematique>,
    /// Past statuts, in any order (sorted by date by the rules) [ASV-002].
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(
        title = "Historique des statuts",
        description = "Statuts passés, dans n'importe quel ordre (les règles les trient par date) [ASV-002]."
    )]
    pub historique: Vec<EtapeStatutAsv>,
    /// Adultes-relais (médiateurs santé) working for the ASV [AR-001, AR-002].
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(
        title = "Adultes-relais",
        description = "Adultes-relais (médiateurs santé) travaillant pour l'atelier [AR-001, AR-002]."
    )]
    pub adultes_relais: Vec<AdulteRelais>,
}
