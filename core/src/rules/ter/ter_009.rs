//! TER-009.

use super::*;

/// TER-009: a QPV exists in the official list.
pub static TER_009: Rule = Rule {
    code: "TER-009",
    severity: Severity::Error,
    category: Category::CodeInvalid,
    applies_to: &[],
    in_force: InForce::ALWAYS,
    sources: &[sources::DECRETS_QPV, sources::INSEE_QPV, sources::REFERENTIEL_EMBARQUE],
    title: Text::doc("QPV absent de la liste officielle", "QPV not in the official list"),
    message: Text::new(
        "Le QPV « {code} » ne figure pas dans la liste officielle de {generation} pour le département {departement}.",
        "QPV \"{code}\" is not in the official {generation} list for département {departement}.",
    ),
    help: Text::new(
        "Vérifiez le code du quartier dans la liste de l'ANCT (sig.ville.gouv.fr, data.gouv.fr).",
        "Check the quartier's code in the ANCT list (sig.ville.gouv.fr, data.gouv.fr).",
    ),
    description: Text::doc(
        "Un QPV cité par un document doit exister dans la liste officielle de sa génération : 1 296 QPV métropolitains et 218 outre-mer en 2015 ; 1 362 QPV métropolitains et 222 outre-mer en 2024.",
        "A QPV cited by a document must exist in the official list of its generation: 1,296 metropolitan and 218 overseas QPV in 2015; 1,362 metropolitan and 222 overseas QPV in 2024.",
    ),
    limits: Some(Text::doc(
        "La règle ne conclut que pour les départements où la liste chargée est complète. Le référentiel embarqué contient la liste nationale de 2024 (1 584 QPV) mais, pour 2015, seulement 105 QPV de 12 départements d'Occitanie (09, 11, 12, 30, 31, 32, 34, 46, 65, 66, 81, 82) : ailleurs un code de 2015 n'est pas jugé. Chargez la liste de l'ANCT (GeoJSON) pour une vérification complète.",
        "The rule concludes only for départements where the loaded list is complete. The embedded référentiel holds the national 2024 list (1,584 QPV) but, for 2015, only 105 QPV from 12 Occitanie départements (09, 11, 12, 30, 31, 32, 34, 46, 65, 66, 81, 82): elsewhere a 2015 code is not judged. Load the ANCT list (GeoJSON) for a complete check.",
    )),
    transition: None,
    requires: &[],
    parameters: &[],
    messages: &[],
    check: Check::Document(|ctx, out| {
        let Some(r) = ctx.referentiel else { return };
        for t in qpv_refs(ctx) {
            let Some((generation, dep, _)) = qpv_parts(t.code) else { continue };
            if !r.qpv_list_covers(generation, &dep) || r.qpv(t.code).is_some() {
                continue;
            }
            out.push(
                Finding::at(t.path())
                    .param("code", short(t.code))
                    .param("generation", generation.label())
                    .param("departement", dep)
                    .input(t.path(), t.code.to_string())
                    .parameter("referentiel", r.vintage.clone()),
            );
        }
    }),
};
