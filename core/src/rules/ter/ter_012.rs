//! TER-012.

use super::*;

/// TER-012: a territoire de démocratie sanitaire lies in one région (two for a joint TDS).
pub static TER_012: Rule = Rule {
    code: "TER-012",
    severity: Severity::Error,
    category: Category::Invariant,
    applies_to: &[DocumentKind::ConseilTerritorialSante],
    in_force: params::TDS_ECHEANCE.since(),
    sources: &[sources::CSP_L1434_9, sources::REFERENTIEL_EMBARQUE],
    title: Text::doc("Territoire de démocratie sanitaire non infra-régional", "Territoire de démocratie sanitaire not infra-regional"),
    message: Text::new(
        "Le territoire de démocratie sanitaire {detail}.",
        "The territoire de démocratie sanitaire {detail}.",
    ),
    help: Text::new(
        "Un TDS est défini par le DG ARS à l'intérieur de sa région ; seul un TDS commun à deux ARS peut couvrir deux régions. Vérifiez les régions et départements déclarés.",
        "A TDS is defined by the DG ARS within its région; only a TDS shared by two ARS may cover two régions. Check the régions and départements given.",
    ),
    description: Text::doc(
        "Les territoires de démocratie sanitaire sont infra-régionaux (un CTS par TDS) ; deux ARS peuvent définir un TDS commun. Un TDS ne peut donc relever de plus de deux régions, et ses départements doivent appartenir aux régions déclarées.",
        "Territoires de démocratie sanitaire are infra-regional (one CTS per TDS); two ARS may define a joint TDS. A TDS therefore cannot belong to more than two régions, and its départements must belong to the régions given.",
    ),
    limits: Some(Text::doc(
        "Il n'existe pas de liste nationale des TDS : la règle ne vérifie que la cohérence des régions et départements déclarés (départements → régions par le référentiel).",
        "There is no national list of TDS: the rule only checks the consistency of the régions and départements given (départements → régions through the référentiel).",
    )),
    transition: None,
    requires: &[],
    parameters: &[&params::TDS_ECHEANCE],
    messages: &[
        Message::new(
            "trop_de_regions",
            "Le territoire de démocratie sanitaire relève de {nombre} régions ({regions}) : au plus deux pour un TDS commun.",
            "The territoire de démocratie sanitaire belongs to {nombre} régions ({regions}): at most two for a joint TDS.",
        ),
        Message::new(
            "departement_hors_region",
            "Le territoire de démocratie sanitaire comprend le département {departement} ({nom}), de la région {region}, qui n'est pas parmi ses régions.",
            "The territoire de démocratie sanitaire includes département {departement} ({nom}), of région {region}, which is not among its régions.",
        ),
        Message::new(
            "trop_de_regions_departements",
            "Le territoire de démocratie sanitaire a des départements de plus de deux régions.",
            "The territoire de démocratie sanitaire has départements of more than two régions.",
        ),
    ],
    check: Check::Document(|ctx, out| {
        let Document::ConseilTerritorialSante(c) = ctx.doc else { return };
        let mut regions: BTreeSet<&str> = c.regions.iter().map(String::as_str).collect();
        if regions.len() > 2 {
            out.push(
                Finding::at("/regions")
                    .param("detail", "trop_de_regions")
                    .param("regions", c.regions.clone())
                    .variant("trop_de_regions")
                    .display("nombre", regions.len().to_string())
                    .input("/regions", c.regions.clone()),
            );
            return;
        }
        let Some(r) = ctx.referentiel else { return };
        let declared = !regions.is_empty();
        for (i, d) in c.departements.iter().enumerate() {
            let Some(dep) = r.departement(d) else { continue };
            let path = format!("/departements/{i}");
            if declared && !regions.contains(dep.region.as_str()) {
                out.push(
                    Finding::at(path.clone())
                        .param("detail", "departement_hors_region")
                        .param("departement", d.clone())
                        .variant("departement_hors_region")
                        .display("nom", dep.nom.to_string())
                        .display("region", dep.region.to_string())
                        .input(path, d.clone()),
                );
            } else if !declared {
                regions.insert(dep.region.as_str());
                if regions.len() > 2 {
                    out.push(
                        Finding::at(path.clone())
                            .param("detail", "trop_de_regions")
                            .param("departement", d.clone())
                            .variant("trop_de_regions_departements")
                            .input(path, d.clone()),
                    );
                    return;
                }
            }
        }
    }),
};
