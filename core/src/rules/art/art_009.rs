//! ART-009.

use super::*;

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
    transition: None,
    requires: &[],
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
