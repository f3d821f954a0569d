//! CLSM-003.

use super::*;

/// CLSM-003: documents citing only the 2016 instruction after the 2025 referential.
pub static CLSM_003: Rule = Rule {
    code: "CLSM-003",
    severity: Severity::Information,
    category: Category::Informational,
    applies_to: &[DocumentKind::ConseilLocalSanteMentale],
    in_force: sources::INSTR_CLSM_2025.in_force,
    sources: &[sources::INSTR_CLSM_2025],
    title: Text::doc("Référentiel national des CLSM (2025)", "National CLSM referential (2025)"),
    message: Text::new(
        "Le CLSM cite {references} mais pas le référentiel national du 13 mai 2025.",
        "The CLSM cites {references} but not the national referential of 13 May 2025.",
    ),
    help: Text::new(
        "Le document reste valide : le référentiel de 2025 complète l'instruction de 2016 sans la remplacer. Il fixe des critères fondamentaux et un tableau d'articulation CLSM / CLS / PTSM qu'il est utile de reprendre (`referentiel_2025`).",
        "The document remains valid: the 2025 referential complements the 2016 instruction without replacing it. It sets fundamental criteria and a CLSM / CLS / PTSM articulation table worth taking up (`referentiel_2025`).",
    ),
    description: Text::doc(
        "À partir du 13 mai 2025, signale (pour information) un CLSM dont les références nationales ne comprennent pas le référentiel de 2025.",
        "From 13 May 2025, reports (for information) a CLSM whose national references do not include the 2025 referential.",
    ),
    limits: Some(Text::doc(
        "Un CLSM qui ne cite aucun texte n'est pas signalé.",
        "A CLSM citing no text is not reported.",
    )),
    transition: None,
    requires: &[],
    parameters: &[],
    messages: &[],
    check: Check::Document(|ctx, out| {
        let Document::ConseilLocalSanteMentale(c) = ctx.doc else { return };
        if c.references.is_empty() {
            return;
        }
        let cites_2025 = c.references.iter().any(|r| {
            let r = r.to_lowercase();
            r.contains("2025")
        });
        if !cites_2025 {
            let refs: Vec<String> = c.references.iter().map(|r| r.chars().take(60).collect()).collect();
            out.push(
                Finding::at("/references")
                    .param("references", refs.clone())
                    .input("/references", refs)
                    .parameter("referentiel", "referentiel_2025")
                    .parameter("depuis", params::entry_into_force(&sources::INSTR_CLSM_2025).to_string()),
            );
        }
    }),
};
