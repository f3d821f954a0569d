//! CLS-001.

use super::*;

/// CLS-001: the ARS and at least one collectivité are parties.
pub static CLS_001: Rule = Rule {
    code: "CLS-001",
    severity: Severity::Error,
    category: Category::Required,
    applies_to: &[DocumentKind::ContratLocalSante],
    in_force: InForce::since(Date::ymd(2010, 4, 1)),
    sources: &[
        L1434_10,
        Source::new(
            SourceKind::Guide,
            "Fabrique Territoires Santé, Contrats locaux de santé (signataires obligatoires : ARS et collectivité)",
            Some("https://www.fabrique-territoires-sante.org/theme/contrats-locaux-de-sante?page=2"),
        ),
    ],
    title: Text::new("Signataires obligatoires du CLS", "Mandatory CLS signatories"),
    message: Text::new(
        "Le contrat local de santé n'a pas parmi ses signataires : {missing}.",
        "The contrat local de santé lacks among its signatories: {missing}.",
    ),
    help: Text::new(
        "Ajoutez la signature de l'ARS (directeur général ou délégation départementale) et celle d'au moins une collectivité ou un groupement (commune, EPCI, PETR, département…).",
        "Add the signature of the ARS (director general or délégation départementale) and that of at least one collectivité or groupement (commune, EPCI, PETR, département…).",
    ),
    description: Text::new(
        "Le CLS est « conclu par l'agence, notamment avec les collectivités territoriales et leurs groupements » : sans l'ARS ou sans collectivité, ce n'est pas un CLS.",
        "A CLS is \"concluded by the agency, notably with local authorities and their groupings\": without the ARS or without a collectivité it is not a CLS.",
    ),
    limits: None,
    transition: None,
    requires: &["/signataires"],
    check: Check::Document(|ctx, out| {
        let Document::ContratLocalSante(c) = ctx.doc else { return };
        let natures: Vec<_> = c
            .signataires
            .iter()
            .filter_map(|s| util::nature(ctx.doc, &s.acteur))
            .collect();
        let mut missing_fr = Vec::new();
        let mut missing: Vec<&str> = Vec::new();
        if !natures.iter().any(|n| n.is_ars()) {
            missing.push("ars");
            missing_fr.push("l'ARS");
        }
        if !natures.iter().any(|n| n.is_collectivite()) {
            missing.push("collectivite");
            missing_fr.push("une collectivité territoriale ou un groupement");
        }
        if !missing.is_empty() {
            let en: Vec<&str> = missing
                .iter()
                .map(|m| if *m == "ars" { "the ARS" } else { "a local authority or grouping" })
                .collect();
            out.push(util::with_signataires(
                util::signatories_finding(ctx.doc, "/signataires", &c.signataires)
                    .param("missing", missing.clone())
                    .localized("missing", missing_fr.join(" et "), en.join(" and ")),
                ctx.doc,
            ));
        }
    }),
};
