//! DOC-003.

use super::*;

/// DOC-003: an unknown field.
pub static DOC_003: Rule = engine(
    "DOC-003",
    Category::Structure,
    &[SCHEMA],
    Text::new("Champ inconnu", "Unknown field"),
    Text::new(
        "Champ inconnu « {field} » ; champs possibles : {expected}.",
        "Unknown field \"{field}\"; possible fields: {expected}.",
    ),
    Text::new(
        "Vérifiez l'orthographe du champ (sans accents, en minuscules avec _) ou supprimez-le.",
        "Check the field's spelling (no accents, lower case with _) or remove it.",
    ),
    Text::new(
        "Les documents n'acceptent que les champs de leur schéma : une faute de frappe ne doit pas passer inaperçue.",
        "Documents accept only the fields of their schema, so that a typo does not go unnoticed.",
    ),
);
