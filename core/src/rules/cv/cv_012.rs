//! CV-012.

use super::*;

/// CV-012: the 2019 protocole d'engagements renforcés et réciproques.
pub static CV_012: Rule = Rule {
    code: "CV-012",
    severity: Severity::Warning,
    category: Category::BusinessRule,
    applies_to: &[DocumentKind::ContratDeVille],
    in_force: params::CV_2015_RENOVATION.value.in_force(),
    sources: &[sources::CIRC_2019_01_22, sources::SEED_ASV_2019],
    title: Text::doc("Protocole d'engagements renforcés et réciproques", "Protocole d'engagements renforcés et réciproques"),
    message: Text::new(
        "Au {as_of}, ce contrat de ville de 2015 n'a pas de protocole d'engagements renforcés et réciproques (2019) parmi ses avenants.",
        "On {as_of}, this 2015 contrat de ville has no protocole d'engagements renforcés et réciproques (2019) among its amendments.",
    ),
    help: Text::new(
        "Ajoutez dans « avenants » le protocole signé en 2019 (nature « protocole_engagements_renforces », date, objet) qui rénove le contrat pour 2020-2022.",
        "Add to \"avenants\" the protocol signed in 2019 (nature \"protocole_engagements_renforces\", date, objet) that renews the contract for 2020-2022.",
    ),
    description: Text::doc(
        "Chaque contrat de ville de 2015 a été rénové en 2019 par un protocole d'engagements renforcés et réciproques (État, collectivité, partenaires), à signer avant fin juillet 2019, pour 2020-2022. À partir du 1er janvier 2020, un contrat 2015 sans ce protocole est signalé.",
        "Every 2015 contrat de ville was renewed in 2019 by a protocole d'engagements renforcés et réciproques (State, collectivité, partners), to be signed by the end of July 2019, for 2020-2022. From 1 January 2020, a 2015 contract without that protocol is flagged.",
    ),
    limits: None,
    transition: None,
    requires: &[],
    parameters: &[&params::CV_2015_RENOVATION, &params::CV_2015_PERR_AVANT],
    messages: &[],
    check: Check::Document(|ctx, out| {
        let Document::ContratDeVille(c) = ctx.doc else { return };
        if !lif::is_cv2015(ctx.doc) || ctx.as_of < PERR_DUE {
            return;
        }
        if !c
            .avenants
            .iter()
            .any(|a| a.nature == NatureAvenant::ProtocoleEngagementsRenforces)
        {
            out.push(
                Finding::at("/avenants")
                    .param("as_of", ctx.as_of.to_string())
                    .parameter("protocole_attendu_avant", PERR_DUE.to_string()),
            );
        }
    }),
};
