//! PAR-008.

use super::*;

/// PAR-008: a conseil citoyen of fewer than 4 members cannot be representative.
pub static PAR_008: Rule = Rule {
    code: "PAR-008",
    severity: Severity::Warning,
    category: Category::Value,
    applies_to: &[DocumentKind::ConseilCitoyen],
    in_force: sources::CADRE_CC_2014.in_force,
    sources: &[sources::CADRE_CC_2014],
    title: Text::doc("Taille minimale du conseil citoyen", "Minimum size of a conseil citoyen"),
    message: Text::new(
        "Le conseil citoyen compte {total} membres : moins de {minimum}, il ne peut être représentatif.",
        "The conseil citoyen has {total} members: below {minimum}, it cannot be representative.",
    ),
    help: Text::new(
        "La loi ne fixe ni minimum ni maximum, mais le cadre de référence recommande un noyau de départ de 15 à 20 personnes : complétez les collèges.",
        "The law sets no minimum or maximum, but the cadre de référence recommends a starting core of 15 to 20 people: complete the colleges.",
    ),
    description: Text::doc(
        "Quand chaque collège donne son effectif, le total atteint au moins 4 membres.",
        "When every college gives its size, the total is at least 4 members.",
    ),
    limits: Some(Text::doc(
        "Le seuil de 4 traduit l'indication du cadre de référence (« 2 n'est pas compatible ») ; la taille recommandée (15 à 50) relève de PAR-013.",
        "The threshold of 4 renders the cadre de référence's hint (\"2 is not compatible\"); the recommended size (15 to 50) is PAR-013's.",
    )),
    transition: None,
    requires: &[],
    parameters: &[],
    messages: &[],
    check: Check::Document(|ctx, out| {
        let Document::ConseilCitoyen(c) = ctx.doc else { return };
        if let Some(t) = total(&c.colleges).filter(|t| *t < 4) {
            out.push(
                Finding::at("/colleges")
                    .param("total", t)
                    .param("minimum", 4)
                    .input("/colleges", counts(&c.colleges))
                    .parameter("minimum", 4),
            );
        }
    }),
};
