//! TER-*: territories, official codes and the référentiel (COG, EPCI, QPV).
//!
//! Format checks (regular expressions, Luhn) always run; checks against the référentiel run
//! when one is loaded (`ctx.referentiel`). A code absent from the référentiel is an error when
//! the document speaks of a date on or after the référentiel's vintage, and a warning of its own
//! code (TER-013 for communes, TER-014 for EPCI) when the document predates it: the code may
//! have existed then and merged since.

use std::collections::{BTreeSet, HashMap};

use super::util;
use super::*;
use crate::model::{Document, DocumentKind, NatureActeur, Territoire, TypeTerritoire};
use crate::referentiel::GenerationQpv;
use crate::report::{Category, InForce, Severity};

mod ter_001;
mod ter_002;
mod ter_003;
mod ter_004;
mod ter_005;
mod ter_006;
mod ter_007;
mod ter_008;
mod ter_009;
mod ter_010;
mod ter_011;
mod ter_012;
mod ter_013;
mod ter_014;
mod ter_015;
mod ter_016;
mod ter_017;
mod ter_018;

pub use ter_001::TER_001;
pub use ter_002::TER_002;
pub use ter_003::TER_003;
pub use ter_004::TER_004;
pub use ter_005::TER_005;
pub use ter_006::TER_006;
pub use ter_007::TER_007;
pub use ter_008::TER_008;
pub use ter_009::TER_009;
pub use ter_010::TER_010;
pub use ter_011::TER_011;
pub use ter_012::TER_012;
pub use ter_013::TER_013;
pub use ter_014::TER_014;
pub use ter_015::TER_015;
pub use ter_016::TER_016;
pub use ter_017::TER_017;
pub use ter_018::TER_018;

// ----- sources ------------------------------------------------------------------------------

/// COG codes of the collectivités d'outre-mer (Constitution art. 74) and of Nouvelle-Calédonie
/// (title XIII), as listed in zone `com` of COG 2026, used when no référentiel is loaded.
pub(crate) const COLLECTIVITES_OUTRE_MER: [&str; 6] = ["975", "977", "978", "986", "987", "988"];

// ----- helpers ------------------------------------------------------------------------------

/// The date the document speaks of: the earlier of its earliest own date (préfiguration,
/// signature, start) and `as_of` (the days it may be, for a date known to the month or year).
fn ref_date(ctx: &Ctx<'_>) -> DayRange {
    *ctx.facts
        .ref_date
        .get_or_init(|| match util::earliest(ctx.doc) {
            Some((_, d)) => d.days().earliest(ctx.as_of),
            None => ctx.as_of.into(),
        })
}

/// Whether the document cites a first-generation PRS (by its generation, or a period starting
/// before the régions of 2016).
fn cites_prs_1(doc: &Document) -> bool {
    let Document::ContratLocalSante(c) = doc else {
        return false;
    };
    c.prs.as_ref().is_some_and(|p| {
        p.generation == Some(1)
            || p.periode
                .and_then(|x| x.debut)
                // Possibly before (a date known to the year): the former codes may still be right.
                .is_some_and(|d| !d.before(crate::params::REGIONS_2016_DEPUIS.value).is_no())
    })
}

/// Whether the document speaks of a date before the référentiel's vintage.
fn predates(ctx: &Ctx<'_>) -> Answer {
    ctx.referentiel
        .and_then(|r| r.vintage_date())
        .map_or(Answer::No, |v| ref_date(ctx).before(v))
}

fn short(s: &str) -> String {
    s.chars().take(60).collect()
}

