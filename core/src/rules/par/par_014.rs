//! PAR-014.

use super::*;

/// PAR-014: droit d'interpellation and its follow-up steps.
pub static PAR_014: Rule = Rule {
    code: "PAR-014",
    severity: Severity::Information,
    category: Category::Informational,
    applies_to: &[DocumentKind::ConseilCitoyen],
    in_force: InForce::since(INTERPELLATION_DEPUIS),
    sources: &[sources::LOI_2017_86, sources::CIRC_CC_2017],
    title: Text::doc("Droit d'interpellation du conseil citoyen", "Conseil citoyen's droit d'interpellation"),
    message: Text::new("Interpellation du {date} : {what}.", "Interpellation of {date}: {what}."),
    help: Text::new(
        "Saisi par un conseil citoyen, le préfet transmet au maire, au président de l'EPCI et aux signataires du contrat de ville ; il peut soumettre un diagnostic et des actions au comité de pilotage (voire réviser le contrat) ; le débat est ensuite inscrit à l'ordre du jour du conseil municipal. Enregistrez chaque étape.",
        "Seized by a conseil citoyen, the préfet forwards to the maire, the EPCI's president and the contract's signatories; he may submit a diagnostic and actions to the steering committee (even revise the contract); the debate is then put on the municipal council's agenda. Record each step.",
    ),
    description: Text::doc(
        "Pour chaque interpellation : signale une date antérieure au 29 janvier 2017 (le droit n'existait pas) et les étapes de suivi déclarées non faites (transmission aux signataires, présentation au comité de pilotage, débat au conseil municipal).",
        "For each interpellation: reports a date before 29 January 2017 (the right did not exist) and follow-up steps declared not done (forwarding to signatories, submission to the steering committee, debate at the municipal council).",
    ),
    limits: Some(Text::doc(
        "Le congé des membres, fractionnable en demi-journées, n'est pas modélisé.",
        "Members' dedicated leave, splittable in half-days, is not modelled.",
    )),
    transition: None,
    requires: &[],
    parameters: &[&params::INTERPELLATION_DEPUIS],
    messages: &[
        Message::new(
            "anterieure",
            "Interpellation du {date} : elle précède l'entrée en vigueur du droit d'interpellation ({depuis}).",
            "Interpellation of {date}: it predates the droit d'interpellation ({depuis}).",
        ),
        Message::new(
            "etapes",
            "Interpellation du {date} : étapes de suivi non faites : {etapes}.",
            "Interpellation of {date}: follow-up steps not done: {etapes}.",
        ),
    ],
    check: Check::Document(|ctx, out| {
        let Document::ConseilCitoyen(c) = ctx.doc else { return };
        for (i, it) in c.interpellations.iter().enumerate() {
            let base = format!("/interpellations/{i}");
            let date = it.date.map(|d| d.to_string()).unwrap_or_else(|| "—".into());
            if let Some(d) = it.date.filter(|d| d.before(INTERPELLATION_DEPUIS).is_yes()) {
                out.push(
                    Finding::at(format!("{base}/date"))
                        .param("date", date.clone())
                        .param("what", "anterieure")
                        .variant("anterieure")
                        .display("depuis", INTERPELLATION_DEPUIS.to_string())
                        .input(format!("{base}/date"), d.to_string())
                        .parameter("en_vigueur_depuis", INTERPELLATION_DEPUIS.to_string()),
                );
            }
            let steps = [
                ("transmise_signataires", it.transmise_signataires, "transmission aux signataires", "forwarding to signatories"),
                ("presentee_copil", it.presentee_copil, "présentation au comité de pilotage", "submission to the steering committee"),
                ("debat_conseil_municipal", it.debat_conseil_municipal, "débat au conseil municipal", "debate at the municipal council"),
            ];
            let not_done: Vec<_> = steps.iter().filter(|s| s.1 == Some(false)).collect();
            if !not_done.is_empty() {
                let mut f = Finding::at(base.clone()).parameter("etapes", vec!["transmise_signataires", "presentee_copil", "debat_conseil_municipal"])
                    .param("date", date)
                    .param("what", not_done.iter().map(|s| s.0).collect::<Vec<_>>())
                    .variant("etapes")
                    .localized(
                        "etapes",
                        not_done.iter().map(|s| s.2).collect::<Vec<_>>().join(", "),
                        not_done.iter().map(|s| s.3).collect::<Vec<_>>().join(", "),
                    );
                for s in &not_done {
                    f = f.input(format!("{base}/{}", s.0), false);
                }
                out.push(f);
            }
        }
    }),
};
