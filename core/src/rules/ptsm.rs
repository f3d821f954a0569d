//! PTSM-*: projets territoriaux de santé mentale (L3221-2, R3224-1 ff. CSP).

use super::*;
use crate::model::{Document, DocumentKind, ProjetTerritorialSanteMentale, TypeTerritoire};
use crate::report::{Category, InForce, Severity};

/// The départements of each région (COG 2026; unchanged since the 2016 regions).
const REGIONS: &[(&str, &[&str])] = &[
    ("01", &["971"]),
    ("02", &["972"]),
    ("03", &["973"]),
    ("04", &["974"]),
    ("06", &["976"]),
    ("11", &["75", "77", "78", "91", "92", "93", "94", "95"]),
    ("24", &["18", "28", "36", "37", "41", "45"]),
    ("27", &["21", "25", "39", "58", "70", "71", "89", "90"]),
    ("28", &["14", "27", "50", "61", "76"]),
    ("32", &["02", "59", "60", "62", "80"]),
    (
        "44",
        &["08", "10", "51", "52", "54", "55", "57", "67", "68", "88"],
    ),
    ("52", &["44", "49", "53", "72", "85"]),
    ("53", &["22", "29", "35", "56"]),
    (
        "75",
        &[
            "16", "17", "19", "23", "24", "33", "40", "47", "64", "79", "86", "87",
        ],
    ),
    (
        "76",
        &[
            "09", "11", "12", "30", "31", "32", "34", "46", "48", "65", "66", "81", "82",
        ],
    ),
    (
        "84",
        &[
            "01", "03", "07", "15", "26", "38", "42", "43", "63", "69", "73", "74",
        ],
    ),
    ("93", &["04", "05", "06", "13", "83", "84"]),
    ("94", &["2A", "2B"]),
];

/// The départements of a région, if known.
pub fn departements_de(region: &str) -> Option<&'static [&'static str]> {
    REGIONS.iter().find(|(r, _)| *r == region).map(|(_, d)| *d)
}

/// L3221-2 CSP, as on Doctrine.
const L3221_2: Source = Source::new(
    SourceKind::Loi,
    "Code de la santé publique, art. L3221-2 I (loi n° 2016-41, art. 69)",
    Some("https://www.doctrine.fr/l/texts/codes/LEGITEXT000006072665/articles/LEGIARTI000006687965?version=LEGIARTI000031928497&date=2016-12-30&source=legislation-text&sourcePage="),
);

/// What a PTSM covers: `Some(départements)` when every territory is a département or a région,
/// `None` when a territory cannot be mapped to départements.
fn covered(p: &ProjetTerritorialSanteMentale) -> Option<Vec<String>> {
    let mut v = Vec::new();
    for t in &p.territoires {
        let code = t.code.as_deref()?;
        match t.kind {
            TypeTerritoire::Departement => v.push(code.to_string()),
            TypeTerritoire::Region => {
                v.extend(departements_de(code)?.iter().map(|d| d.to_string()))
            }
            _ => return None,
        }
    }
    Some(v)
}

