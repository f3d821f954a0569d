//! CLS-004.

use super::*;

/// CLS-004: the CLS relies on a diagnostic local de santé.
pub static CLS_004: Rule = Rule {
    code: "CLS-004",
    severity: Severity::Warning,
    category: Category::Required,
    applies_to: &[DocumentKind::ContratLocalSante],
    in_force: params::CLS_DEPUIS.since(),
    sources: &[sources::ARS_PACA_CLS, sources::ARS_HDF_CLS, sources::ORS_NA_CLS],
    title: Text::doc("Diagnostic local de santé", "Local health diagnostic"),
    message: Text::new(
        "Diagnostic local de santé : {problem}.",
        "Local health diagnostic: {problem}.",
    ),
    help: Text::new(
        "Référencez le diagnostic local de santé partagé sur lequel repose la programmation : sa date de remise et son auteur (ORS, bureau d'études, service de la collectivité).",
        "Reference the shared local health diagnostic the programme relies on: its delivery date and its author (ORS, consultancy, the collectivité's service).",
    ),
    description: Text::doc(
        "Les guides des ARS font reposer le CLS sur un diagnostic local de santé partagé, réalisé avant la programmation : le document doit le référencer (date, auteur), et ce diagnostic ne peut être postérieur à la signature.",
        "ARS guides base a CLS on a shared local health diagnostic carried out before programming: the document must reference it (date, author), and it cannot postdate the signature.",
    ),
    limits: Some(Text::doc(
        "Un CLS en préfiguration ou en élaboration n'est pas vérifié (son diagnostic peut être en cours).",
        "A CLS in préfiguration or élaboration is not checked (its diagnostic may be under way).",
    )),
    transition: None,
    requires: &["/diagnostic"],
    parameters: &[&params::CLS_DEPUIS],
    messages: &[
        Message::new(
            "absent",
            "Diagnostic local de santé : aucun diagnostic n'est référencé.",
            "Local health diagnostic: no diagnostic is referenced.",
        ),
        Message::new(
            "incomplet",
            "Diagnostic local de santé : le diagnostic référencé n'indique pas : {problem}.",
            "Local health diagnostic: the referenced diagnostic does not state: {problem}.",
        ),
        Message::new(
            "posterieur",
            "Diagnostic local de santé : daté du {date_diagnostic}, il est postérieur à la signature du {date_signature}.",
            "Local health diagnostic: dated {date_diagnostic}, it postdates the signature of {date_signature}.",
        ),
    ],
    check: Check::Document(|ctx, out| {
        let Document::ContratLocalSante(c) = ctx.doc else { return };
        if in_preparation(c) {
            return;
        }
        let Some(d) = &c.diagnostic else {
            out.push(
                util::missing(ctx, "/diagnostic")
                    .param("problem", "absent")
                    .variant("absent"),
            );
            return;
        };
        let mut missing: Vec<&str> = Vec::new();
        if d.date.is_none() {
            missing.push("date");
        }
        if d.auteur.is_none() {
            missing.push("auteur");
        }
        if !missing.is_empty() {
            out.push(
                util::missing(ctx, "/diagnostic")
                    .param("problem", missing.clone())
                    .variant("incomplet"),
            );
        }
        if let (Some(dd), Some((p, s))) = (d.date, util::conclusion(ctx.doc)) {
            if p != "/periode/debut" && dd.after(s).is_yes() {
                out.push(
                    Finding::at("/diagnostic/date")
                        .param("problem", "posterieur")
                        .variant("posterieur")
                        .display("date_diagnostic", dd.to_string())
                        .display("date_signature", s.to_string())
                        .input("/diagnostic/date", dd.to_string())
                        .input(p, s.to_string()),
                );
            }
        }
    }),
};