/// Where a territory sits in a document; the pointer is built only for a finding.
#[derive(Clone, Copy)]
enum Loc {
    /// `{list}/{i}`.
    List(&'static str, usize),
    /// A single territory field.
    One(&'static str),
    /// `{outer}/{a}/{inner}/{i}` (`/actions/0/territoires/1`).
    Nested(&'static str, usize, &'static str, usize),
    /// `/acteurs/{i}/territoire`.
    Acteur(usize),
    /// `{parent}/membres/{j}`: a listed member of a grouping (pays, PETR, syndicat mixte);
    /// the parent is one of the other locations.
    Membre(Parent, usize),
}

/// Where the grouping of a listed member sits (one level: members of members are not read).
#[derive(Clone, Copy)]
enum Parent {
    List(&'static str, usize),
    One(&'static str),
    Nested(&'static str, usize, &'static str, usize),
    Acteur(usize),
}

impl Parent {
    fn of(loc: Loc) -> Option<Parent> {
        match loc {
            Loc::List(b, i) => Some(Parent::List(b, i)),
            Loc::One(b) => Some(Parent::One(b)),
            Loc::Nested(o, a, n, i) => Some(Parent::Nested(o, a, n, i)),
            Loc::Acteur(i) => Some(Parent::Acteur(i)),
            Loc::Membre(..) => None,
        }
    }
    fn base(self) -> String {
        match self {
            Parent::List(b, i) => format!("{b}/{i}"),
            Parent::One(b) => b.to_string(),
            Parent::Nested(o, a, n, i) => format!("{o}/{a}/{n}/{i}"),
            Parent::Acteur(i) => format!("/acteurs/{i}/territoire"),
        }
    }
}

/// A territory reference found in the document: where, its kind and its code.
#[derive(Clone, Copy)]
pub(crate) struct Ref<'a> {
    loc: Loc,
    kind: TypeTerritoire,
    code: &'a str,
}

impl Ref<'_> {
    /// JSON Pointer to the code.
    fn path(&self) -> String {
        match self.loc {
            Loc::List(base, i) => format!("{base}/{i}/code"),
            Loc::One(base) => format!("{base}/code"),
            Loc::Nested(outer, a, inner, i) => format!("{outer}/{a}/{inner}/{i}/code"),
            Loc::Acteur(i) => format!("/acteurs/{i}/territoire/code"),
            Loc::Membre(p, j) => format!("{}/membres/{j}/code", p.base()),
        }
    }
}

fn push<'a>(out: &mut Vec<Ref<'a>>, loc: Loc, t: Option<&'a Territoire>) {
    let Some(t) = t else { return };
    if let Some(code) = t.code.as_deref() {
        out.push(Ref {
            loc,
            kind: t.kind,
            code,
        });
    }
    if let Some(p) = Parent::of(loc) {
        for (j, m) in t.membres.iter().enumerate() {
            if let Some(code) = m.code.as_deref() {
                out.push(Ref {
                    loc: Loc::Membre(p, j),
                    kind: m.kind,
                    code,
                });
            }
        }
    }
}

fn push_list<'a>(out: &mut Vec<Ref<'a>>, base: &'static str, ts: &'a [Territoire]) {
    for (i, t) in ts.iter().enumerate() {
        push(out, Loc::List(base, i), Some(t));
    }
}

/// Every territory reference of the checked document with a code, in document order (see
/// [`gather`]), gathered once per document.
fn territoires<'a>(ctx: &Ctx<'a>) -> &'a [Ref<'a>] {
    ctx.facts.territoires.get_or_init(|| gather(ctx.doc))
}

/// Every territory reference of the document with a code, in document order: perimeters,
/// quartiers, QPV lists, the actors' territories; a portfolio's own documents are left to their
/// own run.
fn gather(doc: &Document) -> Vec<Ref<'_>> {
    let mut out = Vec::new();
    let o = &mut out;
    match doc {
        Document::ContratLocalSante(d) => {
            push_list(o, "/perimetre", &d.perimetre);
            for (a, x) in d.actions.iter().enumerate() {
                for (i, t) in x.territoires.iter().enumerate() {
                    push(o, Loc::Nested("/actions", a, "territoires", i), Some(t));
                }
            }
        }
        Document::ContratDeVille(d) => {
            push_list(o, "/perimetre", &d.perimetre);
            push_list(o, "/quartiers", &d.quartiers);
        }
        Document::ConseilCitoyen(d) => push_list(o, "/qpv", &d.qpv),
        Document::AtelierSanteVille(d) => {
            push_list(o, "/territoires", &d.territoires);
            for (a, x) in d.adultes_relais.iter().enumerate() {
                for (i, t) in x.qpv.iter().enumerate() {
                    push(o, Loc::Nested("/adultes_relais", a, "qpv", i), Some(t));
                }
            }
        }
        Document::ConseilLocalSanteMentale(d) => push_list(o, "/perimetre", &d.perimetre),
        Document::ConseilTerritorialSante(d) => {
            push(o, Loc::One("/territoire"), d.territoire.as_ref())
        }
        Document::ProjetTerritorialSanteMentale(d) => push_list(o, "/territoires", &d.territoires),
        Document::ReseauCollectivites(d) => push(o, Loc::One("/territoire"), d.territoire.as_ref()),
        Document::DemarcheAccompagnement(d) => {
            push(o, Loc::One("/territoire"), d.territoire.as_ref());
            if let Some(p) = &d.projet_urbain {
                push_list(o, "/projet_urbain/qpv", &p.qpv);
            }
        }
        Document::ProjetSanteProximite(d) => push_list(o, "/territoires", &d.territoires),
        Document::Portefeuille(d) => push(o, Loc::One("/territoire"), d.territoire.as_ref()),
    }
    for (i, a) in doc.acteurs().iter().enumerate() {
        push(o, Loc::Acteur(i), a.territoire.as_ref());
    }
    out
}

