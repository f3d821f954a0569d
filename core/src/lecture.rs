//! Reading rules of the engine's inputs and outputs: an input that cannot be read at all
//! (`DOC-011`) and findings left out beyond the caps (`DOC-012`).

use crate::report::{Category, InForce, Severity};
use crate::rules::{Check, Rule, Source, SourceKind, Text};

const JSON_UTF8: Source = Source::new(
    SourceKind::Convention,
    "RFC 8259 (JSON), § 8.1 : un texte JSON échangé est encodé en UTF-8, sans marque d'ordre des octets",
    Some("https://www.rfc-editor.org/rfc/rfc8259#section-8.1"),
);
const LIMITS: Source = Source::new(
    SourceKind::Convention,
    "Limites de lecture configurables de territoire-sante (Limits, Options)",
    None,
);

/// DOC-011: the input cannot be read (missing file, directory, not UTF-8, a value a front
/// cannot convert).
pub static DOC_011: Rule = Rule {
    code: "DOC-011",
    severity: Severity::Fatal,
    category: Category::Structure,
    applies_to: &[],
    in_force: InForce::ALWAYS,
    sources: &[JSON_UTF8],
    title: Text::new("Document illisible", "Unreadable document"),
    message: Text::new(
        "Le document ne peut pas être lu : {detail}.",
        "The document cannot be read: {detail}.",
    ),
    help: Text::new(
        "Vérifiez le chemin du fichier et enregistrez-le en UTF-8 ; depuis un programme, donnez un objet JSON sans cycle, sans NaN ni undefined.",
        "Check the file's path and save it as UTF-8; from a program, give a JSON object without cycles, NaN or undefined.",
    ),
    description: Text::new(
        "Un fichier absent, un dossier, un texte qui n'est pas en UTF-8 ou une valeur que JSON ne sait pas écrire ne sont pas des documents ; dans un lot, cet élément a son propre rapport et les autres sont validés.",
        "A missing file, a directory, text that is not UTF-8 or a value JSON cannot write is no document; in a batch, that item gets its own report and the others are validated.",
    ),
    limits: None,
    check: Check::Engine,
};

/// DOC-012: findings left out beyond the caps of [`crate::Options`].
pub static DOC_012: Rule = Rule {
    code: "DOC-012",
    severity: Severity::Warning,
    category: Category::TooLong,
    applies_to: &[],
    in_force: InForce::ALWAYS,
    sources: &[LIMITS],
    title: Text::new("Constats omis", "Findings left out"),
    message: Text::new(
        "{omitted} constat(s) de plus ne sont pas reproduits (limite de {limit} {scope}).",
        "{omitted} more finding(s) are left out (limit of {limit} {scope}).",
    ),
    help: Text::new(
        "Corrigez d'abord les constats affichés, ou relevez la limite (options max_findings_per_document, max_findings).",
        "Fix the findings shown first, or raise the limit (options max_findings_per_document, max_findings).",
    ),
    description: Text::new(
        "Le nombre de constats par document et par rapport est plafonné, pour que la taille d'un rapport reste proportionnée au document ; la validité tient compte des constats omis.",
        "The number of findings per document and per report is capped, so that a report's size stays in proportion to its document; validity accounts for the findings left out.",
    ),
    limits: None,
    check: Check::Engine,
};
