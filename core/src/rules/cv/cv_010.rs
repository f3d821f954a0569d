//! CV-010.

use super::*;

/// CV-010: content of the volet santé.
pub static CV_010: Rule = Rule {
    code: "CV-010",
    severity: Severity::Warning,
    category: Category::Required,
    applies_to: &[DocumentKind::ContratDeVille],
    in_force: sources::INSTR_2014_12_05.in_force,
    sources: &[sources::INSTR_2014_12_05, sources::IREV_2014],
    title: Text::doc("Contenu du volet santé", "Content of the volet santé"),
    message: Text::new(
        "Volet santé du contrat de ville : {problem}.",
        "Volet santé of the contrat de ville: {problem}.",
    ),
    help: Text::new(
        "Décrivez le volet santé : un diagnostic local de santé partagé (état de santé, offre, besoins), conduit avec l'ARS, les ASV, les partenaires et les conseils citoyens, puis les objectifs et actions prioritaires qui en découlent.",
        "Describe the volet santé: a shared local health diagnostic (health status, supply, needs), carried out with the ARS, ASV, partners and conseils citoyens, then the objectives and priority actions drawn from it.",
    ),
    description: Text::doc(
        "L'instruction du 5 décembre 2014 fait reposer le volet santé sur un diagnostic local de santé partagé, conduit par l'ARS avec les ASV, les partenaires et les conseils citoyens, dont découlent des objectifs et des actions prioritaires articulés avec les autres piliers.",
        "The instruction of 5 December 2014 bases the volet santé on a shared local health diagnostic, carried out by the ARS with the ASV, partners and conseils citoyens, from which priority objectives and actions follow, linked with the other pillars.",
    ),
    limits: Some(Text::doc(
        "L'articulation avec les autres piliers et l'annexe des équipements des « quartiers vécus » ne sont pas vérifiées. Un contrat en négociation n'est pas vérifié.",
        "The links with the other pillars and the annex of equipment of the \"quartiers vécus\" are not checked. A contract under negotiation is not checked.",
    )),
    transition: None,
    requires: &["/volet_sante", "/volet_sante/diagnostic", "/volet_sante/objectifs"],
    parameters: &[],
    messages: &[
        Message::new(
            "absent",
            "Volet santé du contrat de ville : il n'est pas décrit.",
            "Volet santé of the contrat de ville: it is not described.",
        ),
        Message::new(
            "sans_diagnostic",
            "Volet santé du contrat de ville : aucun diagnostic local de santé n'est référencé.",
            "Volet santé of the contrat de ville: no local health diagnostic is referenced.",
        ),
        Message::new(
            "sans_objectifs",
            "Volet santé du contrat de ville : aucun objectif prioritaire n'est indiqué.",
            "Volet santé of the contrat de ville: no priority objective is given.",
        ),
        Message::new(
            "diagnostic_partage_cc",
            "Volet santé du contrat de ville : le diagnostic n'est pas indiqué comme partagé avec les partenaires ni conduit avec les conseils citoyens.",
            "Volet santé of the contrat de ville: the diagnostic is not recorded as shared with partners nor carried out with the conseils citoyens.",
        ),
        Message::new(
            "diagnostic_partage",
            "Volet santé du contrat de ville : le diagnostic n'est pas indiqué comme partagé avec les partenaires.",
            "Volet santé of the contrat de ville: the diagnostic is not recorded as shared with partners.",
        ),
        Message::new(
            "diagnostic_cc",
            "Volet santé du contrat de ville : le diagnostic n'est pas indiqué comme conduit avec les conseils citoyens.",
            "Volet santé of the contrat de ville: the diagnostic is not recorded as carried out with the conseils citoyens.",
        ),
    ],
    check: Check::Document(|ctx, out| {
        let Document::ContratDeVille(c) = ctx.doc else { return };
        if negotiating(c) {
            return;
        }
        let Some(v) = &c.volet_sante else {
            out.push(
                util::missing(ctx, "/volet_sante")
                    .param("problem", "absent")
                    .variant("absent"),
            );
            return;
        };
        match &v.diagnostic {
            None => out.push(
                util::missing(ctx, "/volet_sante/diagnostic")
                    .param("problem", "sans_diagnostic")
                    .variant("sans_diagnostic"),
            ),
            Some(d) => {
                let mut missing: Vec<&str> = Vec::new();
                if d.partage != Some(true) {
                    missing.push("partage");
                }
                if d.conseils_citoyens_associes != Some(true) {
                    missing.push("conseils_citoyens_associes");
                }
                let key = match missing.as_slice() {
                    [_, _] => "diagnostic_partage_cc",
                    ["partage"] => "diagnostic_partage",
                    _ => "diagnostic_cc",
                };
                if !missing.is_empty() {
                    // A flag declared `false` is a statement; one left out is to be completed.
                    let declared = d.partage == Some(false) || d.conseils_citoyens_associes == Some(false);
                    let f = if declared {
                        util::lacking(ctx, "/volet_sante/diagnostic")
                    } else {
                        util::missing(ctx, "/volet_sante/diagnostic")
                    };
                    let mut f = f
                        .param("problem", missing)
                        .variant(key);
                    if let Some(b) = d.partage {
                        f = f.input("/volet_sante/diagnostic/partage", b);
                    }
                    if let Some(b) = d.conseils_citoyens_associes {
                        f = f.input("/volet_sante/diagnostic/conseils_citoyens_associes", b);
                    }
                    out.push(f);
                }
            }
        }
        if v.objectifs.is_empty() {
            out.push(
                util::missing(ctx, "/volet_sante/objectifs")
                    .param("problem", "sans_objectifs")
                    .variant("sans_objectifs"),
            );
        }
    }),
};