/// Région and département codes written as plain strings.
struct Strings {
    regions: Vec<(String, String)>,
    departements: Vec<(String, String)>,
}

fn strings(doc: &Document) -> Strings {
    let mut s = Strings {
        regions: Vec::new(),
        departements: Vec::new(),
    };
    match doc {
        Document::ConseilTerritorialSante(d) => {
            for (i, r) in d.regions.iter().enumerate() {
                s.regions.push((format!("/regions/{i}"), r.clone()));
            }
            for (i, r) in d.departements.iter().enumerate() {
                s.departements
                    .push((format!("/departements/{i}"), r.clone()));
            }
        }
        Document::ContratLocalSante(d) => {
            if let Some(r) = d.prs.as_ref().and_then(|p| p.region.as_ref()) {
                s.regions.push(("/prs/region".into(), r.clone()));
            }
        }
        Document::ProjetTerritorialSanteMentale(d) => {
            if let Some(r) = &d.region {
                s.regions.push(("/region".into(), r.clone()));
            }
        }
        _ => {}
    }
    s
}

/// Where an identifier sits: a territory's code or an actor's `siren`. Its pointer is built
/// only for a finding (building each one up front was 7 % of a portfolio's validation).
#[derive(Clone, Copy)]
enum Site<'a> {
    /// A territory reference's code.
    Code(&'a Ref<'a>),
    /// `/acteurs/{i}/siren`.
    Siren(usize),
}

impl Site<'_> {
    /// JSON Pointer to the identifier.
    fn path(&self) -> String {
        match self {
            Site::Code(r) => r.path(),
            Site::Siren(i) => format!("/acteurs/{i}/siren"),
        }
    }
}

/// EPCI/EPT identifiers of the document: territory codes of kind `epci`/`ept` and the `siren`
/// of actors of nature `epci`/`ept`, with whether an EPT is meant.
fn epci_refs<'a>(ctx: &Ctx<'a>) -> Vec<(Site<'a>, &'a str, bool)> {
    let doc = ctx.doc;
    let mut v: Vec<(Site<'a>, &'a str, bool)> = territoires(ctx)
        .iter()
        .filter(|r| matches!(r.kind, TypeTerritoire::Epci | TypeTerritoire::Ept))
        .map(|r| (Site::Code(r), r.code, r.kind == TypeTerritoire::Ept))
        .collect();
    for (i, a) in doc.acteurs().iter().enumerate() {
        if let (NatureActeur::Epci | NatureActeur::Ept, Some(s)) = (a.nature, a.siren.as_deref()) {
            v.push((Site::Siren(i), s, a.nature == NatureActeur::Ept));
        }
    }
    v
}

/// SIREN of PETR, syndicats mixtes and pays: territory codes of those kinds and the `siren` of
/// actors of those natures, with the kind declared (TER-015).
fn groupement_refs<'a>(ctx: &Ctx<'a>) -> Vec<(Site<'a>, &'a str, TypeTerritoire)> {
    let doc = ctx.doc;
    let mut v: Vec<(Site<'a>, &'a str, TypeTerritoire)> = territoires(ctx)
        .iter()
        .filter(|r| {
            matches!(
                r.kind,
                TypeTerritoire::Pays | TypeTerritoire::Petr | TypeTerritoire::SyndicatMixte
            )
        })
        .map(|r| (Site::Code(r), r.code, r.kind))
        .collect();
    for (i, a) in doc.acteurs().iter().enumerate() {
        let kind = match a.nature {
            NatureActeur::Pays => TypeTerritoire::Pays,
            NatureActeur::Petr => TypeTerritoire::Petr,
            NatureActeur::SyndicatMixte => TypeTerritoire::SyndicatMixte,
            _ => continue,
        };
        if let Some(s) = a.siren.as_deref() {
            v.push((Site::Siren(i), s, kind));
        }
    }
    v
}

