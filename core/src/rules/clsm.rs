//! CLSM-*: conseils locaux de santé mentale (instruction 2016, référentiel national 2025).

use super::gov::INSTRUCTION_CLSM_2016;
use super::*;
use crate::model::{Document, DocumentKind, ObjectifClsm, TypeTerritoire};
use crate::report::{Category, InForce, Severity};

/// The 2025 national referential.
const REFERENTIEL_2025: Source = Source::new(
    SourceKind::Circulaire,
    "Instruction DGS/SP4/2025/8 du 13 mai 2025, référentiel national des CLSM (Maire-info)",
    Some("https://www.maire-info.com/sante-publique/le-gouvernement-publie-un-referentiel-national-conseils-locaux-sante-mentale-article-29699"),
);

/// CLSM-001: the perimeter is a quartier, a commune or a group of communes.
pub static CLSM_001: Rule = Rule {
    code: "CLSM-001",
    severity: Severity::Warning,
    category: Category::Value,
    applies_to: &[DocumentKind::ConseilLocalSanteMentale],
    in_force: InForce::since(Date::ymd(2016, 9, 30)),
    sources: &[INSTRUCTION_CLSM_2016, REFERENTIEL_2025],
    title: Text::new("Périmètre du CLSM", "Perimeter of the CLSM"),
    message: Text::new("CLSM : {what}.", "CLSM: {what}."),
    help: Text::new(
        "Le CLSM couvre un ou plusieurs quartiers, une commune ou un groupe de communes (EPCI) : un périmètre départemental relève plutôt du PTSM.",
        "A CLSM covers one or more quartiers, a commune or a group of communes (EPCI): a départemental perimeter is rather the PTSM's.",
    ),
    description: Text::new(
        "Signale un CLSM sans périmètre, ou dont le périmètre comprend un département, une région ou un territoire de démocratie sanitaire.",
        "Reports a CLSM without a perimeter, or whose perimeter includes a département, a région or a territoire de démocratie sanitaire.",
    ),
    limits: Some(Text::new(
        "La présidence par le maire ou le président de l'EPCI est vérifiée par GOV-005.",
        "Chairing by the maire or the EPCI's president is checked by GOV-005.",
    )),
    check: Check::Document(|ctx, out| {
        let Document::ConseilLocalSanteMentale(c) = ctx.doc else { return };
        if c.perimetre.is_empty() {
            out.push(
                Finding::at("/perimetre").parameter("requis", "perimetre")
                    .param("what", "perimetre")
                    .localized("what", "aucun périmètre n'est indiqué", "no perimeter is given")
                    .input("/perimetre", Vec::<String>::new()),
            );
        }
        for (i, t) in c.perimetre.iter().enumerate() {
            if matches!(
                t.kind,
                TypeTerritoire::Departement | TypeTerritoire::Region | TypeTerritoire::TerritoireDemocratieSanitaire
            ) {
                let p = format!("/perimetre/{i}/type");
                out.push(
                    Finding::at(p.clone())
                        .param("what", t.kind.to_string())
                        .localized(
                            "what",
                            format!("le périmètre comprend un territoire de type « {} », plus large qu'un groupe de communes", t.kind),
                            format!("the perimeter includes a territory of type \"{}\", wider than a group of communes", t.kind),
                        )
                        .input(p, t.kind.to_string())
                        .parameter("types_admis", vec!["qpv", "quartier_veille", "commune", "epci", "ept", "autre"]),
                );
            }
        }
    }),
};

