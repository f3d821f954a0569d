//! CLS-003.

use super::*;

/// CLS-003: the CLS cites the PRS it implements.
pub static CLS_003: Rule = Rule {
    code: "CLS-003",
    severity: Severity::Warning,
    category: Category::Required,
    applies_to: &[DocumentKind::ContratLocalSante],
    in_force: params::ARS_DEPUIS.since(),
    sources: &[sources::CSP_L1434_2, sources::CSP_L1434_10, sources::SEED_IREV_2016],
    title: Text::doc("Cohérence avec le projet régional de santé", "Coherence with the projet régional de santé"),
    message: Text::new(
        "Le contrat local de santé ne cite pas le projet régional de santé qu'il met en œuvre{detail}.",
        "The contrat local de santé does not cite the projet régional de santé it implements{detail}.",
    ),
    help: Text::new(
        "Renseignez « prs » : région, génération (1, 2 ou 3), période du PRS ou de son schéma régional de santé, intitulé.",
        "Fill in \"prs\": région, generation (1, 2 or 3), period of the PRS or of its schéma régional de santé, title.",
    ),
    description: Text::doc(
        "La mise en œuvre du PRS « peut faire l'objet » de contrats locaux de santé (L1434-10 IV) : citer le PRS que le CLS décline est attendu de la doctrine des ARS, pas imposé par le texte. D'où un avertissement, et un CLS décrit sans sa référence au PRS est à compléter.",
        "The implementation of the PRS \"may be the subject\" of contrats locaux de santé (L1434-10 IV): citing the PRS a CLS implements is expected by ARS doctrine, not imposed by the text. Hence a warning, and a CLS described without its PRS reference is to be completed.",
    ),
    limits: Some(Text::doc(
        "Un CLS en préfiguration n'est pas vérifié. La concordance de la génération citée avec la date de signature relève de PRS-002, celle de la région d'ART-004.",
        "A CLS in préfiguration is not checked. Whether the cited generation fits the signature date is PRS-002's business, the région ART-004's.",
    )),
    transition: None,
    requires: &["/prs"],
    parameters: &[&params::ARS_DEPUIS],
    messages: &[
        Message::new(
            "vide",
            "Le contrat local de santé ne cite pas le projet régional de santé qu'il met en œuvre (la référence « prs » est vide).",
            "The contrat local de santé does not cite the projet régional de santé it implements (the \"prs\" reference is empty).",
        ),
        Message::new(
            "absent",
            "Le contrat local de santé ne cite pas le projet régional de santé qu'il met en œuvre.",
            "The contrat local de santé does not cite the projet régional de santé it implements.",
        ),
    ],
    check: Check::Document(|ctx, out| {
        let Document::ContratLocalSante(c) = ctx.doc else { return };
        if statut(c) == Some(StatutCls::Prefiguration) {
            return;
        }
        match &c.prs {
            None => out.push(util::missing(ctx, "/prs").param("detail", "").variant("absent")),
            Some(p) if p.region.is_none() && p.generation.is_none() && p.periode.is_none() && p.intitule.is_none() => {
                out.push(
                    util::missing(ctx, "/prs")
                        .param("detail", "vide")
                        .variant("vide"),
                )
            }
            Some(_) => {}
        }
    }),
};
