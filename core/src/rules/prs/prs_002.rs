//! PRS-002.

use super::*;

/// PRS-002: the CLS cites the PRS generation in force at its signature.
pub static PRS_002: Rule = Rule {
    code: "PRS-002",
    severity: Severity::Warning,
    category: Category::BusinessRule,
    applies_to: &[DocumentKind::ContratLocalSante],
    in_force: InForce::ALWAYS,
    sources: &[sources::ARS_HDF_PRS_2023, sources::ARS_IDF_PRS3],
    title: Text::doc("Génération du PRS cité", "Generation of the PRS cited"),
    message: Text::new(
        "Le CLS, conclu le {date}, cite le PRS {cite} alors que le PRS en vigueur était le PRS {attendu}.",
        "The CLS, concluded on {date}, cites PRS {cite} whereas PRS {attendu} was in force.",
    ),
    help: Text::new(
        "Citez le PRS en vigueur à la signature : PRS 1 avant 2018, PRS 1 ou 2 selon la région en 2018, PRS 2 (COS 2018-2028, SRS 2018-2023) jusqu'à octobre 2023, SRS et PRAPS révisés 2023-2028 ensuite.",
        "Cite the PRS in force at signature: PRS 1 before 2018, PRS 1 or 2 depending on the région in 2018, PRS 2 (COS 2018-2028, SRS 2018-2023) until October 2023, the revised SRS and PRAPS 2023-2028 afterwards.",
    ),
    description: Text::doc(
        "Un CLS (comme un PTSM ou le projet d'une CPTS) cite la génération du PRS en vigueur à sa signature : PRS 1 (2011-2013 → 2017), PRS 2 adoptés région par région au cours de 2018 (dans cet intervalle, l'un ou l'autre est accepté), SRS et PRAPS révisés à partir du 1er novembre 2023. La génération est lue dans « prs.generation », ou déduite du début de « prs.periode ».",
        "A CLS (like a PTSM or a CPTS project) cites the PRS generation in force at its signature: PRS 1 (2011-2013 → 2017), PRS 2 adopted région by région during 2018 (within that window either is accepted), revised SRS and PRAPS from 1 November 2023. The generation is read from \"prs.generation\", or inferred from the start of \"prs.periode\".",
    ),
    limits: Some(Text::doc(
        "La date de publication des SRS révisés varie selon les ARS (1er novembre 2023 en Hauts-de-France, retenue pour toutes). Les PTSM et les projets de CPTS ne portent pas de référence au PRS dans le modèle : seuls les CLS sont vérifiés.",
        "The publication date of revised SRS varies between ARS (1 November 2023 in Hauts-de-France, used for all). PTSM and CPTS projects carry no PRS reference in the model: only CLS are checked.",
    )),
    transition: None,
    requires: &[],
    parameters: &[&params::PRS_3_DEPUIS, &params::PRS_2_ADOPTION],
    messages: &[],
    check: Check::Document(|ctx, out| {
        let Document::ContratLocalSante(c) = ctx.doc else { return };
        let Some(p) = &c.prs else { return };
        let (cite, cite_path) = match (p.generation, p.periode.and_then(|x| x.debut)) {
            (Some(g), _) => (g, "/prs/generation"),
            (None, Some(d)) => (
                match d.year() {
                    y if y >= 2023 => 3,
                    y if y >= 2018 => 2,
                    _ => 1,
                },
                "/prs/periode/debut",
            ),
            (None, None) => return,
        };
        let Some((sp, sd)) = util::conclusion(ctx.doc).filter(|(p, _)| p != "/periode/debut") else { return };
        // While the régions adopted their PRS 2 one after the other, either generation may
        // have been in force: the rule does not fire on what cannot be told (nor on a date known
        // only to the month or the year that may fall in the cited generation).
        let possible = generations_possible_at(sd);
        if !possible.contains(&cite) && (1..=3).contains(&cite) {
            let attendu = if cite > *possible.end() { *possible.end() } else { *possible.start() };
            out.push(
                Finding::at(cite_path)
                    .param("date", sd.to_string())
                    .param("cite", cite)
                    .param("attendu", attendu)
                    .input(cite_path, if cite_path == "/prs/generation" {
                        serde_json::Value::from(cite)
                    } else {
                        serde_json::Value::from(p.periode.and_then(|x| x.debut).map(|d| d.to_string()).unwrap_or_default())
                    })
                    .input(sp, sd.to_string())
                    .parameter("prs2_adoption", format!("{} – {}", PRS_2_ADOPTION.from, PRS_2_ADOPTION.to))
                    .parameter("prs3_depuis", params::PRS_3_DEPUIS.value.to_string()),
            );
        }
    }),
};
