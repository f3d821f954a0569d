//! CLS-009.

use super::*;

/// CLS-009: perimeter of a CLS.
pub static CLS_009: Rule = Rule {
    code: "CLS-009",
    severity: Severity::Warning,
    category: Category::BusinessRule,
    applies_to: &[DocumentKind::ContratLocalSante],
    in_force: params::CLS_DEPUIS.since(),
    sources: &[sources::FTS_CLS, sources::ARS_HDF_CLS, sources::ARS_PACA_CLS],
    title: Text::doc("Périmètre du contrat local de santé", "Perimeter of the contrat local de santé"),
    message: Text::new(
        "Périmètre du CLS : {problem}.",
        "CLS perimeter: {problem}.",
    ),
    help: Text::new(
        "Décrivez le périmètre par ses communes, son EPCI, son PETR ou pays (« autre »), ou le bassin de santé ; en Hauts-de-France, l'ARS recommande l'échelle de l'EPCI (dérogation pour les grandes villes).",
        "Describe the perimeter by its communes, EPCI, PETR or pays (\"autre\"), or health basin; in Hauts-de-France the ARS recommends the EPCI scale (with a derogation for large cities).",
    ),
    description: Text::doc(
        "La loi ne fixe pas le périmètre d'un CLS : commune, EPCI, PETR ou pays, métropole, bassin de santé. Un département, une région ou un territoire de démocratie sanitaire n'en sont pas un périmètre habituel ; en Hauts-de-France le guide régional recommande l'EPCI. Un périmètre absent ne peut être vérifié.",
        "The law does not fix a CLS's perimeter: commune, EPCI, PETR or pays, métropole, health basin. A département, a région or a territoire de démocratie sanitaire are not usual perimeters; in Hauts-de-France the regional guide recommends the EPCI. A missing perimeter cannot be checked.",
    ),
    limits: Some(Text::doc(
        "Le guide Hauts-de-France ne chiffre pas sa dérogation « grandes villes » : la règle l'accorde aux communes de 50 000 habitants ou plus (Saint-Quentin, Villeneuve-d'Ascq, Dunkerque, Lille, Roubaix, Tourcoing, Beauvais, Calais, Amiens ; populations légales, COG 2026).",
        "The Hauts-de-France guide gives no figure for its \"large cities\" derogation: the rule grants it to communes of 50,000 inhabitants or more (Saint-Quentin, Villeneuve-d'Ascq, Dunkerque, Lille, Roubaix, Tourcoing, Beauvais, Calais, Amiens; legal populations, COG 2026).",
    )),
    transition: None,
    requires: &["/perimetre"],
    parameters: &[&params::CLS_DEPUIS],
    messages: &[
        Message::new(
            "absent",
            "Périmètre du CLS : aucun territoire n'est indiqué.",
            "CLS perimeter: no territory is given.",
        ),
        Message::new(
            "echelle",
            "Périmètre du CLS : « {problem} » n'est pas un périmètre habituel de CLS (commune, EPCI, PETR, bassin de santé).",
            "CLS perimeter: \"{problem}\" is not a usual CLS perimeter (commune, EPCI, PETR, health basin).",
        ),
        Message::new(
            "hdf_epci",
            "Périmètre du CLS : en Hauts-de-France, l'ARS recommande l'échelle de l'EPCI plutôt que la commune.",
            "CLS perimeter: in Hauts-de-France the ARS recommends the EPCI scale rather than the commune.",
        ),
    ],
    check: Check::Document(|ctx, out| {
        let Document::ContratLocalSante(c) = ctx.doc else { return };
        if c.perimetre.is_empty() {
            out.push(
                util::missing(ctx, "/perimetre")
                    .param("problem", "absent")
                    .variant("absent"),
            );
            return;
        }
        for (i, t) in c.perimetre.iter().enumerate() {
            if matches!(
                t.kind,
                TypeTerritoire::Departement | TypeTerritoire::Region | TypeTerritoire::TerritoireDemocratieSanitaire
            ) {
                out.push(
                    Finding::at(format!("/perimetre/{i}"))
                        .param("problem", t.kind.to_string())
                        .variant("echelle")
                        .input(format!("/perimetre/{i}/type"), t.kind.to_string()),
                );
            }
        }
        let hdf = util::region(ctx.doc).as_deref() == Some("32");
        let big_city = c.perimetre.iter().any(|t| {
            t.kind == TypeTerritoire::Commune
                && t.code.as_deref().is_some_and(|x| HDF_GRANDES_VILLES.contains(&x))
        });
        let only_communes = !big_city && c
            .perimetre
            .iter()
            .all(|t| matches!(t.kind, TypeTerritoire::Commune | TypeTerritoire::Qpv | TypeTerritoire::QuartierVeille));
        if hdf && only_communes {
            out.push(
                Finding::at("/perimetre")
                    .param("problem", "hdf_epci")
                    .variant("hdf_epci")
                    .parameter("region", "32")
                    .parameter("echelle_recommandee", "epci"),
            );
        }
    }),
};
