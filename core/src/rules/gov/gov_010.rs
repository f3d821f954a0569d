//! GOV-010.

use super::*;

/// GOV-010: the CPTS projet de santé is sent to the ARS and states its territory.
pub static GOV_010: Rule = Rule {
    code: "GOV-010",
    severity: Severity::Error,
    category: Category::BusinessRule,
    applies_to: &[DocumentKind::ProjetSanteProximite],
    in_force: params::SANTE_2016_DEPUIS.since(),
    sources: &[sources::CSP_L1434_12, sources::LOI_2019_774],
    title: Text::doc("Projet de santé de la CPTS", "Projet de santé of the CPTS"),
    message: Text::new("CPTS : {what}.", "CPTS: {what}."),
    help: Text::new(
        "La CPTS transmet son projet de santé à l'ARS en précisant son territoire d'action ; il est réputé validé sauf opposition du DG ARS dans les deux mois (non-conformité au PRS ou territoire inadapté).",
        "The CPTS sends its projet de santé to the ARS stating its territoire d'action; it is deemed validated unless the DG ARS objects within two months (non-compliance with the PRS or inadequate territory).",
    ),
    description: Text::doc(
        "Pour une CPTS : signale un projet de santé non transmis à l'ARS, un territoire d'action non précisé, et une opposition de l'ARS formée plus de deux mois après la transmission (le projet est alors réputé validé).",
        "For a CPTS: reports a projet de santé not sent to the ARS, a territoire d'action not stated, and an ARS objection made more than two months after transmission (the project is then deemed validated).",
    ),
    limits: Some(Text::doc(
        "La validation tacite à deux mois, issue de la loi du 24 juillet 2019, est appliquée aux transmissions à partir du 27 juillet 2019 (lendemain de la publication, date non vérifiée sur Légifrance : GK) ; avant, la loi prévoyait seulement la transmission du projet à l'ARS. La conformité au PRS n'est pas vérifiable.",
        "Tacit validation after two months, from the law of 24 July 2019, is applied to transmissions from 27 July 2019 (the day after publication, a date not verified on Légifrance: GK); before, the law only provided for sending the project to the ARS. Compliance with the PRS cannot be checked.",
    )),
    transition: None,
    requires: &["/projet_de_sante/transmis_ars"],
    parameters: &[&params::SANTE_2016_DEPUIS, &params::CPTS_DELAI_DEPUIS],
    messages: &[
        Message::new(
            "transmis_ars",
            "CPTS : le projet de santé n'a pas été transmis à l'ARS.",
            "CPTS: the projet de santé was not sent to the ARS.",
        ),
        Message::new(
            "territoire_action",
            "CPTS : le projet de santé ne précise pas le territoire d'action.",
            "CPTS: the projet de santé does not state the territoire d'action.",
        ),
        Message::new(
            "opposition_tardive",
            "CPTS : l'opposition de l'ARS du {opposition} est postérieure au délai de deux mois ({limite}) : le projet est réputé validé.",
            "CPTS: the ARS objection of {opposition} is after the two-month deadline ({limite}): the project is deemed validated.",
        ),
    ],
    check: Check::Document(|ctx, out| {
        let Document::ProjetSanteProximite(c) = ctx.doc else { return };
        if c.nature != NatureProjetSante::Cpts {
            return;
        }
        let ps = c.projet_de_sante.clone().unwrap_or_default();
        match ps.transmis_ars {
            None => out.push(
                Finding::at(if c.projet_de_sante.is_some() { "/projet_de_sante/transmis_ars" } else { "/projet_de_sante" }).not_described().parameter("requis", "transmis_ars")
                    .param("what", "transmis_ars")
                    .variant("transmis_ars")
                    .input("/nature", "cpts"),
            ),
            Some(t) => {
                if let (Some(o), Some(limit)) = (ps.opposition_ars, t.days().add_months(2)) {
                    if t.on_or_after(CPTS_DELAI_DEPUIS).is_yes() && o.after(limit).is_yes() {
                        out.push(
                            Finding::at("/projet_de_sante/opposition_ars")
                                .param("what", "opposition tardive")
                                .variant("opposition_tardive")
                                .display("opposition", o.to_string())
                                .display("limite", limit.to_string())
                                .input("/projet_de_sante/transmis_ars", t.to_string())
                                .input("/projet_de_sante/opposition_ars", o.to_string())
                                .parameter("delai_mois", 2)
                                .parameter("applicable_depuis", CPTS_DELAI_DEPUIS.to_string()),
                        );
                    }
                }
            }
        }
        if c.projet_de_sante.is_some() && ps.territoire_action != Some(true) {
            out.push(
                Finding::at("/projet_de_sante/territoire_action").parameter("attendu", true)
                    .param("what", "territoire_action")
                    .variant("territoire_action")
                    .input("/projet_de_sante/territoire_action", ps.territoire_action.map_or(Value::Null, Value::from)),
            );
        }
    }),
};
