//! CV-001.

use super::*;

/// CV-001: the State, the EPCI and the communes are parties.
pub static CV_001: Rule = Rule {
    code: "CV-001",
    severity: Severity::Error,
    category: Category::Required,
    applies_to: &[DocumentKind::ContratDeVille],
    in_force: sources::LOI_2014_173_ART6.in_force,
    sources: &[sources::LOI_2014_173_ART6, sources::CIRC_PM_2014],
    title: Text::doc("Parties obligatoires du contrat de ville", "Mandatory parties of the contrat de ville"),
    message: Text::new(
        "Le contrat de ville n'a pas parmi ses signataires : {missing}.",
        "The contrat de ville lacks among its signatories: {missing}.",
    ),
    help: Text::new(
        "Le contrat de ville est signé par l'État (préfet), l'EPCI à fiscalité propre et les communes concernées ; ajoutez les signatures manquantes.",
        "The contrat de ville is signed by the State (préfet), the EPCI à fiscalité propre and the communes concerned; add the missing signatures.",
    ),
    description: Text::doc(
        "Les contrats de ville sont conclus entre l'État et ses établissements publics d'une part, les communes et EPCI à fiscalité propre concernés d'autre part : sans le préfet, l'EPCI porteur (sauf contrat communal) ou une commune, le contrat n'est pas valide.",
        "Contrats de ville are concluded between the State and its public bodies on one side, the communes and EPCI concerned on the other: without the préfet, the carrying EPCI (except a communal contract) or a commune, the contract is not valid.",
    ),
    limits: Some(Text::doc(
        "Sans liste nationale des QPV par commune, la règle vérifie qu'au moins une commune signe, pas que chaque commune accueillant un QPV signe (TER-010 le fait avec le référentiel).",
        "Without a national list of QPV per commune, the rule checks that at least one commune signs, not that every commune hosting a QPV does (TER-010 does with the référentiel).",
    )),
    transition: None,
    requires: &["/signataires"],
    parameters: &[],
    messages: &[
        Message::new(
            "sans_partie",
            "Le contrat de ville n'a pas parmi ses signataires : {missing}.",
            "The contrat de ville lacks among its signatories: {missing}.",
        ),
        Message::new(
            "signataires_non_decrits",
            "Le contrat de ville ne liste pas ses signataires (à compléter : {missing}).",
            "The contrat de ville does not list its signatories (to be completed: {missing}).",
        ),
        Message::new(
            "aucun_signataire",
            "Le contrat de ville déclare n'avoir aucun signataire ; il lui faut {missing}.",
            "The contrat de ville declares no signatory; it needs {missing}.",
        ),
    ],
    check: Check::Document(|ctx, out| {
        let Document::ContratDeVille(c) = ctx.doc else { return };
        // A partner count without the list: the signatories are not described, not absent.
        if c.signataires.is_absent() && ctx.doc.partenaires_non_listes(&c.signataires) {
            return;
        }
        let natures: Vec<NatureActeur> = c
            .signataires
            .iter()
            .filter_map(|s| util::nature(ctx.doc, &s.acteur))
            .collect();
        let porteur = c.porteur.as_deref().and_then(|p| util::nature(ctx.doc, p));
        let communal = matches!(porteur, Some(NatureActeur::Commune));
        let mut missing: Vec<&str> = Vec::new();
        let (mut fr, mut en): (Vec<&str>, Vec<&str>) = (Vec::new(), Vec::new());
        if !natures.iter().any(|n| n.is_etat()) {
            missing.push("etat");
            fr.push("l'État (préfet)");
            en.push("the State (préfet)");
        }
        if !communal && !natures.iter().any(|n| matches!(n, NatureActeur::Epci | NatureActeur::Ept)) {
            missing.push("epci");
            fr.push("l'EPCI à fiscalité propre");
            en.push("the EPCI");
        }
        if !natures.contains(&NatureActeur::Commune) {
            missing.push("commune");
            fr.push("une commune");
            en.push("a commune");
        }
        if missing.is_empty() {
            return;
        }
        let f = util::signatories_lacking(ctx, &c.signataires);
        out.push(util::with_signataires(
            f.param("missing", missing)
                .localized("missing", fr.join(", "), en.join(", ")),
            ctx,
        ));
    }),
};
