//! CLS-014.

use super::*;

/// CLS-014: mental-health volet of CLS concluded since the 3DS law.
pub static CLS_014: Rule = Rule {
    code: "CLS-014",
    severity: Severity::Error,
    category: Category::Required,
    applies_to: &[DocumentKind::ContratLocalSante],
    in_force: InForce::since(CLS014_FROM),
    sources: &[sources::LOI_3DS, sources::CSP_L1434_10, sources::CNR_CLSM_3DS],
    title: Text::doc("Volet santé mentale du CLS (loi 3DS)", "Mental-health volet of the CLS (3DS law)"),
    message: Text::new(
        "Le CLS, {when} le {date}, {problem}.",
        "The CLS, {when} on {date}, {problem}.",
    ),
    help: Text::new(
        "Ajoutez « sante_mentale » : le volet consacré à la santé mentale, le PTSM du territoire qu'il prend en compte (« ptsm ») et, s'il existe, le CLSM qui le constitue (« clsm »).",
        "Add \"sante_mentale\": the mental-health volet, the PTSM of the territory it takes into account (\"ptsm\") and, when one exists, the CLSM that constitutes it (\"clsm\").",
    ),
    description: Text::doc(
        "Depuis la loi 3DS (art. 122, en vigueur le 23 février 2022), l'art. L1434-10 IV prévoit que le CLS comporte un volet consacré à la santé mentale, qui tient compte du projet territorial de santé mentale. La règle s'applique aux CLS conclus depuis le 23 février 2022 ; l'axe santé mentale peut être décrit par l'objet « sante_mentale » ou par la thématique « sante_mentale » du contrat ou de ses actions.",
        "Since the 3DS law (art. 122, in force 23 February 2022), art. L1434-10 IV provides that a CLS includes a mental-health volet that takes account of the projet territorial de santé mentale. The rule applies to CLS concluded since 23 February 2022; the mental-health axis can be described by the \"sante_mentale\" object or by the \"sante_mentale\" thematic of the contract or of its actions.",
    ),
    limits: Some(Text::doc(
        "Un CLS sans date de conclusion n'est pas vérifié. Que le CLSM du territoire constitue ce volet relève d'ART-002.",
        "A CLS without a conclusion date is not checked. Whether the territory's CLSM constitutes that volet is ART-002's business.",
    )),
    transition: Some(Text::doc(
        "S'applique aux CLS conclus à partir du 23 février 2022 (entrée en vigueur de la loi 3DS). La loi ne prévoit pas d'application aux contrats conclus avant : un avenant postérieur ne les y soumet pas.",
        "Applies to CLS concluded from 23 February 2022 (entry into force of the 3DS law). The law does not reach contracts concluded before: a later avenant does not bring them under it.",
    )),
    requires: &["/sante_mentale", "/sante_mentale/ptsm"],
    parameters: &[&params::CLS_SANTE_MENTALE_DEPUIS],
    messages: &[
        Message::new(
            "sans_volet",
            "Le CLS, conclu le {date}, ne décrit pas de volet consacré à la santé mentale.",
            "The CLS, concluded on {date}, describes no mental-health volet.",
        ),
        Message::new(
            "sans_ptsm",
            "Le CLS, conclu le {date}, ne cite pas le projet territorial de santé mentale dont son volet santé mentale tient compte.",
            "The CLS, concluded on {date}, does not cite the projet territorial de santé mentale its mental-health volet takes into account.",
        ),
    ],
    check: Check::Document(|ctx, out| {
        let Document::ContratLocalSante(c) = ctx.doc else { return };
        // Only contracts concluded once the 3DS wording was in force: the law has no
        // transitional provision reaching contracts signed before it, and an avenant extends the
        // contract it amends, not the new requirement (legal-layer §5).
        let Some((path, date)) = util::conclusion(ctx.doc) else { return };
        if !date.on_or_after(CLS014_FROM).is_yes() {
            return;
        }
        // A mental-health axis can be described by the `sante_mentale` object or by the
        // `sante_mentale` thematic of the contract or of its actions.
        let thematic = c.thematiques.contains(&Thematique::SanteMentale)
            || c.actions.iter().any(|a| a.thematiques.contains(&Thematique::SanteMentale));
        let problem = match &c.sante_mentale {
            None if thematic => None,
            None => Some(("/sante_mentale", "sans_volet")),
            Some(v) if v.ptsm.is_none() => Some(("/sante_mentale/ptsm", "sans_ptsm")),
            Some(_) => None,
        };
        if let Some((at, key)) = problem {
            out.push(
                Finding::at(at)
                    .not_described()
                    .variant(key)
                    .param("when", "concluded")
                    .param("date", date.to_string())
                    .param("problem", key)
                    .input(path, date.to_string())
                    .parameter("depuis", CLS014_FROM.to_string()),
            );
        }
    }),
};
