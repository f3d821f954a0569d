//! CLS-*: contrats locaux de santé (L1434-10 IV CSP).

use super::util;
use super::*;
use crate::model::{
    ContratLocalSante, Document, DocumentKind, NatureActeur, NatureAvenant, NatureInstance,
    StatutCls, Thematique, TypeTerritoire,
};
use crate::report::{Category, InForce, Severity};

/// L1434-10 CSP on Légifrance.
pub const L1434_10: Source = Source::new(
    SourceKind::Loi,
    "Code de la santé publique, art. L1434-10 IV (ex-L1434-17)",
    Some("https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000045212913"),
);

/// CLS-001: the ARS and at least one collectivité are parties.
pub static CLS_001: Rule = Rule {
    code: "CLS-001",
    severity: Severity::Error,
    category: Category::Required,
    applies_to: &[DocumentKind::ContratLocalSante],
    in_force: InForce::since(Date::ymd(2010, 4, 1)),
    sources: &[
        L1434_10,
        Source::new(
            SourceKind::Guide,
            "Fabrique Territoires Santé, Contrats locaux de santé (signataires obligatoires : ARS et collectivité)",
            Some("https://www.fabrique-territoires-sante.org/theme/contrats-locaux-de-sante?page=2"),
        ),
    ],
    title: Text::new("Signataires obligatoires du CLS", "Mandatory CLS signatories"),
    message: Text::new(
        "Le contrat local de santé n'a pas parmi ses signataires : {missing}.",
        "The contrat local de santé lacks among its signatories: {missing}.",
    ),
    help: Text::new(
        "Ajoutez la signature de l'ARS (directeur général ou délégation départementale) et celle d'au moins une collectivité ou un groupement (commune, EPCI, PETR, département…).",
        "Add the signature of the ARS (director general or délégation départementale) and that of at least one collectivité or groupement (commune, EPCI, PETR, département…).",
    ),
    description: Text::new(
        "Le CLS est « conclu par l'agence, notamment avec les collectivités territoriales et leurs groupements » : sans l'ARS ou sans collectivité, ce n'est pas un CLS.",
        "A CLS is \"concluded by the agency, notably with local authorities and their groupings\": without the ARS or without a collectivité it is not a CLS.",
    ),
    limits: None,
    check: Check::Document(|ctx, out| {
        let Document::ContratLocalSante(c) = ctx.doc else { return };
        let natures: Vec<_> = c
            .signataires
            .iter()
            .filter_map(|s| util::nature(ctx.doc, &s.acteur))
            .collect();
        let mut missing_fr = Vec::new();
        let mut missing: Vec<&str> = Vec::new();
        if !natures.iter().any(|n| n.is_ars()) {
            missing.push("ars");
            missing_fr.push("l'ARS");
        }
        if !natures.iter().any(|n| n.is_collectivite()) {
            missing.push("collectivite");
            missing_fr.push("une collectivité territoriale ou un groupement");
        }
        if !missing.is_empty() {
            let en: Vec<&str> = missing
                .iter()
                .map(|m| if *m == "ars" { "the ARS" } else { "a local authority or grouping" })
                .collect();
            out.push(util::with_signataires(
                util::missing(ctx.doc, "/signataires")
                    .param("missing", missing.clone())
                    .localized("missing", missing_fr.join(" et "), en.join(" and ")),
                ctx.doc,
            ));
        }
    }),
};

const ARS_PACA: Source = Source::new(
    SourceKind::Guide,
    "ARS Provence-Alpes-Côte d'Azur, Contrats locaux de santé",
    Some("https://www.paca.ars.sante.fr/index.php/contrats-locaux-de-sante-3"),
);
const ARS_HDF: Source = Source::new(
    SourceKind::Guide,
    "ARS Hauts-de-France, Monter et piloter un contrat local de santé : guide méthodologique",
    Some("https://www.hauts-de-france.ars.sante.fr/monter-et-piloter-un-contrat-local-de-sante-cls-un-guide-methodologique-votre-disposition"),
);
const ORS_NA: Source = Source::new(
    SourceKind::Guide,
    "ORS Nouvelle-Aquitaine, Contrats locaux de santé (diagnostics, coordinateurs, indicateurs)",
    Some("https://www.ors-na.org/etudes/contrats-locaux-de-sante/"),
);
const SEED_IREV_2016: Source = Source::new(
    SourceKind::Terrain,
    "IREV et ARS Hauts-de-France, rencontre régionale du 22 novembre 2016 sur le volet santé des contrats de ville",
    None,
);
const SEED_ASV_2019: Source = Source::new(
    SourceKind::Terrain,
    "IREV, réseau des ateliers santé ville, synthèse du 28 novembre 2019",
    None,
);
const FTS_CLS: Source = Source::new(
    SourceKind::Guide,
    "Fabrique Territoires Santé, Contrats locaux de santé",
    Some("https://www.fabrique-territoires-sante.org/theme/contrats-locaux-de-sante?page=2"),
);
const MSM_CLS: Source = Source::new(
    SourceKind::Terrain,
    "CLS de la CA Mont-Saint-Michel-Normandie 2022-2027 (26 actions, 110 partenaires)",
    Some("https://www.msm-normandie.fr/en/vie-quotidienne/sante/1438-cls?layout=default&print=1&tmpl=component"),
);
const SAINT_FLOUR: Source = Source::new(
    SourceKind::Terrain,
    "CLS de Saint-Flour 2017-2022 (« dûment habilité par délibération en date du … »)",
    Some("https://lawinsider.com/fr/contracts/h0lRWmW71Lu"),
);
/// Circulaire of 5 December 2014 on the volet santé of contrats de ville.
pub const CIRC_2014_12_05: Source = Source::new(
    SourceKind::Circulaire,
    "Instruction interministérielle du 5 décembre 2014 relative à la prise en compte de la santé dans les contrats de ville",
    Some("https://directions.fr/Veille-juridique/dernieres-infos/organisation-reglementation-secteur/2015/1/Precisions-sur-l-elaboration-du-volet--sante--du-contrat-de-ville-2033262W"),
);
const LOI_3DS: Source = Source::new(
    SourceKind::Loi,
    "Loi n° 2022-217 du 21 février 2022 (3DS), art. 122, modifiant l'art. L1434-10 IV CSP",
    Some("https://www.doctrine.fr/dp/PW22F9435E4351F963EDF6/articles/PREPARTIB519743C389A37206CD7?sourcePage=PreparatoryWorkArticle&source=next_article"),
);
/// L1434-2 CSP: the PRS and the instruments implementing it.
pub const L1434_2: Source = Source::new(
    SourceKind::Loi,
    "Code de la santé publique, art. L1434-2 (projet régional de santé)",
    Some("https://french-business-law.com/french-legislation-art/article-l1434-2-of-the-french-public-health-code"),
);

/// The statut of a CLS, when known.
fn statut(c: &ContratLocalSante) -> Option<StatutCls> {
    c.statut.as_ref().and_then(|s| s.known()).copied()
}

/// Whether the CLS is still being prepared (no contract text yet).
fn in_preparation(c: &ContratLocalSante) -> bool {
    matches!(
        statut(c),
        Some(StatutCls::Prefiguration | StatutCls::Elaboration)
    )
}

const SOCIAL_SINCE: Date = Date::ymd(2016, 1, 28);

