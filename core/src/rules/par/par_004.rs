//! PAR-004.

use super::*;

/// PAR-004: habitants are drawn by lot.
pub static PAR_004: Rule = Rule {
    code: "PAR-004",
    severity: Severity::Error,
    category: Category::BusinessRule,
    applies_to: &[DocumentKind::ConseilCitoyen],
    in_force: sources::LOI_2014_173_ART7.in_force,
    sources: &[sources::LOI_2014_173_ART7, sources::CADRE_CC_2014],
    title: Text::doc("Tirage au sort des habitants", "Habitants drawn by lot"),
    message: Text::new(
        "Le collège des habitants est désigné par {modes}, sans tirage au sort.",
        "The habitants college is filled by {modes}, without drawing lots.",
    ),
    help: Text::new(
        "Les habitants sont tirés au sort ; le cadre de référence recommande deux listes (une liste issue des bailleurs, fournisseurs d'énergie ou listes électorales, et une liste de volontaires).",
        "Habitants are drawn by lot; the cadre de référence recommends two lists (one from landlords, energy suppliers or electoral rolls, one of volunteers).",
    ),
    description: Text::doc(
        "Quand le collège des habitants indique ses modes de désignation, `tirage_au_sort` doit en faire partie.",
        "When the habitants college gives how members are chosen, `tirage_au_sort` must be one of them.",
    ),
    limits: None,
    transition: None,
    requires: &[],
    parameters: &[],
    messages: &[],
    check: Check::Document(|ctx, out| {
        let Document::ConseilCitoyen(c) = ctx.doc else { return };
        let Some((i, col)) = college(&c.colleges, HABITANTS) else { return };
        if !col.designation.is_empty() && !col.designation.contains(&ModeDesignation::TirageAuSort) {
            let modes: Vec<String> = col.designation.iter().map(|m| m.to_string()).collect();
            let label = |fr: bool| {
                col.designation
                    .iter()
                    .map(|m| match (m, fr) {
                        (ModeDesignation::Designation, true) => "désignation",
                        (ModeDesignation::Designation, false) => "appointment",
                        (ModeDesignation::Election, true) => "élection",
                        (ModeDesignation::Election, false) => "election",
                        (ModeDesignation::Volontariat, true) => "volontariat",
                        (ModeDesignation::Volontariat, false) => "volunteering",
                        (ModeDesignation::TirageAuSort, true) => "tirage au sort",
                        (ModeDesignation::TirageAuSort, false) => "drawing lots",
                    })
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            let p = format!("/colleges/{i}/designation");
            out.push(
                Finding::at(p.clone())
                    .param("modes", modes.clone())
                    .localized("modes", label(true), label(false))
                    .input(p, modes)
                    .parameter("mode_requis", "tirage_au_sort"),
            );
        }
    }),
};
