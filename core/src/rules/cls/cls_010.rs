//! CLS-010.

use super::*;

/// CLS-010: usual co-signatories.
pub static CLS_010: Rule = Rule {
    code: "CLS-010",
    severity: Severity::Information,
    category: Category::Informational,
    applies_to: &[DocumentKind::ContratLocalSante],
    in_force: params::CLS_DEPUIS.since(),
    sources: &[sources::SEED_IREV_2016, sources::CLS_MSM, sources::CLS_SAINT_FLOUR, sources::ARS_HDF_CLS],
    title: Text::doc("Cosignataires habituels du CLS", "Usual CLS co-signatories"),
    message: Text::new(
        "Le CLS n'a {what}.",
        "The CLS has {what}.",
    ),
    help: Text::new(
        "Les CLS associent souvent, au-delà de l'ARS et des collectivités : le préfet ou sous-préfet, le conseil départemental, la CPAM ou la MSA, les hôpitaux ou le GHT, les CPTS, l'Éducation nationale. En Hauts-de-France, le socle commun des signataires commence par le représentant de l'État.",
        "Beyond the ARS and collectivités, CLS often involve: the préfet or sous-préfet, the conseil départemental, the CPAM or MSA, hospitals or the GHT, CPTS, Éducation nationale. In Hauts-de-France the common base of signatories starts with the State's representative.",
    ),
    description: Text::doc(
        "Signal descriptif : un CLS signé par la seule ARS et ses collectivités est possible, mais les CLS associent d'ordinaire d'autres partenaires (préfet, département, assurance maladie, hôpitaux, CPTS, Éducation nationale). En Hauts-de-France, l'absence du représentant de l'État est signalée.",
        "Descriptive signal: a CLS signed by the ARS and its collectivités alone is possible, but CLS usually involve other partners (préfet, département, health insurance, hospitals, CPTS, Éducation nationale). In Hauts-de-France, a missing State representative is flagged.",
    ),
    limits: None,
    transition: None,
    requires: &[],
    parameters: &[&params::CLS_DEPUIS],
    messages: &[
        Message::new(
            "aucun_cosignataire",
            "Le CLS n'a aucun des cosignataires habituels (préfet, département, CPAM ou MSA, hôpital, CPTS, Éducation nationale).",
            "The CLS has none of the usual co-signatories (préfet, département, CPAM or MSA, hospital, CPTS, Éducation nationale).",
        ),
        Message::new(
            "sans_etat_hdf",
            "Le CLS n'a pas le représentant de l'État parmi ses signataires, par lequel commence le socle commun des signataires en Hauts-de-France.",
            "The CLS has no State representative among its signatories, although the common base of signatories starts with the State's representative in Hauts-de-France.",
        ),
    ],
    check: Check::Document(|ctx, out| {
        let Document::ContratLocalSante(c) = ctx.doc else { return };
        if c.signataires.is_empty() {
            return;
        }
        let natures: Vec<NatureActeur> = c
            .signataires
            .iter()
            .filter_map(|s| util::nature(ctx.doc, &s.acteur))
            .collect();
        let typical = |n: &NatureActeur| {
            n.is_etat()
                || matches!(
                    n,
                    NatureActeur::Departement
                        | NatureActeur::Cpam
                        | NatureActeur::Msa
                        | NatureActeur::CentreHospitalier
                        | NatureActeur::Psychiatrie
                        | NatureActeur::Cpts
                        | NatureActeur::EducationNationale
                )
        };
        let words: Vec<String> = natures.iter().map(|n| n.to_string()).collect();
        if !natures.iter().any(typical) {
            out.push(
                Finding::at("/signataires")
                    .param("what", "aucun_cosignataire")
                    .variant("aucun_cosignataire")
                    .input("/signataires", words),
            );
        } else if util::region(ctx.doc).as_deref() == Some("32") && !natures.iter().any(|n| n.is_etat()) {
            out.push(
                Finding::at("/signataires")
                    .param("what", "sans_etat_hdf")
                    .variant("sans_etat_hdf")
                    .input("/signataires", words)
                    .parameter("region", "32"),
            );
        }
    }),
};
