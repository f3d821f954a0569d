//! PAR-001.

use super::*;

/// PAR-001: every QPV of a contrat de ville has a conseil citoyen (portfolio).
pub static PAR_001: Rule = Rule {
    code: "PAR-001",
    severity: Severity::Error,
    category: Category::Conflict,
    applies_to: &[DocumentKind::Portefeuille],
    in_force: sources::LOI_2014_173_ART7.in_force,
    sources: &[sources::LOI_2014_173_ART7, sources::CIRC_CC_2017],
    title: Text::doc("Un conseil citoyen par quartier prioritaire", "A conseil citoyen for each QPV"),
    message: Text::new(
        "Le quartier prioritaire {qpv} du contrat de ville {contrat} n'a pas de conseil citoyen dans le portefeuille.",
        "The QPV {qpv} of contrat de ville {contrat} has no conseil citoyen in the portfolio.",
    ),
    help: Text::new(
        "Un conseil citoyen est mis en place dans chaque quartier prioritaire ; ajoutez au portefeuille le conseil citoyen qui couvre ce quartier (il peut en couvrir plusieurs), ou faites-le créer.",
        "A conseil citoyen is set up in each quartier prioritaire; add to the portfolio the conseil citoyen covering this quartier (it may cover several), or have one created.",
    ),
    description: Text::doc(
        "Dans un portefeuille, chaque QPV listé dans `quartiers` d'un contrat de ville doit figurer dans les `qpv` d'un conseil citoyen du portefeuille (rattaché à ce contrat, ou sans contrat indiqué). Les quartiers sont rapprochés par code, à défaut par nom.",
        "In a portfolio, each QPV listed in a contrat de ville's `quartiers` must appear in the `qpv` of a conseil citoyen of the portfolio (attached to that contract, or with no contract given). Quartiers are matched by code, else by name.",
    ),
    limits: Some(Text::doc(
        "La règle suppose le portefeuille complet pour les conseils citoyens des contrats qu'il contient. Les quartiers de veille ne sont pas concernés.",
        "The rule assumes the portfolio is complete as to the conseils citoyens of the contracts it holds. Quartiers de veille are not concerned.",
    )),
    transition: None,
    requires: &[],
    parameters: &[],
    messages: &[],
    check: Check::Document(|ctx, out| {
        let Document::Portefeuille(p) = ctx.doc else { return };
        let conseils: Vec<&ConseilCitoyen> = p
            .documents
            .iter()
            .filter_map(|d| match d {
                Document::ConseilCitoyen(c) => Some(c),
                _ => None,
            })
            .collect();
        // The conseils naming each QPV, by code and by name, so that a quartier is compared
        // only with the conseils that may cover it (`same_qpv` matches by code when both sides
        // have one, else by name) instead of with every conseil.
        let mut by_code: HashMap<String, Vec<usize>> = HashMap::new();
        let mut by_name: HashMap<String, Vec<usize>> = HashMap::new();
        let mut by_name_sans_code: HashMap<String, Vec<usize>> = HashMap::new();
        for (k, cc) in conseils.iter().enumerate() {
            for x in &cc.qpv {
                if let Some(c) = &x.code {
                    by_code.entry(norm(c)).or_default().push(k);
                }
                if let Some(n) = &x.nom {
                    by_name.entry(norm(n)).or_default().push(k);
                    if x.code.is_none() {
                        by_name_sans_code.entry(norm(n)).or_default().push(k);
                    }
                }
            }
        }
        for (i, d) in p.documents.iter().enumerate() {
            let Document::ContratDeVille(cv) = d else { continue };
            for (j, q) in cv.quartiers.iter().enumerate() {
                if q.kind != TypeTerritoire::Qpv {
                    continue;
                }
                let (named, sans_code) = match (&q.code, &q.nom) {
                    (Some(c), n) => (
                        by_code.get(&norm(c)),
                        n.as_ref().and_then(|n| by_name_sans_code.get(&norm(n))),
                    ),
                    (None, Some(n)) => (by_name.get(&norm(n)), None),
                    (None, None) => (None, None),
                };
                let covered = named
                    .into_iter()
                    .chain(sans_code)
                    .flatten()
                    .filter_map(|k| conseils.get(*k))
                    .any(|cc| {
                        let same_contract = match (&cc.contrat_de_ville, &cv.code) {
                            (Some(a), Some(b)) => norm(a) == norm(b),
                            _ => true,
                        };
                        same_contract && cc.qpv.iter().any(|x| same_qpv(x, q))
                    });
                if !covered {
                    let label = q
                        .code
                        .clone()
                        .or_else(|| q.nom.clone())
                        .unwrap_or_else(|| format!("#{j}"));
                    let shown = match (&q.code, &q.nom) {
                        (Some(c), Some(n)) => format!("{c} ({n})"),
                        _ => label.clone(),
                    };
                    let path = format!("/documents/{i}/quartiers/{j}");
                    out.push(
                        Finding::at(path.clone())
                            .param("qpv", label.clone())
                            .display("qpv", shown.chars().take(120).collect::<String>())
                            .param("contrat", cv.code.clone().unwrap_or_else(|| "—".into()))
                            .input(path, label)
                            .parameter(
                                "conseils_citoyens_du_portefeuille",
                                conseils.iter().map(|c| c.id.clone().unwrap_or_default()).collect::<Vec<_>>(),
                            ),
                    );
                }
            }
        }
    }),
};
