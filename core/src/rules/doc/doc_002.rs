//! DOC-002.

use super::*;

/// DOC-002: a value has the wrong type.
pub static DOC_002: Rule = engine(
    "DOC-002",
    Category::Structure,
    &[SCHEMA],
    Text::new("Type de valeur invalide", "Wrong value type"),
    Text::new(
        "Type invalide : {expected} attendu, {found} trouvé.",
        "Wrong type: {expected} expected, {found} found.",
    ),
    Text::new(
        "Donnez à ce champ une valeur du type attendu (voir le schéma du document).",
        "Give this field a value of the expected type (see the document's schema).",
    ),
    Text::new(
        "Chaque champ a un type fixé par le schéma du document.",
        "Each field has a type set by the document's schema.",
    ),
);
