//! GOV-*: governance bodies — conseils territoriaux de santé (L1434-10 CSP, décret 2016-1024),
//! CLSM bodies, conseils citoyens in the contrat de ville's steering, PTSM procedure, CPTS and MSP
//! projets de santé.

use super::util;
use super::*;
use crate::model::{
    College, ContratDeVille, Document, DocumentKind, GenerationCv, Instance, NatureActeur,
    NatureInstance, NatureProjetSante, RepresentationCts,
};
use crate::report::{Category, InForce, Severity};

/// L1434-10 I CSP (CTS), as on Doctrine.
pub const L1434_10_I: Source = Source::new(
    SourceKind::Loi,
    "Code de la santé publique, art. L1434-10 I (loi n° 2016-41 du 26 janvier 2016)",
    Some("https://www.doctrine.fr/l/texts/codes/LEGITEXT000006072665/articles/LEGIARTI000020897640?version=LEGIARTI000036515343&source=legislation"),
);

/// Décret 2016-1024 and the arrêté of 3 August 2016, as summarised by the ASH.
pub const DECRET_2016_1024: Source = Source::new(
    SourceKind::Reglement,
    "Décret n° 2016-1024 du 26 juillet 2016 (territoires de démocratie sanitaire, conseils territoriaux de santé) et arrêté du 3 août 2016",
    Some("https://ash.tm.fr/hebdo/2972/veille-juridique/mise-en-oeuvre-des-territoires-de-democratie-sanitaire-et-des-conseils-territoriaux-de-sante-des-precisions-372902.php"),
);

/// Loi 2014-173 art. 7 (conseils citoyens), as on Doctrine.
pub const LOI_2014_173_ART7: Source = Source::new(
    SourceKind::Loi,
    "Loi n° 2014-173 du 21 février 2014, art. 7 I",
    Some("https://www.doctrine.fr/l/texts/lois/JORFTEXT000028636804/articles/LEGIARTI000028638827?version=LEGIARTI000028638827&sourcePage=Legislation&source=previous_article"),
);

/// Instruction DGS/SP4/CGET/2016/289 on CLSM.
pub const INSTRUCTION_CLSM_2016: Source = Source::new(
    SourceKind::Circulaire,
    "Instruction DGS/SP4/CGET/2016/289 du 30 septembre 2016 relative aux conseils locaux de santé mentale",
    Some("https://planpsy2011.wordpress.com/2016/10/19/une-instruction-ministerielle-pour-consolider-et-generaliser-les-conseils-locaux-de-sante-mentale/"),
);

/// The date `months` calendar months after `d` (day clamped to the month's length).
pub fn add_months(d: Date, months: u32) -> Option<Date> {
    let total = u32::from(d.month()) - 1 + months;
    let year = u32::from(d.year()) + total / 12;
    let month = u8::try_from(total % 12 + 1).ok()?;
    let year = u16::try_from(year).ok()?;
    // Clamp the day: the first of the next month minus one day is the month's last day.
    let mut day = d.day();
    loop {
        if let Ok(x) = Date::new(year, month, day) {
            return Some(x);
        }
        if day <= 28 {
            return None;
        }
        day -= 1;
    }
}

/// The college whose nature (normalised) is one of `names`, with its index.
pub fn college<'a>(colleges: &'a [College], names: &[&str]) -> Option<(usize, &'a College)> {
    colleges.iter().enumerate().find(|(_, c)| {
        let n = c
            .nature
            .trim()
            .to_lowercase()
            .replace([' ', '-', '\''], "_");
        names.iter().any(|x| n == *x)
    })
}

/// The instances of `nature`, with their index.
fn instances_of(xs: &[Instance], nature: NatureInstance) -> Vec<(usize, &Instance)> {
    xs.iter()
        .enumerate()
        .filter(|(_, i)| i.nature == nature)
        .collect()
}

/// A CTS college: key, accepted names, minimum, maximum, French and English labels.
type CollegeBounds = (
    &'static str,
    &'static [&'static str],
    u32,
    u32,
    &'static str,
    &'static str,
);

/// CTS colleges: accepted names, bounds (arrêté du 3 août 2016, R1434-33).
const CTS_COLLEGES: &[CollegeBounds] = &[
    (
        "professionnels",
        &["professionnels", "offreurs", "professionnels_offreurs"],
        20,
        28,
        "professionnels et offreurs",
        "professionals and providers",
    ),
    (
        "usagers",
        &["usagers", "usagers_associations"],
        6,
        10,
        "usagers",
        "users",
    ),
    (
        "collectivites",
        &["collectivites", "collectivites_territoriales"],
        4,
        7,
        "collectivités territoriales",
        "local authorities",
    ),
    (
        "etat_securite_sociale",
        &["etat_securite_sociale", "etat", "etat_et_securite_sociale"],
        2,
        3,
        "État et sécurité sociale",
        "State and social security",
    ),
    (
        "personnalites_qualifiees",
        &["personnalites_qualifiees"],
        2,
        2,
        "personnalités qualifiées",
        "qualified persons",
    ),
];

/// GOV-001: composition and mandate of a CTS.
pub static GOV_001: Rule = Rule {
    code: "GOV-001",
    severity: Severity::Error,
    category: Category::BusinessRule,
    applies_to: &[
        DocumentKind::ConseilTerritorialSante,
        DocumentKind::Portefeuille,
    ],
    in_force: InForce::since(Date::ymd(2016, 7, 28)),
    sources: &[
        Source::new(
            SourceKind::Reglement,
            "Code de la santé publique, art. R1434-33 (décret n° 2016-1024 du 26 juillet 2016)",
            Some("https://french-business-law.com/french-legislation-art/article-r1434-33-of-the-french-public-health-code"),
        ),
        DECRET_2016_1024,
        Source::new(
            SourceKind::Guide,
            "Banque des territoires : conseils territoriaux de santé, les collectivités à la portion congrue",
            Some("https://www.banquedesterritoires.fr/conseils-territoriaux-de-sante-les-collectivites-la-portion-congrue"),
        ),
        Source::new(
            SourceKind::Reglement,
            "Arrêté du 3 août 2016 (art. R1434-33 CSP), texte reproduit",
            Some("http://doczz.fr/doc/6643928/corse---faire-grandir-la-sant%C3%A9-en-corse"),
        ),
    ],
    title: Text::new("Composition et mandat du conseil territorial de santé", "Composition and mandate of the conseil territorial de santé"),
    message: Text::new(
        "Conseil territorial de santé : {what}.",
        "Conseil territorial de santé: {what}.",
    ),
    help: Text::new(
        "Un CTS compte de 34 à 50 membres : 20 à 28 professionnels et offreurs, 6 à 10 usagers, 4 à 7 représentants des collectivités, 2 à 3 de l'État et de la sécurité sociale, 2 personnalités qualifiées ; ils sont nommés par arrêté du DG ARS pour 5 ans, renouvelables une fois. Corrigez les effectifs ou le mandat.",
        "A CTS has 34 to 50 members: 20 to 28 professionals and providers, 6 to 10 users, 4 to 7 local-authority representatives, 2 to 3 for the State and social security, 2 qualified persons; they are appointed by DG ARS arrêté for 5 years, renewable once. Correct the counts or the mandate.",
    ),
    description: Text::new(
        "Vérifie l'effectif total (34 à 50), l'effectif de chaque collège, la durée du mandat (5 ans au plus), le nombre de mandats (2 au plus), l'arrêté du DG ARS qui constitue un CTS installé, son installation au plus tard le 1er janvier 2017 et, dans un portefeuille, qu'un territoire n'a qu'un CTS à la fois.",
        "Checks the total size (34 to 50), the size of each college, the length of the mandate (5 years at most), the number of mandates (2 at most), the DG ARS arrêté constituting an installed CTS, its installation by 1 January 2017 at the latest and, in a portfolio, that a territory has only one CTS at a time.",
    ),
    limits: Some(Text::new(
        "L'unicité du CTS par territoire de démocratie sanitaire n'est vérifiée que dans un portefeuille, entre CTS d'un même territoire (même code, à défaut même nom) dont les mandats connus se chevauchent ; sans liste officielle des territoires, un territoire sans CTS n'est pas signalé. L'installation au 1er janvier 2017 n'est vérifiée que pour un CTS constitué par arrêté de 2016. Les collèges sont reconnus par leur nom (`professionnels`, `usagers`, `collectivites`, `etat_securite_sociale`, `personnalites_qualifiees`) ; un collège au nom inconnu ne compte que dans le total.",
        "Uniqueness of the CTS per territoire de démocratie sanitaire is only checked in a portfolio, between CTS of the same territory (same code, else same name) whose known mandates overlap; without an official list of territories, a territory without a CTS is not reported. Installation by 1 January 2017 is only checked for a CTS constituted by a 2016 arrêté. Colleges are recognised by name (`professionnels`, `usagers`, `collectivites`, `etat_securite_sociale`, `personnalites_qualifiees`); a college with another name only counts in the total.",
    )),
    check: Check::Document(check_gov001),
};

