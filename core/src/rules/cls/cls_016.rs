//! CLS-016.

use super::*;

/// CLS-016: deliberations of the signing collectivités.
pub static CLS_016: Rule = Rule {
    code: "CLS-016",
    severity: Severity::Warning,
    category: Category::Required,
    applies_to: &[DocumentKind::ContratLocalSante],
    in_force: params::CLS_DEPUIS.since(),
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
    parameters: &[&params::CLS_DEPUIS],
    messages: &[
        Message::new(
            "sans_deliberation",
            "Signataire « {nom} » : la date de la délibération autorisant la signature n'est pas indiquée.",
            "Signatory \"{nom}\": the date of the deliberation authorising the signature is not given.",
        ),
        Message::new(
            "sans_deliberation_rang",
            "Signataire n° {rang} : la date de la délibération autorisant la signature n'est pas indiquée.",
            "Signatory no. {rang}: the date of the deliberation authorising the signature is not given.",
        ),
        Message::new(
            "deliberation_apres_signature",
            "Signataire « {nom} » : la délibération ({deliberation}) suit la signature ({signature}).",
            "Signatory \"{nom}\": the deliberation ({deliberation}) follows the signature ({signature}).",
        ),
        Message::new(
            "deliberation_apres_signature_rang",
            "Signataire n° {rang} : la délibération ({deliberation}) suit la signature ({signature}).",
            "Signatory no. {rang}: the deliberation ({deliberation}) follows the signature ({signature}).",
        ),
    ],
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
            // The sentence names the signatory, or gives its rank (`_rang`).
            let named = |f: Finding, key: &'static str, key_rang: &'static str| {
                let f = f
                    .param("acteur", s.acteur.clone())
                    .param("signataire", nom.clone().unwrap_or_else(|| (i + 1).to_string()));
                match &nom {
                    Some(nom) => f.variant(key).display("nom", nom.clone()),
                    None => f.variant(key_rang).display("rang", (i + 1).to_string()),
                }
            };
            match (s.date_deliberation, s.date_signature.or(c.date_signature)) {
                (None, _) => out.push(
                    named(util::missing(ctx, format!("/signataires/{i}")), "sans_deliberation", "sans_deliberation_rang")
                        .param("problem", "sans_deliberation"),
                ),
                (Some(d), Some(sig)) if d.after(sig).is_yes() => {
                    let sig_path = if s.date_signature.is_some() {
                        format!("/signataires/{i}/date_signature")
                    } else {
                        "/date_signature".to_string()
                    };
                    out.push(
                        named(
                            Finding::at(format!("/signataires/{i}/date_deliberation")),
                            "deliberation_apres_signature",
                            "deliberation_apres_signature_rang",
                        )
                        .param("problem", "deliberation_apres_signature")
                        .display("deliberation", d.to_string())
                        .display("signature", sig.to_string())
                            .input(format!("/signataires/{i}/date_deliberation"), d.to_string())
                            .input(sig_path, sig.to_string()),
                    )
                }
                _ => {}
            }
        }
    }),
};
