//! TER-005.

use super::*;

/// TER-005: the kind of grouping (EPCI à fiscalité propre, EPT) matches the référentiel.
pub static TER_005: Rule = Rule {
    code: "TER-005",
    severity: Severity::Warning,
    category: Category::CodeInvalid,
    applies_to: &[],
    in_force: InForce::ALWAYS,
    sources: &[sources::DGCL_EPCI, sources::REFERENTIEL_EMBARQUE],
    title: Text::doc("Nature de groupement incohérente", "Inconsistent kind of grouping"),
    message: Text::new(
        "« {code} » est déclaré {declared} mais {detail}.",
        "\"{code}\" is declared {declared} but {detail}.",
    ),
    help: Text::new(
        "Déclarez un EPCI à fiscalité propre (CC, CA, CU, métropole) en « epci », un établissement public territorial du Grand Paris en « ept », une commune en « commune ».",
        "Declare an EPCI à fiscalité propre (CC, CA, CU, métropole) as \"epci\", a Grand Paris établissement public territorial as \"ept\", a commune as \"commune\".",
    ),
    description: Text::doc(
        "Les EPCI à fiscalité propre sont des communautés de communes, d'agglomération, urbaines ou des métropoles. Les EPT du Grand Paris n'en sont pas (ils n'ont pas de fiscalité propre) ; le SIREN d'une commune n'est pas celui d'un EPCI.",
        "EPCI à fiscalité propre are communautés de communes, d'agglomération, urbaines or métropoles. The Grand Paris EPT are not (they have no own tax); a commune's SIREN is not an EPCI's.",
    ),
    limits: Some(Text::doc(
        "Vérifiable seulement avec le référentiel. La Métropole de Lyon (200046977), collectivité à statut particulier, figure dans la liste DGCL des EPCI à fiscalité propre (nature MET69) et reste acceptée en « epci », faute de type de territoire dédié.",
        "Checkable only with the référentiel. The Métropole de Lyon (200046977), a collectivité à statut particulier, is in the DGCL list of EPCI à fiscalité propre (nature MET69) and is still accepted as \"epci\", for lack of a dedicated territory kind.",
    )),
    transition: None,
    requires: &[],
    parameters: &[],
    messages: &[
        Message::new(
            "commune",
            "« {code} » est déclaré {declared} mais c'est le SIREN de la commune {nom} ({commune_code}).",
            "\"{code}\" is declared {declared} but it is the SIREN of the commune {nom} ({commune_code}).",
        ),
        Message::new(
            "epci_pas_ept",
            "« {code} » est déclaré {declared} mais c'est un EPCI à fiscalité propre ({nom}, {nature}), pas un EPT.",
            "\"{code}\" is declared {declared} but it is an EPCI à fiscalité propre ({nom}, {nature}), not an EPT.",
        ),
        Message::new(
            "ept_pas_epci",
            "« {code} » est déclaré {declared} mais c'est un établissement public territorial ({nom}), pas un EPCI à fiscalité propre.",
            "\"{code}\" is declared {declared} but it is an établissement public territorial ({nom}), not an EPCI à fiscalité propre.",
        ),
    ],
    check: Check::Document(|ctx, out| {
        let Some(r) = ctx.referentiel else { return };
        for (site, s, ept) in epci_refs(ctx) {
            let declared = if ept { "ept" } else { "epci" };
            let found = Finding::at(site.path());
            let found = if let Some(c) = r.commune_by_siren(s) {
                found
                    .variant("commune")
                    .display("nom", c.nom.to_string())
                    .display("commune_code", c.code.to_string())
            } else if let (true, Some(e)) = (ept, r.epci(s)) {
                found
                    .variant("epci_pas_ept")
                    .display("nom", e.nom.to_string())
                    .display("nature", e.nature.code().to_string())
            } else if let (false, Some(t)) = (ept, r.ept(s)) {
                found
                    .variant("ept_pas_epci")
                    .display("nom", t.nom.to_string())
            } else {
                continue;
            };
            out.push(
                found
                    .param("code", short(s))
                    .param("declared", declared)
                    .param("detail", "nature")

                    .input(site.path(), s),
            );
        }
    }),
};
