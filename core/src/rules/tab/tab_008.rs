//! TAB-008.

use super::*;

/// TAB-008: a formula without a computed value.
pub static TAB_008: Rule = EngineRule {
    code: "TAB-008",
    severity: Severity::Warning,
    category: Category::Value,
    sources: &[sources::MODELE_SCHEMA],
    title: Text::new("Formule sans valeur", "Formula without a value"),
    message: Text::new(
        "La cellule contient la formule {valeur} sans valeur calculée : elle n'est pas reprise.",
        "The cell holds formula {valeur} without a computed value: it is not taken.",
    ),
    help: Text::new(
        "Ouvrez et enregistrez le classeur dans un tableur pour que les formules soient calculées.",
        "Open and save the workbook in a spreadsheet application so that formulas are computed.",
    ),
    description: Text::new(
        "Les formules sont lues par leur dernière valeur calculée ; une formule jamais calculée est signalée.",
        "Formulas are read by their last computed value; a formula never computed is reported.",
    ),
}
.rule();