fn is_commune_format(c: &str) -> bool {
    let b = c.as_bytes();
    if b.len() != 5 || !b.iter().skip(2).all(u8::is_ascii_digit) {
        return false;
    }
    match (b.first(), b.get(1)) {
        (Some(b'0'), Some(d)) => (b'1'..=b'9').contains(d),
        (Some(b'1'), Some(d)) => d.is_ascii_digit(),
        (Some(b'2'), Some(d)) => (b'1'..=b'9').contains(d) || *d == b'A' || *d == b'B',
        (Some(b'3'..=b'8'), Some(d)) => d.is_ascii_digit(),
        (Some(b'9'), Some(d)) => {
            (b'0'..=b'5').contains(d)
                || (*d == b'7' && b.get(2).is_some_and(|x| (b'1'..=b'8').contains(x)))
                || (*d == b'8' && b.get(2).is_some_and(|x| (b'4'..=b'9').contains(x)))
        }
        _ => false,
    }
}

/// The 101 départements (96 metropolitan including 2A and 2B, 5 overseas).
pub fn is_departement(c: &str) -> bool {
    match c {
        "2A" | "2B" | "971" | "972" | "973" | "974" | "976" => true,
        _ => {
            c.len() == 2
                && c.bytes().all(|b| b.is_ascii_digit())
                && c.parse::<u8>()
                    .is_ok_and(|n| (1..=95).contains(&n) && n != 20)
        }
    }
}

/// The 18 régions since 2016.
pub const REGIONS_2016: [&str; 18] = [
    "01", "02", "03", "04", "06", "11", "24", "27", "28", "32", "44", "52", "53", "75", "76", "84",
    "93", "94",
];

/// Régions before 2016 and the région that absorbed each (loi 2015-29).
const REGIONS_AVANT_2016: [(&str, &str, &str); 22] = [
    ("11", "Île-de-France", "11"),
    ("21", "Champagne-Ardenne", "44"),
    ("22", "Picardie", "32"),
    ("23", "Haute-Normandie", "28"),
    ("24", "Centre", "24"),
    ("25", "Basse-Normandie", "28"),
    ("26", "Bourgogne", "27"),
    ("31", "Nord-Pas-de-Calais", "32"),
    ("41", "Lorraine", "44"),
    ("42", "Alsace", "44"),
    ("43", "Franche-Comté", "27"),
    ("52", "Pays de la Loire", "52"),
    ("53", "Bretagne", "53"),
    ("54", "Poitou-Charentes", "75"),
    ("72", "Aquitaine", "75"),
    ("73", "Midi-Pyrénées", "76"),
    ("74", "Limousin", "75"),
    ("82", "Rhône-Alpes", "84"),
    ("83", "Auvergne", "84"),
    ("91", "Languedoc-Roussillon", "76"),
    ("93", "Provence-Alpes-Côte d'Azur", "93"),
    ("94", "Corse", "94"),
];

/// Luhn checksum of a digit string.
pub fn luhn(s: &str) -> bool {
    let mut sum = 0u32;
    for (i, c) in s.bytes().rev().enumerate() {
        let mut d = u32::from(c.wrapping_sub(b'0'));
        if d > 9 {
            return false;
        }
        if i % 2 == 1 {
            d *= 2;
            if d > 9 {
                d -= 9;
            }
        }
        sum += d;
    }
    sum % 10 == 0
}

/// What is wrong with the shape of an EPCI SIREN, if anything: (fr, en).
/// What is wrong with a groupement's SIREN, as the key of the sentence its rule says:
/// `siren_longueur` (not 9 digits), `siren_prefixe` (not starting with 2), `siren_cle` (Luhn).
fn siren_problem(s: &str) -> Option<&'static str> {
    if s.len() != 9 || !s.bytes().all(|b| b.is_ascii_digit()) {
        Some("siren_longueur")
    } else if !s.starts_with('2') {
        Some("siren_prefixe")
    } else if !luhn(s) {
        Some("siren_cle")
    } else {
        None
    }
}

