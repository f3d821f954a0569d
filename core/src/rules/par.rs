//! PAR-*: participation — conseils citoyens (loi 2014-173 art. 7, cadre de référence 2014,
//! circulaire 2017), participation degrees, users in the CTS, droit d'interpellation.

use std::collections::HashMap;

use super::gov::{college, is_cv2024, LOI_2014_173_ART7};
use super::util;
use super::*;
use crate::model::{
    College, ConseilCitoyen, DegreParticipation, Document, DocumentKind, ModeDesignation,
    NatureActeur, Participation, Territoire, TypeTerritoire,
};
use crate::report::{Category, InForce, Severity};

/// Cadre de référence des conseils citoyens (June 2014), as reported by the Sénat.
pub const CADRE_REFERENCE_2014: Source = Source::new(
    SourceKind::Guide,
    "Cadre de référence des conseils citoyens (juin 2014), rapport du Sénat n° 662 (2016-2017)",
    Some("https://senat.fr/rap/r16-662/r16-6627.html"),
);

/// Circulaire of 2 February 2017 on conseils citoyens.
pub const CIRCULAIRE_2017: Source = Source::new(
    SourceKind::Circulaire,
    "Circulaire n° CABINET/C1/2017/41 du 2 février 2017 relative aux conseils citoyens",
    Some("https://conseilcitoyen75014.wordpress.com/2017/02/02/circulaire-n-cabinet-c102201741-du-2-fevrier-2017-relative-aux-conseils-citoyens-nor-vjsc1703528c/"),
);

const HABITANTS: &[&str] = &["habitants", "college_habitants"];
const ACTEURS_LOCAUX: &[&str] = &[
    "acteurs_locaux",
    "associations_acteurs_locaux",
    "associations_et_acteurs_locaux",
    "associations",
];

/// Total members over colleges, when every college gives its count.
fn total(colleges: &[College]) -> Option<u32> {
    if colleges.is_empty() {
        return None;
    }
    colleges.iter().map(|c| c.effectif).sum()
}

fn counts(colleges: &[College]) -> Vec<Value> {
    colleges
        .iter()
        .map(|c| serde_json::json!({"nature": c.nature, "effectif": c.effectif}))
        .collect()
}

fn norm(s: &str) -> String {
    s.trim().to_lowercase()
}

/// Whether two territory references designate the same QPV (by code, else by name).
fn same_qpv(a: &Territoire, b: &Territoire) -> bool {
    match (&a.code, &b.code) {
        (Some(x), Some(y)) => norm(x) == norm(y),
        _ => match (&a.nom, &b.nom) {
            (Some(x), Some(y)) => norm(x) == norm(y),
            _ => false,
        },
    }
}

/// PAR-001: every QPV of a contrat de ville has a conseil citoyen (portfolio).
pub static PAR_001: Rule = Rule {
    code: "PAR-001",
    severity: Severity::Error,
    category: Category::Conflict,
    applies_to: &[DocumentKind::Portefeuille],
    in_force: InForce::since(Date::ymd(2014, 2, 23)),
    sources: &[LOI_2014_173_ART7, CIRCULAIRE_2017],
    title: Text::new("Un conseil citoyen par quartier prioritaire", "A conseil citoyen for each QPV"),
    message: Text::new(
        "Le quartier prioritaire {qpv} du contrat de ville {contrat} n'a pas de conseil citoyen dans le portefeuille.",
        "The QPV {qpv} of contrat de ville {contrat} has no conseil citoyen in the portfolio.",
    ),
    help: Text::new(
        "Un conseil citoyen est mis en place dans chaque quartier prioritaire ; ajoutez au portefeuille le conseil citoyen qui couvre ce quartier (il peut en couvrir plusieurs), ou faites-le créer.",
        "A conseil citoyen is set up in each quartier prioritaire; add to the portfolio the conseil citoyen covering this quartier (it may cover several), or have one created.",
    ),
    description: Text::new(
        "Dans un portefeuille, chaque QPV listé dans `quartiers` d'un contrat de ville doit figurer dans les `qpv` d'un conseil citoyen du portefeuille (rattaché à ce contrat, ou sans contrat indiqué). Les quartiers sont rapprochés par code, à défaut par nom.",
        "In a portfolio, each QPV listed in a contrat de ville's `quartiers` must appear in the `qpv` of a conseil citoyen of the portfolio (attached to that contract, or with no contract given). Quartiers are matched by code, else by name.",
    ),
    limits: Some(Text::new(
        "La règle suppose le portefeuille complet pour les conseils citoyens des contrats qu'il contient. Les quartiers de veille ne sont pas concernés.",
        "The rule assumes the portfolio is complete as to the conseils citoyens of the contracts it holds. Quartiers de veille are not concerned.",
    )),
    check: Check::Document(|ctx, out| {
        let Document::Portefeuille(p) = ctx.doc else { return };
        let conseils: Vec<&ConseilCitoyen> = p
            .documents
            .iter()
            .filter_map(|d| match d {
                Document::ConseilCitoyen(c) => Some(c),
                _ => None,
            })
            .collect();
        // The conseils naming each QPV, by code and by name, so that a quartier is compared
        // only with the conseils that may cover it (`same_qpv` matches by code when both sides
        // have one, else by name) instead of with every conseil.
        let mut by_code: HashMap<String, Vec<usize>> = HashMap::new();
        let mut by_name: HashMap<String, Vec<usize>> = HashMap::new();
        let mut by_name_sans_code: HashMap<String, Vec<usize>> = HashMap::new();
        for (k, cc) in conseils.iter().enumerate() {
            for x in &cc.qpv {
                if let Some(c) = &x.code {
                    by_code.entry(norm(c)).or_default().push(k);
                }
                if let Some(n) = &x.nom {
                    by_name.entry(norm(n)).or_default().push(k);
                    if x.code.is_none() {
                        by_name_sans_code.entry(norm(n)).or_default().push(k);
                    }
                }
            }
        }
        for (i, d) in p.documents.iter().enumerate() {
            let Document::ContratDeVille(cv) = d else { continue };
            for (j, q) in cv.quartiers.iter().enumerate() {
                if q.kind != TypeTerritoire::Qpv {
                    continue;
                }
                let (named, sans_code) = match (&q.code, &q.nom) {
                    (Some(c), n) => (
                        by_code.get(&norm(c)),
                        n.as_ref().and_then(|n| by_name_sans_code.get(&norm(n))),
                    ),
                    (None, Some(n)) => (by_name.get(&norm(n)), None),
                    (None, None) => (None, None),
                };
                let covered = named
                    .into_iter()
                    .chain(sans_code)
                    .flatten()
                    .filter_map(|k| conseils.get(*k))
                    .any(|cc| {
                        let same_contract = match (&cc.contrat_de_ville, &cv.code) {
                            (Some(a), Some(b)) => norm(a) == norm(b),
                            _ => true,
                        };
                        same_contract && cc.qpv.iter().any(|x| same_qpv(x, q))
                    });
                if !covered {
                    let label = q
                        .code
                        .clone()
                        .or_else(|| q.nom.clone())
                        .unwrap_or_else(|| format!("#{j}"));
                    let shown = match (&q.code, &q.nom) {
                        (Some(c), Some(n)) => format!("{c} ({n})"),
                        _ => label.clone(),
                    };
                    let path = format!("/documents/{i}/quartiers/{j}");
                    out.push(
                        Finding::at(path.clone())
                            .param("qpv", label.clone())
                            .display("qpv", shown.chars().take(120).collect::<String>())
                            .param("contrat", cv.code.clone().unwrap_or_else(|| "—".into()))
                            .input(path, label)
                            .parameter(
                                "conseils_citoyens_du_portefeuille",
                                conseils.iter().map(|c| c.id.clone().unwrap_or_default()).collect::<Vec<_>>(),
                            ),
                    );
                }
            }
        }
    }),
};

