//! ART-*: articulation between dispositifs — ASV and CLSM attached to the contrat de ville and
//! the CLS, PTSM consulting CLSM, CLS implementing the PRS of their région, objective trees, and
//! the cross-document rules run over a `portefeuille` (overlapping CLS, volet santé named back).
//!
//! Cross-document rules apply to the portfolio itself: the check sees the whole
//! [`Portefeuille`] and reports at `/documents/<i>/…`.

use std::collections::{BTreeSet, HashMap};

use super::lif;
use super::util;
use super::*;
use crate::model::{
    ContratDeVille, ContratLocalSante, Document, DocumentKind, NatureProjetSante, Noeud, StatutCls,
    StatutClsm, TypeTerritoire,
};
use crate::report::{Category, InForce, Severity};

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
const INSTR_CLSM_2016: Source = Source::new(
    SourceKind::Circulaire,
    "Instruction DGS/SP4/CGET/2016/289 du 30 septembre 2016 relative à la consolidation et à la généralisation des CLSM",
    Some("https://www.f2rsmpsy.fr/instruction-nddgs-sp4-cget-2016-289-septembre-2016-relative-consolidation-generalisation-conseils-locaux-sante-mentale-p"),
);
const L3221_2: Source = Source::new(
    SourceKind::Loi,
    "Code de la santé publique, art. L3221-2 (projet territorial de santé mentale)",
    Some("https://www.doctrine.fr/l/texts/codes/LEGITEXT000006072665/articles/LEGIARTI000006687965?version=LEGIARTI000031928497&date=2016-12-30&source=legislation-text&sourcePage="),
);
const CIRC_2014_12_05: Source = super::cls::CIRC_2014_12_05;

/// The commune, EPCI and EPT codes of a document's perimeter.
fn codes(doc: &Document) -> BTreeSet<String> {
    util::perimetre_codes(doc)
        .into_iter()
        .map(|(_, _, c)| c)
        .collect()
}

/// ART-001: an ASV works on QPV and is attached to the volet santé.
pub static ART_001: Rule = Rule {
    code: "ART-001",
    severity: Severity::Warning,
    category: Category::BusinessRule,
    applies_to: &[DocumentKind::AtelierSanteVille],
    in_force: InForce::since(Date::ymd(2015, 1, 1)),
    sources: &[
        CIRC_2014_12_05,
        Source::new(
            SourceKind::Guide,
            "Intégration des enjeux de santé au sein des contrats de ville (circulaire du 5 décembre 2014)",
            Some("http://gps.gf/blog/integration-des-enjeux-de-sante-au-sein-des-contrats-de-ville-circulaire-du-5-decembre-2014/"),
        ),
        SEED_IREV_2016,
    ],
    title: Text::new("ASV, QPV et volet santé", "ASV, QPV and volet santé"),
    message: Text::new("Atelier santé ville : {problem}.", "Atelier santé ville: {problem}."),
    help: Text::new(
        "Indiquez les QPV où l'ASV intervient (« territoires ») et ce à quoi il est rattaché (« rattachement » : code du contrat de ville dont il anime le volet santé, ou identifiant du CLS qui en tient lieu).",
        "State the QPV where the ASV works (\"territoires\") and what it is attached to (\"rattachement\": code of the contrat de ville whose volet santé it runs, or identifier of the CLS standing for it).",
    ),
    description: Text::new(
        "Un ASV intervient sur les territoires de la politique de la ville (QPV depuis 2015) et anime le volet santé du contrat de ville, ou le CLS quand celui-ci en tient lieu. Un ASV sans QPV, ou rattaché à rien, est signalé.",
        "An ASV works on politique de la ville territories (QPV since 2015) and runs the volet santé of the contrat de ville, or the CLS when it stands for it. An ASV without QPV, or attached to nothing, is flagged.",
    ),
    limits: Some(Text::new(
        "Les quartiers de veille active, où certains ASV interviennent encore, ne comptent pas comme QPV.",
        "Quartiers de veille active, where some ASV still work, do not count as QPV.",
    )),
    check: Check::Document(|ctx, out| {
        let Document::AtelierSanteVille(a) = ctx.doc else { return };
        if !a.territoires.iter().any(|t| t.kind == TypeTerritoire::Qpv) {
            let mut f = util::missing(ctx.doc, "/territoires")
                .param("problem", "sans_qpv")
                .localized("problem", "aucun QPV n'est indiqué parmi ses territoires", "no QPV is listed among its territories");
            if !a.territoires.is_empty() {
                f = f.input(
                    "/territoires",
                    a.territoires.iter().map(|t| t.kind.to_string()).collect::<Vec<_>>(),
                );
            }
            out.push(f);
        }
        let attached = a
            .rattachement
            .as_ref()
            .is_some_and(|r| r.contrat_de_ville.is_some() || r.cls.is_some());
        if !attached {
            out.push(
                util::missing(ctx.doc, "/rattachement")
                    .param("problem", "sans_rattachement")
                    .localized(
                        "problem",
                        "il n'est rattaché ni au volet santé d'un contrat de ville ni à un CLS",
                        "it is attached neither to the volet santé of a contrat de ville nor to a CLS",
                    ),
            );
        }
    }),
};

