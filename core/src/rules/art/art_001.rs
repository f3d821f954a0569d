//! ART-001.

use super::*;

/// ART-001: an ASV works on QPV and is attached to the volet santé.
pub static ART_001: Rule = Rule {
    code: "ART-001",
    severity: Severity::Warning,
    category: Category::BusinessRule,
    applies_to: &[DocumentKind::AtelierSanteVille],
    in_force: InForce::since(params::CV_2015_PERIODE.value.from),
    sources: &[sources::INSTR_2014_12_05, sources::SEED_IREV_2016],
    title: Text::doc("ASV, QPV et volet santé", "ASV, QPV and volet santé"),
    message: Text::new("Atelier santé ville : {problem}.", "Atelier santé ville: {problem}."),
    help: Text::new(
        "Indiquez les QPV où l'ASV intervient (« territoires ») et ce à quoi il est rattaché (« rattachement » : code du contrat de ville dont il anime le volet santé, ou identifiant du CLS qui en tient lieu).",
        "State the QPV where the ASV works (\"territoires\") and what it is attached to (\"rattachement\": code of the contrat de ville whose volet santé it runs, or identifier of the CLS standing for it).",
    ),
    description: Text::doc(
        "Un ASV intervient sur les territoires de la politique de la ville (QPV depuis 2015) et anime le volet santé du contrat de ville, ou le CLS quand celui-ci en tient lieu. Un ASV sans QPV, ou rattaché à rien, est signalé.",
        "An ASV works on politique de la ville territories (QPV since 2015) and runs the volet santé of the contrat de ville, or the CLS when it stands for it. An ASV without QPV, or attached to nothing, is flagged.",
    ),
    limits: Some(Text::doc(
        "Les quartiers de veille active, où certains ASV interviennent encore, ne comptent pas comme QPV.",
        "Quartiers de veille active, where some ASV still work, do not count as QPV.",
    )),
    transition: None,
    requires: &["/territoires", "/rattachement"],
    parameters: &[&params::CV_2015_PERIODE],
    messages: &[
        Message::new(
            "sans_qpv",
            "Atelier santé ville : aucun QPV n'est indiqué parmi ses territoires.",
            "Atelier santé ville: no QPV is listed among its territories.",
        ),
        Message::new(
            "sans_rattachement",
            "Atelier santé ville : il n'est rattaché ni au volet santé d'un contrat de ville ni à un CLS.",
            "Atelier santé ville: it is attached neither to the volet santé of a contrat de ville nor to a CLS.",
        ),
    ],
    check: Check::Document(|ctx, out| {
        let Document::AtelierSanteVille(a) = ctx.doc else { return };
        if !a.territoires.iter().any(|t| t.kind == TypeTerritoire::Qpv) {
            let mut f = util::missing(ctx, "/territoires")
                .param("problem", "sans_qpv")
                .variant("sans_qpv");
            if !a.territoires.is_empty() {
                f = f.input(
                    "/territoires",
                    a.territoires.iter().map(|t| t.kind.to_string()).collect::<Vec<_>>(),
                );
            }
            out.push(f);
        }
        let attached = a
            .rattachement
            .as_ref()
            .is_some_and(|r| r.contrat_de_ville.is_some() || r.cls.is_some());
        if !attached {
            out.push(
                util::missing(ctx, "/rattachement")
                    .param("problem", "sans_rattachement")
                    .variant("sans_rattachement"),
            );
        }
    }),
};
