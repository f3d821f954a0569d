//! TAB-007.

use super::*;

/// TAB-007: a cell holding a spreadsheet error (`#N/A`, `#REF!`…).
pub static TAB_007: Rule = EngineRule {
    code: "TAB-007",
    severity: Severity::Fatal,
    category: Category::Value,
    sources: &[sources::MODELE_SCHEMA],
    title: Text::new("Cellule en erreur", "Cell in error"),
    message: Text::new(
        "La cellule contient l'erreur de calcul {valeur} : aucune valeur n'est reprise.",
        "The cell holds the calculation error {valeur}: no value is taken.",
    ),
    help: Text::new(
        "Corrigez la formule ou remplacez-la par sa valeur.",
        "Fix the formula or replace it by its value.",
    ),
    description: Text::new(
        "Les erreurs de calcul (#N/A, #REF!, #VALEUR!…) sont signalées à leur cellule.",
        "Calculation errors (#N/A, #REF!, #VALUE!…) are reported at their cell.",
    ),
}
.rule();
