//! PAR-012.

use super::*;

/// PAR-012: a 2024 contrat de ville shows a trace of habitants' consultation.
pub static PAR_012: Rule = Rule {
    code: "PAR-012",
    severity: Severity::Information,
    category: Category::Informational,
    applies_to: &[DocumentKind::ContratDeVille],
    in_force: params::CV_2024_PREPARATION_DEPUIS.since(),
    sources: &[sources::CIRC_2023_08_31, sources::RESOVILLES_2030],
    title: Text::doc("Consultation des habitants (Quartiers 2030)", "Consultation of habitants (Quartiers 2030)"),
    message: Text::new(
        "Ce contrat de ville 2024 ne garde pas trace d'une consultation des habitants.",
        "This 2024 contrat de ville keeps no trace of a consultation of habitants.",
    ),
    help: Text::new(
        "Les contrats « Engagements Quartiers 2030 » ont été précédés d'une consultation citoyenne : décrivez-la dans `participation.actions` (degré `consulter` ou plus) ou indiquez que les conseils citoyens ont été associés au diagnostic du volet santé.",
        "\"Engagements Quartiers 2030\" contracts were preceded by a citizen consultation: describe it in `participation.actions` (degree `consulter` or more) or state that conseils citoyens took part in the volet santé's diagnostic.",
    ),
    description: Text::doc(
        "Pour un contrat de génération 2024, cherche une action participative de degré `consulter` ou plus, ou un diagnostic du volet santé associant les conseils citoyens.",
        "For a 2024-generation contract, looks for a participatory action of degree `consulter` or more, or a volet santé diagnostic involving the conseils citoyens.",
    ),
    limits: None,
    transition: None,
    requires: &[],
    parameters: &[&params::CV_2024_PREPARATION_DEPUIS],
    messages: &[],
    check: Check::Document(|ctx, out| {
        let Document::ContratDeVille(c) = ctx.doc else { return };
        if !is_cv2024(c) {
            return;
        }
        let by_action = c
            .participation
            .as_ref()
            .is_some_and(|p| p.actions.iter().any(|a| a.degre >= DegreParticipation::Consulter));
        let by_diag = c
            .volet_sante
            .as_ref()
            .and_then(|v| v.diagnostic.as_ref())
            .is_some_and(|d| d.conseils_citoyens_associes == Some(true));
        if !by_action && !by_diag {
            out.push(
                Finding::at(if c.participation.is_some() { "/participation" } else { "" })
                    .input("/generation", "2024")
                    .parameter("degre_minimal", "consulter"),
            );
        }
    }),
};
