//! TER-013.

use super::*;

/// TER-013: a commune code unknown to a référentiel of a later vintage.
pub static TER_013: Rule = Rule {
    code: "TER-013",
    severity: Severity::Warning,
    category: Category::CodeInvalid,
    applies_to: &[],
    in_force: InForce::ALWAYS,
    sources: &[sources::REFERENTIEL_EMBARQUE, sources::INSEE_COG],
    title: Text::doc("Commune absente d'un référentiel plus récent", "Commune missing from a later référentiel"),
    message: Text::new(
        "La commune « {code} » ne figure pas au {vintage}, postérieur au document ({date}) : elle a pu fusionner depuis{detail}.",
        "Commune \"{code}\" is not in {vintage}, which postdates the document ({date}): it may have merged since{detail}.",
    ),
    help: Text::new(
        "Vérifiez le code dans le COG de l'année du document, ou chargez ce millésime du référentiel.",
        "Check the code in the COG of the document's year, or load that vintage of the référentiel.",
    ),
    description: Text::doc(
        "Les communes fusionnent (communes nouvelles) : un code valide à la date du document peut avoir disparu du millésime du référentiel. Pour un document antérieur au millésime, l'absence est signalée en avertissement plutôt qu'en erreur (TER-001).",
        "Communes merge (communes nouvelles): a code valid at the document's date may be missing from the référentiel's vintage. For a document older than the vintage, absence is a warning rather than an error (TER-001).",
    ),
    limits: Some(Text::doc(
        "Seul un référentiel du millésime du document permettrait de conclure.",
        "Only a référentiel of the document's vintage could settle it.",
    )),
    transition: None,
    requires: &[],
    parameters: &[],
    messages: &[
        Message::new(
            "fusionnee",
            "La commune « {code} » ne figure pas au {vintage}, postérieur au document ({date}) : elle a pu fusionner depuis, et fait aujourd'hui partie de {commune} ({commune_code}).",
            "Commune \"{code}\" is not in {vintage}, which postdates the document ({date}): it may have merged since, and is now part of {commune} ({commune_code}).",
        ),
        Message::new(
            "inconnue",
            "La commune « {code} » ne figure pas au {vintage}, postérieur au document ({date}) : elle a pu fusionner depuis.",
            "Commune \"{code}\" is not in {vintage}, which postdates the document ({date}): it may have merged since.",
        ),
    ],
    check: Check::Document(|ctx, out| {
        let Some(r) = ctx.referentiel else { return };
        if !predates(ctx).is_yes() {
            return;
        }
        let d = ref_date(ctx);
        for t in territoires(ctx) {
            if t.kind != TypeTerritoire::Commune || !is_commune_format(t.code) || r.commune(t.code).is_some() {
                continue;
            }
            let now = r
                .communes_by_ancien_code(t.code)
                .next()
                .or_else(|| r.communes_with_code(t.code).find_map(|x| x.parent.as_deref().and_then(|p| r.commune(p))));
            let found = match now {
                Some(n) => Finding::at(t.path())
                    .variant("fusionnee")
                    .display("commune", n.nom.to_string())
                    .display("commune_code", n.code.to_string()),
                None => Finding::at(t.path()).variant("inconnue"),
            };
            out.push(
                found
                    .param("code", short(t.code))
                    .param("vintage", r.vintage.clone())
                    .param("date", d.to_string())
                    .param("detail", now.map(|n| n.code.clone()).unwrap_or_default())
                    .input(t.path(), t.code.to_string()),
            );
        }
    }),
};