/// Latest installation date of the first CTS.
const CTS_INSTALLATION_AVANT: Date = Date::ymd(2017, 1, 1);

fn tds_key(c: &crate::model::ConseilTerritorialSante) -> Option<String> {
    let t = c.territoire.as_ref()?;
    t.code
        .as_ref()
        .or(t.nom.as_ref())
        .map(|k| k.trim().to_lowercase())
}

fn overlap(a: Option<crate::model::Periode>, b: Option<crate::model::Periode>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => {
            a.debut.is_none_or(|x| b.fin.is_none_or(|y| x <= y))
                && b.debut.is_none_or(|x| a.fin.is_none_or(|y| x <= y))
        }
        // Successive CTS of one territory are told apart by their mandates only.
        _ => false,
    }
}

fn check_gov001(ctx: &Ctx<'_>, out: &mut Sink) {
    if let Document::Portefeuille(p) = ctx.doc {
        let cts: Vec<(usize, &crate::model::ConseilTerritorialSante)> = p
            .documents
            .iter()
            .enumerate()
            .filter_map(|(i, d)| match d {
                Document::ConseilTerritorialSante(c) => Some((i, c)),
                _ => None,
            })
            .collect();
        // The CTS of each territory, in document order: a CTS is compared only with the
        // earlier CTS of its own territory, each key computed once. A CTS without a mandate
        // overlaps none, so it is left out.
        let keys: Vec<Option<String>> = cts.iter().map(|(_, c)| tds_key(c)).collect();
        let mut by_key: std::collections::HashMap<&str, Vec<usize>> =
            std::collections::HashMap::new();
        for (k, ((_, c), key)) in cts.iter().zip(&keys).enumerate() {
            if let (Some(key), Some(_)) = (key, c.mandat) {
                by_key.entry(key.as_str()).or_default().push(k);
            }
        }
        for ((k, (j, b)), key) in cts.iter().enumerate().zip(&keys) {
            let (Some(key), Some(_)) = (key, b.mandat) else {
                continue;
            };
            let first = by_key
                .get(key.as_str())
                .into_iter()
                .flatten()
                .take_while(|a| **a < k)
                .filter_map(|a| cts.get(*a))
                .find(|(_, a)| overlap(a.mandat, b.mandat));
            if let Some((i, _)) = first {
                let path = format!("/documents/{j}/territoire");
                let label: String = b
                    .territoire
                    .as_ref()
                    .and_then(|t| t.nom.clone().or_else(|| t.code.clone()))
                    .unwrap_or_default()
                    .chars()
                    .take(80)
                    .collect();
                out.push(
                    Finding::at(path.clone())
                        .param("what", "doublon")
                        .localized(
                            "what",
                            format!("le territoire « {label} » a déjà un CTS au mandat concomitant (/documents/{i})"),
                            format!("territory \"{label}\" already has a CTS with an overlapping mandate (/documents/{i})"),
                        )
                        .input(path, key.clone())
                        .input(format!("/documents/{i}/territoire"), key.clone())
                        .parameter("cts_par_territoire", 1),
                );
            }
        }
        return;
    }
    let Document::ConseilTerritorialSante(c) = ctx.doc else {
        return;
    };
    use crate::model::StatutCts;
    let active = matches!(
        c.statut.as_ref().and_then(|s| s.known()),
        Some(StatutCts::Installe | StatutCts::Renouvele)
    );
    if active && c.date_arrete.is_none() {
        out.push(
            Finding::at("/date_arrete")
                .param("what", "date_arrete")
                .localized(
                    "what",
                    "installé, il n'indique pas l'arrêté du DG ARS qui le constitue",
                    "installed, it gives no DG ARS arrêté constituting it",
                )
                .input(
                    "/statut",
                    c.statut
                        .as_ref()
                        .and_then(|s| s.known())
                        .map(|s| s.to_string())
                        .unwrap_or_default(),
                )
                .parameter("requis", "date_arrete"),
        );
    }
    if let (Some(a), Some(inst)) = (c.date_arrete, c.date_installation) {
        if a < CTS_INSTALLATION_AVANT && inst > CTS_INSTALLATION_AVANT {
            out.push(
                Finding::at("/date_installation")
                    .param("what", "installation tardive")
                    .localized(
                        "what",
                        format!("constitué en {}, il n'est installé que le {inst}, après le {CTS_INSTALLATION_AVANT}", a.year()),
                        format!("constituted in {}, it was only installed on {inst}, after {CTS_INSTALLATION_AVANT}", a.year()),
                    )
                    .input("/date_arrete", a.to_string())
                    .input("/date_installation", inst.to_string())
                    .parameter("installation_au_plus_tard", CTS_INSTALLATION_AVANT.to_string()),
            );
        }
    }
    for (key, names, min, max, fr, en) in CTS_COLLEGES {
        if let Some((i, col)) = college(&c.colleges, names) {
            if let Some(n) = col.effectif {
                if n < *min || n > *max {
                    let p = format!("/colleges/{i}/effectif");
                    out.push(
                        Finding::at(p.clone())
                            .param("what", format!("{key}: {n}"))
                            .localized(
                                "what",
                                format!("le collège {fr} compte {n} membres, hors de l'intervalle {min}–{max}"),
                                format!("the {en} college has {n} members, outside {min}–{max}"),
                            )
                            .input(p, n)
                            .parameter("college", *key)
                            .parameter("minimum", *min)
                            .parameter("maximum", *max),
                    );
                }
            }
        }
    }
    let counts: Option<Vec<u32>> = c.colleges.iter().map(|x| x.effectif).collect();
    if let Some(counts) = counts.filter(|v| !v.is_empty()) {
        let total: u32 = counts.iter().sum();
        if !(34..=50).contains(&total) {
            out.push(
                Finding::at("/colleges")
                    .param("what", format!("total: {total}"))
                    .localized(
                        "what",
                        format!("{total} membres au total, hors de l'intervalle 34–50"),
                        format!("{total} members in all, outside 34–50"),
                    )
                    .input("/colleges", counts)
                    .parameter("minimum", 34)
                    .parameter("maximum", 50),
            );
        }
    }
    if let Some(m) = c.mandat {
        if let (Some(a), Some(b)) = (m.debut, m.fin) {
            if let Some(limit) = a.add_years(5) {
                if b > limit {
                    out.push(
                        Finding::at("/mandat/fin")
                            .param("what", "mandat")
                            .localized(
                                "what",
                                format!("le mandat du {a} au {b} dépasse 5 ans"),
                                format!("the mandate from {a} to {b} exceeds 5 years"),
                            )
                            .input("/mandat/debut", a.to_string())
                            .input("/mandat/fin", b.to_string())
                            .parameter("duree_max_annees", 5),
                    );
                }
            }
        }
    }
    if let Some(n) = c.numero_mandat.filter(|n| *n > 2) {
        out.push(
            Finding::at("/numero_mandat")
                .param("what", format!("numero_mandat: {n}"))
                .localized(
                    "what",
                    format!("{n}e mandat, alors que le mandat n'est renouvelable qu'une fois"),
                    format!("mandate no. {n}, whereas the mandate is renewable once only"),
                )
                .input("/numero_mandat", n)
                .parameter("mandats_max", 2),
        );
    }
}

