//! CLS-008.

use super::*;

/// CLS-008: content of fiches action.
pub static CLS_008: Rule = Rule {
    code: "CLS-008",
    severity: Severity::Warning,
    category: Category::Required,
    applies_to: &[DocumentKind::ContratLocalSante],
    in_force: params::CLS_DEPUIS.since(),
    sources: &[sources::ARS_PACA_CLS, sources::CLS_MSM, sources::ORS_NA_CLS],
    title: Text::doc("Programmation et fiches action", "Programme and fiches action"),
    message: Text::new(
        "{what} : {missing}.",
        "{what}: {missing}.",
    ),
    help: Text::new(
        "Chaque fiche action indique son pilote, ses partenaires, ses publics, son calendrier, son budget ou ses financeurs et ses indicateurs d'évaluation.",
        "Each fiche action states its pilot, partners, publics, calendar, budget or financers and evaluation indicators.",
    ),
    description: Text::doc(
        "Un CLS décline ses axes en objectifs puis en actions (« programmation d'actions ») ; chaque fiche action précise pilote, partenaires, publics, calendrier, budget ou financeurs et indicateurs d'évaluation. La règle signale un CLS signé sans action, et chaque action à laquelle manquent des rubriques.",
        "A CLS breaks its axes into objectives then actions (\"programmation d'actions\"); each fiche action states pilot, partners, publics, calendar, budget or financers and evaluation indicators. The rule flags a signed CLS without actions, and each action missing some of these.",
    ),
    limits: Some(Text::doc(
        "Le territoire d'une action n'est pas exigé (à défaut, c'est le périmètre du CLS). La liste des rubriques est une pratique, non un texte. Le plan d'évaluation relève d'ART-008. Un CLS en préfiguration ou en élaboration n'est pas vérifié.",
        "An action's territory is not required (it defaults to the CLS perimeter). The list of items is practice, not a text. The evaluation plan is ART-008's business. A CLS in préfiguration or élaboration is not checked.",
    )),
    transition: None,
    requires: &["/actions"],
    parameters: &[&params::CLS_DEPUIS],
    messages: &[
        Message::new(
            "sans_actions",
            "Programmation du CLS : aucune fiche action.",
            "CLS programme: no fiche action.",
        ),
        Message::new(
            "fiche_incomplete",
            "La fiche action {what} n'indique pas : {missing}.",
            "Fiche action {what} does not state: {missing}.",
        ),
    ],
    check: Check::Document(|ctx, out| {
        let Document::ContratLocalSante(c) = ctx.doc else { return };
        if in_preparation(c) {
            return;
        }
        if c.actions.is_empty() {
            out.push(
                util::missing(ctx, "/actions")
                    .param("what", "cls")
                    .param("missing", "actions")
                    .variant("sans_actions"),
            );
            return;
        }
        for (i, a) in c.actions.iter().enumerate() {
            let mut missing: Vec<&str> = Vec::new();
            if a.pilote.is_none() {
                missing.push("pilote");
            }
            if a.partenaires.is_empty() {
                missing.push("partenaires");
            }
            if a.publics.is_empty() {
                missing.push("publics");
            }
            if a.calendrier.is_none() {
                missing.push("calendrier");
            }
            if a.budget.is_none() && a.financements.is_empty() {
                missing.push("budget");
            }
            if a.indicateurs.is_empty() {
                missing.push("indicateurs");
            }
            if !missing.is_empty() {
                out.push(
                    Finding::at(format!("/actions/{i}"))
                        .param("what", a.id.chars().take(40).collect::<String>())
                        .variant("fiche_incomplete")
                        .param("missing", missing)
                        .input(format!("/actions/{i}/id"), a.id.clone())
                        .parameter(
                            "rubriques",
                            vec!["pilote", "partenaires", "publics", "calendrier", "budget", "indicateurs"],
                        ),
                );
            }
        }
    }),
};
