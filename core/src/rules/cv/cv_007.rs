//! CV-007.

use super::*;

/// CV-007: place, means and training for conseils citoyens.
pub static CV_007: Rule = Rule {
    code: "CV-007",
    severity: Severity::Error,
    category: Category::Required,
    applies_to: &[DocumentKind::ContratDeVille],
    in_force: sources::LOI_2014_173_ART7.in_force,
    sources: &[sources::LOI_2014_173_ART7, sources::LOI_2014_173_ART1],
    title: Text::doc("Moyens des conseils citoyens", "Means of the conseils citoyens"),
    message: Text::new(
        "Le contrat de ville ne définit pas, pour les conseils citoyens : {missing}.",
        "The contrat de ville does not define, for the conseils citoyens: {missing}.",
    ),
    help: Text::new(
        "Renseignez « moyens_conseils_citoyens » : un lieu, des moyens de fonctionnement et des actions de formation dédiés aux conseils citoyens.",
        "Fill in \"moyens_conseils_citoyens\": a place, operating means and training actions dedicated to the conseils citoyens.",
    ),
    description: Text::doc(
        "« Les contrats de ville […] définissent un lieu et des moyens dédiés pour le fonctionnement des conseils citoyens ainsi que des actions de formation » (art. 7 I). Un moyen déclaré absent (`false`) contredit la loi ; un moyen que le document ne décrit pas est à compléter.",
        "\"Contrats de ville […] define a place and dedicated means for the operation of the conseils citoyens, and training actions\" (art. 7 I). A means declared absent (`false`) contradicts the law; a means the document does not describe is to be completed.",
    ),
    limits: Some(Text::doc(
        "Un contrat en négociation n'est pas vérifié. La règle lit ce que le document déclare, pas le contenu réel des moyens. La co-construction avec les habitants (art. 1) est un principe de la politique de la ville, pas un élément du contenu du contrat : elle n'est pas exigée ici.",
        "A contract under negotiation is not checked. The rule reads what the document declares, not the actual means. Co-construction with habitants (art. 1) is a principle of the politique de la ville, not an element of the contract's content: it is not required here.",
    )),
    transition: None,
    requires: &["/moyens_conseils_citoyens"],
    parameters: &[],
    messages: &[],
    check: Check::Document(|ctx, out| {
        let Document::ContratDeVille(c) = ctx.doc else { return };
        if negotiating(c) {
            return;
        }
        let m = c.moyens_conseils_citoyens.clone().unwrap_or_default();
        let items = [
            (m.lieu, "lieu", "un lieu", "a place"),
            (m.moyens_de_fonctionnement, "moyens_de_fonctionnement", "des moyens de fonctionnement", "operating means"),
            (m.formation, "formation", "des actions de formation", "training actions"),
        ];
        // Declared absent (`Some(false)`) contradicts art. 7 I; not described (`None`) is to be
        // completed. One finding for each of the two.
        for declared in [true, false] {
            let selected: Vec<_> = items
                .iter()
                .filter(|(v, ..)| if declared { *v == Some(false) } else { v.is_none() })
                .collect();
            if selected.is_empty() {
                continue;
            }
            let words: Vec<&str> = selected.iter().map(|(_, w, ..)| *w).collect();
            let fr: Vec<&str> = selected.iter().map(|(_, _, f, _)| *f).collect();
            let en: Vec<&str> = selected.iter().map(|(.., e)| *e).collect();
            let mut f = if declared {
                util::lacking(ctx, "/moyens_conseils_citoyens")
            } else {
                util::missing(ctx, "/moyens_conseils_citoyens")
            }
            .param("missing", words.clone())
            .localized("missing", fr.join(", "), en.join(", "));
            if declared {
                for w in &words {
                    f = f.input(format!("/moyens_conseils_citoyens/{w}"), false);
                }
            }
            out.push(f);
        }
    }),
};