/// GOV-002: internal bodies of a CTS and election of its president.
pub static GOV_002: Rule = Rule {
    code: "GOV-002",
    severity: Severity::Error,
    category: Category::Required,
    applies_to: &[DocumentKind::ConseilTerritorialSante],
    in_force: InForce::since(Date::ymd(2016, 7, 28)),
    sources: &[
        L1434_10_I,
        DECRET_2016_1024,
    ],
    title: Text::new("Instances du conseil territorial de santé", "Bodies of the conseil territorial de santé"),
    message: Text::new(
        "Conseil territorial de santé : {what}.",
        "Conseil territorial de santé: {what}.",
    ),
    help: Text::new(
        "Un CTS se réunit en assemblée plénière, a un bureau, une commission spécialisée en santé mentale et une formation spécifique d'expression des usagers ; son président et son vice-président sont élus par les membres lors de la première réunion, pas désignés par l'ARS.",
        "A CTS meets in plenary assembly and has a bureau, a commission spécialisée en santé mentale and a formation spécifique for users' expression; its president and vice-president are elected by the members at the first meeting, not appointed by the ARS.",
    ),
    description: Text::new(
        "Vérifie que le CTS décrit ses quatre instances (assemblée plénière, bureau, commission spécialisée en santé mentale, formation spécifique des usagers) et que sa présidence n'est pas désignée.",
        "Checks that the CTS describes its four bodies (plenary assembly, bureau, mental-health commission, users' formation) and that its chair is not appointed.",
    ),
    limits: Some(Text::new(
        "Un CTS qui ne décrit aucune instance est signalé, même s'il en a : la règle ne voit que le document.",
        "A CTS that describes no body is reported even if it has them: the rule only sees the document.",
    )),
    check: Check::Document(|ctx, out| {
        let Document::ConseilTerritorialSante(c) = ctx.doc else { return };
        let wanted = [
            (NatureInstance::AssembleePleniere, "l'assemblée plénière", "the plenary assembly"),
            (NatureInstance::Bureau, "le bureau", "the bureau"),
            (NatureInstance::CommissionSpecialiseeSanteMentale, "la commission spécialisée en santé mentale", "the mental-health commission"),
            (NatureInstance::FormationUsagers, "la formation spécifique des usagers", "the users' formation"),
        ];
        let missing: Vec<_> = wanted
            .iter()
            .filter(|(n, _, _)| !c.instances.iter().any(|i| i.nature == *n))
            .collect();
        if !missing.is_empty() {
            out.push(
                Finding::at("/instances")
                    .param("what", missing.iter().map(|(n, _, _)| n.to_string()).collect::<Vec<_>>())
                    .localized(
                        "what",
                        format!("instances manquantes : {}", missing.iter().map(|m| m.1).collect::<Vec<_>>().join(", ")),
                        format!("missing bodies: {}", missing.iter().map(|m| m.2).collect::<Vec<_>>().join(", ")),
                    )
                    .input("/instances", c.instances.iter().map(|i| i.nature.to_string()).collect::<Vec<_>>())
                    .parameter("instances_requises", wanted.iter().map(|w| w.0.to_string()).collect::<Vec<_>>()),
            );
        }
        if c.president_elu == Some(false) {
            out.push(
                util::declared_false("/president_elu", "le président n'a pas été élu par les membres", "the president was not elected by the members"),
            );
        }
    }),
};

/// The day after the publication of loi 2019-774, which made deputies and senators members.
const PARLEMENTAIRES_DEPUIS: Date = Date::ymd(2019, 7, 27);

/// GOV-003: categories of members L1434-10 I requires in a CTS.
pub static GOV_003: Rule = Rule {
    code: "GOV-003",
    severity: Severity::Error,
    category: Category::Required,
    applies_to: &[DocumentKind::ConseilTerritorialSante],
    in_force: InForce::since(Date::ymd(2016, 1, 28)),
    sources: &[
        Source::new(
            SourceKind::Loi,
            "Code de la santé publique, art. L1434-10 I (composition du conseil territorial de santé)",
            Some("https://french-business-law.com/french-legislation-art/article-l1434-10-of-the-french-public-health-code/"),
        ),
        L1434_10_I,
        Source::new(
            SourceKind::Loi,
            "Loi n° 2019-774 du 24 juillet 2019 (députés et sénateurs membres du CTS) ; question écrite n° 00800 au Sénat et réponse du 30 mai 2024",
            Some("https://senat.fr./questions/base/2022/qSEQ220700800.html"),
        ),
    ],
    title: Text::new("Membres obligatoires du conseil territorial de santé", "Mandatory members of the conseil territorial de santé"),
    message: Text::new(
        "La composition du conseil territorial de santé ne comprend pas : {missing}.",
        "The composition of the conseil territorial de santé does not include: {missing}.",
    ),
    help: Text::new(
        "Le CTS comprend notamment des représentants des élus des collectivités territoriales, des services départementaux de PMI et des différentes catégories d'acteurs de santé du territoire, un membre du comité de massif en zone de montagne et, depuis la loi du 24 juillet 2019, les députés et sénateurs élus dans son ressort ; indiquez-les dans `representations`.",
        "The CTS includes representatives of the elected officials of the collectivités, of the départemental PMI services and of the categories of health actors of the territory, a member of the comité de massif in a mountain area and, since the law of 24 July 2019, the deputies and senators elected in its area; list them in `representations`.",
    ),
    description: Text::new(
        "Vérifie, quand le document décrit sa composition (`representations` ou collèges), qu'y figurent les élus des collectivités et les acteurs de santé (les collèges `collectivites` et `professionnels` en valent représentation) ; quand `representations` est renseigné, aussi les services de PMI, le comité de massif si `zone_de_montagne` est vrai et, à partir du 27 juillet 2019, les parlementaires.",
        "Checks, when the document describes its composition (`representations` or colleges), that it includes elected officials and health actors (the `collectivites` and `professionnels` colleges count as such); when `representations` is given, also the PMI services, the comité de massif if `zone_de_montagne` is true and, from 27 July 2019, the members of parliament.",
    ),
    limits: Some(Text::new(
        "Un CTS décrit par ses seuls collèges n'est vérifié que sur les élus et les acteurs de santé : les collèges de l'article R1434-33 (non modifié après la loi de 2019) ne disent rien des services de PMI, du comité de massif ni des parlementaires. La date du 27 juillet 2019 (lendemain de la publication de la loi) n'a pas été vérifiée sur Légifrance. Une composition qui n'est pas décrite n'est pas vérifiée.",
        "A CTS described by its colleges only is checked for elected officials and health actors only: the colleges of article R1434-33 (not amended after the 2019 law) say nothing of PMI services, the comité de massif or members of parliament. The date of 27 July 2019 (the day after the law's publication) was not verified on Légifrance. A composition that is not described is not checked.",
    )),
    check: Check::Document(|ctx, out| {
        let Document::ConseilTerritorialSante(c) = ctx.doc else { return };
        if c.representations.is_empty() && c.colleges.is_empty() {
            return;
        }
        let has = |r: RepresentationCts| c.representations.contains(&r);
        let mut missing: Vec<(&str, &str, &str)> = Vec::new();
        if !has(RepresentationCts::ElusCollectivites)
            && college(&c.colleges, &["collectivites", "collectivites_territoriales"]).is_none()
        {
            missing.push(("elus_collectivites", "les élus des collectivités territoriales", "elected officials of local authorities"));
        }
        let declared = !c.representations.is_empty();
        if declared && !has(RepresentationCts::ServicesPmi) {
            missing.push(("services_pmi", "les services départementaux de PMI", "the départemental PMI services"));
        }
        if !has(RepresentationCts::ActeursSante)
            && college(&c.colleges, &["professionnels", "offreurs", "professionnels_offreurs"]).is_none()
        {
            missing.push(("acteurs_sante", "les catégories d'acteurs de santé", "the categories of health actors"));
        }
        if declared && c.zone_de_montagne == Some(true) && !has(RepresentationCts::ComiteMassif) {
            missing.push(("comite_massif", "un membre du comité de massif", "a member of the comité de massif"));
        }
        if declared && ctx.as_of >= PARLEMENTAIRES_DEPUIS && !has(RepresentationCts::Parlementaires)
        {
            missing.push(("parlementaires", "les députés et sénateurs élus dans son ressort", "the deputies and senators elected in its area"));
        }
        if !missing.is_empty() {
            let mut f = Finding::at("/representations").parameter("representations_requises", vec!["elus_collectivites", "services_pmi", "acteurs_sante"])
                .param("missing", missing.iter().map(|m| m.0).collect::<Vec<_>>())
                .localized(
                    "missing",
                    missing.iter().map(|m| m.1).collect::<Vec<_>>().join(", "),
                    missing.iter().map(|m| m.2).collect::<Vec<_>>().join(", "),
                )
                .input("/representations", c.representations.iter().map(|r| r.to_string()).collect::<Vec<_>>());
            if let Some(z) = c.zone_de_montagne {
                f = f.input("/zone_de_montagne", z);
            }
            if ctx.as_of >= PARLEMENTAIRES_DEPUIS {
                f = f.parameter("parlementaires_depuis", PARLEMENTAIRES_DEPUIS.to_string());
            }
            out.push(f);
        }
    }),
};

