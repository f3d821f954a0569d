//! AR-002.

use super::*;

/// AR-002: an adulte-relais acts in a QPV.
pub static AR_002: Rule = Rule {
    code: "AR-002",
    severity: Severity::Warning,
    category: Category::BusinessRule,
    applies_to: &[DocumentKind::AtelierSanteVille],
    in_force: params::QPV_DEPUIS.since(),
    sources: &[sources::CODE_TRAVAIL_L5134_100],
    title: Text::doc("Quartier d'intervention de l'adulte-relais", "Neighbourhood of the adulte-relais"),
    message: Text::new(
        "Contrat adulte-relais n° {index} : {what}.",
        "Adulte-relais contract no. {index}: {what}.",
    ),
    help: Text::new(
        "Les adultes-relais interviennent dans les quartiers prioritaires (et autres territoires prioritaires des contrats de ville) pour améliorer les relations entre habitants et services publics ; rattachez le médiateur santé à son QPV.",
        "Adultes-relais work in QPV (and other priority territories of contrats de ville) to improve relations between habitants and public services; attach the health mediator to its QPV.",
    ),
    description: Text::doc(
        "Signale un contrat adulte-relais sans quartier d'intervention, ou dont un territoire d'intervention n'est ni un QPV ni un quartier de veille.",
        "Reports an adulte-relais contract without a neighbourhood of intervention, or with a territory that is neither a QPV nor a quartier de veille.",
    ),
    limits: None,
    transition: None,
    requires: &[],
    parameters: &[&params::QPV_DEPUIS],
    messages: &[
        Message::new(
            "qpv",
            "Contrat adulte-relais n° {index} : aucun quartier prioritaire d'intervention.",
            "Adulte-relais contract no. {index}: no priority neighbourhood of intervention.",
        ),
        Message::new(
            "type_territoire",
            "Contrat adulte-relais n° {index} : le territoire d'intervention est de type « {what} », pas un quartier prioritaire.",
            "Adulte-relais contract no. {index}: the territory of intervention is of type \"{what}\", not a priority neighbourhood.",
        ),
    ],
    check: Check::Document(|ctx, out| {
        for (i, c) in contrats(ctx.doc).iter().enumerate() {
            let base = format!("/adultes_relais/{i}/qpv");
            if c.qpv.is_empty() {
                out.push(
                    Finding::at(base.clone()).parameter("types_admis", vec!["qpv", "quartier_veille"])
                        .param("index", i + 1)
                        .param("what", "qpv")
                        .variant("qpv")
                        .input(base, Vec::<String>::new()),
                );
                continue;
            }
            for (j, t) in c.qpv.iter().enumerate() {
                if !matches!(t.kind, TypeTerritoire::Qpv | TypeTerritoire::QuartierVeille) {
                    let p = format!("{base}/{j}/type");
                    out.push(
                        Finding::at(p.clone()).parameter("types_admis", vec!["qpv", "quartier_veille"])
                            .param("index", i + 1)
                            .param("what", t.kind.to_string())
                            .variant("type_territoire")
                            .input(p, t.kind.to_string()),
                    );
                }
            }
        }
    }),
};
