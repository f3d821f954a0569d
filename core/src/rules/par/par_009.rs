//! PAR-009.

use super::*;

/// PAR-009: the conseil citoyen is associated with the contract and independent.
pub static PAR_009: Rule = Rule {
    code: "PAR-009",
    severity: Severity::Error,
    category: Category::BusinessRule,
    applies_to: &[DocumentKind::ConseilCitoyen],
    in_force: sources::LOI_2014_173_ART7.in_force,
    sources: &[sources::LOI_2014_173_ART7],
    title: Text::doc("Association et indépendance du conseil citoyen", "Involvement and independence of the conseil citoyen"),
    message: Text::new("Conseil citoyen : {what}.", "Conseil citoyen: {what}."),
    help: Text::new(
        "Les conseils citoyens sont associés à l'élaboration, à la mise en œuvre et à l'évaluation du contrat de ville, et exercent leur action en toute indépendance vis-à-vis des pouvoirs publics : leur structure porteuse ne peut être une institution.",
        "Conseils citoyens are involved in drawing up, implementing and evaluating the contrat de ville, and act independently from public authorities: their structure porteuse cannot be an institution.",
    ),
    description: Text::doc(
        "Signale un conseil citoyen déclaré non associé au contrat de ville et une structure porteuse qui est une institution publique (commune, EPCI, État, CCAS…).",
        "Reports a conseil citoyen declared not involved in the contrat de ville and a structure porteuse that is a public institution (commune, EPCI, State, CCAS…).",
    ),
    limits: Some(Text::doc(
        "Le respect des valeurs (liberté, égalité, fraternité, laïcité, neutralité) n'est pas vérifiable.",
        "Respect of the values (liberté, égalité, fraternité, laïcité, neutralité) cannot be checked.",
    )),
    transition: None,
    requires: &[],
    parameters: &[],
    messages: &[
        Message::new(
            "associe_au_contrat",
            "Conseil citoyen : il n'est pas associé à l'élaboration, la mise en œuvre et l'évaluation du contrat de ville.",
            "Conseil citoyen: it is not involved in drawing up, implementing and evaluating the contrat de ville.",
        ),
        Message::new(
            "structure_porteuse",
            "Conseil citoyen : sa structure porteuse est une institution ({nature}), ce qui compromet son indépendance.",
            "Conseil citoyen: its structure porteuse is an institution ({nature}), which undermines its independence.",
        ),
    ],
    check: Check::Document(|ctx, out| {
        let Document::ConseilCitoyen(c) = ctx.doc else { return };
        if c.associe_au_contrat == Some(false) {
            out.push(
                util::declared_false("/associe_au_contrat", "associe_au_contrat"),
            );
        }
        if let Some(id) = &c.structure_porteuse {
            if let Some(n) = util::nature(ctx.doc, id).filter(|n| is_institutional(*n)) {
                out.push(
                    Finding::at("/structure_porteuse").parameter("natures_exclues", "institutions")
                        .param("what", format!("structure_porteuse: {n}"))
                        .variant("structure_porteuse")
                        .display("nature", n.to_string())
                        .parameter("nature", n.to_string())
                        .input("/structure_porteuse", id.clone()),
                );
            }
        }
    }),
};
