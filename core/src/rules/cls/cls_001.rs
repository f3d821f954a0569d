//! CLS-001.

use super::*;

/// CLS-001: the ARS and at least one collectivité are parties.
pub static CLS_001: Rule = Rule {
    code: "CLS-001",
    severity: Severity::Error,
    category: Category::Required,
    applies_to: &[DocumentKind::ContratLocalSante],
    in_force: params::ARS_DEPUIS.since(),
    sources: &[sources::CSP_L1434_10, sources::FTS_CLS],
    title: Text::doc("Signataires obligatoires du CLS", "Mandatory CLS signatories"),
    message: Text::new(
        "Le contrat local de santé n'a pas parmi ses signataires : {missing}.",
        "The contrat local de santé lacks among its signatories: {missing}.",
    ),
    help: Text::new(
        "Ajoutez la signature de l'ARS (directeur général ou délégation départementale) et celle d'au moins une collectivité ou un groupement (commune, EPCI, PETR, département…).",
        "Add the signature of the ARS (director general or délégation départementale) and that of at least one collectivité or groupement (commune, EPCI, PETR, département…).",
    ),
    description: Text::doc(
        "Le CLS est « conclu par l'agence, notamment avec les collectivités territoriales et leurs groupements » : sans l'ARS ou sans collectivité, ce n'est pas un CLS.",
        "A CLS is \"concluded by the agency, notably with local authorities and their groupings\": without the ARS or without a collectivité it is not a CLS.",
    ),
    limits: Some(Text::doc(
        "Un PETR et un syndicat mixte sont des groupements de collectivités territoriales (CGCT L5111-1, L5741-1) ; un pays signe par sa structure porteuse, comptée comme groupement (déclarez « association » si c'en est une). Un document qui donne un nombre de partenaires sans lister ses signataires n'est pas jugé.",
        "A PETR and a syndicat mixte are groupements de collectivités territoriales (CGCT L5111-1, L5741-1); a pays signs through its structure porteuse, counted as a groupement (declare \"association\" if it is one). A document that gives a number of partners without listing its signatories is not judged.",
    )),
    transition: None,
    requires: &["/signataires"],
    parameters: &[&params::ARS_DEPUIS],
    messages: &[
        Message::new(
            "sans_partie",
            "Le contrat local de santé n'a pas parmi ses signataires : {missing}.",
            "The contrat local de santé lacks among its signatories: {missing}.",
        ),
        Message::new(
            "signataires_non_decrits",
            "Le contrat local de santé ne liste pas ses signataires (à compléter : {missing}).",
            "The contrat local de santé does not list its signatories (to be completed: {missing}).",
        ),
        Message::new(
            "aucun_signataire",
            "Le contrat local de santé déclare n'avoir aucun signataire ; il lui faut {missing}.",
            "The contrat local de santé declares no signatory; it needs {missing}.",
        ),
    ],
    check: Check::Document(|ctx, out| {
        let Document::ContratLocalSante(c) = ctx.doc else { return };
        // A partner count without the list: the signatories are not described, not absent.
        if c.signataires.is_absent() && ctx.doc.partenaires_non_listes(&c.signataires) {
            return;
        }
        let natures: Vec<_> = c
            .signataires
            .iter()
            .filter_map(|s| util::nature(ctx.doc, &s.acteur))
            .collect();
        let mut missing_fr = Vec::new();
        let mut missing: Vec<&str> = Vec::new();
        // Polynésie française and Nouvelle-Calédonie have no ARS (TER-017).
        if !natures.iter().any(|n| n.is_ars()) && util::collectivite_competente_sante(ctx.doc).is_none() {
            missing.push("ars");
            missing_fr.push("l'ARS");
        }
        if !natures.iter().any(|n| n.is_collectivite()) {
            missing.push("collectivite");
            missing_fr.push("une collectivité territoriale ou un groupement");
        }
        if missing.is_empty() {
            return;
        }
        let en: Vec<&str> = missing
            .iter()
            .map(|m| if *m == "ars" { "the ARS" } else { "a local authority or grouping" })
            .collect();
        let f = util::signatories_lacking(ctx, &c.signataires);
        out.push(util::with_signataires(
            f.param("missing", missing.clone())
                .localized("missing", missing_fr.join(" et "), en.join(" and ")),
            ctx,
        ));
    }),
};
