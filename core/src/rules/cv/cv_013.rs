//! CV-013.

use super::*;

/// CV-013: evaluations of contrats de ville.
pub static CV_013: Rule = Rule {
    code: "CV-013",
    severity: Severity::Warning,
    category: Category::Required,
    applies_to: &[DocumentKind::ContratDeVille],
    in_force: params::CV_2015_MI_PARCOURS.since(),
    sources: &[sources::CIRC_2024_11_07, sources::SEED_ASV_2019],
    title: Text::doc("Évaluation du contrat de ville", "Evaluation of the contrat de ville"),
    message: Text::new(
        "Au {as_of}, aucune {what} réalisée n'est indiquée.",
        "On {as_of}, no {what} carried out is recorded.",
    ),
    help: Text::new(
        "Indiquez dans « evaluations » l'évaluation réalisée (nature, date, indicateurs) : mi-parcours pour un contrat 2015 ; revue annuelle, puis évaluation de la revoyure 2027, pour un contrat 2024.",
        "Record in \"evaluations\" the evaluation carried out (nature, date, indicators): mid-term for a 2015 contract; annual review, then the 2027 review evaluation, for a 2024 contract.",
    ),
    description: Text::doc(
        "Les contrats 2015 ont fait l'objet d'une évaluation à mi-parcours (qui a servi à leur rénovation de 2019) : elle est attendue à partir de 2019. Les contrats 2024 ont une revue annuelle avec des indicateurs « pragmatiques » (attendue à partir de 2025) et une révision en 2027 (évaluation à mi-parcours attendue à partir de 2028).",
        "2015 contracts had a mid-term evaluation (used for their 2019 renewal): it is expected from 2019. 2024 contracts have an annual review with \"pragmatic\" indicators (expected from 2025) and a revision in 2027 (mid-term evaluation expected from 2028).",
    ),
    limits: Some(Text::doc(
        "Un contrat en négociation n'est pas vérifié. Les dates attendues (2019, 2025, 2028) sont déduites du calendrier des générations.",
        "A contract under negotiation is not checked. The expected dates (2019, 2025, 2028) are derived from the generations' calendar.",
    )),
    transition: None,
    requires: &["/evaluations"],
    parameters: &[&params::CV_2015_MI_PARCOURS, &params::CV_2024_REVUE_ANNUELLE, &params::CV_2024_MI_PARCOURS],
    messages: &[
        Message::new(
            "mi_parcours_2015",
            "Au {as_of}, aucune évaluation à mi-parcours réalisée n'est indiquée.",
            "On {as_of}, no mid-term evaluation carried out is recorded.",
        ),
        Message::new(
            "revue_annuelle",
            "Au {as_of}, aucune revue annuelle réalisée n'est indiquée.",
            "On {as_of}, no annual review carried out is recorded.",
        ),
        Message::new(
            "mi_parcours_2024",
            "Au {as_of}, aucune évaluation à mi-parcours (revoyure 2027) réalisée n'est indiquée.",
            "On {as_of}, no mid-term evaluation (2027 review) carried out is recorded.",
        ),
    ],
    check: Check::Document(|ctx, out| {
        let Document::ContratDeVille(c) = ctx.doc else { return };
        if negotiating(c) {
            return;
        }
        let done = |n: NatureEvaluation| c.evaluations.iter().any(|e| e.realisee && e.nature == n);
        let mut expected: Vec<(NatureEvaluation, Date, &'static str)> = Vec::new();
        if lif::is_cv2015(ctx.doc) {
            expected.push((NatureEvaluation::MiParcours, params::CV_2015_MI_PARCOURS.value, "mi_parcours_2015"));
        } else if util::is_cv2024(ctx.doc) {
            expected.push((NatureEvaluation::Annuelle, params::CV_2024_REVUE_ANNUELLE.value, "revue_annuelle"));
            expected.push((NatureEvaluation::MiParcours, params::CV_2024_MI_PARCOURS.value, "mi_parcours_2024"));
        }
        for (n, from, key) in expected {
            if ctx.as_of >= from && !done(n) {
                out.push(
                    util::missing(ctx, "/evaluations")
                        .param("as_of", ctx.as_of.to_string())
                        .param("what", n.to_string())
                        .variant(key)
                        .parameter("attendue_depuis", from.to_string()),
                );
                break;
            }
        }
    }),
};
