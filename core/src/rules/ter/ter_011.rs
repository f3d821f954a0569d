//! TER-011.

use super::*;

/// TER-011: a QPV has at least 1,000 inhabitants.
pub static TER_011: Rule = Rule {
    code: "TER-011",
    severity: Severity::Information,
    category: Category::Informational,
    applies_to: &[],
    in_force: sources::DECRET_2014_767.in_force,
    sources: &[sources::DECRET_2014_767, sources::REFERENTIEL_EMBARQUE],
    title: Text::doc("QPV de moins de 1 000 habitants", "QPV under 1,000 inhabitants"),
    message: Text::new(
        "Le QPV « {code} » compte {population} habitants selon le référentiel, sous le seuil de 1 000 habitants des quartiers prioritaires.",
        "QPV \"{code}\" has {population} inhabitants according to the référentiel, below the 1,000-inhabitant threshold of priority neighbourhoods.",
    ),
    help: Text::new(
        "Le seuil s'apprécie à la création du quartier ; une population plus faible aujourd'hui n'invalide pas le QPV mais mérite d'être vérifiée.",
        "The threshold applies when the quartier is created; a lower population today does not invalidate the QPV but deserves a check.",
    ),
    description: Text::doc(
        "Un QPV métropolitain compte au moins 1 000 habitants dans une unité urbaine d'au moins 10 000 habitants ; un chiffre inférieur signale une donnée à vérifier (les critères d'outre-mer diffèrent).",
        "A metropolitan QPV has at least 1,000 inhabitants in an urban unit of at least 10,000; a lower figure flags data to check (overseas criteria differ).",
    ),
    limits: Some(Text::doc(
        "Utilise la population du QPV donnée par la liste chargée (populations 2015 pour l'échantillon embarqué) ; l'unité urbaine n'est pas vérifiée.",
        "Uses the QPV population of the loaded list (2015 populations for the embedded sample); the urban unit is not checked.",
    )),
    transition: None,
    requires: &[],
    parameters: &[],
    messages: &[],
    check: Check::Document(|ctx, out| {
        let Some(r) = ctx.referentiel else { return };
        for t in qpv_refs(ctx) {
            let Some(q) = r.qpv(t.code) else { continue };
            let om = q.departement.starts_with("97") || q.departement.starts_with("98");
            match q.population {
                Some(p) if p < 1000 && !om => out.push(
                    Finding::at(t.path())
                        .param("code", short(t.code))
                        .param("population", p)
                        .input(t.path(), t.code.to_string())
                        .parameter("seuil", 1000),
                ),
                _ => {}
            }
        }
    }),
};
