//! TER-014.

use super::*;

/// TER-014: an EPCI SIREN unknown to a référentiel of a later vintage.
pub static TER_014: Rule = Rule {
    code: "TER-014",
    severity: Severity::Warning,
    category: Category::CodeInvalid,
    applies_to: &[],
    in_force: InForce::ALWAYS,
    sources: &[sources::REFERENTIEL_EMBARQUE, sources::DGCL_EPCI],
    title: Text::doc("EPCI absent d'un référentiel plus récent", "EPCI missing from a later référentiel"),
    message: Text::new(
        "L'EPCI « {code} » ne figure pas au {vintage}, postérieur au document ({date}) : il peut avoir fusionné depuis.",
        "EPCI \"{code}\" is not in {vintage}, which postdates the document ({date}): it may have merged since.",
    ),
    help: Text::new(
        "Rien à corriger si le SIREN était valide à la date du document ; pour une analyse actuelle, rattachez le territoire à l'EPCI issu de la fusion.",
        "Nothing to fix if the SIREN was valid at the document's date; for a current analysis, attach the territory to the EPCI resulting from the merger.",
    ),
    description: Text::doc(
        "Beaucoup d'EPCI de 2015 ont fusionné (schémas départementaux de coopération intercommunale, 1er janvier 2017) : 172 des lignes de la liste ANCT des contrats de ville de 2015 nomment un EPCI absent du COG 2026. Pour un document antérieur au millésime du référentiel, l'absence est un avertissement, pas une erreur (TER-004).",
        "Many 2015 EPCI merged (schémas départementaux de coopération intercommunale, 1 January 2017): 172 rows of the ANCT list of 2015 contrats de ville name an EPCI absent from COG 2026. For a document older than the référentiel's vintage, absence is a warning, not an error (TER-004).",
    ),
    limits: Some(Text::doc(
        "Le référentiel embarqué ne contient pas l'historique des EPCI : il ne dit pas avec quel EPCI la fusion s'est faite.",
        "The embedded référentiel holds no EPCI history: it cannot tell which EPCI the merger formed.",
    )),
    transition: None,
    requires: &[],
    parameters: &[],
    messages: &[],
    check: Check::Document(|ctx, out| {
        let Some(r) = ctx.referentiel else { return };
        if !predates(ctx).is_yes() {
            return;
        }
        let d = ref_date(ctx);
        for (site, s, _) in epci_refs(ctx) {
            if siren_problem(s).is_some()
                || r.epci(s).is_some()
                || r.ept(s).is_some()
                || r.commune_by_siren(s).is_some()
            {
                continue;
            }
            out.push(
                Finding::at(site.path())
                    .param("code", short(s))
                    .param("vintage", r.vintage.clone())
                    .param("date", d.to_string())
                    .input(site.path(), s),
            );
        }
    }),
};