/// CLSM-002: the objectives of a CLSM.
pub static CLSM_002: Rule = Rule {
    code: "CLSM-002",
    severity: Severity::Warning,
    category: Category::Required,
    applies_to: &[DocumentKind::ConseilLocalSanteMentale],
    in_force: InForce::since(Date::ymd(2016, 9, 30)),
    sources: &[
        Source::new(
            SourceKind::Circulaire,
            "Instruction DGS/SP4/CGET/2016/289 du 30 septembre 2016 (F2RSM Psy)",
            Some("https://www.f2rsmpsy.fr/instruction-nddgs-sp4-cget-2016-289-septembre-2016-relative-consolidation-generalisation-conseils-locaux-sante-mentale-p"),
        ),
        Source::new(
            SourceKind::Terrain,
            "IREV et ARS Hauts-de-France, rencontre régionale du 22 novembre 2016",
            None,
        ),
    ],
    title: Text::new("Objectifs du CLSM", "Objectives of the CLSM"),
    message: Text::new(
        "Les objectifs du CLSM ne comprennent pas : {missing}.",
        "The CLSM's objectives do not include: {missing}.",
    ),
    help: Text::new(
        "Un CLSM vise la déstigmatisation, l'accès et la continuité des soins, l'inclusion sociale (dont le logement), la participation des usagers, des aidants et des habitants, et la réponse coordonnée aux situations complexes.",
        "A CLSM aims at destigmatisation, access and continuity of care, social inclusion (including housing), participation of users, carers and habitants, and a coordinated response to complex situations.",
    ),
    description: Text::new(
        "Vérifie que `objectifs` comprend les cinq objectifs de l'instruction de 2016.",
        "Checks that `objectifs` includes the five objectives of the 2016 instruction.",
    ),
    limits: None,
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

/// CLSM-003: documents citing only the 2016 instruction after the 2025 referential.
pub static CLSM_003: Rule = Rule {
    code: "CLSM-003",
    severity: Severity::Information,
    category: Category::Informational,
    applies_to: &[DocumentKind::ConseilLocalSanteMentale],
    in_force: InForce::since(Date::ymd(2025, 5, 13)),
    sources: &[
        Source::new(
            SourceKind::Circulaire,
            "Instruction DGS/SP4/2025/8 du 13 mai 2025 (BO Santé 2025/9), référentiel national des CLSM",
            Some("https://www.atd31.fr/fr/publications/info-lettre/il-2025/info-lettre-376/referentiel-national-des-conseils-locaux-de-sante-mentale-et-plan-sante-mentale-et-psychiatrie.html"),
        ),
        Source::new(
            SourceKind::Guide,
            "Santé mentale, « Conseils locaux de santé mentale : un référentiel national pour soutenir leur développement » (juin 2025)",
            Some("https://www.santementale.fr/2025/06/conseils-locaux-de-sante-mentale-un-referentiel-national-pour-soutenir-leur-developpement"),
        ),
    ],
    title: Text::new("Référentiel national des CLSM (2025)", "National CLSM referential (2025)"),
    message: Text::new(
        "Le CLSM cite {references} mais pas le référentiel national du 13 mai 2025.",
        "The CLSM cites {references} but not the national referential of 13 May 2025.",
    ),
    help: Text::new(
        "Le document reste valide : le référentiel de 2025 complète l'instruction de 2016 sans la remplacer. Il fixe des critères fondamentaux et un tableau d'articulation CLSM / CLS / PTSM qu'il est utile de reprendre (`referentiel_2025`).",
        "The document remains valid: the 2025 referential complements the 2016 instruction without replacing it. It sets fundamental criteria and a CLSM / CLS / PTSM articulation table worth taking up (`referentiel_2025`).",
    ),
    description: Text::new(
        "À partir du 13 mai 2025, signale (pour information) un CLSM dont les références nationales ne comprennent pas le référentiel de 2025.",
        "From 13 May 2025, reports (for information) a CLSM whose national references do not include the 2025 referential.",
    ),
    limits: Some(Text::new(
        "Un CLSM qui ne cite aucun texte n'est pas signalé.",
        "A CLSM citing no text is not reported.",
    )),
    check: Check::Document(|ctx, out| {
        let Document::ConseilLocalSanteMentale(c) = ctx.doc else { return };
        if c.references.is_empty() {
            return;
        }
        let cites_2025 = c.references.iter().any(|r| {
            let r = r.to_lowercase();
            r.contains("2025")
        });
        if !cites_2025 {
            let refs: Vec<String> = c.references.iter().map(|r| r.chars().take(60).collect()).collect();
            out.push(
                Finding::at("/references")
                    .param("references", refs.clone())
                    .input("/references", refs)
                    .parameter("referentiel", "referentiel_2025")
                    .parameter("depuis", "2025-05-13"),
            );
        }
    }),
};

/// The CLSM family.
pub static RULES: &[&Rule] = &[&CLSM_001, &CLSM_002, &CLSM_003];
