//! PAR-013.

use super::*;

/// PAR-013: recommended size of a conseil citoyen (15 to 50 members).
pub static PAR_013: Rule = Rule {
    code: "PAR-013",
    severity: Severity::Warning,
    category: Category::Value,
    applies_to: &[DocumentKind::ConseilCitoyen],
    in_force: sources::CIRC_CC_2017.in_force,
    sources: &[sources::CIRC_CC_2017],
    title: Text::doc("Taille recommandée du conseil citoyen", "Recommended size of a conseil citoyen"),
    message: Text::new(
        "Le conseil citoyen ({qpv} QPV) compte {total} membres, hors de la taille recommandée de {minimum} à {maximum}.",
        "The conseil citoyen ({qpv} QPV) has {total} members, outside the recommended size of {minimum} to {maximum}.",
    ),
    help: Text::new(
        "La circulaire de 2017 admet qu'un conseil citoyen couvre plusieurs quartiers et recommande à terme 15 à 50 membres, à partir d'un « groupe moteur ».",
        "The 2017 circulaire allows one conseil citoyen to cover several quartiers and recommends 15 to 50 members in the long run, starting from a \"groupe moteur\".",
    ),
    description: Text::doc(
        "Quand chaque collège donne son effectif, signale un total de 4 à 14 ou de plus de 50 membres (moins de 4 relève de PAR-008).",
        "When every college gives its size, reports a total of 4 to 14 or above 50 members (below 4 is PAR-008's).",
    ),
    limits: Some(Text::doc(
        "La taille recommandée vaut « à terme » : un conseil en phase de démarrage peut être en dessous.",
        "The recommended size is a long-run target: a conseil in its starting phase may be below it.",
    )),
    transition: None,
    requires: &[],
    parameters: &[],
    messages: &[],
    check: Check::Document(|ctx, out| {
        let Document::ConseilCitoyen(c) = ctx.doc else { return };
        if let Some(t) = total(&c.colleges).filter(|t| (4..15).contains(t) || *t > 50) {
            out.push(
                Finding::at("/colleges")
                    .param("total", t)
                    .param("qpv", c.qpv.len())
                    .param("minimum", 15)
                    .param("maximum", 50)
                    .input("/colleges", counts(&c.colleges))
                    .parameter("minimum", 15)
                    .parameter("maximum", 50),
            );
        }
    }),
};
