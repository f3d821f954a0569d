//! CV-002.

use super::*;

/// CV-002: the contrat de ville is intercommunal.
pub static CV_002: Rule = Rule {
    code: "CV-002",
    severity: Severity::Error,
    category: Category::BusinessRule,
    applies_to: &[DocumentKind::ContratDeVille],
    in_force: sources::LOI_2014_173_ART6.in_force,
    sources: &[
        sources::LOI_2014_173_ART6,
        sources::LOI_2014_173_ART24,
        sources::CONSTITUTION_OUTRE_MER,
        sources::CIRC_2023_08_31,
        sources::ANCT_QPV_2023,
    ],
    title: Text::doc("Échelle intercommunale du contrat de ville", "Intercommunal scale of the contrat de ville"),
    message: Text::new(
        "Le contrat de ville est porté {scale}, alors qu'il est conclu à l'échelle intercommunale.",
        "The contrat de ville is carried {scale}, whereas it is concluded at the intercommunal scale.",
    ),
    help: Text::new(
        "Faites porter le contrat par l'EPCI à fiscalité propre (ou l'EPT dans la Métropole du Grand Paris) ; un contrat communal n'est admis qu'outre-mer, à Paris et en petite couronne pour la génération 2015, et, depuis la génération 2024, là où l'EPCI n'exerce pas la compétence politique de la ville.",
        "Have the contract carried by the EPCI à fiscalité propre (or the EPT in the Métropole du Grand Paris); a communal contract is allowed only overseas, in Paris and the petite couronne for the 2015 generation, and, since the 2024 generation, where the EPCI does not hold the politique de la ville competence.",
    ),
    description: Text::doc(
        "La loi n° 2014-173 (art. 6) conclut les contrats de ville à l'échelle intercommunale. Exceptions : les contrats communaux d'outre-mer (portés aussi par un syndicat mixte de communes en Polynésie française, où l'article 24 adapte l'article 6, ou par une collectivité d'outre-mer qui exerce les compétences communales, comme Saint-Martin) et de Paris et de la petite couronne (avant les EPT), et, depuis la circulaire du 31 août 2023, les contrats communaux là où l'EPCI n'exerce pas la compétence politique de la ville. Un porteur d'une autre nature (département, association…) n'est jamais admis.",
        "Law 2014-173 (art. 6) concludes contrats de ville at the intercommunal scale. Exceptions: communal contracts overseas (also carried by a syndicat mixte of communes in Polynésie française, where article 24 adapts article 6, or by an overseas collectivité holding the communes' competences, such as Saint-Martin) and in Paris and the petite couronne (before the EPT), and, since the circulaire of 31 August 2023, communal contracts where the EPCI does not hold the politique de la ville competence. A carrier of another nature (département, association…) is never allowed.",
    ),
    limits: Some(Text::doc(
        "La compétence politique de la ville de l'EPCI n'est pas connue : un contrat communal de génération 2024 est accepté. L'exception Paris et petite couronne est déduite de la liste ANCT des contrats 2015, non d'un texte. Sans porteur, l'échelle est lue dans le périmètre.",
        "The EPCI's politique de la ville competence is not known: a communal 2024-generation contract is accepted. The Paris and petite couronne exception is inferred from the ANCT list of 2015 contracts, not from a text. Without a carrier, the scale is read from the perimeter.",
    )),
    transition: None,
    requires: &[],
    parameters: &[],
    messages: &[
        Message::new(
            "commune",
            "Le contrat de ville est porté à l'échelle communale, alors qu'il est conclu à l'échelle intercommunale.",
            "The contrat de ville is carried at the communal scale, whereas it is concluded at the intercommunal scale.",
        ),
        Message::new(
            "autre",
            "Le contrat de ville est porté par un acteur de nature « {scale} », alors qu'il est conclu à l'échelle intercommunale.",
            "The contrat de ville is carried by an actor of nature \"{scale}\", whereas it is concluded at the intercommunal scale.",
        ),
    ],
    check: Check::Document(|ctx, out| {
        let Document::ContratDeVille(c) = ctx.doc else { return };
        let porteur = c
            .porteur
            .as_deref()
            .and_then(|p| ctx.doc.acteur(p));
        let (path, scale, communes): (String, String, Vec<String>) = match porteur {
            Some(a) => match a.nature {
                NatureActeur::Epci | NatureActeur::Ept => return,
                // Overseas, where the law admits the communal scale, a syndicat mixte of communes
                // (Polynésie française) or a collectivité exercising the communes' competences
                // (Saint-Martin) carries the contract in their place.
                NatureActeur::SyndicatMixte | NatureActeur::CollectiviteOutreMer
                    if util::is_outre_mer(ctx.doc) =>
                {
                    return
                }
                n => {
                    let codes = a
                        .territoire
                        .as_ref()
                        .and_then(|t| t.code.clone())
                        .into_iter()
                        .collect();
                    ("/porteur".to_string(), n.to_string(), codes)
                }
            },
            None => {
                if c.perimetre.is_empty()
                    || c.perimetre
                        .iter()
                        .any(|t| matches!(t.kind, TypeTerritoire::Epci | TypeTerritoire::Ept))
                {
                    return;
                }
                if !c.perimetre.iter().all(|t| t.kind == TypeTerritoire::Commune) {
                    return;
                }
                let codes = c.perimetre.iter().filter_map(|t| t.code.clone()).collect();
                ("/perimetre".to_string(), "commune".to_string(), codes)
            }
        };
        if scale == "commune" {
            let om = util::is_outre_mer(ctx.doc);
            let gp = lif::is_cv2015(ctx.doc) && !communes.is_empty() && communes.iter().all(|x| grand_paris(x));
            let q2030 = util::is_cv2024(ctx.doc);
            if om || gp || q2030 {
                return;
            }
        }
        let mut f = Finding::at(path.clone())
            .param("scale", scale.clone())
            .parameter("echelle_requise", "epci");
        f = if scale == "commune" {
            f.variant("commune")
        } else {
            f.variant("autre")
        };
        if path == "/porteur" {
            f = f.input("/porteur", c.porteur.clone().unwrap_or_default());
        }
        out.push(f);
    }),
};
