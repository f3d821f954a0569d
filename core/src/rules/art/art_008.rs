//! ART-008.

use super::*;

/// ART-008: chain diagnostic → programmation → évaluation.
pub static ART_008: Rule = Rule {
    code: "ART-008",
    severity: Severity::Warning,
    category: Category::BusinessRule,
    applies_to: &[DocumentKind::ContratLocalSante, DocumentKind::ContratDeVille],
    in_force: sources::CIRC_ASV_2000.in_force,
    sources: &[sources::CIRC_ASV_2000, sources::SEED_IREV_2016],
    title: Text::doc("Diagnostic, programmation, évaluation", "Diagnostic, programme, evaluation"),
    message: Text::new("{problem}.", "{problem}."),
    help: Text::new(
        "Suivez la méthode diagnostic → programmation → évaluation : un diagnostic préalable, une programmation qui en découle, une évaluation prévue (« evaluations », même non réalisée).",
        "Follow the method diagnostic → programme → evaluation: a prior diagnostic, a programme drawn from it, a planned evaluation (\"evaluations\", even not yet carried out).",
    ),
    description: Text::doc(
        "La stratégie de santé d'une collectivité en QPV suit la méthode de projet des ASV : diagnostic, programmation, évaluation. Pour un CLS nommant des QPV ou un contrat de ville, la règle signale une programmation sans évaluation prévue, et un diagnostic du volet santé postérieur à la signature du contrat de ville.",
        "A collectivité's health strategy in QPV follows the ASV project method: diagnostic, programme, evaluation. For a CLS naming QPV or a contrat de ville, the rule flags a programme with no planned evaluation, and a volet santé diagnostic dated after the contrat de ville's signature.",
    ),
    limits: Some(Text::doc(
        "L'absence de diagnostic relève de CLS-004 et CV-010, la méthode des ASV d'ASV-003. Quand l'évaluation réalisée d'un contrat de ville est déjà due (CV-013), ART-008 ne la signale pas une seconde fois.",
        "A missing diagnostic is CLS-004's and CV-010's business, the ASV method ASV-003's. When a contrat de ville's evaluation is already due (CV-013), ART-008 does not flag it a second time.",
    )),
    transition: None,
    requires: &["/evaluations"],
    parameters: &[&params::CV_2015_MI_PARCOURS, &params::CV_2024_REVUE_ANNUELLE],
    messages: &[
        Message::new(
            "cls_sans_evaluation",
            "Le CLS programme des actions en QPV sans prévoir d'évaluation.",
            "The CLS programmes actions in QPV without planning an evaluation.",
        ),
        Message::new(
            "cv_sans_evaluation",
            "Le contrat de ville programme sans prévoir d'évaluation.",
            "The contrat de ville programmes without planning an evaluation.",
        ),
        Message::new(
            "diagnostic_apres_signature",
            "Le diagnostic du volet santé ({diagnostic}) est postérieur à la signature du contrat ({signature}) : la programmation ne peut en découler.",
            "The volet santé diagnostic ({diagnostic}) postdates the contract's signature ({signature}): the programme cannot derive from it.",
        ),
    ],
    check: Check::Document(|ctx, out| {
        let no_eval = |prog: bool, evals: bool| prog && !evals;
        match ctx.doc {
            Document::ContratLocalSante(c) => {
                if !util::names_qpv(ctx.doc) || in_preparation(c) {
                    return;
                }
                if no_eval(!c.actions.is_empty() || !c.strategie.is_empty(), !c.evaluations.is_empty()) {
                    out.push(
                        util::missing(ctx, "/evaluations")
                            .param("problem", "sans_evaluation")
                            .variant("cls_sans_evaluation"),
                    );
                }
            }
            Document::ContratDeVille(c) => {
                let due = (lif::is_cv2015(ctx.doc) && ctx.as_of >= params::CV_2015_MI_PARCOURS.value)
                    || (util::is_cv2024(ctx.doc) && ctx.as_of >= params::CV_2024_REVUE_ANNUELLE.value);
                let v = c.volet_sante.as_ref();
                let prog = !c.strategie.is_empty() || v.is_some_and(|v| !v.objectifs.is_empty());
                if !due && no_eval(prog, !c.evaluations.is_empty()) {
                    out.push(
                        util::missing(ctx, "/evaluations")
                            .param("problem", "sans_evaluation")
                            .variant("cv_sans_evaluation"),
                    );
                }
                if let (Some(dd), Some(s)) = (v.and_then(|v| v.diagnostic.as_ref()).and_then(|d| d.date), c.date_signature) {
                    if dd.after(s).is_yes() {
                        out.push(
                            Finding::at("/volet_sante/diagnostic/date")
                                .param("problem", "diagnostic_apres_signature")
                                .variant("diagnostic_apres_signature")
                                .display("diagnostic", dd.to_string())
                                .display("signature", s.to_string())
                                .input("/volet_sante/diagnostic/date", dd.to_string())
                                .input("/date_signature", s.to_string()),
                        );
                    }
                }
            }
            _ => {}
        }
    }),
};