/// ART-002: a CLSM constitutes the mental-health volet of the CLS or the contrat de ville.
pub static ART_002: Rule = Rule {
    code: "ART-002",
    severity: Severity::Warning,
    category: Category::BusinessRule,
    applies_to: &[DocumentKind::ConseilLocalSanteMentale, DocumentKind::Portefeuille],
    in_force: InForce::since(Date::ymd(2016, 9, 30)),
    sources: &[
        INSTR_CLSM_2016,
        Source::new(
            SourceKind::Guide,
            "ASH : santé mentale, des consignes pour consolider et généraliser les CLSM",
            Some("https://ash.tm.fr/hebdo/2982/veille-juridique/sante-mentale-des-consignes-pour-consolider-et-generaliser-les-clsm-dans-les-territoires-373284.php"),
        ),
    ],
    title: Text::new("CLSM, volet santé mentale du CLS ou du contrat de ville", "CLSM as mental-health volet of the CLS or contrat de ville"),
    message: Text::new("{problem}.", "{problem}."),
    help: Text::new(
        "Reliez le CLSM au CLS (« cls » du CLSM, « sante_mentale.clsm » du CLS) ou au contrat de ville (« contrat_de_ville » du CLSM) dont il constitue le volet santé mentale.",
        "Link the CLSM to the CLS (the CLSM's \"cls\", the CLS's \"sante_mentale.clsm\") or to the contrat de ville (the CLSM's \"contrat_de_ville\") whose mental-health volet it constitutes.",
    ),
    description: Text::new(
        "Selon l'instruction du 30 septembre 2016, quand un CLSM existe sur le territoire, il constitue le volet santé mentale du CLS ou du contrat de ville, et les CLSM sont à développer en priorité dans le cadre des contrats de ville. Sur un CLSM seul, la règle signale l'absence de tout rattachement ; sur un portefeuille, un CLS dont le périmètre partage une commune avec un CLSM sans que l'un cite l'autre.",
        "Under the instruction of 30 September 2016, when a CLSM exists on the territory it constitutes the mental-health volet of the CLS or contrat de ville, and CLSM are to be developed in priority within contrats de ville. On a CLSM alone the rule flags the lack of any link; on a portfolio, a CLS whose perimeter shares a commune with a CLSM without either naming the other.",
    ),
    limits: Some(Text::new(
        "Les périmètres sont comparés par codes de communes et d'EPCI tels qu'écrits (sans développer un EPCI en ses communes).",
        "Perimeters are compared by commune and EPCI codes as written (an EPCI is not expanded into its communes).",
    )),
    check: Check::Document(|ctx, out| match ctx.doc {
        Document::ConseilLocalSanteMentale(m) if m.cls.is_none() && m.contrat_de_ville.is_none() => {
            out.push(
                util::missing(ctx.doc, "/cls")
                    .param("problem", "sans_rattachement")
                    .localized(
                        "problem",
                        "Le CLSM n'est rattaché ni à un CLS ni à un contrat de ville dont il constituerait le volet santé mentale",
                        "The CLSM is attached neither to a CLS nor to a contrat de ville whose mental-health volet it would constitute",
                    ),
            );
        }
        Document::Portefeuille(p) => {
            // Each CLS's codes once, and an index from a code to the CLS naming it, so that the
            // check stays linear in the size of the portfolio (national portfolios hold
            // thousands of CLS and CLSM).
            let cls: Vec<(usize, &crate::model::ContratLocalSante, BTreeSet<String>)> = p
                .documents
                .iter()
                .enumerate()
                .filter_map(|(i, e)| match e {
                    Document::ContratLocalSante(c) => Some((i, c, codes(e))),
                    _ => None,
                })
                .collect();
            let mut by_code: HashMap<&str, Vec<usize>> = HashMap::new();
            for (k, (_, _, cs)) in cls.iter().enumerate() {
                for code in cs {
                    by_code.entry(code.as_str()).or_default().push(k);
                }
            }
            for (j, d) in p.documents.iter().enumerate() {
                let Document::ConseilLocalSanteMentale(m) = d else { continue };
                let Some(mid) = m.id.as_deref() else { continue };
                let mcodes = codes(d);
                let candidates: BTreeSet<usize> = mcodes
                    .iter()
                    .filter_map(|code| by_code.get(code.as_str()))
                    .flatten()
                    .copied()
                    .collect();
                for k in candidates {
                    let Some((i, c, ccodes)) = cls.get(k) else { continue };
                    let (i, c) = (*i, *c);
                    let Some(shared) = ccodes.intersection(&mcodes).next().cloned() else { continue };
                    let cls_names = c.sante_mentale.as_ref().and_then(|v| v.clsm.as_deref()) == Some(mid);
                    let clsm_names = c.id.is_some() && m.cls.as_deref() == c.id.as_deref();
                    if !cls_names && !clsm_names {
                        let at = if c.sante_mentale.is_some() {
                            format!("/documents/{i}/sante_mentale")
                        } else {
                            format!("/documents/{i}")
                        };
                        out.push(
                            Finding::at(at)
                                .param("problem", "clsm_non_relie")
                                .localized(
                                    "problem",
                                    format!("Le CLSM « {mid} » couvre la commune {shared} de ce CLS, mais ni le CLS ni le CLSM ne citent l'autre comme volet santé mentale"),
                                    format!("CLSM \"{mid}\" covers commune {shared} of this CLS, but neither the CLS nor the CLSM names the other as mental-health volet"),
                                )
                                .param("clsm", mid.to_string())
                                .param("commune", shared)
                                .input(format!("/documents/{j}/id"), mid.to_string()),
                        );
                    }
                }
            }
        }
        _ => {}
    }),
};

