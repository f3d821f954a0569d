//! DOC-012.

use super::*;

/// DOC-012: findings left out beyond the caps of [`crate::Options`].
pub static DOC_012: Rule = Rule {
    code: "DOC-012",
    severity: Severity::Warning,
    category: Category::TooLong,
    applies_to: &[],
    in_force: InForce::ALWAYS,
    sources: &[sources::MODELE_LIMITES],
    title: Text::doc("Constats omis", "Findings left out"),
    message: Text::new(
        "{omitted} constat(s) de plus ne sont pas reproduits.",
        "{omitted} more finding(s) are left out.",
    ),
    help: Text::new(
        "Corrigez d'abord les constats affichés, ou relevez la limite (options max_findings_per_document, max_findings).",
        "Fix the findings shown first, or raise the limit (options max_findings_per_document, max_findings).",
    ),
    description: Text::doc(
        "Le nombre de constats par document et par rapport est plafonné, pour que la taille d'un rapport reste proportionnée au document ; la validité tient compte des constats omis.",
        "The number of findings per document and per report is capped, so that a report's size stays in proportion to its document; validity accounts for the findings left out.",
    ),
    limits: None,
    transition: None,
    requires: &[],
    parameters: &[],
    messages: &[
        Message::new(
            "document",
            "{omitted} constat(s) de plus ne sont pas reproduits (limite de {limit} par document).",
            "{omitted} more finding(s) are left out (limit of {limit} per document).",
        ),
        Message::new(
            "report",
            "{omitted} constat(s) de plus ne sont pas reproduits (limite de {limit} par rapport).",
            "{omitted} more finding(s) are left out (limit of {limit} per report).",
        ),
    ],
    check: Check::Engine,
};