/// CLS-002: the scope of a CLS.
pub static CLS_002: Rule = Rule {
    code: "CLS-002",
    severity: Severity::Error,
    category: Category::Value,
    applies_to: &[DocumentKind::ContratLocalSante],
    in_force: InForce::since(Date::ymd(2010, 4, 1)),
    sources: &[L1434_10, SEED_ASV_2019],
    title: Text::new("Champ du contrat local de santé", "Scope of the contrat local de santé"),
    message: Text::new(
        "{item} ne relève pas du champ du CLS : {reason}.",
        "{item} is outside the scope of a CLS: {reason}.",
    ),
    help: Text::new(
        "Rattachez l'axe ou l'action à la promotion de la santé, la prévention, les politiques de soins ou l'accompagnement médico-social (et social depuis le 28 janvier 2016), en précisant ses thématiques ; un déterminant (logement, transport, environnement) se classe par son effet sur la santé (ex. « habitat_indigne », « sante_environnement »).",
        "Attach the axis or action to health promotion, prevention, care policies or medico-social support (and social support since 28 January 2016), stating its themes; a determinant (housing, transport, environment) is classified by its effect on health (e.g. \"habitat_indigne\", \"sante_environnement\").",
    ),
    description: Text::new(
        "Le CLS porte « sur la promotion de la santé, la prévention, les politiques de soins et l'accompagnement médico-social » ; la loi n° 2016-41 (en vigueur le 28 janvier 2016) y ajoute l'accompagnement social. Un axe, une action ou le CLS lui-même dont les seules thématiques sont « autre » ne se classe dans aucun de ces champs ; un axe ou une action purement sociaux (« precarite ») n'en relèvent que pour un CLS conclu depuis le 28 janvier 2016.",
        "A CLS covers \"health promotion, prevention, care policies and medico-social support\"; law 2016-41 (in force 28 January 2016) adds social support. An axis, an action or the CLS itself whose only theme is \"autre\" falls in none of these fields; a purely social axis or action (\"precarite\") is in scope only for a CLS concluded since 28 January 2016.",
    ),
    limits: Some(Text::new(
        "La règle ne juge que les thématiques déclarées : un axe ou une action sans thématique n'est pas vérifié. La date de conclusion est la date de signature (à défaut, la dernière signature ou le début de la période).",
        "The rule only judges declared themes: an axis or action without themes is not checked. The conclusion date is the signature date (else the last signature or the start of the period).",
    )),
    check: Check::Document(check_cls002),
};

fn check_cls002(ctx: &Ctx<'_>, out: &mut Sink) {
    let Document::ContratLocalSante(c) = ctx.doc else {
        return;
    };
    let concluded = util::conclusion(ctx.doc);
    let social_in_scope = concluded.as_ref().is_none_or(|(_, d)| *d >= SOCIAL_SINCE);
    // (list, index in it): the path is rendered only for an item that is reported.
    type Item<'a> = (Option<(&'a str, usize)>, &'a str, &'a str, &'a [Thematique]);
    let mut items: Vec<Item<'_>> = vec![(None, "Le CLS", "The CLS", &c.thematiques)];
    for (i, n) in c.strategie.iter().enumerate() {
        items.push((Some(("strategie", i)), "L'axe", "The axis", &n.thematiques));
    }
    for (i, a) in c.actions.iter().enumerate() {
        items.push((
            Some(("actions", i)),
            "L'action",
            "The action",
            &a.thematiques,
        ));
    }
    for (at, fr, en, th) in items {
        if th.is_empty() {
            continue;
        }
        let path = || match at {
            Some((list, i)) => format!("/{list}/{i}/thematiques"),
            None => "/thematiques".to_string(),
        };
        let finding = if th.iter().all(|t| *t == Thematique::Autre) {
            Some(Finding::at(path()).param("reason", "hors_champ").localized(
                "reason",
                "aucune thématique de santé (seulement « autre »)",
                "no health theme (only \"autre\")",
            ))
        } else if !social_in_scope
            && th.contains(&Thematique::Precarite)
            && th
                .iter()
                .all(|t| matches!(t, Thematique::Precarite | Thematique::Autre))
        {
            let mut f = Finding::at(path())
                .param("reason", "social_avant_2016")
                .localized(
                    "reason",
                    "l'accompagnement social n'entre dans le champ du CLS que depuis le 2016-01-28",
                    "social support is in the scope of a CLS only since 2016-01-28",
                )
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
            out.push(
                f.param("item", path())
                    .localized("item", fr, en)
                    .input(path(), words),
            );
        }
    }
}

/// CLS-003: the CLS cites the PRS it implements.
pub static CLS_003: Rule = Rule {
    code: "CLS-003",
    severity: Severity::Error,
    category: Category::Required,
    applies_to: &[DocumentKind::ContratLocalSante],
    in_force: InForce::since(Date::ymd(2010, 4, 1)),
    sources: &[L1434_2, L1434_10, SEED_IREV_2016],
    title: Text::new("Cohérence avec le projet régional de santé", "Coherence with the projet régional de santé"),
    message: Text::new(
        "Le contrat local de santé ne cite pas le projet régional de santé qu'il met en œuvre{detail}.",
        "The contrat local de santé does not cite the projet régional de santé it implements{detail}.",
    ),
    help: Text::new(
        "Renseignez « prs » : région, génération (1, 2 ou 3), période du PRS ou de son schéma régional de santé, intitulé.",
        "Fill in \"prs\": région, generation (1, 2 or 3), period of the PRS or of its schéma régional de santé, title.",
    ),
    description: Text::new(
        "Le PRS est mis en œuvre notamment par les contrats locaux de santé (L1434-2) ; le CLS est la « déclinaison locale du PRS » et doit déclarer sa cohérence avec le PRS de sa région en vigueur.",
        "The PRS is implemented notably through contrats locaux de santé (L1434-2); a CLS is the \"local declension of the PRS\" and must state its coherence with the PRS of its région in force.",
    ),
    limits: Some(Text::new(
        "Un CLS en préfiguration n'est pas vérifié. La concordance de la génération citée avec la date de signature relève de PRS-002, celle de la région d'ART-004.",
        "A CLS in préfiguration is not checked. Whether the cited generation fits the signature date is PRS-002's business, the région ART-004's.",
    )),
    check: Check::Document(|ctx, out| {
        let Document::ContratLocalSante(c) = ctx.doc else { return };
        if statut(c) == Some(StatutCls::Prefiguration) {
            return;
        }
        match &c.prs {
            None => out.push(util::missing(ctx.doc, "/prs").param("detail", "").display("detail", "")),
            Some(p) if p.region.is_none() && p.generation.is_none() && p.periode.is_none() && p.intitule.is_none() => {
                out.push(
                    util::missing(ctx.doc, "/prs")
                        .param("detail", "vide")
                        .localized("detail", " (la référence « prs » est vide)", " (the \"prs\" reference is empty)"),
                )
            }
            Some(_) => {}
        }
    }),
};

