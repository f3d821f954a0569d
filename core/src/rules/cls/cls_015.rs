//! CLS-015.

use super::*;

/// CLS-015: CLS concluded in priority in under-served zones (portfolio).
pub static CLS_015: Rule = Rule {
    code: "CLS-015",
    severity: Severity::Information,
    category: Category::Informational,
    applies_to: &[DocumentKind::Portefeuille],
    in_force: InForce::since(CLS014_FROM),
    sources: &[sources::CSP_L1434_4, sources::LOI_3DS],
    title: Text::doc("CLS hors des zones sous-dotées", "CLS outside under-served zones"),
    message: Text::new(
        "{hors} des {total} CLS conclus depuis le 2022-02-23 dont le zonage est connu sont hors des zones sous-dotées (L1434-4 1°), où ils doivent être conclus en priorité.",
        "{hors} of the {total} CLS concluded since 2022-02-23 whose zoning is known lie outside under-served zones (L1434-4 1°), where they are to be concluded in priority.",
    ),
    help: Text::new(
        "Signal descriptif sur un portefeuille : vérifiez que la programmation régionale des CLS privilégie les zones d'intervention prioritaire et d'action complémentaire.",
        "Descriptive signal on a portfolio: check that the regional planning of CLS favours the priority and complementary action zones.",
    ),
    description: Text::doc(
        "Depuis la loi 3DS, les CLS sont conclus « en priorité » dans les zones caractérisées par une offre de soins insuffisante ou des difficultés d'accès aux soins (zonage L1434-4 1°). Un CLS hors zone n'est pas une erreur ; un portefeuille où la majorité des CLS récents sont hors zone est signalé.",
        "Since the 3DS law, CLS are concluded \"in priority\" in zones with insufficient care supply or access difficulties (zoning L1434-4 1°). A CLS outside such a zone is not an error; a portfolio where most recent CLS lie outside them is flagged.",
    ),
    limits: Some(Text::doc(
        "Le zonage n'est pas dans le référentiel : la règle lit le champ « zone_sous_dotee » de chaque CLS, et ne compte que les CLS qui le renseignent (au moins deux).",
        "The zoning is not in the référentiel: the rule reads each CLS's \"zone_sous_dotee\" field and only counts CLS that fill it in (at least two).",
    )),
    transition: None,
    requires: &[],
    parameters: &[&params::CLS_SANTE_MENTALE_DEPUIS],
    messages: &[],
    check: Check::Document(|ctx, out| {
        let Document::Portefeuille(p) = ctx.doc else { return };
        let mut known: Vec<(usize, bool)> = Vec::new();
        for (i, d) in p.documents.iter().enumerate() {
            let Document::ContratLocalSante(c) = d else { continue };
            let recent = util::conclusion(d).is_some_and(|(_, x)| x.on_or_after(CLS014_FROM).is_yes());
            if let (true, Some(z)) = (recent, c.zone_sous_dotee) {
                known.push((i, z));
            }
        }
        let hors: Vec<usize> = known.iter().filter(|(_, z)| !z).map(|(i, _)| *i).collect();
        if known.len() >= 2 && hors.len() * 2 > known.len() {
            let mut f = Finding::at("/documents")
                .param("hors", hors.len())
                .param("total", known.len())
                .parameter("depuis", CLS014_FROM.to_string())
                .parameter("seuil", "majorite");
            for i in &hors {
                f = f.input(format!("/documents/{i}/zone_sous_dotee"), false);
            }
            out.push(f);
        }
    }),
};
