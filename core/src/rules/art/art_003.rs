//! ART-003.

use super::*;

/// ART-003: the PTSM consults the CLSM of its territory.
pub static ART_003: Rule = Rule {
    code: "ART-003",
    severity: Severity::Error,
    category: Category::BusinessRule,
    applies_to: &[DocumentKind::ProjetTerritorialSanteMentale, DocumentKind::Portefeuille],
    in_force: sources::CSP_L3221_2.in_force,
    sources: &[sources::CSP_L3221_2, sources::INSTR_CLSM_2016],
    title: Text::doc("Consultation des CLSM par le PTSM", "PTSM consultation of CLSM"),
    message: Text::new("{problem}.", "{problem}."),
    help: Text::new(
        "Indiquez dans « consultations » les instances consultées avant les arrêtés du diagnostic territorial partagé et du PTSM, dont les CLSM (et CLS) de son territoire, par leur identifiant.",
        "List in \"consultations\" the bodies consulted before the arrêtés of the diagnostic territorial partagé and the PTSM, including the CLSM (and CLS) of its territory, by identifier.",
    ),
    description: Text::doc(
        "Les CLS et les CLSM sont partenaires du PTSM (L3221-2), et le DG ARS consulte les CLSM avant d'arrêter le diagnostic et le projet. Un PTSM qui n'indique pas ses consultations est « à compléter », un PTSM qui déclare n'en avoir aucune (`[]`) contredit le code ; sur un portefeuille, chaque CLSM installé dont le périmètre est dans le territoire du PTSM doit figurer parmi ses consultations.",
        "CLS and CLSM are partners of the PTSM (L3221-2), and the DG ARS consults the CLSM before adopting the diagnostic and the project. A PTSM that does not record its consultations is \"to be completed\", one that declares none (`[]`) contradicts the code; on a portfolio, every installed CLSM whose perimeter lies in the PTSM's territory must be among its consultations.",
    ),
    limits: Some(Text::doc(
        "Le territoire est comparé par départements (codes de communes, de départements, de QPV) ; un CLSM en projet n'est pas exigé.",
        "Territories are compared by département (commune, département and QPV codes); a CLSM still in project is not required.",
    )),
    transition: None,
    requires: &["/consultations"],
    parameters: &[],
    messages: &[
        Message::new(
            "sans_consultation",
            "Le PTSM n'indique aucune instance consultée (CLSM, CLS, commission santé mentale du CTS).",
            "The PTSM lists no consulted body (CLSM, CLS, CTS mental-health commission).",
        ),
        Message::new(
            "aucune_consultation",
            "Le PTSM déclare n'avoir consulté aucune instance (CLSM, CLS, commission santé mentale du CTS).",
            "The PTSM declares it consulted no body (CLSM, CLS, CTS mental-health commission).",
        ),
        Message::new(
            "clsm_non_consulte",
            "Le CLSM « {clsm} » du territoire du PTSM ne figure pas parmi ses consultations.",
            "CLSM \"{clsm}\" in the PTSM's territory is not among its consultations.",
        ),
    ],
    check: Check::Document(|ctx, out| match ctx.doc {
        // Not written: to be completed; written `[]`: declared without the consultation the
        // code requires, a contradiction.
        Document::ProjetTerritorialSanteMentale(p) if p.consultations.is_absent() => {
            out.push(
                util::missing(ctx, "/consultations")
                    .param("problem", "sans_consultation")
                    .variant("sans_consultation"),
            );
        }
        Document::ProjetTerritorialSanteMentale(p) if p.consultations.is_declared_empty() => {
            out.push(
                util::lacking(ctx, "/consultations")
                    .input("/consultations", Vec::<String>::new())
                    .param("problem", "aucune_consultation")
                    .variant("aucune_consultation"),
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
                                .variant("clsm_non_consulte")
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