/// PTSM-001: the PTSM of a région cover it entirely (portfolio of a région).
pub static PTSM_001: Rule = Rule {
    code: "PTSM-001",
    severity: Severity::Error,
    category: Category::Conflict,
    applies_to: &[DocumentKind::Portefeuille],
    in_force: InForce::since(Date::ymd(2016, 1, 28)),
    sources: &[L3221_2],
    title: Text::new("Couverture de la région par les PTSM", "Coverage of the région by PTSM"),
    message: Text::new(
        "Les PTSM du portefeuille ne couvrent pas, dans la région {region}, les départements : {manquants}.",
        "The portfolio's PTSM do not cover, in région {region}, the départements: {manquants}.",
    ),
    help: Text::new(
        "Le PTSM est élaboré sur un territoire suffisant pour associer tous les acteurs ; à défaut d'initiative des professionnels, le directeur général de l'ARS veille à ce que toute la région soit couverte. Ajoutez les PTSM manquants au portefeuille.",
        "A PTSM is drawn up on a territory large enough to involve all actors; failing the professionals' initiative, the DG ARS ensures the whole région is covered. Add the missing PTSM to the portfolio.",
    ),
    description: Text::new(
        "Pour un portefeuille dont le territoire est une région, la réunion des territoires des PTSM de cette région (départements, ou la région entière) doit couvrir tous ses départements.",
        "For a portfolio whose territory is a région, the union of the territories of that région's PTSM (départements, or the whole région) must cover all its départements.",
    ),
    limits: Some(Text::new(
        "Un PTSM défini sur un territoire qui n'est ni un département ni une région (territoire de démocratie sanitaire, groupe de communes) rend la couverture incalculable : la règle ne conclut pas. Le rattachement d'un département à sa région suit le COG 2026.",
        "A PTSM defined on a territory that is neither a département nor a région (territoire de démocratie sanitaire, group of communes) makes coverage uncomputable: the rule draws no conclusion. Départements are mapped to régions by the COG 2026.",
    )),
    check: Check::Document(|ctx, out| {
        let Document::Portefeuille(p) = ctx.doc else { return };
        let Some(t) = p.territoire.as_ref().filter(|t| t.kind == TypeTerritoire::Region) else { return };
        let Some(region) = t.code.as_deref() else { return };
        let Some(all) = departements_de(region) else { return };
        let mut got: Vec<String> = Vec::new();
        for d in &p.documents {
            let Document::ProjetTerritorialSanteMentale(x) = d else { continue };
            if x.region.as_deref().is_some_and(|r| r != region) {
                continue;
            }
            match covered(x) {
                Some(v) => got.extend(v),
                None => return,
            }
        }
        let missing: Vec<&str> = all.iter().copied().filter(|d| !got.iter().any(|g| g == d)).collect();
        if !missing.is_empty() {
            out.push(
                Finding::at("/territoire")
                    .param("region", region)
                    .param("manquants", missing.clone())
                    .input("/territoire/code", region)
                    .parameter("departements_de_la_region", all.to_vec())
                    .parameter("departements_couverts", got),
            );
        }
    }),
};

/// PTSM-002: a PTSM lasts 5 years from its arrêté and is published.
pub static PTSM_002: Rule = Rule {
    code: "PTSM-002",
    severity: Severity::Error,
    category: Category::BusinessRule,
    applies_to: &[DocumentKind::ProjetTerritorialSanteMentale],
    in_force: InForce::since(Date::ymd(2017, 7, 30)),
    sources: &[Source::new(
        SourceKind::Reglement,
        "Code de la santé publique, art. R3224-1 IV (décret n° 2017-1200 du 27 juillet 2017)",
        Some("https://french-business-law.com/rench-legislation-art/article-r3224-1-of-the-french-public-health-code"),
    )],
    title: Text::new("Durée et publication du PTSM", "Duration and publication of the PTSM"),
    message: Text::new("PTSM : {what}.", "PTSM: {what}."),
    help: Text::new(
        "Le PTSM est arrêté par le DG ARS pour une durée de cinq ans et publié ; au-delà, il est révisé selon la même procédure.",
        "The PTSM is adopted by the DG ARS for five years and published; beyond that, it is revised by the same procedure.",
    ),
    description: Text::new(
        "Signale une période de validité qui dépasse cinq ans à compter de l'arrêté (ou du début de la période) et un PTSM déclaré non publié.",
        "Reports a period of validity exceeding five years from the arrêté (or the period's start) and a PTSM declared not published.",
    ),
    limits: None,
    check: Check::Document(|ctx, out| {
        let Document::ProjetTerritorialSanteMentale(c) = ctx.doc else { return };
        let start = c
            .date_arrete
            .map(|d| ("/date_arrete", d))
            .or(c.periode.and_then(|p| p.debut).map(|d| ("/periode/debut", d)));
        if let (Some((sp, s)), Some(fin)) = (start, c.periode.and_then(|p| p.fin)) {
            if let Some(limit) = s.add_years(5) {
                if fin > limit {
                    out.push(
                        Finding::at("/periode/fin")
                            .param("what", "duree")
                            .localized(
                                "what",
                                format!("la période se termine le {fin}, plus de cinq ans après le {s} (au plus tard le {limit})"),
                                format!("the period ends on {fin}, more than five years after {s} (at the latest {limit})"),
                            )
                            .input(sp, s.to_string())
                            .input("/periode/fin", fin.to_string())
                            .parameter("duree_annees", 5)
                            .parameter("fin_maximale", limit.to_string()),
                    );
                }
            }
        }
        if c.publie == Some(false) {
            out.push(
                util::declared_false("/publie", "il n'a pas été publié", "it has not been published"),
            );
        }
    }),
};

/// The PTSM family.
pub static RULES: &[&Rule] = &[&PTSM_001, &PTSM_002];
