//! EIS-001.

use super::*;

/// EIS-001: an EIS names what it assesses, for whom, and what it recommends.
pub static EIS_001: Rule = Rule {
    code: "EIS-001",
    severity: Severity::Information,
    category: Category::Informational,
    applies_to: &[DocumentKind::DemarcheAccompagnement],
    in_force: params::EIS_DEPUIS.since(),
    sources: &[sources::BEH_2016_EIS],
    title: Text::doc("Contenu d'une évaluation d'impact sur la santé", "Content of a health impact assessment"),
    message: Text::new("EIS : {what}.", "HIA: {what}."),
    help: Text::new(
        "Une EIS identifie la politique, le programme ou le projet évalué (souvent hors du secteur de la santé : urbanisme, transports), les groupes de population et la répartition des effets (équité), et produit des recommandations pour les décideurs.",
        "A health impact assessment identifies the policy, programme or project assessed (often outside health: urbanism, transport), the population groups and the distribution of effects (equity), and produces recommendations for decision-makers.",
    ),
    description: Text::doc(
        "Pour une démarche de nature `eis` : signale l'absence d'objet évalué, de groupes de population et, une fois la période de la démarche achevée, de recommandations.",
        "For a process of nature `eis`: reports no object assessed, no population groups and, once the process's period is over, no recommendations.",
    ),
    limits: Some(Text::doc(
        "L'EIS n'est pas une obligation légale (GK) : la règle est descriptive.",
        "An HIA is not a legal obligation (GK): the rule is descriptive.",
    )),
    transition: None,
    requires: &[],
    parameters: &[&params::EIS_DEPUIS],
    messages: &[
        Message::new(
            "objet_evalue",
            "EIS : l'objet évalué (politique, programme, projet) n'est pas indiqué.",
            "HIA: the object assessed (policy, programme, project) is not given.",
        ),
        Message::new(
            "populations",
            "EIS : aucun groupe de population n'est considéré.",
            "HIA: no population group is considered.",
        ),
        Message::new(
            "recommandations",
            "EIS : achevée le {fin}, elle ne présente aucune recommandation.",
            "HIA: completed on {fin}, it presents no recommendation.",
        ),
    ],
    check: Check::Document(|ctx, out| {
        let Document::DemarcheAccompagnement(d) = ctx.doc else { return };
        if d.nature != Some(NatureDemarche::Eis) {
            return;
        }
        if d.objet_evalue.as_deref().is_none_or(|s| s.trim().is_empty()) {
            out.push(
                Finding::at("/objet_evalue").parameter("requis", "objet_evalue")
                    .param("what", "objet_evalue")
                    .variant("objet_evalue")
                    .input("/nature", "eis"),
            );
        }
        if d.populations.is_empty() {
            out.push(
                Finding::at("/populations").parameter("requis", "populations")
                    .param("what", "populations")
                    .variant("populations")
                    .input("/nature", "eis"),
            );
        }
        if let Some(fin) = d.periode.and_then(|p| p.fin).filter(|f| f.before(ctx.as_of).is_yes()) {
            if d.recommandations.is_empty() {
                out.push(
                    Finding::at("/recommandations")
                        .param("what", "recommandations")
                        .variant("recommandations")
                        .display("fin", fin.to_string())
                        .input("/periode/fin", fin.to_string())
                        .parameter("as_of", ctx.as_of.to_string()),
                );
            }
        }
    }),
};
