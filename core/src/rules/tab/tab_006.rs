//! TAB-006.

use super::*;

/// TAB-006: a commune name shared by several communes.
pub static TAB_006: Rule = EngineRule {
    code: "TAB-006",
    severity: Severity::Warning,
    category: Category::CodeInvalid,
    sources: &[sources::INSEE_COG],
    title: Text::new("Commune ambiguë", "Ambiguous commune"),
    message: Text::new(
        "« {valeur} » désigne plusieurs communes ({candidats}) : elle est gardée par son nom, sans code.",
        "\"{valeur}\" names several communes ({candidats}): it is kept by its name, without a code.",
    ),
    help: Text::new(
        "Donnez le code INSEE, ou le département entre parenthèses : « Saint-Denis (93) ».",
        "Give the INSEE code, or the département in brackets: \"Saint-Denis (93)\".",
    ),
    description: Text::new(
        "Un nom porté par plusieurs communes n'est jamais résolu au hasard : les candidats sont listés.",
        "A name shared by several communes is never resolved at random: the candidates are listed.",
    ),
}
.rule();
