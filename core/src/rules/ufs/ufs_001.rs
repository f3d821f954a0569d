//! UFS-001.

use super::*;

/// UFS-001: a UFS or EIS process records its urban project, the health service and its decision.
pub static UFS_001: Rule = Rule {
    code: "UFS-001",
    severity: Severity::Information,
    category: Category::Informational,
    applies_to: &[DocumentKind::DemarcheAccompagnement],
    in_force: InForce::ALWAYS,
    sources: &[sources::SEED_VITRY_2020],
    title: Text::doc("Liens d'une démarche UFS ou EIS", "Links of a UFS or HIA process"),
    message: Text::new("Démarche {nature} : {what}.", "{nature} process: {what}."),
    help: Text::new(
        "Une démarche d'urbanisme favorable à la santé ou une EIS gagne à indiquer le projet urbain auquel elle se rattache (NPRU…), le service santé de la collectivité qui la porte, et, si elle est reportée ou annulée, la condition du report ou le suivi prévu.",
        "A healthy-urbanism process or an HIA should state the urban project it belongs to (NPRU…), the collectivité's health service carrying it and, if postponed or cancelled, the condition of the postponement or the planned follow-up.",
    ),
    description: Text::doc(
        "Pour une démarche `ufs` ou `eis` : signale l'absence de projet urbain, l'absence du service santé parmi les services impliqués, un report sans condition et une annulation sans suivi.",
        "For a `ufs` or `eis` process: reports no urban project, no health service among the services involved, a postponement without condition and a cancellation without follow-up.",
    ),
    limits: None,
    transition: None,
    requires: &[],
    parameters: &[],
    messages: &[
        Message::new(
            "projet_urbain",
            "Démarche {nature} : le projet urbain lié n'est pas indiqué.",
            "{nature} process: the linked urban project is not given.",
        ),
        Message::new(
            "services",
            "Démarche {nature} : le service santé de la collectivité n'est pas indiqué.",
            "{nature} process: the collectivité's health service is not given.",
        ),
        Message::new(
            "condition",
            "Démarche {nature} : le report n'indique pas sa condition (fenêtre d'opportunité).",
            "{nature} process: the postponement does not state its condition (window of opportunity).",
        ),
        Message::new(
            "suivi",
            "Démarche {nature} : l'annulation n'indique pas de suivi (plaidoyer interne…).",
            "{nature} process: the cancellation states no follow-up (internal advocacy…).",
        ),
    ],
    check: Check::Document(|ctx, out| {
        let Document::DemarcheAccompagnement(d) = ctx.doc else { return };
        let Some(nature) = d.nature.filter(|n| matches!(n, NatureDemarche::Ufs | NatureDemarche::Eis)) else { return };
        let nat = nature.to_string();
        let (nfr, nen) = match nature {
            NatureDemarche::Ufs => ("UFS", "UFS"),
            _ => ("EIS", "HIA"),
        };
        let f = |p: &str| Finding::at(p).param("nature", nat.clone()).localized("nature", nfr, nen);
        if d.projet_urbain.is_none() {
            out.push(
                f("/projet_urbain").parameter("requis", "projet_urbain")
                    .param("what", "projet_urbain")
                    .variant("projet_urbain")
                    .input("/nature", nat.clone()),
            );
        }
        if !d.services.contains(&ServiceCollectivite::Sante) {
            out.push(
                f("/services").parameter("service_requis", "sante")
                    .param("what", "services")
                    .variant("services")
                    .input("/services", d.services.iter().map(|s| s.to_string()).collect::<Vec<_>>()),
            );
        }
        if let Some(dec) = &d.decision {
            match dec.scenario {
                Scenario::Report if dec.condition.as_deref().is_none_or(|s| s.trim().is_empty()) => out.push(
                    f("/decision/condition").parameter("requis", "condition")
                        .param("what", "condition")
                        .variant("condition")
                        .input("/decision/scenario", "report"),
                ),
                Scenario::Annulation if dec.suivi.as_deref().is_none_or(|s| s.trim().is_empty()) => out.push(
                    f("/decision/suivi").parameter("requis", "suivi")
                        .param("what", "suivi")
                        .variant("suivi")
                        .input("/decision/scenario", "annulation"),
                ),
                _ => {}
            }
        }
    }),
};
