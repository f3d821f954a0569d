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

// ----- sources ------------------------------------------------------------------------------

const COG: Source = Source::new(
    SourceKind::ConnaissanceGenerale,
    "INSEE, Code officiel géographique (format des codes)",
    Some("https://www.insee.fr/fr/information/2560452"),
);
const REFERENTIEL: Source = Source::new(
    SourceKind::Convention,
    "Référentiel embarqué : COG 2026 (INSEE, DGCL) via @etalab/decoupage-administratif 6.0.0, Licence Ouverte",
    Some("https://www.npmjs.com/package/@etalab/decoupage-administratif"),
);
const GAZETTEER: Source = Source::new(
    SourceKind::ConnaissanceGenerale,
    "bpineau/gazetteer : codes INSEE stockés en nombre (« 1053 » pour 01053), format QN",
    Some("https://github.com/bpineau/gazetteer"),
);
const DGCL_EPCI: Source = Source::new(
    SourceKind::Guide,
    "DGCL, liste et composition des EPCI à fiscalité propre",
    Some("https://www.collectivites-locales.gouv.fr/institutions/liste-et-composition-des-epci-fiscalite-propre"),
);
const MAIRE_INFO_2024: Source = Source::new(
    SourceKind::Guide,
    "Maire info, « Le nombre d'EPCI parfaitement stable en 2024 »",
    Some("https://maire-info.com/territoires/le-nombre-d'epci-parfaitement-stable-en-2024-et-seulement-onze-communes-nouvelles-article-28423"),
);
const DECRETS_QPV: Source = Source::new(
    SourceKind::Reglement,
    "Décrets n° 2014-1750 et 2014-1751 du 30 décembre 2014 (liste 2015) ; décret n° 2023-1314 du 28 décembre 2023 (liste 2024)",
    Some("https://www.data.gouv.fr/datasets/perimetres-des-quartiers-prioritaires-de-la-politique-de-la-ville-qpv-de-troyes-champagne-metropole-1/reuses_and_dataservices"),
);
const INSEE_QPV: Source = Source::new(
    SourceKind::Guide,
    "INSEE, définition des quartiers prioritaires (1 296 QPV métropolitains en 2015, 1 362 en 2024)",
    Some("https://recherche-naf.insee.fr/fr/metadonnees/definition/c2114"),
);
const LOI_2014_173_ART6: Source = Source::new(
    SourceKind::Loi,
    "Loi n° 2014-173 du 21 février 2014, art. 6 (contrat de ville à l'échelle intercommunale)",
    Some("https://www.doctrine.fr/l/texts/lois/JORFTEXT000028636804/articles/LEGIARTI000028638825?version=LEGIARTI000033971782"),
);

// ----- helpers ------------------------------------------------------------------------------

/// The date the document speaks of: its earliest own date (préfiguration, signature, start)
/// when earlier than `as_of`, else `as_of`.
fn ref_date(ctx: &Ctx<'_>) -> Date {
    match util::earliest(ctx.doc) {
        Some((_, d)) if d < ctx.as_of => d,
        _ => ctx.as_of,
    }
}

/// Whether the document speaks of a date before the référentiel's vintage.
fn predates(ctx: &Ctx<'_>) -> bool {
    ctx.referentiel
        .and_then(|r| r.vintage_date())
        .is_some_and(|v| ref_date(ctx) < v)
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
}

/// A territory reference found in the document: where, its kind and its code.
struct Ref<'a> {
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
        }
    }
}

fn push<'a>(out: &mut Vec<Ref<'a>>, loc: Loc, t: Option<&'a Territoire>) {
    if let Some((t, code)) = t.and_then(|t| t.code.as_deref().map(|c| (t, c))) {
        out.push(Ref {
            loc,
            kind: t.kind,
            code,
        });
    }
}

fn push_list<'a>(out: &mut Vec<Ref<'a>>, base: &'static str, ts: &'a [Territoire]) {
    for (i, t) in ts.iter().enumerate() {
        push(out, Loc::List(base, i), Some(t));
    }
}

/// Every territory reference of the document with a code, in document order: perimeters,
/// quartiers, QPV lists, the actors' territories; a portfolio's own documents are left to their
/// own run.
fn territoires(doc: &Document) -> Vec<Ref<'_>> {
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