/// PAR-002: a conseil citoyen has exactly two colleges.
pub static PAR_002: Rule = Rule {
    code: "PAR-002",
    severity: Severity::Error,
    category: Category::Required,
    applies_to: &[DocumentKind::ConseilCitoyen],
    in_force: InForce::since(Date::ymd(2014, 2, 23)),
    sources: &[LOI_2014_173_ART7, CADRE_REFERENCE_2014],
    title: Text::new("Deux collèges du conseil citoyen", "The two colleges of a conseil citoyen"),
    message: Text::new("Conseil citoyen : {what}.", "Conseil citoyen: {what}."),
    help: Text::new(
        "Un conseil citoyen est composé de deux collèges : `habitants` (tirés au sort, dans le respect de la parité) et `acteurs_locaux` (associations et acteurs locaux du quartier).",
        "A conseil citoyen has two colleges: `habitants` (drawn by lot, respecting gender parity) and `acteurs_locaux` (associations and local actors of the quartier).",
    ),
    description: Text::new(
        "Vérifie que les collèges sont exactement `habitants` et `acteurs_locaux` (ou `associations_et_acteurs_locaux`).",
        "Checks that the colleges are exactly `habitants` and `acteurs_locaux` (or `associations_et_acteurs_locaux`).",
    ),
    limits: None,
    check: Check::Document(|ctx, out| {
        let Document::ConseilCitoyen(c) = ctx.doc else { return };
        let mut missing: Vec<(&str, &str, &str)> = Vec::new();
        if college(&c.colleges, HABITANTS).is_none() {
            missing.push(("habitants", "le collège des habitants", "the habitants college"));
        }
        if college(&c.colleges, ACTEURS_LOCAUX).is_none() {
            missing.push(("acteurs_locaux", "le collège des associations et acteurs locaux", "the associations and local actors college"));
        }
        if !missing.is_empty() {
            out.push(
                Finding::at("/colleges")
                    .param("what", missing.iter().map(|m| m.0).collect::<Vec<_>>())
                    .localized(
                        "what",
                        format!("collège manquant : {}", missing.iter().map(|m| m.1).collect::<Vec<_>>().join(", ")),
                        format!("missing college: {}", missing.iter().map(|m| m.2).collect::<Vec<_>>().join(", ")),
                    )
                    .input("/colleges", c.colleges.iter().map(|x| x.nature.clone()).collect::<Vec<_>>())
                    .parameter("colleges_requis", vec!["habitants", "acteurs_locaux"]),
            );
        }
        for (i, col) in c.colleges.iter().enumerate() {
            let one = std::slice::from_ref(col);
            if college(one, HABITANTS).is_none() && college(one, ACTEURS_LOCAUX).is_none() {
                let p = format!("/colleges/{i}/nature");
                let n: String = col.nature.chars().take(60).collect();
                out.push(
                    Finding::at(p.clone()).parameter("colleges_admis", vec!["habitants", "acteurs_locaux"])
                        .param("what", n.clone())
                        .localized(
                            "what",
                            format!("collège « {n} » en plus des deux collèges prévus"),
                            format!("college \"{n}\" on top of the two provided for"),
                        )
                        .input(p, n),
                );
            }
        }
    }),
};

