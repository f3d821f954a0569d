//! CV-004.

use super::*;

/// CV-004: dates of the 2015 generation.
pub static CV_004: Rule = Rule {
    code: "CV-004",
    severity: Severity::Error,
    category: Category::BusinessRule,
    applies_to: &[DocumentKind::ContratDeVille],
    in_force: InForce::since(params::CV_2015_PERIODE.value.from),
    sources: &[sources::LOI_2014_173_ART6, sources::LF_2019, sources::LF_2022, sources::LF_2024, sources::SENAT_AMDT_II_2209],
    title: Text::doc("Terme légal des contrats de ville 2015", "Legal term of 2015 contrats de ville"),
    message: Text::new(
        "Ce contrat de ville de 2015 {what} au-delà de son terme légal du {legal_end}.",
        "This 2015 contrat de ville {what} beyond its legal term of {legal_end}.",
    ),
    help: Text::new(
        "Un contrat de la génération 2015 a pris fin le 31 décembre 2023 (31 décembre 2024 outre-mer) : passez-le « echu » et décrivez le contrat « Engagements Quartiers 2030 » qui lui succède dans un document de génération 2024.",
        "A 2015-generation contract ended on 31 December 2023 (31 December 2024 overseas): mark it \"echu\" and describe the \"Engagements Quartiers 2030\" contract that follows it as a 2024-generation document.",
    ),
    description: Text::doc(
        "Génération 2015 : signés en 2015, pour 2015-2020, prorogés par la loi jusqu'au 31 décembre 2022 puis 2023 (2024 outre-mer). Un tel contrat ne peut être « en vigueur » ou « prorogé » après ce terme, ni fixer une fin au-delà.",
        "2015 generation: signed in 2015 for 2015-2020, prorogued by law to 31 December 2022 then 2023 (2024 overseas). Such a contract cannot be \"en_vigueur\" or \"proroge\" after that term, nor set an end beyond it.",
    ),
    limits: Some(Text::doc(
        "Le texte de la LF 2025 sur l'outre-mer n'a pas été vérifié dans sa version définitive ; la règle retient le 31 décembre 2024.",
        "The final text of the 2025 finance law for overseas was not verified; the rule uses 31 December 2024.",
    )),
    transition: None,
    requires: &[],
    parameters: &[&params::CV_2015_PERIODE, &params::CV_2015_FIN_DERNIERE_OUTRE_MER, &params::CV_2015_FIN_DERNIERE],
    messages: &[
        Message::new(
            "en_vigueur",
            "Ce contrat de ville de 2015 est déclaré en vigueur au {as_of} au-delà de son terme légal du {legal_end}.",
            "This 2015 contrat de ville is declared in force on {as_of} beyond its legal term of {legal_end}.",
        ),
        Message::new(
            "fin",
            "Ce contrat de ville de 2015 fixe une fin au {fin} au-delà de son terme légal du {legal_end}.",
            "This 2015 contrat de ville sets an end on {fin} beyond its legal term of {legal_end}.",
        ),
    ],
    check: Check::Document(|ctx, out| {
        let Document::ContratDeVille(c) = ctx.doc else { return };
        if !lif::is_cv2015(ctx.doc) {
            return;
        }
        let om = util::is_outre_mer(ctx.doc);
        let final_end = if om { params::CV_2015_FIN_DERNIERE_OUTRE_MER.value } else { params::CV_2015_FIN_DERNIERE.value };
        let active = matches!(
            c.statut.as_ref().and_then(|s| s.known()),
            Some(StatutCv::EnVigueur | StatutCv::Proroge)
        );
        if active && ctx.as_of > final_end {
            out.push(
                Finding::at("/statut")
                    .param("what", "en_vigueur")
                    .variant("en_vigueur")
                    .display("as_of", ctx.as_of.to_string())
                    .param("legal_end", final_end.to_string())
                    .input("/statut", c.statut.as_ref().map(|s| match s { crate::model::Code::Known(k) => k.to_string(), crate::model::Code::Unknown(w) => w.clone() }).unwrap_or_default())
                    .parameter("terme_legal", final_end.to_string())
                    .parameter("outre_mer", om),
            );
        }
        let ends = c
            .periode
            .and_then(|p| p.fin)
            .map(|f| ("/periode/fin".to_string(), f))
            .into_iter()
            .chain(c.avenants.iter().enumerate().filter_map(|(i, a)| {
                a.nouvelle_fin.map(|n| (format!("/avenants/{i}/nouvelle_fin"), n))
            }));
        for (p, e) in ends {
            if e.after(final_end).is_yes() {
                out.push(
                    Finding::at(p.clone())
                        .param("what", "fin")
                        .variant("fin")
                        .display("fin", e.to_string())
                        .param("legal_end", final_end.to_string())
                        .input(p, e.to_string())
                        .parameter("terme_legal", final_end.to_string()),
                );
            }
        }
    }),
};
