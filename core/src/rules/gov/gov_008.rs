//! GOV-008.

use super::*;

/// GOV-008: governance of the 2024 contrats de ville.
pub static GOV_008: Rule = Rule {
    code: "GOV-008",
    severity: Severity::Warning,
    category: Category::BusinessRule,
    applies_to: &[DocumentKind::ContratDeVille],
    in_force: params::Q2030_SUIVI_DEPUIS.since(),
    sources: &[sources::IREV_Q2030],
    title: Text::doc("Gouvernance des contrats de ville 2024", "Governance of 2024 contrats de ville"),
    message: Text::new("Contrat de ville 2024 : {what}.", "2024 contrat de ville: {what}."),
    help: Text::new(
        "La gouvernance des contrats « Engagements Quartiers 2030 » est centrée sur l'EPCI ou la commune avec l'État : décrivez un comité de pilotage co-présidé par la collectivité et le préfet, réuni au moins une fois par an pour revoir les indicateurs.",
        "Governance of \"Engagements Quartiers 2030\" contracts is centred on the EPCI or commune with the State: describe a steering committee co-chaired by the local authority and the préfet, meeting at least yearly to review indicators.",
    ),
    description: Text::doc(
        "Pour un contrat de génération 2024, vérifie qu'un comité de pilotage existe, qu'il est présidé par la collectivité (EPCI, EPT ou commune) et l'État, et qu'il se réunit au moins une fois par an.",
        "For a 2024-generation contract, checks that a steering committee exists, that it is chaired by the local authority (EPCI, EPT or commune) and the State, and that it meets at least yearly.",
    ),
    limits: Some(Text::doc(
        "L'articulation avec le CPER, le CRTE, le Pacte des solidarités et les conventions CAF, et l'élargissement des signataires, ne sont pas vérifiés.",
        "The articulation with the CPER, the CRTE, the Pacte des solidarités and CAF conventions, and the wider set of signatories, are not checked.",
    )),
    transition: None,
    requires: &[],
    parameters: &[&params::Q2030_SUIVI_DEPUIS],
    messages: &[
        Message::new(
            "copil",
            "Contrat de ville 2024 : aucun comité de pilotage n'est décrit.",
            "2024 contrat de ville: no steering committee is described.",
        ),
        Message::new(
            "presidence",
            "Contrat de ville 2024 : le comité de pilotage n'est pas co-présidé par la collectivité et l'État.",
            "2024 contrat de ville: the steering committee is not co-chaired by the local authority and the State.",
        ),
        Message::new(
            "rythme",
            "Contrat de ville 2024 : le comité de pilotage ne se réunit pas au moins une fois par an.",
            "2024 contrat de ville: the steering committee does not meet at least yearly.",
        ),
    ],
    check: Check::Document(|ctx, out| {
        let Document::ContratDeVille(c) = ctx.doc else { return };
        if !is_cv2024(c) {
            return;
        }
        let copils = instances_of(&c.gouvernance, NatureInstance::Copil);
        if copils.is_empty() {
            out.push(
                Finding::at("/gouvernance").parameter("instance_requise", "copil")
                    .param("what", "copil")
                    .variant("copil")
                    .input("/gouvernance", c.gouvernance.iter().map(|i| i.nature.to_string()).collect::<Vec<_>>()),
            );
        }
        for (i, inst) in copils {
            let natures: Vec<NatureActeur> = inst.presidence.iter().filter_map(|id| util::nature(ctx.doc, id)).collect();
            let local = natures.iter().any(|n| matches!(n, NatureActeur::Commune | NatureActeur::Epci | NatureActeur::Ept));
            let etat = natures.iter().any(|n| n.is_etat());
            if !(inst.presidence.is_empty() || (local && etat)) {
                let p = format!("/gouvernance/{i}/presidence");
                out.push(
                    Finding::at(p.clone()).parameter("presidence_requise", vec!["collectivite", "etat"])
                        .param("what", "presidence")
                        .variant("presidence")
                        .input(p, natures.iter().map(|n| n.to_string()).collect::<Vec<_>>()),
                );
            }
            if let Some(r) = inst.rythme.filter(|r| r.per_year() < 1) {
                let p = format!("/gouvernance/{i}/rythme");
                out.push(
                    Finding::at(p.clone())
                        .param("what", format!("rythme {r}"))
                        .variant("rythme")
                        .input(p, r.to_string())
                        .parameter("reunions_par_an_min", 1),
                );
            }
        }
    }),
};
