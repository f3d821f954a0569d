//! CLS-016.

use super::*;

/// CLS-016: deliberations of the signing collectivités.
pub static CLS_016: Rule = Rule {
    code: "CLS-016",
    severity: Severity::Warning,
    category: Category::Required,
    applies_to: &[DocumentKind::ContratLocalSante],
    in_force: InForce::since(Date::ymd(2010, 1, 1)),
    sources: &[sources::CGCT_EXECUTIF, sources::CLS_SAINT_FLOUR],
    title: Text::doc("Délibération des collectivités signataires", "Deliberation of signing collectivités"),
    message: Text::new(
        "Signataire {signataire} : {problem}.",
        "Signatory {signataire}: {problem}.",
    ),
    help: Text::new(
        "Indiquez pour chaque collectivité signataire la date de la délibération (conseil municipal, conseil communautaire…) autorisant la signature ; elle précède la signature.",
        "Give for each signing collectivité the date of the deliberation (municipal or community council…) authorising the signature; it precedes the signature.",
    ),
    description: Text::doc(
        "Le maire ou le président d'une collectivité signe le CLS « dûment habilité par délibération » de son assemblée : la date de cette délibération est indiquée et ne suit pas la signature.",
        "A collectivité's mayor or president signs the CLS \"duly authorised by deliberation\" of its assembly: that deliberation's date is recorded and does not follow the signature.",
    ),
    limits: Some(Text::doc(
        "Un CLS en préfiguration ou en élaboration n'est pas vérifié.",
        "A CLS in préfiguration or élaboration is not checked.",
    )),
    transition: None,
    requires: &["/signataires/*"],
    check: Check::Document(|ctx, out| {
        let Document::ContratLocalSante(c) = ctx.doc else { return };
        if in_preparation(c) {
            return;
        }
        for (i, s) in c.signataires.iter().enumerate() {
            if !util::nature(ctx.doc, &s.acteur).is_some_and(|n| n.is_collectivite()) {
                continue;
            }
            // Named by its `nom`, never by the document's internal id; by its rank when unnamed.
            let nom = ctx.doc.acteur(&s.acteur).and_then(|a| a.nom.clone());
            let (fr, en) = match &nom {
                Some(nom) => (format!("« {nom} »"), format!("\"{nom}\"")),
                None => (format!("n° {}", i + 1), format!("no. {}", i + 1)),
            };
            let named = |f: Finding| {
                f.param("acteur", s.acteur.clone())
                    .param("signataire", nom.clone().unwrap_or_else(|| (i + 1).to_string()))
                    .localized("signataire", fr.clone(), en.clone())
            };
            match (s.date_deliberation, s.date_signature.or(c.date_signature)) {
                (None, _) => out.push(
                    named(util::missing(ctx.doc, format!("/signataires/{i}")))
                        .param("problem", "sans_deliberation")
                        .localized(
                            "problem",
                            "la date de la délibération autorisant la signature n'est pas indiquée",
                            "the date of the deliberation authorising the signature is not given",
                        ),
                ),
                (Some(d), Some(sig)) if d.after(sig).is_yes() => {
                    let sig_path = if s.date_signature.is_some() {
                        format!("/signataires/{i}/date_signature")
                    } else {
                        "/date_signature".to_string()
                    };
                    out.push(
                        named(Finding::at(format!("/signataires/{i}/date_deliberation")))
                            .param("problem", "deliberation_apres_signature")
                            .localized(
                                "problem",
                                format!("la délibération ({d}) suit la signature ({sig})"),
                                format!("the deliberation ({d}) follows the signature ({sig})"),
                            )
                            .input(format!("/signataires/{i}/date_deliberation"), d.to_string())
                            .input(sig_path, sig.to_string()),
                    )
                }
                _ => {}
            }
        }
    }),
};
