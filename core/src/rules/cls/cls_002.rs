//! CLS-002.

use super::*;

/// CLS-002: the scope of a CLS.
pub static CLS_002: Rule = Rule {
    code: "CLS-002",
    severity: Severity::Error,
    category: Category::Value,
    applies_to: &[DocumentKind::ContratLocalSante],
    in_force: params::ARS_DEPUIS.since(),
    sources: &[sources::CSP_L1434_10, sources::SEED_ASV_2019],
    title: Text::doc("Champ du contrat local de santé", "Scope of the contrat local de santé"),
    message: Text::new(
        "{item} ne relève pas du champ du CLS : {reason}.",
        "{item} is outside the scope of a CLS: {reason}.",
    ),
    help: Text::new(
        "Rattachez l'axe ou l'action à la promotion de la santé, la prévention, les politiques de soins ou l'accompagnement médico-social (et social depuis le 28 janvier 2016), en précisant ses thématiques ; un déterminant (logement, transport, environnement) se classe par son effet sur la santé (ex. « habitat_indigne », « sante_environnement »).",
        "Attach the axis or action to health promotion, prevention, care policies or medico-social support (and social support since 28 January 2016), stating its themes; a determinant (housing, transport, environment) is classified by its effect on health (e.g. \"habitat_indigne\", \"sante_environnement\").",
    ),
    description: Text::doc(
        "Le CLS porte « sur la promotion de la santé, la prévention, les politiques de soins et l'accompagnement médico-social » ; la loi n° 2016-41 (en vigueur le 28 janvier 2016) y ajoute l'accompagnement social. Un axe, une action ou le CLS lui-même dont les seules thématiques sont « autre » ne se classe dans aucun de ces champs ; un axe ou une action purement sociaux (« precarite ») n'en relèvent que pour un CLS conclu depuis le 28 janvier 2016.",
        "A CLS covers \"health promotion, prevention, care policies and medico-social support\"; law 2016-41 (in force 28 January 2016) adds social support. An axis, an action or the CLS itself whose only theme is \"autre\" falls in none of these fields; a purely social axis or action (\"precarite\") is in scope only for a CLS concluded since 28 January 2016.",
    ),
    limits: Some(Text::doc(
        "La règle ne juge que les thématiques déclarées : un axe ou une action sans thématique n'est pas vérifié. La date de conclusion est la date de signature (à défaut, la dernière signature ou le début de la période).",
        "The rule only judges declared themes: an axis or action without themes is not checked. The conclusion date is the signature date (else the last signature or the start of the period).",
    )),
    transition: None,
    requires: &[],
    parameters: &[&params::ARS_DEPUIS, &params::SANTE_2016_DEPUIS],
    messages: &[
        Message::new(
            "cls_hors_champ",
            "Le CLS ne relève pas du champ du CLS : aucune thématique de santé (seulement « autre »).",
            "The CLS is outside the scope of a CLS: no health theme (only \"autre\").",
        ),
        Message::new(
            "axe_hors_champ",
            "L'axe ne relève pas du champ du CLS : aucune thématique de santé (seulement « autre »).",
            "The axis is outside the scope of a CLS: no health theme (only \"autre\").",
        ),
        Message::new(
            "action_hors_champ",
            "L'action ne relève pas du champ du CLS : aucune thématique de santé (seulement « autre »).",
            "The action is outside the scope of a CLS: no health theme (only \"autre\").",
        ),
        Message::new(
            "cls_social_avant_2016",
            "Le CLS ne relève pas du champ du CLS : l'accompagnement social n'entre dans le champ du CLS que depuis le {depuis}.",
            "The CLS is outside the scope of a CLS: social support is in the scope of a CLS only since {depuis}.",
        ),
        Message::new(
            "axe_social_avant_2016",
            "L'axe ne relève pas du champ du CLS : l'accompagnement social n'entre dans le champ du CLS que depuis le {depuis}.",
            "The axis is outside the scope of a CLS: social support is in the scope of a CLS only since {depuis}.",
        ),
        Message::new(
            "action_social_avant_2016",
            "L'action ne relève pas du champ du CLS : l'accompagnement social n'entre dans le champ du CLS que depuis le {depuis}.",
            "The action is outside the scope of a CLS: social support is in the scope of a CLS only since {depuis}.",
        ),
    ],
    check: Check::Document(check_cls002),
};

fn check_cls002(ctx: &Ctx<'_>, out: &mut Sink) {
    let Document::ContratLocalSante(c) = ctx.doc else {
        return;
    };
    let concluded = util::conclusion(ctx.doc);
    let social_in_scope = concluded
        .as_ref()
        .is_none_or(|(_, d)| d.on_or_after(SOCIAL_SINCE).is_yes());
    // (list, index in it): the path is rendered only for an item that is reported.
    // The item's key prefixes the key of the sentence said about it.
    type Item<'a> = (Option<(&'a str, usize)>, &'a str, &'a [Thematique]);
    let mut items: Vec<Item<'_>> = vec![(None, "cls", &c.thematiques)];
    for (i, n) in c.strategie.iter().enumerate() {
        items.push((Some(("strategie", i)), "axe", &n.thematiques));
    }
    for (i, a) in c.actions.iter().enumerate() {
        items.push((Some(("actions", i)), "action", &a.thematiques));
    }
    for (at, item, th) in items {
        if th.is_empty() {
            continue;
        }
        let path = || match at {
            Some((list, i)) => format!("/{list}/{i}/thematiques"),
            None => "/thematiques".to_string(),
        };
        let finding = if th.iter().all(|t| *t == Thematique::Autre) {
            Some(
                Finding::at(path())
                    .param("reason", "hors_champ")
                    .variant(match item {
                        "cls" => "cls_hors_champ",
                        "axe" => "axe_hors_champ",
                        _ => "action_hors_champ",
                    }),
            )
        } else if !social_in_scope
            && th.contains(&Thematique::Precarite)
            && th
                .iter()
                .all(|t| matches!(t, Thematique::Precarite | Thematique::Autre))
        {
            let mut f = Finding::at(path())
                .param("reason", "social_avant_2016")
                .variant(match item {
                    "cls" => "cls_social_avant_2016",
                    "axe" => "axe_social_avant_2016",
                    _ => "action_social_avant_2016",
                })
                .display("depuis", SOCIAL_SINCE.to_string())
                .parameter("champ_social_depuis", SOCIAL_SINCE.to_string());
            if let Some((p, d)) = &concluded {
                f = f.input(p.clone(), d.to_string());
            }
            Some(f)
        } else {
            None
        };
        if let Some(f) = finding {
            let words: Vec<String> = th.iter().map(|t| t.to_string()).collect();
            out.push(f.param("item", path()).input(path(), words));
        }
    }
}
