//! AR-001.

use super::*;

/// AR-001: conditions of an adulte-relais contract.
pub static AR_001: Rule = Rule {
    code: "AR-001",
    severity: Severity::Error,
    category: Category::BusinessRule,
    applies_to: &[DocumentKind::AtelierSanteVille],
    in_force: params::ADULTES_RELAIS_AGE_30_DEPUIS.since(),
    sources: &[sources::CODE_TRAVAIL_L5134_102, sources::SERVICE_PUBLIC_F1019],
    title: Text::doc("Conditions du contrat adulte-relais", "Conditions of the adulte-relais contract"),
    message: Text::new(
        "Contrat adulte-relais n° {index} (embauche {date}) : {what}.",
        "Adulte-relais contract no. {index} (hired {date}): {what}.",
    ),
    help: Text::new(
        "Le titulaire d'un contrat adulte-relais a au moins 30 ans à l'embauche (contrats conclus du 8 août 2015 au 15 septembre 2021) ou 26 ans (depuis le 16 septembre 2021), est sans emploi (ou en fin de CAE), réside dans un quartier prioritaire ou un autre territoire prioritaire d'un contrat de ville ; l'employeur est une collectivité, un établissement public, un organisme privé à but non lucratif ou une personne chargée d'un service public.",
        "An adulte-relais is at least 30 at hiring (contracts concluded from 8 August 2015 to 15 September 2021) or 26 (since 16 September 2021), without employment (or ending a CAE), resident in a QPV or another priority territory of a contrat de ville; the employer is a local authority, a public body, a non-profit private body or a body in charge of a public service.",
    ),
    description: Text::doc(
        "Pour chaque contrat : l'âge à l'embauche est comparé au seuil en vigueur à la date d'embauche (30 ans, puis 26 ans à partir du 16 septembre 2021) ; signale aussi un titulaire qui n'était pas sans emploi, qui ne réside pas en QPV, et un employeur du secteur marchand (bureau d'études).",
        "For each contract: the age at hiring is compared with the threshold in force on the hiring date (30, then 26 from 16 September 2021); also reports a holder who was not without employment, who does not live in a QPV, and an employer from the commercial sector (consultancy).",
    ),
    limits: Some(Text::doc(
        "Les contrats conclus avant le 8 août 2015 (rédaction « ZUS » de l'article) et les contrats sans date d'embauche ne sont pas vérifiés sur l'âge. Les « limites » posées aux employeurs publics ne sont pas vérifiées. L'âge n'apparaît jamais dans le diagnostic.",
        "Contracts concluded before 8 August 2015 (the article's \"ZUS\" wording) and contracts without a hiring date are not checked for age. The \"limits\" set on public employers are not checked. The age never appears in the diagnostic.",
    )),
    transition: None,
    requires: &[],
    parameters: &[&params::ADULTES_RELAIS_AGE_30_DEPUIS, &params::ADULTES_RELAIS_AGE_26_DEPUIS, &params::ADULTES_RELAIS_AGE_MINIMUM],
    messages: &[
        Message::new(
            "age",
            "Contrat adulte-relais n° {index} (embauche {date}) : le titulaire avait moins de {age_minimum} ans à l'embauche.",
            "Adulte-relais contract no. {index} (hired {date}): the holder was under {age_minimum} at hiring.",
        ),
        Message::new(
            "sans_emploi_false",
            "Contrat adulte-relais n° {index} (embauche {date}) : le titulaire n'était pas sans emploi à l'embauche.",
            "Adulte-relais contract no. {index} (hired {date}): the holder was not without employment at hiring.",
        ),
        Message::new(
            "reside_en_qpv_false",
            "Contrat adulte-relais n° {index} (embauche {date}) : le titulaire ne réside pas dans un quartier prioritaire ou un territoire prioritaire du contrat de ville.",
            "Adulte-relais contract no. {index} (hired {date}): the holder does not live in a QPV or a priority territory of the contrat de ville.",
        ),
        Message::new(
            "employeur_marchand",
            "Contrat adulte-relais n° {index} (embauche {date}) : l'employeur est une entreprise du secteur marchand.",
            "Adulte-relais contract no. {index} (hired {date}): the employer is a commercial company.",
        ),
    ],
    check: Check::Document(|ctx, out| {
        for (i, c) in contrats(ctx.doc).iter().enumerate() {
            let base = format!("/adultes_relais/{i}");
            let date = c.date_embauche.map(|d| d.to_string()).unwrap_or_else(|| "—".into());
            let finding = |p: &str| {
                Finding::at(format!("{base}{p}"))
                    .param("index", i + 1)
                    .param("date", date.clone())
            };
            if let (Some(d), Some(age)) = (c.date_embauche, c.age_a_l_embauche) {
                if let Some(min) = age_minimum(d).filter(|m| age < *m) {
                    out.push(
                        finding("/age_a_l_embauche")
                            .param("what", format!("age < {min}"))
                            .variant("age")
                            .display("age_minimum", min.to_string())
                            .input(format!("{base}/date_embauche"), d.to_string())
                            .parameter("age_minimum", min)
                            .parameter("age_30_depuis", params::ADULTES_RELAIS_AGE_30_DEPUIS.value.to_string())
                            .parameter("age_26_depuis", params::ADULTES_RELAIS_AGE_26_DEPUIS.value.to_string()),
                    );
                }
            }
            if c.sans_emploi_a_l_embauche == Some(false) {
                out.push(
                    finding("/sans_emploi_a_l_embauche").parameter("attendu", true)
                        .param("what", "sans_emploi: false")
                        .variant("sans_emploi_false")
                        .input(format!("{base}/sans_emploi_a_l_embauche"), false),
                );
            }
            if c.reside_en_qpv == Some(false) {
                out.push(
                    finding("/reside_en_qpv").parameter("attendu", true)
                        .param("what", "reside_en_qpv: false")
                        .variant("reside_en_qpv_false")
                        .input(format!("{base}/reside_en_qpv"), false),
                );
            }
            if let Some((id, n)) = c
                .employeur
                .as_deref()
                .and_then(|id| util::nature(ctx.doc, id).map(|n| (id, n)))
                .filter(|(_, n)| *n == NatureActeur::BureauEtudes)
            {
                out.push(
                    finding("/employeur")
                        .parameter("natures_exclues", vec!["bureau_etudes"])
                        .parameter("nature_employeur", n.to_string())
                        .param("what", format!("employeur {n}"))
                        .variant("employeur_marchand")
                        .input(format!("{base}/employeur"), id),
                );
            }
        }
    }),
};