/// ART-003: the PTSM consults the CLSM of its territory.
pub static ART_003: Rule = Rule {
    code: "ART-003",
    severity: Severity::Error,
    category: Category::BusinessRule,
    applies_to: &[DocumentKind::ProjetTerritorialSanteMentale, DocumentKind::Portefeuille],
    in_force: InForce::since(Date::ymd(2016, 1, 28)),
    sources: &[
        L3221_2,
        Source::new(
            SourceKind::Guide,
            "Une instruction ministérielle pour consolider et généraliser les conseils locaux de santé mentale (2016)",
            Some("https://planpsy2011.wordpress.com/2016/10/19/une-instruction-ministerielle-pour-consolider-et-generaliser-les-conseils-locaux-de-sante-mentale/"),
        ),
    ],
    title: Text::new("Consultation des CLSM par le PTSM", "PTSM consultation of CLSM"),
    message: Text::new("{problem}.", "{problem}."),
    help: Text::new(
        "Indiquez dans « consultations » les instances consultées avant les arrêtés du diagnostic territorial partagé et du PTSM, dont les CLSM (et CLS) de son territoire, par leur identifiant.",
        "List in \"consultations\" the bodies consulted before the arrêtés of the diagnostic territorial partagé and the PTSM, including the CLSM (and CLS) of its territory, by identifier.",
    ),
    description: Text::new(
        "Les CLS et les CLSM sont partenaires du PTSM (L3221-2), et le DG ARS consulte les CLSM avant d'arrêter le diagnostic et le projet. Un PTSM sans aucune consultation indiquée est signalé ; sur un portefeuille, chaque CLSM installé dont le périmètre est dans le territoire du PTSM doit figurer parmi ses consultations.",
        "CLS and CLSM are partners of the PTSM (L3221-2), and the DG ARS consults the CLSM before adopting the diagnostic and the project. A PTSM with no consultation recorded is flagged; on a portfolio, every installed CLSM whose perimeter lies in the PTSM's territory must be among its consultations.",
    ),
    limits: Some(Text::new(
        "Le territoire est comparé par départements (codes de communes, de départements, de QPV) ; un CLSM en projet n'est pas exigé.",
        "Territories are compared by département (commune, département and QPV codes); a CLSM still in project is not required.",
    )),
    check: Check::Document(|ctx, out| match ctx.doc {
        Document::ProjetTerritorialSanteMentale(p) if p.consultations.is_empty() => {
            out.push(
                util::missing(ctx.doc, "/consultations")
                    .param("problem", "sans_consultation")
                    .localized(
                        "problem",
                        "Le PTSM n'indique aucune instance consultée (CLSM, CLS, commission santé mentale du CTS)",
                        "The PTSM lists no consulted body (CLSM, CLS, CTS mental-health commission)",
                    ),
            );
        }
        Document::Portefeuille(pf) => {
            // Each CLSM's départements once, indexed by the first of them: a CLSM inside a
            // PTSM's territory has its first département there, so a PTSM is compared only
            // with the CLSM of its own départements, not with every CLSM.
            let clsm: Vec<(usize, &str, BTreeSet<String>)> = pf
                .documents
                .iter()
                .enumerate()
                .filter_map(|(i, e)| {
                    let Document::ConseilLocalSanteMentale(m) = e else { return None };
                    let mid = m.id.as_deref()?;
                    if m.statut.as_ref().and_then(|s| s.known()) == Some(&StatutClsm::EnProjet) {
                        return None;
                    }
                    let mdeps = util::departements(e);
                    (!mdeps.is_empty()).then_some((i, mid, mdeps))
                })
                .collect();
            let mut by_first: HashMap<&str, Vec<usize>> = HashMap::new();
            for (k, (_, _, mdeps)) in clsm.iter().enumerate() {
                if let Some(first) = mdeps.first() {
                    by_first.entry(first.as_str()).or_default().push(k);
                }
            }
            for (j, d) in pf.documents.iter().enumerate() {
                let Document::ProjetTerritorialSanteMentale(p) = d else { continue };
                let pdeps = util::departements(d);
                if pdeps.is_empty() {
                    continue;
                }
                let mut candidates: Vec<usize> = pdeps
                    .iter()
                    .filter_map(|x| by_first.get(x.as_str()))
                    .flatten()
                    .copied()
                    .collect();
                candidates.sort_unstable();
                for (i, mid, mdeps) in candidates.into_iter().filter_map(|k| clsm.get(k)) {
                    let (i, mid) = (*i, *mid);
                    if !mdeps.is_subset(&pdeps) {
                        continue;
                    }
                    if !p.consultations.iter().any(|c| c == mid) {
                        out.push(
                            Finding::at(format!("/documents/{j}/consultations"))
                                .param("problem", "clsm_non_consulte")
                                .localized(
                                    "problem",
                                    format!("Le CLSM « {mid} » du territoire du PTSM ne figure pas parmi ses consultations"),
                                    format!("CLSM \"{mid}\" in the PTSM's territory is not among its consultations"),
                                )
                                .param("clsm", mid.to_string())
                                .input(format!("/documents/{i}/id"), mid.to_string())
                                .parameter("departements", pdeps.iter().cloned().collect::<Vec<_>>()),
                        );
                    }
                }
            }
        }
        _ => {}
    }),
};

/// Pre-2016 région codes and the région they merged into (GK).
const ANCIENNES_REGIONS: &[(&str, &str)] = &[
    ("21", "44"),
    ("22", "32"),
    ("23", "28"),
    ("25", "28"),
    ("26", "27"),
    ("31", "32"),
    ("41", "44"),
    ("42", "44"),
    ("43", "27"),
    ("54", "75"),
    ("72", "75"),
    ("73", "76"),
    ("74", "75"),
    ("82", "84"),
    ("83", "84"),
    ("91", "76"),
];

/// The current région of a région code, old (pre-2016) or current.
fn current_region(code: &str) -> &str {
    ANCIENNES_REGIONS
        .iter()
        .find(|(o, _)| *o == code)
        .map(|(_, n)| *n)
        .unwrap_or(code)
}

/// ART-004: a CLS implements the PRS of its own région.
pub static ART_004: Rule = Rule {
    code: "ART-004",
    severity: Severity::Error,
    category: Category::BusinessRule,
    applies_to: &[DocumentKind::ContratLocalSante],
    in_force: InForce::since(Date::ymd(2016, 1, 28)),
    sources: &[
        super::cls::L1434_2,
        Source::new(SourceKind::ConnaissanceGenerale, "Codes des régions avant la fusion de 2016", None),
    ],
    title: Text::new("PRS de la région du CLS", "PRS of the CLS's région"),
    message: Text::new(
        "Le CLS cite le PRS de la région {cite}, alors que son territoire est dans la région {region}.",
        "The CLS cites the PRS of région {cite}, whereas its territory lies in région {region}.",
    ),
    help: Text::new(
        "Citez le PRS de la région du territoire du CLS (« prs.region », code INSEE de la région).",
        "Cite the PRS of the région of the CLS's territory (\"prs.region\", INSEE région code).",
    ),
    description: Text::new(
        "Les CLS, contrats territoriaux de santé et contrats territoriaux de santé mentale mettent en œuvre le PRS (L1434-2) de leur région. La région du CLS est lue dans son périmètre (ou le territoire de l'ARS signataire) ; un code de région d'avant 2016 est admis s'il a fusionné dans la région actuelle.",
        "CLS, contrats territoriaux de santé and contrats territoriaux de santé mentale implement the PRS (L1434-2) of their région. The CLS's région is read from its perimeter (or the signing ARS's territory); a pre-2016 région code is accepted if it merged into the current région.",
    ),
    limits: Some(Text::new(
        "Un CLS qui cite son PRS sans région n'est pas signalé ; l'absence de PRS relève de CLS-003. Que chaque objectif renvoie au COS, au SRS ou au PRAPS n'est pas décrit par le modèle. Les contrats territoriaux de santé (mentale) ne sont pas modélisés.",
        "A CLS citing its PRS without a région is not flagged; a missing PRS is CLS-003's business. Whether each objective refers to the COS, SRS or PRAPS is not described by the model. Contrats territoriaux de santé (mentale) are not modelled.",
    )),
    check: Check::Document(|ctx, out| {
        let Document::ContratLocalSante(c) = ctx.doc else { return };
        let Some(cite) = c.prs.as_ref().and_then(|p| p.region.as_deref()) else { return };
        let Some(region) = util::region(ctx.doc) else { return };
        if current_region(cite) != region {
            out.push(
                Finding::at("/prs/region")
                    .param("cite", cite.to_string())
                    .param("region", region.clone())
                    .input("/prs/region", cite.to_string())
                    .parameter("region_du_territoire", region),
            );
        }
    }),
};

