//! DOC-001.

use super::*;

/// DOC-001: the text is not valid JSON.
pub static DOC_001: Rule = engine(
    "DOC-001",
    Category::Structure,
    &[JSON_RFC],
    Text::new("JSON mal formé", "Malformed JSON"),
    Text::new(
        "Le texte n'est pas un JSON valide : {detail}.",
        "The text is not valid JSON: {detail}.",
    ),
    Text::new(
        "Corrigez la syntaxe à l'endroit indiqué (virgule, guillemet ou accolade manquants…).",
        "Fix the syntax at the given position (missing comma, quote or brace…).",
    ),
    Text::new(
        "Le document doit être un texte JSON conforme à la RFC 8259.",
        "The document must be JSON text conforming to RFC 8259.",
    ),
);