/// CLS-004: the CLS relies on a diagnostic local de santé.
pub static CLS_004: Rule = Rule {
    code: "CLS-004",
    severity: Severity::Warning,
    category: Category::Required,
    applies_to: &[DocumentKind::ContratLocalSante],
    in_force: InForce::since(Date::ymd(2010, 1, 1)),
    sources: &[ARS_PACA, ARS_HDF, ORS_NA],
    title: Text::new("Diagnostic local de santé", "Local health diagnostic"),
    message: Text::new(
        "Diagnostic local de santé : {problem}.",
        "Local health diagnostic: {problem}.",
    ),
    help: Text::new(
        "Référencez le diagnostic local de santé partagé sur lequel repose la programmation : sa date de remise et son auteur (ORS, bureau d'études, service de la collectivité).",
        "Reference the shared local health diagnostic the programme relies on: its delivery date and its author (ORS, consultancy, the collectivité's service).",
    ),
    description: Text::new(
        "Les guides des ARS font reposer le CLS sur un diagnostic local de santé partagé, réalisé avant la programmation : le document doit le référencer (date, auteur), et ce diagnostic ne peut être postérieur à la signature.",
        "ARS guides base a CLS on a shared local health diagnostic carried out before programming: the document must reference it (date, author), and it cannot postdate the signature.",
    ),
    limits: Some(Text::new(
        "Un CLS en préfiguration ou en élaboration n'est pas vérifié (son diagnostic peut être en cours).",
        "A CLS in préfiguration or élaboration is not checked (its diagnostic may be under way).",
    )),
    check: Check::Document(|ctx, out| {
        let Document::ContratLocalSante(c) = ctx.doc else { return };
        if in_preparation(c) {
            return;
        }
        let Some(d) = &c.diagnostic else {
            out.push(
                util::missing(ctx.doc, "/diagnostic")
                    .param("problem", "absent")
                    .localized("problem", "aucun diagnostic n'est référencé", "no diagnostic is referenced"),
            );
            return;
        };
        let mut missing: Vec<&str> = Vec::new();
        if d.date.is_none() {
            missing.push("date");
        }
        if d.auteur.is_none() {
            missing.push("auteur");
        }
        if !missing.is_empty() {
            out.push(
                util::missing(ctx.doc, "/diagnostic")
                    .param("problem", missing.clone())
                    .localized(
                        "problem",
                        format!("le diagnostic référencé n'indique pas : {}", missing.join(", ")),
                        format!("the referenced diagnostic does not state: {}", missing.join(", ")),
                    ),
            );
        }
        if let (Some(dd), Some((p, s))) = (d.date, util::conclusion(ctx.doc)) {
            if p != "/periode/debut" && dd > s {
                out.push(
                    Finding::at("/diagnostic/date")
                        .param("problem", "posterieur")
                        .localized(
                            "problem",
                            format!("daté du {dd}, il est postérieur à la signature du {s}"),
                            format!("dated {dd}, it postdates the signature of {s}"),
                        )
                        .input("/diagnostic/date", dd.to_string())
                        .input(p, s.to_string()),
                );
            }
        }
    }),
};

/// CLS-005: duration of a CLS.
pub static CLS_005: Rule = Rule {
    code: "CLS-005",
    severity: Severity::Warning,
    category: Category::BusinessRule,
    applies_to: &[DocumentKind::ContratLocalSante],
    in_force: InForce::since(Date::ymd(2010, 1, 1)),
    sources: &[
        ARS_PACA,
        MSM_CLS,
        SAINT_FLOUR,
        ARS_HDF,
        Source::new(SourceKind::ConnaissanceGenerale, "Durée minimale de 3 ans", None),
    ],
    title: Text::new("Durée du contrat local de santé", "Duration of the contrat local de santé"),
    message: Text::new(
        "Durée du CLS atypique : {reason}.",
        "Unusual CLS duration: {reason}.",
    ),
    help: Text::new(
        "Un CLS est conclu en général pour 5 ans (entre 3 et 6 ans) ; en Hauts-de-France, son terme est aligné sur celui du PRS. Vérifiez la période ou justifiez-la.",
        "A CLS usually runs for 5 years (between 3 and 6); in Hauts-de-France its end is aligned on the PRS's. Check the period or justify it.",
    ),
    description: Text::new(
        "Les ARS concluent les CLS « pour une durée de 5 ans » (ARS PACA ; exemples 2017-2022, 2022-2027) ; l'ARS Hauts-de-France aligne leur terme sur le PRS. La règle signale une période de moins de 3 ans ou de plus de 6 ans, et, en Hauts-de-France (région 32), une fin postérieure à celle du PRS cité.",
        "ARS conclude CLS \"for 5 years\" (ARS PACA; examples 2017-2022, 2022-2027); ARS Hauts-de-France aligns their end on the PRS. The rule flags a period under 3 years or over 6 years and, in Hauts-de-France (région 32), an end after that of the PRS cited.",
    ),
    limits: Some(Text::new(
        "La borne de 3 ans est une connaissance générale non vérifiée. La durée est celle de la période signée, avant avenants. L'alignement sur le PRS n'est vérifié qu'en Hauts-de-France, seule ARS dont la pratique est documentée ici.",
        "The 3-year bound is unverified general knowledge. The duration is that of the signed period, before amendments. Alignment on the PRS is only checked in Hauts-de-France, the only ARS whose practice is documented here.",
    )),
    check: Check::Document(|ctx, out| {
        let Document::ContratLocalSante(c) = ctx.doc else { return };
        let Some(per) = c.periode else { return };
        if let (Some(a), Some(b)) = (per.debut, per.fin) {
            let after = b.add_days(1);
            let (min, max) = (a.add_years(3), a.add_years(6));
            let reason = match (after, min, max) {
                (Some(e), Some(lo), _) if e < lo && a <= b => Some(("courte", "moins de 3 ans", "less than 3 years")),
                (Some(e), _, Some(hi)) if e > hi => Some(("longue", "plus de 6 ans", "more than 6 years")),
                _ => None,
            };
            if let Some((w, fr, en)) = reason {
                out.push(
                    Finding::at("/periode/fin")
                        .param("reason", w)
                        .localized("reason", format!("du {a} au {b}, {fr}"), format!("from {a} to {b}, {en}"))
                        .input("/periode/debut", a.to_string())
                        .input("/periode/fin", b.to_string())
                        .parameter("duree_min_ans", 3)
                        .parameter("duree_max_ans", 6),
                );
            }
        }
        let hdf = c.prs.as_ref().and_then(|p| p.region.as_deref()) == Some("32")
            || util::region(ctx.doc).as_deref() == Some("32");
        let prs_end = c.prs.as_ref().and_then(|p| p.periode).and_then(|p| p.fin);
        if let (true, Some(pe), Some(b)) = (hdf, prs_end, per.fin) {
            if b > pe {
                out.push(
                    Finding::at("/periode/fin")
                        .param("reason", "apres_prs")
                        .localized(
                            "reason",
                            format!("il court jusqu'au {b}, après la fin du PRS ({pe}) sur laquelle l'ARS Hauts-de-France aligne les CLS"),
                            format!("it runs until {b}, after the end of the PRS ({pe}) on which ARS Hauts-de-France aligns CLS"),
                        )
                        .input("/periode/fin", b.to_string())
                        .input("/prs/periode/fin", pe.to_string())
                        .parameter("region_alignee", "32"),
                );
            }
        }
    }),
};

