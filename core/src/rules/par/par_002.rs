//! PAR-002.

use super::*;

/// PAR-002: a conseil citoyen has exactly two colleges.
pub static PAR_002: Rule = Rule {
    code: "PAR-002",
    severity: Severity::Error,
    category: Category::Required,
    applies_to: &[DocumentKind::ConseilCitoyen],
    in_force: sources::LOI_2014_173_ART7.in_force,
    sources: &[sources::LOI_2014_173_ART7, sources::CADRE_CC_2014],
    title: Text::doc("Deux collèges du conseil citoyen", "The two colleges of a conseil citoyen"),
    message: Text::new("Conseil citoyen : {what}.", "Conseil citoyen: {what}."),
    help: Text::new(
        "Un conseil citoyen est composé de deux collèges : `habitants` (tirés au sort, dans le respect de la parité) et `acteurs_locaux` (associations et acteurs locaux du quartier).",
        "A conseil citoyen has two colleges: `habitants` (drawn by lot, respecting gender parity) and `acteurs_locaux` (associations and local actors of the quartier).",
    ),
    description: Text::doc(
        "Vérifie que les collèges sont exactement `habitants` et `acteurs_locaux` (ou `associations_et_acteurs_locaux`).",
        "Checks that the colleges are exactly `habitants` and `acteurs_locaux` (or `associations_et_acteurs_locaux`).",
    ),
    limits: None,
    transition: None,
    requires: &["/colleges"],
    parameters: &[],
    messages: &[
        Message::new(
            "college_manquant",
            "Conseil citoyen : collège manquant : {colleges}.",
            "Conseil citoyen: missing college: {colleges}.",
        ),
        Message::new(
            "colleges_non_decrits",
            "Conseil citoyen : collèges non décrits (à compléter : {colleges}).",
            "Conseil citoyen: colleges not described (to be completed: {colleges}).",
        ),
        Message::new(
            "college_en_plus",
            "Conseil citoyen : collège « {what} » en plus des deux collèges prévus.",
            "Conseil citoyen: college \"{what}\" on top of the two provided for.",
        ),
    ],
    check: Check::Document(|ctx, out| {
        let Document::ConseilCitoyen(c) = ctx.doc else { return };
        let mut missing: Vec<(&str, &str, &str)> = Vec::new();
        if college(&c.colleges, HABITANTS).is_none() {
            missing.push(("habitants", "le collège des habitants", "the habitants college"));
        }
        if college(&c.colleges, ACTEURS_LOCAUX).is_none() {
            missing.push(("acteurs_locaux", "le collège des associations et acteurs locaux", "the associations and local actors college"));
        }
        if !missing.is_empty() {
            out.push(
                // Not written: to be completed; written (`[]` included): a contradiction.
                Finding::at("/colleges")
                    .not_described_if(c.colleges.is_absent())
                    .param("what", missing.iter().map(|m| m.0).collect::<Vec<_>>())
                    .variant(if c.colleges.is_absent() { "colleges_non_decrits" } else { "college_manquant" })
                    .localized(
                        "colleges",
                        missing.iter().map(|m| m.1).collect::<Vec<_>>().join(", "),
                        missing.iter().map(|m| m.2).collect::<Vec<_>>().join(", "),
                    )
                    .input("/colleges", c.colleges.iter().map(|x| x.nature.clone()).collect::<Vec<_>>())
                    .parameter("colleges_requis", vec!["habitants", "acteurs_locaux"]),
            );
        }
        for (i, col) in c.colleges.iter().enumerate() {
            let one = std::slice::from_ref(col);
            if college(one, HABITANTS).is_none() && college(one, ACTEURS_LOCAUX).is_none() {
                let p = format!("/colleges/{i}/nature");
                let n: String = col.nature.chars().take(60).collect();
                out.push(
                    Finding::at(p.clone()).parameter("colleges_admis", vec!["habitants", "acteurs_locaux"])
                        .param("what", n.clone())
                        .variant("college_en_plus")
                        .input(p, n),
                );
            }
        }
    }),
};
