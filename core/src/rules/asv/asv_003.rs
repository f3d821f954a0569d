//! ASV-003.

use super::*;

/// ASV-003: diagnostic → programmation → évaluation, with habitants' participation.
pub static ASV_003: Rule = Rule {
    code: "ASV-003",
    severity: Severity::Warning,
    category: Category::BusinessRule,
    applies_to: &[DocumentKind::AtelierSanteVille],
    in_force: sources::CIRC_ASV_2000.in_force,
    sources: &[sources::CIRC_ASV_2000, sources::SEED_IREV_2016],
    title: Text::doc("Méthode de l'ASV", "Method of the ASV"),
    message: Text::new("Atelier santé ville ({statut}) : {what}.", "Atelier santé ville ({statut}): {what}."),
    help: Text::new(
        "La démarche ASV suit un diagnostic partagé, une programmation d'actions puis une évaluation, et s'appuie sur la participation des habitants (co-construction des priorités et des actions).",
        "The ASV approach follows a shared diagnostic, a programme of actions then an evaluation, and relies on habitants' participation (co-construction of priorities and actions).",
    ),
    description: Text::doc(
        "Selon le statut : en amorçage, un diagnostic est attendu ; opérationnel (ou suspendu, arrêté, sans statut), diagnostic, programmation, évaluation (prévue ou faite) et une action participative de degré « concerter » ou plus. Les dates doivent se suivre : diagnostic ≤ début de programmation ≤ évaluation.",
        "By statut: in amorçage, a diagnostic is expected; operational (or suspended, stopped, no statut), diagnostic, programme, evaluation (planned or done) and a participatory action of degree \"concerter\" or more. Dates must follow each other: diagnostic ≤ programme start ≤ evaluation.",
    ),
    limits: None,
    transition: None,
    requires: &[],
    parameters: &[],
    messages: &[
        Message::new(
            "etapes_manquantes",
            "Atelier santé ville ({statut}) : étapes de méthode manquantes : {etapes}.",
            "Atelier santé ville ({statut}): missing method steps: {etapes}.",
        ),
        Message::new(
            "programmation_avant_diagnostic",
            "Atelier santé ville ({statut}) : la programmation commence avant le diagnostic ({apres} < {avant}).",
            "Atelier santé ville ({statut}): the programme starts before the diagnostic ({apres} < {avant}).",
        ),
        Message::new(
            "evaluation_avant_programmation",
            "Atelier santé ville ({statut}) : l'évaluation précède la programmation ({apres} < {avant}).",
            "Atelier santé ville ({statut}): the evaluation precedes the programme ({apres} < {avant}).",
        ),
        Message::new(
            "participation",
            "Atelier santé ville ({statut}) : aucune action participative au-delà de l'information ou de la consultation des habitants.",
            "Atelier santé ville ({statut}): no participatory action beyond informing or consulting habitants.",
        ),
    ],
    check: Check::Document(|ctx, out| {
        let Document::AtelierSanteVille(c) = ctx.doc else { return };
        let statut = c.statut.as_ref().and_then(|s| s.known()).copied();
        if statut == Some(StatutAsv::Prefiguration) {
            return;
        }
        let word = statut.map(|s| s.to_string()).unwrap_or_else(|| "—".into());
        let m = c.methode.clone().unwrap_or_default();
        let full = statut != Some(StatutAsv::Amorcage);
        let mut missing: Vec<(&str, &str, &str)> = Vec::new();
        if m.diagnostic.is_none() {
            missing.push(("diagnostic", "diagnostic", "diagnostic"));
        }
        if full && m.programmation.is_none() {
            missing.push(("programmation", "programmation", "programme"));
        }
        if full && m.evaluation.is_none() {
            missing.push(("evaluation", "évaluation", "evaluation"));
        }
        if !missing.is_empty() {
            out.push(
                Finding::at("/methode").parameter("ordre", vec!["diagnostic", "programmation", "evaluation"])
                    .param("statut", word.clone())
                    .param("what", missing.iter().map(|x| x.0).collect::<Vec<_>>())
                    .variant("etapes_manquantes")
                    .localized(
                        "etapes",
                        missing.iter().map(|x| x.1).collect::<Vec<_>>().join(", "),
                        missing.iter().map(|x| x.2).collect::<Vec<_>>().join(", "),
                    )
                    .input("/statut", word.clone()),
            );
        }
        let d = m.diagnostic.as_ref().and_then(|x| x.date);
        let p = m.programmation.and_then(|x| x.debut);
        let e = m.evaluation.as_ref().and_then(|x| x.date);
        let order = [
            (d, p, "/methode/programmation/debut", "programmation_avant_diagnostic"),
            (p, e, "/methode/evaluation/date", "evaluation_avant_programmation"),
        ];
        for (a, b, path, key) in order {
            if let (Some(a), Some(b)) = (a, b) {
                if b.before(a).is_yes() {
                    out.push(
                        Finding::at(path).parameter("ordre", vec!["diagnostic", "programmation", "evaluation"])
                            .param("statut", word.clone())
                            .param("what", "ordre")
                            .variant(key)
                            .display("apres", b.to_string())
                            .display("avant", a.to_string())
                            .input(path, b.to_string()),
                    );
                }
            }
        }
        if full {
            let ok = c
                .participation
                .as_ref()
                .is_some_and(|p| p.actions.iter().any(|a| a.degre >= DegreParticipation::Concerter));
            if !ok {
                out.push(
                    Finding::at("/participation")
                        .param("statut", word)
                        .param("what", "participation")
                        .variant("participation")
                        .input(
                            "/participation",
                            c.participation
                                .as_ref()
                                .map(|p| p.actions.iter().map(|a| a.degre.to_string()).collect::<Vec<_>>())
                                .unwrap_or_default(),
                        )
                        .parameter("degre_minimal", "concerter"),
                );
            }
        }
    }),
};
