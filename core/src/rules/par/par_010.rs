//! PAR-010.

use super::*;

/// PAR-010: the claimed participation degree is reached by at least one action.
pub static PAR_010: Rule = Rule {
    code: "PAR-010",
    severity: Severity::Information,
    category: Category::Informational,
    applies_to: &[
        DocumentKind::ContratLocalSante,
        DocumentKind::ContratDeVille,
        DocumentKind::AtelierSanteVille,
    ],
    in_force: InForce::ALWAYS,
    sources: &[sources::LOI_2014_173_ART1, sources::SEED_ASV_2019],
    title: Text::doc("Degré de participation affiché", "Claimed participation degree"),
    message: Text::new(
        "Le document affiche une participation « {affiche} » mais ses actions participatives vont au plus jusqu'à « {atteint} ».",
        "The document claims \"{affiche}\" participation but its participatory actions reach at most \"{atteint}\".",
    ),
    help: Text::new(
        "Alignez le degré affiché sur les actions (informer < consulter < concerter < co-construire < co-décider), ou décrivez les actions qui l'atteignent.",
        "Align the claimed degree with the actions (informer < consulter < concerter < co_construire < co_decider), or describe the actions that reach it.",
    ),
    description: Text::doc(
        "Compare le degré affiché (`participation.degre_affiche`) au degré le plus élevé des actions participatives décrites, sur l'échelle ordonnée informer < consulter < concerter < co-construire < co-décider.",
        "Compares the claimed degree (`participation.degre_affiche`) with the highest degree among the participatory actions described, on the ordered scale informer < consulter < concerter < co_construire < co_decider.",
    ),
    limits: Some(Text::doc(
        "Un document qui affiche un degré sans décrire d'action n'est pas signalé.",
        "A document claiming a degree without describing any action is not reported.",
    )),
    transition: None,
    requires: &[],
    parameters: &[],
    messages: &[],
    check: Check::Document(|ctx, out| {
        let Some(p) = participation(ctx.doc) else { return };
        let Some(claim) = p.degre_affiche else { return };
        let Some(max) = p.actions.iter().map(|a| a.degre).max() else { return };
        if claim > max {
            out.push(
                Finding::at("/participation/degre_affiche").parameter("echelle", vec!["informer", "consulter", "concerter", "co_construire", "co_decider"])
                    .param("affiche", claim.to_string())
                    .param("atteint", max.to_string())
                    .input("/participation/degre_affiche", claim.to_string())
                    .input(
                        "/participation/actions",
                        p.actions.iter().map(|a| a.degre.to_string()).collect::<Vec<_>>(),
                    ),
            );
        }
    }),
};
