//! CLS-006.

use super::*;

/// CLS-006: governance of a CLS.
pub static CLS_006: Rule = Rule {
    code: "CLS-006",
    severity: Severity::Warning,
    category: Category::BusinessRule,
    applies_to: &[DocumentKind::ContratLocalSante],
    in_force: params::CLS_DEPUIS.since(),
    sources: &[sources::ARS_HDF_CLS, sources::SEED_IREV_2016],
    title: Text::doc("Comité de pilotage du CLS", "CLS steering committee"),
    message: Text::new(
        "Gouvernance du CLS : {problem}.",
        "CLS governance: {problem}.",
    ),
    help: Text::new(
        "Déclarez un comité de pilotage (« copil ») coprésidé par l'élu de la collectivité et par l'ARS (délégation départementale), ainsi qu'un comité technique et des groupes de travail.",
        "Declare a steering committee (\"copil\") co-chaired by the collectivité's elected official and by the ARS (délégation départementale), with a technical committee and working groups.",
    ),
    description: Text::doc(
        "Sur le terrain, le CLS est piloté par « un COPIL piloté Élu/DT, un COTECH et des groupes de travail ». La règle signale un CLS sans comité de pilotage, ou dont le comité de pilotage n'est pas coprésidé par une collectivité et par l'ARS.",
        "In the field a CLS is steered by \"a COPIL chaired by the elected official and the ARS territorial delegation, a COTECH and working groups\". The rule flags a CLS without a steering committee, or whose committee is not co-chaired by a collectivité and the ARS.",
    ),
    limits: Some(Text::doc(
        "Pratique de terrain et guide régional, non une obligation légale. Un CLS en préfiguration n'est pas vérifié ; l'absence de COTECH ou de groupes de travail n'est pas signalée.",
        "Field practice and regional guidance, not a legal duty. A CLS in préfiguration is not checked; a missing COTECH or working groups is not flagged.",
    )),
    transition: None,
    requires: &["/gouvernance"],
    parameters: &[&params::CLS_DEPUIS],
    messages: &[
        Message::new(
            "sans_copil",
            "Gouvernance du CLS : aucun comité de pilotage.",
            "CLS governance: no steering committee.",
        ),
        Message::new(
            "sans_collectivite_ni_ars",
            "Gouvernance du CLS : la coprésidence du comité de pilotage n'associe ni l'élu de la collectivité ni l'ARS.",
            "CLS governance: the steering committee is co-chaired by neither the collectivité's elected official nor the ARS.",
        ),
        Message::new(
            "sans_collectivite",
            "Gouvernance du CLS : la coprésidence du comité de pilotage n'associe pas l'élu de la collectivité.",
            "CLS governance: the steering committee is not co-chaired by the collectivité's elected official.",
        ),
        Message::new(
            "sans_ars",
            "Gouvernance du CLS : la coprésidence du comité de pilotage n'associe pas l'ARS.",
            "CLS governance: the steering committee is not co-chaired by the ARS.",
        ),
    ],
    check: Check::Document(|ctx, out| {
        let Document::ContratLocalSante(c) = ctx.doc else { return };
        if statut(c) == Some(StatutCls::Prefiguration) {
            return;
        }
        let copil = c
            .gouvernance
            .iter()
            .enumerate()
            .find(|(_, g)| g.nature == NatureInstance::Copil);
        let Some((i, g)) = copil else {
            out.push(
                util::missing(ctx, "/gouvernance")
                    .param("problem", "sans_copil")
                    .variant("sans_copil"),
            );
            return;
        };
        let natures: Vec<NatureActeur> = g
            .presidence
            .iter()
            .filter_map(|p| util::nature(ctx.doc, p))
            .collect();
        let mut missing: Vec<&str> = Vec::new();
        if !natures.iter().any(|n| n.is_collectivite()) {
            missing.push("collectivite");
        }
        if !natures.iter().any(|n| n.is_ars()) {
            missing.push("ars");
        }
        let key = match missing.as_slice() {
            [_, _] => "sans_collectivite_ni_ars",
            ["collectivite"] => "sans_collectivite",
            _ => "sans_ars",
        };
        if !missing.is_empty() {
            let path = if g.presidence.is_empty() {
                format!("/gouvernance/{i}")
            } else {
                format!("/gouvernance/{i}/presidence")
            };
            // A presidency described without the expected members is a statement about it;
            // none described is to be completed.
            let f = if g.presidence.is_empty() {
                util::missing(ctx, path)
            } else {
                util::lacking(ctx, path)
            };
            let mut f = f
                .param("problem", missing)
                .variant(key);
            if !g.presidence.is_empty() {
                f = f.input(
                    format!("/gouvernance/{i}/presidence"),
                    natures.iter().map(|n| n.to_string()).collect::<Vec<_>>(),
                );
            }
            out.push(f);
        }
    }),
};
