//! TER-009.

use super::*;

/// TER-009: a QPV exists in the official list.
pub static TER_009: Rule = Rule {
    code: "TER-009",
    severity: Severity::Error,
    category: Category::CodeInvalid,
    applies_to: &[],
    in_force: InForce::ALWAYS,
    sources: &[
        INSEE_QPV,
        Source::new(
            SourceKind::Guide,
            "Banque des territoires, « Politique de la ville : une géographie prioritaire renouvelée » (2024)",
            Some("https://www.banquedesterritoires.fr/politique-de-la-ville-une-geographie-prioritaire-renouvelee?pk_kwd=2024-01-08"),
        ),
        REFERENTIEL,
    ],
    title: Text::new("QPV absent de la liste officielle", "QPV not in the official list"),
    message: Text::new(
        "Le QPV « {code} » ne figure pas dans la liste officielle de {generation} pour le département {departement}.",
        "QPV \"{code}\" is not in the official {generation} list for département {departement}.",
    ),
    help: Text::new(
        "Vérifiez le code du quartier dans la liste de l'ANCT (sig.ville.gouv.fr, data.gouv.fr).",
        "Check the quartier's code in the ANCT list (sig.ville.gouv.fr, data.gouv.fr).",
    ),
    description: Text::new(
        "Un QPV cité par un document doit exister dans la liste officielle de sa génération : 1 296 QPV métropolitains et 218 outre-mer en 2015, 1 362 QPV métropolitains en 2024.",
        "A QPV cited by a document must exist in the official list of its generation: 1,296 metropolitan and 218 overseas QPV in 2015, 1,362 metropolitan QPV in 2024.",
    ),
    limits: Some(Text::new(
        "La règle ne conclut que pour les départements où la liste chargée est complète. Le référentiel embarqué ne contient que 105 QPV de 2015 de 12 départements d'Occitanie (09, 11, 12, 30, 31, 32, 34, 46, 65, 66, 81, 82) : ailleurs elle se tait. Chargez la liste nationale de l'ANCT (GeoJSON) pour une vérification complète.",
        "The rule concludes only for départements where the loaded list is complete. The embedded référentiel holds only 105 QPV of 2015 from 12 Occitanie départements (09, 11, 12, 30, 31, 32, 34, 46, 65, 66, 81, 82): elsewhere it stays silent. Load the national ANCT list (GeoJSON) for a complete check.",
    )),
    transition: None,
    requires: &[],
    check: Check::Document(|ctx, out| {
        let Some(r) = ctx.referentiel else { return };
        for t in qpv_refs(ctx.doc) {
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
