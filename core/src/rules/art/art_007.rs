//! ART-007.

use super::*;

/// ART-007: a health centre serving a QPV belongs to the volet santé.
pub static ART_007: Rule = Rule {
    code: "ART-007",
    severity: Severity::Information,
    category: Category::Informational,
    applies_to: &[DocumentKind::ProjetSanteProximite],
    in_force: InForce::ALWAYS,
    sources: &[sources::SEED_IREV_2016, sources::SEED_ASV_2019],
    title: Text::doc("Projet de santé de proximité en QPV", "Local health-care project in a QPV"),
    message: Text::new(
        "Ce projet ({nature}) dessert le QPV {qpv} : c'est une action typique du volet santé du contrat de ville.",
        "This project ({nature}) serves QPV {qpv}: it is a typical action of the volet santé of the contrat de ville.",
    ),
    help: Text::new(
        "Inscrivez le projet dans le volet santé du contrat de ville (ou du CLS qui en tient lieu) et associez-y l'ASV et le conseil citoyen du quartier.",
        "Include the project in the volet santé of the contrat de ville (or the CLS standing for it) and involve the ASV and the quartier's conseil citoyen.",
    ),
    description: Text::doc(
        "Signal descriptif : une maison ou un pôle de santé situé en QPV ou le desservant est une action typique du volet santé (MSP de Château-Thierry et de Condé-sur-l'Escaut ; objectif national de 2018 de doubler les MSP en QPV).",
        "Descriptive signal: a maison or pôle de santé in or serving a QPV is a typical action of the volet santé (MSP of Château-Thierry and Condé-sur-l'Escaut; 2018 national target to double MSP in QPV).",
    ),
    limits: None,
    transition: None,
    requires: &[],
    parameters: &[],
    messages: &[],
    check: Check::Document(|ctx, out| {
        let Document::ProjetSanteProximite(p) = ctx.doc else { return };
        if !matches!(p.nature, NatureProjetSante::Msp | NatureProjetSante::PoleSante) {
            return;
        }
        if let Some((k, t)) = p
            .territoires
            .iter()
            .enumerate()
            .find(|(_, t)| t.kind == TypeTerritoire::Qpv)
        {
            let q = t.code.clone().or(t.nom.clone()).unwrap_or_default();
            let mut f = Finding::at(format!("/territoires/{k}"))
                .param("nature", p.nature.to_string())
                .param("qpv", q.chars().take(60).collect::<String>())
                .input("/nature", p.nature.to_string());
            if let Some(c) = &t.code {
                f = f.input(format!("/territoires/{k}/code"), c.clone());
            }
            out.push(f);
        }
    }),
};
