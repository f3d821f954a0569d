//! TER-002.

use super::*;

/// TER-002: a département code is one of the 101 départements.
pub static TER_002: Rule = Rule {
    code: "TER-002",
    severity: Severity::Warning,
    category: Category::CodeInvalid,
    applies_to: &[],
    in_force: InForce::ALWAYS,
    sources: &[sources::INSEE_COG],
    title: Text::doc("Code département invalide", "Invalid département code"),
    message: Text::new(
        "Le code département « {code} » {detail}.",
        "Département code \"{code}\" {detail}.",
    ),
    help: Text::new(
        "Utilisez 01 à 19, 2A, 2B, 21 à 95, 971, 972, 973, 974 ou 976, écrits en texte.",
        "Use 01 to 19, 2A, 2B, 21 to 95, 971, 972, 973, 974 or 976, written as text.",
    ),
    description: Text::doc(
        "Les 101 départements : 96 métropolitains (dont 2A et 2B, la Corse n'ayant plus de code 20 depuis 1976) et 5 d'outre-mer (971 à 974, 976). Saint-Pierre-et-Miquelon (975), Saint-Barthélemy (977) et Saint-Martin (978) sont des collectivités d'outre-mer, pas des départements.",
        "The 101 départements: 96 metropolitan (including 2A and 2B, Corsica having had no code 20 since 1976) and 5 overseas (971 to 974, 976). Saint-Pierre-et-Miquelon (975), Saint-Barthélemy (977) and Saint-Martin (978) are overseas collectivités, not départements.",
    ),
    limits: Some(Text::doc(
        "Liste de connaissance générale (GK), conforme au COG 2026.",
        "General-knowledge list (GK), consistent with COG 2026.",
    )),
    transition: None,
    requires: &[],
    parameters: &[],
    messages: &[
        Message::new(
            "corse",
            "Le code département « {code} » n'existe plus depuis 1976 : la Corse a deux départements, 2A et 2B.",
            "Département code \"{code}\" no longer exists since 1976: Corsica has two départements, 2A and 2B.",
        ),
        Message::new(
            "collectivite_outre_mer",
            "Le code département « {code} » désigne une collectivité d'outre-mer, pas un département : déclarez-la en « collectivite_outre_mer ».",
            "Département code \"{code}\" names an overseas collectivité, not a département: declare it as \"collectivite_outre_mer\".",
        ),
        Message::new(
            "zero_initial",
            "Le code département « {code} » a perdu son zéro initial.",
            "Département code \"{code}\" lost its leading zero.",
        ),
        Message::new(
            "inconnu",
            "Le code département « {code} » ne désigne aucun département.",
            "Département code \"{code}\" names no département.",
        ),
    ],
    check: Check::Document(|ctx, out| {
        let mut items: Vec<(String, String)> = territoires(ctx)
            .iter()
            .filter(|t| t.kind == TypeTerritoire::Departement)
            .map(|t| (t.path(), t.code.to_string()))
            .collect();
        items.extend(strings(ctx.doc).departements);
        for (path, c) in items {
            if is_departement(&c) {
                continue;
            }
            let key = match c.as_str() {
                "20" => "corse",
                x if COLLECTIVITES_OUTRE_MER.contains(&x) => "collectivite_outre_mer",
                x if x.len() == 1 && x.bytes().all(|b| b.is_ascii_digit()) => "zero_initial",
                _ => "inconnu",
            };
            out.push(
                Finding::at(path.clone())
                    .param("code", short(&c))
                    .param("detail", "invalide")
                    .variant(key)
                    .input(path, c.clone()),
            );
        }
    }),
};