/// PAR-003: gender parity in the habitants college.
pub static PAR_003: Rule = Rule {
    code: "PAR-003",
    severity: Severity::Error,
    category: Category::BusinessRule,
    applies_to: &[DocumentKind::ConseilCitoyen],
    in_force: InForce::since(Date::ymd(2014, 2, 23)),
    sources: &[
        LOI_2014_173_ART7,
        Source::new(
            SourceKind::ConnaissanceGenerale,
            "Tolérance d'un siège d'écart (choix de codage, la loi dit « dans le respect de la parité »)",
            None,
        ),
    ],
    title: Text::new("Parité du collège des habitants", "Parity in the habitants college"),
    message: Text::new(
        "Le collège des habitants compte {femmes} femmes et {hommes} hommes : l'écart dépasse {tolerance}.",
        "The habitants college has {femmes} women and {hommes} men: the gap exceeds {tolerance}.",
    ),
    help: Text::new(
        "Le tirage au sort des habitants respecte la parité entre femmes et hommes ; rééquilibrez le collège (tirage complémentaire, liste de suppléants).",
        "Habitants are drawn by lot respecting parity between women and men; rebalance the college (additional draw, list of substitutes).",
    ),
    description: Text::new(
        "Quand le collège des habitants donne ses nombres de femmes et d'hommes, l'écart ne dépasse pas un siège.",
        "When the habitants college gives its numbers of women and men, they differ by at most one seat.",
    ),
    limits: Some(Text::new(
        "La tolérance d'un siège est un choix de codage : la loi ne chiffre pas la parité.",
        "The one-seat tolerance is a coding choice: the law does not quantify parity.",
    )),
    check: Check::Document(|ctx, out| {
        let Document::ConseilCitoyen(c) = ctx.doc else { return };
        let Some((i, col)) = college(&c.colleges, HABITANTS) else { return };
        if let (Some(f), Some(h)) = (col.femmes, col.hommes) {
            if f.abs_diff(h) > 1 {
                out.push(
                    Finding::at(format!("/colleges/{i}"))
                        .param("femmes", f)
                        .param("hommes", h)
                        .param("tolerance", 1)
                        .input(format!("/colleges/{i}/femmes"), f)
                        .input(format!("/colleges/{i}/hommes"), h)
                        .parameter("ecart_max", 1),
                );
            }
        }
    }),
};

