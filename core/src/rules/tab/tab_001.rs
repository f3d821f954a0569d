//! TAB-001.

use super::*;

/// TAB-001: the file is not a readable spreadsheet.
pub static TAB_001: Rule = EngineRule {
    code: "TAB-001",
    severity: Severity::Fatal,
    category: Category::Structure,
    sources: &[sources::MODELE_SCHEMA],
    title: Text::new("Classeur illisible", "Unreadable workbook"),
    message: Text::new(
        "Le fichier n'a pas pu être lu comme un classeur : {raison}.",
        "The file could not be read as a workbook: {raison}.",
    ),
    help: Text::new(
        "Enregistrez le fichier au format .xlsx, .ods ou .csv, sans mot de passe, puis relancez.",
        "Save the file as .xlsx, .ods or .csv, without a password, and try again.",
    ),
    description: Text::new(
        "Le fichier est corrompu, protégé par un mot de passe, d'un format inconnu ou au-delà des limites de lecture.",
        "The file is corrupt, password-protected, of an unknown format or beyond the reading limits.",
    ),
}
.rule();
