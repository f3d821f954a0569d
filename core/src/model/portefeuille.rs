//! Portefeuille: a set of documents for one territory, for cross-document rules and analyses.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::common::Territoire;
use super::Document;

/// A set of documents for one territory.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(description = "Un ensemble de documents d'un même territoire.")]
pub struct Portefeuille {
    /// Identifier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "Identifiant",
        description = "Identifiant du document, libre ; le rapport de validation le reprend (`document_id`)."
    )]
    pub id: Option<String>,
    /// Name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Nom", description = "Nom du portefeuille.")]
    pub nom: Option<String>,
    /// Territory the portfolio describes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "Territoire décrit",
        description = "Territoire que le portefeuille décrit."
    )]
    pub territoire: Option<Territoire>,
    /// The documents (a portfolio may not contain another portfolio).
    #[serde(default)]
    #[schemars(
        title = "Documents",
        description = "Les documents (un portefeuille ne peut pas en contenir un autre)."
    )]
    pub documents: Vec<Document>,
}
