//! CLS-011.

use super::*;

/// CLS-011: a CLS on QPV says whether it is the volet santé of the contrat de ville.
pub static CLS_011: Rule = Rule {
    code: "CLS-011",
    severity: Severity::Warning,
    category: Category::BusinessRule,
    applies_to: &[DocumentKind::ContratLocalSante],
    in_force: sources::INSTR_2014_12_05.in_force,
    sources: &[sources::INSTR_2014_12_05, sources::FTS_CLS],
    title: Text::doc("CLS et volet santé du contrat de ville", "CLS and volet santé of the contrat de ville"),
    message: Text::new(
        "{problem}.",
        "{problem}.",
    ),
    help: Text::new(
        "Renseignez « contrat_de_ville » (code du contrat, et si le CLS en constitue le volet santé) ; s'il en est le volet santé, incluez les QPV dans son périmètre et associez les conseils citoyens à sa gouvernance ou à son diagnostic.",
        "Fill in \"contrat_de_ville\" (the contract's code, and whether the CLS is its volet santé); if it is, include the QPV in its perimeter and involve the conseils citoyens in its governance or diagnostic.",
    ),
    description: Text::doc(
        "Là où les territoires coïncident, le CLS peut constituer le volet santé du contrat de ville. Un CLS dont le périmètre compte des QPV dit s'il est ce volet santé ; s'il l'est, il inclut les QPV et associe les conseils citoyens (gouvernance ou diagnostic).",
        "Where territories coincide, the CLS may constitute the volet santé of the contrat de ville. A CLS whose perimeter includes QPV states whether it is that volet santé; if so it includes the QPV and involves the conseils citoyens (governance or diagnostic).",
    ),
    limits: Some(Text::doc(
        "Tout QPV relève d'un contrat de ville : la présence d'un QPV suffit à supposer qu'un contrat de ville existe. Les QPV sont lus dans le périmètre et dans les territoires des fiches action. Que le contrat de ville cite le CLS en retour relève d'ART-010.",
        "Every QPV belongs to a contrat de ville: a QPV is enough to assume one exists. QPV are read in the perimeter and in the territories of fiches action. Whether the contrat de ville names the CLS back is ART-010's business.",
    )),
    transition: None,
    requires: &["/contrat_de_ville"],
    parameters: &[],
    messages: &[
        Message::new(
            "lien_absent",
            "Le périmètre du CLS compte des QPV, mais le CLS ne dit pas s'il constitue le volet santé du contrat de ville.",
            "The CLS perimeter includes QPV, but the CLS does not say whether it is the volet santé of the contrat de ville.",
        ),
        Message::new(
            "sans_qpv",
            "Le CLS se dit volet santé du contrat de ville mais ne nomme aucun QPV.",
            "The CLS claims to be the volet santé of the contrat de ville but names no QPV.",
        ),
        Message::new(
            "sans_conseils_citoyens",
            "Le CLS se dit volet santé du contrat de ville mais n'associe les conseils citoyens ni à sa gouvernance ni à son diagnostic.",
            "The CLS claims to be the volet santé of the contrat de ville but involves the conseils citoyens neither in its governance nor in its diagnostic.",
        ),
    ],
    check: Check::Document(|ctx, out| {
        let Document::ContratLocalSante(c) = ctx.doc else { return };
        let qpv = util::names_qpv(ctx.doc);
        match &c.contrat_de_ville {
            None if qpv => out.push(
                util::missing(ctx, "/contrat_de_ville")
                    .param("problem", "lien_absent")
                    .variant("lien_absent"),
            ),
            Some(l) if l.volet_sante => {
                if !qpv {
                    out.push(
                        Finding::at("/contrat_de_ville/volet_sante")
                            .param("problem", "sans_qpv")
                            .variant("sans_qpv")
                            .input("/contrat_de_ville/volet_sante", true),
                    );
                }
                let in_diag = c
                    .diagnostic
                    .as_ref()
                    .and_then(|d| d.conseils_citoyens_associes)
                    == Some(true);
                let in_gov = c.gouvernance.iter().any(|g| {
                    g.membres
                        .iter()
                        .chain(&g.presidence)
                        .any(|m| util::nature(ctx.doc, m) == Some(NatureActeur::ConseilCitoyen))
                });
                if !in_diag && !in_gov {
                    out.push(
                        Finding::at("/contrat_de_ville/volet_sante")
                            .param("problem", "sans_conseils_citoyens")
                            .variant("sans_conseils_citoyens")
                            .input("/contrat_de_ville/volet_sante", true),
                    );
                }
            }
            _ => {}
        }
    }),
};
