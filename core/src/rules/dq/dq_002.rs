//! DQ-002.

use super::*;

/// DQ-002: an instrument cannot be dated before it existed in law.
pub static DQ_002: Rule = Rule {
    code: "DQ-002",
    severity: Severity::Error,
    category: Category::Invariant,
    applies_to: &[],
    in_force: InForce::ALWAYS,
    sources: &[sources::LOI_HPST, sources::LOI_2014_173, sources::LOI_2016_41, sources::CIRC_ASV_2000, sources::DECRETS_QPV],
    title: Text::doc("Instrument daté avant sa création", "Instrument dated before it existed"),
    message: Text::new(
        "Le document est daté du {date}, avant l'existence de l'instrument ({instrument}, {since}).",
        "The document is dated {date}, before the instrument existed ({instrument}, {since}).",
    ),
    help: Text::new(
        "Corrigez la date, ou le type de document (un contrat antérieur relève d'un autre dispositif : CUCS, conférence de territoire…).",
        "Fix the date, or the document type (an earlier contract belongs to another scheme: CUCS, conférence de territoire…).",
    ),
    description: Text::doc(
        "CLS pas avant la loi HPST (2009-07-22) ; contrat de ville et conseil citoyen pas avant la loi Lamy (2014-02-23) ; CTS et PTSM pas avant la loi 2016-41 (2016-01-28) ; ASV pas avant la circulaire du 13 juin 2000 ; un contrat (CLS, contrat de ville) ou un conseil citoyen ne nomme pas de QPV avant le 2015-01-01.",
        "CLS not before the HPST law (2009-07-22); contrat de ville and conseil citoyen not before the Lamy law (2014-02-23); CTS and PTSM not before law 2016-41 (2016-01-28); ASV not before the circulaire of 13 June 2000; a contract (CLS, contrat de ville) or a conseil citoyen names no QPV before 2015-01-01.",
    ),
    limits: Some(Text::doc(
        "Un ASV ou un CLSM créé avant 2015 décrit son territoire actuel : il peut nommer des QPV sans être signalé.",
        "An ASV or CLSM created before 2015 describes its current territory: it may name QPV without being flagged.",
    )),
    transition: None,
    requires: &[],
    parameters: &[&params::QPV_DEPUIS, &params::CLS_CREATION, &params::SANTE_2016_DEPUIS],
    messages: &[],
    check: Check::Document(check_dq002),
};

fn check_dq002(ctx: &Ctx<'_>, out: &mut Sink) {
    let Some((path, date)) = util::earliest(ctx.doc) else {
        return;
    };
    if let Some((since, instrument)) = creation(ctx.doc.kind()) {
        if date.before(since).is_yes() {
            out.push(
                Finding::at(path.clone())
                    .param("date", date.to_string())
                    .param("instrument", instrument)
                    .param("since", since.to_string())
                    .input(path.clone(), date.to_string())
                    .parameter("creation", since.to_string()),
            );
            return;
        }
    }
    // A contract dated before 2015 cannot name a QPV. Long-lived bodies (an ASV created in
    // 2007, a CLSM) describe their current territory, which may well include QPV.
    let qpv_since = params::QPV_DEPUIS.value;
    let fixed_at_signature = matches!(
        ctx.doc.kind(),
        DocumentKind::ContratLocalSante
            | DocumentKind::ContratDeVille
            | DocumentKind::ConseilCitoyen
    );
    if date.before(qpv_since).is_yes() && fixed_at_signature {
        let names_qpv = util::perimetre(ctx.doc)
            .iter()
            .chain(match ctx.doc {
                Document::ContratDeVille(c) => c.quartiers.as_slice(),
                _ => &[],
            })
            .any(|t| t.kind == TypeTerritoire::Qpv);
        if names_qpv {
            out.push(
                Finding::at(path.clone())
                    .param("date", date.to_string())
                    .param("instrument", "QPV")
                    .param("since", qpv_since.to_string())
                    .input(path, date.to_string())
                    .parameter("creation", qpv_since.to_string()),
            );
        }
    }
}
