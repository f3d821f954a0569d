//! PRS-*: the projet régional de santé as cited by the instruments implementing it.

use super::util;
use super::*;
use crate::model::{Document, DocumentKind};
use crate::report::{Category, InForce, Severity};

const ASH_PRS: Source = Source::new(
    SourceKind::Guide,
    "ASH : les modalités d'élaboration du projet régional de santé sont détaillées (décret du 26 juillet 2016)",
    Some("https://ash.tm.fr/hebdo/2972/veille-juridique/les-modalites-delaboration-du-projet-regional-de-sante-sont-detaillees-372925.php"),
);
const BDT_PRS: Source = Source::new(
    SourceKind::Guide,
    "Banque des territoires : toutes les ARS ont leur projet régional de santé (PRS 1, 2011-2013)",
    Some("https://banquedesterritoires.fr/toutes-les-ars-ont-leur-projet-regional-de-sante"),
);

/// The span of each PRS generation: (generation, first day, last day, French and English labels).
pub const GENERATIONS: [(u8, Date, Date, &str, &str); 3] = [
    (
        1,
        Date::ymd(2011, 1, 1),
        Date::ymd(2018, 12, 31),
        "PRS 1 (HPST, 2011-2013 → 2017-2018)",
        "PRS 1 (HPST, 2011-2013 → 2017-2018)",
    ),
    (
        2,
        Date::ymd(2018, 1, 1),
        Date::ymd(2028, 12, 31),
        "PRS 2 (COS 2018-2028, SRS 2018-2023)",
        "PRS 2 (COS 2018-2028, SRS 2018-2023)",
    ),
    (
        3,
        Date::ymd(2023, 1, 1),
        Date::ymd(2028, 12, 31),
        "PRS 3 (SRS et PRAPS révisés 2023-2028)",
        "PRS 3 (revised SRS and PRAPS 2023-2028)",
    ),
];