/// GOV-004: CTS opinions go to the CRSA; the DG ARS answers within 3 months.
pub static GOV_004: Rule = Rule {
    code: "GOV-004",
    severity: Severity::Warning,
    category: Category::BusinessRule,
    applies_to: &[DocumentKind::ConseilTerritorialSante],
    in_force: InForce::since(Date::ymd(2016, 7, 28)),
    sources: &[
        Source::new(
            SourceKind::Guide,
            "Maire-info, 29 juillet 2016 (résumé du décret n° 2016-1024)",
            None,
        ),
        DECRET_2016_1024,
    ],
    title: Text::new("Suites des avis du conseil territorial de santé", "Follow-up of the CTS's opinions"),
    message: Text::new(
        "Avis du conseil territorial de santé du {date} : {what}.",
        "Opinion of the conseil territorial de santé of {date}: {what}.",
    ),
    help: Text::new(
        "Les avis et propositions du CTS sont transmis à la CRSA ; le directeur général de l'ARS fait connaître dans les 3 mois les suites qu'il leur donne. Enregistrez la transmission et la date de réponse, ou relancez l'ARS.",
        "The CTS's opinions and proposals are sent to the CRSA; the DG ARS states within 3 months what follow-up he gives them. Record the transmission and the answer date, or remind the ARS.",
    ),
    description: Text::new(
        "Pour chaque avis daté : signale un avis non transmis à la CRSA, une réponse de l'ARS arrivée plus de 3 mois après l'avis, ou l'absence de réponse plus de 3 mois après l'avis à la date d'évaluation.",
        "For each dated opinion: reports an opinion not sent to the CRSA, an ARS answer more than 3 months after the opinion, or no answer more than 3 months after the opinion at the evaluation date.",
    ),
    limits: None,
    check: Check::Document(|ctx, out| {
        let Document::ConseilTerritorialSante(c) = ctx.doc else { return };
        for (i, a) in c.avis.iter().enumerate() {
            let Some(d) = a.date else { continue };
            let base = format!("/avis/{i}");
            if a.transmis_crsa == Some(false) {
                out.push(
                    Finding::at(format!("{base}/transmis_crsa")).parameter("attendu", true)
                        .param("date", d.to_string())
                        .param("what", "transmis_crsa: false")
                        .localized("what", "il n'a pas été transmis à la CRSA", "it was not sent to the CRSA")
                        .input(format!("{base}/transmis_crsa"), false),
                );
            }
            let Some(limit) = add_months(d, 3) else { continue };
            match a.date_reponse_ars {
                Some(r) if r > limit => out.push(
                    Finding::at(format!("{base}/date_reponse_ars"))
                        .param("date", d.to_string())
                        .param("what", format!("reponse {r}"))
                        .localized(
                            "what",
                            format!("l'ARS a répondu le {r}, après le délai de 3 mois ({limit})"),
                            format!("the ARS answered on {r}, after the 3-month deadline ({limit})"),
                        )
                        .input(format!("{base}/date"), d.to_string())
                        .input(format!("{base}/date_reponse_ars"), r.to_string())
                        .parameter("delai_mois", 3)
                        .parameter("echeance", limit.to_string()),
                ),
                None if ctx.as_of > limit => out.push(
                    Finding::at(base.clone())
                        .param("date", d.to_string())
                        .param("what", "sans reponse")
                        .localized(
                            "what",
                            format!("aucune réponse de l'ARS n'est enregistrée alors que le délai de 3 mois a expiré le {limit}"),
                            format!("no ARS answer is recorded although the 3-month deadline expired on {limit}"),
                        )
                        .input(format!("{base}/date"), d.to_string())
                        .parameter("delai_mois", 3)
                        .parameter("echeance", limit.to_string())
                        .parameter("as_of", ctx.as_of.to_string()),
                ),
                _ => {}
            }
        }
    }),
};

fn is_chair_ok(doc: &Document, inst: &Instance) -> bool {
    inst.presidence.iter().any(|id| {
        matches!(
            util::nature(doc, id),
            Some(NatureActeur::Commune | NatureActeur::Epci | NatureActeur::Ept)
        )
    })
}

/// GOV-005: the two bodies of a CLSM, their chair and their members.
pub static GOV_005: Rule = Rule {
    code: "GOV-005",
    severity: Severity::Warning,
    category: Category::BusinessRule,
    applies_to: &[DocumentKind::ConseilLocalSanteMentale],
    in_force: InForce::since(Date::ymd(2016, 9, 30)),
    sources: &[
        INSTRUCTION_CLSM_2016,
        Source::new(SourceKind::Guide, "Maire-info, 14 octobre 2016 (résumé de l'instruction)", None),
        Source::new(
            SourceKind::Circulaire,
            "Référentiel national des CLSM (instruction du 13 mai 2025)",
            Some("https://www.maire-info.com/sante-publique/le-gouvernement-publie-un-referentiel-national-conseils-locaux-sante-mentale-article-29699"),
        ),
    ],
    title: Text::new("Instances du conseil local de santé mentale", "Bodies of the conseil local de santé mentale"),
    message: Text::new("CLSM : {what}.", "CLSM: {what}."),
    help: Text::new(
        "Un CLSM a une assemblée plénière (au moins annuelle) et un comité de pilotage, tous deux présidés par le maire ou le président de l'EPCI (ou leur représentant) ; le comité de pilotage rédige un règlement intérieur ; le CLSM réunit au moins les élus, la psychiatrie publique et les usagers et aidants.",
        "A CLSM has a plenary assembly (at least yearly) and a steering committee, both chaired by the maire or the EPCI's president (or their representative); the committee writes a règlement intérieur; the CLSM brings together at least elected officials, public psychiatry, and users and carers.",
    ),
    description: Text::new(
        "Vérifie la présence de l'assemblée plénière et du comité de pilotage, leur présidence par une commune ou un EPCI, le rythme au moins annuel de la plénière, l'adoption du règlement intérieur et la présence parmi les acteurs d'une collectivité, de la psychiatrie et d'une association d'usagers ou d'aidants.",
        "Checks that the plenary assembly and the steering committee exist, are chaired by a commune or an EPCI, that the plenary meets at least yearly, that the règlement intérieur is adopted, and that the actors include a local authority, psychiatry and a users' or carers' association.",
    ),
    limits: Some(Text::new(
        "La présence de l'ARS et du préfet, recommandée, n'est pas exigée ; les représentants désignés par le maire ne se distinguent pas du maire dans le modèle.",
        "The presence of the ARS and the préfet, recommended, is not required; representatives appointed by the maire are not told apart from the maire in the model.",
    )),
    check: Check::Document(check_gov005),
};

