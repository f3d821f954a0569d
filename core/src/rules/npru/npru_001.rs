//! NPRU-001.

use super::*;

/// NPRU-001: an NPNRU project concerns a QPV, with its protocol signatories.
pub static NPRU_001: Rule = Rule {
    code: "NPRU-001",
    severity: Severity::Information,
    category: Category::BusinessRule,
    applies_to: &[DocumentKind::DemarcheAccompagnement],
    in_force: params::NPNRU_DEPUIS.since(),
    sources: &[sources::NPNRU_PROTOCOLE],
    title: Text::doc("Projet de renouvellement urbain (NPNRU)", "Urban renewal project (NPNRU)"),
    message: Text::new("Projet NPNRU : {what}.", "NPNRU project: {what}."),
    help: Text::new(
        "Un projet NPNRU concerne un quartier prioritaire ; son protocole de préfiguration est signé par le préfet, l'ANRU, l'EPCI porteur, la ou les communes du quartier et la Caisse des dépôts (et l'Anah, les maîtres d'ouvrage) ; une maison du projet est attendue.",
        "An NPNRU project concerns a QPV; its protocole de préfiguration is signed by the préfet, the ANRU, the carrying EPCI, the commune(s) of the quartier and the Caisse des dépôts (and Anah, project owners); a maison du projet is expected.",
    ),
    description: Text::doc(
        "Pour une démarche liée à un projet urbain NPNRU : signale l'absence de QPV (ou un quartier qui n'est pas un QPV), les signataires manquants du protocole quand ils sont listés, et une maison du projet déclarée absente.",
        "For a process linked to an NPNRU urban project: reports no QPV (or a quartier that is not a QPV), missing protocol signatories when they are listed, and a maison du projet declared absent.",
    ),
    limits: Some(Text::doc(
        "L'Anah et les maîtres d'ouvrage n'ont pas de nature d'acteur propre et ne sont pas exigés ; la liste des quartiers éligibles (≈ 450) n'est pas embarquée. La présence des conseils citoyens dans le pilotage relève de GOV-007. L'attente d'une maison du projet n'est pas vérifiée sur un texte (GK).",
        "Anah and project owners have no actor nature of their own and are not required; the list of eligible quartiers (≈ 450) is not embedded. Conseils citoyens in the steering are GOV-007's. The expectation of a maison du projet is not verified against a text (GK).",
    )),
    transition: None,
    requires: &[],
    parameters: &[&params::NPNRU_DEPUIS],
    messages: &[
        Message::new(
            "maison_du_projet",
            "Projet NPNRU : aucune maison du projet.",
            "NPNRU project: no maison du projet.",
        ),
        Message::new(
            "qpv",
            "Projet NPNRU : aucun quartier prioritaire n'est indiqué.",
            "NPNRU project: no QPV is given.",
        ),
        Message::new(
            "signataires",
            "Projet NPNRU : signataires manquants du protocole : {signataires}.",
            "NPNRU project: missing protocol signatories: {signataires}.",
        ),
    ],
    check: Check::Document(|ctx, out| {
        let Document::DemarcheAccompagnement(d) = ctx.doc else { return };
        let Some(p) = d.projet_urbain.as_ref().filter(|p| is_npru(&p.nature)) else { return };
        if !p.qpv.iter().any(|t| t.kind == TypeTerritoire::Qpv) {
            out.push(
                Finding::at("/projet_urbain/qpv").parameter("type_requis", "qpv")
                    .param("what", "qpv")
                    .variant("qpv")
                    .input("/projet_urbain/qpv", p.qpv.iter().map(|t| t.kind.to_string()).collect::<Vec<_>>()),
            );
        }
        if !p.signataires_protocole.is_empty() {
            let natures: Vec<NatureActeur> = p
                .signataires_protocole
                .iter()
                .filter_map(|id| util::nature(ctx.doc, id))
                .collect();
            use NatureActeur as N;
            let wanted: [Wanted; 5] = [
                ("prefecture", "le préfet", "the préfet", |n| n.is_etat()),
                ("anru", "l'ANRU", "the ANRU", |n| *n == N::Anru),
                ("epci", "l'EPCI porteur", "the carrying EPCI", |n| matches!(n, N::Epci | N::Ept)),
                ("commune", "la commune", "the commune", |n| *n == N::Commune),
                ("caisse_des_depots", "la Caisse des dépôts", "the Caisse des dépôts", |n| *n == N::CaisseDesDepots),
            ];
            let missing: Vec<_> = wanted.iter().filter(|w| !natures.iter().any(w.3)).collect();
            if !missing.is_empty() {
                out.push(
                    Finding::at("/projet_urbain/signataires_protocole").parameter("signataires_requis", vec!["prefecture", "anru", "epci", "commune", "caisse_des_depots"])
                        .param("what", missing.iter().map(|m| m.0).collect::<Vec<_>>())
                        .variant("signataires")
                        .localized(
                            "signataires",
                            missing.iter().map(|m| m.1).collect::<Vec<_>>().join(", "),
                            missing.iter().map(|m| m.2).collect::<Vec<_>>().join(", "),
                        )
                        .input("/projet_urbain/signataires_protocole", natures.iter().map(|n| n.to_string()).collect::<Vec<_>>()),
                );
            }
        }
        if p.maison_du_projet == Some(false) {
            out.push(
                util::declared_false("/projet_urbain/maison_du_projet", "maison_du_projet"),
            );
        }
    }),
};
