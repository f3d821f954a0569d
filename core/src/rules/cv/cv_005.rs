//! CV-005.

use super::*;

/// CV-005: dates of the 2024 generation.
pub static CV_005: Rule = Rule {
    code: "CV-005",
    severity: Severity::Warning,
    category: Category::BusinessRule,
    applies_to: &[DocumentKind::ContratDeVille],
    in_force: params::CV_2024_PERIODE.value.in_force(),
    sources: &[sources::CIRC_2023_08_31, sources::LF_2024, sources::RESOVILLES_2030, sources::SENAT_AMDT_II_2209],
    title: Text::doc("Calendrier des contrats « Engagements Quartiers 2030 »", "Calendar of the \"Engagements Quartiers 2030\" contracts"),
    message: Text::new(
        "Contrat de ville de génération 2024 : {problem}.",
        "2024-generation contrat de ville: {problem}.",
    ),
    help: Text::new(
        "Les contrats « Engagements Quartiers 2030 » de métropole sont signés au plus tard le 31 mars 2024 et prennent fin le 31 décembre 2030 (revoyure en 2027) ; outre-mer, ils commencent au 1er janvier 2025.",
        "Metropolitan \"Engagements Quartiers 2030\" contracts are signed by 31 March 2024 and end on 31 December 2030 (review in 2027); overseas they start on 1 January 2025.",
    ),
    description: Text::doc(
        "Génération 2024 : en métropole, contrats conclus au plus tard le 31 mars 2024 (les crédits pouvaient être engagés sans contrat du 1er janvier au 31 mars 2024), pour six ans jusqu'à fin 2030 ; outre-mer, les contrats 2015 sont prorogés jusqu'à fin 2024 et les nouveaux commencent en 2025.",
        "2024 generation: in metropolitan France, contracts concluded by 31 March 2024 (credits could be used without a contract from 1 January to 31 March 2024), for six years to the end of 2030; overseas, 2015 contracts are prorogued to the end of 2024 and new ones start in 2025.",
    ),
    limits: Some(Text::doc(
        "L'échéance du 31 mars 2024 est celle de la circulaire ; beaucoup de contrats ont été signés plus tard. L'adoption définitive de l'amendement PLF 2025 pour l'outre-mer n'a pas été vérifiée.",
        "The 31 March 2024 deadline is the circulaire's; many contracts were signed later. The final adoption of the PLF 2025 overseas amendment was not verified.",
    )),
    transition: None,
    requires: &[],
    parameters: &[&params::CV_2024_PERIODE, &params::CV_2024_SIGNATURE_AVANT, &params::CV_2024_OUTRE_MER_DEPUIS, &params::CV_2015_FIN_DERNIERE_OUTRE_MER],
    messages: &[
        Message::new(
            "fin",
            "Contrat de ville de génération 2024 : sa fin ({fin}) dépasse le {fin_legale}.",
            "2024-generation contrat de ville: its end ({fin}) is after {fin_legale}.",
        ),
        Message::new(
            "signature_tardive",
            "Contrat de ville de génération 2024 : signé le {signature}, après l'échéance du {signature_au_plus_tard}.",
            "2024-generation contrat de ville: signed on {signature}, after the {signature_au_plus_tard} deadline.",
        ),
        Message::new(
            "debut_outre_mer",
            "Contrat de ville de génération 2024 : outre-mer, il commence le {debut}, avant le {debut_outre_mer} (les contrats 2015 y courent jusqu'à fin {fin_2015_outre_mer}).",
            "2024-generation contrat de ville: overseas, it starts on {debut}, before {debut_outre_mer} (2015 contracts run there until the end of {fin_2015_outre_mer}).",
        ),
    ],
    check: Check::Document(|ctx, out| {
        let Document::ContratDeVille(c) = ctx.doc else { return };
        if !util::is_cv2024(ctx.doc) {
            return;
        }
        let om = util::is_outre_mer(ctx.doc);
        if let Some(f) = c.periode.and_then(|p| p.fin) {
            if f.after(Q2030_END).is_yes() {
                out.push(
                    Finding::at("/periode/fin")
                        .param("problem", "fin")
                        .variant("fin")
                        .display("fin", f.to_string())
                        .localized("fin_legale", Q2030_END.spelled_fr(), Q2030_END.spelled_en())
                        .input("/periode/fin", f.to_string())
                        .parameter("fin_legale", Q2030_END.to_string()),
                );
            }
        }
        if !om {
            if let Some(s) = c.date_signature {
                if s.after(Q2030_SIGN_BY).is_yes() {
                    out.push(
                        Finding::at("/date_signature")
                            .param("problem", "signature_tardive")
                            .variant("signature_tardive")
                            .display("signature", s.to_string())
                            .localized("signature_au_plus_tard", Q2030_SIGN_BY.spelled_fr(), Q2030_SIGN_BY.spelled_en())
                            .input("/date_signature", s.to_string())
                            .parameter("signature_au_plus_tard", Q2030_SIGN_BY.to_string()),
                    );
                }
            }
        } else if let Some(d) = c.periode.and_then(|p| p.debut) {
            if d.before(Q2030_OM_FROM).is_yes() {
                out.push(
                    Finding::at("/periode/debut")
                        .param("problem", "debut_outre_mer")
                        .variant("debut_outre_mer")
                        .display("debut", d.to_string())
                        .localized("debut_outre_mer", Q2030_OM_FROM.spelled_fr(), Q2030_OM_FROM.spelled_en())
                        .display("fin_2015_outre_mer", params::CV_2015_FIN_DERNIERE_OUTRE_MER.value.year().to_string())
                        .input("/periode/debut", d.to_string())
                        .parameter("debut_outre_mer", Q2030_OM_FROM.to_string())
                        .parameter("outre_mer", true),
                );
            }
        }
    }),
};
