//! DOC-007.

use super::*;

/// DOC-007: unknown or missing document type.
pub static DOC_007: Rule = engine(
    "DOC-007",
    Category::Structure,
    &[SCHEMA],
    Text::new("Type de document inconnu", "Unknown document type"),
    Text::new(
        "Type de document « {value} » inconnu ; types possibles : {expected}.",
        "Unknown document type \"{value}\"; possible types: {expected}.",
    ),
    Text::new(
        "Indiquez dans \"type\" la nature du document (ex. \"contrat_local_sante\").",
        "State the document's nature in \"type\" (e.g. \"contrat_local_sante\").",
    ),
    Text::new(
        "Chaque document porte son type dans le champ \"type\" ; un portefeuille ne contient pas de portefeuille.",
        "Each document carries its type in \"type\"; a portfolio does not contain a portfolio.",
    ),
);
