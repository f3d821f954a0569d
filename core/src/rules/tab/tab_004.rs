//! TAB-004.

use super::*;

/// TAB-004: a value that cannot be read for its column.
pub static TAB_004: Rule = EngineRule {
    code: "TAB-004",
    severity: Severity::Fatal,
    category: Category::Value,
    sources: &[sources::MODELE_SCHEMA],
    title: Text::new("Valeur illisible", "Unreadable value"),
    message: Text::new(
        "« {valeur} » n'est pas lisible comme {attendu} : la valeur n'est pas reprise.",
        "\"{valeur}\" cannot be read as {attendu}: the value is not taken.",
    ),
    help: Text::new(
        "Corrigez la cellule selon la consigne de la feuille « Lisez-moi » du modèle.",
        "Correct the cell as the template's « Lisez-moi » sheet explains.",
    ),
    description: Text::new(
        "Chaque cellule est lue selon la nature de sa colonne (date, nombre, oui/non, liste de valeurs).",
        "Each cell is read according to its column's nature (date, number, yes/no, list of values).",
    ),
}
.rule();
