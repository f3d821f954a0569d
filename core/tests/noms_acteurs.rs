//! Messages name acteurs by their `nom`, never by the document's internal id (an `id` such as
//! « signataire-1 » is a key of the document, not something its reader knows).
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use territoire_sante::{Date, Locale, Options, Validator};

fn messages(doc: &str, locale: Locale) -> Vec<String> {
    let v = Validator::new(Options {
        as_of: Some(Date::ymd(2016, 6, 30)),
        locale,
        ..Options::default()
    })
    .unwrap();
    v.validate_str(doc)
        .diagnostics
        .iter()
        .map(|d| d.message.clone())
        .collect()
}

fn cls(nom: Option<&str>) -> String {
    let nom = nom.map_or(String::new(), |n| format!(r#""nom": "{n}", "#));
    format!(
        r#"{{
  "type": "contrat_local_sante",
  "statut": "en_vigueur",
  "date_signature": "2015-12-17",
  "acteurs": [
    {{"id": "signataire-1", {nom}"nature": "commune"}},
    {{"id": "signataire-2", "nom": "ARS Hauts-de-France", "nature": "ars"}}
  ],
  "signataires": [
    {{"acteur": "signataire-1", "date_signature": "2015-12-17"}},
    {{"acteur": "signataire-2", "date_signature": "2015-12-17"}}
  ]
}}"#
    )
}

#[test]
fn a_signing_collectivite_is_named_by_its_nom() {
    let doc = cls(Some("Ville de Château-Thierry"));
    for (locale, expected) in [
        (
            Locale::Fr,
            "Signataire « Ville de Château-Thierry » : la date de la délibération autorisant la signature n'est pas indiquée.",
        ),
        (
            Locale::En,
            "Signatory \"Ville de Château-Thierry\": the date of the deliberation authorising the signature is not given.",
        ),
    ] {
        let all = messages(&doc, locale);
        assert!(all.iter().any(|m| m == expected), "{all:#?}");
        assert!(all.iter().all(|m| !m.contains("signataire-")), "{all:#?}");
    }
}

#[test]
fn an_unnamed_signing_collectivite_is_named_by_its_rank_not_its_id() {
    let all = messages(&cls(None), Locale::Fr);
    assert!(
        all.iter().any(|m| m.starts_with("Signataire n° 1 : ")),
        "{all:#?}"
    );
    assert!(all.iter().all(|m| !m.contains("signataire-")), "{all:#?}");
}
