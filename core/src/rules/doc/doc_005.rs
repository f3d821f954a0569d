//! DOC-005.

use super::*;

/// DOC-005: a value outside a closed vocabulary.
pub static DOC_005: Rule = engine(
    "DOC-005",
    Category::Value,
    &[SCHEMA],
    Text::new("Valeur hors vocabulaire", "Value outside the vocabulary"),
    Text::new(
        "Valeur « {value} » inconnue ; valeurs possibles : {expected}.",
        "Unknown value \"{value}\"; possible values: {expected}.",
    ),
    Text::new(
        "Choisissez une des valeurs du vocabulaire (sans accents, en minuscules avec _).",
        "Choose one of the vocabulary's values (no accents, lower case with _).",
    ),
    Text::new(
        "Les natures d'acteurs, d'instances, les thématiques… sont des vocabulaires fermés.",
        "Actor natures, body natures, themes… are closed vocabularies.",
    ),
);
