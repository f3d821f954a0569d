//! EIS-001.

use super::*;

/// EIS-001: an EIS names what it assesses, for whom, and what it recommends.
pub static EIS_001: Rule = Rule {
    code: "EIS-001",
    severity: Severity::Information,
    category: Category::Informational,
    applies_to: &[DocumentKind::DemarcheAccompagnement],
    in_force: InForce::since(Date::ymd(1999, 1, 1)),
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
    check: Check::Document(|ctx, out| {
        let Document::DemarcheAccompagnement(d) = ctx.doc else { return };
        if d.nature != Some(NatureDemarche::Eis) {
            return;
        }
        if d.objet_evalue.as_deref().is_none_or(|s| s.trim().is_empty()) {
            out.push(
                Finding::at("/objet_evalue").parameter("requis", "objet_evalue")
                    .param("what", "objet_evalue")
                    .localized("what", "l'objet évalué (politique, programme, projet) n'est pas indiqué", "the object assessed (policy, programme, project) is not given")
                    .input("/nature", "eis"),
            );
        }
        if d.populations.is_empty() {
            out.push(
                Finding::at("/populations").parameter("requis", "populations")
                    .param("what", "populations")
                    .localized("what", "aucun groupe de population n'est considéré", "no population group is considered")
                    .input("/nature", "eis"),
            );
        }
        if let Some(fin) = d.periode.and_then(|p| p.fin).filter(|f| f.before(ctx.as_of).is_yes()) {
            if d.recommandations.is_empty() {
                out.push(
                    Finding::at("/recommandations")
                        .param("what", "recommandations")
                        .localized(
                            "what",
                            format!("achevée le {fin}, elle ne présente aucune recommandation"),
                            format!("completed on {fin}, it presents no recommendation"),
                        )
                        .input("/periode/fin", fin.to_string())
                        .parameter("as_of", ctx.as_of.to_string()),
                );
            }
        }
    }),
};
