//! TAB-005.

use super::*;

/// TAB-005: a commune name unknown to the référentiel.
pub static TAB_005: Rule = EngineRule {
    code: "TAB-005",
    severity: Severity::Warning,
    category: Category::CodeInvalid,
    sources: &[sources::INSEE_COG],
    title: Text::new("Commune introuvable", "Commune not found"),
    message: Text::new(
        "La commune « {valeur} » est introuvable dans le référentiel : elle est gardée par son nom, sans code.",
        "Commune \"{valeur}\" is not in the référentiel: it is kept by its name, without a code.",
    ),
    help: Text::new(
        "Vérifiez l'orthographe ou donnez le code INSEE de la commune.",
        "Check the spelling or give the commune's INSEE code.",
    ),
    description: Text::new(
        "Les noms de communes sont comparés sans accents, casse ni ponctuation aux communes actuelles du référentiel.",
        "Commune names are compared, ignoring accents, case and punctuation, with the current communes of the référentiel.",
    ),
}
.rule();
