//! GOV-001.

use super::*;

/// GOV-001: composition and mandate of a CTS.
pub static GOV_001: Rule = Rule {
    code: "GOV-001",
    severity: Severity::Error,
    category: Category::BusinessRule,
    applies_to: &[
        DocumentKind::ConseilTerritorialSante,
        DocumentKind::Portefeuille,
    ],
    in_force: sources::DECRET_2016_1024.in_force,
    sources: &[sources::CSP_R1434_33, sources::DECRET_2016_1024],
    title: Text::doc("Composition et mandat du conseil territorial de santé", "Composition and mandate of the conseil territorial de santé"),
    message: Text::new(
        "Conseil territorial de santé : {what}.",
        "Conseil territorial de santé: {what}.",
    ),
    help: Text::new(
        "Un CTS compte de 34 à 50 membres : 20 à 28 professionnels et offreurs, 6 à 10 usagers, 4 à 7 représentants des collectivités, 2 à 3 de l'État et de la sécurité sociale, 2 personnalités qualifiées ; ils sont nommés par arrêté du DG ARS pour 5 ans, renouvelables une fois. Corrigez les effectifs ou le mandat.",
        "A CTS has 34 to 50 members: 20 to 28 professionals and providers, 6 to 10 users, 4 to 7 local-authority representatives, 2 to 3 for the State and social security, 2 qualified persons; they are appointed by DG ARS arrêté for 5 years, renewable once. Correct the counts or the mandate.",
    ),
    description: Text::doc(
        "Vérifie l'effectif total (34 à 50), l'effectif de chaque collège, la durée du mandat (5 ans au plus), le nombre de mandats (2 au plus), l'arrêté du DG ARS qui constitue un CTS installé, son installation au plus tard le 1er janvier 2017 et, dans un portefeuille, qu'un territoire n'a qu'un CTS à la fois.",
        "Checks the total size (34 to 50), the size of each college, the length of the mandate (5 years at most), the number of mandates (2 at most), the DG ARS arrêté constituting an installed CTS, its installation by 1 January 2017 at the latest and, in a portfolio, that a territory has only one CTS at a time.",
    ),
    limits: Some(Text::doc(
        "L'unicité du CTS par territoire de démocratie sanitaire n'est vérifiée que dans un portefeuille, entre CTS d'un même territoire (même code, à défaut même nom) dont les mandats connus se chevauchent ; sans liste officielle des territoires, un territoire sans CTS n'est pas signalé. L'installation au 1er janvier 2017 n'est vérifiée que pour un CTS constitué par arrêté de 2016. Les collèges sont reconnus par leur nom (`professionnels`, `usagers`, `collectivites`, `etat_securite_sociale`, `personnalites_qualifiees`) ; un collège au nom inconnu ne compte que dans le total.",
        "Uniqueness of the CTS per territoire de démocratie sanitaire is only checked in a portfolio, between CTS of the same territory (same code, else same name) whose known mandates overlap; without an official list of territories, a territory without a CTS is not reported. Installation by 1 January 2017 is only checked for a CTS constituted by a 2016 arrêté. Colleges are recognised by name (`professionnels`, `usagers`, `collectivites`, `etat_securite_sociale`, `personnalites_qualifiees`); a college with another name only counts in the total.",
    )),
    transition: None,
    requires: &[],
    parameters: &[&params::CTS_INSTALLATION_AVANT],
    messages: &[
        Message::new(
            "doublon",
            "Conseil territorial de santé : le territoire « {territoire} » a déjà un CTS au mandat concomitant ({autre}).",
            "Conseil territorial de santé: territory \"{territoire}\" already has a CTS with an overlapping mandate ({autre}).",
        ),
        Message::new(
            "date_arrete",
            "Conseil territorial de santé : installé, il n'indique pas l'arrêté du DG ARS qui le constitue.",
            "Conseil territorial de santé: installed, it gives no DG ARS arrêté constituting it.",
        ),
        Message::new(
            "installation_tardive",
            "Conseil territorial de santé : constitué en {annee}, il n'est installé que le {installation}, après le {installation_avant}.",
            "Conseil territorial de santé: constituted in {annee}, it was only installed on {installation}, after {installation_avant}.",
        ),
        Message::new(
            "college",
            "Conseil territorial de santé : le collège {college} compte {effectif} membres, hors de l'intervalle {minimum}–{maximum}.",
            "Conseil territorial de santé: the {college} college has {effectif} members, outside {minimum}–{maximum}.",
        ),
        Message::new(
            "total",
            "Conseil territorial de santé : {total} membres au total, hors de l'intervalle {minimum}–{maximum}.",
            "Conseil territorial de santé: {total} members in all, outside {minimum}–{maximum}.",
        ),
        Message::new(
            "mandat",
            "Conseil territorial de santé : le mandat du {debut} au {fin} dépasse {duree_max} ans.",
            "Conseil territorial de santé: the mandate from {debut} to {fin} exceeds {duree_max} years.",
        ),
        Message::new(
            "numero_mandat",
            "Conseil territorial de santé : {numero}e mandat, alors que le mandat n'est renouvelable qu'une fois.",
            "Conseil territorial de santé: mandate no. {numero}, whereas the mandate is renewable once only.",
        ),
    ],
    check: Check::Document(check_gov001),
};

