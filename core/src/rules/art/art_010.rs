//! ART-010.

use super::*;

/// ART-010: a CLS that is the volet santé of a contrat de ville is named back by it.
pub static ART_010: Rule = Rule {
    code: "ART-010",
    severity: Severity::Warning,
    category: Category::Conflict,
    applies_to: &[DocumentKind::Portefeuille],
    in_force: sources::INSTR_2014_12_05.in_force,
    sources: &[sources::INSTR_2014_12_05],
    title: Text::doc("Volet santé déclaré d'un seul côté", "Volet santé declared on one side only"),
    message: Text::new("{problem}.", "{problem}."),
    help: Text::new(
        "Faites concorder les deux documents : le CLS indique « contrat_de_ville » {code, volet_sante: true} et le contrat de ville cite l'identifiant du CLS dans « volet_sante.cls ».",
        "Make both documents agree: the CLS gives \"contrat_de_ville\" {code, volet_sante: true} and the contrat de ville names the CLS's identifier in \"volet_sante.cls\".",
    ),
    description: Text::doc(
        "Là où les territoires coïncident, le CLS peut constituer le volet santé du contrat de ville (instruction du 5 décembre 2014) : les deux documents le disent. La règle signale un CLS qui se dit volet santé d'un contrat de ville du portefeuille qui ne le cite pas, et un contrat de ville qui cite comme volet santé un CLS du portefeuille qui ne s'en réclame pas.",
        "Where territories coincide, the CLS may constitute the volet santé of the contrat de ville (instruction of 5 December 2014): both documents say so. The rule flags a CLS claiming to be the volet santé of a contrat de ville of the portfolio that does not name it, and a contrat de ville naming as volet santé a CLS of the portfolio that does not claim it.",
    ),
    limits: Some(Text::doc(
        "Un contrat de ville ou un CLS absent du portefeuille n'est pas vérifié.",
        "A contrat de ville or CLS absent from the portfolio is not checked.",
    )),
    transition: None,
    requires: &[],
    parameters: &[],
    messages: &[
        Message::new(
            "non_cite",
            "Le CLS « {cls} » se dit volet santé du contrat de ville {contrat_de_ville}, qui ne le cite pas dans son volet santé.",
            "CLS \"{cls}\" claims to be the volet santé of contrat de ville {contrat_de_ville}, which does not name it in its volet santé.",
        ),
        Message::new(
            "non_cite_sans_id",
            "Le CLS se dit volet santé du contrat de ville {contrat_de_ville}, mais sans identifiant le contrat ne peut le citer.",
            "The CLS claims to be the volet santé of contrat de ville {contrat_de_ville}, but without an identifier the contract cannot name it.",
        ),
        Message::new(
            "non_reclame",
            "Le contrat de ville {contrat_de_ville} cite le CLS « {cls} » comme volet santé, mais ce CLS ne s'en réclame pas.",
            "Contrat de ville {contrat_de_ville} names CLS \"{cls}\" as its volet santé, but that CLS does not claim it.",
        ),
    ],
    check: Check::Document(|ctx, out| {
        let Document::Portefeuille(p) = ctx.doc else { return };
        // The first contrat de ville with each code and the first CLS with each identifier,
        // indexed once: a lookup per reference would make the check quadratic.
        let mut cv_by_code: HashMap<&str, (usize, &ContratDeVille)> = HashMap::new();
        let mut cls_by_id: HashMap<&str, &ContratLocalSante> = HashMap::new();
        for (j, d) in p.documents.iter().enumerate() {
            match d {
                Document::ContratDeVille(cv) => {
                    if let Some(code) = cv.code.as_deref() {
                        cv_by_code.entry(code).or_insert((j, cv));
                    }
                }
                Document::ContratLocalSante(c) => {
                    if let Some(id) = c.id.as_deref() {
                        cls_by_id.entry(id).or_insert(c);
                    }
                }
                _ => {}
            }
        }
        for (i, d) in p.documents.iter().enumerate() {
            let Document::ContratLocalSante(c) = d else { continue };
            let Some(l) = c.contrat_de_ville.as_ref().filter(|l| l.volet_sante) else { continue };
            let Some(&(j, cv)) = cv_by_code.get(l.code.as_str()) else { continue };
            let listed = c.id.as_deref().is_some_and(|id| {
                cv.volet_sante.as_ref().is_some_and(|v| v.cls.iter().any(|x| x == id))
            });
            if !listed {
                let found = Finding::at(format!("/documents/{i}/contrat_de_ville/code"));
                let found = match c.id.as_deref() {
                    Some(id) => found.variant("non_cite").display("cls", id.to_string()),
                    None => found.variant("non_cite_sans_id"),
                };
                let mut f = found
                    .param("problem", "non_cite")
                    .param("contrat_de_ville", l.code.clone())
                    .input(format!("/documents/{i}/contrat_de_ville/code"), l.code.clone())
                    .input(format!("/documents/{j}/code"), l.code.clone());
                if let Some(id) = &c.id {
                    f = f.input(format!("/documents/{i}/id"), id.clone());
                }
                out.push(f);
            }
        }
        for (j, d) in p.documents.iter().enumerate() {
            let Document::ContratDeVille(cv) = d else { continue };
            let (Some(code), Some(v)) = (cv.code.as_deref(), cv.volet_sante.as_ref()) else { continue };
            for (k, id) in v.cls.iter().enumerate() {
                let Some(c) = cls_by_id.get(id.as_str()) else { continue };
                let claims = c
                    .contrat_de_ville
                    .as_ref()
                    .is_some_and(|l| l.code == code && l.volet_sante);
                if !claims {
                    out.push(
                        Finding::at(format!("/documents/{j}/volet_sante/cls/{k}"))
                            .param("problem", "non_reclame")
                            .variant("non_reclame")
                            .display("cls", id.to_string())
                            .param("contrat_de_ville", code.to_string())
                            .input(format!("/documents/{j}/volet_sante/cls/{k}"), id.clone()),
                    );
                }
            }
        }
    }),
};
