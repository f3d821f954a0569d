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

mod art_001;
mod art_002;
mod art_003;
mod art_004;
mod art_005;
mod art_006;
mod art_007;
mod art_008;
mod art_009;
mod art_010;

pub use art_001::ART_001;
pub use art_002::ART_002;
pub use art_003::ART_003;
pub use art_004::ART_004;
pub use art_005::ART_005;
pub use art_006::ART_006;
pub use art_007::ART_007;
pub use art_008::ART_008;
pub use art_009::ART_009;
pub use art_010::ART_010;

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

/// The ART family.
pub static RULES: &[&Rule] = &[
    &ART_001, &ART_002, &ART_003, &ART_004, &ART_005, &ART_006, &ART_007, &ART_008, &ART_009,
    &ART_010,
];
