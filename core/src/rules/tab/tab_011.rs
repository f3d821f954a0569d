//! TAB-011.

use super::*;

/// TAB-011: a column that does not apply to the row's kind of document.
pub static TAB_011: Rule = EngineRule {
    code: "TAB-011",
    severity: Severity::Warning,
    category: Category::Structure,
    sources: &[sources::MODELE_SCHEMA],
    title: Text::new("Colonne sans objet", "Column not applicable"),
    message: Text::new(
        "La colonne « {entete} » ne s'applique pas à un {type} : la valeur n'est pas reprise.",
        "Column \"{entete}\" does not apply to a {type}: the value is not taken.",
    ),
    help: Text::new(
        "Placez ces lignes sur une feuille de leur type, ou videz la cellule.",
        "Move these rows to a sheet of their kind, or empty the cell.",
    ),
    description: Text::new(
        "Une feuille peut mêler plusieurs types ; chaque colonne n'est lue que pour les types qui ont ce champ.",
        "A sheet may mix kinds; each column is read only for the kinds that have that field.",
    ),
}
.rule();
