//! ASV-*: ateliers santé ville (circulaire DIV/DGS du 13 juin 2000).

use super::util;
use super::*;
use crate::model::{Code, DegreParticipation, Document, DocumentKind, NatureActeur, StatutAsv};
use crate::report::{Category, InForce, Severity};

/// The IREV regional meeting of 22 November 2016 (seed).
const SEED_IREV_2016: Source = Source::new(
    SourceKind::Terrain,
    "IREV et ARS Hauts-de-France, rencontre régionale du 22 novembre 2016 (volet santé des contrats de ville)",
    None,
);

/// ASV-001: a dedicated coordinator and an eligible carrier.
pub static ASV_001: Rule = Rule {
    code: "ASV-001",
    severity: Severity::Warning,
    category: Category::Required,
    applies_to: &[DocumentKind::AtelierSanteVille],
    in_force: InForce::since(Date::ymd(2000, 6, 13)),
    sources: &[
        SEED_IREV_2016,
        Source::new(
            SourceKind::Guide,
            "ASH, « Ateliers santé ville : un pic de création en 2007 » (porteurs)",
            Some("https://ash.tm.fr/hebdo/2618/sur-le-terrain/ateliers-sante-ville-un-pic-de-creation-en-2007-398162.php"),
        ),
    ],
    title: Text::new("Coordination et porteur de l'ASV", "Coordinator and carrier of the ASV"),
    message: Text::new("Atelier santé ville : {what}.", "Atelier santé ville: {what}."),
    help: Text::new(
        "Un ASV repose sur une ingénierie dédiée (un coordinateur, en équivalent temps plein) et un porteur : commune, EPCI, CCAS, association ou GIP.",
        "An ASV relies on dedicated engineering (a coordinator, in full-time equivalent) and a carrier: commune, EPCI, CCAS, association or GIP.",
    ),
    description: Text::new(
        "Signale un ASV sans coordination (ou à 0 ETP), sans porteur, ou dont le porteur n'est ni une commune, ni un EPCI ou EPT, ni un CCAS, ni une association, ni un GIP (`autre`).",
        "Reports an ASV without coordination (or with 0 FTE), without a carrier, or whose carrier is neither a commune, an EPCI or EPT, a CCAS, an association nor a GIP (`autre`).",
    ),
    limits: Some(Text::new(
        "Un GIP se déclare de nature `autre`, que la règle accepte sans pouvoir le distinguer d'un autre organisme.",
        "A GIP is declared with nature `autre`, which the rule accepts without telling it from another body.",
    )),
    check: Check::Document(|ctx, out| {
        let Document::AtelierSanteVille(c) = ctx.doc else { return };
        match &c.coordination {
            None => out.push(
                Finding::at("/coordination").parameter("requis", "coordination")
                    .param("what", "coordination")
                    .localized("what", "aucune coordination dédiée n'est décrite", "no dedicated coordination is described")
                    .input("/coordination", Value::Null),
            ),
            Some(k) if k.etp.is_some_and(|e| e <= 0.0) => out.push(
                Finding::at("/coordination/etp").parameter("etp_minimum_exclu", 0)
                    .param("what", "etp")
                    .localized("what", "la coordination n'a aucun temps dédié (0 ETP)", "the coordination has no dedicated time (0 FTE)")
                    .input("/coordination/etp", k.etp.unwrap_or(0.0)),
            ),
            Some(_) => {}
        }
        match c.porteur.as_deref() {
            None => out.push(
                Finding::at("/porteur").parameter("natures_admises", vec!["commune", "epci", "ept", "ccas", "association", "autre"])
                    .param("what", "porteur")
                    .localized("what", "aucun porteur n'est indiqué", "no carrier is given")
                    .input("/porteur", Value::Null),
            ),
            Some(id) => {
                use NatureActeur as N;
                if let Some(n) = util::nature(ctx.doc, id) {
                    if !matches!(n, N::Commune | N::Epci | N::Ept | N::Ccas | N::Association | N::Autre) {
                        out.push(
                            Finding::at("/porteur")
                                .param("what", format!("porteur {n}"))
                                .localized(
                                    "what",
                                    format!("le porteur est de nature « {n} », pas une commune, un EPCI, un CCAS, une association ou un GIP"),
                                    format!("the carrier is of nature \"{n}\", not a commune, an EPCI, a CCAS, an association or a GIP"),
                                )
                                .input("/porteur", id)
                                .parameter("nature_porteur", n.to_string())
                                .parameter("natures_admises", vec!["commune", "epci", "ept", "ccas", "association", "autre"]),
                        );
                    }
                }
            }
        }
    }),
};

fn rank(s: StatutAsv) -> Option<u8> {
    match s {
        StatutAsv::Prefiguration => Some(0),
        StatutAsv::Amorcage => Some(1),
        StatutAsv::Operationnel => Some(2),
        StatutAsv::Suspendu | StatutAsv::Arrete => None,
    }
}

