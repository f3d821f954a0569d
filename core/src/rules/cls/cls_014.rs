//! CLS-014.

use super::*;

/// CLS-014: mental-health volet of CLS concluded since the 3DS law.
pub static CLS_014: Rule = Rule {
    code: "CLS-014",
    severity: Severity::Error,
    category: Category::Required,
    applies_to: &[DocumentKind::ContratLocalSante],
    in_force: InForce::since(CLS014_FROM),
    sources: &[
        LOI_3DS,
        L1434_10,
        Source::new(
            SourceKind::Guide,
            "Centre national de ressources et d'appui aux CLSM, Loi 3DS : quel impact sur les CLSM ?",
            Some("https://ressources-clsm.org/loi-3ds-quel-impact-sur-les-conseils-locaux-de-sante-mentale-clsm"),
        ),
    ],
    title: Text::new("Volet santé mentale du CLS (loi 3DS)", "Mental-health volet of the CLS (3DS law)"),
    message: Text::new(
        "Le CLS, {when} le {date}, {problem}.",
        "The CLS, {when} on {date}, {problem}.",
    ),
    help: Text::new(
        "Ajoutez « sante_mentale » : le volet consacré à la santé mentale, le PTSM du territoire qu'il prend en compte (« ptsm ») et, s'il existe, le CLSM qui le constitue (« clsm »).",
        "Add \"sante_mentale\": the mental-health volet, the PTSM of the territory it takes into account (\"ptsm\") and, when one exists, the CLSM that constitutes it (\"clsm\").",
    ),
    description: Text::new(
        "Depuis la loi 3DS (art. 122, en vigueur le 23 février 2022), l'art. L1434-10 IV prévoit que le CLS comporte un volet consacré à la santé mentale, qui tient compte du projet territorial de santé mentale. La règle s'applique aux CLS signés, renouvelés ou modifiés par avenant depuis le 23 février 2022.",
        "Since the 3DS law (art. 122, in force 23 February 2022), art. L1434-10 IV provides that a CLS includes a mental-health volet that takes account of the projet territorial de santé mentale. The rule applies to CLS signed, renewed or amended since 23 February 2022.",
    ),
    limits: Some(Text::new(
        "Un CLS sans aucune date (signature, période, avenant) n'est pas vérifié. Que le CLSM du territoire constitue ce volet relève d'ART-002.",
        "A CLS with no date at all (signature, period, amendment) is not checked. Whether the territory's CLSM constitutes that volet is ART-002's business.",
    )),
    check: Check::Document(|ctx, out| {
        let Document::ContratLocalSante(c) = ctx.doc else { return };
        let concluded = util::conclusion(ctx.doc);
        let amended = c
            .avenants
            .iter()
            .enumerate()
            .filter_map(|(i, a)| a.date.map(|d| (format!("/avenants/{i}/date"), d)))
            .filter(|(_, d)| *d >= CLS014_FROM)
            .max_by_key(|(_, d)| *d);
        let (when_fr, when_en, path, date) = match (concluded, amended) {
            (Some((p, d)), _) if d >= CLS014_FROM => ("conclu", "concluded", p, d),
            (_, Some((p, d))) => ("modifié par avenant", "amended", p, d),
            _ => return,
        };
        let problem = match &c.sante_mentale {
            None => Some((
                "/sante_mentale",
                "sans_volet",
                "ne comporte pas de volet consacré à la santé mentale",
                "has no mental-health volet",
            )),
            Some(v) if v.ptsm.is_none() => Some((
                "/sante_mentale/ptsm",
                "sans_ptsm",
                "ne cite pas le projet territorial de santé mentale dont son volet santé mentale tient compte",
                "does not cite the projet territorial de santé mentale its mental-health volet takes into account",
            )),
            Some(_) => None,
        };
        if let Some((at, w, fr, en)) = problem {
            out.push(
                Finding::at(at)
                    .param("when", when_en)
                    .localized("when", when_fr, when_en)
                    .param("date", date.to_string())
                    .param("problem", w)
                    .localized("problem", fr, en)
                    .input(path, date.to_string())
                    .parameter("depuis", CLS014_FROM.to_string()),
            );
        }
    }),
};
