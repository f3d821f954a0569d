//! PAR-005.

use super::*;

/// PAR-005: habitants hold at least half the seats.
pub static PAR_005: Rule = Rule {
    code: "PAR-005",
    severity: Severity::Warning,
    category: Category::BusinessRule,
    applies_to: &[DocumentKind::ConseilCitoyen],
    in_force: sources::CADRE_CC_2014.in_force,
    sources: &[sources::CADRE_CC_2014],
    title: Text::doc("Poids du collège des habitants", "Weight of the habitants college"),
    message: Text::new(
        "Le collège des habitants compte {habitants} membres sur {total} : moins de la moitié.",
        "The habitants college has {habitants} members out of {total}: less than half.",
    ),
    help: Text::new(
        "Le cadre de référence veut que les habitants représentent au moins 50 % des membres, et que le collège soit représentatif de la population du quartier, notamment des jeunes.",
        "The cadre de référence wants habitants to be at least 50 % of the members, and the college representative of the quartier's population, notably young people.",
    ),
    description: Text::doc(
        "Quand chaque collège donne son effectif, celui des habitants atteint au moins la moitié du total.",
        "When every college gives its size, the habitants college is at least half the total.",
    ),
    limits: Some(Text::doc(
        "La représentativité (âge, jeunes) n'est pas vérifiable sans données sur les membres.",
        "Representativeness (age, young people) cannot be checked without data on members.",
    )),
    transition: None,
    requires: &[],
    parameters: &[],
    messages: &[],
    check: Check::Document(|ctx, out| {
        let Document::ConseilCitoyen(c) = ctx.doc else { return };
        let (Some((i, col)), Some(t)) = (college(&c.colleges, HABITANTS), total(&c.colleges)) else { return };
        let Some(h) = col.effectif else { return };
        if u64::from(h) * 2 < t {
            out.push(
                Finding::at(format!("/colleges/{i}/effectif"))
                    .param("habitants", h)
                    .param("total", t)
                    .input("/colleges", counts(&c.colleges))
                    .parameter("part_minimale", 0.5),
            );
        }
    }),
};