/// A QPV code split: (generation, département part as a département code, overseas).
fn qpv_parts(code: &str) -> Option<(GenerationQpv, String, bool)> {
    let b = code.as_bytes();
    let generation = GenerationQpv::of_code(code)?;
    let dep3 = code.get(2..5)?;
    let tail = code.get(5..)?;
    let dep_ok = dep3.bytes().all(|x| x.is_ascii_digit()) || dep3 == "02A" || dep3 == "02B";
    let tail_ok = match generation {
        GenerationQpv::G2015 => tail.len() == 3 && tail.bytes().all(|x| x.is_ascii_digit()),
        GenerationQpv::G2024 => {
            tail.len() == 3
                && tail.bytes().take(2).all(|x| x.is_ascii_digit())
                && b.last().is_some_and(u8::is_ascii_uppercase)
        }
    };
    if !dep_ok || !tail_ok {
        return None;
    }
    let dep = if dep3.starts_with("97") || dep3.starts_with("98") {
        dep3.to_string()
    } else {
        dep3.get(1..).unwrap_or("").to_string()
    };
    let om = dep3.starts_with("97") || dep3.starts_with("98");
    Some((generation, dep, om))
}

fn qpv_refs<'a>(ctx: &Ctx<'a>) -> impl Iterator<Item = &'a Ref<'a>> {
    territoires(ctx)
        .iter()
        .filter(|r| r.kind == TypeTerritoire::Qpv)
}

// ----- rules --------------------------------------------------------------------------------

/// The communes a document assigns to an EPCI: when its perimeter names exactly one EPCI and
/// some communes, each commune is read as a member of that EPCI. (commune path, commune, EPCI).
fn claims(doc: &Document) -> Vec<(String, String, String)> {
    let per = util::perimetre(doc);
    let epcis: Vec<&str> = per
        .iter()
        .filter(|t| t.kind == TypeTerritoire::Epci)
        .filter_map(|t| t.code.as_deref())
        .collect();
    let [epci] = epcis.as_slice() else {
        return Vec::new();
    };
    let base = match doc {
        Document::AtelierSanteVille(_)
        | Document::ProjetSanteProximite(_)
        | Document::ProjetTerritorialSanteMentale(_) => "/territoires",
        _ => "/perimetre",
    };
    per.iter()
        .enumerate()
        .filter(|(_, t)| t.kind == TypeTerritoire::Commune)
        .filter_map(|(i, t)| {
            t.code
                .as_ref()
                .map(|c| (format!("{base}/{i}/code"), c.clone(), (*epci).to_string()))
        })
        .collect()
}

/// Whether a document's period, if it gives one, contains `as_of` (TER-006).
fn in_force(d: &Document, as_of: Date) -> bool {
    util::dates(d)
        .periode
        .is_none_or(|p| p.contains(as_of).is_yes())
}

/// The communes that the portfolio's documents in force attach to an EPCI (TER-006).
#[derive(Debug, Default)]
pub(crate) struct EpciClaims {
    /// Commune code → the distinct EPCI codes the portfolio's documents attach it to, in the
    /// order they first appear (document order, then perimeter order). A document names one
    /// EPCI, so a conflict for a document claiming EPCI `e` is the first of these that is not
    /// `e`: found in at most two steps however many documents name the commune (a list of
    /// every claim made N CLS on one commune cost N² comparisons).
    by_commune: HashMap<String, Vec<String>>,
}

impl EpciClaims {
    fn new(pf: &Portefeuille, as_of: Date) -> EpciClaims {
        let mut by_commune: HashMap<String, Vec<String>> = HashMap::new();
        let mut seen: std::collections::HashSet<(String, String)> =
            std::collections::HashSet::new();
        for d in &pf.documents {
            if !in_force(d, as_of) {
                continue;
            }
            for (_, c, e) in claims(d) {
                if seen.insert((c.clone(), e.clone())) {
                    by_commune.entry(c).or_default().push(e);
                }
            }
        }
        EpciClaims { by_commune }
    }

    /// The first EPCI other than `epci` that a document of the portfolio attaches `commune` to.
    fn conflict(&self, commune: &str, epci: &str) -> Option<&String> {
        self.by_commune
            .get(commune)?
            .iter()
            .find(|oe| oe.as_str() != epci)
    }
}

