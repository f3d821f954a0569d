//! DOC-008.

use super::*;

/// DOC-008: nesting too deep.
pub static DOC_008: Rule = engine(
    "DOC-008",
    Category::TooLong,
    &[LIMITS],
    Text::new("Imbrication trop profonde", "Nesting too deep"),
    Text::new(
        "Le document est imbriqué au-delà de {limit} niveaux.",
        "The document is nested deeper than {limit} levels.",
    ),
    Text::new(
        "Aplatissez la structure ; aucun document réel n'approche cette profondeur.",
        "Flatten the structure; no real document comes close to this depth.",
    ),
    Text::new(
        "Une profondeur bornée protège les lecteurs (navigateur, notebook) d'un épuisement de pile.",
        "A bounded depth protects readers (browser, notebook) from stack exhaustion.",
    ),
);
