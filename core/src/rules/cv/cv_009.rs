//! CV-009.

use super::*;

/// CV-009: no pillars in the 2024 generation.
pub static CV_009: Rule = Rule {
    code: "CV-009",
    severity: Severity::Warning,
    category: Category::BusinessRule,
    applies_to: &[DocumentKind::ContratDeVille],
    in_force: InForce::since(params::CV_2024_PERIODE.value.from),
    sources: &[sources::CIRC_2023_08_31, sources::RESOVILLES_2030],
    title: Text::doc("Structure des contrats « Engagements Quartiers 2030 »", "Structure of the \"Engagements Quartiers 2030\" contracts"),
    message: Text::new(
        "Ce contrat de ville de génération 2024 est organisé en piliers ({piliers}), que la génération 2024 a supprimés.",
        "This 2024-generation contrat de ville is organised in pillars ({piliers}), which the 2024 generation dropped.",
    ),
    help: Text::new(
        "Organisez le contrat autour d'un socle d'enjeux transversaux et de projets par quartier, avec un nombre limité de priorités et un volet investissement.",
        "Organise the contract around a base of transversal issues and per-quartier projects, with a limited number of priorities and an investment part.",
    ),
    description: Text::doc(
        "Les contrats « Engagements Quartiers 2030 » n'ont plus de piliers : un socle d'enjeux transversaux, des projets de quartier par QPV, des priorités en nombre limité, un volet investissement.",
        "\"Engagements Quartiers 2030\" contracts no longer have pillars: a base of transversal issues, per-QPV quartier projects, a limited number of priorities, an investment part.",
    ),
    limits: Some(Text::doc(
        "Les projets de quartier, la part de financement des associations par CPO (≥ 50 %) et les « poches de pauvreté » (≤ 2,5 % de l'enveloppe P147) ne sont pas décrits par le modèle et ne sont pas vérifiés.",
        "Quartier projects, the share of association funding through CPO (≥ 50 %) and \"poches de pauvreté\" (≤ 2.5 % of the P147 envelope) are not described by the model and are not checked.",
    )),
    transition: None,
    requires: &[],
    parameters: &[&params::CV_2024_PERIODE],
    messages: &[],
    check: Check::Document(|ctx, out| {
        let Document::ContratDeVille(c) = ctx.doc else { return };
        if util::is_cv2024(ctx.doc) && !c.piliers.is_empty() {
            out.push(
                Finding::at("/piliers")
                    .param("piliers", c.piliers.iter().map(|p| p.chars().take(40).collect::<String>()).collect::<Vec<_>>())
                    .input("/piliers", c.piliers.clone()),
            );
        }
    }),
};