/// The TER family.
pub static RULES: &[&Rule] = &[
    &TER_001, &TER_002, &TER_003, &TER_004, &TER_005, &TER_006, &TER_007, &TER_008, &TER_009,
    &TER_010, &TER_011, &TER_012, &TER_013, &TER_014, &TER_015, &TER_016, &TER_017, &TER_018,
];

#[cfg(test)]
mod tests {
    use super::*;

    fn run(
        rule: &Rule,
        doc: serde_json::Value,
        r: Option<&crate::referentiel::Referentiel>,
    ) -> Vec<String> {
        let doc: Document = serde_json::from_value(doc).unwrap();
        let ctx = Ctx {
            doc: &doc,
            as_of: Date::ymd(2026, 6, 30),
            referentiel: r,
            portefeuille: None,
            cache: None,
            facts: &Facts::default(),
            explain: false,
        };
        let mut sink = Sink::default();
        if let Check::Document(f) = rule.check {
            f(&ctx, &mut sink);
        }
        sink.findings.into_iter().map(|f| f.path).collect()
    }

    #[test]
    fn epci_conflicts_in_a_portfolio_name_the_first_other_document() {
        let cls = |epci: &str, fin: &str| {
            serde_json::json!({"type": "contrat_local_sante", "nom": "CLS",
                "periode": {"debut": "2018-01-01", "fin": fin},
                "perimetre": [{"type": "epci", "code": epci}, {"type": "commune", "code": "02168"}]})
        };
        let pf: Document = serde_json::from_value(serde_json::json!({
            "type": "portefeuille", "nom": "P",
            "documents": [cls("200000001", "2022-12-31"), cls("200000002", "2022-12-31"),
                          cls("200000001", "2022-12-31"), cls("200000003", "2019-12-31"),
                          cls("200000001", "2022-12-31")]
        }))
        .unwrap();
        let Document::Portefeuille(p) = &pf else {
            unreachable!()
        };
        let cache = PortfolioCache::default();
        let others = |cache: Option<&PortfolioCache>| -> Vec<Vec<String>> {
            p.documents
                .iter()
                .map(|d| {
                    let ctx = Ctx {
                        doc: d,
                        as_of: Date::ymd(2020, 6, 30),
                        referentiel: None,
                        portefeuille: Some(p),
                        cache,
                        facts: &Facts::default(),
                        explain: false,
                    };
                    let mut sink = Sink::default();
                    if let Check::Document(f) = TER_006.check {
                        f(&ctx, &mut sink);
                    }
                    sink.findings
                        .iter()
                        .map(|f| f.params["other"].as_str().unwrap().to_string())
                        .collect()
                })
                .collect()
        };
        // The document out of force (3) neither compares nor is compared; the others name the
        // first other document in force with another EPCI.
        let expected = vec![
            vec!["200000002".to_string()],
            vec!["200000001".to_string()],
            vec!["200000002".to_string()],
            vec![],
            vec!["200000002".to_string()],
        ];
        assert_eq!(others(Some(&cache)), expected);
        assert_eq!(others(None), expected);
    }

    #[test]
    fn a_qpv_whose_communes_lie_in_another_departement_is_reported() {
        // No QPV of the embedded référentiel is in that case, so no vector can show it.
        let r = crate::referentiel::Referentiel::from_compact(
            "@\tformat\t1\n@\tvintage\tCOG test\n@\tvintage_date\t2026-01-01\n\
             R\t32\t59350\tmetro\tHauts-de-France\nR\t76\t31555\tmetro\tOccitanie\n\
             D\t59\t32\t59350\tmetro\tNord\nD\t31\t76\t31555\tmetro\tHaute-Garonne\n\
             C\t59350\ta\t59\t\t\t\t\t\tLille\n\
             Q\tQP031999\t2015\t31\t59350\t\t5000\tTest\n",
        )
        .unwrap();
        let doc: Document = serde_json::from_value(serde_json::json!({
            "type": "contrat_de_ville", "quartiers": [{"type": "qpv", "code": "QP031999"}]
        }))
        .unwrap();
        let ctx = Ctx {
            doc: &doc,
            as_of: Date::ymd(2020, 6, 30),
            referentiel: Some(&r),
            portefeuille: None,
            cache: None,
            facts: &Facts::default(),
            explain: false,
        };
        let mut sink = Sink::default();
        if let Check::Document(f) = TER_008.check {
            f(&ctx, &mut sink);
        }
        let [f] = sink.findings.as_slice() else {
            panic!("one finding expected: {:?}", sink.findings)
        };
        assert_eq!(f.variant, Some("communes"));
        let text = crate::rules::render_with(
            TER_008.message_for(f.variant).fr,
            &f.params,
            &f.display,
            crate::report::Locale::Fr,
        );
        assert_eq!(
            text,
            "Le code QPV « QP031999 » porte le département 31 mais ses communes 59350 n'en sont pas."
        );
    }

