//! ART-009.

use super::*;
use crate::input;
use std::collections::BTreeMap;

/// ART-009: two CLS in force on one commune.
pub static ART_009: Rule = Rule {
    code: "ART-009",
    severity: Severity::Warning,
    category: Category::Conflict,
    applies_to: &[DocumentKind::Portefeuille],
    in_force: params::ARS_DEPUIS.since(),
    sources: &[sources::CSP_L1434_10, sources::MODELE_PORTEFEUILLE],
    title: Text::doc("Deux CLS en vigueur sur un même territoire", "Two CLS in force on one territory"),
    message: Text::new(
        "Au {as_of}, le territoire {code} est couvert par ce CLS et par {autres_nombre} autre(s) CLS en vigueur ({autre}).",
        "On {as_of}, territory {code} is covered by this CLS and by {autres_nombre} other CLS in force ({autre}).",
    ),
    help: Text::new(
        "Vérifiez les périmètres et les statuts : l'un des deux CLS est peut-être échu ou renouvelé, ou les périmètres doivent être distingués (un CLS communal dans un CLS intercommunal mérite d'être explicité).",
        "Check perimeters and statuts: one of the two CLS may have expired or been renewed, or the perimeters should be told apart (a communal CLS inside an intercommunal one deserves an explanation).",
    ),
    description: Text::doc(
        "Un CLS décline le PRS sur un territoire ; deux CLS en vigueur à la même date sur une même commune (ou un même EPCI) signalent un doublon, un renouvellement non enregistré ou un statut périmé.",
        "A CLS implements the PRS on a territory; two CLS in force on the same date on one commune (or one EPCI) point to a duplicate, an unrecorded renewal or a stale statut.",
    ),
    limits: Some(Text::doc(
        "Les périmètres sont comparés par codes de communes et d'EPCI tels qu'écrits : un CLS d'EPCI et un CLS communal d'une de ses communes ne sont pas rapprochés sans la liste des membres de l'EPCI. Un CLS est en vigueur selon son statut, ou à défaut ses dates (avenants compris).",
        "Perimeters are compared by commune and EPCI codes as written: an EPCI's CLS and a communal CLS of one of its communes are not matched without the EPCI's member list. A CLS is in force by its statut, else its dates (amendments included).",
    )),
    transition: None,
    requires: &[],
    parameters: &[&params::ARS_DEPUIS],
    messages: &[],
    check: Check::Document(|ctx, out| {
        let Document::Portefeuille(p) = ctx.doc else { return };
        let live: Vec<(usize, &Document)> = p
            .documents
            .iter()
            .enumerate()
            .filter(|(_, d)| cls_in_force(d, ctx.as_of))
            .collect();
        // The CLS naming each perimeter code; every set of two or more CLS sharing codes is
        // one group, reported once (on its last member) with the others named: N CLS on one
        // commune make one finding, not N² / 2, and the work stays linear in the perimeters.
        let pcs: Vec<_> = live.iter().map(|(_, d)| util::perimetre_codes(d)).collect();
        let mut by_code: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
        for (k, pc) in pcs.iter().enumerate() {
            for (_, _, code) in pc {
                let members = by_code.entry(code.as_str()).or_default();
                if members.last() != Some(&k) {
                    members.push(k);
                }
            }
        }
        let mut groups: BTreeMap<&[usize], &str> = BTreeMap::new();
        for (code, members) in &by_code {
            if members.len() > 1 {
                groups.entry(members.as_slice()).or_insert(code);
            }
        }
        let mut groups: Vec<(&[usize], &str)> = groups.into_iter().collect();
        groups.sort_by_key(|(m, _)| (m.last().copied(), m.len()));
        for (members, code) in groups {
            let Some((&last, others)) = members.split_last() else { continue };
            let (Some((j, _)), Some(cj)) = (live.get(last), pcs.get(last)) else { continue };
            let Some((pj, _, _)) = cj.iter().find(|(_, _, c)| c == code) else { continue };
            let name = |k: &usize| {
                live.get(*k).map(|(i, d)| (*i, d.ident().map(str::to_string)))
            };
            let named: Vec<(usize, Option<String>)> = others.iter().take(MAX_NAMED).filter_map(name).collect();
            let more = others.len().saturating_sub(MAX_NAMED);
            let label = |fr: bool| {
                let mut parts: Vec<String> = named
                    .iter()
                    .map(|(i, id)| match (id, fr) {
                        (Some(x), true) => format!("« {} »", input::shorten(x, 60)),
                        (Some(x), false) => format!("\"{}\"", input::shorten(x, 60)),
                        (None, true) => format!("document {i}"),
                        (None, false) => format!("document {i}"),
                    })
                    .collect();
                if more > 0 {
                    parts.push(if fr { format!("et {more} autres") } else { format!("and {more} more") });
                }
                parts.join(", ")
            };
            let ids: Vec<String> = named
                .iter()
                .map(|(i, id)| id.clone().unwrap_or_else(|| format!("/documents/{i}")))
                .collect();
            let mut f = Finding::at(format!("/documents/{j}{pj}"))
                .param("as_of", ctx.as_of.to_string())
                .param("code", code.to_string())
                .param("autres_nombre", others.len())
                .param("autre", ids.first().cloned().unwrap_or_default())
                .localized("autre", label(true), label(false))
                .parameter("as_of", ctx.as_of.to_string());
            if ids.len() > 1 {
                f = f.param("autres", ids);
            }
            for k in others.iter().take(MAX_NAMED) {
                if let (Some((i, _)), Some(ck)) = (live.get(*k), pcs.get(*k)) {
                    if let Some((pk, _, _)) = ck.iter().find(|(_, _, c)| c == code) {
                        f = f.input(format!("/documents/{i}{pk}"), code.to_string());
                    }
                }
            }
            out.push(f.input(format!("/documents/{j}{pj}"), code.to_string()));
        }
    }),
};

/// Most other CLS a finding names; the rest are counted.
const MAX_NAMED: usize = 20;
