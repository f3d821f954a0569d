//! TER-008.

use super::*;

/// TER-008: the département part of a QPV code is its host communes' département.
pub static TER_008: Rule = Rule {
    code: "TER-008",
    severity: Severity::Warning,
    category: Category::Invariant,
    applies_to: &[],
    in_force: InForce::ALWAYS,
    sources: &[sources::GAZETTEER, sources::REFERENTIEL_EMBARQUE],
    title: Text::doc("Département du code QPV incohérent", "Inconsistent département in QPV code"),
    message: Text::new(
        "Le code QPV « {code} » {detail}.",
        "QPV code \"{code}\" {detail}.",
    ),
    help: Text::new(
        "Les 3 caractères après QP/QN sont le département des communes du quartier (093 pour la Seine-Saint-Denis, 971 pour la Guadeloupe) : vérifiez le code.",
        "The 3 characters after QP/QN are the département of the quartier's communes (093 for Seine-Saint-Denis, 971 for Guadeloupe): check the code.",
    ),
    description: Text::doc(
        "Un code QPV porte le département de ses communes : il doit désigner un département existant et, quand le QPV figure au référentiel, celui de chacune de ses communes.",
        "A QPV code carries its communes' département: it must name an existing département and, when the QPV is in the référentiel, that of each of its communes.",
    ),
    limits: Some(Text::doc(
        "Déduit de la définition du code (GK). Les communes d'un QPV ne sont connues que pour les QPV de la liste chargée (échantillon de 105 QPV d'Occitanie dans le référentiel embarqué).",
        "Derived from the code's definition (GK). A QPV's communes are known only for QPV of the loaded list (a sample of 105 QPV of Occitanie in the embedded référentiel).",
    )),
    transition: None,
    requires: &[],
    parameters: &[],
    messages: &[
        Message::new(
            "departement_inconnu",
            "Le code QPV « {code} » porte le département « {departement} », qui n'existe pas.",
            "QPV code \"{code}\" carries département \"{departement}\", which does not exist.",
        ),
        Message::new(
            "communes",
            "Le code QPV « {code} » porte le département {departement} mais ses communes {communes} n'en sont pas.",
            "QPV code \"{code}\" carries département {departement} but its communes {communes} are not in it.",
        ),
    ],
    check: Check::Document(|ctx, out| {
        for t in qpv_refs(ctx) {
            let Some((_, dep, _)) = qpv_parts(t.code) else { continue };
            let f = || {
                Finding::at(t.path())
                    .param("code", short(t.code))
                    .param("departement", dep.clone())
                    .input(t.path(), t.code.to_string())
            };
            if !is_departement(&dep) {
                out.push(f().param("detail", "departement_inconnu").variant("departement_inconnu"));
                continue;
            }
            let Some(r) = ctx.referentiel else { continue };
            let Some(q) = r.qpv(t.code) else { continue };
            let wrong: Vec<String> = q
                .communes
                .iter()
                .filter(|c| r.departement_of(c).is_some_and(|d| d.code != dep))
                .cloned()
                .collect();
            if !wrong.is_empty() {
                out.push(f().param("communes", wrong.clone()).param("detail", "communes").variant("communes"));
            }
        }
    }),
};