/// ASV-002: the ASV moves forward through préfiguration → amorçage → opérationnel.
pub static ASV_002: Rule = Rule {
    code: "ASV-002",
    severity: Severity::Warning,
    category: Category::Invariant,
    applies_to: &[DocumentKind::AtelierSanteVille],
    in_force: InForce::ALWAYS,
    sources: &[Source::new(
        SourceKind::Terrain,
        "IREV, réseau ASV, synthèse du 28 novembre 2019 (ASV « en cours de préfiguration ou en phase d'amorçage »)",
        None,
    )],
    title: Text::new("Cycle de vie de l'ASV", "Lifecycle of the ASV"),
    message: Text::new("Cycle de vie de l'ASV : {what}.", "Lifecycle of the ASV: {what}."),
    help: Text::new(
        "Un ASV avance de la préfiguration à l'amorçage puis à l'opérationnel ; un retour en arrière passe par une suspension ou un arrêt. Corrigez l'historique ou ajoutez l'étape manquante.",
        "An ASV moves from préfiguration to amorçage then operational; a step back goes through a suspension or a stop. Correct the history or add the missing step.",
    ),
    description: Text::new(
        "Trie l'historique des statuts par date et signale un retour à un stade antérieur (opérationnel → amorçage ou préfiguration, amorçage → préfiguration) qui ne suit pas une suspension ou un arrêt ; signale aussi un statut courant différent du dernier statut de l'historique.",
        "Sorts the statut history by date and reports a return to an earlier stage (operational → amorçage or préfiguration, amorçage → préfiguration) that does not follow a suspension or a stop; also reports a current statut that differs from the last one in the history.",
    ),
    limits: Some(Text::new(
        "L'étape « évalué » citée par le réseau ASV n'est pas un statut du vocabulaire (l'évaluation est décrite dans `methode`). Les entrées sans date ne sont pas ordonnées.",
        "The \"evaluated\" stage cited by the ASV network is not a statut of the vocabulary (evaluation is described in `methode`). Entries without a date are not ordered.",
    )),
    check: Check::Document(|ctx, out| {
        let Document::AtelierSanteVille(c) = ctx.doc else { return };
        let mut h: Vec<(usize, Date, StatutAsv)> = c
            .historique
            .iter()
            .enumerate()
            .filter_map(|(i, e)| Some((i, e.date?, *e.statut.known()?)))
            .collect();
        h.sort_by_key(|(i, d, _)| (*d, *i));
        let mut last_rank: Option<u8> = None;
        let mut prev: Option<StatutAsv> = None;
        for (i, d, s) in &h {
            match rank(*s) {
                None => last_rank = None,
                Some(r) => {
                    if let (Some(lr), Some(p)) = (last_rank, prev) {
                        if r < lr {
                            let path = format!("/historique/{i}/statut");
                            out.push(
                                Finding::at(path.clone()).parameter("ordre", vec!["prefiguration", "amorcage", "operationnel"])
                                    .param("de", p.to_string())
                                    .param("vers", s.to_string())
                                    .param("date", d.to_string())
                                    .param("what", "retour")
                                    .localized(
                                        "what",
                                        format!("retour de « {p} » à « {s} » le {d} sans suspension ni arrêt"),
                                        format!("step back from \"{p}\" to \"{s}\" on {d} without suspension or stop"),
                                    )
                                    .input(path, s.to_string())
                                    .input(format!("/historique/{i}/date"), d.to_string()),
                            );
                        }
                    }
                    last_rank = Some(r);
                }
            }
            prev = Some(*s);
        }
        if let (Some(Code::Known(cur)), Some((i, d, s))) = (&c.statut, h.iter().rfind(|(_, d, _)| *d <= ctx.as_of)) {
            if cur != s {
                out.push(
                    Finding::at("/statut")
                        .param("historique", s.to_string())
                        .param("statut", cur.to_string())
                        .param("date", d.to_string())
                        .param("what", "statut")
                        .localized(
                            "what",
                            format!("le statut « {cur} » diffère du dernier statut de l'historique (« {s} » le {d})"),
                            format!("the statut \"{cur}\" differs from the last statut of the history (\"{s}\" on {d})"),
                        )
                        .input("/statut", cur.to_string())
                        .input(format!("/historique/{i}/statut"), s.to_string())
                        .parameter("as_of", ctx.as_of.to_string()),
                );
            }
        }
    }),
};