/// ART-005: a CLS attached to one conseil territorial de santé.
pub static ART_005: Rule = Rule {
    code: "ART-005",
    severity: Severity::Warning,
    category: Category::Conflict,
    applies_to: &[DocumentKind::Portefeuille],
    in_force: InForce::since(Date::ymd(2016, 1, 1)),
    sources: &[Source::new(
        SourceKind::Loi,
        "Code de la santé publique, art. L1434-10 II (le CTS s'appuie sur les CLS pour le diagnostic territorial partagé)",
        Some("https://french-business-law.com/french-legislation-art/article-l1434-10-of-the-french-public-health-code/"),
    )],
    title: Text::new("CLS à cheval sur deux territoires de démocratie sanitaire", "CLS straddling two territoires de démocratie sanitaire"),
    message: Text::new(
        "Le périmètre du CLS ({departements}) n'est contenu dans le territoire d'aucun conseil territorial de santé du portefeuille : il est à cheval sur plusieurs territoires de démocratie sanitaire.",
        "The CLS perimeter ({departements}) lies within the territory of no conseil territorial de santé of the portfolio: it straddles several territoires de démocratie sanitaire.",
    ),
    help: Text::new(
        "Rattachez le CLS au CTS dont le territoire contient son périmètre, ou signalez explicitement qu'il est à cheval sur deux territoires de démocratie sanitaire.",
        "Attach the CLS to the CTS whose territory contains its perimeter, or state explicitly that it straddles two territoires de démocratie sanitaire.",
    ),
    description: Text::new(
        "Le CTS s'appuie notamment sur les CLS pour établir le diagnostic territorial partagé : un CLS relève d'un seul territoire de démocratie sanitaire, celui qui contient son périmètre. Sur un portefeuille comprenant des CTS, un CLS dont les départements relèvent de CTS différents sans qu'un seul les couvre tous est signalé.",
        "The CTS draws notably on CLS for the diagnostic territorial partagé: a CLS belongs to one territoire de démocratie sanitaire, the one containing its perimeter. On a portfolio including CTS, a CLS whose départements fall under different CTS with none covering them all is flagged.",
    ),
    limits: Some(Text::new(
        "Les territoires des CTS sont comparés par départements (« departements » du CTS) : dans un département partagé entre plusieurs territoires (ex. Nord : Métropole-Flandres et Hainaut), la règle ne peut trancher et ne signale rien. Un CLS qu'aucun CTS du portefeuille ne couvre n'est pas signalé.",
        "CTS territories are compared by département (the CTS's \"departements\"): in a département split between several territories (e.g. Nord: Métropole-Flandres and Hainaut) the rule cannot decide and flags nothing. A CLS covered by no CTS of the portfolio is not flagged.",
    )),
    check: Check::Document(|ctx, out| {
        let Document::Portefeuille(p) = ctx.doc else { return };
        let cts: Vec<(usize, BTreeSet<String>)> = p
            .documents
            .iter()
            .enumerate()
            .filter_map(|(j, d)| match d {
                Document::ConseilTerritorialSante(c) if !c.departements.is_empty() => {
                    Some((j, c.departements.iter().cloned().collect()))
                }
                _ => None,
            })
            .collect();
        if cts.is_empty() {
            return;
        }
        // The CTS naming each département: a CLS is compared only with the CTS of its first
        // département (any CTS covering all its départements is one of them).
        let mut by_dep: HashMap<&str, Vec<usize>> = HashMap::new();
        for (k, (_, s)) in cts.iter().enumerate() {
            for x in s {
                by_dep.entry(x.as_str()).or_default().push(k);
            }
        }
        for (i, d) in p.documents.iter().enumerate() {
            if !matches!(d, Document::ContratLocalSante(_)) {
                continue;
            }
            let deps = util::departements(d);
            if deps.len() < 2 {
                continue;
            }
            let every_dep_covered = deps.iter().all(|x| by_dep.contains_key(x.as_str()));
            let one_covers_all = deps
                .first()
                .and_then(|x| by_dep.get(x.as_str()))
                .into_iter()
                .flatten()
                .filter_map(|k| cts.get(*k))
                .any(|(_, s)| deps.is_subset(s));
            if every_dep_covered && !one_covers_all {
                let list: Vec<String> = deps.iter().cloned().collect();
                out.push(
                    Finding::at(format!("/documents/{i}/perimetre"))
                        .param("departements", list.clone())
                        .parameter("cts", cts.iter().map(|(j, _)| format!("/documents/{j}")).collect::<Vec<_>>()),
                );
            }
        }
    }),
};

/// Whether a segment of a printed number is well formed: letters or digits, digits not all 0.
fn segment_ok(seg: &str) -> bool {
    !seg.is_empty()
        && seg.chars().all(|c| c.is_alphanumeric())
        && !(seg.chars().all(|c| c.is_ascii_digit()) && seg.chars().all(|c| c == '0'))
}

const MAX_DEPTH: usize = 4;