/// CLS-006: governance of a CLS.
pub static CLS_006: Rule = Rule {
    code: "CLS-006",
    severity: Severity::Warning,
    category: Category::BusinessRule,
    applies_to: &[DocumentKind::ContratLocalSante],
    in_force: InForce::since(Date::ymd(2010, 1, 1)),
    sources: &[SEED_IREV_2016, ARS_HDF],
    title: Text::new("Comité de pilotage du CLS", "CLS steering committee"),
    message: Text::new(
        "Gouvernance du CLS : {problem}.",
        "CLS governance: {problem}.",
    ),
    help: Text::new(
        "Déclarez un comité de pilotage (« copil ») coprésidé par l'élu de la collectivité et par l'ARS (délégation départementale), ainsi qu'un comité technique et des groupes de travail.",
        "Declare a steering committee (\"copil\") co-chaired by the collectivité's elected official and by the ARS (délégation départementale), with a technical committee and working groups.",
    ),
    description: Text::new(
        "Sur le terrain, le CLS est piloté par « un COPIL piloté Élu/DT, un COTECH et des groupes de travail ». La règle signale un CLS sans comité de pilotage, ou dont le comité de pilotage n'est pas coprésidé par une collectivité et par l'ARS.",
        "In the field a CLS is steered by \"a COPIL chaired by the elected official and the ARS territorial delegation, a COTECH and working groups\". The rule flags a CLS without a steering committee, or whose committee is not co-chaired by a collectivité and the ARS.",
    ),
    limits: Some(Text::new(
        "Pratique de terrain et guide régional, non une obligation légale. Un CLS en préfiguration n'est pas vérifié ; l'absence de COTECH ou de groupes de travail n'est pas signalée.",
        "Field practice and regional guidance, not a legal duty. A CLS in préfiguration is not checked; a missing COTECH or working groups is not flagged.",
    )),
    check: Check::Document(|ctx, out| {
        let Document::ContratLocalSante(c) = ctx.doc else { return };
        if statut(c) == Some(StatutCls::Prefiguration) {
            return;
        }
        let copil = c
            .gouvernance
            .iter()
            .enumerate()
            .find(|(_, g)| g.nature == NatureInstance::Copil);
        let Some((i, g)) = copil else {
            out.push(
                util::missing(ctx.doc, "/gouvernance")
                    .param("problem", "sans_copil")
                    .localized("problem", "aucun comité de pilotage", "no steering committee"),
            );
            return;
        };
        let natures: Vec<NatureActeur> = g
            .presidence
            .iter()
            .filter_map(|p| util::nature(ctx.doc, p))
            .collect();
        let mut missing: Vec<&str> = Vec::new();
        let (mut fr, mut en) = (Vec::new(), Vec::new());
        if !natures.iter().any(|n| n.is_collectivite()) {
            missing.push("collectivite");
            fr.push("l'élu de la collectivité");
            en.push("the collectivité's elected official");
        }
        if !natures.iter().any(|n| n.is_ars()) {
            missing.push("ars");
            fr.push("l'ARS");
            en.push("the ARS");
        }
        if !missing.is_empty() {
            let path = if g.presidence.is_empty() {
                format!("/gouvernance/{i}")
            } else {
                format!("/gouvernance/{i}/presidence")
            };
            let mut f = util::missing(ctx.doc, path)
                .param("problem", missing)
                .localized(
                    "problem",
                    if fr.len() > 1 {
                        format!("la coprésidence du comité de pilotage n'associe ni {}", fr.join(" ni "))
                    } else {
                        format!("la coprésidence du comité de pilotage n'associe pas {}", fr.join(""))
                    },
                    if en.len() > 1 {
                        format!("the steering committee is co-chaired by neither {}", en.join(" nor "))
                    } else {
                        format!("the steering committee is not co-chaired by {}", en.join(""))
                    },
                );
            if !g.presidence.is_empty() {
                f = f.input(
                    format!("/gouvernance/{i}/presidence"),
                    natures.iter().map(|n| n.to_string()).collect::<Vec<_>>(),
                );
            }
            out.push(f);
        }
    }),
};

/// CLS-007: the CLS names a coordinator.
pub static CLS_007: Rule = Rule {
    code: "CLS-007",
    severity: Severity::Warning,
    category: Category::Required,
    applies_to: &[DocumentKind::ContratLocalSante],
    in_force: InForce::since(Date::ymd(2010, 1, 1)),
    sources: &[ORS_NA, SEED_IREV_2016],
    title: Text::new("Coordination du CLS", "CLS coordination"),
    message: Text::new(
        "Coordination du CLS : {problem}.",
        "CLS coordination: {problem}.",
    ),
    help: Text::new(
        "Indiquez la coordination : employeur du coordonnateur, temps (ETP), cofinancement éventuel de l'ARS. Le nom de la personne n'est pas nécessaire.",
        "State the coordination: the coordinator's employer, time (FTE), ARS co-funding if any. The person's name is not needed.",
    ),
    description: Text::new(
        "Un CLS s'appuie sur un coordonnateur (ingénierie dédiée), souvent cofinancé par l'ARS ; le réseau des coordonnateurs de CLS et les exemples de terrain (coordonnateur unique CLS/PRE à Château-Thierry) le confirment.",
        "A CLS relies on a coordinator (dedicated engineering), often co-funded by the ARS; the network of CLS coordinators and field examples (a single CLS/PRE coordinator at Château-Thierry) confirm it.",
    ),
    limits: Some(Text::new(
        "Un CLS en préfiguration n'est pas vérifié.",
        "A CLS in préfiguration is not checked.",
    )),
    check: Check::Document(|ctx, out| {
        let Document::ContratLocalSante(c) = ctx.doc else { return };
        if statut(c) == Some(StatutCls::Prefiguration) {
            return;
        }
        match &c.coordination {
            None => out.push(
                util::missing(ctx.doc, "/coordination")
                    .param("problem", "absente")
                    .localized("problem", "aucun coordonnateur n'est indiqué", "no coordinator is named"),
            ),
            Some(co) => {
                if let Some(etp) = co.etp {
                    if etp <= 0.0 {
                        out.push(
                            Finding::at("/coordination/etp")
                                .param("problem", "etp_nul")
                                .localized(
                                    "problem",
                                    "le temps de coordination est nul",
                                    "the coordination time is zero",
                                )
                                .input("/coordination/etp", etp),
                        );
                    }
                }
            }
        }
    }),
};

/// CLS-008: content of fiches action.
pub static CLS_008: Rule = Rule {
    code: "CLS-008",
    severity: Severity::Warning,
    category: Category::Required,
    applies_to: &[DocumentKind::ContratLocalSante],
    in_force: InForce::since(Date::ymd(2010, 1, 1)),
    sources: &[
        ARS_PACA,
        MSM_CLS,
        ORS_NA,
        Source::new(SourceKind::ConnaissanceGenerale, "Rubriques d'une fiche action", None),
    ],
    title: Text::new("Programmation et fiches action", "Programme and fiches action"),
    message: Text::new(
        "{what} : {missing}.",
        "{what}: {missing}.",
    ),
    help: Text::new(
        "Chaque fiche action indique son pilote, ses partenaires, ses publics, son calendrier, son budget ou ses financeurs et ses indicateurs d'évaluation.",
        "Each fiche action states its pilot, partners, publics, calendar, budget or financers and evaluation indicators.",
    ),
    description: Text::new(
        "Un CLS décline ses axes en objectifs puis en actions (« programmation d'actions ») ; chaque fiche action précise pilote, partenaires, publics, calendrier, budget ou financeurs et indicateurs d'évaluation. La règle signale un CLS signé sans action, et chaque action à laquelle manquent des rubriques.",
        "A CLS breaks its axes into objectives then actions (\"programmation d'actions\"); each fiche action states pilot, partners, publics, calendar, budget or financers and evaluation indicators. The rule flags a signed CLS without actions, and each action missing some of these.",
    ),
    limits: Some(Text::new(
        "Le territoire d'une action n'est pas exigé (à défaut, c'est le périmètre du CLS). La liste des rubriques est une pratique, non un texte. Le plan d'évaluation relève d'ART-008. Un CLS en préfiguration ou en élaboration n'est pas vérifié.",
        "An action's territory is not required (it defaults to the CLS perimeter). The list of items is practice, not a text. The evaluation plan is ART-008's business. A CLS in préfiguration or élaboration is not checked.",
    )),
    check: Check::Document(|ctx, out| {
        let Document::ContratLocalSante(c) = ctx.doc else { return };
        if in_preparation(c) {
            return;
        }
        if c.actions.is_empty() {
            out.push(
                util::missing(ctx.doc, "/actions")
                    .param("what", "cls")
                    .localized("what", "Programmation du CLS", "CLS programme")
                    .param("missing", "actions")
                    .localized("missing", "aucune fiche action", "no fiche action"),
            );
            return;
        }
        for (i, a) in c.actions.iter().enumerate() {
            let mut missing: Vec<&str> = Vec::new();
            if a.pilote.is_none() {
                missing.push("pilote");
            }
            if a.partenaires.is_empty() {
                missing.push("partenaires");
            }
            if a.publics.is_empty() {
                missing.push("publics");
            }
            if a.calendrier.is_none() {
                missing.push("calendrier");
            }
            if a.budget.is_none() && a.financements.is_empty() {
                missing.push("budget");
            }
            if a.indicateurs.is_empty() {
                missing.push("indicateurs");
            }
            if !missing.is_empty() {
                out.push(
                    Finding::at(format!("/actions/{i}"))
                        .param("what", a.id.chars().take(40).collect::<String>())
                        .localized(
                            "what",
                            format!("La fiche action {} n'indique pas", a.id.chars().take(40).collect::<String>()),
                            format!("Fiche action {} does not state", a.id.chars().take(40).collect::<String>()),
                        )
                        .param("missing", missing)
                        .input(format!("/actions/{i}/id"), a.id.clone())
                        .parameter(
                            "rubriques",
                            vec!["pilote", "partenaires", "publics", "calendrier", "budget", "indicateurs"],
                        ),
                );
            }
        }
    }),
};

