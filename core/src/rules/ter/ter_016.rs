//! TER-016.

use super::*;

/// TER-016: the code of a collectivité d'outre-mer is one of the COG's.
pub static TER_016: Rule = Rule {
    code: "TER-016",
    severity: Severity::Warning,
    category: Category::CodeInvalid,
    applies_to: &[],
    in_force: InForce::ALWAYS,
    sources: &[sources::CONSTITUTION_OUTRE_MER, sources::INSEE_COG, sources::REFERENTIEL_EMBARQUE],
    title: Text::doc(
        "Code de collectivité d'outre-mer invalide",
        "Invalid code of an overseas collectivité",
    ),
    message: Text::new(
        "Le code de collectivité d'outre-mer « {code} » {detail}.",
        "Overseas collectivité code \"{code}\" {detail}.",
    ),
    help: Text::new(
        "Utilisez le code du COG, en texte : 975 Saint-Pierre-et-Miquelon, 977 Saint-Barthélemy, 978 Saint-Martin, 986 Wallis-et-Futuna, 987 Polynésie française, 988 Nouvelle-Calédonie. Un département d'outre-mer (971 à 974, 976) se déclare en « departement ».",
        "Use the COG code, as text: 975 Saint-Pierre-et-Miquelon, 977 Saint-Barthélemy, 978 Saint-Martin, 986 Wallis-et-Futuna, 987 Polynésie française, 988 Nouvelle-Calédonie. An overseas département (971 to 974, 976) is declared as \"departement\".",
    ),
    description: Text::doc(
        "Les collectivités d'outre-mer régies par l'article 74 de la Constitution (Saint-Pierre-et-Miquelon, Saint-Barthélemy, Saint-Martin, Wallis-et-Futuna, Polynésie française) et la Nouvelle-Calédonie (titre XIII) ont un code au Code officiel géographique. Les Terres australes et antarctiques françaises (984) et Clipperton (989), que l'article 72-3 place à part, ne sont pas des collectivités ; les départements d'outre-mer ne sont pas des collectivités d'outre-mer.",
        "The overseas collectivités governed by article 74 of the Constitution (Saint-Pierre-et-Miquelon, Saint-Barthélemy, Saint-Martin, Wallis-et-Futuna, Polynésie française) and Nouvelle-Calédonie (title XIII) have a code in the Code officiel géographique. The Terres australes et antarctiques françaises (984) and Clipperton (989), which article 72-3 sets apart, are not collectivités; overseas départements are not overseas collectivités.",
    ),
    limits: Some(Text::doc(
        "Avec le référentiel, le code doit y figurer en zone « com » ; sans lui, la liste des six codes du COG 2026 est employée.",
        "With the référentiel, the code must be listed in zone \"com\"; without it, the list of the six codes of COG 2026 is used.",
    )),
    transition: None,
    requires: &[],
    parameters: &[],
    messages: &[
        Message::new(
            "hors_collectivite",
            "Le code de collectivité d'outre-mer « {code} » désigne les Terres australes et antarctiques françaises ou Clipperton, qui ne sont pas des collectivités (Constitution, art. 72-3).",
            "Overseas collectivité code \"{code}\" names the Terres australes et antarctiques françaises or Clipperton, which are not collectivités (Constitution, art. 72-3).",
        ),
        Message::new(
            "departement",
            "Le code de collectivité d'outre-mer « {code} » désigne un département : déclarez-le en « departement ».",
            "Overseas collectivité code \"{code}\" names a département: declare it as \"departement\".",
        ),
        Message::new(
            "inconnu",
            "Le code de collectivité d'outre-mer « {code} » ne désigne aucune collectivité d'outre-mer.",
            "Overseas collectivité code \"{code}\" names no overseas collectivité.",
        ),
    ],
    check: Check::Document(|ctx, out| {
        for t in territoires(ctx) {
            if t.kind != TypeTerritoire::CollectiviteOutreMer {
                continue;
            }
            let c = t.code;
            let known = match ctx.referentiel {
                Some(r) => r.collectivite_outre_mer(c).is_some(),
                None => COLLECTIVITES_OUTRE_MER.contains(&c),
            };
            if known {
                continue;
            }
            let w = match c {
                "984" | "989" => "hors_collectivite",
                x if is_departement(x) => "departement",
                _ => "inconnu",
            };
            out.push(
                Finding::at(t.path())
                    .param("code", short(c))
                    .param("detail", w)
                    .variant(w)
                    .input(t.path(), c.to_string()),
            );
        }
    }),
};
