//! GOV-005.

use super::*;

/// GOV-005: the two bodies of a CLSM, their chair and their members.
pub static GOV_005: Rule = Rule {
    code: "GOV-005",
    severity: Severity::Warning,
    category: Category::BusinessRule,
    applies_to: &[DocumentKind::ConseilLocalSanteMentale],
    in_force: sources::INSTR_CLSM_2016.in_force,
    sources: &[sources::INSTR_CLSM_2016, sources::INSTR_CLSM_2025],
    title: Text::doc("Instances du conseil local de santé mentale", "Bodies of the conseil local de santé mentale"),
    message: Text::new("CLSM : {what}.", "CLSM: {what}."),
    help: Text::new(
        "Un CLSM a une assemblée plénière (au moins annuelle) et un comité de pilotage, tous deux présidés par le maire ou le président de l'EPCI (ou leur représentant) ; le comité de pilotage rédige un règlement intérieur ; le CLSM réunit au moins les élus, la psychiatrie publique et les usagers et aidants.",
        "A CLSM has a plenary assembly (at least yearly) and a steering committee, both chaired by the maire or the EPCI's president (or their representative); the committee writes a règlement intérieur; the CLSM brings together at least elected officials, public psychiatry, and users and carers.",
    ),
    description: Text::doc(
        "Vérifie la présence de l'assemblée plénière et du comité de pilotage, leur présidence par une commune ou un EPCI, le rythme au moins annuel de la plénière, l'adoption du règlement intérieur et la présence parmi les acteurs d'une collectivité, de la psychiatrie et d'une association d'usagers ou d'aidants.",
        "Checks that the plenary assembly and the steering committee exist, are chaired by a commune or an EPCI, that the plenary meets at least yearly, that the règlement intérieur is adopted, and that the actors include a local authority, psychiatry and a users' or carers' association.",
    ),
    limits: Some(Text::doc(
        "La présence de l'ARS et du préfet, recommandée, n'est pas exigée ; les représentants désignés par le maire ne se distinguent pas du maire dans le modèle.",
        "The presence of the ARS and the préfet, recommended, is not required; representatives appointed by the maire are not told apart from the maire in the model.",
    )),
    transition: None,
    requires: &[],
    parameters: &[],
    messages: &[
        Message::new(
            "presidence_pleniere",
            "CLSM : l'assemblée plénière n'est pas présidée par le maire ou le président de l'EPCI.",
            "CLSM: the plenary assembly is not chaired by the maire or the EPCI's president.",
        ),
        Message::new(
            "presidence_copil",
            "CLSM : le comité de pilotage n'est pas présidé par le maire ou le président de l'EPCI.",
            "CLSM: the steering committee is not chaired by the maire or the EPCI's president.",
        ),
        Message::new(
            "rythme",
            "CLSM : l'assemblée plénière ne se réunit pas au moins une fois par an.",
            "CLSM: the plenary assembly does not meet at least once a year.",
        ),
        Message::new(
            "reglement_interieur",
            "CLSM : le comité de pilotage n'a pas de règlement intérieur.",
            "CLSM: the steering committee has no règlement intérieur.",
        ),
        Message::new(
            "instances_manquantes",
            "CLSM : instances manquantes : {instances}.",
            "CLSM: missing bodies: {instances}.",
        ),
        Message::new(
            "membres_absents",
            "CLSM : membres absents : {membres}.",
            "CLSM: missing members: {membres}.",
        ),
    ],
    check: Check::Document(check_gov005),
};