fn check_gov005(ctx: &Ctx<'_>, out: &mut Sink) {
    let Document::ConseilLocalSanteMentale(c) = ctx.doc else {
        return;
    };
    let mut missing = Vec::new();
    for (n, fr, en, chaired) in [
        (
            NatureInstance::AssembleePleniere,
            "l'assemblée plénière",
            "the plenary assembly",
            "présidée",
        ),
        (
            NatureInstance::Copil,
            "le comité de pilotage",
            "the steering committee",
            "présidé",
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
                        .localized(
                            "what",
                            format!(
                                "{fr} n'est pas {chaired} par le maire ou le président de l'EPCI"
                            ),
                            format!("{en} is not chaired by the maire or the EPCI's president"),
                        )
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
                            .localized(
                                "what",
                                "l'assemblée plénière ne se réunit pas au moins une fois par an",
                                "the plenary assembly does not meet at least once a year",
                            )
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
                        .localized(
                            "what",
                            "le comité de pilotage n'a pas de règlement intérieur",
                            "the steering committee has no règlement intérieur",
                        )
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
                .localized(
                    "what",
                    format!(
                        "instances manquantes : {}",
                        missing.iter().map(|m| m.1).collect::<Vec<_>>().join(", ")
                    ),
                    format!(
                        "missing bodies: {}",
                        missing.iter().map(|m| m.2).collect::<Vec<_>>().join(", ")
                    ),
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
            NatureActeur::Commune | NatureActeur::Epci | NatureActeur::Ept
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
                .localized(
                    "what",
                    format!(
                        "membres absents : {}",
                        absent.iter().map(|m| m.1).collect::<Vec<_>>().join(", ")
                    ),
                    format!(
                        "missing members: {}",
                        absent.iter().map(|m| m.2).collect::<Vec<_>>().join(", ")
                    ),
                )
                .input(
                    "/acteurs",
                    natures.iter().map(|n| n.to_string()).collect::<Vec<_>>(),
                ),
        );
    }
}

/// GOV-006: prefectoral recognition of a conseil citoyen after consulting maire and EPCI.
pub static GOV_006: Rule = Rule {
    code: "GOV-006",
    severity: Severity::Error,
    category: Category::BusinessRule,
    applies_to: &[DocumentKind::ConseilCitoyen],
    in_force: InForce::since(Date::ymd(2014, 2, 23)),
    sources: &[LOI_2014_173_ART7],
    title: Text::new("Reconnaissance préfectorale du conseil citoyen", "Prefectoral recognition of the conseil citoyen"),
    message: Text::new("Conseil citoyen : {what}.", "Conseil citoyen: {what}."),
    help: Text::new(
        "La composition du conseil citoyen est reconnue par arrêté du préfet, après consultation du maire et du président de l'EPCI ; indiquez la date de l'arrêté, ou faites-le prendre.",
        "The conseil citoyen's composition is recognised by arrêté of the préfet, after consulting the maire and the EPCI's president; give the arrêté's date, or have it taken.",
    ),
    description: Text::new(
        "Signale un conseil citoyen installé à la date d'évaluation sans arrêté préfectoral de reconnaissance, et une reconnaissance sans consultation du maire et du président de l'EPCI.",
        "Reports a conseil citoyen installed at the evaluation date without a prefectoral arrêté of recognition, and a recognition without consulting the maire and the EPCI's president.",
    ),
    limits: Some(Text::new(
        "Un conseil citoyen sans date d'installation n'est vérifié que sur la consultation.",
        "A conseil citoyen without an installation date is only checked for the consultation.",
    )),
    check: Check::Document(|ctx, out| {
        let Document::ConseilCitoyen(c) = ctx.doc else { return };
        if let Some(inst) = c.date_installation.filter(|d| *d <= ctx.as_of) {
            if c.reconnaissance_prefectorale.is_none_or(|r| r > ctx.as_of) {
                out.push(
                    Finding::at("/reconnaissance_prefectorale")
                        .param("what", "reconnaissance_prefectorale")
                        .localized(
                            "what",
                            format!("installé le {inst}, il n'a pas d'arrêté préfectoral de reconnaissance au {}", ctx.as_of),
                            format!("installed on {inst}, it has no prefectoral arrêté of recognition on {}", ctx.as_of),
                        )
                        .input("/date_installation", inst.to_string())
                        .parameter("as_of", ctx.as_of.to_string()),
                );
            }
        }
        if c.consultation_maire_epci == Some(false) {
            out.push(
                util::declared_false("/consultation_maire_epci", "le maire et le président de l'EPCI n'ont pas été consultés avant la reconnaissance", "the maire and the EPCI's president were not consulted before recognition"),
            );
        }
    }),
};

/// The steering bodies of a contrat de ville, with their paths.
fn steering_bodies(c: &ContratDeVille) -> Vec<(String, &Instance)> {
    let mut v: Vec<(String, &Instance)> = c
        .gouvernance
        .iter()
        .enumerate()
        .filter(|(_, i)| {
            matches!(
                i.nature,
                NatureInstance::Copil | NatureInstance::CopilRenouvellementUrbain
            )
        })
        .map(|(k, i)| (format!("/gouvernance/{k}"), i))
        .collect();
    if let Some(copil) = c.volet_sante.as_ref().and_then(|v| v.copil.as_ref()) {
        v.push(("/volet_sante/copil".to_string(), copil));
    }
    v
}

/// GOV-007: conseils citoyens sit in every steering body of the contrat de ville.
pub static GOV_007: Rule = Rule {
    code: "GOV-007",
    severity: Severity::Error,
    category: Category::BusinessRule,
    applies_to: &[DocumentKind::ContratDeVille],
    in_force: InForce::since(Date::ymd(2014, 2, 23)),
    sources: &[LOI_2014_173_ART7],
    title: Text::new("Conseils citoyens dans les instances de pilotage", "Conseils citoyens in the steering bodies"),
    message: Text::new(
        "L'instance de pilotage « {instance} » du contrat de ville ne compte pas de représentant des conseils citoyens.",
        "The contrat de ville's steering body \"{instance}\" has no representative of the conseils citoyens.",
    ),
    help: Text::new(
        "Des représentants des conseils citoyens participent à toutes les instances de pilotage du contrat de ville, y compris celles des projets de renouvellement urbain : ajoutez parmi les membres un acteur de nature `conseil_citoyen`.",
        "Representatives of the conseils citoyens take part in every steering body of the contrat de ville, including those of urban renewal projects: add among the members an actor of nature `conseil_citoyen`.",
    ),
    description: Text::new(
        "Pour chaque comité de pilotage du contrat de ville (y compris celui du renouvellement urbain et celui du volet santé) dont les membres sont listés, vérifie qu'un membre est un conseil citoyen.",
        "For each steering committee of the contrat de ville (including urban renewal's and the volet santé's) whose members are listed, checks that a member is a conseil citoyen.",
    ),
    limits: Some(Text::new(
        "Une instance sans liste de membres n'est pas vérifiée. Le comité de pilotage du volet santé est compté parmi les instances de pilotage du contrat.",
        "A body without a member list is not checked. The volet santé's steering committee is counted among the contract's steering bodies.",
    )),
    check: Check::Document(|ctx, out| {
        let Document::ContratDeVille(c) = ctx.doc else { return };
        for (p, inst) in steering_bodies(c) {
            if inst.membres.is_empty() {
                continue;
            }
            let ok = inst
                .membres
                .iter()
                .chain(inst.presidence.iter())
                .any(|id| util::nature(ctx.doc, id) == Some(NatureActeur::ConseilCitoyen));
            if !ok {
                let (fr, en) = match (&inst.nom, inst.nature) {
                    (Some(n), _) => {
                        let n: String = n.chars().take(80).collect();
                        (n.clone(), n)
                    }
                    (None, NatureInstance::CopilRenouvellementUrbain) => (
                        "comité de pilotage du renouvellement urbain".to_string(),
                        "urban renewal steering committee".to_string(),
                    ),
                    (None, _) => (
                        "comité de pilotage".to_string(),
                        "steering committee".to_string(),
                    ),
                };
                out.push(
                    Finding::at(format!("{p}/membres"))
                        .param("instance", inst.nature.to_string())
                        .localized("instance", fr, en)
                        .input(
                            format!("{p}/membres"),
                            inst.membres
                                .iter()
                                .map(|id| util::nature(ctx.doc, id).map(|x| x.to_string()).unwrap_or_default())
                                .collect::<Vec<_>>(),
                        )
                        .parameter("nature_requise", "conseil_citoyen"),
                );
            }
        }
    }),
};

/// Whether a contrat de ville is of the 2024 generation (declared, or signed from 2024).
pub fn is_cv2024(c: &ContratDeVille) -> bool {
    match c.generation {
        Some(GenerationCv::G2024) => true,
        Some(GenerationCv::G2015) => false,
        None => c
            .date_signature
            .or(c.periode.and_then(|p| p.debut))
            .is_some_and(|d| d.year() >= 2024),
    }
}

/// GOV-008: governance of the 2024 contrats de ville.
pub static GOV_008: Rule = Rule {
    code: "GOV-008",
    severity: Severity::Warning,
    category: Category::BusinessRule,
    applies_to: &[DocumentKind::ContratDeVille],
    in_force: InForce::since(Date::ymd(2024, 11, 7)),
    sources: &[Source::new(
        SourceKind::Guide,
        "IREV, gouvernance des contrats de ville « Engagements Quartiers 2030 »",
        Some("https://irev.fr/node/238215"),
    )],
    title: Text::new("Gouvernance des contrats de ville 2024", "Governance of 2024 contrats de ville"),
    message: Text::new("Contrat de ville 2024 : {what}.", "2024 contrat de ville: {what}."),
    help: Text::new(
        "La gouvernance des contrats « Engagements Quartiers 2030 » est centrée sur l'EPCI ou la commune avec l'État : décrivez un comité de pilotage co-présidé par la collectivité et le préfet, réuni au moins une fois par an pour revoir les indicateurs.",
        "Governance of \"Engagements Quartiers 2030\" contracts is centred on the EPCI or commune with the State: describe a steering committee co-chaired by the local authority and the préfet, meeting at least yearly to review indicators.",
    ),
    description: Text::new(
        "Pour un contrat de génération 2024, vérifie qu'un comité de pilotage existe, qu'il est présidé par la collectivité (EPCI, EPT ou commune) et l'État, et qu'il se réunit au moins une fois par an.",
        "For a 2024-generation contract, checks that a steering committee exists, that it is chaired by the local authority (EPCI, EPT or commune) and the State, and that it meets at least yearly.",
    ),
    limits: Some(Text::new(
        "L'articulation avec le CPER, le CRTE, le Pacte des solidarités et les conventions CAF, et l'élargissement des signataires, ne sont pas vérifiés.",
        "The articulation with the CPER, the CRTE, the Pacte des solidarités and CAF conventions, and the wider set of signatories, are not checked.",
    )),
    check: Check::Document(|ctx, out| {
        let Document::ContratDeVille(c) = ctx.doc else { return };
        if !is_cv2024(c) {
            return;
        }
        let copils = instances_of(&c.gouvernance, NatureInstance::Copil);
        if copils.is_empty() {
            out.push(
                Finding::at("/gouvernance").parameter("instance_requise", "copil")
                    .param("what", "copil")
                    .localized("what", "aucun comité de pilotage n'est décrit", "no steering committee is described")
                    .input("/gouvernance", c.gouvernance.iter().map(|i| i.nature.to_string()).collect::<Vec<_>>()),
            );
        }
        for (i, inst) in copils {
            let natures: Vec<NatureActeur> = inst.presidence.iter().filter_map(|id| util::nature(ctx.doc, id)).collect();
            let local = natures.iter().any(|n| matches!(n, NatureActeur::Commune | NatureActeur::Epci | NatureActeur::Ept));
            let etat = natures.iter().any(|n| n.is_etat());
            if !(inst.presidence.is_empty() || (local && etat)) {
                let p = format!("/gouvernance/{i}/presidence");
                out.push(
                    Finding::at(p.clone()).parameter("presidence_requise", vec!["collectivite", "etat"])
                        .param("what", "presidence")
                        .localized(
                            "what",
                            "le comité de pilotage n'est pas co-présidé par la collectivité et l'État",
                            "the steering committee is not co-chaired by the local authority and the State",
                        )
                        .input(p, natures.iter().map(|n| n.to_string()).collect::<Vec<_>>()),
                );
            }
            if let Some(r) = inst.rythme.filter(|r| r.per_year() < 1) {
                let p = format!("/gouvernance/{i}/rythme");
                out.push(
                    Finding::at(p.clone())
                        .param("what", format!("rythme {r}"))
                        .localized(
                            "what",
                            "le comité de pilotage ne se réunit pas au moins une fois par an",
                            "the steering committee does not meet at least yearly",
                        )
                        .input(p, r.to_string())
                        .parameter("reunions_par_an_min", 1),
                );
            }
        }
    }),
};

/// GOV-009: PTSM procedure — diagnostic arrêté first, opinions collected before the arrêté.
pub static GOV_009: Rule = Rule {
    code: "GOV-009",
    severity: Severity::Warning,
    category: Category::BusinessRule,
    applies_to: &[DocumentKind::ProjetTerritorialSanteMentale],
    in_force: InForce::since(Date::ymd(2017, 7, 30)),
    sources: &[
        Source::new(
            SourceKind::Reglement,
            "Code de la santé publique, art. R3224-1 IV (décret n° 2017-1200 du 27 juillet 2017)",
            Some("https://french-business-law.com/rench-legislation-art/article-r3224-1-of-the-french-public-health-code"),
        ),
        Source::new(
            SourceKind::Loi,
            "Code de la santé publique, art. L3221-2",
            Some("https://www.doctrine.fr/l/texts/codes/LEGITEXT000006072665/articles/LEGIARTI000006687965?version=LEGIARTI000031928497&date=2016-12-30&source=legislation-text&sourcePage="),
        ),
    ],
    title: Text::new("Procédure d'adoption du PTSM", "Adoption procedure of the PTSM"),
    message: Text::new("PTSM : {what}.", "PTSM: {what}."),
    help: Text::new(
        "Le diagnostic territorial partagé puis le PTSM sont arrêtés par le DG ARS après avis du conseil territorial de santé (et de sa commission spécialisée en santé mentale) et des CLSM ; enregistrez les avis (`avis`) et la date de l'arrêté du diagnostic.",
        "The diagnostic territorial partagé then the PTSM are adopted by the DG ARS after opinions of the conseil territorial de santé (and its mental-health commission) and the CLSM; record the opinions (`avis`) and the diagnostic's arrêté date.",
    ),
    description: Text::new(
        "Pour un PTSM arrêté : vérifie que le diagnostic a été arrêté avant lui, qu'un avis du CTS ou de sa commission santé mentale est enregistré, et qu'aucun avis n'est postérieur à l'arrêté.",
        "For an adopted PTSM: checks that the diagnostic was adopted before it, that an opinion of the CTS or its mental-health commission is recorded, and that no opinion is later than the arrêté.",
    ),
    limits: Some(Text::new(
        "La liste libre `consultations` n'est pas interprétée ; l'avis des CLSM n'est pas exigé (on ne sait pas s'il en existe sur le territoire). La durée et la publication relèvent de PTSM-002.",
        "The free list `consultations` is not interpreted; CLSM opinions are not required (whether any CLSM exists in the territory is unknown). Duration and publication are PTSM-002's.",
    )),
    check: Check::Document(|ctx, out| {
        let Document::ProjetTerritorialSanteMentale(c) = ctx.doc else { return };
        let Some(arrete) = c.date_arrete else { return };
        match c.date_arrete_diagnostic {
            None => out.push(
                Finding::at("/date_arrete_diagnostic").parameter("date_arrete", arrete.to_string())
                    .param("what", "date_arrete_diagnostic")
                    .localized(
                        "what",
                        format!("arrêté le {arrete} sans date d'arrêté du diagnostic territorial partagé"),
                        format!("adopted on {arrete} with no arrêté date for the diagnostic territorial partagé"),
                    )
                    .input("/date_arrete", arrete.to_string()),
            ),
            Some(d) if d > arrete => out.push(
                Finding::at("/date_arrete_diagnostic").parameter("date_arrete", arrete.to_string())
                    .param("what", "ordre")
                    .localized(
                        "what",
                        format!("le diagnostic est arrêté le {d}, après le PTSM ({arrete})"),
                        format!("the diagnostic was adopted on {d}, after the PTSM ({arrete})"),
                    )
                    .input("/date_arrete_diagnostic", d.to_string())
                    .input("/date_arrete", arrete.to_string()),
            ),
            _ => {}
        }
        use crate::model::InstanceConsultee as I;
        if !c.avis.iter().any(|a| matches!(a.instance, I::Cts | I::CommissionSanteMentaleCts)) {
            out.push(
                Finding::at("/avis")
                    .param("what", "avis_cts")
                    .localized(
                        "what",
                        "aucun avis du conseil territorial de santé n'est enregistré",
                        "no opinion of the conseil territorial de santé is recorded",
                    )
                    .input("/avis", c.avis.iter().map(|a| a.instance.to_string()).collect::<Vec<_>>())
                    .parameter("instances_requises", vec!["cts", "commission_sante_mentale_cts"]),
            );
        }
        for (i, a) in c.avis.iter().enumerate() {
            if let Some(d) = a.date.filter(|d| *d > arrete) {
                let p = format!("/avis/{i}/date");
                out.push(
                    Finding::at(p.clone()).parameter("date_arrete", arrete.to_string())
                        .param("what", "avis posterieur")
                        .localized(
                            "what",
                            format!("l'avis ({}) du {d} est postérieur à l'arrêté du {arrete}", a.instance),
                            format!("the opinion ({}) of {d} is later than the arrêté of {arrete}", a.instance),
                        )
                        .input(p, d.to_string())
                        .input("/date_arrete", arrete.to_string()),
                );
            }
        }
    }),
};

/// The date from which a late objection of the DG ARS no longer prevents a CPTS project.
const CPTS_DELAI_DEPUIS: Date = Date::ymd(2019, 7, 27);

/// GOV-010: the CPTS projet de santé is sent to the ARS and states its territory.
pub static GOV_010: Rule = Rule {
    code: "GOV-010",
    severity: Severity::Error,
    category: Category::BusinessRule,
    applies_to: &[DocumentKind::ProjetSanteProximite],
    in_force: InForce::since(Date::ymd(2016, 1, 28)),
    sources: &[
        Source::new(
            SourceKind::Loi,
            "Code de la santé publique, art. L1434-12",
            Some("https://circulaire.legifrance.gouv.fr/codes/section_lc/LEGITEXT000006072665/LEGISCTA000031917906/2022-06-30/?anchor=LEGIARTI000043497169"),
        ),
        Source::new(
            SourceKind::Loi,
            "Loi n° 2019-774 du 24 juillet 2019 (projet, art. 7, amendement n° 1816 : projet « réputé validé, sauf si le directeur général de l'ARS s'y oppose dans un délai de deux mois »)",
            Some("https://2017-2022.nosdeputes.fr/15/amendement/1767/1816"),
        ),
        Source::new(
            SourceKind::ConnaissanceGenerale,
            "Entrée en vigueur de la validation tacite le 27 juillet 2019, lendemain de la publication de la loi (non vérifiée sur Légifrance)",
            None,
        ),
    ],
    title: Text::new("Projet de santé de la CPTS", "Projet de santé of the CPTS"),
    message: Text::new("CPTS : {what}.", "CPTS: {what}."),
    help: Text::new(
        "La CPTS transmet son projet de santé à l'ARS en précisant son territoire d'action ; il est réputé validé sauf opposition du DG ARS dans les deux mois (non-conformité au PRS ou territoire inadapté).",
        "The CPTS sends its projet de santé to the ARS stating its territoire d'action; it is deemed validated unless the DG ARS objects within two months (non-compliance with the PRS or inadequate territory).",
    ),
    description: Text::new(
        "Pour une CPTS : signale un projet de santé non transmis à l'ARS, un territoire d'action non précisé, et une opposition de l'ARS formée plus de deux mois après la transmission (le projet est alors réputé validé).",
        "For a CPTS: reports a projet de santé not sent to the ARS, a territoire d'action not stated, and an ARS objection made more than two months after transmission (the project is then deemed validated).",
    ),
    limits: Some(Text::new(
        "La validation tacite à deux mois, issue de la loi du 24 juillet 2019, est appliquée aux transmissions à partir du 27 juillet 2019 (lendemain de la publication, date non vérifiée sur Légifrance : GK) ; avant, la loi prévoyait seulement la transmission du projet à l'ARS. La conformité au PRS n'est pas vérifiable.",
        "Tacit validation after two months, from the law of 24 July 2019, is applied to transmissions from 27 July 2019 (the day after publication, a date not verified on Légifrance: GK); before, the law only provided for sending the project to the ARS. Compliance with the PRS cannot be checked.",
    )),
    check: Check::Document(|ctx, out| {
        let Document::ProjetSanteProximite(c) = ctx.doc else { return };
        if c.nature != NatureProjetSante::Cpts {
            return;
        }
        let ps = c.projet_de_sante.clone().unwrap_or_default();
        match ps.transmis_ars {
            None => out.push(
                Finding::at(if c.projet_de_sante.is_some() { "/projet_de_sante/transmis_ars" } else { "/projet_de_sante" }).parameter("requis", "transmis_ars")
                    .param("what", "transmis_ars")
                    .localized("what", "le projet de santé n'a pas été transmis à l'ARS", "the projet de santé was not sent to the ARS")
                    .input("/nature", "cpts"),
            ),
            Some(t) => {
                if let (Some(o), Some(limit)) = (ps.opposition_ars, add_months(t, 2)) {
                    if t >= CPTS_DELAI_DEPUIS && o > limit {
                        out.push(
                            Finding::at("/projet_de_sante/opposition_ars")
                                .param("what", "opposition tardive")
                                .localized(
                                    "what",
                                    format!("l'opposition de l'ARS du {o} est postérieure au délai de deux mois ({limit}) : le projet est réputé validé"),
                                    format!("the ARS objection of {o} is after the two-month deadline ({limit}): the project is deemed validated"),
                                )
                                .input("/projet_de_sante/transmis_ars", t.to_string())
                                .input("/projet_de_sante/opposition_ars", o.to_string())
                                .parameter("delai_mois", 2)
                                .parameter("applicable_depuis", CPTS_DELAI_DEPUIS.to_string()),
                        );
                    }
                }
            }
        }
        if c.projet_de_sante.is_some() && ps.territoire_action != Some(true) {
            out.push(
                Finding::at("/projet_de_sante/territoire_action").parameter("attendu", true)
                    .param("what", "territoire_action")
                    .localized("what", "le projet de santé ne précise pas le territoire d'action", "the projet de santé does not state the territoire d'action")
                    .input("/projet_de_sante/territoire_action", ps.territoire_action.map_or(Value::Null, Value::from)),
            );
        }
    }),
};

/// GOV-011: the MSP projet de santé is signed by every professional and sent to the ARS.
pub static GOV_011: Rule = Rule {
    code: "GOV-011",
    severity: Severity::Error,
    category: Category::BusinessRule,
    applies_to: &[DocumentKind::ProjetSanteProximite],
    in_force: InForce::since(Date::ymd(2011, 8, 12)),
    sources: &[
        Source::new(
            SourceKind::Loi,
            "Code de la santé publique, art. L6323-3",
            Some("https://www.doctrine.fr/l/texts/codes/LEGITEXT000006072665/articles/LEGIARTI000017833749?version=LEGIARTI000024462532&source=legislation"),
        ),
        Source::new(
            SourceKind::Loi,
            "Article L6323-3 of the French public health code (current version)",
            Some("https://french-business-law.com/rench-legislation-art/article-l6323-3-of-the-french-public-health-code"),
        ),
    ],
    title: Text::new("Projet de santé de la maison de santé", "Projet de santé of the maison de santé"),
    message: Text::new("Maison de santé pluriprofessionnelle : {what}.", "Maison de santé pluriprofessionnelle: {what}."),
    help: Text::new(
        "Les professionnels d'une MSP élaborent un projet de santé compatible avec le schéma régional de santé, signé par chacun d'eux et transmis pour information à l'ARS.",
        "The professionals of an MSP draw up a projet de santé compatible with the schéma régional de santé, signed by each of them and sent to the ARS for information.",
    ),
    description: Text::new(
        "Pour une MSP : signale l'absence de projet de santé, sa non-transmission à l'ARS et l'absence de signature de tous les professionnels.",
        "For an MSP: reports a missing projet de santé, one not sent to the ARS, and one not signed by every professional.",
    ),
    limits: Some(Text::new(
        "La compatibilité avec le schéma régional de santé et la forme juridique de la structure (personne morale de professionnels) ne sont pas vérifiées ; le porteur d'un projet immobilier (une ville) n'est pas la MSP elle-même.",
        "Compatibility with the schéma régional de santé and the legal form (legal person of professionals) are not checked; the carrier of a building project (a ville) is not the MSP itself.",
    )),
    check: Check::Document(|ctx, out| {
        let Document::ProjetSanteProximite(c) = ctx.doc else { return };
        if c.nature != NatureProjetSante::Msp {
            return;
        }
        let Some(ps) = &c.projet_de_sante else {
            out.push(
                Finding::at("/projet_de_sante").parameter("requis", "projet_de_sante")
                    .param("what", "projet_de_sante")
                    .localized("what", "aucun projet de santé n'est décrit", "no projet de santé is described")
                    .input("/nature", "msp"),
            );
            return;
        };
        if ps.transmis_ars.is_none() {
            out.push(
                Finding::at("/projet_de_sante/transmis_ars").parameter("requis", "transmis_ars")
                    .param("what", "transmis_ars")
                    .localized("what", "le projet de santé n'a pas été transmis à l'ARS", "the projet de santé was not sent to the ARS")
                    .input("/projet_de_sante/transmis_ars", Value::Null),
            );
        }
        if ps.signe_par_tous_les_professionnels == Some(false) {
            out.push(
                Finding::at("/projet_de_sante/signe_par_tous_les_professionnels").parameter("attendu", true)
                    .param("what", "signature")
                    .localized(
                        "what",
                        "le projet de santé n'est pas signé par chacun des professionnels",
                        "the projet de santé is not signed by each professional",
                    )
                    .input("/projet_de_sante/signe_par_tous_les_professionnels", false),
            );
        }
    }),
};

/// Deadline for the first definition of territoires de démocratie sanitaire.
const TDS_ECHEANCE: Date = Date::ymd(2016, 10, 31);

/// GOV-012: definition of the territoire de démocratie sanitaire.
pub static GOV_012: Rule = Rule {
    code: "GOV-012",
    severity: Severity::Warning,
    category: Category::BusinessRule,
    applies_to: &[DocumentKind::ConseilTerritorialSante],
    in_force: InForce::since(Date::ymd(2016, 1, 28)),
    sources: &[
        Source::new(
            SourceKind::Reglement,
            "Code de la santé publique, art. R1434-29 (décret n° 2016-1024 du 26 juillet 2016, art. 2)",
            Some("https://legal.tricoteuses.fr/articles/JORFARTI000032938588"),
        ),
        DECRET_2016_1024,
    ],
    title: Text::new("Définition du territoire de démocratie sanitaire", "Definition of the territoire de démocratie sanitaire"),
    message: Text::new(
        "Territoire de démocratie sanitaire du CTS : {what}.",
        "Territoire de démocratie sanitaire of the CTS: {what}.",
    ),
    help: Text::new(
        "Le DG ARS arrête les territoires de démocratie sanitaire, au plus tard le 31 octobre 2016, après avis du préfet de région, de la CRSA et des collectivités territoriales (deux mois, silence valant avis).",
        "The DG ARS sets the territoires de démocratie sanitaire, by 31 October 2016 at the latest, after opinions of the préfet de région, the CRSA and the collectivités (two months, silence counting as an opinion).",
    ),
    description: Text::new(
        "Signale une première définition arrêtée après le 31 octobre 2016 et un avis (préfet de région, CRSA, collectivités) déclaré non recueilli.",
        "Reports a first definition adopted after 31 October 2016 and an opinion (préfet de région, CRSA, collectivités) declared not sought.",
    ),
    limits: Some(Text::new(
        "Le délai de deux mois et l'avis tacite ne sont pas vérifiés ; une révision ultérieure (`revision: true`) n'est pas soumise à l'échéance de 2016.",
        "The two-month period and tacit opinions are not checked; a later revision (`revision: true`) is not subject to the 2016 deadline.",
    )),
    check: Check::Document(|ctx, out| {
        let Document::ConseilTerritorialSante(c) = ctx.doc else { return };
        let Some(d) = &c.definition_tds else { return };
        if let Some(a) = d.date_arrete.filter(|a| *a > TDS_ECHEANCE) {
            if d.revision != Some(true) {
                out.push(
                    Finding::at("/definition_tds/date_arrete")
                        .param("what", "echeance")
                        .localized(
                            "what",
                            format!("arrêté le {a}, après l'échéance du {TDS_ECHEANCE}"),
                            format!("adopted on {a}, after the deadline of {TDS_ECHEANCE}"),
                        )
                        .input("/definition_tds/date_arrete", a.to_string())
                        .parameter("echeance", TDS_ECHEANCE.to_string()),
                );
            }
        }
        let mut missing: Vec<(&str, &str, &str)> = Vec::new();
        if d.avis_prefet_region == Some(false) {
            missing.push(("avis_prefet_region", "le préfet de région", "the préfet de région"));
        }
        if d.avis_crsa == Some(false) {
            missing.push(("avis_crsa", "la CRSA", "the CRSA"));
        }
        if d.avis_collectivites == Some(false) {
            missing.push(("avis_collectivites", "les collectivités territoriales", "the local authorities"));
        }
        if !missing.is_empty() {
            let mut f = Finding::at("/definition_tds").parameter("avis_requis", vec!["avis_prefet_region", "avis_crsa", "avis_collectivites"])
                .param("what", missing.iter().map(|m| m.0).collect::<Vec<_>>())
                .localized(
                    "what",
                    format!("arrêté sans l'avis de : {}", missing.iter().map(|m| m.1).collect::<Vec<_>>().join(", ")),
                    format!("adopted without the opinion of: {}", missing.iter().map(|m| m.2).collect::<Vec<_>>().join(", ")),
                );
            for m in &missing {
                f = f.input(format!("/definition_tds/{}", m.0), false);
            }
            out.push(f);
        }
    }),
};

/// The GOV family.
pub static RULES: &[&Rule] = &[
    &GOV_001, &GOV_002, &GOV_003, &GOV_004, &GOV_005, &GOV_006, &GOV_007, &GOV_008, &GOV_009,
    &GOV_010, &GOV_011, &GOV_012,
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn add_months_clamps_to_the_end_of_month() {
        assert_eq!(
            add_months(Date::ymd(2017, 11, 30), 3),
            Some(Date::ymd(2018, 2, 28))
        );
        assert_eq!(
            add_months(Date::ymd(2019, 11, 30), 3),
            Some(Date::ymd(2020, 2, 29))
        );
        assert_eq!(
            add_months(Date::ymd(2017, 3, 15), 3),
            Some(Date::ymd(2017, 6, 15))
        );
        assert_eq!(
            add_months(Date::ymd(2017, 12, 31), 2),
            Some(Date::ymd(2018, 2, 28))
        );
        assert_eq!(
            add_months(Date::ymd(2017, 1, 31), 0),
            Some(Date::ymd(2017, 1, 31))
        );
    }

    #[test]
    fn cv2024_from_generation_or_dates() {
        let mut c: ContratDeVille =
            serde_json::from_value(serde_json::json!({"date_signature": "2024-03-28"})).unwrap();
        assert!(is_cv2024(&c));
        c.generation = Some(GenerationCv::G2015);
        assert!(!is_cv2024(&c));
        c.generation = None;
        c.date_signature = Some(Date::ymd(2015, 7, 10));
        assert!(!is_cv2024(&c));
    }
}
