//! DQ-003.

use super::*;

/// DQ-003: legal references name the article valid at the cited date.
pub static DQ_003: Rule = Rule {
    code: "DQ-003",
    severity: Severity::Error,
    category: Category::Value,
    applies_to: &[DocumentKind::ContratLocalSante, DocumentKind::ConseilTerritorialSante],
    in_force: InForce::ALWAYS,
    sources: &[sources::CSP_L1434_10, sources::LOI_HPST, sources::CLS_TREGOR],
    title: Text::doc("Article de loi périmé à la date citée", "Legal article outdated at the cited date"),
    message: Text::new(
        "« {cite} » n'est pas le texte en vigueur au {date} : {attendu}.",
        "\"{cite}\" is not the text in force on {date}: {attendu}.",
    ),
    help: Text::new(
        "Citez l'article en vigueur à la date du document : L1434-17 CSP pour un CLS conclu du 1er avril 2010 au 27 janvier 2016, L1434-10 à partir du 28 janvier 2016 ; « conseil territorial de santé » (et non « conférence de territoire ») depuis 2017.",
        "Cite the article in force at the document's date: L1434-17 CSP for a CLS concluded from 1 April 2010 to 27 January 2016, L1434-10 from 28 January 2016; \"conseil territorial de santé\" (not \"conférence de territoire\") since 2017.",
    ),
    description: Text::doc(
        "La loi n° 2016-41 a renuméroté les articles : le CLS relève de l'art. L1434-17 CSP du 1er avril 2010 au 27 janvier 2016, de l'art. L1434-10 depuis le 28 janvier 2016 ; les conférences de territoire (HPST) sont remplacées par les conseils territoriaux de santé au 1er janvier 2017. La base légale citée par un CLS et le nom d'un CTS suivent la date du document.",
        "Law 2016-41 renumbered the articles: a CLS falls under art. L1434-17 CSP from 1 April 2010 to 27 January 2016, under art. L1434-10 since 28 January 2016; the conférences de territoire (HPST) were replaced by conseils territoriaux de santé on 1 January 2017. The legal basis cited by a CLS and a CTS's name follow the document's date.",
    ),
    limits: Some(Text::doc(
        "Seules la base légale d'un CLS (« base_legale ») et le nom d'un CTS sont lus ; « territoire de santé » (L1434-16) et « territoire de démocratie sanitaire » (L1434-9) ne sont pas repérés dans le texte libre.",
        "Only a CLS's legal basis (\"base_legale\") and a CTS's name are read; \"territoire de santé\" (L1434-16) and \"territoire de démocratie sanitaire\" (L1434-9) are not spotted in free text.",
    )),
    transition: None,
    requires: &[],
    parameters: &[&params::CTS_INSTALLATION_AVANT],
    messages: &[
        Message::new(
            "l1434_17",
            "« {cite} » n'est pas le texte en vigueur au {date} : le CLS relève de l'art. L1434-10 CSP depuis le {renumerotation}.",
            "\"{cite}\" is not the text in force on {date}: a CLS falls under art. L1434-10 CSP since {renumerotation}.",
        ),
        Message::new(
            "l1434_10",
            "« {cite} » n'est pas le texte en vigueur au {date} : le CLS relevait de l'art. L1434-17 CSP avant le {renumerotation}.",
            "\"{cite}\" is not the text in force on {date}: a CLS fell under art. L1434-17 CSP before {renumerotation}.",
        ),
        Message::new(
            "cts",
            "« {cite} » n'est pas le texte en vigueur au {date} : les conférences de territoire sont remplacées par les conseils territoriaux de santé depuis le {cts_depuis}.",
            "\"{cite}\" is not the text in force on {date}: conférences de territoire were replaced by conseils territoriaux de santé on {cts_depuis}.",
        ),
    ],
    check: Check::Document(|ctx, out| match ctx.doc {
        Document::ContratLocalSante(c) => {
            let Some(b) = c.base_legale.as_deref() else { return };
            let Some((p, d)) = util::conclusion(ctx.doc) else { return };
            let norm: String = b.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_uppercase();
            let (cite, key) = if norm.contains("1434-17") && d.on_or_after(L1434_10_SINCE).is_yes() {
                ("L1434-17", "l1434_17")
            } else if norm.contains("1434-10") && d.before(L1434_10_SINCE).is_yes() {
                ("L1434-10", "l1434_10")
            } else {
                return;
            };
            out.push(
                Finding::at("/base_legale")
                    .param("cite", cite)
                    .param("date", d.to_string())
                    .param("attendu", cite)
                    .variant(key)
                    .display("renumerotation", L1434_10_SINCE.to_string())
                    .input("/base_legale", b.chars().take(80).collect::<String>())
                    .input(p, d.to_string())
                    .parameter("renumerotation", L1434_10_SINCE.to_string()),
            );
        }
        Document::ConseilTerritorialSante(c) => {
            let Some(nom) = c.nom.as_deref() else { return };
            // The name is judged at installation (conférences de territoire ran until 2016-12-30).
            let installed = util::dates(ctx.doc).signature.map(|(p, d)| (p.to_string(), d));
            let Some((p, d)) = installed.or_else(|| util::earliest(ctx.doc)) else { return };
            let low = nom.to_lowercase();
            let cts_since = params::CTS_INSTALLATION_AVANT.value;
            if (low.contains("conférence de territoire") || low.contains("conference de territoire")) && d.on_or_after(cts_since).is_yes() {
                out.push(
                    Finding::at("/nom")
                        .param("cite", "conférence de territoire")
                        .param("date", d.to_string())
                        .param("attendu", "cts")
                        .variant("cts")
                        .display("cts_depuis", cts_since.to_string())
                        .input("/nom", nom.chars().take(80).collect::<String>())
                        .input(p, d.to_string())
                        .parameter("cts_depuis", cts_since.to_string()),
                );
            }
        }
        _ => {}
    }),
};