fn check_gov005(ctx: &Ctx<'_>, out: &mut Sink) {
    let Document::ConseilLocalSanteMentale(c) = ctx.doc else {
        return;
    };
    let mut missing = Vec::new();
    for (n, fr, en, chair_key) in [
        (
            NatureInstance::AssembleePleniere,
            "l'assemblée plénière",
            "the plenary assembly",
            "presidence_pleniere",
        ),
        (
            NatureInstance::Copil,
            "le comité de pilotage",
            "the steering committee",
            "presidence_copil",
        ),
    ] {
        let found = instances_of(&c.instances, n);
        if found.is_empty() {
            missing.push((n, fr, en));
        }
        for (i, inst) in found {
            if !inst.presidence.is_empty() && !is_chair_ok(ctx.doc, inst) {
                let p = format!("/instances/{i}/presidence");
                out.push(
                    Finding::at(p.clone())
                        .parameter("presidence_admise", vec!["commune", "epci", "ept"])
                        .param("what", format!("{n}: presidence"))
                        .variant(chair_key)
                        .input(
                            p,
                            inst.presidence
                                .iter()
                                .map(|id| {
                                    util::nature(ctx.doc, id)
                                        .map(|x| x.to_string())
                                        .unwrap_or_default()
                                })
                                .collect::<Vec<_>>(),
                        ),
                );
            }
            if n == NatureInstance::AssembleePleniere {
                if let Some(r) = inst.rythme.filter(|r| r.per_year() < 1) {
                    let p = format!("/instances/{i}/rythme");
                    out.push(
                        Finding::at(p.clone())
                            .param("what", format!("rythme {r}"))
                            .variant("rythme")
                            .input(p, r.to_string())
                            .parameter("reunions_par_an_min", 1),
                    );
                }
            }
            if n == NatureInstance::Copil && inst.reglement_interieur == Some(false) {
                let p = format!("/instances/{i}/reglement_interieur");
                out.push(
                    Finding::at(p.clone())
                        .parameter("attendu", true)
                        .param("what", "reglement_interieur: false")
                        .variant("reglement_interieur")
                        .input(p, false),
                );
            }
        }
    }
    if !missing.is_empty() {
        out.push(
            Finding::at("/instances")
                .parameter("instances_requises", vec!["assemblee_pleniere", "copil"])
                .param(
                    "what",
                    missing.iter().map(|m| m.0.to_string()).collect::<Vec<_>>(),
                )
                .variant("instances_manquantes")
                .localized(
                    "instances",
                    missing.iter().map(|m| m.1).collect::<Vec<_>>().join(", "),
                    missing.iter().map(|m| m.2).collect::<Vec<_>>().join(", "),
                )
                .input(
                    "/instances",
                    c.instances
                        .iter()
                        .map(|i| i.nature.to_string())
                        .collect::<Vec<_>>(),
                ),
        );
    }
    let natures: Vec<NatureActeur> = c.acteurs.iter().map(|a| a.nature).collect();
    let mut absent: Vec<(&str, &str, &str)> = Vec::new();
    if !natures.iter().any(|n| {
        matches!(
            n,
            NatureActeur::Commune
                | NatureActeur::Epci
                | NatureActeur::Ept
                | NatureActeur::Petr
                | NatureActeur::Pays
                | NatureActeur::SyndicatMixte
                | NatureActeur::CollectiviteOutreMer
        )
    }) {
        absent.push(("elus", "les élus locaux", "local elected officials"));
    }
    if !natures.iter().any(|n| {
        matches!(
            n,
            NatureActeur::Psychiatrie | NatureActeur::CentreHospitalier
        )
    }) {
        absent.push((
            "psychiatrie",
            "la psychiatrie publique",
            "public psychiatry",
        ));
    }
    if !natures.contains(&NatureActeur::AssociationUsagers) {
        absent.push((
            "usagers_aidants",
            "les usagers et aidants",
            "users and carers",
        ));
    }
    if !c.acteurs.is_empty() && !absent.is_empty() {
        out.push(
            Finding::at("/acteurs")
                .parameter(
                    "membres_requis",
                    vec!["elus", "psychiatrie", "usagers_aidants"],
                )
                .param("what", absent.iter().map(|m| m.0).collect::<Vec<_>>())
                .variant("membres_absents")
                .localized(
                    "membres",
                    absent.iter().map(|m| m.1).collect::<Vec<_>>().join(", "),
                    absent.iter().map(|m| m.2).collect::<Vec<_>>().join(", "),
                )
                .input(
                    "/acteurs",
                    natures.iter().map(|n| n.to_string()).collect::<Vec<_>>(),
                ),
        );
    }
}