/// ASV-003: diagnostic → programmation → évaluation, with habitants' participation.
pub static ASV_003: Rule = Rule {
    code: "ASV-003",
    severity: Severity::Warning,
    category: Category::BusinessRule,
    applies_to: &[DocumentKind::AtelierSanteVille],
    in_force: InForce::since(Date::ymd(2000, 6, 13)),
    sources: &[
        SEED_IREV_2016,
        Source::new(
            SourceKind::Circulaire,
            "Circulaire DIV/DGS n° 2000-324 du 13 juin 2000, annexe 4 (méthode des ASV)",
            Some("https://fabrique-territoires-sante.org/dynamiques-territoriales-de-sante/ateliers-sante-ville/historique-des-asv"),
        ),
    ],
    title: Text::new("Méthode de l'ASV", "Method of the ASV"),
    message: Text::new("Atelier santé ville ({statut}) : {what}.", "Atelier santé ville ({statut}): {what}."),
    help: Text::new(
        "La démarche ASV suit un diagnostic partagé, une programmation d'actions puis une évaluation, et s'appuie sur la participation des habitants (co-construction des priorités et des actions).",
        "The ASV approach follows a shared diagnostic, a programme of actions then an evaluation, and relies on habitants' participation (co-construction of priorities and actions).",
    ),
    description: Text::new(
        "Selon le statut : en amorçage, un diagnostic est attendu ; opérationnel (ou suspendu, arrêté, sans statut), diagnostic, programmation, évaluation (prévue ou faite) et une action participative de degré « concerter » ou plus. Les dates doivent se suivre : diagnostic ≤ début de programmation ≤ évaluation.",
        "By statut: in amorçage, a diagnostic is expected; operational (or suspended, stopped, no statut), diagnostic, programme, evaluation (planned or done) and a participatory action of degree \"concerter\" or more. Dates must follow each other: diagnostic ≤ programme start ≤ evaluation.",
    ),
    limits: None,
    check: Check::Document(|ctx, out| {
        let Document::AtelierSanteVille(c) = ctx.doc else { return };
        let statut = c.statut.as_ref().and_then(|s| s.known()).copied();
        if statut == Some(StatutAsv::Prefiguration) {
            return;
        }
        let word = statut.map(|s| s.to_string()).unwrap_or_else(|| "—".into());
        let m = c.methode.clone().unwrap_or_default();
        let full = statut != Some(StatutAsv::Amorcage);
        let mut missing: Vec<(&str, &str, &str)> = Vec::new();
        if m.diagnostic.is_none() {
            missing.push(("diagnostic", "diagnostic", "diagnostic"));
        }
        if full && m.programmation.is_none() {
            missing.push(("programmation", "programmation", "programme"));
        }
        if full && m.evaluation.is_none() {
            missing.push(("evaluation", "évaluation", "evaluation"));
        }
        if !missing.is_empty() {
            out.push(
                Finding::at("/methode").parameter("ordre", vec!["diagnostic", "programmation", "evaluation"])
                    .param("statut", word.clone())
                    .param("what", missing.iter().map(|x| x.0).collect::<Vec<_>>())
                    .localized(
                        "what",
                        format!("étapes de méthode manquantes : {}", missing.iter().map(|x| x.1).collect::<Vec<_>>().join(", ")),
                        format!("missing method steps: {}", missing.iter().map(|x| x.2).collect::<Vec<_>>().join(", ")),
                    )
                    .input("/statut", word.clone()),
            );
        }
        let d = m.diagnostic.as_ref().and_then(|x| x.date);
        let p = m.programmation.and_then(|x| x.debut);
        let e = m.evaluation.as_ref().and_then(|x| x.date);
        let order = [
            (d, p, "/methode/programmation/debut", "la programmation commence avant le diagnostic", "the programme starts before the diagnostic"),
            (p, e, "/methode/evaluation/date", "l'évaluation précède la programmation", "the evaluation precedes the programme"),
        ];
        for (a, b, path, fr, en) in order {
            if let (Some(a), Some(b)) = (a, b) {
                if b < a {
                    out.push(
                        Finding::at(path).parameter("ordre", vec!["diagnostic", "programmation", "evaluation"])
                            .param("statut", word.clone())
                            .param("what", "ordre")
                            .localized("what", format!("{fr} ({b} < {a})"), format!("{en} ({b} < {a})"))
                            .input(path, b.to_string()),
                    );
                }
            }
        }
        if full {
            let ok = c
                .participation
                .as_ref()
                .is_some_and(|p| p.actions.iter().any(|a| a.degre >= DegreParticipation::Concerter));
            if !ok {
                out.push(
                    Finding::at("/participation")
                        .param("statut", word)
                        .param("what", "participation")
                        .localized(
                            "what",
                            "aucune action participative au-delà de l'information ou de la consultation des habitants",
                            "no participatory action beyond informing or consulting habitants",
                        )
                        .input(
                            "/participation",
                            c.participation
                                .as_ref()
                                .map(|p| p.actions.iter().map(|a| a.degre.to_string()).collect::<Vec<_>>())
                                .unwrap_or_default(),
                        )
                        .parameter("degre_minimal", "concerter"),
                );
            }
        }
    }),
};

/// The ASV family.
pub static RULES: &[&Rule] = &[&ASV_001, &ASV_002, &ASV_003];
