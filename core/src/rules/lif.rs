//! LIF-*: lifecycle — statut vocabulary, statut consistent with dates, legal prorogations.

use super::util;
use super::*;
use crate::model::{Document, GenerationCv, StatutCls, StatutCv};
use crate::report::{Category, InForce, Severity};

/// LIF-001: the statut belongs to the instrument's vocabulary.
pub static LIF_001: Rule = Rule {
    code: "LIF-001",
    severity: Severity::Error,
    category: Category::Value,
    applies_to: &[],
    in_force: InForce::ALWAYS,
    sources: &[
        Source::new(
            SourceKind::Terrain,
            "IREV, réseau ASV, synthèse du 28 novembre 2019 (« préfiguration », « amorçage », « en cours de signature »)",
            None,
        ),
        Source::new(
            SourceKind::Terrain,
            "IREV, rencontre régionale du 22 novembre 2016 (« 11 CLSM et 5 en projet »)",
            None,
        ),
        Source::new(SourceKind::ConnaissanceGenerale, "Vocabulaire des statuts du modèle", None),
    ],
    title: Text::new("Statut inconnu", "Unknown statut"),
    message: Text::new(
        "Statut « {statut} » inconnu pour ce dispositif ; statuts possibles : {allowed}.",
        "Unknown statut \"{statut}\" for this scheme; possible statuts: {allowed}.",
    ),
    help: Text::new(
        "Choisissez le statut dans le vocabulaire du dispositif.",
        "Choose the statut from the scheme's vocabulary.",
    ),
    description: Text::new(
        "Chaque dispositif a son vocabulaire de statuts : CLS (préfiguration, élaboration, signé, en vigueur, prorogé, évalué, échu, renouvelé), contrat de ville (en négociation, signé, en vigueur, prorogé, échu), ASV (préfiguration, amorçage, opérationnel, suspendu, arrêté), CLSM (en projet, installé), CTS (constitué, installé, renouvelé).",
        "Each scheme has its statut vocabulary: CLS (prefiguration, elaboration, signe, en_vigueur, proroge, evalue, echu, renouvele), contrat de ville (en_negociation, signe, en_vigueur, proroge, echu), ASV (prefiguration, amorcage, operationnel, suspendu, arrete), CLSM (en_projet, installe), CTS (constitue, installe, renouvele).",
    ),
    limits: Some(Text::new(
        "Le vocabulaire des statuts est une convention de modélisation tirée des documents de terrain, pas un texte officiel.",
        "The statut vocabulary is a modelling convention drawn from field documents, not an official text.",
    )),
    check: Check::Document(|ctx, out| {
        if let Some(s) = util::statut(ctx.doc) {
            if !s.known {
                out.push(
                    Finding::at("/statut")
                        .param("statut", s.word.chars().take(60).collect::<String>())
                        .param("allowed", s.allowed),
                );
            }
        }
    }),
};

/// The legal end of 2015-generation contrats de ville as known at `as_of`.
pub fn cv2015_legal_end(as_of: Date, outre_mer: bool) -> Date {
    // LF 2019 (loi 2018-1317 du 28 déc. 2018, art. 181) → 2022-12-31;
    // LF 2022 (loi 2021-1900 du 30 déc. 2021, art. 68) → 2023-12-31;
    // LF 2024 (overseas) → 2024-12-31.
    if outre_mer && as_of >= Date::ymd(2023, 12, 29) {
        Date::ymd(2024, 12, 31)
    } else if as_of >= Date::ymd(2021, 12, 31) {
        Date::ymd(2023, 12, 31)
    } else if as_of >= Date::ymd(2018, 12, 30) {
        Date::ymd(2022, 12, 31)
    } else {
        Date::ymd(2020, 12, 31)
    }
}

/// Whether a contrat de ville belongs to the 2015 generation (declared, or signed 2014-2016).
pub fn is_cv2015(doc: &Document) -> bool {
    match doc {
        Document::ContratDeVille(c) => match c.generation {
            Some(GenerationCv::G2015) => true,
            Some(GenerationCv::G2024) => false,
            None => c
                .date_signature
                .or(c.periode.and_then(|p| p.debut))
                .is_some_and(|d| (2014..=2016).contains(&d.year())),
        },
        _ => false,
    }
}

