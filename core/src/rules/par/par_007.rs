//! PAR-007.

use super::*;

/// PAR-007: substitutes and replacement rules (residence itself is PAR-015).
pub static PAR_007: Rule = Rule {
    code: "PAR-007",
    severity: Severity::Warning,
    category: Category::BusinessRule,
    applies_to: &[DocumentKind::ConseilCitoyen],
    in_force: sources::CADRE_CC_2014.in_force,
    sources: &[sources::CADRE_CC_2014],
    title: Text::doc("Renouvellement des membres du conseil citoyen", "Renewal of conseil citoyen members"),
    message: Text::new("Conseil citoyen : {what}.", "Conseil citoyen: {what}."),
    help: Text::new(
        "Les membres résident (habitants) ou agissent (acteurs) dans le quartier ; un membre qui quitte le quartier est remplacé, de préférence depuis une liste de suppléants ; la durée des mandats et les règles de remplacement sont écrites dans le contrat de ville.",
        "Members live (habitants) or act (actors) in the quartier; a member who moves out is replaced, preferably from a list of substitutes; mandate length and replacement rules are written into the contrat de ville.",
    ),
    description: Text::doc(
        "Signale un conseil citoyen déclaré sans liste de suppléants ou sans règles de remplacement écrites dans le contrat de ville, que le cadre de référence recommande. La résidence des membres habitants, exigée par la loi, relève de PAR-015.",
        "Reports a conseil citoyen declared without a list of substitutes or without replacement rules written into the contrat de ville, which the cadre de référence recommends. The residence of habitant members, required by law, is PAR-015's business.",
    ),
    limits: None,
    transition: None,
    requires: &[],
    parameters: &[],
    messages: &[
        Message::new(
            "suppleants",
            "Conseil citoyen : aucune liste de suppléants.",
            "Conseil citoyen: no list of substitutes.",
        ),
        Message::new(
            "regles_remplacement",
            "Conseil citoyen : la durée des mandats et les règles de remplacement ne sont pas écrites dans le contrat de ville.",
            "Conseil citoyen: mandate length and replacement rules are not written into the contrat de ville.",
        ),
    ],
    check: Check::Document(|ctx, out| {
        let Document::ConseilCitoyen(c) = ctx.doc else { return };
        if c.suppleants == Some(false) {
            out.push(
                util::declared_false("/suppleants", "suppleants"),
            );
        }
        if c.regles_remplacement == Some(false) {
            out.push(
                util::declared_false("/regles_remplacement", "regles_remplacement"),
            );
        }
    }),
};
