//! PTSM-001.

use super::*;

/// PTSM-001: the PTSM of a région cover it entirely (portfolio of a région).
pub static PTSM_001: Rule = Rule {
    code: "PTSM-001",
    severity: Severity::Error,
    category: Category::Conflict,
    applies_to: &[DocumentKind::Portefeuille],
    in_force: sources::CSP_L3221_2.in_force,
    sources: &[sources::CSP_L3221_2],
    title: Text::doc("Couverture de la région par les PTSM", "Coverage of the région by PTSM"),
    message: Text::new(
        "Les PTSM du portefeuille ne couvrent pas, dans la région {region}, les départements : {manquants}.",
        "The portfolio's PTSM do not cover, in région {region}, the départements: {manquants}.",
    ),
    help: Text::new(
        "Le PTSM est élaboré sur un territoire suffisant pour associer tous les acteurs ; à défaut d'initiative des professionnels, le directeur général de l'ARS veille à ce que toute la région soit couverte. Ajoutez les PTSM manquants au portefeuille.",
        "A PTSM is drawn up on a territory large enough to involve all actors; failing the professionals' initiative, the DG ARS ensures the whole région is covered. Add the missing PTSM to the portfolio.",
    ),
    description: Text::doc(
        "Pour un portefeuille dont le territoire est une région, la réunion des territoires des PTSM de cette région (départements, ou la région entière) doit couvrir tous ses départements.",
        "For a portfolio whose territory is a région, the union of the territories of that région's PTSM (départements, or the whole région) must cover all its départements.",
    ),
    limits: Some(Text::doc(
        "Un PTSM défini sur un territoire qui n'est ni un département ni une région (territoire de démocratie sanitaire, groupe de communes) rend la couverture incalculable : la règle ne conclut pas. Le rattachement d'un département à sa région suit le COG 2026.",
        "A PTSM defined on a territory that is neither a département nor a région (territoire de démocratie sanitaire, group of communes) makes coverage uncomputable: the rule draws no conclusion. Départements are mapped to régions by the COG 2026.",
    )),
    transition: None,
    requires: &[],
    parameters: &[],
    messages: &[],
    check: Check::Document(|ctx, out| {
        let Document::Portefeuille(p) = ctx.doc else { return };
        let Some(t) = p.territoire.as_ref().filter(|t| t.kind == TypeTerritoire::Region) else { return };
        let Some(region) = t.code.as_deref() else { return };
        let Some(all) = departements_de(region) else { return };
        let mut got: Vec<String> = Vec::new();
        for d in &p.documents {
            let Document::ProjetTerritorialSanteMentale(x) = d else { continue };
            if x.region.as_deref().is_some_and(|r| r != region) {
                continue;
            }
            match covered(x) {
                Some(v) => got.extend(v),
                None => return,
            }
        }
        let missing: Vec<&str> = all.iter().copied().filter(|d| !got.iter().any(|g| g == d)).collect();
        if !missing.is_empty() {
            out.push(
                Finding::at("/territoire")
                    .param("region", region)
                    .param("manquants", missing.clone())
                    .input("/territoire/code", region)
                    .parameter("departements_de_la_region", all.to_vec())
                    .parameter("departements_couverts", got),
            );
        }
    }),
};