/// PRS-001: structure of the PRS cited.
pub static PRS_001: Rule = Rule {
    code: "PRS-001",
    severity: Severity::Error,
    category: Category::Value,
    applies_to: &[DocumentKind::ContratLocalSante],
    in_force: InForce::since(Date::ymd(2010, 1, 1)),
    sources: &[
        Source::new(
            SourceKind::Loi,
            "Code de la santé publique, art. L1434-2 et L1434-3 (COS à 10 ans, SRS à 5 ans, PRAPS)",
            Some("https://french-business-law.com/french-legislation-art/article-l1434-2-of-the-french-public-health-code"),
        ),
        ASH_PRS,
        BDT_PRS,
    ],
    title: Text::new("Structure du projet régional de santé cité", "Structure of the projet régional de santé cited"),
    message: Text::new(
        "Référence au PRS : {problem}.",
        "PRS reference: {problem}.",
    ),
    help: Text::new(
        "Citez une génération de PRS existante (1 : PRS HPST 2011-2018 ; 2 : COS 2018-2028 et SRS 2018-2023 ; 3 : SRS et PRAPS révisés 2023-2028) avec une période comprise dans la sienne, de 10 ans au plus (durée du cadre d'orientation stratégique).",
        "Cite an existing PRS generation (1: HPST PRS 2011-2018; 2: COS 2018-2028 and SRS 2018-2023; 3: revised SRS and PRAPS 2023-2028) with a period inside its own, of 10 years at most (length of the cadre d'orientation stratégique).",
    ),
    description: Text::new(
        "Depuis la loi n° 2016-41, le PRS comprend un cadre d'orientation stratégique à 10 ans, un schéma régional de santé à 5 ans et un PRAPS ; le PRS 2 est en vigueur au plus tard le 1er janvier 2018, ses SRS et PRAPS révisés en 2023 pour 2023-2028. Avant 2018, le PRS 1 (HPST) réunissait un plan stratégique, trois schémas et des programmes. La référence au PRS d'un CLS cite une génération qui a existé, sur une période compatible.",
        "Since law 2016-41 the PRS comprises a 10-year cadre d'orientation stratégique, a 5-year schéma régional de santé and a PRAPS; PRS 2 is in force by 1 January 2018 at the latest, its SRS and PRAPS revised in 2023 for 2023-2028. Before 2018, PRS 1 (HPST) combined a strategic plan, three schémas and programmes. A CLS's PRS reference cites a generation that existed, over a compatible period.",
    ),
    limits: Some(Text::new(
        "Le PRS lui-même (ses avis de consultation, ses délais) n'est pas un document du modèle : la règle ne vérifie que la référence qu'en fait un CLS.",
        "The PRS itself (its consultation opinions and periods) is not a document of the model: the rule only checks a CLS's reference to it.",
    )),
    check: Check::Document(|ctx, out| {
        let Document::ContratLocalSante(c) = ctx.doc else { return };
        let Some(p) = &c.prs else { return };
        let span = p
            .generation
            .and_then(|g| GENERATIONS.iter().find(|x| x.0 == g));
        if let (Some(g), None) = (p.generation, span) {
            out.push(
                Finding::at("/prs/generation")
                    .param("problem", "generation_inconnue")
                    .localized(
                        "problem",
                        format!("la génération {g} n'existe pas (1, 2 ou 3)"),
                        format!("generation {g} does not exist (1, 2 or 3)"),
                    )
                    .input("/prs/generation", g),
            );
            return;
        }
        let Some(per) = p.periode else { return };
        if let (Some(a), Some(b)) = (per.debut, per.fin) {
            if a.add_years(10).is_some_and(|max| b >= max) {
                out.push(
                    Finding::at("/prs/periode")
                        .param("problem", "trop_long")
                        .localized(
                            "problem",
                            format!("la période du {a} au {b} dépasse les 10 ans du cadre d'orientation stratégique"),
                            format!("the period from {a} to {b} exceeds the 10 years of the cadre d'orientation stratégique"),
                        )
                        .input("/prs/periode/debut", a.to_string())
                        .input("/prs/periode/fin", b.to_string())
                        .parameter("duree_max_ans", 10),
                );
                return;
            }
        }
        if let Some((g, from, to, label, label_en)) = span {
            let outside = per.debut.is_some_and(|a| a < *from) || per.fin.is_some_and(|b| b > *to);
            if outside {
                let mut f = Finding::at("/prs/periode")
                    .param("problem", "hors_generation")
                    .localized(
                        "problem",
                        format!("la période citée sort de celle du {label}"),
                        format!("the cited period lies outside that of {label_en}"),
                    )
                    .input("/prs/generation", *g)
                    .parameter("debut_generation", from.to_string())
                    .parameter("fin_generation", to.to_string());
                if let Some(a) = per.debut {
                    f = f.input("/prs/periode/debut", a.to_string());
                }
                if let Some(b) = per.fin {
                    f = f.input("/prs/periode/fin", b.to_string());
                }
                out.push(f);
            }
        }
    }),
};

/// The PRS generation in force on `d`.
pub fn generation_at(d: Date) -> u8 {
    if d < Date::ymd(2018, 1, 1) {
        1
    } else if d < Date::ymd(2023, 11, 1) {
        2
    } else {
        3
    }
}

