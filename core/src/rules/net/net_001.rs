//! NET-001.

use super::*;

/// NET-001: Villes-Santé OMS membership by deliberation, with referents.
pub static NET_001: Rule = Rule {
    code: "NET-001",
    severity: Severity::Information,
    category: Category::Informational,
    applies_to: &[DocumentKind::ReseauCollectivites],
    in_force: params::VILLES_SANTE_DEPUIS.since(),
    sources: &[sources::ROUEN_2005, sources::RFVS],
    title: Text::doc("Adhésion au réseau Villes-Santé OMS", "Membership of the WHO Healthy Cities network"),
    message: Text::new("Réseau Villes-Santé OMS : {what}.", "WHO Healthy Cities network: {what}."),
    help: Text::new(
        "Une ville ou un EPCI adhère au réseau Villes-Santé de l'OMS par délibération de son conseil et désigne un élu et un technicien référents ; le réseau travaille par phases de cinq ans.",
        "A city or EPCI joins the WHO Healthy Cities network by a deliberation of its council and designates an elected and a technical referent; the network works in five-year phases.",
    ),
    description: Text::doc(
        "Pour un réseau de nature `villes_sante_oms` : signale une adhésion dont la délibération n'est pas attestée et des référents (élu et technicien) non désignés.",
        "For a network of nature `villes_sante_oms`: reports membership without an attested deliberation and referents (elected and technical) not designated.",
    ),
    limits: Some(Text::doc(
        "Les statuts du réseau n'ont pas été consultés : ces conditions viennent de la pratique (délibérations, guides). Les phases de cinq ans ne sont pas vérifiées.",
        "The network's statutes were not consulted: these conditions come from practice (deliberations, guides). Five-year phases are not checked.",
    )),
    transition: None,
    requires: &[],
    parameters: &[&params::VILLES_SANTE_DEPUIS],
    messages: &[
        Message::new(
            "deliberation",
            "Réseau Villes-Santé OMS : l'adhésion par délibération du conseil n'est pas attestée.",
            "WHO Healthy Cities network: membership by council deliberation is not attested.",
        ),
        Message::new(
            "referents",
            "Réseau Villes-Santé OMS : les référents élu et technicien ne sont pas désignés.",
            "WHO Healthy Cities network: the elected and technical referents are not designated.",
        ),
    ],
    check: Check::Document(|ctx, out| {
        let Document::ReseauCollectivites(r) = ctx.doc else { return };
        if r.nature != Some(NatureReseau::VillesSanteOms) {
            return;
        }
        if r.adhesion_par_deliberation != Some(true) {
            out.push(
                Finding::at("/adhesion_par_deliberation").parameter("attendu", true)
                    .param("what", "deliberation")
                    .variant("deliberation")
                    .input("/adhesion_par_deliberation", r.adhesion_par_deliberation.map_or(Value::Null, Value::from)),
            );
        }
        if r.referents_designes != Some(true) {
            out.push(
                Finding::at("/referents_designes").parameter("attendu", true)
                    .param("what", "referents")
                    .variant("referents")
                    .input("/referents_designes", r.referents_designes.map_or(Value::Null, Value::from)),
            );
        }
    }),
};