    #[test]
    fn without_a_referentiel_formats_are_checked_and_lookups_skipped() {
        let doc = serde_json::json!({
            "type": "contrat_de_ville",
            "date_signature": "2026-03-01",
            "perimetre": [{"type": "commune", "code": "1053"}, {"type": "commune", "code": "59999"},
                          {"type": "epci", "code": "200000008"}, {"type": "epci", "code": "200093202"}],
            "quartiers": [{"type": "qpv", "code": "QP031999"}, {"type": "qpv", "code": "QP099001"}]
        });
        assert_eq!(run(&TER_001, doc.clone(), None), ["/perimetre/0/code"]);
        assert_eq!(run(&TER_004, doc.clone(), None), ["/perimetre/3/code"]);
        assert!(run(&TER_009, doc.clone(), None).is_empty());
        assert!(run(&TER_014, doc.clone(), None).is_empty());
        assert_eq!(run(&TER_008, doc.clone(), None), ["/quartiers/1/code"]);
        assert_eq!(
            run(&TER_007, doc, None),
            ["/quartiers/0/code", "/quartiers/1/code"]
        );
    }

    #[cfg(feature = "referentiel-embarque")]
    #[test]
    fn with_the_embedded_referentiel_lookups_run() {
        let r = crate::referentiel::Referentiel::embedded();
        let doc = serde_json::json!({
            "type": "contrat_de_ville",
            "date_signature": "2026-03-01",
            "perimetre": [{"type": "commune", "code": "59999"}, {"type": "epci", "code": "200000008"}],
            "quartiers": [{"type": "qpv", "code": "QN03101A"}],
            "acteurs": [{"id": "x", "nature": "ept", "siren": "200093201"}]
        });
        assert_eq!(run(&TER_001, doc.clone(), r), ["/perimetre/0/code"]);
        assert_eq!(run(&TER_004, doc.clone(), r), ["/perimetre/1/code"]);
        assert_eq!(run(&TER_005, doc.clone(), r), ["/acteurs/0/siren"]);
        // The embedded 2024 list is national: an unknown 2024 code is an error…
        assert_eq!(run(&TER_009, doc.clone(), r), ["/quartiers/0/code"]);
        // …a known one is not.
        let mut known = doc;
        known["quartiers"][0]["code"] = "QN09125M".into();
        assert!(run(&TER_009, known, r).is_empty());
    }

    #[test]
    fn formats() {
        for ok in [
            "01053", "2A004", "2B033", "97105", "97801", "98735", "75056", "95500",
        ] {
            assert!(is_commune_format(ok), "{ok}");
        }
        for bad in [
            "1053", "20004", "00001", "96001", "97901", "2C004", "0105A", "010533",
        ] {
            assert!(!is_commune_format(bad), "{bad}");
        }
        assert!(is_departement("2A") && is_departement("976") && is_departement("01"));
        assert!(!is_departement("20") && !is_departement("975") && !is_departement("1"));
        assert!(luhn("200093201") && !luhn("200093202"));
        assert!(siren_problem("200093201").is_none());
        assert!(siren_problem("100093201").is_some());
        assert!(siren_problem("20009320").is_some());
        assert_eq!(qpv_parts("QP093028").map(|p| p.1), Some("93".into()));
        assert_eq!(qpv_parts("QN07501M").map(|p| p.1), Some("75".into()));
        assert_eq!(
            qpv_parts("QP971005").map(|p| (p.1, p.2)),
            Some(("971".into(), true))
        );
        assert_eq!(qpv_parts("QP02A001").map(|p| p.1), Some("2A".into()));
        assert!(qpv_parts("QP93028").is_none() && qpv_parts("QN075011").is_none());
    }
}
