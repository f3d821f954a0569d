//! TER-001.

use super::*;

/// TER-001: a commune code is well formed and exists in the référentiel.
pub static TER_001: Rule = Rule {
    code: "TER-001",
    severity: Severity::Warning,
    category: Category::CodeInvalid,
    applies_to: &[],
    in_force: InForce::ALWAYS,
    sources: &[sources::INSEE_COG, sources::REFERENTIEL_EMBARQUE, sources::GAZETTEER],
    title: Text::doc("Code commune invalide ou inconnu", "Invalid or unknown commune code"),
    message: Text::new(
        "Le code commune « {code} » {detail}.",
        "Commune code \"{code}\" {detail}.",
    ),
    help: Text::new(
        "Écrivez le code INSEE de la commune sur 5 caractères, en texte (« 01053 », « 2A004 ») ; vérifiez-le dans le Code officiel géographique en vigueur.",
        "Write the commune's INSEE code as 5 characters, as text (\"01053\", \"2A004\"); check it in the Code officiel géographique in force.",
    ),
    description: Text::doc(
        "Un code commune INSEE a 5 caractères : département sur 2 caractères (01 à 95 sauf 20, 2A, 2B) puis 3 chiffres, ou 97x/98x puis 2 chiffres outre-mer. Un code stocké en nombre perd son zéro initial (« 1053 » pour 01053). Avec le référentiel, le code doit désigner une commune actuelle ou un arrondissement municipal du millésime.",
        "An INSEE commune code has 5 characters: a 2-character département (01 to 95 except 20, 2A, 2B) then 3 digits, or 97x/98x then 2 digits overseas. A code stored as a number loses its leading zero (\"1053\" for 01053). With the référentiel, the code must name a commune actuelle or an arrondissement municipal of the vintage.",
    ),
    limits: Some(Text::doc(
        "Le format est de connaissance générale (GK). Les codes de collectivités d'outre-mer (975, 977, 978, 984 à 989) sont acceptés : ils figurent au COG. Un code absent du référentiel n'est une erreur que si le document date du millésime ou après ; avant, TER-013 avertit. Un code créé après le millésime chargé serait signalé à tort : chargez un millésime plus récent.",
        "The format is general knowledge (GK). Codes of overseas collectivités (975, 977, 978, 984 to 989) are accepted: they are in the COG. A code absent from the référentiel is an error only when the document dates from the vintage or later; before, TER-013 warns. A code created after the loaded vintage would be wrongly reported: load a newer vintage.",
    )),
    transition: None,
    requires: &[],
    parameters: &[],
    messages: &[
        Message::new(
            "zero_initial",
            "Le code commune « {code} » a perdu son zéro initial : écrivez « {corrige} ».",
            "Commune code \"{code}\" lost its leading zero: write \"{corrige}\".",
        ),
        Message::new(
            "format",
            "Le code commune « {code} » n'a pas la forme d'un code INSEE (5 caractères : 2 pour le département, 3 chiffres).",
            "Commune code \"{code}\" is not shaped as an INSEE code (5 characters: 2 for the département, 3 digits).",
        ),
        Message::new(
            "fusionnee",
            "Le code commune « {code} » n'existe plus au {referentiel} : la commune fait partie de {commune} ({commune_code}).",
            "Commune code \"{code}\" no longer exists in {referentiel}: the commune is now part of {commune} ({commune_code}).",
        ),
        Message::new(
            "inconnu",
            "Le code commune « {code} » n'existe pas au {referentiel}.",
            "Commune code \"{code}\" does not exist in {referentiel}.",
        ),
    ],
    check: Check::Document(|ctx, out| {
        // Codes may be older than the référentiel unless the document is certainly not.
        let predates = !predates(ctx).is_no();
        for t in territoires(ctx) {
            if t.kind != TypeTerritoire::Commune {
                continue;
            }
            let c = t.code;
            // Built only for a code that is reported: most codes are fine.
            let f = || Finding::at(t.path()).param("code", short(c)).input(t.path(), c);
            if !is_commune_format(c) {
                let found = if c.len() == 4 && c.bytes().all(|b| b.is_ascii_digit()) {
                    f().variant("zero_initial").display("corrige", format!("0{c}"))
                } else {
                    f().variant("format")
                };
                out.push(found.param("detail", "format"));
                continue;
            }
            let Some(r) = ctx.referentiel else { continue };
            if r.commune(c).is_some() || predates {
                continue;
            }
            let now = r
                .communes_by_ancien_code(c)
                .next()
                .or_else(|| r.communes_with_code(c).find_map(|x| x.parent.as_deref().and_then(|p| r.commune(p))));
            let found = match now {
                Some(n) => f()
                    .variant("fusionnee")
                    .display("commune", n.nom.to_string())
                    .display("commune_code", n.code.to_string()),
                None => f().variant("inconnu"),
            };
            out.push(
                found
                    .display("referentiel", r.vintage.clone())
                    .param("detail", "inconnu")
                    .parameter("referentiel", r.vintage.clone())
                    .parameter("date_reference", ref_date(ctx).to_string()),
            );
        }
    }),
};