/// Communes of Hauts-de-France with at least 50 000 inhabitants (INSEE legal populations, COG
/// 2026), for the regional guide's derogation to the EPCI scale for large cities.
const HDF_GRANDES_VILLES: [&str; 9] = [
    "02691", "59009", "59183", "59350", "59512", "59599", "60057", "62193", "80021",
];

/// CLS-009: perimeter of a CLS.
pub static CLS_009: Rule = Rule {
    code: "CLS-009",
    severity: Severity::Warning,
    category: Category::BusinessRule,
    applies_to: &[DocumentKind::ContratLocalSante],
    in_force: InForce::since(Date::ymd(2010, 1, 1)),
    sources: &[FTS_CLS, ARS_HDF, ARS_PACA],
    title: Text::new("Périmètre du contrat local de santé", "Perimeter of the contrat local de santé"),
    message: Text::new(
        "Périmètre du CLS : {problem}.",
        "CLS perimeter: {problem}.",
    ),
    help: Text::new(
        "Décrivez le périmètre par ses communes, son EPCI, son PETR ou pays (« autre »), ou le bassin de santé ; en Hauts-de-France, l'ARS recommande l'échelle de l'EPCI (dérogation pour les grandes villes).",
        "Describe the perimeter by its communes, EPCI, PETR or pays (\"autre\"), or health basin; in Hauts-de-France the ARS recommends the EPCI scale (with a derogation for large cities).",
    ),
    description: Text::new(
        "La loi ne fixe pas le périmètre d'un CLS : commune, EPCI, PETR ou pays, métropole, bassin de santé. Un département, une région ou un territoire de démocratie sanitaire n'en sont pas un périmètre habituel ; en Hauts-de-France le guide régional recommande l'EPCI. Un périmètre absent ne peut être vérifié.",
        "The law does not fix a CLS's perimeter: commune, EPCI, PETR or pays, métropole, health basin. A département, a région or a territoire de démocratie sanitaire are not usual perimeters; in Hauts-de-France the regional guide recommends the EPCI. A missing perimeter cannot be checked.",
    ),
    limits: Some(Text::new(
        "Le guide Hauts-de-France ne chiffre pas sa dérogation « grandes villes » : la règle l'accorde aux communes de 50 000 habitants ou plus (Saint-Quentin, Villeneuve-d'Ascq, Dunkerque, Lille, Roubaix, Tourcoing, Beauvais, Calais, Amiens ; populations légales, COG 2026).",
        "The Hauts-de-France guide gives no figure for its \"large cities\" derogation: the rule grants it to communes of 50,000 inhabitants or more (Saint-Quentin, Villeneuve-d'Ascq, Dunkerque, Lille, Roubaix, Tourcoing, Beauvais, Calais, Amiens; legal populations, COG 2026).",
    )),
    check: Check::Document(|ctx, out| {
        let Document::ContratLocalSante(c) = ctx.doc else { return };
        if c.perimetre.is_empty() {
            out.push(
                util::missing(ctx.doc, "/perimetre")
                    .param("problem", "absent")
                    .localized("problem", "aucun territoire n'est indiqué", "no territory is given"),
            );
            return;
        }
        for (i, t) in c.perimetre.iter().enumerate() {
            if matches!(
                t.kind,
                TypeTerritoire::Departement | TypeTerritoire::Region | TypeTerritoire::TerritoireDemocratieSanitaire
            ) {
                out.push(
                    Finding::at(format!("/perimetre/{i}"))
                        .param("problem", t.kind.to_string())
                        .localized(
                            "problem",
                            format!("« {} » n'est pas un périmètre habituel de CLS (commune, EPCI, PETR, bassin de santé)", t.kind),
                            format!("\"{}\" is not a usual CLS perimeter (commune, EPCI, PETR, health basin)", t.kind),
                        )
                        .input(format!("/perimetre/{i}/type"), t.kind.to_string()),
                );
            }
        }
        let hdf = util::region(ctx.doc).as_deref() == Some("32");
        let big_city = c.perimetre.iter().any(|t| {
            t.kind == TypeTerritoire::Commune
                && t.code.as_deref().is_some_and(|x| HDF_GRANDES_VILLES.contains(&x))
        });
        let only_communes = !big_city && c
            .perimetre
            .iter()
            .all(|t| matches!(t.kind, TypeTerritoire::Commune | TypeTerritoire::Qpv | TypeTerritoire::QuartierVeille));
        if hdf && only_communes {
            out.push(
                Finding::at("/perimetre")
                    .param("problem", "hdf_epci")
                    .localized(
                        "problem",
                        "en Hauts-de-France, l'ARS recommande l'échelle de l'EPCI plutôt que la commune",
                        "in Hauts-de-France the ARS recommends the EPCI scale rather than the commune",
                    )
                    .parameter("region", "32")
                    .parameter("echelle_recommandee", "epci"),
            );
        }
    }),
};

/// CLS-010: usual co-signatories.
pub static CLS_010: Rule = Rule {
    code: "CLS-010",
    severity: Severity::Information,
    category: Category::Informational,
    applies_to: &[DocumentKind::ContratLocalSante],
    in_force: InForce::since(Date::ymd(2010, 1, 1)),
    sources: &[SEED_IREV_2016, MSM_CLS, SAINT_FLOUR, ARS_HDF],
    title: Text::new("Cosignataires habituels du CLS", "Usual CLS co-signatories"),
    message: Text::new(
        "Le CLS n'a {what}.",
        "The CLS has {what}.",
    ),
    help: Text::new(
        "Les CLS associent souvent, au-delà de l'ARS et des collectivités : le préfet ou sous-préfet, le conseil départemental, la CPAM ou la MSA, les hôpitaux ou le GHT, les CPTS, l'Éducation nationale. En Hauts-de-France, le socle commun des signataires commence par le représentant de l'État.",
        "Beyond the ARS and collectivités, CLS often involve: the préfet or sous-préfet, the conseil départemental, the CPAM or MSA, hospitals or the GHT, CPTS, Éducation nationale. In Hauts-de-France the common base of signatories starts with the State's representative.",
    ),
    description: Text::new(
        "Signal descriptif : un CLS signé par la seule ARS et ses collectivités est possible, mais les CLS associent d'ordinaire d'autres partenaires (préfet, département, assurance maladie, hôpitaux, CPTS, Éducation nationale). En Hauts-de-France, l'absence du représentant de l'État est signalée.",
        "Descriptive signal: a CLS signed by the ARS and its collectivités alone is possible, but CLS usually involve other partners (préfet, département, health insurance, hospitals, CPTS, Éducation nationale). In Hauts-de-France, a missing State representative is flagged.",
    ),
    limits: None,
    check: Check::Document(|ctx, out| {
        let Document::ContratLocalSante(c) = ctx.doc else { return };
        if c.signataires.is_empty() {
            return;
        }
        let natures: Vec<NatureActeur> = c
            .signataires
            .iter()
            .filter_map(|s| util::nature(ctx.doc, &s.acteur))
            .collect();
        let typical = |n: &NatureActeur| {
            n.is_etat()
                || matches!(
                    n,
                    NatureActeur::Departement
                        | NatureActeur::Cpam
                        | NatureActeur::Msa
                        | NatureActeur::CentreHospitalier
                        | NatureActeur::Psychiatrie
                        | NatureActeur::Cpts
                        | NatureActeur::EducationNationale
                )
        };
        let words: Vec<String> = natures.iter().map(|n| n.to_string()).collect();
        if !natures.iter().any(typical) {
            out.push(
                Finding::at("/signataires")
                    .param("what", "aucun_cosignataire")
                    .localized(
                        "what",
                        "aucun des cosignataires habituels (préfet, département, CPAM ou MSA, hôpital, CPTS, Éducation nationale)",
                        "none of the usual co-signatories (préfet, département, CPAM or MSA, hospital, CPTS, Éducation nationale)",
                    )
                    .input("/signataires", words),
            );
        } else if util::region(ctx.doc).as_deref() == Some("32") && !natures.iter().any(|n| n.is_etat()) {
            out.push(
                Finding::at("/signataires")
                    .param("what", "sans_etat_hdf")
                    .localized(
                        "what",
                        "pas le représentant de l'État parmi ses signataires, par lequel commence le socle commun des signataires en Hauts-de-France",
                        "no State representative among its signatories, although the common base of signatories starts with the State's representative in Hauts-de-France",
                    )
                    .input("/signataires", words)
                    .parameter("region", "32"),
            );
        }
    }),
};

