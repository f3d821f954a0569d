//! CLS-007.

use super::*;

/// CLS-007: the CLS names a coordinator.
pub static CLS_007: Rule = Rule {
    code: "CLS-007",
    severity: Severity::Information,
    category: Category::Required,
    applies_to: &[DocumentKind::ContratLocalSante],
    in_force: params::CLS_DEPUIS.since(),
    sources: &[sources::ORS_NA_CLS, sources::SEED_IREV_2016],
    title: Text::doc("Coordination du CLS", "CLS coordination"),
    message: Text::new(
        "Coordination du CLS : {problem}.",
        "CLS coordination: {problem}.",
    ),
    help: Text::new(
        "Indiquez la coordination : employeur du coordonnateur, temps (ETP), cofinancement éventuel de l'ARS. Le nom de la personne n'est pas nécessaire.",
        "State the coordination: the coordinator's employer, time (FTE), ARS co-funding if any. The person's name is not needed.",
    ),
    description: Text::doc(
        "Un CLS s'appuie sur un coordonnateur (ingénierie dédiée), souvent cofinancé par l'ARS ; le réseau des coordonnateurs de CLS et les exemples de terrain (coordonnateur unique CLS/PRE à Château-Thierry) le confirment.",
        "A CLS relies on a coordinator (dedicated engineering), often co-funded by the ARS; the network of CLS coordinators and field examples (a single CLS/PRE coordinator at Château-Thierry) confirm it.",
    ),
    limits: Some(Text::doc(
        "Un CLS en préfiguration n'est pas vérifié.",
        "A CLS in préfiguration is not checked.",
    )),
    transition: None,
    requires: &["/coordination"],
    parameters: &[&params::CLS_DEPUIS],
    messages: &[
        Message::new(
            "absente",
            "Coordination du CLS : aucun coordonnateur n'est indiqué.",
            "CLS coordination: no coordinator is named.",
        ),
        Message::new(
            "etp_nul",
            "Coordination du CLS : le temps de coordination est nul.",
            "CLS coordination: the coordination time is zero.",
        ),
    ],
    check: Check::Document(|ctx, out| {
        let Document::ContratLocalSante(c) = ctx.doc else { return };
        if statut(c) == Some(StatutCls::Prefiguration) {
            return;
        }
        match &c.coordination {
            None => out.push(
                util::missing(ctx, "/coordination")
                    .param("problem", "absente")
                    .variant("absente"),
            ),
            Some(co) => {
                if let Some(etp) = co.etp {
                    if etp <= 0.0 {
                        out.push(
                            Finding::at("/coordination/etp")
                                .param("problem", "etp_nul")
                                .variant("etp_nul")
                                .input("/coordination/etp", etp),
                        );
                    }
                }
            }
        }
    }),
};
