//! TER-004.

use super::*;

/// TER-004: an EPCI identifier is a valid SIREN, known to the référentiel.
pub static TER_004: Rule = Rule {
    code: "TER-004",
    severity: Severity::Warning,
    category: Category::CodeInvalid,
    applies_to: &[],
    in_force: InForce::ALWAYS,
    sources: &[sources::INSEE_SIRENE, sources::DGCL_EPCI, sources::REFERENTIEL_EMBARQUE],
    title: Text::doc("SIREN d'EPCI invalide ou inconnu", "Invalid or unknown EPCI SIREN"),
    message: Text::new(
        "Le SIREN d'EPCI « {code} » {detail}.",
        "EPCI SIREN \"{code}\" {detail}.",
    ),
    help: Text::new(
        "Reportez le SIREN de l'EPCI tel que publié par la DGCL (9 chiffres, en texte) ; s'il a fusionné, indiquez l'EPCI issu de la fusion.",
        "Copy the EPCI's SIREN as published by the DGCL (9 digits, as text); if it merged, give the EPCI resulting from the merger.",
    ),
    description: Text::doc(
        "Un EPCI (ou un EPT) est identifié par son SIREN : 9 chiffres, premier chiffre 2, clé de Luhn valide. Avec le référentiel, un document daté du millésime ou après doit citer un EPCI ou EPT qui y figure.",
        "An EPCI (or an EPT) is identified by its SIREN: 9 digits, first digit 2, valid Luhn check digit. With the référentiel, a document dated from the vintage on must name an EPCI or EPT it lists.",
    ),
    limits: Some(Text::doc(
        "La forme du SIREN est de connaissance générale (GK). Un SIREN absent du référentiel dans un document antérieur au millésime n'est qu'un avertissement (TER-014) : l'EPCI a pu fusionner depuis.",
        "The SIREN's shape is general knowledge (GK). A SIREN absent from the référentiel in a document older than the vintage is only a warning (TER-014): the EPCI may have merged since.",
    )),
    transition: None,
    requires: &[],
    parameters: &[],
    messages: &[
        Message::new(
            "siren_longueur",
            "Le SIREN d'EPCI « {code} » n'est pas un SIREN de 9 chiffres.",
            "EPCI SIREN \"{code}\" is not a 9-digit SIREN.",
        ),
        Message::new(
            "siren_prefixe",
            "Le SIREN d'EPCI « {code} » ne commence pas par 2 comme le SIREN d'un groupement de collectivités.",
            "EPCI SIREN \"{code}\" does not start with 2 as a local-authority grouping's SIREN does.",
        ),
        Message::new(
            "siren_cle",
            "Le SIREN d'EPCI « {code} » a une clé de contrôle (Luhn) invalide.",
            "EPCI SIREN \"{code}\" has an invalid check digit (Luhn).",
        ),
        Message::new(
            "inconnu",
            "Le SIREN d'EPCI « {code} » ne figure pas au référentiel {referentiel}.",
            "EPCI SIREN \"{code}\" is not in the {referentiel} référentiel.",
        ),
    ],
    check: Check::Document(|ctx, out| {
        // Codes may be older than the référentiel unless the document is certainly not.
        let predates = !predates(ctx).is_no();
        for (site, s, _) in epci_refs(ctx) {
            let f = || {
                Finding::at(site.path())
                    .param("code", short(s))
                    .input(site.path(), s)
            };
            if let Some(key) = siren_problem(s) {
                out.push(f().param("detail", "format").variant(key));
                continue;
            }
            let Some(r) = ctx.referentiel else { continue };
            if predates || r.epci(s).is_some() || r.ept(s).is_some() || r.commune_by_siren(s).is_some() {
                continue;
            }
            out.push(
                f().param("detail", "inconnu")
                    .variant("inconnu")
                    .display("referentiel", r.vintage.clone())
                    .parameter("referentiel", r.vintage.clone())
                    .parameter("date_reference", ref_date(ctx).to_string()),
            );
        }
    }),
};
