//! CLS-005.

use super::*;

/// CLS-005: duration of a CLS.
pub static CLS_005: Rule = Rule {
    code: "CLS-005",
    severity: Severity::Warning,
    category: Category::BusinessRule,
    applies_to: &[DocumentKind::ContratLocalSante],
    in_force: params::CLS_DEPUIS.since(),
    sources: &[sources::ARS_PACA_CLS, sources::ARS_HDF_CLS, sources::CLS_MSM, sources::CLS_SAINT_FLOUR],
    title: Text::doc("Durée du contrat local de santé", "Duration of the contrat local de santé"),
    message: Text::new(
        "Durée du CLS atypique : {reason}.",
        "Unusual CLS duration: {reason}.",
    ),
    help: Text::new(
        "Un CLS est conclu en général pour 5 ans (entre 3 et 6 ans) ; en Hauts-de-France, son terme est aligné sur celui du PRS. Vérifiez la période ou justifiez-la.",
        "A CLS usually runs for 5 years (between 3 and 6); in Hauts-de-France its end is aligned on the PRS's. Check the period or justify it.",
    ),
    description: Text::doc(
        "Les ARS concluent les CLS « pour une durée de 5 ans » (ARS PACA ; exemples 2017-2022, 2022-2027) ; l'ARS Hauts-de-France aligne leur terme sur le PRS. La règle signale une période de moins de 3 ans ou de plus de 6 ans, et, en Hauts-de-France (région 32), une fin postérieure à celle du PRS cité.",
        "ARS conclude CLS \"for 5 years\" (ARS PACA; examples 2017-2022, 2022-2027); ARS Hauts-de-France aligns their end on the PRS. The rule flags a period under 3 years or over 6 years and, in Hauts-de-France (région 32), an end after that of the PRS cited.",
    ),
    limits: Some(Text::doc(
        "La borne de 3 ans est une connaissance générale non vérifiée. La durée est celle de la période signée, avant avenants. L'alignement sur le PRS n'est vérifié qu'en Hauts-de-France, seule ARS dont la pratique est documentée ici.",
        "The 3-year bound is unverified general knowledge. The duration is that of the signed period, before amendments. Alignment on the PRS is only checked in Hauts-de-France, the only ARS whose practice is documented here.",
    )),
    transition: None,
    requires: &[],
    parameters: &[&params::CLS_DEPUIS],
    messages: &[
        Message::new(
            "courte",
            "Durée du CLS atypique : du {debut} au {fin}, moins de {duree_min} ans.",
            "Unusual CLS duration: from {debut} to {fin}, less than {duree_min} years.",
        ),
        Message::new(
            "longue",
            "Durée du CLS atypique : du {debut} au {fin}, plus de {duree_max} ans.",
            "Unusual CLS duration: from {debut} to {fin}, more than {duree_max} years.",
        ),
        Message::new(
            "apres_prs",
            "Durée du CLS atypique : il court jusqu'au {fin}, après la fin du PRS ({fin_prs}) sur laquelle l'ARS Hauts-de-France aligne les CLS.",
            "Unusual CLS duration: it runs until {fin}, after the end of the PRS ({fin_prs}) on which ARS Hauts-de-France aligns CLS.",
        ),
    ],
    check: Check::Document(|ctx, out| {
        let Document::ContratLocalSante(c) = ctx.doc else { return };
        let Some(per) = c.periode else { return };
        if let (Some(a), Some(b)) = (per.debut, per.fin) {
            let after = b.days().add_days(1);
            let (min, max) = (a.days().add_years(DUREE_MIN), a.days().add_years(DUREE_MAX));
            let reason = match (after, min, max) {
                (Some(e), Some(lo), _) if e.before(lo).is_yes() && a.on_or_before(b).is_yes() => Some("courte"),
                (Some(e), _, Some(hi)) if e.after(hi).is_yes() => Some("longue"),
                _ => None,
            };
            if let Some(w) = reason {
                out.push(
                    Finding::at("/periode/fin")
                        .param("reason", w)
                        .variant(w)
                        .display("debut", a.to_string())
                        .display("fin", b.to_string())
                        .display("duree_min", DUREE_MIN.to_string())
                        .display("duree_max", DUREE_MAX.to_string())
                        .input("/periode/debut", a.to_string())
                        .input("/periode/fin", b.to_string())
                        .parameter("duree_min_ans", DUREE_MIN)
                        .parameter("duree_max_ans", DUREE_MAX),
                );
            }
        }
        let hdf = c.prs.as_ref().and_then(|p| p.region.as_deref()) == Some("32")
            || util::region(ctx.doc).as_deref() == Some("32");
        let prs_end = c.prs.as_ref().and_then(|p| p.periode).and_then(|p| p.fin);
        if let (true, Some(pe), Some(b)) = (hdf, prs_end, per.fin) {
            if b.after(pe).is_yes() {
                out.push(
                    Finding::at("/periode/fin")
                        .param("reason", "apres_prs")
                        .variant("apres_prs")
                        .display("fin", b.to_string())
                        .display("fin_prs", pe.to_string())
                        .input("/periode/fin", b.to_string())
                        .input("/prs/periode/fin", pe.to_string())
                        .parameter("region_alignee", "32"),
                );
            }
        }
    }),
};

/// The shortest usual length of a CLS, in years.
const DUREE_MIN: i32 = 3;
/// The longest usual length of a CLS, in years.
const DUREE_MAX: i32 = 6;