fn check_gov001(ctx: &Ctx<'_>, out: &mut Sink) {
    if let Document::Portefeuille(p) = ctx.doc {
        let cts: Vec<(usize, &crate::model::ConseilTerritorialSante)> = p
            .documents
            .iter()
            .enumerate()
            .filter_map(|(i, d)| match d {
                Document::ConseilTerritorialSante(c) => Some((i, c)),
                _ => None,
            })
            .collect();
        // The CTS of each territory, in document order: a CTS is compared only with the
        // earlier CTS of its own territory, each key computed once. A CTS without a mandate
        // overlaps none, so it is left out.
        let keys: Vec<Option<String>> = cts.iter().map(|(_, c)| tds_key(c)).collect();
        let mut by_key: std::collections::HashMap<&str, Vec<usize>> =
            std::collections::HashMap::new();
        for (k, ((_, c), key)) in cts.iter().zip(&keys).enumerate() {
            if let (Some(key), Some(_)) = (key, c.mandat) {
                by_key.entry(key.as_str()).or_default().push(k);
            }
        }
        for ((k, (j, b)), key) in cts.iter().enumerate().zip(&keys) {
            let (Some(key), Some(_)) = (key, b.mandat) else {
                continue;
            };
            let first = by_key
                .get(key.as_str())
                .into_iter()
                .flatten()
                .take_while(|a| **a < k)
                .filter_map(|a| cts.get(*a))
                .find(|(_, a)| overlap(a.mandat, b.mandat));
            if let Some((i, _)) = first {
                let path = format!("/documents/{j}/territoire");
                let label: String = b
                    .territoire
                    .as_ref()
                    .and_then(|t| t.nom.clone().or_else(|| t.code.clone()))
                    .unwrap_or_default()
                    .chars()
                    .take(80)
                    .collect();
                out.push(
                    Finding::at(path.clone())
                        .param("what", "doublon")
                        .variant("doublon")
                        .display("territoire", label)
                        .display("autre", format!("/documents/{i}"))
                        .input(path, key.clone())
                        .input(format!("/documents/{i}/territoire"), key.clone())
                        .parameter("cts_par_territoire", 1),
                );
            }
        }
        return;
    }
    let Document::ConseilTerritorialSante(c) = ctx.doc else {
        return;
    };
    use crate::model::StatutCts;
    let active = matches!(
        c.statut.as_ref().and_then(|s| s.known()),
        Some(StatutCts::Installe | StatutCts::Renouvele)
    );
    if active && c.date_arrete.is_none() {
        out.push(
            Finding::at("/date_arrete")
                .param("what", "date_arrete")
                .variant("date_arrete")
                .input(
                    "/statut",
                    c.statut
                        .as_ref()
                        .and_then(|s| s.known())
                        .map(|s| s.to_string())
                        .unwrap_or_default(),
                )
                .parameter("requis", "date_arrete")
                // The arrêté exists in law; a description that does not give it is incomplete.
                .not_described(),
        );
    }
    if let (Some(a), Some(inst)) = (c.date_arrete, c.date_installation) {
        if a.before(CTS_INSTALLATION_AVANT)
            .and(inst.after(CTS_INSTALLATION_AVANT))
            .is_yes()
        {
            out.push(
                Finding::at("/date_installation")
                    .param("what", "installation tardive")
                    .variant("installation_tardive")
                    .display("annee", a.year().to_string())
                    .display("installation", inst.to_string())
                    .display("installation_avant", CTS_INSTALLATION_AVANT.to_string())
                    .input("/date_arrete", a.to_string())
                    .input("/date_installation", inst.to_string())
                    .parameter(
                        "installation_au_plus_tard",
                        CTS_INSTALLATION_AVANT.to_string(),
                    ),
            );
        }
    }
    for (key, names, min, max, fr, en) in CTS_COLLEGES {
        if let Some((i, col)) = college(&c.colleges, names) {
            if let Some(n) = col.effectif {
                if n < *min || n > *max {
                    let p = format!("/colleges/{i}/effectif");
                    out.push(
                        Finding::at(p.clone())
                            .param("what", format!("{key}: {n}"))
                            .variant("college")
                            .localized("college", *fr, *en)
                            .display("effectif", n.to_string())
                            .display("minimum", min.to_string())
                            .display("maximum", max.to_string())
                            .input(p, n)
                            .parameter("college", *key)
                            .parameter("minimum", *min)
                            .parameter("maximum", *max),
                    );
                }
            }
        }
    }
    let counts: Option<Vec<u32>> = c.colleges.iter().map(|x| x.effectif).collect();
    if let Some(counts) = counts.filter(|v| !v.is_empty()) {
        // In 64 bits (saturating): a `u32` per college must not wrap to a plausible total.
        let total: u64 = counts
            .iter()
            .fold(0u64, |acc, &n| acc.saturating_add(u64::from(n)));
        if !(34..=50).contains(&total) {
            out.push(
                Finding::at("/colleges")
                    .param("what", format!("total: {total}"))
                    .variant("total")
                    .display("total", total.to_string())
                    .display("minimum", "34")
                    .display("maximum", "50")
                    .input("/colleges", counts)
                    .parameter("minimum", 34)
                    .parameter("maximum", 50),
            );
        }
    }
    if let Some(m) = c.mandat {
        if let (Some(a), Some(b)) = (m.debut, m.fin) {
            if let Some(limit) = a.days().add_years(5) {
                if b.after(limit).is_yes() {
                    out.push(
                        Finding::at("/mandat/fin")
                            .param("what", "mandat")
                            .variant("mandat")
                            .display("debut", a.to_string())
                            .display("fin", b.to_string())
                            .display("duree_max", "5")
                            .input("/mandat/debut", a.to_string())
                            .input("/mandat/fin", b.to_string())
                            .parameter("duree_max_annees", 5),
                    );
                }
            }
        }
    }
    if let Some(n) = c.numero_mandat.filter(|n| *n > 2) {
        out.push(
            Finding::at("/numero_mandat")
                .param("what", format!("numero_mandat: {n}"))
                .variant("numero_mandat")
                .display("numero", n.to_string())
                .input("/numero_mandat", n)
                .parameter("mandats_max", 2),
        );
    }
}
