//! TER-006.

use super::*;

/// TER-006: a commune belongs to one EPCI.
pub static TER_006: Rule = Rule {
    code: "TER-006",
    severity: Severity::Warning,
    category: Category::Conflict,
    applies_to: &[],
    in_force: params::EPCI_2017_DEPUIS.since(),
    sources: &[sources::DGCL_EPCI, sources::REFERENTIEL_EMBARQUE],
    title: Text::doc("Commune rattachée à deux EPCI", "Commune attached to two EPCI"),
    message: Text::new(
        "La commune « {code} » est rattachée ici à l'EPCI {epci}, mais {detail}.",
        "Commune \"{code}\" is attached here to EPCI {epci}, but {detail}.",
    ),
    help: Text::new(
        "Depuis 2017 chaque commune (sauf Bréhat, Sein, Ouessant et l'Île-d'Yeu) appartient à un seul EPCI à fiscalité propre : corrigez le périmètre ou l'EPCI.",
        "Since 2017 every commune (except Bréhat, Sein, Ouessant and L'Île-d'Yeu) belongs to exactly one EPCI à fiscalité propre: correct the perimeter or the EPCI.",
    ),
    description: Text::doc(
        "Quand le périmètre d'un document nomme un seul EPCI et des communes, ces communes sont lues comme membres de cet EPCI. La règle signale une commune que le référentiel (pour un document daté du millésime ou après) ou un autre document du portefeuille en vigueur à la même date rattache à un autre EPCI.",
        "When a document's perimeter names a single EPCI and some communes, those communes are read as members of that EPCI. The rule reports a commune that the référentiel (for a document dated from its vintage on) or another document of the portfolio in force at the same date attaches to another EPCI.",
    ),
    limits: Some(Text::doc(
        "Un périmètre qui nomme un EPCI et une commune voisine hors de l'EPCI est lu comme un rattachement : d'où la gravité d'avertissement. Pour un document antérieur au millésime du référentiel, seule la comparaison entre documents du portefeuille est faite (les périmètres d'EPCI ont changé, notamment en 2017).",
        "A perimeter naming an EPCI and a neighbouring commune outside it is read as an attachment: hence the warning severity. For a document older than the référentiel's vintage, only documents of the portfolio are compared (EPCI perimeters changed, notably in 2017).",
    )),
    transition: None,
    requires: &[],
    parameters: &[&params::EPCI_2017_DEPUIS],
    messages: &[
        Message::new(
            "portefeuille",
            "La commune « {code} » est rattachée ici à l'EPCI {epci}, mais un autre document du portefeuille la rattache à l'EPCI {other}.",
            "Commune \"{code}\" is attached here to EPCI {epci}, but another document of the portfolio attaches it to EPCI {other}.",
        ),
        Message::new(
            "referentiel",
            "La commune « {code} » est rattachée ici à l'EPCI {epci}, mais le référentiel {referentiel} la rattache à l'EPCI {epci_nom} ({other}).",
            "Commune \"{code}\" is attached here to EPCI {epci}, but the {referentiel} référentiel attaches it to EPCI {epci_nom} ({other}).",
        ),
    ],
    check: Check::Document(|ctx, out| {
        let mine = claims(ctx.doc);
        if mine.is_empty() {
            return;
        }
        // The portfolio's claims are read once per portfolio (the cache), not once per member:
        // re-reading every document for each member made the rule quadratic.
        let local;
        let others = match ctx.portefeuille {
            Some(pf) if in_force(ctx.doc, ctx.as_of) => Some(match ctx.cache {
                Some(cache) => cache.epci_claims(|| EpciClaims::new(pf, ctx.as_of)),
                None => {
                    local = EpciClaims::new(pf, ctx.as_of);
                    &local
                }
            }),
            _ => None,
        };
        let use_ref = predates(ctx).is_no();
        for (path, c, e) in mine {
            // A document names a single EPCI (see `claims`), so any other EPCI attached to
            // this commune comes from another document.
            let conflict_doc = others.and_then(|index| index.conflict(&c, &e)).cloned();
            let (found, other) = if let Some(oe) = conflict_doc {
                (Finding::at(path.clone()).variant("portefeuille"), oe)
            } else {
                let Some(r) = ctx.referentiel.filter(|_| use_ref) else { continue };
                if r.epci(&e).is_none() {
                    continue;
                }
                match r.epci_of(&c) {
                    Some(x) if x.siren != e => (
                        Finding::at(path.clone())
                            .variant("referentiel")
                            .display("referentiel", r.vintage.clone())
                            .display("epci_nom", x.nom.to_string()),
                        x.siren.clone(),
                    ),
                    _ => continue,
                }
            };
            out.push(
                found
                    .param("code", short(&c))
                    .param("epci", short(&e))
                    .param("other", other)
                    .param("detail", "conflit")

                    .input(path, c.clone()),
            );
        }
    }),
};
