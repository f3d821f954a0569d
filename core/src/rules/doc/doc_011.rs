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
        "Le document ne peut pas être lu.",
        "The document cannot be read.",
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
    messages: &[
        Message::new(
            "not_found",
            "Le document ne peut pas être lu : fichier introuvable.",
            "The document cannot be read: file not found.",
        ),
        Message::new(
            "directory",
            "Le document ne peut pas être lu : c'est un dossier, pas un fichier.",
            "The document cannot be read: this is a directory, not a file.",
        ),
        Message::new(
            "denied",
            "Le document ne peut pas être lu : accès refusé.",
            "The document cannot be read: permission denied.",
        ),
        Message::new(
            "not_utf8",
            "Le document ne peut pas être lu : le texte n'est pas en UTF-8 (ligne {line}, colonne {column}).",
            "The document cannot be read: the text is not UTF-8 (line {line}, column {column}).",
        ),
        Message::new(
            "utf16",
            "Le document ne peut pas être lu : le texte est en UTF-16 ; enregistrez-le en UTF-8.",
            "The document cannot be read: the text is UTF-16; save it as UTF-8.",
        ),
        Message::new(
            "io",
            "Le document ne peut pas être lu : erreur d'entrée-sortie ({kind}).",
            "The document cannot be read: input/output error ({kind}).",
        ),
        Message::new(
            "not_finite",
            "Le document ne peut pas être lu : nombre non fini (NaN ou infini), que JSON ne sait pas écrire.",
            "The document cannot be read: non-finite number (NaN or infinity), which JSON cannot write.",
        ),
        Message::new(
            "cycle",
            "Le document ne peut pas être lu : valeur qui se contient elle-même (référence circulaire).",
            "The document cannot be read: value that contains itself (circular reference).",
        ),
        Message::new(
            "undefined",
            "Le document ne peut pas être lu : valeur undefined, que JSON ne sait pas écrire.",
            "The document cannot be read: undefined value, which JSON cannot write.",
        ),
        Message::new(
            "lone_surrogate",
            "Le document ne peut pas être lu : texte contenant un demi-caractère UTF-16 isolé (surrogate).",
            "The document cannot be read: text holding a lone UTF-16 surrogate.",
        ),
        Message::new(
            "unsupported_type",
            "Le document ne peut pas être lu : valeur d'un type que JSON ne connaît pas.",
            "The document cannot be read: value of a type JSON has no word for.",
        ),
    ],
    check: Check::Engine,
};

#[cfg(test)]
mod tests {
    use super::DOC_011;
    use crate::input::ReadFailure;
    use crate::{Options, Validator};

    /// Text inputs (the vectors) reach only `utf16`; files and the fronts' values reach the
    /// others, each with its own sentence.
    #[test]
    fn every_reason_says_its_own_sentence() {
        let v = Validator::new(Options::default()).unwrap();
        let failures = [
            ReadFailure::NotFound,
            ReadFailure::Directory,
            ReadFailure::Denied,
            ReadFailure::NotUtf8 { line: 3, column: 7 },
            ReadFailure::Utf16,
            ReadFailure::Io("Interrupted".into()),
            ReadFailure::NotFinite,
            ReadFailure::Cycle,
            ReadFailure::Undefined,
            ReadFailure::LoneSurrogate,
            ReadFailure::UnsupportedType,
        ];
        assert_eq!(DOC_011.messages.len(), failures.len());
        for f in &failures {
            let r = v.unreadable(f, "");
            assert_eq!(r.diagnostics.len(), 1, "{f:?}");
            let d = &r.diagnostics[0];
            assert_eq!(d.code, "DOC-011");
            let m = DOC_011.messages.iter().find(|m| m.key == f.code()).unwrap();
            let want = m
                .text
                .fr
                .replace("{line}", "3")
                .replace("{column}", "7")
                .replace("{kind}", "Interrupted");
            assert_eq!(d.message, want, "{f:?}");
            assert!(!d.message.contains('{'), "{f:?}");
        }
    }
}
