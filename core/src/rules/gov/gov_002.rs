//! GOV-002.

use super::*;

/// GOV-002: internal bodies of a CTS and election of its president.
pub static GOV_002: Rule = Rule {
    code: "GOV-002",
    severity: Severity::Error,
    category: Category::Required,
    applies_to: &[DocumentKind::ConseilTerritorialSante],
    in_force: sources::DECRET_2016_1024.in_force,
    sources: &[sources::CSP_L1434_10, sources::DECRET_2016_1024],
    title: Text::doc("Instances du conseil territorial de santé", "Bodies of the conseil territorial de santé"),
    message: Text::new(
        "Conseil territorial de santé : {what}.",
        "Conseil territorial de santé: {what}.",
    ),
    help: Text::new(
        "Un CTS se réunit en assemblée plénière, a un bureau, une commission spécialisée en santé mentale et une formation spécifique d'expression des usagers ; son président et son vice-président sont élus par les membres lors de la première réunion, pas désignés par l'ARS.",
        "A CTS meets in plenary assembly and has a bureau, a commission spécialisée en santé mentale and a formation spécifique for users' expression; its president and vice-president are elected by the members at the first meeting, not appointed by the ARS.",
    ),
    description: Text::doc(
        "Vérifie que le CTS décrit ses quatre instances (assemblée plénière, bureau, commission spécialisée en santé mentale, formation spécifique des usagers) et que sa présidence n'est pas désignée.",
        "Checks that the CTS describes its four bodies (plenary assembly, bureau, mental-health commission, users' formation) and that its chair is not appointed.",
    ),
    limits: Some(Text::doc(
        "La règle ne voit que le document : un CTS qui ne décrit pas ses instances est « à compléter » ; une liste d'instances vide (`[]`) déclare qu'il n'en a aucune et contredit le décret.",
        "The rule only sees the document: a CTS that does not describe its bodies is \"to be completed\"; an empty list of bodies (`[]`) declares it has none and contradicts the décret.",
    )),
    transition: None,
    requires: &["/instances"],
    parameters: &[],
    messages: &[
        Message::new(
            "instances_manquantes",
            "Conseil territorial de santé : instances manquantes : {instances}.",
            "Conseil territorial de santé: missing bodies: {instances}.",
        ),
        Message::new(
            "instances_non_decrites",
            "Conseil territorial de santé : instances non décrites (à compléter : {instances}).",
            "Conseil territorial de santé: bodies not described (to be completed: {instances}).",
        ),
        Message::new(
            "president_elu",
            "Conseil territorial de santé : le président n'a pas été élu par les membres.",
            "Conseil territorial de santé: the president was not elected by the members.",
        ),
    ],
    check: Check::Document(|ctx, out| {
        let Document::ConseilTerritorialSante(c) = ctx.doc else { return };
        let wanted = [
            (NatureInstance::AssembleePleniere, "l'assemblée plénière", "the plenary assembly"),
            (NatureInstance::Bureau, "le bureau", "the bureau"),
            (NatureInstance::CommissionSpecialiseeSanteMentale, "la commission spécialisée en santé mentale", "the mental-health commission"),
            (NatureInstance::FormationUsagers, "la formation spécifique des usagers", "the users' formation"),
        ];
        let missing: Vec<_> = wanted
            .iter()
            .filter(|(n, _, _)| !c.instances.iter().any(|i| i.nature == *n))
            .collect();
        if !missing.is_empty() {
            out.push(
                // Not written: to be completed; written (`[]` included): a contradiction.
                Finding::at("/instances")
                    .not_described_if(c.instances.is_absent())
                    .param("what", missing.iter().map(|(n, _, _)| n.to_string()).collect::<Vec<_>>())
                    .variant(if c.instances.is_absent() { "instances_non_decrites" } else { "instances_manquantes" })
                    .localized(
                        "instances",
                        missing.iter().map(|m| m.1).collect::<Vec<_>>().join(", "),
                        missing.iter().map(|m| m.2).collect::<Vec<_>>().join(", "),
                    )
                    .input("/instances", c.instances.iter().map(|i| i.nature.to_string()).collect::<Vec<_>>())
                    .parameter("instances_requises", wanted.iter().map(|w| w.0.to_string()).collect::<Vec<_>>()),
            );
        }
        if c.president_elu == Some(false) {
            out.push(
                util::declared_false("/president_elu", "president_elu"),
            );
        }
    }),
};
