//! CV-014.

use super::*;

/// CV-014: lifecycle of a contrat de ville.
pub static CV_014: Rule = Rule {
    code: "CV-014",
    severity: Severity::Information,
    category: Category::Informational,
    applies_to: &[DocumentKind::ContratDeVille],
    in_force: InForce::ALWAYS,
    sources: &[sources::LOI_2014_173_ART6, sources::LF_2019, sources::LF_2022, sources::SEED_ASV_2019],
    title: Text::doc("Cycle de vie du contrat de ville", "Lifecycle of the contrat de ville"),
    message: Text::new(
        "{problem}.",
        "{problem}.",
    ),
    help: Text::new(
        "Le cycle d'un contrat de ville est en_negociation → signe → en_vigueur → proroge (lois de finances 2019 et 2022) → echu, le protocole de 2019 s'y attachant comme avenant ; renseignez le statut et les actes de prorogation.",
        "A contrat de ville goes en_negociation → signe → en_vigueur → proroge (2019 and 2022 finance laws) → echu, the 2019 protocol being attached as an amendment; fill in the statut and the prorogation acts.",
    ),
    description: Text::doc(
        "Signal descriptif : un contrat sans statut se voit proposer celui que ses dates impliquent à la date d'évaluation ; un contrat « prorogé » sans acte de prorogation enregistré (prorogation légale ou avenant avec nouvelle fin) est signalé pour que l'acte soit tracé.",
        "Descriptive signal: a contract without a statut is offered the one its dates imply at the evaluation date; a \"proroge\" contract with no prorogation act recorded (legal prorogation or amendment with a new end) is flagged so the act is traced.",
    ),
    limits: None,
    transition: None,
    requires: &[],
    parameters: &[],
    messages: &[
        Message::new(
            "statut_deduit",
            "Statut non renseigné ; d'après ses dates, au {as_of} le contrat serait « {problem} ».",
            "No statut; from its dates, on {as_of} the contract would be \"{problem}\".",
        ),
        Message::new(
            "prorogation_non_tracee",
            "Le contrat est « proroge » mais aucun acte de prorogation (prorogation légale ou avenant avec nouvelle fin) n'est enregistré.",
            "The contract is \"proroge\" but no prorogation act (legal prorogation or amendment with a new end) is recorded.",
        ),
    ],
    check: Check::Document(|ctx, out| {
        let Document::ContratDeVille(c) = ctx.doc else { return };
        match statut_cv(c) {
            None if c.statut.is_none() => {
                let s = suggested_statut(ctx.doc, ctx.as_of);
                out.push(
                    Finding::at("/statut")
                        .param("problem", s.to_string())
                        .variant("statut_deduit")
                        .display("as_of", ctx.as_of.to_string())
                        .parameter("as_of", ctx.as_of.to_string())
                        .parameter("statut_deduit", s.to_string()),
                );
            }
            Some(StatutCv::Proroge)
                if !c.avenants.iter().any(|a| {
                    a.nature == NatureAvenant::ProrogationLegale || a.nouvelle_fin.is_some()
                }) =>
            {
                out.push(
                    Finding::at("/avenants")
                        .param("problem", "prorogation_non_tracee")
                        .variant("prorogation_non_tracee")
                        .input("/statut", "proroge"),
                );
            }
            _ => {}
        }
    }),
};