/// The end of validity at `as_of`, counting amendments already made and, for 2015 contrats de
/// ville, the legal prorogations.
pub fn effective_end(doc: &Document, as_of: Date) -> Option<Date> {
    let d = util::dates(doc);
    let mut end = d.periode.and_then(|p| p.fin);
    for (_, act, nf) in &d.avenants {
        if let Some(n) = nf {
            if act.is_none_or(|a| a <= as_of) && end.is_none_or(|e| *n > e) {
                end = Some(*n);
            }
        }
    }
    if is_cv2015(doc) {
        let legal = cv2015_legal_end(as_of, util::is_outre_mer(doc));
        if end.is_none_or(|e| legal > e) {
            end = Some(legal);
        }
    }
    end
}

/// LIF-002: the statut agrees with the dates at as_of.
pub static LIF_002: Rule = Rule {
    code: "LIF-002",
    severity: Severity::Error,
    category: Category::Invariant,
    applies_to: &[crate::model::DocumentKind::ContratLocalSante, crate::model::DocumentKind::ContratDeVille],
    in_force: InForce::ALWAYS,
    sources: &[
        Source::new(SourceKind::ConnaissanceGenerale, "Cohérence statut / dates (modèle)", None),
        Source::new(
            SourceKind::Loi,
            "Loi n° 2014-173, art. 6 et prorogations (LF 2019 art. 181, LF 2022 art. 68)",
            Some("https://www.legifrance.gouv.fr/loda/article_lc/LEGIARTI000028638825"),
        ),
    ],
    title: Text::new("Statut incohérent avec les dates", "Statut inconsistent with dates"),
    message: Text::new(
        "Statut « {statut} » incohérent au {as_of} : {reason}.",
        "Statut \"{statut}\" inconsistent on {as_of}: {reason}.",
    ),
    help: Text::new(
        "Mettez le statut à jour, ou complétez les dates (période, avenant de prorogation avec sa nouvelle fin).",
        "Update the statut, or complete the dates (period, prorogation amendment with its new end).",
    ),
    description: Text::new(
        "« en vigueur » suppose début ≤ date ≤ fin ; « échu » suppose la fin dépassée (prorogations comprises) ; « prorogé » suppose un avenant ou une loi de prorogation avec sa nouvelle fin ; « signé » suppose une date de signature.",
        "\"en_vigueur\" requires start ≤ date ≤ end; \"echu\" requires the end passed (prorogations included); \"proroge\" requires an amendment or a law with the new end; \"signe\" requires a signature date.",
    ),
    limits: Some(Text::new(
        "Les contrats de ville de 2015 échus en 2021-2023 et en vigueur après 2023 relèvent de LIF-003 et CV-004, plus précis.",
        "2015 contrats de ville shown expired in 2021-2023 or in force after 2023 are left to the more precise LIF-003 and CV-004.",
    )),
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
    let fr = |fr: &str, en: &str| (fr.to_string(), en.to_string());
    let reason = match state {
        State::EnVigueur => {
            if start.is_some_and(|s| as_of < s) {
                Some(fr(
                    "la période n'a pas commencé",
                    "the period has not started",
                ))
            } else if end.is_some_and(|e| as_of > e) && !(cv2015 && as_of > Date::ymd(2023, 12, 31))
            {
                Some(fr(
                    "la fin de validité est dépassée",
                    "the end of validity has passed",
                ))
            } else {
                None
            }
        }
        State::Echu => {
            if end.is_some_and(|e| as_of <= e)
                && !(cv2015 && d.periode.and_then(|p| p.fin).is_some_and(|f| as_of > f))
            {
                Some(fr(
                    "la fin de validité n'est pas atteinte",
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
                    "aucun avenant ni loi de prorogation avec nouvelle fin n'est indiqué",
                    "no amendment or law giving a new end is recorded",
                ))
            } else if end.is_some_and(|e| as_of > e) && !(cv2015 && as_of > Date::ymd(2023, 12, 31))
            {
                Some(fr(
                    "même prorogé, le dispositif est échu",
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
                Some(fr("aucune date de signature", "no signature date"))
            } else {
                None
            }
        }
        State::Other => None,
    };
    if let Some((rfr, ren)) = reason {
        let mut f = Finding::at("/statut")
            .param("statut", word.clone())
            .param("as_of", as_of.to_string())
            .localized("reason", rfr, ren.clone())
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

enum State {
    EnVigueur,
    Echu,
    Proroge,
    Signe,
    Other,
}

fn state_cls(s: StatutCls) -> State {
    match s {
        StatutCls::EnVigueur => State::EnVigueur,
        StatutCls::Echu => State::Echu,
        StatutCls::Proroge => State::Proroge,
        StatutCls::Signe => State::Signe,
        _ => State::Other,
    }
}

fn state_cv(s: StatutCv) -> State {
    match s {
        StatutCv::EnVigueur => State::EnVigueur,
        StatutCv::Echu => State::Echu,
        StatutCv::Proroge => State::Proroge,
        StatutCv::Signe => State::Signe,
        StatutCv::EnNegociation => State::Other,
    }
}

/// LIF-003: a 2015 contrat de ville in 2021-2023 is prorogued by law, not expired.
pub static LIF_003: Rule = Rule {
    code: "LIF-003",
    severity: Severity::Warning,
    category: Category::BusinessRule,
    applies_to: &[crate::model::DocumentKind::ContratDeVille],
    in_force: InForce::between(Date::ymd(2021, 1, 1), Date::ymd(2023, 12, 31)),
    sources: &[
        Source::new(
            SourceKind::Loi,
            "Loi n° 2014-173, art. 6, prorogé par la loi de finances pour 2019 (art. 181) puis pour 2022 (art. 68)",
            Some("https://www.assemblee-nationale.fr/dyn/15/amendements/1255C/AN/2151"),
        ),
        Source::new(SourceKind::Guide, "Villes et territoires : prorogation des contrats de ville", Some("https://villes-et-territoires.fr/16709173-2/")),
    ],
    title: Text::new("Contrat de ville prorogé par la loi", "Contrat de ville prorogued by law"),
    message: Text::new(
        "Au {as_of}, ce contrat de ville de 2015 est prorogé par la loi jusqu'au {legal_end} : son statut devrait être « proroge », pas « echu ».",
        "On {as_of}, this 2015 contrat de ville is prorogued by law until {legal_end}: its statut should be \"proroge\", not \"echu\".",
    ),
    help: Text::new(
        "Passez le statut à « proroge » et, si besoin, ajoutez la prorogation légale dans « avenants ».",
        "Set the statut to \"proroge\" and, if needed, record the legal prorogation in \"avenants\".",
    ),
    description: Text::new(
        "Les contrats de ville 2015-2020 ont été prorogés par la loi jusqu'au 31 décembre 2022 (LF 2019) puis au 31 décembre 2023 (LF 2022) ; entre 2021 et 2023 ils ne sont pas échus.",
        "The 2015-2020 contrats de ville were prorogued by law to 31 December 2022 (LF 2019) then to 31 December 2023 (LF 2022); between 2021 and 2023 they have not expired.",
    ),
    limits: None,
    check: Check::Document(|ctx, out| {
        let Document::ContratDeVille(c) = ctx.doc else { return };
        if !is_cv2015(ctx.doc) {
            return;
        }
        if matches!(c.statut.as_ref().and_then(|s| s.known()), Some(StatutCv::Echu)) {
            let legal = cv2015_legal_end(ctx.as_of, util::is_outre_mer(ctx.doc));
            if ctx.as_of <= legal {
                out.push(
                    Finding::at("/statut")
                        .param("as_of", ctx.as_of.to_string())
                        .param("legal_end", legal.to_string())
                        .input("/statut", "echu")
                        .parameter("fin_legale", legal.to_string()),
                );
            }
        }
    }),
};

/// The LIF family.
pub static RULES: &[&Rule] = &[&LIF_001, &LIF_002, &LIF_003];