fn check_tree(
    nodes: &[Noeud],
    base: &str,
    parent: Option<&str>,
    out: &mut Sink,
    numbers: &mut Vec<String>,
) {
    let mut seen: BTreeSet<&str> = BTreeSet::new();
    for (i, n) in nodes.iter().enumerate() {
        let path = format!("{base}/{i}/numero");
        let num = n.numero.trim();
        numbers.push(num.to_string());
        let segs: Vec<&str> = num.split('.').collect();
        let problem: Option<(String, String, String)> = if !segs.iter().all(|s| segment_ok(s)) {
            Some((
                "mal_forme".into(),
                "il est mal formé (segments séparés par des points, chiffres ou lettres, non nuls)"
                    .into(),
                "it is malformed (dot-separated segments of digits or letters, not zero)".into(),
            ))
        } else if let Some(pn) = parent.filter(|pn| {
            num.strip_prefix(*pn)
                .and_then(|r| r.strip_prefix('.'))
                .is_none_or(|r| r.contains('.') || r.is_empty())
        }) {
            Some((
                "prefixe".into(),
                format!("il devrait prolonger le numéro du parent « {pn} » d'un segment ({pn}.n)"),
                format!("it should extend the parent's number \"{pn}\" by one segment ({pn}.n)"),
            ))
        } else if !seen.insert(num) {
            Some((
                "doublon".into(),
                "un nœud frère porte déjà ce numéro".into(),
                "a sibling node already has this number".into(),
            ))
        } else if segs.len() > MAX_DEPTH {
            Some((
                "profondeur".into(),
                format!("l'arbre dépasse {MAX_DEPTH} niveaux"),
                format!("the tree is deeper than {MAX_DEPTH} levels"),
            ))
        } else {
            None
        };
        if let Some((w, fr, en)) = problem {
            let mut f = Finding::at(path.clone())
                .param("numero", num.chars().take(40).collect::<String>())
                .param("problem", w)
                .localized("problem", fr, en)
                .input(path.clone(), num.to_string())
                .parameter("profondeur_max", MAX_DEPTH);
            if let Some(pn) = parent {
                f = f.parameter("numero_parent", pn.to_string());
            }
            out.push(f);
        }
        check_tree(
            &n.enfants,
            &format!("{base}/{i}/enfants"),
            Some(num),
            out,
            numbers,
        );
    }
}

/// ART-006: numbering of objective trees.
pub static ART_006: Rule = Rule {
    code: "ART-006",
    severity: Severity::Warning,
    category: Category::Invariant,
    applies_to: &[DocumentKind::ContratLocalSante, DocumentKind::ContratDeVille],
    in_force: InForce::ALWAYS,
    sources: &[
        SEED_IREV_2016,
        Source::new(SourceKind::Convention, "Numérotation des arbres d'objectifs (orientation 2 → 2.1 → 2.1.1 → 2.1.1.1)", None),
    ],
    title: Text::new("Numérotation de l'arbre des objectifs", "Numbering of the objective tree"),
    message: Text::new(
        "Numéro « {numero} » : {problem}.",
        "Number \"{numero}\": {problem}.",
    ),
    help: Text::new(
        "Numérotez chaque enfant par le numéro de son parent suivi d'un point et d'un entier (2 → 2.1 → 2.1.1 → 2.1.1.1), sans doublon entre frères et sur quatre niveaux au plus ; une fiche action renvoie à un numéro existant.",
        "Number each child by its parent's number followed by a dot and an integer (2 → 2.1 → 2.1.1 → 2.1.1.1), with no duplicate among siblings and at most four levels; a fiche action refers to an existing number.",
    ),
    description: Text::new(
        "Les arbres d'objectifs (orientations → objectifs stratégiques → objectifs opérationnels → priorités d'intervention) d'un contrat de ville ou d'un CLS se lisent par leur numéro : le numéro d'un enfant prolonge celui de son parent d'un segment, les frères ont des numéros distincts, la profondeur ne dépasse pas 4. Les fiches action d'un CLS renvoient à un numéro de l'arbre.",
        "Objective trees (orientations → strategic objectives → operational objectives → intervention priorities) of a contrat de ville or a CLS are read by their numbers: a child's number extends its parent's by one segment, siblings have distinct numbers, depth does not exceed 4. A CLS's fiches action refer to a number of the tree.",
    ),
    limits: Some(Text::new(
        "Les numéros non contigus (2.3 puis 2.3.3, vu sur le terrain) ne sont pas signalés. Les arbres de documents distincts (CLS déclinant une orientation du contrat de ville) ne sont pas comparés.",
        "Non-contiguous numbers (2.3 then 2.3.3, seen in the field) are not flagged. Trees of distinct documents (a CLS refining an orientation of the contrat de ville) are not compared.",
    )),
    check: Check::Document(|ctx, out| {
        let mut numbers = Vec::new();
        match ctx.doc {
            Document::ContratLocalSante(c) => {
                check_tree(&c.strategie, "/strategie", None, out, &mut numbers);
                if !c.strategie.is_empty() {
                    for (i, a) in c.actions.iter().enumerate() {
                        let Some(o) = a.objectif.as_deref() else { continue };
                        if !numbers.iter().any(|n| n == o.trim()) {
                            out.push(
                                Finding::at(format!("/actions/{i}/objectif"))
                                    .param("numero", o.chars().take(40).collect::<String>())
                                    .param("problem", "objectif_inconnu")
                                    .localized(
                                        "problem",
                                        "la fiche action renvoie à un objectif absent de la stratégie",
                                        "the fiche action refers to an objective missing from the strategy",
                                    )
                                    .input(format!("/actions/{i}/objectif"), o.to_string()),
                            );
                        }
                    }
                }
            }
            Document::ContratDeVille(c) => {
                check_tree(&c.strategie, "/strategie", None, out, &mut numbers);
                if let Some(v) = &c.volet_sante {
                    let mut own = Vec::new();
                    check_tree(&v.objectifs, "/volet_sante/objectifs", None, out, &mut own);
                }
            }
            _ => {}
        }
    }),
};