/// CLS-011: a CLS on QPV says whether it is the volet santé of the contrat de ville.
pub static CLS_011: Rule = Rule {
    code: "CLS-011",
    severity: Severity::Warning,
    category: Category::BusinessRule,
    applies_to: &[DocumentKind::ContratLocalSante],
    in_force: InForce::since(Date::ymd(2014, 12, 5)),
    sources: &[CIRC_2014_12_05, FTS_CLS],
    title: Text::new("CLS et volet santé du contrat de ville", "CLS and volet santé of the contrat de ville"),
    message: Text::new(
        "{problem}.",
        "{problem}.",
    ),
    help: Text::new(
        "Renseignez « contrat_de_ville » (code du contrat, et si le CLS en constitue le volet santé) ; s'il en est le volet santé, incluez les QPV dans son périmètre et associez les conseils citoyens à sa gouvernance ou à son diagnostic.",
        "Fill in \"contrat_de_ville\" (the contract's code, and whether the CLS is its volet santé); if it is, include the QPV in its perimeter and involve the conseils citoyens in its governance or diagnostic.",
    ),
    description: Text::new(
        "Là où les territoires coïncident, le CLS peut constituer le volet santé du contrat de ville. Un CLS dont le périmètre compte des QPV dit s'il est ce volet santé ; s'il l'est, il inclut les QPV et associe les conseils citoyens (gouvernance ou diagnostic).",
        "Where territories coincide, the CLS may constitute the volet santé of the contrat de ville. A CLS whose perimeter includes QPV states whether it is that volet santé; if so it includes the QPV and involves the conseils citoyens (governance or diagnostic).",
    ),
    limits: Some(Text::new(
        "Tout QPV relève d'un contrat de ville : la présence d'un QPV suffit à supposer qu'un contrat de ville existe. Les QPV sont lus dans le périmètre et dans les territoires des fiches action. Que le contrat de ville cite le CLS en retour relève d'ART-010.",
        "Every QPV belongs to a contrat de ville: a QPV is enough to assume one exists. QPV are read in the perimeter and in the territories of fiches action. Whether the contrat de ville names the CLS back is ART-010's business.",
    )),
    check: Check::Document(|ctx, out| {
        let Document::ContratLocalSante(c) = ctx.doc else { return };
        let qpv = util::names_qpv(ctx.doc);
        match &c.contrat_de_ville {
            None if qpv => out.push(
                util::missing(ctx.doc, "/contrat_de_ville")
                    .param("problem", "lien_absent")
                    .localized(
                        "problem",
                        "Le périmètre du CLS compte des QPV, mais le CLS ne dit pas s'il constitue le volet santé du contrat de ville",
                        "The CLS perimeter includes QPV, but the CLS does not say whether it is the volet santé of the contrat de ville",
                    ),
            ),
            Some(l) if l.volet_sante => {
                if !qpv {
                    out.push(
                        Finding::at("/contrat_de_ville/volet_sante")
                            .param("problem", "sans_qpv")
                            .localized(
                                "problem",
                                "Le CLS se dit volet santé du contrat de ville mais ne nomme aucun QPV",
                                "The CLS claims to be the volet santé of the contrat de ville but names no QPV",
                            )
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
                            .localized(
                                "problem",
                                "Le CLS se dit volet santé du contrat de ville mais n'associe les conseils citoyens ni à sa gouvernance ni à son diagnostic",
                                "The CLS claims to be the volet santé of the contrat de ville but involves the conseils citoyens neither in its governance nor in its diagnostic",
                            )
                            .input("/contrat_de_ville/volet_sante", true),
                    );
                }
            }
            _ => {}
        }
    }),
};

/// CLS-012: generation label consistent with the signature date.
pub static CLS_012: Rule = Rule {
    code: "CLS-012",
    severity: Severity::Information,
    category: Category::Informational,
    applies_to: &[DocumentKind::ContratLocalSante],
    in_force: InForce::ALWAYS,
    sources: &[SEED_ASV_2019, ARS_HDF],
    title: Text::new("Génération du CLS", "CLS generation"),
    message: Text::new(
        "Un CLS de génération {generation} conclu le {date} est invraisemblable : {reason}.",
        "A generation-{generation} CLS concluded on {date} is implausible: {reason}.",
    ),
    help: Text::new(
        "La génération compte les CLS successifs du territoire (1er CLS à partir de 2010, 2e vers 2017-2019, 3e aligné sur le PRS 2023-2028) ; corrigez-la ou la date.",
        "The generation counts the territory's successive CLS (1st from 2010, 2nd around 2017-2019, 3rd aligned on the 2023-2028 PRS); fix it or the date.",
    ),
    description: Text::new(
        "Étiquette descriptive, sans portée juridique : les premiers CLS datent de 2010, et un CLS dure au moins 3 ans ; une génération n ne peut donc être conclue avant 2010 + 3 × (n − 1). Une génération 0 n'a pas de sens.",
        "A descriptive label with no legal effect: the first CLS date from 2010 and a CLS lasts at least 3 years, so generation n cannot be concluded before 2010 + 3 × (n − 1). Generation 0 makes no sense.",
    ),
    limits: Some(Text::new(
        "Calendrier des générations tiré des documents de terrain et du guide Hauts-de-France ; il varie selon les territoires.",
        "Generation calendar drawn from field documents and the Hauts-de-France guide; it varies between territories.",
    )),
    check: Check::Document(|ctx, out| {
        let Document::ContratLocalSante(c) = ctx.doc else { return };
        let Some(g) = c.generation else { return };
        let Some((p, d)) = util::conclusion(ctx.doc) else {
            if g == 0 {
                out.push(
                    Finding::at("/generation")
                        .param("generation", 0)
                        .param("date", "—")
                        .localized("date", "?", "?")
                        .param("reason", "zero")
                        .localized("reason", "les générations commencent à 1", "generations start at 1")
                        .input("/generation", 0),
                );
            }
            return;
        };
        let (reason, earliest) = if g == 0 {
            (Some(("zero", "les générations commencent à 1".to_string(), "generations start at 1".to_string())), None)
        } else {
            let earliest = Date::ymd(2010, 1, 1).add_years(3 * (i32::from(g) - 1));
            match earliest {
                Some(e) if d < e => (
                    Some((
                        "trop_tot",
                        format!("pas de CLS de cette génération avant {e}"),
                        format!("no CLS of that generation before {e}"),
                    )),
                    Some(e),
                ),
                _ => (None, None),
            }
        };
        if let Some((w, fr, en)) = reason {
            let mut f = Finding::at("/generation")
                .param("generation", g)
                .param("date", d.to_string())
                .param("reason", w)
                .localized("reason", fr, en)
                .input("/generation", g)
                .input(p, d.to_string());
            if let Some(e) = earliest {
                f = f.parameter("date_au_plus_tot", e.to_string());
            }
            out.push(f);
        }
    }),
};

