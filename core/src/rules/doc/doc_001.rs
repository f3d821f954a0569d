//! DOC-001.

use super::*;

/// DOC-001: the text is not valid JSON.
pub static DOC_001: Rule = Rule {
    messages: &[
        Message::new(
            "bom",
            "Le texte n'est pas un JSON valide : le texte commence par une marque d'ordre des octets (BOM, U+FEFF), interdite en JSON ; enregistrez-le en UTF-8 sans BOM.",
            "The text is not valid JSON: the text starts with a byte order mark (BOM, U+FEFF), which JSON forbids; save it as UTF-8 without BOM.",
        ),
        Message::new(
            "unterminated_object",
            "Le texte n'est pas un JSON valide : objet non fermé (il manque « } »).",
            "The text is not valid JSON: unterminated object (missing \"}\").",
        ),
        Message::new(
            "unterminated_array",
            "Le texte n'est pas un JSON valide : liste non fermée (il manque « ] »).",
            "The text is not valid JSON: unterminated list (missing \"]\").",
        ),
        Message::new(
            "unterminated_string",
            "Le texte n'est pas un JSON valide : texte non fermé (il manque un guillemet).",
            "The text is not valid JSON: unterminated string (missing quote).",
        ),
        Message::new(
            "empty",
            "Le texte n'est pas un JSON valide : texte vide ou tronqué.",
            "The text is not valid JSON: empty or truncated text.",
        ),
        Message::new(
            "expected_comma_or_brace",
            "Le texte n'est pas un JSON valide : « , » ou « } » attendu.",
            "The text is not valid JSON: \",\" or \"}\" expected.",
        ),
        Message::new(
            "expected_comma_or_bracket",
            "Le texte n'est pas un JSON valide : « , » ou « ] » attendu.",
            "The text is not valid JSON: \",\" or \"]\" expected.",
        ),
        Message::new(
            "expected_colon",
            "Le texte n'est pas un JSON valide : « : » attendu après le nom du champ.",
            "The text is not valid JSON: \":\" expected after the field name.",
        ),
        Message::new(
            "key_not_string",
            "Le texte n'est pas un JSON valide : le nom d'un champ doit être entre guillemets.",
            "The text is not valid JSON: a field name must be quoted.",
        ),
        Message::new(
            "trailing_comma",
            "Le texte n'est pas un JSON valide : virgule en trop avant la fermeture.",
            "The text is not valid JSON: trailing comma before the closing bracket.",
        ),
        Message::new(
            "trailing_characters",
            "Le texte n'est pas un JSON valide : caractères en trop après la fin du document.",
            "The text is not valid JSON: extra characters after the end of the document.",
        ),
        Message::new(
            "control_character",
            "Le texte n'est pas un JSON valide : caractère de contrôle dans un texte (saut de ligne non échappé ?).",
            "The text is not valid JSON: control character in a string (unescaped newline?).",
        ),
        Message::new(
            "invalid_escape",
            "Le texte n'est pas un JSON valide : séquence d'échappement invalide.",
            "The text is not valid JSON: invalid escape sequence.",
        ),
        Message::new(
            "invalid_unicode",
            "Le texte n'est pas un JSON valide : point de code Unicode invalide.",
            "The text is not valid JSON: invalid Unicode code point.",
        ),
        Message::new(
            "number_out_of_range",
            "Le texte n'est pas un JSON valide : nombre hors limites.",
            "The text is not valid JSON: number out of range.",
        ),
        Message::new(
            "invalid_number",
            "Le texte n'est pas un JSON valide : nombre mal écrit.",
            "The text is not valid JSON: malformed number.",
        ),
        Message::new(
            "expected_value",
            "Le texte n'est pas un JSON valide : valeur attendue (texte entre guillemets, nombre, true, false, null, objet ou liste).",
            "The text is not valid JSON: value expected (quoted text, number, true, false, null, object or list).",
        ),
        Message::new(
            "expected_ident",
            "Le texte n'est pas un JSON valide : valeur attendue (true, false ou null mal écrits ?).",
            "The text is not valid JSON: value expected (misspelt true, false or null?).",
        ),
        Message::new(
            "syntax",
            "Le texte n'est pas un JSON valide : erreur de syntaxe.",
            "The text is not valid JSON: syntax error.",
        ),
    ],
    ..engine(
    "DOC-001",
    Category::Structure,
    &[sources::RFC_8259, sources::MODELE_SCHEMA],
    Text::new("JSON mal formé", "Malformed JSON"),
    Text::new(
        "Le texte n'est pas un JSON valide.",
        "The text is not valid JSON.",
    ),
    Text::new(
        "Corrigez la syntaxe à l'endroit indiqué (virgule, guillemet ou accolade manquants…).",
        "Fix the syntax at the given position (missing comma, quote or brace…).",
    ),
    Text::new(
        "Le document doit être un texte JSON conforme à la RFC 8259.",
        "The document must be JSON text conforming to RFC 8259.",
    ),
)
};
