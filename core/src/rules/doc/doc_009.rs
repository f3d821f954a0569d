//! DOC-009.

use super::*;

/// DOC-009: document too large.
pub static DOC_009: Rule = engine(
    "DOC-009",
    Category::TooLong,
    &[LIMITS],
    Text::new("Document trop volumineux", "Document too large"),
    Text::new(
        "Le document fait {size} octets, au-delà de la limite de {limit} octets.",
        "The document is {size} bytes, above the limit of {limit} bytes.",
    ),
    Text::new(
        "Découpez le document, ou relevez la limite (option max_bytes) si ce volume est voulu.",
        "Split the document, or raise the limit (option max_bytes) if this size is intended.",
    ),
    Text::new(
        "Une taille bornée garde la validation rapide et la mémoire maîtrisée.",
        "A bounded size keeps validation fast and memory in check.",
    ),
);
