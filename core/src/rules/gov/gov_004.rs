//! GOV-004.

use super::*;

/// GOV-004: CTS opinions go to the CRSA; the DG ARS answers within 3 months.
pub static GOV_004: Rule = Rule {
    code: "GOV-004",
    severity: Severity::Warning,
    category: Category::BusinessRule,
    applies_to: &[DocumentKind::ConseilTerritorialSante],
    in_force: sources::DECRET_2016_1024.in_force,
    sources: &[sources::DECRET_2016_1024],
    title: Text::doc("Suites des avis du conseil territorial de santé", "Follow-up of the CTS's opinions"),
    message: Text::new(
        "Avis du conseil territorial de santé du {date} : {what}.",
        "Opinion of the conseil territorial de santé of {date}: {what}.",
    ),
    help: Text::new(
        "Les avis et propositions du CTS sont transmis à la CRSA ; le directeur général de l'ARS fait connaître dans les 3 mois les suites qu'il leur donne. Enregistrez la transmission et la date de réponse, ou relancez l'ARS.",
        "The CTS's opinions and proposals are sent to the CRSA; the DG ARS states within 3 months what follow-up he gives them. Record the transmission and the answer date, or remind the ARS.",
    ),
    description: Text::doc(
        "Pour chaque avis daté : signale un avis non transmis à la CRSA, une réponse de l'ARS arrivée plus de 3 mois après l'avis, ou l'absence de réponse plus de 3 mois après l'avis à la date d'évaluation.",
        "For each dated opinion: reports an opinion not sent to the CRSA, an ARS answer more than 3 months after the opinion, or no answer more than 3 months after the opinion at the evaluation date.",
    ),
    limits: None,
    transition: None,
    requires: &[],
    parameters: &[],
    messages: &[
        Message::new(
            "non_transmis",
            "Avis du conseil territorial de santé du {date} : il n'a pas été transmis à la CRSA.",
            "Opinion of the conseil territorial de santé of {date}: it was not sent to the CRSA.",
        ),
        Message::new(
            "reponse_tardive",
            "Avis du conseil territorial de santé du {date} : l'ARS a répondu le {reponse}, après le délai de {delai} mois ({limite}).",
            "Opinion of the conseil territorial de santé of {date}: the ARS answered on {reponse}, after the {delai}-month deadline ({limite}).",
        ),
        Message::new(
            "sans_reponse",
            "Avis du conseil territorial de santé du {date} : aucune réponse de l'ARS n'est enregistrée alors que le délai de {delai} mois a expiré le {limite}.",
            "Opinion of the conseil territorial de santé of {date}: no ARS answer is recorded although the {delai}-month deadline expired on {limite}.",
        ),
    ],
    check: Check::Document(|ctx, out| {
        let Document::ConseilTerritorialSante(c) = ctx.doc else { return };
        for (i, a) in c.avis.iter().enumerate() {
            let Some(d) = a.date else { continue };
            let base = format!("/avis/{i}");
            if a.transmis_crsa == Some(false) {
                out.push(
                    Finding::at(format!("{base}/transmis_crsa")).parameter("attendu", true)
                        .param("date", d.to_string())
                        .param("what", "transmis_crsa: false")
                        .variant("non_transmis")
                        .input(format!("{base}/transmis_crsa"), false),
                );
            }
            let Some(limit) = d.days().add_months(3) else { continue };
            match a.date_reponse_ars {
                Some(r) if r.after(limit).is_yes() => out.push(
                    Finding::at(format!("{base}/date_reponse_ars"))
                        .param("date", d.to_string())
                        .param("what", format!("reponse {r}"))
                        .variant("reponse_tardive")
                        .display("reponse", r.to_string())
                        .display("delai", "3")
                        .display("limite", limit.to_string())
                        .input(format!("{base}/date"), d.to_string())
                        .input(format!("{base}/date_reponse_ars"), r.to_string())
                        .parameter("delai_mois", 3)
                        .parameter("echeance", limit.to_string()),
                ),
                None if ctx.as_of.after(limit).is_yes() => out.push(
                    Finding::at(base.clone())
                        .param("date", d.to_string())
                        .param("what", "sans reponse")
                        .variant("sans_reponse")
                        .display("delai", "3")
                        .display("limite", limit.to_string())
                        .input(format!("{base}/date"), d.to_string())
                        .parameter("delai_mois", 3)
                        .parameter("echeance", limit.to_string())
                        .parameter("as_of", ctx.as_of.to_string()),
                ),
                _ => {}
            }
        }
    }),
};
