//! TER-003.

use super::*;

/// TER-003: a région code is one of the 18 régions of 2016.
pub static TER_003: Rule = Rule {
    code: "TER-003",
    severity: Severity::Error,
    category: Category::CodeInvalid,
    applies_to: &[],
    in_force: sources::LOI_2015_29.in_force,
    sources: &[sources::LOI_2015_29, sources::INSEE_COG],
    title: Text::doc("Code région invalide", "Invalid région code"),
    message: Text::new(
        "Le code région « {code} » {detail}.",
        "Région code \"{code}\" {detail}.",
    ),
    help: Text::new(
        "Depuis 2016 : 01, 02, 03, 04, 06, 11, 24, 27, 28, 32, 44, 52, 53, 75, 76, 84, 93, 94.",
        "Since 2016: 01, 02, 03, 04, 06, 11, 24, 27, 28, 32, 44, 52, 53, 75, 76, 84, 93, 94.",
    ),
    description: Text::doc(
        "Depuis le 1er janvier 2016 la France compte 18 régions (13 métropolitaines, 5 d'outre-mer). Les codes des anciennes régions (31 Nord-Pas-de-Calais, 22 Picardie…) ne valent que pour un document antérieur à 2016.",
        "Since 1 January 2016 France has 18 régions (13 metropolitan, 5 overseas). Codes of former régions (31 Nord-Pas-de-Calais, 22 Picardie…) are valid only for a document dated before 2016.",
    ),
    limits: Some(Text::doc(
        "Correspondance ancienne → nouvelle région de connaissance générale (GK). Un document daté d'avant 2016 peut employer les anciens codes.",
        "Former → new région mapping is general knowledge (GK). A document dated before 2016 may use the former codes.",
    )),
    transition: Some(Text::doc(
        "Le code d'une ancienne région est accepté dans un document daté d'avant le 1er janvier 2016 (loi n° 2015-29) et dans un document qui cite le PRS de première génération de cette région, resté en vigueur jusqu'à l'adoption des PRS 2 en 2018.",
        "A former région's code is accepted in a document dated before 1 January 2016 (loi n° 2015-29) and in a document citing that région's first-generation PRS, in force until the PRS 2 were adopted in 2018.",
    )),
    requires: &[],
    parameters: &[&params::REGIONS_2016_DEPUIS],
    messages: &[
        Message::new(
            "ancienne_region",
            "Le code région « {code} » est celui de l'ancienne région {ancienne}, remplacée en 2016 par la région {nouvelle}.",
            "Région code \"{code}\" is the former région {ancienne}'s, replaced in 2016 by région {nouvelle}.",
        ),
        Message::new(
            "collectivite_outre_mer",
            "Le code région « {code} » désigne une collectivité d'outre-mer, pas une région : déclarez-la en « collectivite_outre_mer ».",
            "Région code \"{code}\" names an overseas collectivité, not a région: declare it as \"collectivite_outre_mer\".",
        ),
        Message::new(
            "inconnu",
            "Le code région « {code} » ne désigne aucune région.",
            "Région code \"{code}\" names no région.",
        ),
    ],
    check: Check::Document(|ctx, out| {
        // A former région's code is right before 2016, and in a document that cites that
        // région's PRS 1, which stayed in force until the PRS 2 were adopted in 2018.
        let before = ref_date(ctx)
            .before(crate::params::REGIONS_2016_DEPUIS.value)
            .or(Answer::from_bool(cites_prs_1(ctx.doc)));
        let mut items: Vec<(String, String)> = territoires(ctx)
            .iter()
            .filter(|t| t.kind == TypeTerritoire::Region)
            .map(|t| (t.path(), t.code.to_string()))
            .collect();
        items.extend(strings(ctx.doc).regions);
        for (path, c) in items {
            if REGIONS_2016.contains(&c.as_str()) {
                continue;
            }
            let old = REGIONS_AVANT_2016.iter().find(|(o, _, _)| *o == c);
            let found = Finding::at(path.clone());
            let found = match old {
                // Wrong only in a document certainly dated from 2016 on.
                Some(_) if !before.is_no() => continue,
                Some((_, nom, new)) => found
                    .variant("ancienne_region")
                    .display("ancienne", nom.to_string())
                    .display("nouvelle", new.to_string()),
                None if COLLECTIVITES_OUTRE_MER.contains(&c.as_str()) => {
                    found.variant("collectivite_outre_mer")
                }
                None => found.variant("inconnu"),
            };
            out.push(
                found
                    .param("code", short(&c))
                    .param("detail", if old.is_some() { "ancienne_region" } else { "inconnu" })
                    .input(path, c.clone()),
            );
        }
    }),
};