/// PRS-002: the CLS cites the PRS generation in force at its signature.
pub static PRS_002: Rule = Rule {
    code: "PRS-002",
    severity: Severity::Warning,
    category: Category::BusinessRule,
    applies_to: &[DocumentKind::ContratLocalSante],
    in_force: InForce::ALWAYS,
    sources: &[
        Source::new(
            SourceKind::Guide,
            "ARS Hauts-de-France : consultation sur le PRS révisé (publication au 1er novembre 2023)",
            Some("https://www.hauts-de-france.ars.sante.fr/index.php/projet-regional-de-sante-lagence-regionale-de-sante-hauts-de-france-ouvre-la-consultation-sur-les"),
        ),
        Source::new(
            SourceKind::Guide,
            "ARS Île-de-France : travaux d'élaboration et de co-construction du PRS 3",
            Some("https://www.iledefrance.ars.sante.fr/travaux-delaboration-et-co-construction"),
        ),
        BDT_PRS,
    ],
    title: Text::new("Génération du PRS cité", "Generation of the PRS cited"),
    message: Text::new(
        "Le CLS, conclu le {date}, cite le PRS {cite} alors que le PRS en vigueur était le PRS {attendu}.",
        "The CLS, concluded on {date}, cites PRS {cite} whereas PRS {attendu} was in force.",
    ),
    help: Text::new(
        "Citez le PRS en vigueur à la signature : PRS 1 avant 2018, PRS 2 (COS 2018-2028, SRS 2018-2023) de 2018 à octobre 2023, SRS et PRAPS révisés 2023-2028 ensuite.",
        "Cite the PRS in force at signature: PRS 1 before 2018, PRS 2 (COS 2018-2028, SRS 2018-2023) from 2018 to October 2023, the revised SRS and PRAPS 2023-2028 afterwards.",
    ),
    description: Text::new(
        "Un CLS (comme un PTSM ou le projet d'une CPTS) cite la génération du PRS en vigueur à sa signature : PRS 1 (2011-2013 → 2017), PRS 2 à partir du 1er janvier 2018, SRS et PRAPS révisés à partir du 1er novembre 2023. La génération est lue dans « prs.generation », ou déduite du début de « prs.periode ».",
        "A CLS (like a PTSM or a CPTS project) cites the PRS generation in force at its signature: PRS 1 (2011-2013 → 2017), PRS 2 from 1 January 2018, revised SRS and PRAPS from 1 November 2023. The generation is read from \"prs.generation\", or inferred from the start of \"prs.periode\".",
    ),
    limits: Some(Text::new(
        "La date de publication des SRS révisés varie selon les ARS (1er novembre 2023 en Hauts-de-France, retenue pour toutes). Les PTSM et les projets de CPTS ne portent pas de référence au PRS dans le modèle : seuls les CLS sont vérifiés.",
        "The publication date of revised SRS varies between ARS (1 November 2023 in Hauts-de-France, used for all). PTSM and CPTS projects carry no PRS reference in the model: only CLS are checked.",
    )),
    check: Check::Document(|ctx, out| {
        let Document::ContratLocalSante(c) = ctx.doc else { return };
        let Some(p) = &c.prs else { return };
        let (cite, cite_path) = match (p.generation, p.periode.and_then(|x| x.debut)) {
            (Some(g), _) => (g, "/prs/generation"),
            (None, Some(d)) => (
                match d.year() {
                    y if y >= 2023 => 3,
                    y if y >= 2018 => 2,
                    _ => 1,
                },
                "/prs/periode/debut",
            ),
            (None, None) => return,
        };
        let Some((sp, sd)) = util::conclusion(ctx.doc).filter(|(p, _)| p != "/periode/debut") else { return };
        let attendu = generation_at(sd);
        if cite != attendu && (1..=3).contains(&cite) {
            out.push(
                Finding::at(cite_path)
                    .param("date", sd.to_string())
                    .param("cite", cite)
                    .param("attendu", attendu)
                    .input(cite_path, if cite_path == "/prs/generation" {
                        serde_json::Value::from(cite)
                    } else {
                        serde_json::Value::from(p.periode.and_then(|x| x.debut).map(|d| d.to_string()).unwrap_or_default())
                    })
                    .input(sp, sd.to_string())
                    .parameter("prs2_depuis", "2018-01-01")
                    .parameter("prs3_depuis", "2023-11-01"),
            );
        }
    }),
};

/// The PRS family.
pub static RULES: &[&Rule] = &[&PRS_001, &PRS_002];
