//! PTSM-002.

use super::*;

/// PTSM-002: a PTSM lasts 5 years from its arrêté and is published.
pub static PTSM_002: Rule = Rule {
    code: "PTSM-002",
    severity: Severity::Error,
    category: Category::BusinessRule,
    applies_to: &[DocumentKind::ProjetTerritorialSanteMentale],
    in_force: sources::CSP_R3224_1.in_force,
    sources: &[sources::CSP_R3224_1],
    title: Text::doc("Durée et publication du PTSM", "Duration and publication of the PTSM"),
    message: Text::new("PTSM : {what}.", "PTSM: {what}."),
    help: Text::new(
        "Le PTSM est arrêté par le DG ARS pour une durée de cinq ans et publié ; au-delà, il est révisé selon la même procédure.",
        "The PTSM is adopted by the DG ARS for five years and published; beyond that, it is revised by the same procedure.",
    ),
    description: Text::doc(
        "Signale une période de validité qui dépasse cinq ans à compter de l'arrêté (ou du début de la période) et un PTSM déclaré non publié.",
        "Reports a period of validity exceeding five years from the arrêté (or the period's start) and a PTSM declared not published.",
    ),
    limits: None,
    transition: None,
    requires: &[],
    parameters: &[],
    messages: &[
        Message::new(
            "publie",
            "PTSM : il n'a pas été publié.",
            "PTSM: it has not been published.",
        ),
        Message::new(
            "duree",
            "PTSM : la période se termine le {fin}, plus de cinq ans après le {debut} (au plus tard le {fin_maximale}).",
            "PTSM: the period ends on {fin}, more than five years after {debut} (at the latest {fin_maximale}).",
        ),
    ],
    check: Check::Document(|ctx, out| {
        let Document::ProjetTerritorialSanteMentale(c) = ctx.doc else { return };
        let start = c
            .date_arrete
            .map(|d| ("/date_arrete", d))
            .or(c.periode.and_then(|p| p.debut).map(|d| ("/periode/debut", d)));
        if let (Some((sp, s)), Some(fin)) = (start, c.periode.and_then(|p| p.fin)) {
            if let Some(limit) = s.days().add_years(5) {
                if fin.after(limit).is_yes() {
                    out.push(
                        Finding::at("/periode/fin")
                            .param("what", "duree")
                            .variant("duree")
                            .display("fin", fin.to_string())
                            .display("debut", s.to_string())
                            .display("fin_maximale", limit.to_string())
                            .input(sp, s.to_string())
                            .input("/periode/fin", fin.to_string())
                            .parameter("duree_annees", 5)
                            .parameter("fin_maximale", limit.to_string()),
                    );
                }
            }
        }
        if c.publie == Some(false) {
            out.push(
                util::declared_false("/publie", "publie"),
            );
        }
    }),
};