/// CLS-013: lifecycle of a CLS.
pub static CLS_013: Rule = Rule {
    code: "CLS-013",
    severity: Severity::Warning,
    category: Category::Invariant,
    applies_to: &[DocumentKind::ContratLocalSante],
    in_force: InForce::ALWAYS,
    sources: &[
        SEED_ASV_2019,
        Source::new(SourceKind::ConnaissanceGenerale, "Pratique des avenants et des évaluations de CLS", None),
    ],
    title: Text::new("Cycle de vie du CLS", "CLS lifecycle"),
    message: Text::new(
        "Statut « {statut} » : {reason}.",
        "Statut \"{statut}\": {reason}.",
    ),
    help: Text::new(
        "Le cycle d'un CLS est préfiguration → élaboration → signé → en vigueur → (avenants) → évalué → échu ou renouvelé ; complétez ce que le statut suppose (signataires, date de signature, évaluation réalisée, avenant de prorogation) ou corrigez le statut.",
        "A CLS goes préfiguration → élaboration → signé → en vigueur → (amendments) → évalué → échu or renouvelé; complete what the statut implies (signatories, signature date, evaluation carried out, prorogation amendment) or fix the statut.",
    ),
    description: Text::new(
        "« signé » suppose des signataires ; un statut postérieur à la signature (en vigueur, prorogé, évalué, échu, renouvelé) suppose une date de signature ; « évalué » suppose une évaluation réalisée et datée ; « prorogé » suppose un avenant signé par les parties donnant la nouvelle fin (un CLS n'est pas prorogé par la loi).",
        "\"signe\" requires signatories; a statut after signature (en_vigueur, proroge, evalue, echu, renouvele) requires a signature date; \"evalue\" requires an evaluation carried out and dated; \"proroge\" requires an amendment signed by the parties giving the new end (a CLS is not prorogued by law).",
    ),
    limits: Some(Text::new(
        "La cohérence du statut avec les dates (en vigueur, échu) relève de LIF-002 ; « signé » sans date de signature aussi.",
        "Whether the statut agrees with the dates (en_vigueur, echu) is LIF-002's business, as is \"signe\" without a signature date.",
    )),
    check: Check::Document(|ctx, out| {
        let Document::ContratLocalSante(c) = ctx.doc else { return };
        let Some(s) = statut(c) else { return };
        let signed_date = util::conclusion(ctx.doc).filter(|(p, _)| p != "/periode/debut");
        let reason: Option<(&str, &str, &str)> = match s {
            StatutCls::Signe if c.signataires.is_empty() => {
                Some(("sans_signataires", "aucun signataire n'est indiqué", "no signatory is recorded"))
            }
            StatutCls::EnVigueur | StatutCls::Proroge | StatutCls::Evalue | StatutCls::Echu | StatutCls::Renouvele
                if signed_date.is_none() =>
            {
                Some(("sans_signature", "aucune date de signature n'est indiquée", "no signature date is recorded"))
            }
            StatutCls::Evalue if !c.evaluations.iter().any(|e| e.realisee && e.date.is_some()) => Some((
                "sans_evaluation",
                "aucune évaluation réalisée et datée n'est indiquée",
                "no evaluation carried out and dated is recorded",
            )),
            StatutCls::Proroge
                if !c
                    .avenants
                    .iter()
                    .any(|a| a.nature == NatureAvenant::Avenant && a.nouvelle_fin.is_some()) =>
            {
                Some((
                    "sans_avenant",
                    "aucun avenant des parties ne fixe de nouvelle fin",
                    "no amendment by the parties sets a new end",
                ))
            }
            _ => None,
        };
        if let Some((w, fr, en)) = reason {
            out.push(
                Finding::at("/statut")
                    .param("statut", s.to_string())
                    .param("reason", w)
                    .localized("reason", fr, en)
                    .input("/statut", s.to_string()),
            );
        }
    }),
};

const CLS014_FROM: Date = Date::ymd(2022, 2, 23);

/// CLS-014: mental-health volet of CLS concluded since the 3DS law.
pub static CLS_014: Rule = Rule {
    code: "CLS-014",
    severity: Severity::Error,
    category: Category::Required,
    applies_to: &[DocumentKind::ContratLocalSante],
    in_force: InForce::since(CLS014_FROM),
    sources: &[
        LOI_3DS,
        L1434_10,
        Source::new(
            SourceKind::Guide,
            "Centre national de ressources et d'appui aux CLSM, Loi 3DS : quel impact sur les CLSM ?",
            Some("https://ressources-clsm.org/loi-3ds-quel-impact-sur-les-conseils-locaux-de-sante-mentale-clsm"),
        ),
    ],
    title: Text::new("Volet santé mentale du CLS (loi 3DS)", "Mental-health volet of the CLS (3DS law)"),
    message: Text::new(
        "Le CLS, {when} le {date}, {problem}.",
        "The CLS, {when} on {date}, {problem}.",
    ),
    help: Text::new(
        "Ajoutez « sante_mentale » : le volet consacré à la santé mentale, le PTSM du territoire qu'il prend en compte (« ptsm ») et, s'il existe, le CLSM qui le constitue (« clsm »).",
        "Add \"sante_mentale\": the mental-health volet, the PTSM of the territory it takes into account (\"ptsm\") and, when one exists, the CLSM that constitutes it (\"clsm\").",
    ),
    description: Text::new(
        "Depuis la loi 3DS (art. 122, en vigueur le 23 février 2022), l'art. L1434-10 IV prévoit que le CLS comporte un volet consacré à la santé mentale, qui tient compte du projet territorial de santé mentale. La règle s'applique aux CLS signés, renouvelés ou modifiés par avenant depuis le 23 février 2022.",
        "Since the 3DS law (art. 122, in force 23 February 2022), art. L1434-10 IV provides that a CLS includes a mental-health volet that takes account of the projet territorial de santé mentale. The rule applies to CLS signed, renewed or amended since 23 February 2022.",
    ),
    limits: Some(Text::new(
        "Un CLS sans aucune date (signature, période, avenant) n'est pas vérifié. Que le CLSM du territoire constitue ce volet relève d'ART-002.",
        "A CLS with no date at all (signature, period, amendment) is not checked. Whether the territory's CLSM constitutes that volet is ART-002's business.",
    )),
    check: Check::Document(|ctx, out| {
        let Document::ContratLocalSante(c) = ctx.doc else { return };
        let concluded = util::conclusion(ctx.doc);
        let amended = c
            .avenants
            .iter()
            .enumerate()
            .filter_map(|(i, a)| a.date.map(|d| (format!("/avenants/{i}/date"), d)))
            .filter(|(_, d)| *d >= CLS014_FROM)
            .max_by_key(|(_, d)| *d);
        let (when_fr, when_en, path, date) = match (concluded, amended) {
            (Some((p, d)), _) if d >= CLS014_FROM => ("conclu", "concluded", p, d),
            (_, Some((p, d))) => ("modifié par avenant", "amended", p, d),
            _ => return,
        };
        let problem = match &c.sante_mentale {
            None => Some((
                "/sante_mentale",
                "sans_volet",
                "ne comporte pas de volet consacré à la santé mentale",
                "has no mental-health volet",
            )),
            Some(v) if v.ptsm.is_none() => Some((
                "/sante_mentale/ptsm",
                "sans_ptsm",
                "ne cite pas le projet territorial de santé mentale dont son volet santé mentale tient compte",
                "does not cite the projet territorial de santé mentale its mental-health volet takes into account",
            )),
            Some(_) => None,
        };
        if let Some((at, w, fr, en)) = problem {
            out.push(
                Finding::at(at)
                    .param("when", when_en)
                    .localized("when", when_fr, when_en)
                    .param("date", date.to_string())
                    .param("problem", w)
                    .localized("problem", fr, en)
                    .input(path, date.to_string())
                    .parameter("depuis", CLS014_FROM.to_string()),
            );
        }
    }),
};