/// PAR-004: habitants are drawn by lot.
pub static PAR_004: Rule = Rule {
    code: "PAR-004",
    severity: Severity::Error,
    category: Category::BusinessRule,
    applies_to: &[DocumentKind::ConseilCitoyen],
    in_force: InForce::since(Date::ymd(2014, 2, 23)),
    sources: &[LOI_2014_173_ART7, CADRE_REFERENCE_2014],
    title: Text::new("Tirage au sort des habitants", "Habitants drawn by lot"),
    message: Text::new(
        "Le collège des habitants est désigné par {modes}, sans tirage au sort.",
        "The habitants college is filled by {modes}, without drawing lots.",
    ),
    help: Text::new(
        "Les habitants sont tirés au sort ; le cadre de référence recommande deux listes (une liste issue des bailleurs, fournisseurs d'énergie ou listes électorales, et une liste de volontaires).",
        "Habitants are drawn by lot; the cadre de référence recommends two lists (one from landlords, energy suppliers or electoral rolls, one of volunteers).",
    ),
    description: Text::new(
        "Quand le collège des habitants indique ses modes de désignation, `tirage_au_sort` doit en faire partie.",
        "When the habitants college gives how members are chosen, `tirage_au_sort` must be one of them.",
    ),
    limits: None,
    check: Check::Document(|ctx, out| {
        let Document::ConseilCitoyen(c) = ctx.doc else { return };
        let Some((i, col)) = college(&c.colleges, HABITANTS) else { return };
        if !col.designation.is_empty() && !col.designation.contains(&ModeDesignation::TirageAuSort) {
            let modes: Vec<String> = col.designation.iter().map(|m| m.to_string()).collect();
            let label = |fr: bool| {
                col.designation
                    .iter()
                    .map(|m| match (m, fr) {
                        (ModeDesignation::Designation, true) => "désignation",
                        (ModeDesignation::Designation, false) => "appointment",
                        (ModeDesignation::Election, true) => "élection",
                        (ModeDesignation::Election, false) => "election",
                        (ModeDesignation::Volontariat, true) => "volontariat",
                        (ModeDesignation::Volontariat, false) => "volunteering",
                        (ModeDesignation::TirageAuSort, true) => "tirage au sort",
                        (ModeDesignation::TirageAuSort, false) => "drawing lots",
                    })
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            let p = format!("/colleges/{i}/designation");
            out.push(
                Finding::at(p.clone())
                    .param("modes", modes.clone())
                    .localized("modes", label(true), label(false))
                    .input(p, modes)
                    .parameter("mode_requis", "tirage_au_sort"),
            );
        }
    }),
};

/// PAR-005: habitants hold at least half the seats.
pub static PAR_005: Rule = Rule {
    code: "PAR-005",
    severity: Severity::Warning,
    category: Category::BusinessRule,
    applies_to: &[DocumentKind::ConseilCitoyen],
    in_force: InForce::since(Date::ymd(2014, 6, 1)),
    sources: &[CADRE_REFERENCE_2014],
    title: Text::new("Poids du collège des habitants", "Weight of the habitants college"),
    message: Text::new(
        "Le collège des habitants compte {habitants} membres sur {total} : moins de la moitié.",
        "The habitants college has {habitants} members out of {total}: less than half.",
    ),
    help: Text::new(
        "Le cadre de référence veut que les habitants représentent au moins 50 % des membres, et que le collège soit représentatif de la population du quartier, notamment des jeunes.",
        "The cadre de référence wants habitants to be at least 50 % of the members, and the college representative of the quartier's population, notably young people.",
    ),
    description: Text::new(
        "Quand chaque collège donne son effectif, celui des habitants atteint au moins la moitié du total.",
        "When every college gives its size, the habitants college is at least half the total.",
    ),
    limits: Some(Text::new(
        "La représentativité (âge, jeunes) n'est pas vérifiable sans données sur les membres.",
        "Representativeness (age, young people) cannot be checked without data on members.",
    )),
    check: Check::Document(|ctx, out| {
        let Document::ConseilCitoyen(c) = ctx.doc else { return };
        let (Some((i, col)), Some(t)) = (college(&c.colleges, HABITANTS), total(&c.colleges)) else { return };
        let Some(h) = col.effectif else { return };
        if h * 2 < t {
            out.push(
                Finding::at(format!("/colleges/{i}/effectif"))
                    .param("habitants", h)
                    .param("total", t)
                    .input("/colleges", counts(&c.colleges))
                    .parameter("part_minimale", 0.5),
            );
        }
    }),
};

fn is_institutional(n: NatureActeur) -> bool {
    use NatureActeur as N;
    matches!(
        n,
        N::Ars
            | N::ArsDelegationDepartementale
            | N::Prefecture
            | N::SousPrefecture
            | N::Commune
            | N::Epci
            | N::Ept
            | N::Petr
            | N::Departement
            | N::Region
            | N::Cpam
            | N::Msa
            | N::Caf
            | N::Ccas
            | N::EducationNationale
            | N::BailleurSocial
            | N::CaisseDesDepots
            | N::Anru
            | N::Anct
    )
}

/// PAR-006: the local-actors college holds no institutional actor.
pub static PAR_006: Rule = Rule {
    code: "PAR-006",
    severity: Severity::Warning,
    category: Category::BusinessRule,
    applies_to: &[DocumentKind::ConseilCitoyen],
    in_force: InForce::since(Date::ymd(2014, 6, 1)),
    sources: &[CADRE_REFERENCE_2014],
    title: Text::new("Collège des acteurs locaux", "Local actors college"),
    message: Text::new(
        "Le collège des acteurs locaux comprend un acteur institutionnel ({nature}).",
        "The local actors college includes an institutional actor ({nature}).",
    ),
    help: Text::new(
        "Le collège des associations et acteurs locaux réunit des associations et collectifs implantés dans le quartier et des acteurs de terrain, sans lien direct avec les institutions déjà représentées dans les instances du contrat de ville.",
        "The associations and local actors college brings together associations and collectives established in the quartier and field actors, with no direct link to the institutions already represented in the contrat de ville's bodies.",
    ),
    description: Text::new(
        "Signale, parmi `membres_acteurs_locaux`, les acteurs dont la nature est institutionnelle (État, ARS, collectivité, CCAS, caisses, bailleur social, ANRU…).",
        "Reports, among `membres_acteurs_locaux`, actors of an institutional nature (State, ARS, local authority, CCAS, social security funds, social landlord, ANRU…).",
    ),
    limits: Some(Text::new(
        "L'implantation des associations dans le quartier n'est pas vérifiée.",
        "Whether associations are established in the quartier is not checked.",
    )),
    check: Check::Document(|ctx, out| {
        let Document::ConseilCitoyen(c) = ctx.doc else { return };
        for (i, id) in c.membres_acteurs_locaux.iter().enumerate() {
            if let Some(n) = util::nature(ctx.doc, id).filter(|n| is_institutional(*n)) {
                let p = format!("/membres_acteurs_locaux/{i}");
                out.push(Finding::at(p.clone()).parameter("natures_exclues", "institutions").param("nature", n.to_string()).parameter("nature", n.to_string()).input(p, id.clone()));
            }
        }
    }),
};

/// PAR-007: residence in the QPV, substitutes and replacement rules.
pub static PAR_007: Rule = Rule {
    code: "PAR-007",
    severity: Severity::Warning,
    category: Category::BusinessRule,
    applies_to: &[DocumentKind::ConseilCitoyen],
    in_force: InForce::since(Date::ymd(2014, 6, 1)),
    sources: &[Source::new(
        SourceKind::Guide,
        "Cadre de référence des conseils citoyens (2014), questions-réponses",
        Some("https://conseilcitoyen75014.wordpress.com/2017/05/21/269/3/"),
    )],
    title: Text::new("Renouvellement des membres du conseil citoyen", "Renewal of conseil citoyen members"),
    message: Text::new("Conseil citoyen : {what}.", "Conseil citoyen: {what}."),
    help: Text::new(
        "Les membres résident (habitants) ou agissent (acteurs) dans le quartier ; un membre qui quitte le quartier est remplacé, de préférence depuis une liste de suppléants ; la durée des mandats et les règles de remplacement sont écrites dans le contrat de ville.",
        "Members live (habitants) or act (actors) in the quartier; a member who moves out is replaced, preferably from a list of substitutes; mandate length and replacement rules are written into the contrat de ville.",
    ),
    description: Text::new(
        "Signale des habitants membres qui ne résident plus dans le quartier sans être remplacés, l'absence de liste de suppléants et l'absence de règles de remplacement.",
        "Reports habitant members no longer living in the quartier and not replaced, no list of substitutes, and no replacement rules.",
    ),
    limits: None,
    check: Check::Document(|ctx, out| {
        let Document::ConseilCitoyen(c) = ctx.doc else { return };
        if let Some(n) = c.membres_hors_qpv.filter(|n| *n > 0) {
            out.push(
                Finding::at("/membres_hors_qpv").parameter("maximum", 0)
                    .param("what", format!("membres_hors_qpv: {n}"))
                    .localized(
                        "what",
                        format!("{n} membre(s) ne résident plus dans le quartier et n'ont pas été remplacés"),
                        format!("{n} member(s) no longer live in the quartier and were not replaced"),
                    )
                    .input("/membres_hors_qpv", n),
            );
        }
        if c.suppleants == Some(false) {
            out.push(
                util::declared_false("/suppleants", "aucune liste de suppléants", "no list of substitutes"),
            );
        }
        if c.regles_remplacement == Some(false) {
            out.push(
                util::declared_false("/regles_remplacement", "la durée des mandats et les règles de remplacement ne sont pas écrites dans le contrat de ville", "mandate length and replacement rules are not written into the contrat de ville"),
            );
        }
    }),
};

/// PAR-008: a conseil citoyen of fewer than 4 members cannot be representative.
pub static PAR_008: Rule = Rule {
    code: "PAR-008",
    severity: Severity::Warning,
    category: Category::Value,
    applies_to: &[DocumentKind::ConseilCitoyen],
    in_force: InForce::since(Date::ymd(2014, 6, 1)),
    sources: &[Source::new(
        SourceKind::Guide,
        "Cadre de référence des conseils citoyens (2014), questions-réponses",
        Some("https://conseilcitoyen75014.wordpress.com/2017/05/21/269/3/"),
    )],
    title: Text::new("Taille minimale du conseil citoyen", "Minimum size of a conseil citoyen"),
    message: Text::new(
        "Le conseil citoyen compte {total} membres : moins de {minimum}, il ne peut être représentatif.",
        "The conseil citoyen has {total} members: below {minimum}, it cannot be representative.",
    ),
    help: Text::new(
        "La loi ne fixe ni minimum ni maximum, mais le cadre de référence recommande un noyau de départ de 15 à 20 personnes : complétez les collèges.",
        "The law sets no minimum or maximum, but the cadre de référence recommends a starting core of 15 to 20 people: complete the colleges.",
    ),
    description: Text::new(
        "Quand chaque collège donne son effectif, le total atteint au moins 4 membres.",
        "When every college gives its size, the total is at least 4 members.",
    ),
    limits: Some(Text::new(
        "Le seuil de 4 traduit l'indication du cadre de référence (« 2 n'est pas compatible ») ; la taille recommandée (15 à 50) relève de PAR-013.",
        "The threshold of 4 renders the cadre de référence's hint (\"2 is not compatible\"); the recommended size (15 to 50) is PAR-013's.",
    )),
    check: Check::Document(|ctx, out| {
        let Document::ConseilCitoyen(c) = ctx.doc else { return };
        if let Some(t) = total(&c.colleges).filter(|t| *t < 4) {
            out.push(
                Finding::at("/colleges")
                    .param("total", t)
                    .param("minimum", 4)
                    .input("/colleges", counts(&c.colleges))
                    .parameter("minimum", 4),
            );
        }
    }),
};

/// PAR-009: the conseil citoyen is associated with the contract and independent.
pub static PAR_009: Rule = Rule {
    code: "PAR-009",
    severity: Severity::Error,
    category: Category::BusinessRule,
    applies_to: &[DocumentKind::ConseilCitoyen],
    in_force: InForce::since(Date::ymd(2014, 2, 23)),
    sources: &[LOI_2014_173_ART7],
    title: Text::new("Association et indépendance du conseil citoyen", "Involvement and independence of the conseil citoyen"),
    message: Text::new("Conseil citoyen : {what}.", "Conseil citoyen: {what}."),
    help: Text::new(
        "Les conseils citoyens sont associés à l'élaboration, à la mise en œuvre et à l'évaluation du contrat de ville, et exercent leur action en toute indépendance vis-à-vis des pouvoirs publics : leur structure porteuse ne peut être une institution.",
        "Conseils citoyens are involved in drawing up, implementing and evaluating the contrat de ville, and act independently from public authorities: their structure porteuse cannot be an institution.",
    ),
    description: Text::new(
        "Signale un conseil citoyen déclaré non associé au contrat de ville et une structure porteuse qui est une institution publique (commune, EPCI, État, CCAS…).",
        "Reports a conseil citoyen declared not involved in the contrat de ville and a structure porteuse that is a public institution (commune, EPCI, State, CCAS…).",
    ),
    limits: Some(Text::new(
        "Le respect des valeurs (liberté, égalité, fraternité, laïcité, neutralité) n'est pas vérifiable.",
        "Respect of the values (liberté, égalité, fraternité, laïcité, neutralité) cannot be checked.",
    )),
    check: Check::Document(|ctx, out| {
        let Document::ConseilCitoyen(c) = ctx.doc else { return };
        if c.associe_au_contrat == Some(false) {
            out.push(
                util::declared_false("/associe_au_contrat", "il n'est pas associé à l'élaboration, la mise en œuvre et l'évaluation du contrat de ville", "it is not involved in drawing up, implementing and evaluating the contrat de ville"),
            );
        }
        if let Some(id) = &c.structure_porteuse {
            if let Some(n) = util::nature(ctx.doc, id).filter(|n| is_institutional(*n)) {
                out.push(
                    Finding::at("/structure_porteuse").parameter("natures_exclues", "institutions")
                        .param("what", format!("structure_porteuse: {n}"))
                        .localized(
                            "what",
                            format!("sa structure porteuse est une institution ({n}), ce qui compromet son indépendance"),
                            format!("its structure porteuse is an institution ({n}), which undermines its independence"),
                        )
                        .parameter("nature", n.to_string())
                        .input("/structure_porteuse", id.clone()),
                );
            }
        }
    }),
};

fn participation(doc: &Document) -> Option<&Participation> {
    match doc {
        Document::ContratLocalSante(d) => d.participation.as_ref(),
        Document::ContratDeVille(d) => d.participation.as_ref(),
        Document::AtelierSanteVille(d) => d.participation.as_ref(),
        _ => None,
    }
}

/// PAR-010: the claimed participation degree is reached by at least one action.
pub static PAR_010: Rule = Rule {
    code: "PAR-010",
    severity: Severity::Information,
    category: Category::Informational,
    applies_to: &[
        DocumentKind::ContratLocalSante,
        DocumentKind::ContratDeVille,
        DocumentKind::AtelierSanteVille,
    ],
    in_force: InForce::ALWAYS,
    sources: &[
        Source::new(
            SourceKind::Terrain,
            "IREV, réseau ASV, synthèse du 28 novembre 2019 (degrés : informer, collecter l'avis, concerter, co-construire ; mobiliser)",
            None,
        ),
        Source::new(
            SourceKind::Loi,
            "Loi n° 2014-173, art. 1 (« co-construction avec les habitants »)",
            None,
        ),
    ],
    title: Text::new("Degré de participation affiché", "Claimed participation degree"),
    message: Text::new(
        "Le document affiche une participation « {affiche} » mais ses actions participatives vont au plus jusqu'à « {atteint} ».",
        "The document claims \"{affiche}\" participation but its participatory actions reach at most \"{atteint}\".",
    ),
    help: Text::new(
        "Alignez le degré affiché sur les actions (informer < consulter < concerter < co-construire < co-décider), ou décrivez les actions qui l'atteignent.",
        "Align the claimed degree with the actions (informer < consulter < concerter < co_construire < co_decider), or describe the actions that reach it.",
    ),
    description: Text::new(
        "Compare le degré affiché (`participation.degre_affiche`) au degré le plus élevé des actions participatives décrites, sur l'échelle ordonnée informer < consulter < concerter < co-construire < co-décider.",
        "Compares the claimed degree (`participation.degre_affiche`) with the highest degree among the participatory actions described, on the ordered scale informer < consulter < concerter < co_construire < co_decider.",
    ),
    limits: Some(Text::new(
        "Un document qui affiche un degré sans décrire d'action n'est pas signalé.",
        "A document claiming a degree without describing any action is not reported.",
    )),
    check: Check::Document(|ctx, out| {
        let Some(p) = participation(ctx.doc) else { return };
        let Some(claim) = p.degre_affiche else { return };
        let Some(max) = p.actions.iter().map(|a| a.degre).max() else { return };
        if claim > max {
            out.push(
                Finding::at("/participation/degre_affiche").parameter("echelle", vec!["informer", "consulter", "concerter", "co_construire", "co_decider"])
                    .param("affiche", claim.to_string())
                    .param("atteint", max.to_string())
                    .input("/participation/degre_affiche", claim.to_string())
                    .input(
                        "/participation/actions",
                        p.actions.iter().map(|a| a.degre.to_string()).collect::<Vec<_>>(),
                    ),
            );
        }
    }),
};

/// PAR-011: users' participation in the CTS, including people in precarity or with disabilities.
pub static PAR_011: Rule = Rule {
    code: "PAR-011",
    severity: Severity::Warning,
    category: Category::BusinessRule,
    applies_to: &[DocumentKind::ConseilTerritorialSante],
    in_force: InForce::since(Date::ymd(2016, 1, 28)),
    sources: &[super::gov::L1434_10_I],
    title: Text::new("Participation des usagers au CTS", "Users' participation in the CTS"),
    message: Text::new("Conseil territorial de santé : {what}.", "Conseil territorial de santé: {what}."),
    help: Text::new(
        "Le CTS garantit la participation des usagers, notamment celle des personnes en situation de pauvreté, de précarité ou de handicap : prévoyez un collège des usagers et leur représentation dans la formation spécifique.",
        "The CTS guarantees users' participation, notably of people in poverty, precarity or with disabilities: provide a users' college and their representation in the specific formation.",
    ),
    description: Text::new(
        "Signale un CTS dont les collèges sont décrits sans collège des usagers (ou avec un effectif nul), et un CTS déclarant que les personnes en précarité ou handicapées ne sont pas représentées.",
        "Reports a CTS whose colleges are described without a users' college (or with zero members), and a CTS declaring that people in precarity or with disabilities are not represented.",
    ),
    limits: None,
    check: Check::Document(|ctx, out| {
        let Document::ConseilTerritorialSante(c) = ctx.doc else { return };
        if !c.colleges.is_empty() {
            let usagers = college(&c.colleges, &["usagers", "usagers_associations"]);
            if usagers.is_none_or(|(_, u)| u.effectif == Some(0)) {
                out.push(
                    Finding::at("/colleges").parameter("college_requis", "usagers")
                        .param("what", "usagers")
                        .localized("what", "aucun membre usager", "no user member")
                        .input("/colleges", counts(&c.colleges)),
                );
            }
        }
        if c.representation_precarite_handicap == Some(false) {
            out.push(
                util::declared_false("/representation_precarite_handicap", "les personnes en situation de pauvreté, de précarité ou de handicap ne sont pas représentées", "people in poverty, precarity or with disabilities are not represented"),
            );
        }
    }),
};

/// PAR-012: a 2024 contrat de ville shows a trace of habitants' consultation.
pub static PAR_012: Rule = Rule {
    code: "PAR-012",
    severity: Severity::Information,
    category: Category::Informational,
    applies_to: &[DocumentKind::ContratDeVille],
    in_force: InForce::since(Date::ymd(2023, 1, 1)),
    sources: &[Source::new(
        SourceKind::Guide,
        "Résovilles, « Engagements Quartiers 2030 » (consultation citoyenne jusqu'au 31 octobre 2023)",
        Some("https://resovilles.com/engagements-quartiers-2030"),
    )],
    title: Text::new("Consultation des habitants (Quartiers 2030)", "Consultation of habitants (Quartiers 2030)"),
    message: Text::new(
        "Ce contrat de ville 2024 ne garde pas trace d'une consultation des habitants.",
        "This 2024 contrat de ville keeps no trace of a consultation of habitants.",
    ),
    help: Text::new(
        "Les contrats « Engagements Quartiers 2030 » ont été précédés d'une consultation citoyenne : décrivez-la dans `participation.actions` (degré `consulter` ou plus) ou indiquez que les conseils citoyens ont été associés au diagnostic du volet santé.",
        "\"Engagements Quartiers 2030\" contracts were preceded by a citizen consultation: describe it in `participation.actions` (degree `consulter` or more) or state that conseils citoyens took part in the volet santé's diagnostic.",
    ),
    description: Text::new(
        "Pour un contrat de génération 2024, cherche une action participative de degré `consulter` ou plus, ou un diagnostic du volet santé associant les conseils citoyens.",
        "For a 2024-generation contract, looks for a participatory action of degree `consulter` or more, or a volet santé diagnostic involving the conseils citoyens.",
    ),
    limits: None,
    check: Check::Document(|ctx, out| {
        let Document::ContratDeVille(c) = ctx.doc else { return };
        if !is_cv2024(c) {
            return;
        }
        let by_action = c
            .participation
            .as_ref()
            .is_some_and(|p| p.actions.iter().any(|a| a.degre >= DegreParticipation::Consulter));
        let by_diag = c
            .volet_sante
            .as_ref()
            .and_then(|v| v.diagnostic.as_ref())
            .is_some_and(|d| d.conseils_citoyens_associes == Some(true));
        if !by_action && !by_diag {
            out.push(
                Finding::at(if c.participation.is_some() { "/participation" } else { "" })
                    .input("/generation", "2024")
                    .parameter("degre_minimal", "consulter"),
            );
        }
    }),
};

/// PAR-013: recommended size of a conseil citoyen (15 to 50 members).
pub static PAR_013: Rule = Rule {
    code: "PAR-013",
    severity: Severity::Warning,
    category: Category::Value,
    applies_to: &[DocumentKind::ConseilCitoyen],
    in_force: InForce::since(Date::ymd(2017, 2, 2)),
    sources: &[
        Source::new(
            SourceKind::Circulaire,
            "Circulaire du 2 février 2017 relative aux conseils citoyens (ASH)",
            Some("https://ash.tm.fr/hebdo/2998/veille-juridique/quartiers-prioritaires-une-circulaire-precise-le-cadre-de-creation-et-de-fonctionnement-des-conseils-citoyens-370953.php"),
        ),
        CIRCULAIRE_2017,
    ],
    title: Text::new("Taille recommandée du conseil citoyen", "Recommended size of a conseil citoyen"),
    message: Text::new(
        "Le conseil citoyen ({qpv} QPV) compte {total} membres, hors de la taille recommandée de {minimum} à {maximum}.",
        "The conseil citoyen ({qpv} QPV) has {total} members, outside the recommended size of {minimum} to {maximum}.",
    ),
    help: Text::new(
        "La circulaire de 2017 admet qu'un conseil citoyen couvre plusieurs quartiers et recommande à terme 15 à 50 membres, à partir d'un « groupe moteur ».",
        "The 2017 circulaire allows one conseil citoyen to cover several quartiers and recommends 15 to 50 members in the long run, starting from a \"groupe moteur\".",
    ),
    description: Text::new(
        "Quand chaque collège donne son effectif, signale un total de 4 à 14 ou de plus de 50 membres (moins de 4 relève de PAR-008).",
        "When every college gives its size, reports a total of 4 to 14 or above 50 members (below 4 is PAR-008's).",
    ),
    limits: Some(Text::new(
        "La taille recommandée vaut « à terme » : un conseil en phase de démarrage peut être en dessous.",
        "The recommended size is a long-run target: a conseil in its starting phase may be below it.",
    )),
    check: Check::Document(|ctx, out| {
        let Document::ConseilCitoyen(c) = ctx.doc else { return };
        if let Some(t) = total(&c.colleges).filter(|t| (4..15).contains(t) || *t > 50) {
            out.push(
                Finding::at("/colleges")
                    .param("total", t)
                    .param("qpv", c.qpv.len())
                    .param("minimum", 15)
                    .param("maximum", 50)
                    .input("/colleges", counts(&c.colleges))
                    .parameter("minimum", 15)
                    .parameter("maximum", 50),
            );
        }
    }),
};

/// The date the droit d'interpellation came into force (loi 2017-86).
const INTERPELLATION_DEPUIS: Date = Date::ymd(2017, 1, 29);

/// PAR-014: droit d'interpellation and its follow-up steps.
pub static PAR_014: Rule = Rule {
    code: "PAR-014",
    severity: Severity::Information,
    category: Category::Informational,
    applies_to: &[DocumentKind::ConseilCitoyen],
    in_force: InForce::since(INTERPELLATION_DEPUIS),
    sources: &[
        Source::new(
            SourceKind::Loi,
            "Loi n° 2017-86 du 27 janvier 2017 relative à l'égalité et à la citoyenneté (droit d'interpellation), Maire-info",
            Some("http://www.maire-info.com/article.asp?param=20445"),
        ),
        CIRCULAIRE_2017,
    ],
    title: Text::new("Droit d'interpellation du conseil citoyen", "Conseil citoyen's droit d'interpellation"),
    message: Text::new("Interpellation du {date} : {what}.", "Interpellation of {date}: {what}."),
    help: Text::new(
        "Saisi par un conseil citoyen, le préfet transmet au maire, au président de l'EPCI et aux signataires du contrat de ville ; il peut soumettre un diagnostic et des actions au comité de pilotage (voire réviser le contrat) ; le débat est ensuite inscrit à l'ordre du jour du conseil municipal. Enregistrez chaque étape.",
        "Seized by a conseil citoyen, the préfet forwards to the maire, the EPCI's president and the contract's signatories; he may submit a diagnostic and actions to the steering committee (even revise the contract); the debate is then put on the municipal council's agenda. Record each step.",
    ),
    description: Text::new(
        "Pour chaque interpellation : signale une date antérieure au 29 janvier 2017 (le droit n'existait pas) et les étapes de suivi déclarées non faites (transmission aux signataires, présentation au comité de pilotage, débat au conseil municipal).",
        "For each interpellation: reports a date before 29 January 2017 (the right did not exist) and follow-up steps declared not done (forwarding to signatories, submission to the steering committee, debate at the municipal council).",
    ),
    limits: Some(Text::new(
        "Le congé des membres, fractionnable en demi-journées, n'est pas modélisé.",
        "Members' dedicated leave, splittable in half-days, is not modelled.",
    )),
    check: Check::Document(|ctx, out| {
        let Document::ConseilCitoyen(c) = ctx.doc else { return };
        for (i, it) in c.interpellations.iter().enumerate() {
            let base = format!("/interpellations/{i}");
            let date = it.date.map(|d| d.to_string()).unwrap_or_else(|| "—".into());
            if let Some(d) = it.date.filter(|d| *d < INTERPELLATION_DEPUIS) {
                out.push(
                    Finding::at(format!("{base}/date"))
                        .param("date", date.clone())
                        .param("what", "anterieure")
                        .localized(
                            "what",
                            format!("elle précède l'entrée en vigueur du droit d'interpellation ({INTERPELLATION_DEPUIS})"),
                            format!("it predates the droit d'interpellation ({INTERPELLATION_DEPUIS})"),
                        )
                        .input(format!("{base}/date"), d.to_string())
                        .parameter("en_vigueur_depuis", INTERPELLATION_DEPUIS.to_string()),
                );
            }
            let steps = [
                ("transmise_signataires", it.transmise_signataires, "transmission aux signataires", "forwarding to signatories"),
                ("presentee_copil", it.presentee_copil, "présentation au comité de pilotage", "submission to the steering committee"),
                ("debat_conseil_municipal", it.debat_conseil_municipal, "débat au conseil municipal", "debate at the municipal council"),
            ];
            let not_done: Vec<_> = steps.iter().filter(|s| s.1 == Some(false)).collect();
            if !not_done.is_empty() {
                let mut f = Finding::at(base.clone()).parameter("etapes", vec!["transmise_signataires", "presentee_copil", "debat_conseil_municipal"])
                    .param("date", date)
                    .param("what", not_done.iter().map(|s| s.0).collect::<Vec<_>>())
                    .localized(
                        "what",
                        format!("étapes de suivi non faites : {}", not_done.iter().map(|s| s.2).collect::<Vec<_>>().join(", ")),
                        format!("follow-up steps not done: {}", not_done.iter().map(|s| s.3).collect::<Vec<_>>().join(", ")),
                    );
                for s in &not_done {
                    f = f.input(format!("{base}/{}", s.0), false);
                }
                out.push(f);
            }
        }
    }),
};

/// The PAR family.
pub static RULES: &[&Rule] = &[
    &PAR_001, &PAR_002, &PAR_003, &PAR_004, &PAR_005, &PAR_006, &PAR_007, &PAR_008, &PAR_009,
    &PAR_010, &PAR_011, &PAR_012, &PAR_013, &PAR_014,
];