/// ART-007: a health centre serving a QPV belongs to the volet santé.
pub static ART_007: Rule = Rule {
    code: "ART-007",
    severity: Severity::Information,
    category: Category::Informational,
    applies_to: &[DocumentKind::ProjetSanteProximite],
    in_force: InForce::ALWAYS,
    sources: &[SEED_IREV_2016, SEED_ASV_2019],
    title: Text::new("Projet de santé de proximité en QPV", "Local health-care project in a QPV"),
    message: Text::new(
        "Ce projet ({nature}) dessert le QPV {qpv} : c'est une action typique du volet santé du contrat de ville.",
        "This project ({nature}) serves QPV {qpv}: it is a typical action of the volet santé of the contrat de ville.",
    ),
    help: Text::new(
        "Inscrivez le projet dans le volet santé du contrat de ville (ou du CLS qui en tient lieu) et associez-y l'ASV et le conseil citoyen du quartier.",
        "Include the project in the volet santé of the contrat de ville (or the CLS standing for it) and involve the ASV and the quartier's conseil citoyen.",
    ),
    description: Text::new(
        "Signal descriptif : une maison ou un pôle de santé situé en QPV ou le desservant est une action typique du volet santé (MSP de Château-Thierry et de Condé-sur-l'Escaut ; objectif national de 2018 de doubler les MSP en QPV).",
        "Descriptive signal: a maison or pôle de santé in or serving a QPV is a typical action of the volet santé (MSP of Château-Thierry and Condé-sur-l'Escaut; 2018 national target to double MSP in QPV).",
    ),
    limits: None,
    check: Check::Document(|ctx, out| {
        let Document::ProjetSanteProximite(p) = ctx.doc else { return };
        if !matches!(p.nature, NatureProjetSante::Msp | NatureProjetSante::PoleSante) {
            return;
        }
        if let Some((k, t)) = p
            .territoires
            .iter()
            .enumerate()
            .find(|(_, t)| t.kind == TypeTerritoire::Qpv)
        {
            let q = t.code.clone().or(t.nom.clone()).unwrap_or_default();
            let mut f = Finding::at(format!("/territoires/{k}"))
                .param("nature", p.nature.to_string())
                .param("qpv", q.chars().take(60).collect::<String>())
                .input("/nature", p.nature.to_string());
            if let Some(c) = &t.code {
                f = f.input(format!("/territoires/{k}/code"), c.clone());
            }
            out.push(f);
        }
    }),
};

/// ART-008: chain diagnostic → programmation → évaluation.
pub static ART_008: Rule = Rule {
    code: "ART-008",
    severity: Severity::Warning,
    category: Category::BusinessRule,
    applies_to: &[DocumentKind::ContratLocalSante, DocumentKind::ContratDeVille],
    in_force: InForce::since(Date::ymd(2000, 6, 13)),
    sources: &[
        SEED_IREV_2016,
        Source::new(
            SourceKind::Circulaire,
            "Circulaire DIV/DGS du 13 juin 2000, annexe 4 (cadre méthodologique des ASV)",
            Some("https://fabrique-territoires-sante.org/dynamiques-territoriales-de-sante/ateliers-sante-ville/historique-des-asv"),
        ),
    ],
    title: Text::new("Diagnostic, programmation, évaluation", "Diagnostic, programme, evaluation"),
    message: Text::new("{problem}.", "{problem}."),
    help: Text::new(
        "Suivez la méthode diagnostic → programmation → évaluation : un diagnostic préalable, une programmation qui en découle, une évaluation prévue (« evaluations », même non réalisée).",
        "Follow the method diagnostic → programme → evaluation: a prior diagnostic, a programme drawn from it, a planned evaluation (\"evaluations\", even not yet carried out).",
    ),
    description: Text::new(
        "La stratégie de santé d'une collectivité en QPV suit la méthode de projet des ASV : diagnostic, programmation, évaluation. Pour un CLS nommant des QPV ou un contrat de ville, la règle signale une programmation sans évaluation prévue, et un diagnostic du volet santé postérieur à la signature du contrat de ville.",
        "A collectivité's health strategy in QPV follows the ASV project method: diagnostic, programme, evaluation. For a CLS naming QPV or a contrat de ville, the rule flags a programme with no planned evaluation, and a volet santé diagnostic dated after the contrat de ville's signature.",
    ),
    limits: Some(Text::new(
        "L'absence de diagnostic relève de CLS-004 et CV-010, la méthode des ASV d'ASV-003. Quand l'évaluation réalisée d'un contrat de ville est déjà due (CV-013), ART-008 ne la signale pas une seconde fois.",
        "A missing diagnostic is CLS-004's and CV-010's business, the ASV method ASV-003's. When a contrat de ville's evaluation is already due (CV-013), ART-008 does not flag it a second time.",
    )),
    check: Check::Document(|ctx, out| {
        let no_eval = |prog: bool, evals: bool| prog && !evals;
        match ctx.doc {
            Document::ContratLocalSante(c) => {
                if !util::names_qpv(ctx.doc) || in_preparation(c) {
                    return;
                }
                if no_eval(!c.actions.is_empty() || !c.strategie.is_empty(), !c.evaluations.is_empty()) {
                    out.push(
                        util::missing(ctx.doc, "/evaluations")
                            .param("problem", "sans_evaluation")
                            .localized(
                                "problem",
                                "Le CLS programme des actions en QPV sans prévoir d'évaluation",
                                "The CLS programmes actions in QPV without planning an evaluation",
                            ),
                    );
                }
            }
            Document::ContratDeVille(c) => {
                let due = (lif::is_cv2015(ctx.doc) && ctx.as_of >= Date::ymd(2019, 1, 1))
                    || (util::is_cv2024(ctx.doc) && ctx.as_of >= Date::ymd(2025, 1, 1));
                let v = c.volet_sante.as_ref();
                let prog = !c.strategie.is_empty() || v.is_some_and(|v| !v.objectifs.is_empty());
                if !due && no_eval(prog, !c.evaluations.is_empty()) {
                    out.push(
                        util::missing(ctx.doc, "/evaluations")
                            .param("problem", "sans_evaluation")
                            .localized(
                                "problem",
                                "Le contrat de ville programme sans prévoir d'évaluation",
                                "The contrat de ville programmes without planning an evaluation",
                            ),
                    );
                }
                if let (Some(dd), Some(s)) = (v.and_then(|v| v.diagnostic.as_ref()).and_then(|d| d.date), c.date_signature) {
                    if dd > s {
                        out.push(
                            Finding::at("/volet_sante/diagnostic/date")
                                .param("problem", "diagnostic_apres_signature")
                                .localized(
                                    "problem",
                                    format!("Le diagnostic du volet santé ({dd}) est postérieur à la signature du contrat ({s}) : la programmation ne peut en découler"),
                                    format!("The volet santé diagnostic ({dd}) postdates the contract's signature ({s}): the programme cannot derive from it"),
                                )
                                .input("/volet_sante/diagnostic/date", dd.to_string())
                                .input("/date_signature", s.to_string()),
                        );
                    }
                }
            }
            _ => {}
        }
    }),
};

