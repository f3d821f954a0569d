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

/// Checks the numbers of a tree of objectives (`nodes`, at `base`) and gathers them in
/// `numbers`. The pointers are written only for a finding and for the subtrees that exist: a
/// contract's tree has dozens of nodes, and most trees have no finding.
fn check_tree<'a>(
    nodes: &'a [Noeud],
    base: &str,
    parent: Option<&str>,
    out: &mut Sink,
    numbers: &mut Vec<&'a str>,
) {
    let mut seen: BTreeSet<&str> = BTreeSet::new();
    for (i, n) in nodes.iter().enumerate() {
        let num = n.numero.trim();
        numbers.push(num);
        let segs = num.split('.');
        let problem: Option<&'static str> = if !segs.clone().all(segment_ok) {
            Some("mal_forme")
        } else if parent.is_some_and(|pn| {
            num.strip_prefix(pn)
                .and_then(|r| r.strip_prefix('.'))
                .is_none_or(|r| r.contains('.') || r.is_empty())
        }) {
            Some("prefixe")
        } else if !seen.insert(num) {
            Some("doublon")
        } else if segs.count() > MAX_DEPTH {
            Some("profondeur")
        } else {
            None
        };
        if let Some(w) = problem {
            let path = format!("{base}/{i}/numero");
            let mut f = Finding::at(path.clone())
                .param("numero", num.chars().take(40).collect::<String>())
                .param("problem", w)
                .variant(w)
                .display("profondeur_max", MAX_DEPTH.to_string())
                .input(path, num.to_string())
                .parameter("profondeur_max", MAX_DEPTH);
            if let Some(pn) = parent {
                f = f
                    .parameter("numero_parent", pn.to_string())
                    .display("parent", pn.to_string());
            }
            out.push(f);
        }
        if !n.enfants.is_empty() {
            check_tree(
                &n.enfants,
                &format!("{base}/{i}/enfants"),
                Some(num),
                out,
                numbers,
            );
        }
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
    let ended = lif::effective_end(doc, as_of).map_or(Answer::No, |e| e.before(as_of));
    start.on_or_before(as_of).and(!ended).is_yes()
}

/// The ART family.
pub static RULES: &[&Rule] = &[
    &ART_001, &ART_002, &ART_003, &ART_004, &ART_005, &ART_006, &ART_007, &ART_008, &ART_009,
    &ART_010,
];
