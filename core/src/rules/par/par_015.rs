//! PAR-015.

use super::*;

/// PAR-015: the habitant members of a conseil citoyen live in its quartier.
pub static PAR_015: Rule = Rule {
    code: "PAR-015",
    severity: Severity::Error,
    category: Category::BusinessRule,
    applies_to: &[DocumentKind::ConseilCitoyen],
    in_force: sources::LOI_2014_173_ART7.in_force,
    sources: &[sources::LOI_2014_173_ART7, sources::CADRE_CC_2014],
    title: Text::doc(
        "Résidence des membres habitants du conseil citoyen",
        "Residence of the conseil citoyen's habitant members",
    ),
    message: Text::new(
        "Conseil citoyen : {n} membre(s) du collège des habitants ne résident pas dans le quartier prioritaire.",
        "Conseil citoyen: {n} member(s) of the habitants college do not live in the quartier prioritaire.",
    ),
    help: Text::new(
        "Le collège des habitants est tiré au sort parmi les habitants du quartier : remplacez les membres qui n'y résident pas (ou plus), de préférence depuis la liste des suppléants, et faites reconnaître la nouvelle composition par le préfet.",
        "The habitants college is drawn by lot among the quartier's inhabitants: replace the members who do not (or no longer) live there, preferably from the list of substitutes, and have the new composition recognised by the préfet.",
    ),
    description: Text::doc(
        "L'article 7 I de la loi n° 2014-173 compose le conseil citoyen d'habitants du quartier prioritaire tirés au sort et de représentants des associations et acteurs locaux. Un membre du collège des habitants qui ne réside pas dans le quartier contredit la loi : le tribunal administratif de Lyon a annulé pour ce motif l'arrêté de reconnaissance d'un conseil citoyen (jugement n° 1607073). D'où une erreur. Les règles de remplacement et les suppléants, qui relèvent du cadre de référence, sont l'affaire de PAR-007.",
        "Article 7 I of law 2014-173 composes the conseil citoyen of inhabitants of the quartier prioritaire drawn by lot and of representatives of local associations and actors. A member of the habitants college who does not live in the quartier contradicts the law: the tribunal administratif of Lyon annulled a conseil citoyen's recognition arrêté on that ground (judgment no. 1607073). Hence an error. Replacement rules and substitutes, which come from the cadre de référence, are PAR-007's business.",
    ),
    limits: Some(Text::doc(
        "La résidence est lue dans le nombre déclaré de membres habitants hors du quartier (`membres_hors_qpv`) ; un conseil citoyen qui ne le donne pas n'est pas vérifié.",
        "Residence is read from the declared number of habitant members outside the quartier (`membres_hors_qpv`); a conseil citoyen that does not give it is not checked.",
    )),
    transition: None,
    requires: &[],
    parameters: &[],
    messages: &[],
    check: Check::Document(|ctx, out| {
        let Document::ConseilCitoyen(c) = ctx.doc else { return };
        if let Some(n) = c.membres_hors_qpv.filter(|n| *n > 0) {
            out.push(
                Finding::at("/membres_hors_qpv")
                    .parameter("maximum", 0)
                    .param("n", n)
                    .input("/membres_hors_qpv", n),
            );
        }
    }),
};
