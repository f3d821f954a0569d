//! DOC-004.

use super::*;

/// DOC-004: a required field is missing.
pub static DOC_004: Rule = engine(
    "DOC-004",
    Category::Required,
    &[SCHEMA],
    Text::new("Champ obligatoire manquant", "Missing required field"),
    Text::new(
        "Le champ obligatoire « {field} » est absent.",
        "The required field \"{field}\" is missing.",
    ),
    Text::new("Ajoutez ce champ.", "Add this field."),
    Text::new(
        "Quelques champs sont indispensables pour lire le document (son type, l'identifiant d'un acteur, la nature d'une instance…).",
        "A few fields are needed to read the document (its type, an actor's id, a body's nature…).",
    ),
);