/// CLS-015: CLS concluded in priority in under-served zones (portfolio).
pub static CLS_015: Rule = Rule {
    code: "CLS-015",
    severity: Severity::Information,
    category: Category::Informational,
    applies_to: &[DocumentKind::Portefeuille],
    in_force: InForce::since(CLS014_FROM),
    sources: &[
        LOI_3DS,
        Source::new(
            SourceKind::Reglement,
            "Code de la santé publique, art. L1434-4 1° (zonage) ; décret n° 2017-632 du 25 avril 2017 (méthode du zonage)",
            Some("https://rdrr.io/github/phileas-condemine/Zonage_ARS/f/utils/create_arrete_mg.Rmd"),
        ),
    ],
    title: Text::new("CLS hors des zones sous-dotées", "CLS outside under-served zones"),
    message: Text::new(
        "{hors} des {total} CLS conclus depuis le 2022-02-23 dont le zonage est connu sont hors des zones sous-dotées (L1434-4 1°), où ils doivent être conclus en priorité.",
        "{hors} of the {total} CLS concluded since 2022-02-23 whose zoning is known lie outside under-served zones (L1434-4 1°), where they are to be concluded in priority.",
    ),
    help: Text::new(
        "Signal descriptif sur un portefeuille : vérifiez que la programmation régionale des CLS privilégie les zones d'intervention prioritaire et d'action complémentaire.",
        "Descriptive signal on a portfolio: check that the regional planning of CLS favours the priority and complementary action zones.",
    ),
    description: Text::new(
        "Depuis la loi 3DS, les CLS sont conclus « en priorité » dans les zones caractérisées par une offre de soins insuffisante ou des difficultés d'accès aux soins (zonage L1434-4 1°). Un CLS hors zone n'est pas une erreur ; un portefeuille où la majorité des CLS récents sont hors zone est signalé.",
        "Since the 3DS law, CLS are concluded \"in priority\" in zones with insufficient care supply or access difficulties (zoning L1434-4 1°). A CLS outside such a zone is not an error; a portfolio where most recent CLS lie outside them is flagged.",
    ),
    limits: Some(Text::new(
        "Le zonage n'est pas dans le référentiel : la règle lit le champ « zone_sous_dotee » de chaque CLS, et ne compte que les CLS qui le renseignent (au moins deux).",
        "The zoning is not in the référentiel: the rule reads each CLS's \"zone_sous_dotee\" field and only counts CLS that fill it in (at least two).",
    )),
    check: Check::Document(|ctx, out| {
        let Document::Portefeuille(p) = ctx.doc else { return };
        let mut known: Vec<(usize, bool)> = Vec::new();
        for (i, d) in p.documents.iter().enumerate() {
            let Document::ContratLocalSante(c) = d else { continue };
            let recent = util::conclusion(d).is_some_and(|(_, x)| x >= CLS014_FROM);
            if let (true, Some(z)) = (recent, c.zone_sous_dotee) {
                known.push((i, z));
            }
        }
        let hors: Vec<usize> = known.iter().filter(|(_, z)| !z).map(|(i, _)| *i).collect();
        if known.len() >= 2 && hors.len() * 2 > known.len() {
            let mut f = Finding::at("/documents")
                .param("hors", hors.len())
                .param("total", known.len())
                .parameter("depuis", CLS014_FROM.to_string())
                .parameter("seuil", "majorite");
            for i in &hors {
                f = f.input(format!("/documents/{i}/zone_sous_dotee"), false);
            }
            out.push(f);
        }
    }),
};

/// CLS-016: deliberations of the signing collectivités.
pub static CLS_016: Rule = Rule {
    code: "CLS-016",
    severity: Severity::Warning,
    category: Category::Required,
    applies_to: &[DocumentKind::ContratLocalSante],
    in_force: InForce::since(Date::ymd(2010, 1, 1)),
    sources: &[
        SAINT_FLOUR,
        Source::new(
            SourceKind::ConnaissanceGenerale,
            "Code général des collectivités territoriales : le maire, le président d'EPCI signent sur délibération de leur assemblée",
            None,
        ),
    ],
    title: Text::new("Délibération des collectivités signataires", "Deliberation of signing collectivités"),
    message: Text::new(
        "Signataire « {acteur} » : {problem}.",
        "Signatory \"{acteur}\": {problem}.",
    ),
    help: Text::new(
        "Indiquez pour chaque collectivité signataire la date de la délibération (conseil municipal, conseil communautaire…) autorisant la signature ; elle précède la signature.",
        "Give for each signing collectivité the date of the deliberation (municipal or community council…) authorising the signature; it precedes the signature.",
    ),
    description: Text::new(
        "Le maire ou le président d'une collectivité signe le CLS « dûment habilité par délibération » de son assemblée : la date de cette délibération est indiquée et ne suit pas la signature.",
        "A collectivité's mayor or president signs the CLS \"duly authorised by deliberation\" of its assembly: that deliberation's date is recorded and does not follow the signature.",
    ),
    limits: Some(Text::new(
        "Un CLS en préfiguration ou en élaboration n'est pas vérifié.",
        "A CLS in préfiguration or élaboration is not checked.",
    )),
    check: Check::Document(|ctx, out| {
        let Document::ContratLocalSante(c) = ctx.doc else { return };
        if in_preparation(c) {
            return;
        }
        for (i, s) in c.signataires.iter().enumerate() {
            if !util::nature(ctx.doc, &s.acteur).is_some_and(|n| n.is_collectivite()) {
                continue;
            }
            match (s.date_deliberation, s.date_signature.or(c.date_signature)) {
                (None, _) => out.push(
                    util::missing(ctx.doc, format!("/signataires/{i}"))
                        .param("acteur", s.acteur.clone())
                        .param("problem", "sans_deliberation")
                        .localized(
                            "problem",
                            "la date de la délibération autorisant la signature n'est pas indiquée",
                            "the date of the deliberation authorising the signature is not given",
                        ),
                ),
                (Some(d), Some(sig)) if d > sig => {
                    let sig_path = if s.date_signature.is_some() {
                        format!("/signataires/{i}/date_signature")
                    } else {
                        "/date_signature".to_string()
                    };
                    out.push(
                        Finding::at(format!("/signataires/{i}/date_deliberation"))
                            .param("acteur", s.acteur.clone())
                            .param("problem", "deliberation_apres_signature")
                            .localized(
                                "problem",
                                format!("la délibération ({d}) suit la signature ({sig})"),
                                format!("the deliberation ({d}) follows the signature ({sig})"),
                            )
                            .input(format!("/signataires/{i}/date_deliberation"), d.to_string())
                            .input(sig_path, sig.to_string()),
                    )
                }
                _ => {}
            }
        }
    }),
};

/// The CLS family.
pub static RULES: &[&Rule] = &[
    &CLS_001, &CLS_002, &CLS_003, &CLS_004, &CLS_005, &CLS_006, &CLS_007, &CLS_008, &CLS_009,
    &CLS_010, &CLS_011, &CLS_012, &CLS_013, &CLS_014, &CLS_015, &CLS_016,
];
