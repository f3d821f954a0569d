//! DOC-010.

use super::*;

/// DOC-010: too many items in a list.
pub static DOC_010: Rule = engine(
    "DOC-010",
    Category::TooLong,
    &[LIMITS],
    Text::new("Liste trop longue", "List too long"),
    Text::new(
        "La liste compte {count} éléments, au-delà de la limite de {limit}.",
        "The list has {count} items, above the limit of {limit}.",
    ),
    Text::new(
        "Découpez la liste, ou relevez la limite (option max_items).",
        "Split the list, or raise the limit (option max_items).",
    ),
    Text::new(
        "Un nombre d'éléments borné garde la validation rapide.",
        "A bounded number of items keeps validation fast.",
    ),
);
