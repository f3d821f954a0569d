//! DOC-011.

use super::*;

/// DOC-011: the input cannot be read (missing file, directory, not UTF-8, a value a front
/// cannot convert).
pub static DOC_011: Rule = Rule {
    code: "DOC-011",
    severity: Severity::Fatal,
    category: Category::Structure,
    applies_to: &[],
    in_force: InForce::ALWAYS,
    sources: &[sources::RFC_8259],
    title: Text::doc("Document illisible", "Unreadable document"),
    message: Text::new(
        "Le document ne peut pas être lu : {detail}.",
        "The document cannot be read: {detail}.",
    ),
    help: Text::new(
        "Vérifiez le chemin du fichier et enregistrez-le en UTF-8 ; depuis un programme, donnez un objet JSON sans cycle, sans NaN ni undefined.",
        "Check the file's path and save it as UTF-8; from a program, give a JSON object without cycles, NaN or undefined.",
    ),
    description: Text::doc(
        "Un fichier absent, un dossier, un texte qui n'est pas en UTF-8 ou une valeur que JSON ne sait pas écrire ne sont pas des documents ; dans un lot, cet élément a son propre rapport et les autres sont validés.",
        "A missing file, a directory, text that is not UTF-8 or a value JSON cannot write is no document; in a batch, that item gets its own report and the others are validated.",
    ),
    limits: None,
    transition: None,
    requires: &[],
    parameters: &[],
    messages: &[],
    check: Check::Engine,
};
