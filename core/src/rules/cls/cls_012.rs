//! CLS-012.

use super::*;

/// CLS-012: generation label consistent with the signature date.
pub static CLS_012: Rule = Rule {
    code: "CLS-012",
    severity: Severity::Information,
    category: Category::Informational,
    applies_to: &[DocumentKind::ContratLocalSante],
    in_force: InForce::ALWAYS,
    sources: &[sources::SEED_ASV_2019, sources::ARS_HDF_CLS],
    title: Text::doc("Génération du CLS", "CLS generation"),
    message: Text::new(
        "Un CLS de génération {generation} conclu le {date} est invraisemblable : {reason}.",
        "A generation-{generation} CLS concluded on {date} is implausible: {reason}.",
    ),
    help: Text::new(
        "La génération compte les CLS successifs du territoire (1er CLS à partir de 2010, 2e vers 2017-2019, 3e aligné sur le PRS 2023-2028) ; corrigez-la ou la date.",
        "The generation counts the territory's successive CLS (1st from 2010, 2nd around 2017-2019, 3rd aligned on the 2023-2028 PRS); fix it or the date.",
    ),
    description: Text::doc(
        "Étiquette descriptive, sans portée juridique : les premiers CLS datent de 2010, et un CLS dure au moins 3 ans ; une génération n ne peut donc être conclue avant 2010 + 3 × (n − 1). Une génération 0 n'a pas de sens.",
        "A descriptive label with no legal effect: the first CLS date from 2010 and a CLS lasts at least 3 years, so generation n cannot be concluded before 2010 + 3 × (n − 1). Generation 0 makes no sense.",
    ),
    limits: Some(Text::doc(
        "Calendrier des générations tiré des documents de terrain et du guide Hauts-de-France ; il varie selon les territoires.",
        "Generation calendar drawn from field documents and the Hauts-de-France guide; it varies between territories.",
    )),
    transition: None,
    requires: &[],
    parameters: &[&params::CLS_DEPUIS],
    messages: &[
        Message::new(
            "zero_sans_date",
            "Un CLS de génération {generation} conclu le ? est invraisemblable : les générations commencent à 1.",
            "A generation-{generation} CLS concluded on ? is implausible: generations start at 1.",
        ),
        Message::new(
            "zero",
            "Un CLS de génération {generation} conclu le {date} est invraisemblable : les générations commencent à 1.",
            "A generation-{generation} CLS concluded on {date} is implausible: generations start at 1.",
        ),
        Message::new(
            "trop_tot",
            "Un CLS de génération {generation} conclu le {date} est invraisemblable : pas de CLS de cette génération avant {date_au_plus_tot}.",
            "A generation-{generation} CLS concluded on {date} is implausible: no CLS of that generation before {date_au_plus_tot}.",
        ),
    ],
    check: Check::Document(|ctx, out| {
        let Document::ContratLocalSante(c) = ctx.doc else { return };
        let Some(g) = c.generation else { return };
        let Some((p, d)) = util::conclusion(ctx.doc) else {
            if g == 0 {
                out.push(
                    Finding::at("/generation")
                        .param("generation", 0)
                        .param("date", "—")
                        .param("reason", "zero")
                        .variant("zero_sans_date")
                        .input("/generation", 0),
                );
            }
            return;
        };
        let (reason, earliest) = if g == 0 {
            (Some("zero"), None)
        } else {
            let earliest = params::CLS_DEPUIS.value.add_years(3 * (i32::from(g) - 1));
            match earliest {
                Some(e) if d.before(e).is_yes() => (
                    Some("trop_tot"),
                    Some(e),
                ),
                _ => (None, None),
            }
        };
        if let Some(w) = reason {
            let mut f = Finding::at("/generation")
                .param("generation", g)
                .param("date", d.to_string())
                .param("reason", w)
                .variant(w)
                .input("/generation", g)
                .input(p, d.to_string());
            if let Some(e) = earliest {
                f = f
                    .parameter("date_au_plus_tot", e.to_string())
                    .display("date_au_plus_tot", e.to_string());
            }
            out.push(f);
        }
    }),
};
