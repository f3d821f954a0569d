//! CLS-*: contrats locaux de santé (L1434-10 IV CSP).

use super::util;
use super::*;
use crate::model::{Document, DocumentKind};
use crate::report::{Category, InForce, Severity};

/// L1434-10 CSP on Légifrance.
pub const L1434_10: Source = Source::new(
    SourceKind::Loi,
    "Code de la santé publique, art. L1434-10 IV (ex-L1434-17)",
    Some("https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000045212913"),
);

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
            out.push(
                Finding::at("/signataires")
                    .param("missing", missing.clone())
                    .localized("missing", missing_fr.join(" et "), en.join(" and "))
                    .input("/signataires", natures.iter().map(|n| n.to_string()).collect::<Vec<_>>()),
            );
        }
    }),
};

/// The CLS family.
pub static RULES: &[&Rule] = &[&CLS_001];
