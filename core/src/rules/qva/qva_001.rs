//! QVA-001.

use super::*;

/// QVA-001: each quartier de veille active says on which ground it is one.
pub static QVA_001: Rule = Rule {
    code: "QVA-001",
    severity: Severity::Information,
    category: Category::Informational,
    applies_to: &[DocumentKind::ContratDeVille],
    in_force: params::CV_2015_VIGUEUR.value.in_force(),
    sources: &[sources::LOI_2014_173_ART13, sources::SENAT_RAPPORT_662, sources::SEED_IREV_2016],
    title: Text::doc("Fondement des quartiers de veille active", "Ground of quartiers de veille active"),
    message: Text::new(
        "Le quartier de veille « {quartier} » n'indique pas son fondement ({fondements}).",
        "The quartier de veille \"{quartier}\" does not state its ground ({fondements}).",
    ),
    help: Text::new(
        "Au sens de l'article 13, un quartier de veille active était en zonage politique de la ville au 31 décembre 2014 et n'est pas QPV au 1er janvier 2015 ; beaucoup de contrats ont retenu une définition locale plus large. Ajoutez dans `qualification_veille` le quartier avec `art13` ou `local`.",
        "Under article 13, a quartier de veille active was in a politique de la ville zoning on 31 December 2014 and is not a QPV on 1 January 2015; many contracts used a wider local definition. Add the quartier to `qualification_veille` with `art13` or `local`.",
    ),
    description: Text::doc(
        "Pour chaque quartier de veille des `quartiers` d'un contrat de ville, cherche sa qualification (par nom ou code) dans `qualification_veille`.",
        "For each quartier de veille in a contrat de ville's `quartiers`, looks for its qualification (by name or code) in `qualification_veille`.",
    ),
    limits: Some(Text::doc(
        "Sans la liste des zonages de 2014, la qualification `art13` ne peut pas être vérifiée.",
        "Without the list of 2014 zonings, an `art13` qualification cannot be verified.",
    )),
    transition: None,
    requires: &[],
    parameters: &[&params::CV_2015_VIGUEUR],
    messages: &[],
    check: Check::Document(|ctx, out| {
        let Document::ContratDeVille(c) = ctx.doc else { return };
        for (j, q) in c.quartiers.iter().enumerate() {
            if q.kind != TypeTerritoire::QuartierVeille {
                continue;
            }
            let keys: Vec<String> = [&q.nom, &q.code].into_iter().flatten().map(|s| norm(s)).collect();
            let found = c.qualification_veille.iter().any(|x| keys.contains(&norm(&x.quartier)));
            if !found {
                let label = q.nom.clone().or_else(|| q.code.clone()).unwrap_or_else(|| format!("#{j}"));
                let label: String = label.chars().take(80).collect();
                let p = format!("/quartiers/{j}");
                out.push(
                    Finding::at(p.clone())
                        .param("quartier", label.clone())
                        .param("fondements", fondements())
                        .input(p, label)
                        .parameter("fondements_possibles", fondements()),
                );
            }
        }
    }),
};
