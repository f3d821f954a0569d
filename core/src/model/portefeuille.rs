//! Portefeuille: a set of documents for one territory, for cross-document rules and analyses.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::common::Territoire;
use super::Document;

/// A set of documents for one territory.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Portefeuille {
    /// Identifier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Identifiant")]
    pub id: Option<String>,
    /// Name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Nom")]
    pub nom: Option<String>,
    /// Territory the portfolio describes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Territoire décrit")]
    pub territoire: Option<Territoire>,
    /// The documents (a portfolio may not contain another portfolio).
    #[serde(default)]
    #[schemars(title = "Documents")]
    pub documents: Vec<Document>,
}
