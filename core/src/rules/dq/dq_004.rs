//! DQ-004.

use super::*;

/// DQ-004: organisation names follow the date.
pub static DQ_004: Rule = Rule {
    code: "DQ-004",
    severity: Severity::Warning,
    category: Category::Value,
    applies_to: &[],
    in_force: InForce::ALWAYS,
    sources: &[sources::INSEE_QPV, sources::DECRET_2014_394, sources::DECRET_2019_1190, sources::DECRET_2016_1266],
    title: Text::doc("Nom d'organisation périmé", "Outdated organisation name"),
    message: Text::new(
        "« {ancien} » n'existe plus au {as_of} : {nouveau}.",
        "\"{ancien}\" no longer exists on {as_of}: {nouveau}.",
    ),
    help: Text::new(
        "Employez le nom en vigueur à la date d'évaluation (ANCT depuis 2020 pour l'ex-CGET, ex-ACSé et ex-SG-CIV ; Hauts-de-France depuis le 30 septembre 2016), ou évaluez le document à sa date.",
        "Use the name in force at the evaluation date (ANCT since 2020 for the former CGET, ACSé and SG-CIV; Hauts-de-France since 30 September 2016), or evaluate the document at its own date.",
    ),
    description: Text::doc(
        "Les noms d'organisations suivent la date d'évaluation : ACSé et SG-CIV fusionnés dans le CGET (2014), devenu ANCT le 1er janvier 2020 ; la région « Nord-Pas-de-Calais-Picardie » nommée Hauts-de-France depuis le 30 septembre 2016. La règle lit les noms des acteurs (pour les régions : ARS, conseil régional, préfecture).",
        "Organisation names follow the evaluation date: ACSé and SG-CIV merged into the CGET (2014), which became ANCT on 1 January 2020; the région \"Nord-Pas-de-Calais-Picardie\" named Hauts-de-France since 30 September 2016. The rule reads actors' names (for régions: ARS, regional council, préfecture).",
    ),
    limits: Some(Text::doc(
        "Les dates du CGET et du nom Hauts-de-France sont celles des décrets n° 2014-394 et n° 2016-1266, dont l'entrée en vigueur n'est pas vérifiée au Journal officiel ; celle de l'ANCT est celle du décret n° 2019-1190. Un document historique évalué aujourd'hui est signalé : évaluez-le à sa date.",
        "The dates of the CGET and of the Hauts-de-France name are those of décrets 2014-394 and 2016-1266, whose entry into force is not checked against the Journal officiel; the ANCT's is that of décret 2019-1190. A historical document evaluated today is flagged: evaluate it at its own date.",
    )),
    transition: None,
    requires: &[],
    parameters: &[&params::CGET_DEPUIS_VEILLE, &params::CGET_JUSQUAU, &params::NOM_HAUTS_DE_FRANCE_AVANT, &params::ANCT_DEPUIS],
    messages: &[],
    check: Check::Document(|ctx, out| {
        for (i, a) in ctx.doc.acteurs().iter().enumerate() {
            let Some(nom) = a.nom.as_deref() else { continue };
            let low = nom.to_lowercase();
            let words: Vec<&str> = low
                .split(|c: char| !(c.is_alphanumeric() || c == '-'))
                .filter(|w| !w.is_empty())
                .collect();
            for (pats, ancien, until, nouveau, region_only) in RENAMES {
                if *region_only && !regional(a.nature) {
                    continue;
                }
                if ctx.as_of <= *until {
                    continue;
                }
                let hit = pats.iter().any(|p| {
                    if p.contains(' ') || p.contains('\'') || p.len() > 6 {
                        low.contains(p)
                    } else {
                        words.iter().any(|w| w == p)
                    }
                });
                if hit {
                    out.push(
                        Finding::at(format!("/acteurs/{i}/nom"))
                            .param("ancien", *ancien)
                            .param("as_of", ctx.as_of.to_string())
                            .param("nouveau", current(*nouveau, ctx.as_of))
                            .input(format!("/acteurs/{i}/nom"), nom.chars().take(120).collect::<String>())
                            .parameter("valable_jusqu_au", until.to_string()),
                    );
                    break;
                }
            }
        }
    }),
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_successor_is_the_one_in_force_dated_by_its_parameter() {
        let veille_anct = params::CGET_JUSQUAU.value;
        assert_eq!(params::ANCT_DEPUIS.value.add_days(-1), Some(veille_anct));
        assert_eq!(
            current(Successeur::CgetPuisAnct, veille_anct),
            "CGET (2014-04-01)"
        );
        assert_eq!(
            current(Successeur::CgetPuisAnct, params::ANCT_DEPUIS.value),
            "ANCT (2020-01-01), ex-CGET"
        );
        assert_eq!(current(Successeur::Anct, veille_anct), "ANCT (2020-01-01)");
        assert_eq!(
            current(Successeur::HautsDeFrance, veille_anct),
            "Hauts-de-France (2016-09-30)"
        );
    }
}
