//! TER-018.

use super::*;

/// TER-018: a 2015 QPV code that the loaded list cannot judge (the 2015 list is held only for
/// some départements).
pub static TER_018: Rule = Rule {
    code: "TER-018",
    severity: Severity::Information,
    category: Category::Informational,
    applies_to: &[],
    in_force: InForce::ALWAYS,
    sources: &[sources::DECRETS_QPV, sources::REFERENTIEL_EMBARQUE],
    title: Text::doc("QPV de 2015 non vérifiable", "2015 QPV that cannot be checked"),
    message: Text::new(
        "Le QPV « {code} » (liste de 2015, département {departement}) n'a pas pu être vérifié : le référentiel {referentiel} ne contient pas la liste de 2015 de ce département.",
        "QPV \"{code}\" (2015 list, département {departement}) could not be checked: référentiel {referentiel} does not hold the 2015 list of this département.",
    ),
    help: Text::new(
        "Rien à corriger si le code est celui du décret ; pour le vérifier, chargez la liste nationale de 2015 de l'ANCT (GeoJSON, with_qpv_geojson).",
        "Nothing to fix if the code is the décret's; to check it, load the ANCT's national 2015 list (GeoJSON, with_qpv_geojson).",
    ),
    description: Text::doc(
        "Les QPV de 2015 sont fixés par les décrets n° 2014-1750 et n° 2014-1751. Le référentiel embarqué n'en contient qu'un échantillon (105 QPV de 12 départements d'Occitanie) : ailleurs, un code de 2015 bien formé ne peut être ni confirmé ni contredit. La règle le dit, au lieu de se taire (TER-009 ne juge que les départements dont la liste est chargée).",
        "The 2015 QPV are set by décrets 2014-1750 and 2014-1751. The embedded référentiel holds only a sample of them (105 QPV of 12 Occitanie départements): elsewhere a well-formed 2015 code can be neither confirmed nor contradicted. The rule says so rather than staying silent (TER-009 judges only the départements whose list is loaded).",
    ),
    limits: Some(Text::doc(
        "Ne se prononce qu'avec un référentiel ; un code mal formé relève de TER-007.",
        "Speaks only with a référentiel; a malformed code is TER-007's.",
    )),
    transition: None,
    requires: &[],
    parameters: &[],
    messages: &[],
    check: Check::Document(|ctx, out| {
        let Some(r) = ctx.referentiel else { return };
        for t in qpv_refs(ctx) {
            let Some((generation, dep, _)) = qpv_parts(t.code) else { continue };
            if generation != GenerationQpv::G2015
                || r.qpv_list_covers(generation, &dep)
                || r.qpv(t.code).is_some()
            {
                continue;
            }
            out.push(
                Finding::at(t.path())
                    .param("code", short(t.code))
                    .param("departement", dep)
                    .input(t.path(), t.code.to_string())
                    .parameter("referentiel", r.vintage.clone()),
            );
        }
    }),
};
