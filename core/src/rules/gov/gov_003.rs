//! GOV-003.

use super::*;

/// GOV-003: categories of members L1434-10 I requires in a CTS.
pub static GOV_003: Rule = Rule {
    code: "GOV-003",
    severity: Severity::Error,
    category: Category::Required,
    applies_to: &[DocumentKind::ConseilTerritorialSante],
    in_force: sources::CSP_L1434_10.in_force,
    sources: &[sources::CSP_L1434_10, sources::LOI_2019_774, sources::SENAT_QE_00800],
    title: Text::doc("Membres obligatoires du conseil territorial de santé", "Mandatory members of the conseil territorial de santé"),
    message: Text::new(
        "La composition du conseil territorial de santé ne comprend pas : {missing}.",
        "The composition of the conseil territorial de santé does not include: {missing}.",
    ),
    help: Text::new(
        "Le CTS comprend notamment des représentants des élus des collectivités territoriales, des services départementaux de PMI et des différentes catégories d'acteurs de santé du territoire, un membre du comité de massif en zone de montagne et, depuis la loi du 24 juillet 2019, les députés et sénateurs élus dans son ressort ; indiquez-les dans `representations`.",
        "The CTS includes representatives of the elected officials of the collectivités, of the départemental PMI services and of the categories of health actors of the territory, a member of the comité de massif in a mountain area and, since the law of 24 July 2019, the deputies and senators elected in its area; list them in `representations`.",
    ),
    description: Text::doc(
        "Vérifie, quand le document décrit sa composition (`representations` ou collèges), qu'y figurent les élus des collectivités et les acteurs de santé (les collèges `collectivites` et `professionnels` en valent représentation) ; quand `representations` est renseigné, aussi les services de PMI, le comité de massif si `zone_de_montagne` est vrai et, à partir du 27 juillet 2019, les parlementaires.",
        "Checks, when the document describes its composition (`representations` or colleges), that it includes elected officials and health actors (the `collectivites` and `professionnels` colleges count as such); when `representations` is given, also the PMI services, the comité de massif if `zone_de_montagne` is true and, from 27 July 2019, the members of parliament.",
    ),
    limits: Some(Text::doc(
        "Un CTS décrit par ses seuls collèges n'est vérifié que sur les élus et les acteurs de santé : les collèges de l'article R1434-33 (non modifié après la loi de 2019) ne disent rien des services de PMI, du comité de massif ni des parlementaires. La date du 27 juillet 2019 (lendemain de la publication de la loi) n'a pas été vérifiée sur Légifrance. Une composition qui n'est pas décrite n'est pas vérifiée.",
        "A CTS described by its colleges only is checked for elected officials and health actors only: the colleges of article R1434-33 (not amended after the 2019 law) say nothing of PMI services, the comité de massif or members of parliament. The date of 27 July 2019 (the day after the law's publication) was not verified on Légifrance. A composition that is not described is not checked.",
    )),
    transition: Some(Text::doc(
        "Les députés et sénateurs élus dans le ressort du conseil (loi n° 2019-774) ne sont exigés que d'un conseil constitué ou renouvelé depuis le 27 juillet 2019 (date de l'arrêté, du début du mandat ou de l'installation, la plus récente) ; un conseil constitué en 2016 garde sa composition jusqu'à son renouvellement.",
        "The deputies and senators elected in the council's area (loi n° 2019-774) are required only of a council constituted or renewed since 27 July 2019 (date of the arrêté, of the start of the mandate or of the installation, the latest); a council constituted in 2016 keeps its composition until renewed.",
    )),
    requires: &[],
    parameters: &[&params::CTS_PARLEMENTAIRES_DEPUIS, &params::CTS_COMPOSITION],
    messages: &[],
    check: Check::Document(|ctx, out| {
        let Document::ConseilTerritorialSante(c) = ctx.doc else { return };
        if c.representations.is_empty() && c.colleges.is_empty() {
            return;
        }
        let has = |r: RepresentationCts| c.representations.contains(&r);
        let mut missing: Vec<(&str, &str, &str)> = Vec::new();
        if !has(RepresentationCts::ElusCollectivites)
            && college(&c.colleges, &["collectivites", "collectivites_territoriales"]).is_none()
        {
            missing.push(("elus_collectivites", "les élus des collectivités territoriales", "elected officials of local authorities"));
        }
        let declared = !c.representations.is_empty();
        if declared && !has(RepresentationCts::ServicesPmi) {
            missing.push(("services_pmi", "les services départementaux de PMI", "the départemental PMI services"));
        }
        if !has(RepresentationCts::ActeursSante)
            && college(&c.colleges, &["professionnels", "offreurs", "professionnels_offreurs"]).is_none()
        {
            missing.push(("acteurs_sante", "les catégories d'acteurs de santé", "the categories of health actors"));
        }
        if declared && c.zone_de_montagne == Some(true) && !has(RepresentationCts::ComiteMassif) {
            missing.push(("comite_massif", "un membre du comité de massif", "a member of the comité de massif"));
        }
        // The députés and sénateurs join councils constituted or renewed under the 2019
        // wording; a council constituted in 2016 keeps its composition until renewed. Without
        // a date of constitution or renewal, which wording applies cannot be told.
        let composed = [c.date_arrete, c.mandat.and_then(|m| m.debut), c.date_installation]
            .into_iter()
            .flatten()
            .max_by_key(|d| (d.last_day(), d.first_day()));
        let wording_2019 = composed.is_some_and(|d| CTS_COMPOSITION.at_every_day(d) == Some(2019));
        if declared && wording_2019 && !has(RepresentationCts::Parlementaires) {
            missing.push(("parlementaires", "les députés et sénateurs élus dans son ressort", "the deputies and senators elected in its area"));
        }
        if !missing.is_empty() {
            let mut f = Finding::at("/representations").parameter("representations_requises", vec!["elus_collectivites", "services_pmi", "acteurs_sante"])
                .param("missing", missing.iter().map(|m| m.0).collect::<Vec<_>>())
                .localized(
                    "missing",
                    missing.iter().map(|m| m.1).collect::<Vec<_>>().join(", "),
                    missing.iter().map(|m| m.2).collect::<Vec<_>>().join(", "),
                )
                .input("/representations", c.representations.iter().map(|r| r.to_string()).collect::<Vec<_>>());
            if let Some(z) = c.zone_de_montagne {
                f = f.input("/zone_de_montagne", z);
            }
            if let (true, Some(d)) = (wording_2019, composed) {
                f = f.parameter("parlementaires_depuis", PARLEMENTAIRES_DEPUIS.to_string())
                    .parameter("composition_du", d.to_string());
            }
            out.push(f);
        }
    }),
};
