//! ART-002.

use super::*;

/// ART-002: a CLSM constitutes the mental-health volet of the CLS or the contrat de ville.
pub static ART_002: Rule = Rule {
    code: "ART-002",
    severity: Severity::Warning,
    category: Category::BusinessRule,
    applies_to: &[DocumentKind::ConseilLocalSanteMentale, DocumentKind::Portefeuille],
    in_force: sources::INSTR_CLSM_2016.in_force,
    sources: &[sources::INSTR_CLSM_2016],
    title: Text::doc("CLSM, volet santé mentale du CLS ou du contrat de ville", "CLSM as mental-health volet of the CLS or contrat de ville"),
    message: Text::new("{problem}.", "{problem}."),
    help: Text::new(
        "Reliez le CLSM au CLS (« cls » du CLSM, « sante_mentale.clsm » du CLS) ou au contrat de ville (« contrat_de_ville » du CLSM) dont il constitue le volet santé mentale.",
        "Link the CLSM to the CLS (the CLSM's \"cls\", the CLS's \"sante_mentale.clsm\") or to the contrat de ville (the CLSM's \"contrat_de_ville\") whose mental-health volet it constitutes.",
    ),
    description: Text::doc(
        "Selon l'instruction du 30 septembre 2016, quand un CLSM existe sur le territoire, il constitue le volet santé mentale du CLS ou du contrat de ville, et les CLSM sont à développer en priorité dans le cadre des contrats de ville. Sur un CLSM seul, la règle signale l'absence de tout rattachement ; sur un portefeuille, un CLS dont le périmètre partage une commune avec un CLSM sans que l'un cite l'autre.",
        "Under the instruction of 30 September 2016, when a CLSM exists on the territory it constitutes the mental-health volet of the CLS or contrat de ville, and CLSM are to be developed in priority within contrats de ville. On a CLSM alone the rule flags the lack of any link; on a portfolio, a CLS whose perimeter shares a commune with a CLSM without either naming the other.",
    ),
    limits: Some(Text::doc(
        "Les périmètres sont comparés par codes de communes et d'EPCI tels qu'écrits (sans développer un EPCI en ses communes).",
        "Perimeters are compared by commune and EPCI codes as written (an EPCI is not expanded into its communes).",
    )),
    transition: None,
    requires: &["/cls"],
    parameters: &[],
    messages: &[
        Message::new(
            "sans_rattachement",
            "Le CLSM n'est rattaché ni à un CLS ni à un contrat de ville dont il constituerait le volet santé mentale.",
            "The CLSM is attached neither to a CLS nor to a contrat de ville whose mental-health volet it would constitute.",
        ),
        Message::new(
            "clsm_non_relie",
            "Le CLSM « {clsm} » couvre la commune {commune} de ce CLS, mais ni le CLS ni le CLSM ne citent l'autre comme volet santé mentale.",
            "CLSM \"{clsm}\" covers commune {commune} of this CLS, but neither the CLS nor the CLSM names the other as mental-health volet.",
        ),
    ],
    check: Check::Document(|ctx, out| match ctx.doc {
        Document::ConseilLocalSanteMentale(m) if m.cls.is_none() && m.contrat_de_ville.is_none() => {
            out.push(
                util::missing(ctx, "/cls")
                    .param("problem", "sans_rattachement")
                    .variant("sans_rattachement"),
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
                                .variant("clsm_non_relie")
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
