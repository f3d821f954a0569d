//! PRS-001.

use super::*;

/// PRS-001: structure of the PRS cited.
pub static PRS_001: Rule = Rule {
    code: "PRS-001",
    severity: Severity::Error,
    category: Category::Value,
    applies_to: &[DocumentKind::ContratLocalSante],
    in_force: params::PRS_DEPUIS.since(),
    sources: &[sources::CSP_L1434_2, sources::CSP_L1434_3],
    title: Text::doc("Structure du projet régional de santé cité", "Structure of the projet régional de santé cited"),
    message: Text::new(
        "Référence au PRS : {problem}.",
        "PRS reference: {problem}.",
    ),
    help: Text::new(
        "Citez une génération de PRS existante (1 : PRS HPST 2011-2018 ; 2 : COS 2018-2028 et SRS 2018-2023 ; 3 : SRS et PRAPS révisés 2023-2028) avec une période comprise dans la sienne, de 10 ans au plus (durée du cadre d'orientation stratégique).",
        "Cite an existing PRS generation (1: HPST PRS 2011-2018; 2: COS 2018-2028 and SRS 2018-2023; 3: revised SRS and PRAPS 2023-2028) with a period inside its own, of 10 years at most (length of the cadre d'orientation stratégique).",
    ),
    description: Text::doc(
        "Depuis la loi n° 2016-41, le PRS comprend un cadre d'orientation stratégique à 10 ans, un schéma régional de santé à 5 ans et un PRAPS ; le PRS 2 est en vigueur au plus tard le 1er janvier 2018, ses SRS et PRAPS révisés en 2023 pour 2023-2028. Avant 2018, le PRS 1 (HPST) réunissait un plan stratégique, trois schémas et des programmes. La référence au PRS d'un CLS cite une génération qui a existé, sur une période compatible.",
        "Since law 2016-41 the PRS comprises a 10-year cadre d'orientation stratégique, a 5-year schéma régional de santé and a PRAPS; PRS 2 is in force by 1 January 2018 at the latest, its SRS and PRAPS revised in 2023 for 2023-2028. Before 2018, PRS 1 (HPST) combined a strategic plan, three schémas and programmes. A CLS's PRS reference cites a generation that existed, over a compatible period.",
    ),
    limits: Some(Text::doc(
        "Le PRS lui-même (ses avis de consultation, ses délais) n'est pas un document du modèle : la règle ne vérifie que la référence qu'en fait un CLS.",
        "The PRS itself (its consultation opinions and periods) is not a document of the model: the rule only checks a CLS's reference to it.",
    )),
    transition: None,
    requires: &[],
    parameters: &[&params::PRS_DEPUIS, &params::PRS_1, &params::PRS_2, &params::PRS_3],
    messages: &[
        Message::new(
            "generation_inconnue",
            "Référence au PRS : la génération {generation} n'existe pas (1, 2 ou 3).",
            "PRS reference: generation {generation} does not exist (1, 2 or 3).",
        ),
        Message::new(
            "trop_long",
            "Référence au PRS : la période du {debut} au {fin} dépasse les {duree_max} ans du cadre d'orientation stratégique.",
            "PRS reference: the period from {debut} to {fin} exceeds the {duree_max} years of the cadre d'orientation stratégique.",
        ),
        Message::new(
            "hors_generation",
            "Référence au PRS : la période citée sort de celle du {generation_libelle}.",
            "PRS reference: the cited period lies outside that of {generation_libelle}.",
        ),
    ],
    check: Check::Document(|ctx, out| {
        let Document::ContratLocalSante(c) = ctx.doc else { return };
        let Some(p) = &c.prs else { return };
        let span = p
            .generation
            .and_then(|g| GENERATIONS.iter().find(|x| x.0 == g));
        if let (Some(g), None) = (p.generation, span) {
            out.push(
                Finding::at("/prs/generation")
                    .param("problem", "generation_inconnue")
                    .variant("generation_inconnue")
                    .display("generation", g.to_string())
                    .input("/prs/generation", g),
            );
            return;
        }
        let Some(per) = p.periode else { return };
        if let (Some(a), Some(b)) = (per.debut, per.fin) {
            if a.days().add_years(10).is_some_and(|max| b.on_or_after(max).is_yes()) {
                out.push(
                    Finding::at("/prs/periode")
                        .param("problem", "trop_long")
                        .variant("trop_long")
                        .display("debut", a.to_string())
                        .display("fin", b.to_string())
                        .display("duree_max", "10")
                        .input("/prs/periode/debut", a.to_string())
                        .input("/prs/periode/fin", b.to_string())
                        .parameter("duree_max_ans", 10),
                );
                return;
            }
        }
        if let Some((g, from, to, label, label_en)) = span {
            let outside = per.debut.is_some_and(|a| a.before(*from).is_yes())
                || per.fin.is_some_and(|b| b.after(*to).is_yes());
            if outside {
                let mut f = Finding::at("/prs/periode")
                    .param("problem", "hors_generation")
                    .variant("hors_generation")
                    .localized("generation_libelle", *label, *label_en)
                    .input("/prs/generation", *g)
                    .parameter("debut_generation", from.to_string())
                    .parameter("fin_generation", to.to_string());
                if let Some(a) = per.debut {
                    f = f.input("/prs/periode/debut", a.to_string());
                }
                if let Some(b) = per.fin {
                    f = f.input("/prs/periode/fin", b.to_string());
                }
                out.push(f);
            }
        }
    }),
};
