//! ASV-001.

use super::*;

/// ASV-001: a dedicated coordinator and an eligible carrier.
pub static ASV_001: Rule = Rule {
    code: "ASV-001",
    severity: Severity::Information,
    category: Category::Required,
    applies_to: &[DocumentKind::AtelierSanteVille],
    in_force: sources::CIRC_ASV_2000.in_force,
    sources: &[sources::SEED_IREV_2016],
    title: Text::doc("Coordination et porteur de l'ASV", "Coordinator and carrier of the ASV"),
    message: Text::new("Atelier santé ville : {what}.", "Atelier santé ville: {what}."),
    help: Text::new(
        "Un ASV repose sur une ingénierie dédiée (un coordinateur, en équivalent temps plein) et un porteur : commune, EPCI, CCAS, association ou GIP.",
        "An ASV relies on dedicated engineering (a coordinator, in full-time equivalent) and a carrier: commune, EPCI, CCAS, association or GIP.",
    ),
    description: Text::doc(
        "Signale un ASV sans coordination (ou à 0 ETP), sans porteur, ou dont le porteur n'est ni une commune, ni un EPCI ou EPT, ni un CCAS, ni une association, ni un GIP (`autre`).",
        "Reports an ASV without coordination (or with 0 FTE), without a carrier, or whose carrier is neither a commune, an EPCI or EPT, a CCAS, an association nor a GIP (`autre`).",
    ),
    limits: Some(Text::doc(
        "Un GIP se déclare de nature `autre`, que la règle accepte sans pouvoir le distinguer d'un autre organisme.",
        "A GIP is declared with nature `autre`, which the rule accepts without telling it from another body.",
    )),
    transition: None,
    requires: &[],
    parameters: &[],
    messages: &[
        Message::new(
            "coordination",
            "Atelier santé ville : aucune coordination dédiée n'est décrite.",
            "Atelier santé ville: no dedicated coordination is described.",
        ),
        Message::new(
            "etp",
            "Atelier santé ville : la coordination n'a aucun temps dédié (0 ETP).",
            "Atelier santé ville: the coordination has no dedicated time (0 FTE).",
        ),
        Message::new(
            "porteur",
            "Atelier santé ville : aucun porteur n'est indiqué.",
            "Atelier santé ville: no carrier is given.",
        ),
        Message::new(
            "porteur_nature",
            "Atelier santé ville : le porteur est de nature « {nature} », pas une commune, un EPCI, un CCAS, une association ou un GIP.",
            "Atelier santé ville: the carrier is of nature \"{nature}\", not a commune, an EPCI, a CCAS, an association or a GIP.",
        ),
    ],
    check: Check::Document(|ctx, out| {
        let Document::AtelierSanteVille(c) = ctx.doc else { return };
        match &c.coordination {
            None => out.push(
                Finding::at("/coordination").parameter("requis", "coordination")
                    .param("what", "coordination")
                    .variant("coordination")
                    .input("/coordination", Value::Null),
            ),
            Some(k) if k.etp.is_some_and(|e| e <= 0.0) => out.push(
                Finding::at("/coordination/etp").parameter("etp_minimum_exclu", 0)
                    .param("what", "etp")
                    .variant("etp")
                    .input("/coordination/etp", k.etp.unwrap_or(0.0)),
            ),
            Some(_) => {}
        }
        match c.porteur.as_deref() {
            None => out.push(
                Finding::at("/porteur").parameter("natures_admises", vec!["commune", "epci", "ept", "ccas", "association", "autre"])
                    .param("what", "porteur")
                    .variant("porteur")
                    .input("/porteur", Value::Null),
            ),
            Some(id) => {
                use NatureActeur as N;
                if let Some(n) = util::nature(ctx.doc, id) {
                    if !matches!(n, N::Commune | N::Epci | N::Ept | N::Ccas | N::Association | N::Autre) {
                        out.push(
                            Finding::at("/porteur")
                                .param("what", format!("porteur {n}"))
                                .variant("porteur_nature")
                                .display("nature", n.to_string())
                                .input("/porteur", id)
                                .parameter("nature_porteur", n.to_string())
                                .parameter("natures_admises", vec!["commune", "epci", "ept", "ccas", "association", "autre"]),
                        );
                    }
                }
            }
        }
    }),
};
