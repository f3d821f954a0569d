//! CLS-013.

use super::*;

/// CLS-013: lifecycle of a CLS.
pub static CLS_013: Rule = Rule {
    code: "CLS-013",
    severity: Severity::Information,
    category: Category::Invariant,
    applies_to: &[DocumentKind::ContratLocalSante],
    in_force: InForce::ALWAYS,
    sources: &[sources::SEED_ASV_2019],
    title: Text::doc("Cycle de vie du CLS", "CLS lifecycle"),
    message: Text::new(
        "Statut « {statut} » : {reason}.",
        "Statut \"{statut}\": {reason}.",
    ),
    help: Text::new(
        "Le cycle d'un CLS est préfiguration → élaboration → signé → en vigueur → (avenants) → évalué → échu ou renouvelé ; complétez ce que le statut suppose (signataires, date de signature, évaluation réalisée, avenant de prorogation) ou corrigez le statut.",
        "A CLS goes préfiguration → élaboration → signé → en vigueur → (amendments) → évalué → échu or renouvelé; complete what the statut implies (signatories, signature date, evaluation carried out, prorogation amendment) or fix the statut.",
    ),
    description: Text::doc(
        "« signé » suppose des signataires ; un statut postérieur à la signature (en vigueur, prorogé, évalué, échu, renouvelé) suppose une date de signature ; « évalué » suppose une évaluation réalisée et datée ; « prorogé » suppose un avenant signé par les parties donnant la nouvelle fin (un CLS n'est pas prorogé par la loi).",
        "\"signe\" requires signatories; a statut after signature (en_vigueur, proroge, evalue, echu, renouvele) requires a signature date; \"evalue\" requires an evaluation carried out and dated; \"proroge\" requires an amendment signed by the parties giving the new end (a CLS is not prorogued by law).",
    ),
    limits: Some(Text::doc(
        "La cohérence du statut avec les dates (en vigueur, échu) relève de LIF-002 ; « signé » sans date de signature aussi.",
        "Whether the statut agrees with the dates (en_vigueur, echu) is LIF-002's business, as is \"signe\" without a signature date.",
    )),
    transition: None,
    requires: &[],
    parameters: &[],
    messages: &[
        Message::new(
            "sans_signataires",
            "Statut « {statut} » : aucun signataire n'est indiqué.",
            "Statut \"{statut}\": no signatory is recorded.",
        ),
        Message::new(
            "sans_signature",
            "Statut « {statut} » : aucune date de signature n'est indiquée.",
            "Statut \"{statut}\": no signature date is recorded.",
        ),
        Message::new(
            "sans_evaluation",
            "Statut « {statut} » : aucune évaluation réalisée et datée n'est indiquée.",
            "Statut \"{statut}\": no evaluation carried out and dated is recorded.",
        ),
        Message::new(
            "sans_avenant",
            "Statut « {statut} » : aucun avenant des parties ne fixe de nouvelle fin.",
            "Statut \"{statut}\": no amendment by the parties sets a new end.",
        ),
    ],
    check: Check::Document(|ctx, out| {
        let Document::ContratLocalSante(c) = ctx.doc else { return };
        let Some(s) = statut(c) else { return };
        let signed_date = util::conclusion(ctx.doc).filter(|(p, _)| p != "/periode/debut");
        let reason: Option<&'static str> = match s {
            StatutCls::Signe
                if c.signataires.is_empty() && !ctx.doc.partenaires_non_listes(&c.signataires) =>
            {
                Some("sans_signataires")
            }
            StatutCls::EnVigueur | StatutCls::Proroge | StatutCls::Evalue | StatutCls::Echu | StatutCls::Renouvele
                if signed_date.is_none() =>
            {
                Some("sans_signature")
            }
            StatutCls::Evalue if !c.evaluations.iter().any(|e| e.realisee && e.date.is_some()) => Some("sans_evaluation"),
            StatutCls::Proroge
                if !c
                    .avenants
                    .iter()
                    .any(|a| a.nature == NatureAvenant::Avenant && a.nouvelle_fin.is_some()) =>
            {
                Some("sans_avenant")
            }
            _ => None,
        };
        if let Some(w) = reason {
            out.push(
                Finding::at("/statut")
                    .param("statut", s.to_string())
                    .param("reason", w)
                    .variant(w)
                    .input("/statut", s.to_string()),
            );
        }
    }),
};
