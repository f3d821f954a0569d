//! GOV-007.

use super::*;

/// GOV-007: conseils citoyens sit in every steering body of the contrat de ville.
pub static GOV_007: Rule = Rule {
    code: "GOV-007",
    severity: Severity::Error,
    category: Category::BusinessRule,
    applies_to: &[DocumentKind::ContratDeVille],
    in_force: sources::LOI_2014_173_ART7.in_force,
    sources: &[sources::LOI_2014_173_ART7],
    title: Text::doc("Conseils citoyens dans les instances de pilotage", "Conseils citoyens in the steering bodies"),
    message: Text::new(
        "L'instance de pilotage « {instance} » du contrat de ville ne compte pas de représentant des conseils citoyens.",
        "The contrat de ville's steering body \"{instance}\" has no representative of the conseils citoyens.",
    ),
    help: Text::new(
        "Des représentants des conseils citoyens participent à toutes les instances de pilotage du contrat de ville, y compris celles des projets de renouvellement urbain : ajoutez parmi les membres un acteur de nature `conseil_citoyen`.",
        "Representatives of the conseils citoyens take part in every steering body of the contrat de ville, including those of urban renewal projects: add among the members an actor of nature `conseil_citoyen`.",
    ),
    description: Text::doc(
        "Pour chaque comité de pilotage du contrat de ville (y compris celui du renouvellement urbain et celui du volet santé) dont les membres sont listés, vérifie qu'un membre est un conseil citoyen.",
        "For each steering committee of the contrat de ville (including urban renewal's and the volet santé's) whose members are listed, checks that a member is a conseil citoyen.",
    ),
    limits: Some(Text::doc(
        "Une instance sans liste de membres n'est pas vérifiée. Le comité de pilotage du volet santé est compté parmi les instances de pilotage du contrat.",
        "A body without a member list is not checked. The volet santé's steering committee is counted among the contract's steering bodies.",
    )),
    transition: None,
    requires: &[],
    parameters: &[],
    messages: &[],
    check: Check::Document(|ctx, out| {
        let Document::ContratDeVille(c) = ctx.doc else { return };
        for (p, inst) in steering_bodies(c) {
            if inst.membres.is_empty() {
                continue;
            }
            let ok = inst
                .membres
                .iter()
                .chain(inst.presidence.iter())
                .any(|id| util::nature(ctx.doc, id) == Some(NatureActeur::ConseilCitoyen));
            if !ok {
                let (fr, en) = match (&inst.nom, inst.nature) {
                    (Some(n), _) => {
                        let n: String = n.chars().take(80).collect();
                        (n.clone(), n)
                    }
                    (None, NatureInstance::CopilRenouvellementUrbain) => (
                        "comité de pilotage du renouvellement urbain".to_string(),
                        "urban renewal steering committee".to_string(),
                    ),
                    (None, _) => (
                        "comité de pilotage".to_string(),
                        "steering committee".to_string(),
                    ),
                };
                out.push(
                    Finding::at(format!("{p}/membres"))
                        .param("instance", inst.nature.to_string())
                        .localized("instance", fr, en)
                        .input(
                            format!("{p}/membres"),
                            inst.membres
                                .iter()
                                .map(|id| util::nature(ctx.doc, id).map(|x| x.to_string()).unwrap_or_default())
                                .collect::<Vec<_>>(),
                        )
                        .parameter("nature_requise", "conseil_citoyen"),
                );
            }
        }
    }),
};