/// EPCI/EPT identifiers of the document: territory codes of kind `epci`/`ept` and the `siren`
/// of actors of nature `epci`/`ept`, with whether an EPT is meant.
fn epci_refs(doc: &Document) -> Vec<(String, String, bool)> {
    let mut v: Vec<(String, String, bool)> = territoires(doc)
        .into_iter()
        .filter(|r| matches!(r.kind, TypeTerritoire::Epci | TypeTerritoire::Ept))
        .map(|r| (r.path(), r.code.to_string(), r.kind == TypeTerritoire::Ept))
        .collect();
    for (i, a) in doc.acteurs().iter().enumerate() {
        if let (NatureActeur::Epci | NatureActeur::Ept, Some(s)) = (a.nature, a.siren.as_ref()) {
            v.push((
                format!("/acteurs/{i}/siren"),
                s.clone(),
                a.nature == NatureActeur::Ept,
            ));
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
fn siren_problem(s: &str) -> Option<(&'static str, &'static str)> {
    if s.len() != 9 || !s.bytes().all(|b| b.is_ascii_digit()) {
        Some(("n'est pas un SIREN de 9 chiffres", "is not a 9-digit SIREN"))
    } else if !s.starts_with('2') {
        Some((
            "ne commence pas par 2 comme le SIREN d'un groupement de collectivités",
            "does not start with 2 as a local-authority grouping's SIREN does",
        ))
    } else if !luhn(s) {
        Some((
            "a une clé de contrôle (Luhn) invalide",
            "has an invalid check digit (Luhn)",
        ))
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

fn qpv_refs(doc: &Document) -> Vec<Ref<'_>> {
    territoires(doc)
        .into_iter()
        .filter(|r| r.kind == TypeTerritoire::Qpv)
        .collect()
}

// ----- rules --------------------------------------------------------------------------------

/// TER-001: a commune code is well formed and exists in the référentiel.
pub static TER_001: Rule = Rule {
    code: "TER-001",
    severity: Severity::Error,
    category: Category::CodeInvalid,
    applies_to: &[],
    in_force: InForce::ALWAYS,
    sources: &[COG, GAZETTEER, REFERENTIEL],
    title: Text::new("Code commune invalide ou inconnu", "Invalid or unknown commune code"),
    message: Text::new(
        "Le code commune « {code} » {detail}.",
        "Commune code \"{code}\" {detail}.",
    ),
    help: Text::new(
        "Écrivez le code INSEE de la commune sur 5 caractères, en texte (« 01053 », « 2A004 ») ; vérifiez-le dans le Code officiel géographique en vigueur.",
        "Write the commune's INSEE code as 5 characters, as text (\"01053\", \"2A004\"); check it in the Code officiel géographique in force.",
    ),
    description: Text::new(
        "Un code commune INSEE a 5 caractères : département sur 2 caractères (01 à 95 sauf 20, 2A, 2B) puis 3 chiffres, ou 97x/98x puis 2 chiffres outre-mer. Un code stocké en nombre perd son zéro initial (« 1053 » pour 01053). Avec le référentiel, le code doit désigner une commune actuelle ou un arrondissement municipal du millésime.",
        "An INSEE commune code has 5 characters: a 2-character département (01 to 95 except 20, 2A, 2B) then 3 digits, or 97x/98x then 2 digits overseas. A code stored as a number loses its leading zero (\"1053\" for 01053). With the référentiel, the code must name a commune actuelle or an arrondissement municipal of the vintage.",
    ),
    limits: Some(Text::new(
        "Le format est de connaissance générale (GK). Les codes de collectivités d'outre-mer (975, 977, 978, 984 à 989) sont acceptés : ils figurent au COG. Un code absent du référentiel n'est une erreur que si le document date du millésime ou après ; avant, TER-013 avertit. Un code créé après le millésime chargé serait signalé à tort : chargez un millésime plus récent.",
        "The format is general knowledge (GK). Codes of overseas collectivités (975, 977, 978, 984 to 989) are accepted: they are in the COG. A code absent from the référentiel is an error only when the document dates from the vintage or later; before, TER-013 warns. A code created after the loaded vintage would be wrongly reported: load a newer vintage.",
    )),
    check: Check::Document(|ctx, out| {
        let predates = predates(ctx);
        for t in territoires(ctx.doc) {
            if t.kind != TypeTerritoire::Commune {
                continue;
            }
            let c = t.code;
            // Built only for a code that is reported: most codes are fine.
            let f = || Finding::at(t.path()).param("code", short(c)).input(t.path(), c);
            if !is_commune_format(c) {
                let (fr, en) = if c.len() == 4 && c.bytes().all(|b| b.is_ascii_digit()) {
                    (
                        format!("a perdu son zéro initial : écrivez « 0{c} »"),
                        format!("lost its leading zero: write \"0{c}\""),
                    )
                } else {
                    (
                        "n'a pas la forme d'un code INSEE (5 caractères : 2 pour le département, 3 chiffres)".to_string(),
                        "is not shaped as an INSEE code (5 characters: 2 for the département, 3 digits)".to_string(),
                    )
                };
                out.push(f().param("detail", "format").localized("detail", fr, en));
                continue;
            }
            let Some(r) = ctx.referentiel else { continue };
            if r.commune(c).is_some() || predates {
                continue;
            }
            let now = r
                .communes_by_ancien_code(c)
                .next()
                .or_else(|| r.communes_with_code(c).find_map(|x| x.parent.as_deref().and_then(|p| r.commune(p))));
            let (fr, en) = match now {
                Some(n) => (
                    format!("n'existe plus au {} : la commune fait partie de {} ({})", r.vintage, n.nom, n.code),
                    format!("no longer exists in {}: the commune is now part of {} ({})", r.vintage, n.nom, n.code),
                ),
                None => (
                    format!("n'existe pas au {}", r.vintage),
                    format!("does not exist in {}", r.vintage),
                ),
            };
            out.push(
                f().param("detail", "inconnu")
                    .localized("detail", fr, en)
                    .parameter("referentiel", r.vintage.clone())
                    .parameter("date_reference", ref_date(ctx).to_string()),
            );
        }
    }),
};

/// TER-002: a département code is one of the 101 départements.
pub static TER_002: Rule = Rule {
    code: "TER-002",
    severity: Severity::Error,
    category: Category::CodeInvalid,
    applies_to: &[],
    in_force: InForce::ALWAYS,
    sources: &[COG],
    title: Text::new("Code département invalide", "Invalid département code"),
    message: Text::new(
        "Le code département « {code} » {detail}.",
        "Département code \"{code}\" {detail}.",
    ),
    help: Text::new(
        "Utilisez 01 à 19, 2A, 2B, 21 à 95, 971, 972, 973, 974 ou 976, écrits en texte.",
        "Use 01 to 19, 2A, 2B, 21 to 95, 971, 972, 973, 974 or 976, written as text.",
    ),
    description: Text::new(
        "Les 101 départements : 96 métropolitains (dont 2A et 2B, la Corse n'ayant plus de code 20 depuis 1976) et 5 d'outre-mer (971 à 974, 976). Saint-Pierre-et-Miquelon (975), Saint-Barthélemy (977) et Saint-Martin (978) sont des collectivités d'outre-mer, pas des départements.",
        "The 101 départements: 96 metropolitan (including 2A and 2B, Corsica having had no code 20 since 1976) and 5 overseas (971 to 974, 976). Saint-Pierre-et-Miquelon (975), Saint-Barthélemy (977) and Saint-Martin (978) are overseas collectivités, not départements.",
    ),
    limits: Some(Text::new(
        "Liste de connaissance générale (GK), conforme au COG 2026.",
        "General-knowledge list (GK), consistent with COG 2026.",
    )),
    check: Check::Document(|ctx, out| {
        let mut items: Vec<(String, String)> = territoires(ctx.doc)
            .into_iter()
            .filter(|t| t.kind == TypeTerritoire::Departement)
            .map(|t| (t.path(), t.code.to_string()))
            .collect();
        items.extend(strings(ctx.doc).departements);
        for (path, c) in items {
            if is_departement(&c) {
                continue;
            }
            let (fr, en) = match c.as_str() {
                "20" => ("n'existe plus depuis 1976 : la Corse a deux départements, 2A et 2B", "no longer exists since 1976: Corsica has two départements, 2A and 2B"),
                "975" | "977" | "978" => ("désigne une collectivité d'outre-mer, pas un département", "names an overseas collectivité, not a département"),
                x if x.len() == 1 && x.bytes().all(|b| b.is_ascii_digit()) => ("a perdu son zéro initial", "lost its leading zero"),
                _ => ("ne désigne aucun département", "names no département"),
            };
            out.push(
                Finding::at(path.clone())
                    .param("code", short(&c))
                    .param("detail", "invalide")
                    .localized("detail", fr, en)
                    .input(path, c.clone()),
            );
        }
    }),
};

/// TER-003: a région code is one of the 18 régions of 2016.
pub static TER_003: Rule = Rule {
    code: "TER-003",
    severity: Severity::Error,
    category: Category::CodeInvalid,
    applies_to: &[],
    in_force: InForce::since(Date::ymd(2016, 1, 1)),
    sources: &[
        Source::new(
            SourceKind::Loi,
            "Loi n° 2015-29 du 16 janvier 2015 relative à la délimitation des régions (en vigueur le 1er janvier 2016)",
            Some("https://www.legifrance.gouv.fr/loda/id/JORFTEXT000030109622"),
        ),
        COG,
    ],
    title: Text::new("Code région invalide", "Invalid région code"),
    message: Text::new(
        "Le code région « {code} » {detail}.",
        "Région code \"{code}\" {detail}.",
    ),
    help: Text::new(
        "Depuis 2016 : 01, 02, 03, 04, 06, 11, 24, 27, 28, 32, 44, 52, 53, 75, 76, 84, 93, 94.",
        "Since 2016: 01, 02, 03, 04, 06, 11, 24, 27, 28, 32, 44, 52, 53, 75, 76, 84, 93, 94.",
    ),
    description: Text::new(
        "Depuis le 1er janvier 2016 la France compte 18 régions (13 métropolitaines, 5 d'outre-mer). Les codes des anciennes régions (31 Nord-Pas-de-Calais, 22 Picardie…) ne valent que pour un document antérieur à 2016.",
        "Since 1 January 2016 France has 18 régions (13 metropolitan, 5 overseas). Codes of former régions (31 Nord-Pas-de-Calais, 22 Picardie…) are valid only for a document dated before 2016.",
    ),
    limits: Some(Text::new(
        "Correspondance ancienne → nouvelle région de connaissance générale (GK). Un document daté d'avant 2016 peut employer les anciens codes.",
        "Former → new région mapping is general knowledge (GK). A document dated before 2016 may use the former codes.",
    )),
    check: Check::Document(|ctx, out| {
        let before = ref_date(ctx) < Date::ymd(2016, 1, 1);
        let mut items: Vec<(String, String)> = territoires(ctx.doc)
            .into_iter()
            .filter(|t| t.kind == TypeTerritoire::Region)
            .map(|t| (t.path(), t.code.to_string()))
            .collect();
        items.extend(strings(ctx.doc).regions);
        for (path, c) in items {
            if REGIONS_2016.contains(&c.as_str()) {
                continue;
            }
            let old = REGIONS_AVANT_2016.iter().find(|(o, _, _)| *o == c);
            let (fr, en) = match old {
                Some(_) if before => continue,
                Some((_, nom, new)) => (
                    format!("est celui de l'ancienne région {nom}, remplacée en 2016 par la région {new}"),
                    format!("is the former région {nom}'s, replaced in 2016 by région {new}"),
                ),
                None => (
                    "ne désigne aucune région".to_string(),
                    "names no région".to_string(),
                ),
            };
            out.push(
                Finding::at(path.clone())
                    .param("code", short(&c))
                    .param("detail", if old.is_some() { "ancienne_region" } else { "inconnu" })
                    .localized("detail", fr, en)
                    .input(path, c.clone()),
            );
        }
    }),
};

/// TER-004: an EPCI identifier is a valid SIREN, known to the référentiel.
pub static TER_004: Rule = Rule {
    code: "TER-004",
    severity: Severity::Error,
    category: Category::CodeInvalid,
    applies_to: &[],
    in_force: InForce::ALWAYS,
    sources: &[
        Source::new(
            SourceKind::ConnaissanceGenerale,
            "SIREN : 9 chiffres, clé de Luhn ; groupements de collectivités : SIREN commençant par 2",
            None,
        ),
        DGCL_EPCI,
        REFERENTIEL,
    ],
    title: Text::new("SIREN d'EPCI invalide ou inconnu", "Invalid or unknown EPCI SIREN"),
    message: Text::new(
        "Le SIREN d'EPCI « {code} » {detail}.",
        "EPCI SIREN \"{code}\" {detail}.",
    ),
    help: Text::new(
        "Reportez le SIREN de l'EPCI tel que publié par la DGCL (9 chiffres, en texte) ; s'il a fusionné, indiquez l'EPCI issu de la fusion.",
        "Copy the EPCI's SIREN as published by the DGCL (9 digits, as text); if it merged, give the EPCI resulting from the merger.",
    ),
    description: Text::new(
        "Un EPCI (ou un EPT) est identifié par son SIREN : 9 chiffres, premier chiffre 2, clé de Luhn valide. Avec le référentiel, un document daté du millésime ou après doit citer un EPCI ou EPT qui y figure.",
        "An EPCI (or an EPT) is identified by its SIREN: 9 digits, first digit 2, valid Luhn check digit. With the référentiel, a document dated from the vintage on must name an EPCI or EPT it lists.",
    ),
    limits: Some(Text::new(
        "La forme du SIREN est de connaissance générale (GK). Un SIREN absent du référentiel dans un document antérieur au millésime n'est qu'un avertissement (TER-014) : l'EPCI a pu fusionner depuis.",
        "The SIREN's shape is general knowledge (GK). A SIREN absent from the référentiel in a document older than the vintage is only a warning (TER-014): the EPCI may have merged since.",
    )),
    check: Check::Document(|ctx, out| {
        let predates = predates(ctx);
        for (path, s, _) in epci_refs(ctx.doc) {
            let f = || {
                Finding::at(path.clone())
                    .param("code", short(&s))
                    .input(path.clone(), s.clone())
            };
            if let Some((fr, en)) = siren_problem(&s) {
                out.push(f().param("detail", "format").localized("detail", fr, en));
                continue;
            }
            let Some(r) = ctx.referentiel else { continue };
            if predates || r.epci(&s).is_some() || r.ept(&s).is_some() || r.commune_by_siren(&s).is_some() {
                continue;
            }
            out.push(
                f().param("detail", "inconnu")
                    .localized(
                        "detail",
                        format!("ne figure pas au référentiel {}", r.vintage),
                        format!("is not in the {} référentiel", r.vintage),
                    )
                    .parameter("referentiel", r.vintage.clone())
                    .parameter("date_reference", ref_date(ctx).to_string()),
            );
        }
    }),
};

/// TER-005: the kind of grouping (EPCI à fiscalité propre, EPT) matches the référentiel.
pub static TER_005: Rule = Rule {
    code: "TER-005",
    severity: Severity::Error,
    category: Category::CodeInvalid,
    applies_to: &[],
    in_force: InForce::ALWAYS,
    sources: &[MAIRE_INFO_2024, Source::new(
        SourceKind::Guide,
        "Montagne Leaders, « Le décompte des collectivités »",
        Some("https://www.montagneleaders.fr/dernieres-nouvelles/le-decompte-des-collectivites/"),
    ), REFERENTIEL],
    title: Text::new("Nature de groupement incohérente", "Inconsistent kind of grouping"),
    message: Text::new(
        "« {code} » est déclaré {declared} mais {detail}.",
        "\"{code}\" is declared {declared} but {detail}.",
    ),
    help: Text::new(
        "Déclarez un EPCI à fiscalité propre (CC, CA, CU, métropole) en « epci », un établissement public territorial du Grand Paris en « ept », une commune en « commune ».",
        "Declare an EPCI à fiscalité propre (CC, CA, CU, métropole) as \"epci\", a Grand Paris établissement public territorial as \"ept\", a commune as \"commune\".",
    ),
    description: Text::new(
        "Les EPCI à fiscalité propre sont des communautés de communes, d'agglomération, urbaines ou des métropoles. Les EPT du Grand Paris n'en sont pas (ils n'ont pas de fiscalité propre) ; le SIREN d'une commune n'est pas celui d'un EPCI.",
        "EPCI à fiscalité propre are communautés de communes, d'agglomération, urbaines or métropoles. The Grand Paris EPT are not (they have no own tax); a commune's SIREN is not an EPCI's.",
    ),
    limits: Some(Text::new(
        "Vérifiable seulement avec le référentiel. La Métropole de Lyon (200046977), collectivité à statut particulier, figure dans la liste DGCL des EPCI à fiscalité propre (nature MET69) et reste acceptée en « epci », faute de type de territoire dédié.",
        "Checkable only with the référentiel. The Métropole de Lyon (200046977), a collectivité à statut particulier, is in the DGCL list of EPCI à fiscalité propre (nature MET69) and is still accepted as \"epci\", for lack of a dedicated territory kind.",
    )),
    check: Check::Document(|ctx, out| {
        let Some(r) = ctx.referentiel else { return };
        for (path, s, ept) in epci_refs(ctx.doc) {
            let declared = if ept { "ept" } else { "epci" };
            let (fr, en) = if let Some(c) = r.commune_by_siren(&s) {
                (
                    format!("c'est le SIREN de la commune {} ({})", c.nom, c.code),
                    format!("it is the SIREN of the commune {} ({})", c.nom, c.code),
                )
            } else if let (true, Some(e)) = (ept, r.epci(&s)) {
                (
                    format!("c'est un EPCI à fiscalité propre ({}, {}), pas un EPT", e.nom, e.nature.code()),
                    format!("it is an EPCI à fiscalité propre ({}, {}), not an EPT", e.nom, e.nature.code()),
                )
            } else if let (false, Some(t)) = (ept, r.ept(&s)) {
                (
                    format!("c'est un établissement public territorial ({}), pas un EPCI à fiscalité propre", t.nom),
                    format!("it is an établissement public territorial ({}), not an EPCI à fiscalité propre", t.nom),
                )
            } else {
                continue;
            };
            out.push(
                Finding::at(path.clone())
                    .param("code", short(&s))
                    .param("declared", declared)
                    .param("detail", "nature")
                    .localized("detail", fr, en)
                    .input(path, s.clone()),
            );
        }
    }),
};

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
    util::dates(d).periode.is_none_or(|p| p.contains(as_of))
}

/// The communes that the portfolio's documents in force attach to an EPCI (TER-006).
#[derive(Debug, Default)]
pub(crate) struct EpciClaims {
    /// Commune code → (index of the document, EPCI code), in document order, then in the
    /// document's perimeter order.
    by_commune: HashMap<String, Vec<(usize, String)>>,
}

impl EpciClaims {
    fn new(pf: &Portefeuille, as_of: Date) -> EpciClaims {
        let mut by_commune: HashMap<String, Vec<(usize, String)>> = HashMap::new();
        for (j, d) in pf.documents.iter().enumerate() {
            if !in_force(d, as_of) {
                continue;
            }
            for (_, c, e) in claims(d) {
                by_commune.entry(c).or_default().push((j, e));
            }
        }
        EpciClaims { by_commune }
    }
}

/// TER-006: a commune belongs to one EPCI.
pub static TER_006: Rule = Rule {
    code: "TER-006",
    severity: Severity::Warning,
    category: Category::Conflict,
    applies_to: &[],
    in_force: InForce::since(Date::ymd(2017, 1, 1)),
    sources: &[
        MAIRE_INFO_2024,
        Source::new(
            SourceKind::Guide,
            "Maire info, couverture intégrale du territoire par les EPCI à fiscalité propre (loi NOTRe, 1er janvier 2017)",
            Some("http://www.maire-info.com/article.asp?param=22694"),
        ),
        REFERENTIEL,
    ],
    title: Text::new("Commune rattachée à deux EPCI", "Commune attached to two EPCI"),
    message: Text::new(
        "La commune « {code} » est rattachée ici à l'EPCI {epci}, mais {detail}.",
        "Commune \"{code}\" is attached here to EPCI {epci}, but {detail}.",
    ),
    help: Text::new(
        "Depuis 2017 chaque commune (sauf Bréhat, Sein, Ouessant et l'Île-d'Yeu) appartient à un seul EPCI à fiscalité propre : corrigez le périmètre ou l'EPCI.",
        "Since 2017 every commune (except Bréhat, Sein, Ouessant and L'Île-d'Yeu) belongs to exactly one EPCI à fiscalité propre: correct the perimeter or the EPCI.",
    ),
    description: Text::new(
        "Quand le périmètre d'un document nomme un seul EPCI et des communes, ces communes sont lues comme membres de cet EPCI. La règle signale une commune que le référentiel (pour un document daté du millésime ou après) ou un autre document du portefeuille en vigueur à la même date rattache à un autre EPCI.",
        "When a document's perimeter names a single EPCI and some communes, those communes are read as members of that EPCI. The rule reports a commune that the référentiel (for a document dated from its vintage on) or another document of the portfolio in force at the same date attaches to another EPCI.",
    ),
    limits: Some(Text::new(
        "Un périmètre qui nomme un EPCI et une commune voisine hors de l'EPCI est lu comme un rattachement : d'où la gravité d'avertissement. Pour un document antérieur au millésime du référentiel, seule la comparaison entre documents du portefeuille est faite (les périmètres d'EPCI ont changé, notamment en 2017).",
        "A perimeter naming an EPCI and a neighbouring commune outside it is read as an attachment: hence the warning severity. For a document older than the référentiel's vintage, only documents of the portfolio are compared (EPCI perimeters changed, notably in 2017).",
    )),
    check: Check::Document(|ctx, out| {
        let mine = claims(ctx.doc);
        if mine.is_empty() {
            return;
        }
        // The portfolio's claims are read once per portfolio (the cache), not once per member:
        // re-reading every document for each member made the rule quadratic.
        let local;
        let others = match ctx.portefeuille {
            Some(pf) if in_force(ctx.doc, ctx.as_of) => {
                let index = match ctx.cache {
                    Some(cache) => cache.epci_claims(|| EpciClaims::new(pf, ctx.as_of)),
                    None => {
                        local = EpciClaims::new(pf, ctx.as_of);
                        &local
                    }
                };
                Some((pf, index))
            }
            _ => None,
        };
        let use_ref = !predates(ctx);
        for (path, c, e) in mine {
            let conflict_doc = others.and_then(|(pf, index)| {
                index
                    .by_commune
                    .get(&c)?
                    .iter()
                    .find(|(j, oe)| {
                        *oe != e && !pf.documents.get(*j).is_some_and(|d| std::ptr::eq(d, ctx.doc))
                    })
                    .map(|(_, oe)| oe.clone())
            });
            let (fr, en, other) = if let Some(oe) = conflict_doc {
                (
                    format!("un autre document du portefeuille la rattache à l'EPCI {oe}"),
                    format!("another document of the portfolio attaches it to EPCI {oe}"),
                    oe,
                )
            } else {
                let Some(r) = ctx.referentiel.filter(|_| use_ref) else { continue };
                if r.epci(&e).is_none() {
                    continue;
                }
                match r.epci_of(&c) {
                    Some(x) if x.siren != e => (
                        format!("le référentiel {} la rattache à l'EPCI {} ({})", r.vintage, x.nom, x.siren),
                        format!("the {} référentiel attaches it to EPCI {} ({})", r.vintage, x.nom, x.siren),
                        x.siren.clone(),
                    ),
                    _ => continue,
                }
            };
            out.push(
                Finding::at(path.clone())
                    .param("code", short(&c))
                    .param("epci", short(&e))
                    .param("other", other)
                    .param("detail", "conflit")
                    .localized("detail", fr, en)
                    .input(path, c.clone()),
            );
        }
    }),
};

/// TER-007: a QPV code follows the list in force.
pub static TER_007: Rule = Rule {
    code: "TER-007",
    severity: Severity::Error,
    category: Category::CodeInvalid,
    applies_to: &[],
    in_force: InForce::ALWAYS,
    sources: &[
        DECRETS_QPV,
        Source::new(
            SourceKind::Loi,
            "Loi de finances pour 2024 : liste outre-mer prorogée jusqu'au 31 décembre 2024",
            Some("https://www.assemblee-nationale.fr/dyn/16/amendements/1680C/AN/3869"),
        ),
        GAZETTEER,
    ],
    title: Text::new("Code QPV invalide pour la date", "QPV code invalid for the date"),
    message: Text::new(
        "Le code QPV « {code} » {detail}.",
        "QPV code \"{code}\" {detail}.",
    ),
    help: Text::new(
        "Liste 2015 : QP + 3 caractères de département + 3 chiffres (QP093028), jusqu'au 31 décembre 2023 (2024 outre-mer). Liste 2024 : QN + 3 caractères de département + 2 chiffres + 1 lettre (QN07501M), depuis le 1er janvier 2024 (2025 outre-mer).",
        "2015 list: QP + 3-character département + 3 digits (QP093028), until 31 December 2023 (2024 overseas). 2024 list: QN + 3-character département + 2 digits + 1 letter (QN07501M), from 1 January 2024 (2025 overseas).",
    ),
    description: Text::new(
        "Les QPV de 2015 (décrets 2014-1750 et 2014-1751) ont été remplacés en métropole le 1er janvier 2024 (décret 2023-1314), outre-mer le 1er janvier 2025. Un code QP employé après l'échéance de sa liste, ou un code QN avant l'entrée en vigueur de la sienne, est une erreur. La date retenue est celle du document (signature, début) si elle précède la date d'évaluation.",
        "The 2015 QPV (décrets 2014-1750 and 2014-1751) were replaced in metropolitan France on 1 January 2024 (décret 2023-1314), overseas on 1 January 2025. A QP code used after its list expired, or a QN code before its list started, is an error. The date used is the document's own (signature, start) when earlier than the evaluation date.",
    ),
    limits: Some(Text::new(
        "La signification de la lettre finale des codes QN n'est pas documentée ; la variante corse 02A/02B des codes n'est pas vérifiée (GK).",
        "The meaning of the final letter of QN codes is not documented; the Corsican 02A/02B variant is unverified (GK).",
    )),
    check: Check::Document(|ctx, out| {
        let d = ref_date(ctx);
        for t in qpv_refs(ctx.doc) {
            // Built only for a code that is reported.
            let f = || {
                Finding::at(t.path())
                    .param("code", short(t.code))
                    .input(t.path(), t.code.to_string())
                    .parameter("date_reference", d.to_string())
            };
            let Some((generation, _, om)) = qpv_parts(t.code) else {
                out.push(f().param("detail", "format").localized(
                    "detail",
                    "n'a la forme ni d'un code de 2015 (QPdddnnn) ni d'un code de 2024 (QNdddnnX)",
                    "is shaped neither as a 2015 code (QPdddnnn) nor as a 2024 code (QNdddnnX)",
                ));
                continue;
            };
            match generation {
                GenerationQpv::G2015 => {
                    let end = if om { Date::ymd(2024, 12, 31) } else { Date::ymd(2023, 12, 31) };
                    if d > end {
                        out.push(f().param("detail", "liste_echue").localized(
                            "detail",
                            format!("appartient à la liste de 2015, échue le {end} : au {d} la liste de 2024 (codes QN) s'applique"),
                            format!("belongs to the 2015 list, which expired on {end}: on {d} the 2024 list (QN codes) applies"),
                        ).parameter("fin_liste", end.to_string()));
                    }
                }
                GenerationQpv::G2024 => {
                    let start = if om { Date::ymd(2025, 1, 1) } else { Date::ymd(2024, 1, 1) };
                    if d < start {
                        out.push(f().param("detail", "liste_future").localized(
                            "detail",
                            format!("appartient à la liste de 2024, en vigueur le {start} seulement : au {d} la liste de 2015 (codes QP) s'applique"),
                            format!("belongs to the 2024 list, in force only from {start}: on {d} the 2015 list (QP codes) applies"),
                        ).parameter("debut_liste", start.to_string()));
                    }
                }
            }
        }
    }),
};

/// TER-008: the département part of a QPV code is its host communes' département.
pub static TER_008: Rule = Rule {
    code: "TER-008",
    severity: Severity::Error,
    category: Category::Invariant,
    applies_to: &[],
    in_force: InForce::ALWAYS,
    sources: &[GAZETTEER, REFERENTIEL],
    title: Text::new("Département du code QPV incohérent", "Inconsistent département in QPV code"),
    message: Text::new(
        "Le code QPV « {code} » {detail}.",
        "QPV code \"{code}\" {detail}.",
    ),
    help: Text::new(
        "Les 3 caractères après QP/QN sont le département des communes du quartier (093 pour la Seine-Saint-Denis, 971 pour la Guadeloupe) : vérifiez le code.",
        "The 3 characters after QP/QN are the département of the quartier's communes (093 for Seine-Saint-Denis, 971 for Guadeloupe): check the code.",
    ),
    description: Text::new(
        "Un code QPV porte le département de ses communes : il doit désigner un département existant et, quand le QPV figure au référentiel, celui de chacune de ses communes.",
        "A QPV code carries its communes' département: it must name an existing département and, when the QPV is in the référentiel, that of each of its communes.",
    ),
    limits: Some(Text::new(
        "Déduit de la définition du code (GK). Les communes d'un QPV ne sont connues que pour les QPV de la liste chargée (échantillon de 105 QPV d'Occitanie dans le référentiel embarqué).",
        "Derived from the code's definition (GK). A QPV's communes are known only for QPV of the loaded list (a sample of 105 QPV of Occitanie in the embedded référentiel).",
    )),
    check: Check::Document(|ctx, out| {
        for t in qpv_refs(ctx.doc) {
            let Some((_, dep, _)) = qpv_parts(t.code) else { continue };
            let f = || {
                Finding::at(t.path())
                    .param("code", short(t.code))
                    .param("departement", dep.clone())
                    .input(t.path(), t.code.to_string())
            };
            if !is_departement(&dep) {
                out.push(f().param("detail", "departement_inconnu").localized(
                    "detail",
                    format!("porte le département « {dep} », qui n'existe pas"),
                    format!("carries département \"{dep}\", which does not exist"),
                ));
                continue;
            }
            let Some(r) = ctx.referentiel else { continue };
            let Some(q) = r.qpv(t.code) else { continue };
            let wrong: Vec<String> = q
                .communes
                .iter()
                .filter(|c| r.departement_of(c).is_some_and(|d| d.code != dep))
                .cloned()
                .collect();
            if !wrong.is_empty() {
                out.push(f().param("communes", wrong.clone()).param("detail", "communes").localized(
                    "detail",
                    format!("porte le département {dep} mais ses communes {} n'en sont pas", wrong.join(", ")),
                    format!("carries département {dep} but its communes {} are not in it", wrong.join(", ")),
                ));
            }
        }
    }),
};

/// TER-009: a QPV exists in the official list.
pub static TER_009: Rule = Rule {
    code: "TER-009",
    severity: Severity::Error,
    category: Category::CodeInvalid,
    applies_to: &[],
    in_force: InForce::ALWAYS,
    sources: &[
        INSEE_QPV,
        Source::new(
            SourceKind::Guide,
            "Banque des territoires, « Politique de la ville : une géographie prioritaire renouvelée » (2024)",
            Some("https://www.banquedesterritoires.fr/politique-de-la-ville-une-geographie-prioritaire-renouvelee?pk_kwd=2024-01-08"),
        ),
        REFERENTIEL,
    ],
    title: Text::new("QPV absent de la liste officielle", "QPV not in the official list"),
    message: Text::new(
        "Le QPV « {code} » ne figure pas dans la liste officielle de {generation} pour le département {departement}.",
        "QPV \"{code}\" is not in the official {generation} list for département {departement}.",
    ),
    help: Text::new(
        "Vérifiez le code du quartier dans la liste de l'ANCT (sig.ville.gouv.fr, data.gouv.fr).",
        "Check the quartier's code in the ANCT list (sig.ville.gouv.fr, data.gouv.fr).",
    ),
    description: Text::new(
        "Un QPV cité par un document doit exister dans la liste officielle de sa génération : 1 296 QPV métropolitains et 218 outre-mer en 2015, 1 362 QPV métropolitains en 2024.",
        "A QPV cited by a document must exist in the official list of its generation: 1,296 metropolitan and 218 overseas QPV in 2015, 1,362 metropolitan QPV in 2024.",
    ),
    limits: Some(Text::new(
        "La règle ne conclut que pour les départements où la liste chargée est complète. Le référentiel embarqué ne contient que 105 QPV de 2015 de 12 départements d'Occitanie (09, 11, 12, 30, 31, 32, 34, 46, 65, 66, 81, 82) : ailleurs elle se tait. Chargez la liste nationale de l'ANCT (GeoJSON) pour une vérification complète.",
        "The rule concludes only for départements where the loaded list is complete. The embedded référentiel holds only 105 QPV of 2015 from 12 Occitanie départements (09, 11, 12, 30, 31, 32, 34, 46, 65, 66, 81, 82): elsewhere it stays silent. Load the national ANCT list (GeoJSON) for a complete check.",
    )),
    check: Check::Document(|ctx, out| {
        let Some(r) = ctx.referentiel else { return };
        for t in qpv_refs(ctx.doc) {
            let Some((generation, dep, _)) = qpv_parts(t.code) else { continue };
            if !r.qpv_list_covers(generation, &dep) || r.qpv(t.code).is_some() {
                continue;
            }
            out.push(
                Finding::at(t.path())
                    .param("code", short(t.code))
                    .param("generation", generation.label())
                    .param("departement", dep)
                    .input(t.path(), t.code.to_string())
                    .parameter("referentiel", r.vintage.clone()),
            );
        }
    }),
};

/// TER-010: a QPV claimed by a contract lies in its perimeter.
pub static TER_010: Rule = Rule {
    code: "TER-010",
    severity: Severity::Error,
    category: Category::Invariant,
    applies_to: &[
        DocumentKind::ContratDeVille,
        DocumentKind::ContratLocalSante,
        DocumentKind::ConseilLocalSanteMentale,
        DocumentKind::AtelierSanteVille,
        DocumentKind::ProjetSanteProximite,
    ],
    in_force: InForce::ALWAYS,
    sources: &[
        LOI_2014_173_ART6,
        Source::new(
            SourceKind::Guide,
            "data.gouv.fr, QPV au 1er janvier 2023 : un QPV sur au plus 2 EPCI ; dans la MGP, l'EPT ou Paris",
            Some("https://www.data.gouv.fr/datasets/quartiers-prioritaires-de-la-politique-de-la-ville-au-1er-janvier-2023/reuses_and_dataservices"),
        ),
        REFERENTIEL,
    ],
    title: Text::new("QPV hors du périmètre", "QPV outside the perimeter"),
    message: Text::new(
        "Le QPV « {code} » ({communes}) est hors du périmètre du document.",
        "QPV \"{code}\" ({communes}) lies outside the document's perimeter.",
    ),
    help: Text::new(
        "Un contrat ne peut viser que des quartiers situés dans son périmètre : retirez le QPV ou ajoutez sa commune (ou son EPCI) au périmètre.",
        "A contract can only target quartiers inside its perimeter: remove the QPV or add its commune (or EPCI) to the perimeter.",
    ),
    description: Text::new(
        "Les communes d'un QPV cité (quartiers du contrat de ville, QPV du périmètre) doivent se trouver dans le périmètre formé par les autres territoires du document (communes, EPCI, EPT, départements, régions). Un QPV à cheval sur deux communes ou deux EPCI est accepté dès qu'une de ses communes est dans le périmètre.",
        "The communes of a cited QPV (quartiers of the contrat de ville, QPV in the perimeter) must lie in the perimeter formed by the document's other territories (communes, EPCI, EPT, départements, régions). A QPV straddling two communes or two EPCI is accepted as soon as one of its communes is in the perimeter.",
    ),
    limits: Some(Text::new(
        "Ne conclut que si le QPV est au référentiel et que tout le périmètre y est connu ; se tait pour un périmètre contenant un EPCI ou un EPT quand le document est antérieur au millésime (les compositions ont changé). Dans la Métropole du Grand Paris le niveau pertinent est l'EPT ou Paris : un périmètre « MGP » est accepté tel quel.",
        "Concludes only when the QPV is in the référentiel and the whole perimeter is known to it; silent for a perimeter holding an EPCI or EPT when the document is older than the vintage (compositions changed). In the Métropole du Grand Paris the relevant level is the EPT or Paris: an \"MGP\" perimeter is accepted as is.",
    )),
    check: Check::Document(|ctx, out| {
        let Some(r) = ctx.referentiel else { return };
        let per = util::perimetre(ctx.doc);
        let base = match ctx.doc {
            Document::AtelierSanteVille(_) | Document::ProjetSanteProximite(_) => "/territoires",
            _ => "/perimetre",
        };
        let mut qpvs: Vec<(String, &Territoire)> = Vec::new();
        let mut area: BTreeSet<&str> = BTreeSet::new();
        let mut has_area = false;
        let predates = predates(ctx);
        for (i, t) in per.iter().enumerate() {
            match t.kind {
                TypeTerritoire::Qpv => qpvs.push((format!("{base}/{i}/code"), t)),
                TypeTerritoire::QuartierVeille => {}
                TypeTerritoire::Epci | TypeTerritoire::Ept if predates => return,
                _ => match r.communes_of(t) {
                    Some(cs) => {
                        has_area = true;
                        area.extend(cs.into_iter().map(|c| c.code.as_str()));
                    }
                    None => return,
                },
            }
        }
        if let Document::ContratDeVille(c) = ctx.doc {
            for (i, t) in c.quartiers.iter().enumerate() {
                if t.kind == TypeTerritoire::Qpv {
                    qpvs.push((format!("/quartiers/{i}/code"), t));
                }
            }
        }
        if !has_area {
            return;
        }
        for (path, t) in qpvs {
            let Some(code) = t.code.as_deref() else { continue };
            let Some(hosts) = r.communes_of(t) else { continue };
            if hosts.is_empty() || hosts.iter().any(|h| area.contains(h.code.as_str())) {
                continue;
            }
            let names: Vec<String> = hosts.iter().map(|h| format!("{} {}", h.code, h.nom)).collect();
            out.push(
                Finding::at(path.clone())
                    .param("code", short(code))
                    .param("communes", hosts.iter().map(|h| h.code.clone()).collect::<Vec<_>>())
                    .display("communes", names.join(", "))
                    .input(path, code),
            );
        }
    }),
};

/// TER-011: a QPV has at least 1,000 inhabitants.
pub static TER_011: Rule = Rule {
    code: "TER-011",
    severity: Severity::Information,
    category: Category::Informational,
    applies_to: &[],
    in_force: InForce::since(Date::ymd(2014, 7, 6)),
    sources: &[
        Source::new(
            SourceKind::Reglement,
            "Décret n° 2014-767 du 3 juillet 2014, art. 2 (seuil de 1 000 habitants)",
            Some("https://juriblio.fr/decrets/decret-no-2014-767-du-3-juillet-2014/163408609"),
        ),
        REFERENTIEL,
    ],
    title: Text::new("QPV de moins de 1 000 habitants", "QPV under 1,000 inhabitants"),
    message: Text::new(
        "Le QPV « {code} » compte {population} habitants selon le référentiel, sous le seuil de 1 000 habitants des quartiers prioritaires.",
        "QPV \"{code}\" has {population} inhabitants according to the référentiel, below the 1,000-inhabitant threshold of priority neighbourhoods.",
    ),
    help: Text::new(
        "Le seuil s'apprécie à la création du quartier ; une population plus faible aujourd'hui n'invalide pas le QPV mais mérite d'être vérifiée.",
        "The threshold applies when the quartier is created; a lower population today does not invalidate the QPV but deserves a check.",
    ),
    description: Text::new(
        "Un QPV métropolitain compte au moins 1 000 habitants dans une unité urbaine d'au moins 10 000 habitants ; un chiffre inférieur signale une donnée à vérifier (les critères d'outre-mer diffèrent).",
        "A metropolitan QPV has at least 1,000 inhabitants in an urban unit of at least 10,000; a lower figure flags data to check (overseas criteria differ).",
    ),
    limits: Some(Text::new(
        "Utilise la population du QPV donnée par la liste chargée (populations 2015 pour l'échantillon embarqué) ; l'unité urbaine n'est pas vérifiée.",
        "Uses the QPV population of the loaded list (2015 populations for the embedded sample); the urban unit is not checked.",
    )),
    check: Check::Document(|ctx, out| {
        let Some(r) = ctx.referentiel else { return };
        for t in qpv_refs(ctx.doc) {
            let Some(q) = r.qpv(t.code) else { continue };
            let om = q.departement.starts_with("97") || q.departement.starts_with("98");
            match q.population {
                Some(p) if p < 1000 && !om => out.push(
                    Finding::at(t.path())
                        .param("code", short(t.code))
                        .param("population", p)
                        .input(t.path(), t.code.to_string())
                        .parameter("seuil", 1000),
                ),
                _ => {}
            }
        }
    }),
};

/// TER-012: a territoire de démocratie sanitaire lies in one région (two for a joint TDS).
pub static TER_012: Rule = Rule {
    code: "TER-012",
    severity: Severity::Error,
    category: Category::Invariant,
    applies_to: &[DocumentKind::ConseilTerritorialSante],
    in_force: InForce::since(Date::ymd(2016, 10, 31)),
    sources: &[
        Source::new(
            SourceKind::Loi,
            "Art. L1434-9 CSP (loi 2016-41) ; ASH, mise en œuvre des territoires de démocratie sanitaire (2016)",
            Some("https://ash.tm.fr/hebdo/2972/veille-juridique/mise-en-oeuvre-des-territoires-de-democratie-sanitaire-et-des-conseils-territoriaux-de-sante-des-precisions-372902.php"),
        ),
        REFERENTIEL,
    ],
    title: Text::new("Territoire de démocratie sanitaire non infra-régional", "Territoire de démocratie sanitaire not infra-regional"),
    message: Text::new(
        "Le territoire de démocratie sanitaire {detail}.",
        "The territoire de démocratie sanitaire {detail}.",
    ),
    help: Text::new(
        "Un TDS est défini par le DG ARS à l'intérieur de sa région ; seul un TDS commun à deux ARS peut couvrir deux régions. Vérifiez les régions et départements déclarés.",
        "A TDS is defined by the DG ARS within its région; only a TDS shared by two ARS may cover two régions. Check the régions and départements given.",
    ),
    description: Text::new(
        "Les territoires de démocratie sanitaire sont infra-régionaux (un CTS par TDS) ; deux ARS peuvent définir un TDS commun. Un TDS ne peut donc relever de plus de deux régions, et ses départements doivent appartenir aux régions déclarées.",
        "Territoires de démocratie sanitaire are infra-regional (one CTS per TDS); two ARS may define a joint TDS. A TDS therefore cannot belong to more than two régions, and its départements must belong to the régions given.",
    ),
    limits: Some(Text::new(
        "Il n'existe pas de liste nationale des TDS : la règle ne vérifie que la cohérence des régions et départements déclarés (départements → régions par le référentiel).",
        "There is no national list of TDS: the rule only checks the consistency of the régions and départements given (départements → régions through the référentiel).",
    )),
    check: Check::Document(|ctx, out| {
        let Document::ConseilTerritorialSante(c) = ctx.doc else { return };
        let mut regions: BTreeSet<&str> = c.regions.iter().map(String::as_str).collect();
        if regions.len() > 2 {
            out.push(
                Finding::at("/regions")
                    .param("detail", "trop_de_regions")
                    .param("regions", c.regions.clone())
                    .localized(
                        "detail",
                        format!("relève de {} régions ({}) : au plus deux pour un TDS commun", regions.len(), c.regions.join(", ")),
                        format!("belongs to {} régions ({}): at most two for a joint TDS", regions.len(), c.regions.join(", ")),
                    )
                    .input("/regions", c.regions.clone()),
            );
            return;
        }
        let Some(r) = ctx.referentiel else { return };
        let declared = !regions.is_empty();
        for (i, d) in c.departements.iter().enumerate() {
            let Some(dep) = r.departement(d) else { continue };
            let path = format!("/departements/{i}");
            if declared && !regions.contains(dep.region.as_str()) {
                out.push(
                    Finding::at(path.clone())
                        .param("detail", "departement_hors_region")
                        .param("departement", d.clone())
                        .localized(
                            "detail",
                            format!("comprend le département {} ({}), de la région {}, qui n'est pas parmi ses régions", d, dep.nom, dep.region),
                            format!("includes département {} ({}), of région {}, which is not among its régions", d, dep.nom, dep.region),
                        )
                        .input(path, d.clone()),
                );
            } else if !declared {
                regions.insert(dep.region.as_str());
                if regions.len() > 2 {
                    out.push(
                        Finding::at(path.clone())
                            .param("detail", "trop_de_regions")
                            .param("departement", d.clone())
                            .localized(
                                "detail",
                                "a des départements de plus de deux régions",
                                "has départements of more than two régions",
                            )
                            .input(path, d.clone()),
                    );
                    return;
                }
            }
        }
    }),
};

/// TER-013: a commune code unknown to a référentiel of a later vintage.
pub static TER_013: Rule = Rule {
    code: "TER-013",
    severity: Severity::Warning,
    category: Category::CodeInvalid,
    applies_to: &[],
    in_force: InForce::ALWAYS,
    sources: &[REFERENTIEL, COG],
    title: Text::new("Commune absente d'un référentiel plus récent", "Commune missing from a later référentiel"),
    message: Text::new(
        "La commune « {code} » ne figure pas au {vintage}, postérieur au document ({date}) : elle a pu fusionner depuis{detail}.",
        "Commune \"{code}\" is not in {vintage}, which postdates the document ({date}): it may have merged since{detail}.",
    ),
    help: Text::new(
        "Vérifiez le code dans le COG de l'année du document, ou chargez ce millésime du référentiel.",
        "Check the code in the COG of the document's year, or load that vintage of the référentiel.",
    ),
    description: Text::new(
        "Les communes fusionnent (communes nouvelles) : un code valide à la date du document peut avoir disparu du millésime du référentiel. Pour un document antérieur au millésime, l'absence est signalée en avertissement plutôt qu'en erreur (TER-001).",
        "Communes merge (communes nouvelles): a code valid at the document's date may be missing from the référentiel's vintage. For a document older than the vintage, absence is a warning rather than an error (TER-001).",
    ),
    limits: Some(Text::new(
        "Seul un référentiel du millésime du document permettrait de conclure.",
        "Only a référentiel of the document's vintage could settle it.",
    )),
    check: Check::Document(|ctx, out| {
        let Some(r) = ctx.referentiel else { return };
        if !predates(ctx) {
            return;
        }
        let d = ref_date(ctx);
        for t in territoires(ctx.doc) {
            if t.kind != TypeTerritoire::Commune || !is_commune_format(t.code) || r.commune(t.code).is_some() {
                continue;
            }
            let now = r
                .communes_by_ancien_code(t.code)
                .next()
                .or_else(|| r.communes_with_code(t.code).find_map(|x| x.parent.as_deref().and_then(|p| r.commune(p))));
            let (fr, en) = match now {
                Some(n) => (
                    format!(", et fait aujourd'hui partie de {} ({})", n.nom, n.code),
                    format!(", and is now part of {} ({})", n.nom, n.code),
                ),
                None => (String::new(), String::new()),
            };
            out.push(
                Finding::at(t.path())
                    .param("code", short(t.code))
                    .param("vintage", r.vintage.clone())
                    .param("date", d.to_string())
                    .param("detail", now.map(|n| n.code.clone()).unwrap_or_default())
                    .localized("detail", fr, en)
                    .input(t.path(), t.code.to_string()),
            );
        }
    }),
};

/// TER-014: an EPCI SIREN unknown to a référentiel of a later vintage.
pub static TER_014: Rule = Rule {
    code: "TER-014",
    severity: Severity::Warning,
    category: Category::CodeInvalid,
    applies_to: &[],
    in_force: InForce::ALWAYS,
    sources: &[REFERENTIEL, DGCL_EPCI],
    title: Text::new("EPCI absent d'un référentiel plus récent", "EPCI missing from a later référentiel"),
    message: Text::new(
        "L'EPCI « {code} » ne figure pas au {vintage}, postérieur au document ({date}) : il peut avoir fusionné depuis.",
        "EPCI \"{code}\" is not in {vintage}, which postdates the document ({date}): it may have merged since.",
    ),
    help: Text::new(
        "Rien à corriger si le SIREN était valide à la date du document ; pour une analyse actuelle, rattachez le territoire à l'EPCI issu de la fusion.",
        "Nothing to fix if the SIREN was valid at the document's date; for a current analysis, attach the territory to the EPCI resulting from the merger.",
    ),
    description: Text::new(
        "Beaucoup d'EPCI de 2015 ont fusionné (schémas départementaux de coopération intercommunale, 1er janvier 2017) : 172 des lignes de la liste ANCT des contrats de ville de 2015 nomment un EPCI absent du COG 2026. Pour un document antérieur au millésime du référentiel, l'absence est un avertissement, pas une erreur (TER-004).",
        "Many 2015 EPCI merged (schémas départementaux de coopération intercommunale, 1 January 2017): 172 rows of the ANCT list of 2015 contrats de ville name an EPCI absent from COG 2026. For a document older than the référentiel's vintage, absence is a warning, not an error (TER-004).",
    ),
    limits: Some(Text::new(
        "Le référentiel embarqué ne contient pas l'historique des EPCI : il ne dit pas avec quel EPCI la fusion s'est faite.",
        "The embedded référentiel holds no EPCI history: it cannot tell which EPCI the merger formed.",
    )),
    check: Check::Document(|ctx, out| {
        let Some(r) = ctx.referentiel else { return };
        if !predates(ctx) {
            return;
        }
        let d = ref_date(ctx);
        for (path, s, _) in epci_refs(ctx.doc) {
            if siren_problem(&s).is_some()
                || r.epci(&s).is_some()
                || r.ept(&s).is_some()
                || r.commune_by_siren(&s).is_some()
            {
                continue;
            }
            out.push(
                Finding::at(path.clone())
                    .param("code", short(&s))
                    .param("vintage", r.vintage.clone())
                    .param("date", d.to_string())
                    .input(path, s.clone()),
            );
        }
    }),
};

/// The TER family.
pub static RULES: &[&Rule] = &[
    &TER_001, &TER_002, &TER_003, &TER_004, &TER_005, &TER_006, &TER_007, &TER_008, &TER_009,
    &TER_010, &TER_011, &TER_012, &TER_013, &TER_014,
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
        // The embedded list covers the 2015 generation only: a 2024 code is not judged.
        assert!(run(&TER_009, doc, r).is_empty());
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