fn in_preparation(c: &ContratLocalSante) -> bool {
    matches!(
        c.statut.as_ref().and_then(|s| s.known()),
        Some(StatutCls::Prefiguration | StatutCls::Elaboration)
    )
}

/// Whether a CLS is in force at `as_of`, from its statut and dates.
pub fn cls_in_force(doc: &Document, as_of: Date) -> bool {
    let Document::ContratLocalSante(c) = doc else {
        return false;
    };
    match c.statut.as_ref().and_then(|s| s.known()) {
        Some(
            StatutCls::Prefiguration
            | StatutCls::Elaboration
            | StatutCls::Echu
            | StatutCls::Renouvele,
        ) => return false,
        Some(StatutCls::EnVigueur | StatutCls::Proroge) => return true,
        _ => {}
    }
    let d = util::dates(doc);
    let Some(start) = d.periode.and_then(|p| p.debut).or(d.signature.map(|s| s.1)) else {
        return false;
    };
    start <= as_of && lif::effective_end(doc, as_of).is_none_or(|e| as_of <= e)
}

/// ART-009: two CLS in force on one commune.
pub static ART_009: Rule = Rule {
    code: "ART-009",
    severity: Severity::Warning,
    category: Category::Conflict,
    applies_to: &[DocumentKind::Portefeuille],
    in_force: InForce::since(Date::ymd(2010, 4, 1)),
    sources: &[
        super::cls::L1434_10,
        Source::new(SourceKind::Convention, "Un territoire relève d'un seul CLS à une date donnée (cohérence d'un portefeuille)", None),
    ],
    title: Text::new("Deux CLS en vigueur sur un même territoire", "Two CLS in force on one territory"),
    message: Text::new(
        "Au {as_of}, le territoire {code} est couvert par ce CLS et par un autre CLS en vigueur ({autre}).",
        "On {as_of}, territory {code} is covered by this CLS and by another CLS in force ({autre}).",
    ),
    help: Text::new(
        "Vérifiez les périmètres et les statuts : l'un des deux CLS est peut-être échu ou renouvelé, ou les périmètres doivent être distingués (un CLS communal dans un CLS intercommunal mérite d'être explicité).",
        "Check perimeters and statuts: one of the two CLS may have expired or been renewed, or the perimeters should be told apart (a communal CLS inside an intercommunal one deserves an explanation).",
    ),
    description: Text::new(
        "Un CLS décline le PRS sur un territoire ; deux CLS en vigueur à la même date sur une même commune (ou un même EPCI) signalent un doublon, un renouvellement non enregistré ou un statut périmé.",
        "A CLS implements the PRS on a territory; two CLS in force on the same date on one commune (or one EPCI) point to a duplicate, an unrecorded renewal or a stale statut.",
    ),
    limits: Some(Text::new(
        "Les périmètres sont comparés par codes de communes et d'EPCI tels qu'écrits : un CLS d'EPCI et un CLS communal d'une de ses communes ne sont pas rapprochés sans la liste des membres de l'EPCI. Un CLS est en vigueur selon son statut, ou à défaut ses dates (avenants compris).",
        "Perimeters are compared by commune and EPCI codes as written: an EPCI's CLS and a communal CLS of one of its communes are not matched without the EPCI's member list. A CLS is in force by its statut, else its dates (amendments included).",
    )),
    check: Check::Document(|ctx, out| {
        let Document::Portefeuille(p) = ctx.doc else { return };
        let live: Vec<(usize, &Document)> = p
            .documents
            .iter()
            .enumerate()
            .filter(|(_, d)| cls_in_force(d, ctx.as_of))
            .collect();
        // Perimeter codes once per CLS, and an index from a code to the CLS naming it: only
        // pairs that share a code are compared, so the check stays near-linear.
        let pcs: Vec<_> = live.iter().map(|(_, d)| util::perimetre_codes(d)).collect();
        let mut by_code: HashMap<&str, Vec<usize>> = HashMap::new();
        for (k, pc) in pcs.iter().enumerate() {
            for (_, _, code) in pc {
                by_code.entry(code.as_str()).or_default().push(k);
            }
        }
        for (a, (i, di)) in live.iter().enumerate() {
            let Some(ci) = pcs.get(a) else { continue };
            let later: BTreeSet<usize> = ci
                .iter()
                .filter_map(|(_, _, code)| by_code.get(code.as_str()))
                .flatten()
                .copied()
                .filter(|b| *b > a)
                .collect();
            for b in later {
                let (Some((j, _)), Some(cj)) = (live.get(b), pcs.get(b)) else { continue };
                let shared = cj
                    .iter()
                    .find_map(|(pj, _, code)| ci.iter().find(|(_, _, x)| x == code).map(|(pi, _, _)| (pi, pj, code)));
                if let Some((pi, pj, code)) = shared {
                    out.push(
                        Finding::at(format!("/documents/{j}{pj}"))
                            .param("as_of", ctx.as_of.to_string())
                            .param("code", code.clone())
                            .param("autre", di.ident().map(str::to_string).unwrap_or_else(|| format!("/documents/{i}")))
                            .localized(
                                "autre",
                                di.ident().map(|x| format!("« {x} »")).unwrap_or_else(|| format!("document {i}")),
                                di.ident().map(|x| format!("\"{x}\"")).unwrap_or_else(|| format!("document {i}")),
                            )
                            .input(format!("/documents/{i}{pi}"), code.clone())
                            .input(format!("/documents/{j}{pj}"), code.clone())
                            .parameter("as_of", ctx.as_of.to_string()),
                    );
                }
            }
        }
    }),
};

