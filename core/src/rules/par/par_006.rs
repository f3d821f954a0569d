//! PAR-006.

use super::*;

/// PAR-006: the local-actors college holds no institutional actor.
pub static PAR_006: Rule = Rule {
    code: "PAR-006",
    severity: Severity::Warning,
    category: Category::BusinessRule,
    applies_to: &[DocumentKind::ConseilCitoyen],
    in_force: sources::CADRE_CC_2014.in_force,
    sources: &[sources::CADRE_CC_2014],
    title: Text::doc("Collège des acteurs locaux", "Local actors college"),
    message: Text::new(
        "Le collège des acteurs locaux comprend un acteur institutionnel ({nature}).",
        "The local actors college includes an institutional actor ({nature}).",
    ),
    help: Text::new(
        "Le collège des associations et acteurs locaux réunit des associations et collectifs implantés dans le quartier et des acteurs de terrain, sans lien direct avec les institutions déjà représentées dans les instances du contrat de ville.",
        "The associations and local actors college brings together associations and collectives established in the quartier and field actors, with no direct link to the institutions already represented in the contrat de ville's bodies.",
    ),
    description: Text::doc(
        "Signale, parmi `membres_acteurs_locaux`, les acteurs dont la nature est institutionnelle (État, ARS, collectivité, CCAS, caisses, bailleur social, ANRU…).",
        "Reports, among `membres_acteurs_locaux`, actors of an institutional nature (State, ARS, local authority, CCAS, social security funds, social landlord, ANRU…).",
    ),
    limits: Some(Text::doc(
        "L'implantation des associations dans le quartier n'est pas vérifiée.",
        "Whether associations are established in the quartier is not checked.",
    )),
    transition: None,
    requires: &[],
    parameters: &[],
    messages: &[],
    check: Check::Document(|ctx, out| {
        let Document::ConseilCitoyen(c) = ctx.doc else { return };
        for (i, id) in c.membres_acteurs_locaux.iter().enumerate() {
            if let Some(n) = util::nature(ctx.doc, id).filter(|n| is_institutional(*n)) {
                let p = format!("/membres_acteurs_locaux/{i}");
                out.push(Finding::at(p.clone()).parameter("natures_exclues", "institutions").param("nature", n.to_string()).parameter("nature", n.to_string()).input(p, id.clone()));
            }
        }
    }),
};
