//! The 500-row workbook of the spreadsheet benchmarks: CLS with a name, a commune by its INSEE
//! code, a porteur named in full (resolved through the référentiel), signatories and dates,
//! written into the CLS template; and the same rows as CSV (`;`, UTF-8), cell by cell as a reader
//! of the sheet sees them. Shared by `benches/tableur.rs` and `examples/profile_tableur.rs`.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use serde_json::json;
use territoire_sante::referentiel::Referentiel;
use territoire_sante::tableur::{ecriture, lecture};
use territoire_sante::DocumentKind;

/// Number of rows.
pub const LIGNES: usize = 500;

/// The workbook (.xlsx).
pub fn classeur() -> Vec<u8> {
    let r = Referentiel::embedded().expect("embedded référentiel");
    let communes: Vec<_> = r
        .communes()
        .filter(|c| c.population.unwrap_or(0) > 20_000)
        .take(LIGNES)
        .collect();
    let docs: Vec<_> = communes
        .iter()
        .map(|c| {
            json!({
                "type": "contrat_local_sante",
                "nom": format!("Contrat local de santé de {}", c.nom),
                "statut": "en_vigueur",
                "porteur": "porteur",
                "acteurs": [{"id": "porteur", "nom": format!("Ville de {}", c.nom), "nature": "commune"}, {"id": "ars", "nature": "ars"}],
                "signataires": [{"acteur": "ars"}, {"acteur": "porteur"}],
                "perimetre": [{"type": "commune", "code": c.code}],
                "date_signature": "2019-03-15",
                "periode": {"debut": "2019-03-15", "fin": "2024-03-14"},
            })
        })
        .collect();
    ecriture::ecrire(DocumentKind::ContratLocalSante, &docs).expect("template filled")
}

/// The same rows as CSV: the data sheet of [`classeur`], each cell as its text (dates
/// `15/03/2019`), `;`-separated.
#[allow(dead_code)]
pub fn csv() -> Vec<u8> {
    let feuilles = lecture::lire_feuilles(&classeur(), &Default::default()).expect("readable");
    let data = feuilles.first().expect("a data sheet");
    let mut w = csv::WriterBuilder::new()
        .delimiter(b';')
        .flexible(true)
        .from_writer(Vec::new());
    for row in &data.lignes {
        w.write_record(row.iter().map(|c| c.texte()))
            .expect("in memory");
    }
    w.into_inner().expect("in memory")
}
