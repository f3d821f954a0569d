//! TAB-010.

use super::*;

/// TAB-010: a sheet or row whose kind of document is unknown.
pub static TAB_010: Rule = EngineRule {
    code: "TAB-010",
    severity: Severity::Fatal,
    category: Category::Structure,
    sources: &[sources::MODELE_SCHEMA],
    title: Text::new("Type de dispositif inconnu", "Unknown kind of instrument"),
    message: Text::new(
        "Le type de dispositif n'est pas reconnu ({valeur}) : {portee} n'est pas lue.",
        "The kind of instrument is not recognised ({valeur}): {portee} is not read.",
    ),
    help: Text::new(
        "Nommez la feuille d'après le dispositif (CLS, Contrats de ville, CLSM, ASV…), ajoutez une colonne « Type », ou indiquez le type (option `--type`).",
        "Name the sheet after the instrument (CLS, Contrats de ville, CLSM, ASV…), add a « Type » column, or give the kind (option `--type`).",
    ),
    description: Text::new(
        "Le type de document est lu dans une colonne « Type » ou « Dispositif », sinon dans le nom de la feuille.",
        "The kind of document is read from a « Type » or « Dispositif » column, else from the sheet name.",
    ),
}
.rule();
