//! PAR-003.

use super::*;

/// PAR-003: gender parity in the habitants college.
pub static PAR_003: Rule = Rule {
    code: "PAR-003",
    severity: Severity::Error,
    category: Category::BusinessRule,
    applies_to: &[DocumentKind::ConseilCitoyen],
    in_force: sources::LOI_2014_173_ART7.in_force,
    sources: &[sources::LOI_2014_173_ART7],
    title: Text::doc("Parité du collège des habitants", "Parity in the habitants college"),
    message: Text::new(
        "Le collège des habitants compte {femmes} femmes et {hommes} hommes : l'écart dépasse {tolerance}.",
        "The habitants college has {femmes} women and {hommes} men: the gap exceeds {tolerance}.",
    ),
    help: Text::new(
        "Le tirage au sort des habitants respecte la parité entre femmes et hommes ; rééquilibrez le collège (tirage complémentaire, liste de suppléants).",
        "Habitants are drawn by lot respecting parity between women and men; rebalance the college (additional draw, list of substitutes).",
    ),
    description: Text::doc(
        "Quand le collège des habitants donne ses nombres de femmes et d'hommes, l'écart ne dépasse pas un siège.",
        "When the habitants college gives its numbers of women and men, they differ by at most one seat.",
    ),
    limits: Some(Text::doc(
        "La tolérance d'un siège est un choix de codage : la loi ne chiffre pas la parité.",
        "The one-seat tolerance is a coding choice: the law does not quantify parity.",
    )),
    transition: None,
    requires: &[],
    parameters: &[],
    messages: &[],
    check: Check::Document(|ctx, out| {
        let Document::ConseilCitoyen(c) = ctx.doc else { return };
        let Some((i, col)) = college(&c.colleges, HABITANTS) else { return };
        if let (Some(f), Some(h)) = (col.femmes, col.hommes) {
            if f.abs_diff(h) > 1 {
                out.push(
                    Finding::at(format!("/colleges/{i}"))
                        .param("femmes", f)
                        .param("hommes", h)
                        .param("tolerance", 1)
                        .input(format!("/colleges/{i}/femmes"), f)
                        .input(format!("/colleges/{i}/hommes"), h)
                        .parameter("ecart_max", 1),
                );
            }
        }
    }),
};
