//! LIF-002.

use super::*;

/// LIF-002: the statut agrees with the dates at as_of.
pub static LIF_002: Rule = Rule {
    code: "LIF-002",
    severity: Severity::Error,
    category: Category::Invariant,
    applies_to: &[crate::model::DocumentKind::ContratLocalSante, crate::model::DocumentKind::ContratDeVille],
    in_force: InForce::ALWAYS,
    sources: &[sources::LOI_2014_173_ART6, sources::LF_2019, sources::LF_2022, sources::MODELE_COHERENCE],
    title: Text::doc("Statut incohérent avec les dates", "Statut inconsistent with dates"),
    message: Text::new(
        "Statut « {statut} » incohérent au {as_of} : {reason}.",
        "Statut \"{statut}\" inconsistent on {as_of}: {reason}.",
    ),
    help: Text::new(
        "Mettez le statut à jour, ou complétez les dates (période, avenant de prorogation avec sa nouvelle fin).",
        "Update the statut, or complete the dates (period, prorogation amendment with its new end).",
    ),
    description: Text::doc(
        "« en vigueur » suppose début ≤ date ≤ fin ; « échu » suppose la fin dépassée (prorogations comprises) ; « prorogé » suppose un avenant ou une loi de prorogation avec sa nouvelle fin ; « signé » suppose une date de signature.",
        "\"en_vigueur\" requires start ≤ date ≤ end; \"echu\" requires the end passed (prorogations included); \"proroge\" requires an amendment or a law with the new end; \"signe\" requires a signature date.",
    ),
    limits: Some(Text::doc(
        "Les contrats de ville de 2015 échus en 2021-2023 et en vigueur après 2023 relèvent de LIF-003 et CV-004, plus précis.",
        "2015 contrats de ville shown expired in 2021-2023 or in force after 2023 are left to the more precise LIF-003 and CV-004.",
    )),
    transition: None,
    requires: &[],
    parameters: &[&params::CV_2015_FIN_DERNIERE],
    messages: &[
        Message::new(
            "pas_commence",
            "Statut « {statut} » incohérent au {as_of} : la période n'a pas commencé.",
            "Statut \"{statut}\" inconsistent on {as_of}: the period has not started.",
        ),
        Message::new(
            "fin_depassee",
            "Statut « {statut} » incohérent au {as_of} : la fin de validité est dépassée.",
            "Statut \"{statut}\" inconsistent on {as_of}: the end of validity has passed.",
        ),
        Message::new(
            "fin_non_atteinte",
            "Statut « {statut} » incohérent au {as_of} : la fin de validité n'est pas atteinte.",
            "Statut \"{statut}\" inconsistent on {as_of}: the end of validity has not been reached.",
        ),
        Message::new(
            "sans_acte",
            "Statut « {statut} » incohérent au {as_of} : aucun avenant ni loi de prorogation avec nouvelle fin n'est indiqué.",
            "Statut \"{statut}\" inconsistent on {as_of}: no amendment or law giving a new end is recorded.",
        ),
        Message::new(
            "echu_meme_proroge",
            "Statut « {statut} » incohérent au {as_of} : même prorogé, le dispositif est échu.",
            "Statut \"{statut}\" inconsistent on {as_of}: even prorogued, the scheme has expired.",
        ),
        Message::new(
            "sans_signature",
            "Statut « {statut} » incohérent au {as_of} : aucune date de signature.",
            "Statut \"{statut}\" inconsistent on {as_of}: no signature date.",
        ),
    ],
    check: Check::Document(check_lif002),
};

fn check_lif002(ctx: &Ctx<'_>, out: &mut Sink) {
    let doc = ctx.doc;
    let as_of = ctx.as_of;
    let (word, state) = match doc {
        Document::ContratLocalSante(c) => match c.statut.as_ref().and_then(|s| s.known()) {
            Some(s) => (s.to_string(), state_cls(*s)),
            None => return,
        },
        Document::ContratDeVille(c) => match c.statut.as_ref().and_then(|s| s.known()) {
            Some(s) => (s.to_string(), state_cv(*s)),
            None => return,
        },
        _ => return,
    };
    let d = util::dates(doc);
    let start = d.periode.and_then(|p| p.debut).or(d.signature.map(|s| s.1));
    let end = effective_end(doc, as_of);
    let cv2015 = is_cv2015(doc);
    // The sentence's key, and the English reason the report's parameters carry.
    let fr = |key: &'static str, en: &str| (key, en.to_string());
    let reason = match state {
        State::EnVigueur => {
            if start.is_some_and(|s| s.after(as_of).is_yes()) {
                Some(fr("pas_commence", "the period has not started"))
            } else if end.is_some_and(|e| e.before(as_of).is_yes())
                && !(cv2015 && as_of > params::CV_2015_FIN_DERNIERE.value)
            {
                Some(fr("fin_depassee", "the end of validity has passed"))
            } else {
                None
            }
        }
        State::Echu => {
            // Not when a 2015 contrat de ville's own end may have passed (prorogued by law).
            let own_end_passed = d
                .periode
                .and_then(|p| p.fin)
                .map_or(Answer::No, |f| f.before(as_of));
            if end.is_some_and(|e| e.on_or_after(as_of).is_yes())
                && (!cv2015 || own_end_passed.is_no())
            {
                Some(fr(
                    "fin_non_atteinte",
                    "the end of validity has not been reached",
                ))
            } else {
                None
            }
        }
        State::Proroge => {
            let has_act = d.avenants.iter().any(|(_, _, n)| n.is_some()) || cv2015;
            if !has_act {
                Some(fr(
                    "sans_acte",
                    "no amendment or law giving a new end is recorded",
                ))
            } else if end.is_some_and(|e| e.before(as_of).is_yes())
                && !(cv2015 && as_of > params::CV_2015_FIN_DERNIERE.value)
            {
                Some(fr(
                    "echu_meme_proroge",
                    "even prorogued, the scheme has expired",
                ))
            } else {
                None
            }
        }
        State::Signe => {
            if d.signature.is_none()
                && util::signataires(doc)
                    .iter()
                    .all(|s| s.date_signature.is_none())
            {
                Some(fr("sans_signature", "no signature date"))
            } else {
                None
            }
        }
        State::Other => None,
    };
    if let Some((key, ren)) = reason {
        let mut f = Finding::at("/statut")
            .param("statut", word.clone())
            .param("as_of", as_of.to_string())
            .variant(key)
            .param("reason", ren)
            .input("/statut", word)
            .parameter("as_of", as_of.to_string());
        if let Some(e) = end {
            f = f.parameter("fin_effective", e.to_string());
        }
        if let Some(s) = start {
            f = f.parameter("debut", s.to_string());
        }
        out.push(f);
    }
}
