//! GOV-006.

use super::*;

/// GOV-006: prefectoral recognition of a conseil citoyen after consulting maire and EPCI.
pub static GOV_006: Rule = Rule {
    code: "GOV-006",
    severity: Severity::Error,
    category: Category::BusinessRule,
    applies_to: &[DocumentKind::ConseilCitoyen],
    in_force: sources::LOI_2014_173_ART7.in_force,
    sources: &[sources::LOI_2014_173_ART7],
    title: Text::doc("Reconnaissance préfectorale du conseil citoyen", "Prefectoral recognition of the conseil citoyen"),
    message: Text::new("Conseil citoyen : {what}.", "Conseil citoyen: {what}."),
    help: Text::new(
        "La composition du conseil citoyen est reconnue par arrêté du préfet, après consultation du maire et du président de l'EPCI ; indiquez la date de l'arrêté, ou faites-le prendre.",
        "The conseil citoyen's composition is recognised by arrêté of the préfet, after consulting the maire and the EPCI's president; give the arrêté's date, or have it taken.",
    ),
    description: Text::doc(
        "Signale un conseil citoyen installé à la date d'évaluation sans arrêté préfectoral de reconnaissance, et une reconnaissance sans consultation du maire et du président de l'EPCI.",
        "Reports a conseil citoyen installed at the evaluation date without a prefectoral arrêté of recognition, and a recognition without consulting the maire and the EPCI's president.",
    ),
    limits: Some(Text::doc(
        "Un conseil citoyen sans date d'installation n'est vérifié que sur la consultation.",
        "A conseil citoyen without an installation date is only checked for the consultation.",
    )),
    transition: None,
    requires: &["/reconnaissance_prefectorale"],
    parameters: &[],
    messages: &[
        Message::new(
            "reconnaissance_prefectorale",
            "Conseil citoyen : installé le {installation}, il n'a pas d'arrêté préfectoral de reconnaissance au {as_of}.",
            "Conseil citoyen: installed on {installation}, it has no prefectoral arrêté of recognition on {as_of}.",
        ),
        Message::new(
            "consultation_maire_epci",
            "Conseil citoyen : le maire et le président de l'EPCI n'ont pas été consultés avant la reconnaissance.",
            "Conseil citoyen: the maire and the EPCI's president were not consulted before recognition.",
        ),
    ],
    check: Check::Document(|ctx, out| {
        let Document::ConseilCitoyen(c) = ctx.doc else { return };
        if let Some(inst) = c.date_installation.filter(|d| d.on_or_before(ctx.as_of).is_yes()) {
            if c.reconnaissance_prefectorale.is_none_or(|r| r.after(ctx.as_of).is_yes()) {
                // Not given is to be completed; a recognition dated after `as_of` is a statement.
                out.push(
                    Finding::at("/reconnaissance_prefectorale")
                        .not_described_if(c.reconnaissance_prefectorale.is_none())
                        .param("what", "reconnaissance_prefectorale")
                        .variant("reconnaissance_prefectorale")
                        .display("installation", inst.to_string())
                        .display("as_of", ctx.as_of.to_string())
                        .input("/date_installation", inst.to_string())
                        .parameter("as_of", ctx.as_of.to_string()),
                );
            }
        }
        if c.consultation_maire_epci == Some(false) {
            out.push(
                util::declared_false("/consultation_maire_epci", "consultation_maire_epci"),
            );
        }
    }),
};
