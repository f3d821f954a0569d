//! GOV-012.

use super::*;

/// GOV-012: definition of the territoire de démocratie sanitaire.
pub static GOV_012: Rule = Rule {
    code: "GOV-012",
    severity: Severity::Warning,
    category: Category::BusinessRule,
    applies_to: &[DocumentKind::ConseilTerritorialSante],
    in_force: params::SANTE_2016_DEPUIS.since(),
    sources: &[sources::CSP_R1434_29, sources::DECRET_2016_1024],
    title: Text::doc("Définition du territoire de démocratie sanitaire", "Definition of the territoire de démocratie sanitaire"),
    message: Text::new(
        "Territoire de démocratie sanitaire du CTS : {what}.",
        "Territoire de démocratie sanitaire of the CTS: {what}.",
    ),
    help: Text::new(
        "Le DG ARS arrête les territoires de démocratie sanitaire, au plus tard le 31 octobre 2016, après avis du préfet de région, de la CRSA et des collectivités territoriales (deux mois, silence valant avis).",
        "The DG ARS sets the territoires de démocratie sanitaire, by 31 October 2016 at the latest, after opinions of the préfet de région, the CRSA and the collectivités (two months, silence counting as an opinion).",
    ),
    description: Text::doc(
        "Signale une première définition arrêtée après le 31 octobre 2016 et un avis (préfet de région, CRSA, collectivités) déclaré non recueilli.",
        "Reports a first definition adopted after 31 October 2016 and an opinion (préfet de région, CRSA, collectivités) declared not sought.",
    ),
    limits: Some(Text::doc(
        "Le délai de deux mois et l'avis tacite ne sont pas vérifiés ; une révision ultérieure (`revision: true`) n'est pas soumise à l'échéance de 2016.",
        "The two-month period and tacit opinions are not checked; a later revision (`revision: true`) is not subject to the 2016 deadline.",
    )),
    transition: None,
    requires: &[],
    parameters: &[&params::SANTE_2016_DEPUIS, &params::TDS_ECHEANCE],
    messages: &[
        Message::new(
            "echeance",
            "Territoire de démocratie sanitaire du CTS : arrêté le {date_arrete}, après l'échéance du {echeance}.",
            "Territoire de démocratie sanitaire of the CTS: adopted on {date_arrete}, after the deadline of {echeance}.",
        ),
        Message::new(
            "sans_avis",
            "Territoire de démocratie sanitaire du CTS : arrêté sans l'avis de : {avis}.",
            "Territoire de démocratie sanitaire of the CTS: adopted without the opinion of: {avis}.",
        ),
    ],
    check: Check::Document(|ctx, out| {
        let Document::ConseilTerritorialSante(c) = ctx.doc else { return };
        let Some(d) = &c.definition_tds else { return };
        if let Some(a) = d.date_arrete.filter(|a| a.after(TDS_ECHEANCE).is_yes()) {
            if d.revision != Some(true) {
                out.push(
                    Finding::at("/definition_tds/date_arrete")
                        .param("what", "echeance")
                        .variant("echeance")
                        .display("date_arrete", a.to_string())
                        .display("echeance", TDS_ECHEANCE.to_string())
                        .input("/definition_tds/date_arrete", a.to_string())
                        .parameter("echeance", TDS_ECHEANCE.to_string()),
                );
            }
        }
        let mut missing: Vec<(&str, &str, &str)> = Vec::new();
        if d.avis_prefet_region == Some(false) {
            missing.push(("avis_prefet_region", "le préfet de région", "the préfet de région"));
        }
        if d.avis_crsa == Some(false) {
            missing.push(("avis_crsa", "la CRSA", "the CRSA"));
        }
        if d.avis_collectivites == Some(false) {
            missing.push(("avis_collectivites", "les collectivités territoriales", "the local authorities"));
        }
        if !missing.is_empty() {
            let mut f = Finding::at("/definition_tds").parameter("avis_requis", vec!["avis_prefet_region", "avis_crsa", "avis_collectivites"])
                .param("what", missing.iter().map(|m| m.0).collect::<Vec<_>>())
                .variant("sans_avis")
                .localized(
                    "avis",
                    missing.iter().map(|m| m.1).collect::<Vec<_>>().join(", "),
                    missing.iter().map(|m| m.2).collect::<Vec<_>>().join(", "),
                );
            for m in &missing {
                f = f.input(format!("/definition_tds/{}", m.0), false);
            }
            out.push(f);
        }
    }),
};