/// ART-010: a CLS that is the volet santé of a contrat de ville is named back by it.
pub static ART_010: Rule = Rule {
    code: "ART-010",
    severity: Severity::Warning,
    category: Category::Conflict,
    applies_to: &[DocumentKind::Portefeuille],
    in_force: InForce::since(Date::ymd(2014, 12, 5)),
    sources: &[CIRC_2014_12_05],
    title: Text::new("Volet santé déclaré d'un seul côté", "Volet santé declared on one side only"),
    message: Text::new("{problem}.", "{problem}."),
    help: Text::new(
        "Faites concorder les deux documents : le CLS indique « contrat_de_ville » {code, volet_sante: true} et le contrat de ville cite l'identifiant du CLS dans « volet_sante.cls ».",
        "Make both documents agree: the CLS gives \"contrat_de_ville\" {code, volet_sante: true} and the contrat de ville names the CLS's identifier in \"volet_sante.cls\".",
    ),
    description: Text::new(
        "Là où les territoires coïncident, le CLS peut constituer le volet santé du contrat de ville (instruction du 5 décembre 2014) : les deux documents le disent. La règle signale un CLS qui se dit volet santé d'un contrat de ville du portefeuille qui ne le cite pas, et un contrat de ville qui cite comme volet santé un CLS du portefeuille qui ne s'en réclame pas.",
        "Where territories coincide, the CLS may constitute the volet santé of the contrat de ville (instruction of 5 December 2014): both documents say so. The rule flags a CLS claiming to be the volet santé of a contrat de ville of the portfolio that does not name it, and a contrat de ville naming as volet santé a CLS of the portfolio that does not claim it.",
    ),
    limits: Some(Text::new(
        "Un contrat de ville ou un CLS absent du portefeuille n'est pas vérifié.",
        "A contrat de ville or CLS absent from the portfolio is not checked.",
    )),
    check: Check::Document(|ctx, out| {
        let Document::Portefeuille(p) = ctx.doc else { return };
        // The first contrat de ville with each code and the first CLS with each identifier,
        // indexed once: a lookup per reference would make the check quadratic.
        let mut cv_by_code: HashMap<&str, (usize, &ContratDeVille)> = HashMap::new();
        let mut cls_by_id: HashMap<&str, &ContratLocalSante> = HashMap::new();
        for (j, d) in p.documents.iter().enumerate() {
            match d {
                Document::ContratDeVille(cv) => {
                    if let Some(code) = cv.code.as_deref() {
                        cv_by_code.entry(code).or_insert((j, cv));
                    }
                }
                Document::ContratLocalSante(c) => {
                    if let Some(id) = c.id.as_deref() {
                        cls_by_id.entry(id).or_insert(c);
                    }
                }
                _ => {}
            }
        }
        for (i, d) in p.documents.iter().enumerate() {
            let Document::ContratLocalSante(c) = d else { continue };
            let Some(l) = c.contrat_de_ville.as_ref().filter(|l| l.volet_sante) else { continue };
            let Some(&(j, cv)) = cv_by_code.get(l.code.as_str()) else { continue };
            let listed = c.id.as_deref().is_some_and(|id| {
                cv.volet_sante.as_ref().is_some_and(|v| v.cls.iter().any(|x| x == id))
            });
            if !listed {
                let (fr, en) = match c.id.as_deref() {
                    Some(id) => (
                        format!("Le CLS « {id} » se dit volet santé du contrat de ville {}, qui ne le cite pas dans son volet santé", l.code),
                        format!("CLS \"{id}\" claims to be the volet santé of contrat de ville {}, which does not name it in its volet santé", l.code),
                    ),
                    None => (
                        format!("Le CLS se dit volet santé du contrat de ville {}, mais sans identifiant le contrat ne peut le citer", l.code),
                        format!("The CLS claims to be the volet santé of contrat de ville {}, but without an identifier the contract cannot name it", l.code),
                    ),
                };
                let mut f = Finding::at(format!("/documents/{i}/contrat_de_ville/code"))
                    .param("problem", "non_cite")
                    .localized("problem", fr, en)
                    .param("contrat_de_ville", l.code.clone())
                    .input(format!("/documents/{i}/contrat_de_ville/code"), l.code.clone())
                    .input(format!("/documents/{j}/code"), l.code.clone());
                if let Some(id) = &c.id {
                    f = f.input(format!("/documents/{i}/id"), id.clone());
                }
                out.push(f);
            }
        }
        for (j, d) in p.documents.iter().enumerate() {
            let Document::ContratDeVille(cv) = d else { continue };
            let (Some(code), Some(v)) = (cv.code.as_deref(), cv.volet_sante.as_ref()) else { continue };
            for (k, id) in v.cls.iter().enumerate() {
                let Some(c) = cls_by_id.get(id.as_str()) else { continue };
                let claims = c
                    .contrat_de_ville
                    .as_ref()
                    .is_some_and(|l| l.code == code && l.volet_sante);
                if !claims {
                    out.push(
                        Finding::at(format!("/documents/{j}/volet_sante/cls/{k}"))
                            .param("problem", "non_reclame")
                            .localized(
                                "problem",
                                format!("Le contrat de ville {code} cite le CLS « {id} » comme volet santé, mais ce CLS ne s'en réclame pas"),
                                format!("Contrat de ville {code} names CLS \"{id}\" as its volet santé, but that CLS does not claim it"),
                            )
                            .param("contrat_de_ville", code.to_string())
                            .input(format!("/documents/{j}/volet_sante/cls/{k}"), id.clone()),
                    );
                }
            }
        }
    }),
};

/// The ART family.
pub static RULES: &[&Rule] = &[
    &ART_001, &ART_002, &ART_003, &ART_004, &ART_005, &ART_006, &ART_007, &ART_008, &ART_009,
    &ART_010,
];
