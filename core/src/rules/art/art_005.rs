//! ART-005.

use super::*;

/// ART-005: a CLS attached to one conseil territorial de santé.
pub static ART_005: Rule = Rule {
    code: "ART-005",
    severity: Severity::Warning,
    category: Category::Conflict,
    applies_to: &[DocumentKind::Portefeuille],
    in_force: params::REGIONS_2016_DEPUIS.since(),
    sources: &[sources::CSP_L1434_10],
    title: Text::doc("CLS à cheval sur deux territoires de démocratie sanitaire", "CLS straddling two territoires de démocratie sanitaire"),
    message: Text::new(
        "Le périmètre du CLS ({departements}) n'est contenu dans le territoire d'aucun conseil territorial de santé du portefeuille : il est à cheval sur plusieurs territoires de démocratie sanitaire.",
        "The CLS perimeter ({departements}) lies within the territory of no conseil territorial de santé of the portfolio: it straddles several territoires de démocratie sanitaire.",
    ),
    help: Text::new(
        "Rattachez le CLS au CTS dont le territoire contient son périmètre, ou signalez explicitement qu'il est à cheval sur deux territoires de démocratie sanitaire.",
        "Attach the CLS to the CTS whose territory contains its perimeter, or state explicitly that it straddles two territoires de démocratie sanitaire.",
    ),
    description: Text::doc(
        "Le CTS s'appuie notamment sur les CLS pour établir le diagnostic territorial partagé : un CLS relève d'un seul territoire de démocratie sanitaire, celui qui contient son périmètre. Sur un portefeuille comprenant des CTS, un CLS dont les départements relèvent de CTS différents sans qu'un seul les couvre tous est signalé.",
        "The CTS draws notably on CLS for the diagnostic territorial partagé: a CLS belongs to one territoire de démocratie sanitaire, the one containing its perimeter. On a portfolio including CTS, a CLS whose départements fall under different CTS with none covering them all is flagged.",
    ),
    limits: Some(Text::doc(
        "Les territoires des CTS sont comparés par départements (« departements » du CTS) : dans un département partagé entre plusieurs territoires (ex. Nord : Métropole-Flandres et Hainaut), la règle ne peut trancher et ne signale rien. Un CLS qu'aucun CTS du portefeuille ne couvre n'est pas signalé.",
        "CTS territories are compared by département (the CTS's \"departements\"): in a département split between several territories (e.g. Nord: Métropole-Flandres and Hainaut) the rule cannot decide and flags nothing. A CLS covered by no CTS of the portfolio is not flagged.",
    )),
    transition: None,
    requires: &[],
    parameters: &[&params::REGIONS_2016_DEPUIS],
    messages: &[],
    check: Check::Document(|ctx, out| {
        let Document::Portefeuille(p) = ctx.doc else { return };
        let cts: Vec<(usize, BTreeSet<String>)> = p
            .documents
            .iter()
            .enumerate()
            .filter_map(|(j, d)| match d {
                Document::ConseilTerritorialSante(c) if !c.departements.is_empty() => {
                    Some((j, c.departements.iter().cloned().collect()))
                }
                _ => None,
            })
            .collect();
        if cts.is_empty() {
            return;
        }
        // The CTS naming each département: a CLS is compared only with the CTS of its first
        // département (any CTS covering all its départements is one of them).
        let mut by_dep: HashMap<&str, Vec<usize>> = HashMap::new();
        for (k, (_, s)) in cts.iter().enumerate() {
            for x in s {
                by_dep.entry(x.as_str()).or_default().push(k);
            }
        }
        for (i, d) in p.documents.iter().enumerate() {
            if !matches!(d, Document::ContratLocalSante(_)) {
                continue;
            }
            let deps = util::departements(d);
            if deps.len() < 2 {
                continue;
            }
            let every_dep_covered = deps.iter().all(|x| by_dep.contains_key(x.as_str()));
            let one_covers_all = deps
                .first()
                .and_then(|x| by_dep.get(x.as_str()))
                .into_iter()
                .flatten()
                .filter_map(|k| cts.get(*k))
                .any(|(_, s)| deps.is_subset(s));
            if every_dep_covered && !one_covers_all {
                let list: Vec<String> = deps.iter().cloned().collect();
                out.push(
                    Finding::at(format!("/documents/{i}/perimetre"))
                        .param("departements", list.clone())
                        .parameter("cts", cts.iter().map(|(j, _)| format!("/documents/{j}")).collect::<Vec<_>>()),
                );
            }
        }
    }),
};
