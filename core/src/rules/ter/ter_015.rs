//! TER-015.

use super::*;

/// TER-015: the SIREN of a PETR, syndicat mixte or pays is well formed and is not an EPCI's or
/// a commune's.
pub static TER_015: Rule = Rule {
    code: "TER-015",
    severity: Severity::Warning,
    category: Category::CodeInvalid,
    applies_to: &[],
    in_force: InForce::ALWAYS,
    sources: &[sources::CGCT_L5741_1, sources::CGCT_SYNDICATS_MIXTES, sources::INSEE_SIRENE, sources::REFERENTIEL_EMBARQUE],
    title: Text::doc(
        "SIREN de PETR, syndicat mixte ou pays invalide",
        "Invalid SIREN of a PETR, syndicat mixte or pays",
    ),
    message: Text::new(
        "Le SIREN « {code} » ({declared}) {detail}.",
        "SIREN \"{code}\" ({declared}) {detail}.",
    ),
    help: Text::new(
        "Reportez le SIREN de la structure (9 chiffres, en texte) tel qu'il figure au répertoire SIRENE ; un EPCI à fiscalité propre se déclare en « epci », une commune en « commune ».",
        "Copy the body's SIREN (9 digits, as text) as listed in the SIRENE register; an EPCI à fiscalité propre is declared as \"epci\", a commune as \"commune\".",
    ),
    description: Text::doc(
        "Un PETR est un établissement public soumis aux règles des syndicats mixtes (CGCT L5741-1) ; PETR et syndicats mixtes sont des groupements de collectivités territoriales (CGCT L5111-1), identifiés par un SIREN de 9 chiffres commençant par 2 à clé de Luhn valide. Un pays n'a pas de personnalité morale : son SIREN est celui de sa structure porteuse (syndicat mixte, PETR, association…), dont seule la forme (9 chiffres, clé de Luhn) est vérifiée. Avec le référentiel, un SIREN d'EPCI à fiscalité propre ou de commune déclaré comme PETR, syndicat mixte ou pays est signalé.",
        "A PETR is a public body under the rules of syndicats mixtes (CGCT L5741-1); PETR and syndicats mixtes are groupements de collectivités territoriales (CGCT L5111-1), identified by a 9-digit SIREN starting with 2 with a valid Luhn check digit. A pays has no legal personality: its SIREN is its structure porteuse's (syndicat mixte, PETR, association…), of which only the shape (9 digits, Luhn) is checked. With the référentiel, the SIREN of an EPCI à fiscalité propre or of a commune declared as a PETR, syndicat mixte or pays is reported.",
    ),
    limits: Some(Text::doc(
        "Le référentiel ne contient pas la liste des PETR, syndicats mixtes et pays : l'existence du SIREN n'est pas vérifiée. La forme du SIREN est de connaissance générale (GK).",
        "The référentiel holds no list of PETR, syndicats mixtes and pays: whether the SIREN exists is not checked. The SIREN's shape is general knowledge (GK).",
    )),
    transition: None,
    requires: &[],
    parameters: &[],
    messages: &[
        Message::new(
            "siren_longueur",
            "Le SIREN « {code} » ({declared}) n'est pas un SIREN de 9 chiffres.",
            "SIREN \"{code}\" ({declared}) is not a 9-digit SIREN.",
        ),
        Message::new(
            "siren_prefixe",
            "Le SIREN « {code} » ({declared}) ne commence pas par 2 comme le SIREN d'un groupement de collectivités.",
            "SIREN \"{code}\" ({declared}) does not start with 2 as a local-authority grouping's SIREN does.",
        ),
        Message::new(
            "siren_cle",
            "Le SIREN « {code} » ({declared}) a une clé de contrôle (Luhn) invalide.",
            "SIREN \"{code}\" ({declared}) has an invalid check digit (Luhn).",
        ),
        Message::new(
            "epci",
            "Le SIREN « {code} » ({declared}) est celui de l'EPCI à fiscalité propre {nom} ({nature}) : déclarez-le en « epci ».",
            "SIREN \"{code}\" ({declared}) is the EPCI à fiscalité propre {nom}'s ({nature}): declare it as \"epci\".",
        ),
        Message::new(
            "commune",
            "Le SIREN « {code} » ({declared}) est celui de la commune {nom} ({commune_code}).",
            "SIREN \"{code}\" ({declared}) is the commune {nom}'s ({commune_code}).",
        ),
    ],
    check: Check::Document(|ctx, out| {
        for (site, s, kind) in groupement_refs(ctx) {
            let f = || {
                Finding::at(site.path())
                    .param("code", short(s))
                    .param("declared", kind.to_string())
                    .input(site.path(), s)
            };
            let problem = match kind {
                // A pays's structure porteuse may be an association: no prefix to expect.
                TypeTerritoire::Pays if s.len() == 9 && s.bytes().all(|b| b.is_ascii_digit()) => {
                    (!luhn(s)).then_some("siren_cle")
                }
                _ => siren_problem(s),
            };
            if let Some(key) = problem {
                out.push(f().param("detail", "format").variant(key));
                continue;
            }
            let Some(r) = ctx.referentiel else { continue };
            let found = if let Some(e) = r.epci(s) {
                f().variant("epci")
                    .display("nom", e.nom.to_string())
                    .display("nature", e.nature.code().to_string())
            } else if let Some(c) = r.commune_by_siren(s) {
                f().variant("commune")
                    .display("nom", c.nom.to_string())
                    .display("commune_code", c.code.to_string())
            } else {
                continue;
            };
            out.push(found.param("detail", "nature"));
        }
    }),
};
