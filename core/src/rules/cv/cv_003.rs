//! CV-003.

use super::*;

/// CV-003: the ARS is associated with the contrat de ville.
pub static CV_003: Rule = Rule {
    code: "CV-003",
    severity: Severity::Warning,
    category: Category::BusinessRule,
    applies_to: &[DocumentKind::ContratDeVille],
    in_force: sources::INSTR_2014_12_05.in_force,
    sources: &[sources::INSTR_2014_12_05, sources::IREV_2014],
    title: Text::doc("L'ARS signataire du contrat de ville", "The ARS signs the contrat de ville"),
    message: Text::new(
        "L'ARS n'est pas parmi les signataires du contrat de ville.",
        "The ARS is not among the signatories of the contrat de ville.",
    ),
    help: Text::new(
        "Associez l'ARS (délégation départementale) à l'élaboration du contrat de ville et à sa signature, en tant qu'établissement public de l'État.",
        "Involve the ARS (délégation départementale) in drawing up the contrat de ville and have it sign as a public body of the State.",
    ),
    description: Text::doc(
        "L'instruction du 5 décembre 2014 demande que l'ARS soit associée à l'élaboration et à la signature des contrats de ville, qu'elle signe comme établissement public de l'État. Règle issue d'une circulaire : avertissement (excluez-la avec « exclude » si votre pratique régionale diffère).",
        "The instruction of 5 December 2014 asks that the ARS take part in drawing up and signing contrats de ville, which it signs as a public body of the State. A circulaire-based rule: a warning (exclude it with \"exclude\" if your regional practice differs).",
    ),
    limits: Some(Text::doc(
        "Un contrat en négociation, ou signé avant le 5 décembre 2014, n'est pas vérifié.",
        "A contract under negotiation, or signed before 5 December 2014, is not checked.",
    )),
    transition: None,
    requires: &["/signataires"],
    parameters: &[],
    messages: &[],
    check: Check::Document(|ctx, out| {
        let Document::ContratDeVille(c) = ctx.doc else { return };
        // A partner count without the list: the signatories are not described, not absent.
        if ctx.doc.partenaires_non_listes(&c.signataires) {
            return;
        }
        if negotiating(c) || c.date_signature.is_some_and(|d| !d.on_or_after(params::entry_into_force(&sources::INSTR_2014_12_05)).is_yes()) {
            return;
        }
        let natures: Vec<NatureActeur> = c
            .signataires
            .iter()
            .filter_map(|s| util::nature(ctx.doc, &s.acteur))
            .collect();
        if !natures.iter().any(|n| n.is_ars()) {
            let mut f = util::signatories_finding(ctx, "/signataires", &c.signataires).parameter("circulaire", params::entry_into_force(&sources::INSTR_2014_12_05).to_string());
            if !c.signataires.is_empty() {
                f = f.input("/signataires", natures.iter().map(|n| n.to_string()).collect::<Vec<_>>());
            }
            out.push(f);
        }
    }),
};
