//! CV-011.

use super::*;

/// CV-011: governance of the volet santé.
pub static CV_011: Rule = Rule {
    code: "CV-011",
    severity: Severity::Warning,
    category: Category::BusinessRule,
    applies_to: &[DocumentKind::ContratDeVille],
    in_force: sources::INSTR_2014_12_05.in_force,
    sources: &[sources::IREV_2014, sources::INSTR_2014_12_05],
    title: Text::doc("Gouvernance du volet santé", "Governance of the volet santé"),
    message: Text::new(
        "Gouvernance du volet santé : {problem}.",
        "Governance of the volet santé: {problem}.",
    ),
    help: Text::new(
        "Désignez comme référent l'ARS (délégué territorial ou son adjoint) dans « volet_sante.referent_ars » et constituez un comité de pilotage du volet santé (« volet_sante.copil »).",
        "Name the ARS (territorial delegate or deputy) as correspondent in \"volet_sante.referent_ars\" and set up a steering committee of the volet santé (\"volet_sante.copil\").",
    ),
    description: Text::doc(
        "Le délégué territorial de l'ARS (ou son adjoint) est le correspondant local du contrat de ville ; un comité de pilotage du volet santé est constitué.",
        "The ARS territorial delegate (or deputy) is the local correspondent of the contrat de ville; a steering committee of the volet santé is set up.",
    ),
    limits: Some(Text::doc(
        "Ne s'applique qu'à un volet santé décrit (son absence relève de CV-010).",
        "Only applies to a described volet santé (its absence is CV-010's business).",
    )),
    transition: None,
    requires: &["/volet_sante/referent_ars", "/volet_sante/copil"],
    parameters: &[],
    messages: &[
        Message::new(
            "sans_referent",
            "Gouvernance du volet santé : aucun référent ARS n'est désigné.",
            "Governance of the volet santé: no ARS correspondent is named.",
        ),
        Message::new(
            "sans_copil",
            "Gouvernance du volet santé : aucun comité de pilotage du volet santé.",
            "Governance of the volet santé: no steering committee of the volet santé.",
        ),
        Message::new(
            "referent_non_ars",
            "Gouvernance du volet santé : le référent désigné est un acteur de nature « {nature} », non l'ARS.",
            "Governance of the volet santé: the named correspondent is an actor of nature \"{nature}\", not the ARS.",
        ),
    ],
    check: Check::Document(|ctx, out| {
        let Document::ContratDeVille(c) = ctx.doc else { return };
        let Some(v) = &c.volet_sante else { return };
        match v.referent_ars.as_deref() {
            None => out.push(
                util::missing(ctx, "/volet_sante/referent_ars")
                    .param("problem", "sans_referent")
                    .variant("sans_referent"),
            ),
            Some(id) => {
                if let Some(n) = util::nature(ctx.doc, id) {
                    if !n.is_ars() {
                        out.push(
                            Finding::at("/volet_sante/referent_ars")
                                .param("problem", "referent_non_ars")
                                .variant("referent_non_ars")
                                .display("nature", n.to_string())
                                .input("/volet_sante/referent_ars", id.to_string()),
                        );
                    }
                }
            }
        }
        if v.copil.is_none() {
            out.push(
                util::missing(ctx, "/volet_sante/copil")
                    .param("problem", "sans_copil")
                    .variant("sans_copil"),
            );
        }
    }),
};
