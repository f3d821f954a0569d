//! GOV-011.

use super::*;

/// GOV-011: the MSP projet de santé is signed by every professional and sent to the ARS.
pub static GOV_011: Rule = Rule {
    code: "GOV-011",
    severity: Severity::Error,
    category: Category::BusinessRule,
    applies_to: &[DocumentKind::ProjetSanteProximite],
    in_force: params::MSP_PROJET_DEPUIS.since(),
    sources: &[sources::CSP_L6323_3],
    title: Text::doc("Projet de santé de la maison de santé", "Projet de santé of the maison de santé"),
    message: Text::new("Maison de santé pluriprofessionnelle : {what}.", "Maison de santé pluriprofessionnelle: {what}."),
    help: Text::new(
        "Les professionnels d'une MSP élaborent un projet de santé compatible avec le schéma régional de santé, signé par chacun d'eux et transmis pour information à l'ARS.",
        "The professionals of an MSP draw up a projet de santé compatible with the schéma régional de santé, signed by each of them and sent to the ARS for information.",
    ),
    description: Text::doc(
        "Pour une MSP : signale l'absence de projet de santé, sa non-transmission à l'ARS et l'absence de signature de tous les professionnels.",
        "For an MSP: reports a missing projet de santé, one not sent to the ARS, and one not signed by every professional.",
    ),
    limits: Some(Text::doc(
        "La compatibilité avec le schéma régional de santé et la forme juridique de la structure (personne morale de professionnels) ne sont pas vérifiées ; le porteur d'un projet immobilier (une ville) n'est pas la MSP elle-même.",
        "Compatibility with the schéma régional de santé and the legal form (legal person of professionals) are not checked; the carrier of a building project (a ville) is not the MSP itself.",
    )),
    transition: None,
    requires: &["/projet_de_sante", "/projet_de_sante/transmis_ars"],
    parameters: &[&params::MSP_PROJET_DEPUIS],
    messages: &[
        Message::new(
            "projet_de_sante",
            "Maison de santé pluriprofessionnelle : aucun projet de santé n'est décrit.",
            "Maison de santé pluriprofessionnelle: no projet de santé is described.",
        ),
        Message::new(
            "transmis_ars",
            "Maison de santé pluriprofessionnelle : le projet de santé n'a pas été transmis à l'ARS.",
            "Maison de santé pluriprofessionnelle: the projet de santé was not sent to the ARS.",
        ),
        Message::new(
            "signature",
            "Maison de santé pluriprofessionnelle : le projet de santé n'est pas signé par chacun des professionnels.",
            "Maison de santé pluriprofessionnelle: the projet de santé is not signed by each professional.",
        ),
    ],
    check: Check::Document(|ctx, out| {
        let Document::ProjetSanteProximite(c) = ctx.doc else { return };
        if c.nature != NatureProjetSante::Msp {
            return;
        }
        let Some(ps) = &c.projet_de_sante else {
            out.push(
                Finding::at("/projet_de_sante").not_described().parameter("requis", "projet_de_sante")
                    .param("what", "projet_de_sante")
                    .variant("projet_de_sante")
                    .input("/nature", "msp"),
            );
            return;
        };
        if ps.transmis_ars.is_none() {
            out.push(
                Finding::at("/projet_de_sante/transmis_ars").not_described().parameter("requis", "transmis_ars")
                    .param("what", "transmis_ars")
                    .variant("transmis_ars")
                    .input("/projet_de_sante/transmis_ars", Value::Null),
            );
        }
        if ps.signe_par_tous_les_professionnels == Some(false) {
            out.push(
                Finding::at("/projet_de_sante/signe_par_tous_les_professionnels").parameter("attendu", true)
                    .param("what", "signature")
                    .variant("signature")
                    .input("/projet_de_sante/signe_par_tous_les_professionnels", false),
            );
        }
    }),
};
