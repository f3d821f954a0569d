//! DQ-005.

use super::*;
use crate::read::{quotable, quoted};

/// DQ-005: references to actors must name declared actors.
pub static DQ_005: Rule = Rule {
    code: "DQ-005",
    severity: Severity::Warning,
    category: Category::Invariant,
    applies_to: &[],
    in_force: InForce::ALWAYS,
    sources: &[sources::MODELE_SCHEMA],
    title: Text::doc("Acteur non déclaré", "Undeclared actor"),
    message: Text::new(
        "L'acteur « {id} » est cité mais n'est pas déclaré dans « acteurs ».",
        "Actor \"{id}\" is referred to but not declared in \"acteurs\".",
    ),
    help: Text::new(
        "Ajoutez l'acteur à la liste « acteurs » (id, nom, nature) ou corrigez l'identifiant.",
        "Add the actor to the \"acteurs\" list (id, nom, nature) or fix the identifier.",
    ),
    description: Text::doc(
        "Signataires, porteurs, pilotes, présidences et membres renvoient aux acteurs déclarés du document ; un identifiant déclaré deux fois est aussi signalé.",
        "Signatories, carriers, pilots, chairs and members refer to the document's declared actors; an identifier declared twice is flagged too.",
    ),
    limits: None,
    transition: None,
    requires: &[],
    parameters: &[],
    messages: &[],
    check: Check::Document(check_dq005),
};

fn check_dq005(ctx: &Ctx<'_>, out: &mut Sink) {
    let doc = ctx.doc;
    if matches!(doc, Document::Portefeuille(_)) {
        return;
    }
    let mut seen = std::collections::HashSet::new();
    for (i, a) in doc.acteurs().iter().enumerate() {
        if !seen.insert(a.id.as_str()) {
            // An id is quoted only when it reads as an identifier: an e-mail or a name used
            // as one is personal data, never repeated.
            let f = Finding::at(format!("/acteurs/{i}/id"));
            out.push(quoted(f, "id", &a.id, quotable(&a.id)).param("duplicate", true));
        }
    }
    for_each_reference(doc, &mut |id, path| {
        if doc.acteur(id).is_none() {
            out.push(quoted(Finding::at(path()), "id", id, quotable(id)));
        }
    });
}
