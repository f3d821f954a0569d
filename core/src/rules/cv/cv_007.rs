//! CV-007.

use super::*;

/// CV-007: place, means and training for conseils citoyens.
pub static CV_007: Rule = Rule {
    code: "CV-007",
    severity: Severity::Error,
    category: Category::Required,
    applies_to: &[DocumentKind::ContratDeVille],
    in_force: InForce::since(Date::ymd(2014, 2, 23)),
    sources: &[
        Source::new(
            SourceKind::Loi,
            "Loi n° 2014-173 du 21 février 2014, art. 7 I (conseils citoyens) et art. 1 (co-construction)",
            Some("https://www.legifrance.gouv.fr/loda/article_lc/LEGIARTI000028638827"),
        ),
        Source::new(
            SourceKind::Loi,
            "Loi n° 2014-173 du 21 février 2014 (texte intégral)",
            Some("https://www.legifrance.gouv.fr/affichTexte.do?cidTexte=JORFTEXT000028636804&categorieLien=cid"),
        ),
    ],
    title: Text::new("Moyens des conseils citoyens", "Means of the conseils citoyens"),
    message: Text::new(
        "Le contrat de ville ne définit pas, pour les conseils citoyens : {missing}.",
        "The contrat de ville does not define, for the conseils citoyens: {missing}.",
    ),
    help: Text::new(
        "Renseignez « moyens_conseils_citoyens » : un lieu, des moyens de fonctionnement, des actions de formation, et les modalités de co-construction avec les habitants.",
        "Fill in \"moyens_conseils_citoyens\": a place, operating means, training actions, and the modalities of co-construction with habitants.",
    ),
    description: Text::new(
        "Le contrat de ville définit un lieu et des moyens dédiés au fonctionnement des conseils citoyens ainsi que des actions de formation (art. 7 I), et les modalités de co-construction de la politique de la ville avec les habitants (art. 1).",
        "The contrat de ville defines a place and dedicated means for the conseils citoyens and training actions (art. 7 I), and the modalities of co-construction of the politique de la ville with habitants (art. 1).",
    ),
    limits: Some(Text::new(
        "Un contrat en négociation n'est pas vérifié. La règle lit ce que le document déclare, pas le contenu réel des moyens.",
        "A contract under negotiation is not checked. The rule reads what the document declares, not the actual means.",
    )),
    check: Check::Document(|ctx, out| {
        let Document::ContratDeVille(c) = ctx.doc else { return };
        if negotiating(c) {
            return;
        }
        let m = c.moyens_conseils_citoyens.clone().unwrap_or_default();
        let mut missing: Vec<&str> = Vec::new();
        let (mut fr, mut en) = (Vec::new(), Vec::new());
        for (ok, w, f, e) in [
            (m.lieu, "lieu", "un lieu", "a place"),
            (m.moyens_de_fonctionnement, "moyens_de_fonctionnement", "des moyens de fonctionnement", "operating means"),
            (m.formation, "formation", "des actions de formation", "training actions"),
            (m.modalites_co_construction, "modalites_co_construction", "les modalités de co-construction avec les habitants", "the modalities of co-construction with habitants"),
        ] {
            if ok != Some(true) {
                missing.push(w);
                fr.push(f);
                en.push(e);
            }
        }
        if !missing.is_empty() {
            let mut f = util::missing(ctx.doc, "/moyens_conseils_citoyens")
                .param("missing", missing.clone())
                .localized("missing", fr.join(", "), en.join(", "));
            if let Some(mm) = &c.moyens_conseils_citoyens {
                for (w, v) in [
                    ("lieu", mm.lieu),
                    ("moyens_de_fonctionnement", mm.moyens_de_fonctionnement),
                    ("formation", mm.formation),
                    ("modalites_co_construction", mm.modalites_co_construction),
                ] {
                    if let (true, Some(b)) = (missing.contains(&w), v) {
                        f = f.input(format!("/moyens_conseils_citoyens/{w}"), b);
                    }
                }
            }
            out.push(f);
        }
    }),
};
