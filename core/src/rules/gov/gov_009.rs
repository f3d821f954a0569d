//! GOV-009.

use super::*;

/// GOV-009: PTSM procedure — diagnostic arrêté first, opinions collected before the arrêté.
pub static GOV_009: Rule = Rule {
    code: "GOV-009",
    severity: Severity::Warning,
    category: Category::BusinessRule,
    applies_to: &[DocumentKind::ProjetTerritorialSanteMentale],
    in_force: sources::CSP_R3224_1.in_force,
    sources: &[sources::CSP_R3224_1, sources::CSP_L3221_2],
    title: Text::doc("Procédure d'adoption du PTSM", "Adoption procedure of the PTSM"),
    message: Text::new("PTSM : {what}.", "PTSM: {what}."),
    help: Text::new(
        "Le diagnostic territorial partagé puis le PTSM sont arrêtés par le DG ARS après avis du conseil territorial de santé (et de sa commission spécialisée en santé mentale) et des CLSM ; enregistrez les avis (`avis`) et la date de l'arrêté du diagnostic.",
        "The diagnostic territorial partagé then the PTSM are adopted by the DG ARS after opinions of the conseil territorial de santé (and its mental-health commission) and the CLSM; record the opinions (`avis`) and the diagnostic's arrêté date.",
    ),
    description: Text::doc(
        "Pour un PTSM arrêté : vérifie que le diagnostic a été arrêté avant lui, qu'un avis du CTS ou de sa commission santé mentale est enregistré, et qu'aucun avis n'est postérieur à l'arrêté.",
        "For an adopted PTSM: checks that the diagnostic was adopted before it, that an opinion of the CTS or its mental-health commission is recorded, and that no opinion is later than the arrêté.",
    ),
    limits: Some(Text::doc(
        "La liste libre `consultations` n'est pas interprétée ; l'avis des CLSM n'est pas exigé (on ne sait pas s'il en existe sur le territoire). La durée et la publication relèvent de PTSM-002.",
        "The free list `consultations` is not interpreted; CLSM opinions are not required (whether any CLSM exists in the territory is unknown). Duration and publication are PTSM-002's.",
    )),
    transition: None,
    requires: &[],
    parameters: &[],
    messages: &[
        Message::new(
            "date_arrete_diagnostic",
            "PTSM : arrêté le {date_arrete} sans date d'arrêté du diagnostic territorial partagé.",
            "PTSM: adopted on {date_arrete} with no arrêté date for the diagnostic territorial partagé.",
        ),
        Message::new(
            "ordre",
            "PTSM : le diagnostic est arrêté le {date_diagnostic}, après le PTSM ({date_arrete}).",
            "PTSM: the diagnostic was adopted on {date_diagnostic}, after the PTSM ({date_arrete}).",
        ),
        Message::new(
            "avis_cts",
            "PTSM : aucun avis du conseil territorial de santé n'est enregistré.",
            "PTSM: no opinion of the conseil territorial de santé is recorded.",
        ),
        Message::new(
            "avis_posterieur",
            "PTSM : l'avis ({instance}) du {date_avis} est postérieur à l'arrêté du {date_arrete}.",
            "PTSM: the opinion ({instance}) of {date_avis} is later than the arrêté of {date_arrete}.",
        ),
    ],
    check: Check::Document(|ctx, out| {
        let Document::ProjetTerritorialSanteMentale(c) = ctx.doc else { return };
        let Some(arrete) = c.date_arrete else { return };
        match c.date_arrete_diagnostic {
            None => out.push(
                Finding::at("/date_arrete_diagnostic").parameter("date_arrete", arrete.to_string())
                    .param("what", "date_arrete_diagnostic")
                    .variant("date_arrete_diagnostic")
                    .display("date_arrete", arrete.to_string())
                    .input("/date_arrete", arrete.to_string()),
            ),
            Some(d) if d.after(arrete).is_yes() => out.push(
                Finding::at("/date_arrete_diagnostic").parameter("date_arrete", arrete.to_string())
                    .param("what", "ordre")
                    .variant("ordre")
                    .display("date_diagnostic", d.to_string())
                    .display("date_arrete", arrete.to_string())
                    .input("/date_arrete_diagnostic", d.to_string())
                    .input("/date_arrete", arrete.to_string()),
            ),
            _ => {}
        }
        use crate::model::InstanceConsultee as I;
        if !c.avis.iter().any(|a| matches!(a.instance, I::Cts | I::CommissionSanteMentaleCts)) {
            out.push(
                Finding::at("/avis")
                    .param("what", "avis_cts")
                    .variant("avis_cts")
                    .input("/avis", c.avis.iter().map(|a| a.instance.to_string()).collect::<Vec<_>>())
                    .parameter("instances_requises", vec!["cts", "commission_sante_mentale_cts"]),
            );
        }
        for (i, a) in c.avis.iter().enumerate() {
            if let Some(d) = a.date.filter(|d| d.after(arrete).is_yes()) {
                let p = format!("/avis/{i}/date");
                out.push(
                    Finding::at(p.clone()).parameter("date_arrete", arrete.to_string())
                        .param("what", "avis posterieur")
                        .variant("avis_posterieur")
                        .display("instance", a.instance.to_string())
                        .display("date_avis", d.to_string())
                        .display("date_arrete", arrete.to_string())
                        .input(p, d.to_string())
                        .input("/date_arrete", arrete.to_string()),
                );
            }
        }
    }),
};
