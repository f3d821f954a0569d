//! TAB-002.

use super::*;

/// TAB-002: a column whose header is not recognised.
pub static TAB_002: Rule = EngineRule {
    code: "TAB-002",
    severity: Severity::Warning,
    category: Category::Structure,
    sources: &[sources::MODELE_SCHEMA],
    title: Text::new("Colonne non reconnue", "Unrecognised column"),
    message: Text::new(
        "La colonne « {entete} » n'est pas reconnue : ses valeurs ne sont pas lues.",
        "Column \"{entete}\" is not recognised: its values are not read.",
    ),
    help: Text::new(
        "Renommez l'en-tête selon le modèle (commande `modele`) ou indiquez sa correspondance (option `--correspondance`).",
        "Rename the header as in the template (command `modele`) or give its mapping (option `--correspondance`).",
    ),
    description: Text::new(
        "Toute colonne dont l'en-tête ne correspond à aucun champ est signalée, jamais ignorée en silence.",
        "Every column whose header matches no field is reported, never silently dropped.",
    ),
}
.rule();
