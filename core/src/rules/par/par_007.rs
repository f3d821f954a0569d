//! PAR-007.

use super::*;

/// PAR-007: residence in the QPV, substitutes and replacement rules.
pub static PAR_007: Rule = Rule {
    code: "PAR-007",
    severity: Severity::Warning,
    category: Category::BusinessRule,
    applies_to: &[DocumentKind::ConseilCitoyen],
    in_force: InForce::since(Date::ymd(2014, 6, 1)),
    sources: &[sources::CADRE_CC_2014],
    title: Text::doc("Renouvellement des membres du conseil citoyen", "Renewal of conseil citoyen members"),
    message: Text::new("Conseil citoyen : {what}.", "Conseil citoyen: {what}."),
    help: Text::new(
        "Les membres résident (habitants) ou agissent (acteurs) dans le quartier ; un membre qui quitte le quartier est remplacé, de préférence depuis une liste de suppléants ; la durée des mandats et les règles de remplacement sont écrites dans le contrat de ville.",
        "Members live (habitants) or act (actors) in the quartier; a member who moves out is replaced, preferably from a list of substitutes; mandate length and replacement rules are written into the contrat de ville.",
    ),
    description: Text::doc(
        "Signale des habitants membres qui ne résident plus dans le quartier sans être remplacés, l'absence de liste de suppléants et l'absence de règles de remplacement.",
        "Reports habitant members no longer living in the quartier and not replaced, no list of substitutes, and no replacement rules.",
    ),
    limits: None,
    transition: None,
    requires: &[],
    check: Check::Document(|ctx, out| {
        let Document::ConseilCitoyen(c) = ctx.doc else { return };
        if let Some(n) = c.membres_hors_qpv.filter(|n| *n > 0) {
            out.push(
                Finding::at("/membres_hors_qpv").parameter("maximum", 0)
                    .param("what", format!("membres_hors_qpv: {n}"))
                    .localized(
                        "what",
                        format!("{n} membre(s) ne résident plus dans le quartier et n'ont pas été remplacés"),
                        format!("{n} member(s) no longer live in the quartier and were not replaced"),
                    )
                    .input("/membres_hors_qpv", n),
            );
        }
        if c.suppleants == Some(false) {
            out.push(
                util::declared_false("/suppleants", "aucune liste de suppléants", "no list of substitutes"),
            );
        }
        if c.regles_remplacement == Some(false) {
            out.push(
                util::declared_false("/regles_remplacement", "la durée des mandats et les règles de remplacement ne sont pas écrites dans le contrat de ville", "mandate length and replacement rules are not written into the contrat de ville"),
            );
        }
    }),
};
