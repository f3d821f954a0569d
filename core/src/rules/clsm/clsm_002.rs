//! CLSM-002.

use super::*;

/// CLSM-002: the objectives of a CLSM.
pub static CLSM_002: Rule = Rule {
    code: "CLSM-002",
    severity: Severity::Warning,
    category: Category::Required,
    applies_to: &[DocumentKind::ConseilLocalSanteMentale],
    in_force: sources::INSTR_CLSM_2016.in_force,
    sources: &[sources::INSTR_CLSM_2016, sources::SEED_IREV_2016],
    title: Text::doc("Objectifs du CLSM", "Objectives of the CLSM"),
    message: Text::new(
        "Les objectifs du CLSM ne comprennent pas : {missing}.",
        "The CLSM's objectives do not include: {missing}.",
    ),
    help: Text::new(
        "Un CLSM vise la déstigmatisation, l'accès et la continuité des soins, l'inclusion sociale (dont le logement), la participation des usagers, des aidants et des habitants, et la réponse coordonnée aux situations complexes.",
        "A CLSM aims at destigmatisation, access and continuity of care, social inclusion (including housing), participation of users, carers and habitants, and a coordinated response to complex situations.",
    ),
    description: Text::doc(
        "Vérifie que `objectifs` comprend les cinq objectifs de l'instruction de 2016.",
        "Checks that `objectifs` includes the five objectives of the 2016 instruction.",
    ),
    limits: None,
    transition: None,
    requires: &[],
    parameters: &[],
    messages: &[],
    check: Check::Document(|ctx, out| {
        let Document::ConseilLocalSanteMentale(c) = ctx.doc else { return };
        use ObjectifClsm as O;
        let wanted = [
            (O::Destigmatisation, "la déstigmatisation", "destigmatisation"),
            (O::AccesContinuiteSoins, "l'accès et la continuité des soins", "access and continuity of care"),
            (O::InclusionSociale, "l'inclusion sociale", "social inclusion"),
            (O::ParticipationUsagers, "la participation des usagers, aidants et habitants", "participation of users, carers and habitants"),
            (O::SituationsComplexes, "les situations complexes", "complex situations"),
        ];
        let missing: Vec<_> = wanted.iter().filter(|w| !c.objectifs.contains(&w.0)).collect();
        if !missing.is_empty() {
            out.push(
                Finding::at("/objectifs")
                    .param("missing", missing.iter().map(|m| m.0.to_string()).collect::<Vec<_>>())
                    .localized(
                        "missing",
                        missing.iter().map(|m| m.1).collect::<Vec<_>>().join(", "),
                        missing.iter().map(|m| m.2).collect::<Vec<_>>().join(", "),
                    )
                    .input("/objectifs", c.objectifs.iter().map(|o| o.to_string()).collect::<Vec<_>>())
                    .parameter("objectifs_attendus", wanted.iter().map(|w| w.0.to_string()).collect::<Vec<_>>()),
            );
        }
    }),
};
