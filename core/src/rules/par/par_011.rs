//! PAR-011.

use super::*;

/// PAR-011: users' participation in the CTS, including people in precarity or with disabilities.
pub static PAR_011: Rule = Rule {
    code: "PAR-011",
    severity: Severity::Warning,
    category: Category::BusinessRule,
    applies_to: &[DocumentKind::ConseilTerritorialSante],
    in_force: sources::CSP_L1434_10.in_force,
    sources: &[sources::CSP_L1434_10],
    title: Text::doc("Participation des usagers au CTS", "Users' participation in the CTS"),
    message: Text::new("Conseil territorial de santé : {what}.", "Conseil territorial de santé: {what}."),
    help: Text::new(
        "Le CTS garantit la participation des usagers, notamment celle des personnes en situation de pauvreté, de précarité ou de handicap : prévoyez un collège des usagers et leur représentation dans la formation spécifique.",
        "The CTS guarantees users' participation, notably of people in poverty, precarity or with disabilities: provide a users' college and their representation in the specific formation.",
    ),
    description: Text::doc(
        "Signale un CTS dont les collèges sont décrits sans collège des usagers (ou avec un effectif nul), et un CTS déclarant que les personnes en précarité ou handicapées ne sont pas représentées.",
        "Reports a CTS whose colleges are described without a users' college (or with zero members), and a CTS declaring that people in precarity or with disabilities are not represented.",
    ),
    limits: None,
    transition: None,
    requires: &[],
    parameters: &[],
    messages: &[
        Message::new(
            "usagers",
            "Conseil territorial de santé : aucun membre usager.",
            "Conseil territorial de santé: no user member.",
        ),
        Message::new(
            "representation_precarite_handicap",
            "Conseil territorial de santé : les personnes en situation de pauvreté, de précarité ou de handicap ne sont pas représentées.",
            "Conseil territorial de santé: people in poverty, precarity or with disabilities are not represented.",
        ),
    ],
    check: Check::Document(|ctx, out| {
        let Document::ConseilTerritorialSante(c) = ctx.doc else { return };
        if !c.colleges.is_empty() {
            let usagers = college(&c.colleges, &["usagers", "usagers_associations"]);
            if usagers.is_none_or(|(_, u)| u.effectif == Some(0)) {
                out.push(
                    Finding::at("/colleges").parameter("college_requis", "usagers")
                        .param("what", "usagers")
                        .variant("usagers")
                        .input("/colleges", counts(&c.colleges)),
                );
            }
        }
        if c.representation_precarite_handicap == Some(false) {
            out.push(
                util::declared_false("/representation_precarite_handicap", "representation_precarite_handicap"),
            );
        }
    }),
};
