//! LIF-003.

use super::*;

/// LIF-003: a 2015 contrat de ville in 2021-2023 is prorogued by law, not expired.
pub static LIF_003: Rule = Rule {
    code: "LIF-003",
    severity: Severity::Warning,
    category: Category::BusinessRule,
    applies_to: &[crate::model::DocumentKind::ContratDeVille],
    in_force: params::CV_2015_PROROGATION.value.in_force(),
    sources: &[sources::LOI_2014_173_ART6, sources::LF_2019, sources::LF_2022],
    title: Text::doc("Contrat de ville prorogé par la loi", "Contrat de ville prorogued by law"),
    message: Text::new(
        "Au {as_of}, ce contrat de ville de 2015 est prorogé par la loi jusqu'au {legal_end} : son statut devrait être « proroge », pas « echu ».",
        "On {as_of}, this 2015 contrat de ville is prorogued by law until {legal_end}: its statut should be \"proroge\", not \"echu\".",
    ),
    help: Text::new(
        "Passez le statut à « proroge » et, si besoin, ajoutez la prorogation légale dans « avenants ».",
        "Set the statut to \"proroge\" and, if needed, record the legal prorogation in \"avenants\".",
    ),
    description: Text::doc(
        "Les contrats de ville 2015-2020 ont été prorogés par la loi jusqu'au 31 décembre 2022 (LF 2019) puis au 31 décembre 2023 (LF 2022) ; entre 2021 et 2023 ils ne sont pas échus.",
        "The 2015-2020 contrats de ville were prorogued by law to 31 December 2022 (LF 2019) then to 31 December 2023 (LF 2022); between 2021 and 2023 they have not expired.",
    ),
    limits: None,
    transition: None,
    requires: &[],
    parameters: &[&params::CV_2015_PROROGATION, &params::CV_2015_FIN, &params::CV_2015_FIN_OUTRE_MER],
    messages: &[],
    check: Check::Document(|ctx, out| {
        let Document::ContratDeVille(c) = ctx.doc else { return };
        if !is_cv2015(ctx.doc) {
            return;
        }
        if matches!(c.statut.as_ref().and_then(|s| s.known()), Some(StatutCv::Echu)) {
            let legal = cv2015_legal_end(ctx.as_of, util::is_outre_mer(ctx.doc));
            if ctx.as_of <= legal {
                out.push(
                    Finding::at("/statut")
                        .param("as_of", ctx.as_of.to_string())
                        .param("legal_end", legal.to_string())
                        .input("/statut", "echu")
                        .parameter("fin_legale", legal.to_string()),
                );
            }
        }
    }),
};
