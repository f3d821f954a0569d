//! Outputs of the analyses: CSV (RFC 4180, written by the `csv` crate: header row, fields
//! quoted when they hold a comma, a quote or a line break, CRLF line ends, rows in a fixed order)
//! and tables for a terminal.

use super::articulation::Articulation;
use super::couverture::{Couverture, Resume};
use super::dispositifs::Dispositif;
use super::quartiers::{CouvertureQuartiers, ResumeQuartiers};
use crate::report::Locale;

/// One CSV cell as written. A cell that a spreadsheet would read as a formula (starting with
/// `=`, `+`, `-`, `@`, a tab or a carriage return: OWASP's "CSV injection" rule) is prefixed
/// with `'`, so that Excel or LibreOffice shows it as text; a plain number (`-3`, `+1.5`) is
/// left as it is. The prefix is what disarms it: spreadsheets evaluate a quoted `"=1+1"` too,
/// so the cell is quoted only where RFC 4180 asks.
fn neutralised(s: &str) -> std::borrow::Cow<'_, str> {
    let formula = s.starts_with(['=', '+', '-', '@', '\t', '\r'])
        && !s.parse::<f64>().is_ok_and(f64::is_finite);
    if formula {
        std::borrow::Cow::Owned(format!("'{s}"))
    } else {
        std::borrow::Cow::Borrowed(s)
    }
}

/// Writes a CSV table.
pub fn csv(headers: &[&str], rows: &[Vec<String>]) -> String {
    let mut w = ::csv::WriterBuilder::new()
        .terminator(::csv::Terminator::CRLF)
        .quote_style(::csv::QuoteStyle::Necessary)
        .flexible(true)
        .from_writer(Vec::new());
    // Writing into memory cannot fail (the writer's only errors are the sink's); rows of
    // unequal length are accepted (`flexible`), so no record is refused either.
    let _ = w.write_record(headers.iter().map(|h| neutralised(h).into_owned()));
    for r in rows {
        let _ = w.write_record(r.iter().map(|c| neutralised(c).into_owned()));
    }
    match w.into_inner() {
        // Every cell is a `&str`: the bytes are UTF-8.
        Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
        Err(_) => String::new(),
    }
}

fn ids<S: std::borrow::Borrow<str>>(v: &[S]) -> String {
    v.join(";")
}

/// The coverage rows as CSV, one line per commune.
pub fn couverture_csv(c: &Couverture) -> String {
    let mut headers = vec!["commune", "nom", "departement", "epci", "population", "qpv"];
    headers.extend(Dispositif::ALL.iter().map(|k| k.colonne()));
    headers.push("couverte");
    let rows: Vec<Vec<String>> = c
        .communes
        .iter()
        .map(|l| {
            let mut r = vec![
                l.commune.clone(),
                l.nom.clone(),
                l.departement.clone(),
                l.epci.clone().unwrap_or_default(),
                l.population.to_string(),
                ids(&l.qpv),
            ];
            r.extend(Dispositif::ALL.iter().map(|k| ids(l.instruments.get(*k))));
            r.push(if l.couverte { "true" } else { "false" }.into());
            r
        })
        .collect();
    csv(&headers, &rows)
}

/// The summaries as CSV, one line per département and a `total` line.
pub fn resume_csv(c: &Couverture) -> String {
    let mut headers = vec![
        "departement".to_string(),
        "nom".into(),
        "communes".into(),
        "population".into(),
        "communes_couvertes".into(),
        "population_couverte".into(),
        "zones_blanches".into(),
        "population_zones_blanches".into(),
    ];
    for k in Dispositif::ALL {
        headers.push(format!("communes_{}", k.colonne()));
        headers.push(format!("population_{}", k.colonne()));
    }
    let row = |r: &Resume| {
        let mut v = vec![
            r.departement.clone(),
            r.nom.clone(),
            r.communes.to_string(),
            r.population.to_string(),
            r.communes_couvertes.to_string(),
            r.population_couverte.to_string(),
            r.zones_blanches.to_string(),
            r.population_zones_blanches.to_string(),
        ];
        for k in Dispositif::ALL {
            let c = r.par_dispositif.get(&k).copied().unwrap_or_default();
            v.push(c.communes.to_string());
            v.push(c.population.to_string());
        }
        v
    };
    let mut rows: Vec<Vec<String>> = c.departements.iter().map(row).collect();
    rows.push(row(&c.total));
    let h: Vec<&str> = headers.iter().map(String::as_str).collect();
    csv(&h, &rows)
}

/// Thousands separated by a narrow space (French) or a comma (English).
pub fn nombre(n: u64, l: Locale) -> String {
    let s = n.to_string();
    let sep = match l {
        Locale::Fr => '\u{202f}',
        Locale::En => ',',
    };
    let mut out = String::new();
    for (i, ch) in s.chars().enumerate() {
        if i > 0 && (s.len() - i) % 3 == 0 {
            out.push(sep);
        }
        out.push(ch);
    }
    out
}

/// Communes listed one by one in the terminal up to this many; beyond, the largest white zones.
pub const COMMUNES_DETAILLEES: usize = 40;

/// The matrix as CSV, one line per commune or QPV.
pub fn articulation_csv(a: &Articulation) -> String {
    let mut headers = vec!["niveau", "code", "nom", "departement"];
    headers.extend(Dispositif::ALL.iter().map(|k| k.colonne()));
    headers.push("incoherences");
    headers.push("signaux");
    let rows: Vec<Vec<String>> = a
        .lignes
        .iter()
        .map(|l| {
            let mut r = vec![
                l.niveau.to_string(),
                l.code.clone(),
                l.nom.clone(),
                l.departement.clone().unwrap_or_default(),
            ];
            r.extend(Dispositif::ALL.iter().map(|k| ids(l.instruments.get(*k))));
            r.push(
                l.incoherences
                    .iter()
                    .filter_map(|i| a.incoherences.get(*i))
                    .map(|x| format!("{}@{}", x.code, x.document))
                    .collect::<Vec<_>>()
                    .join(";"),
            );
            r.push(l.signaux.join(";"));
            r
        })
        .collect();
    csv(&headers, &rows)
}

/// The coverage per quartier as CSV, one line per QPV (the population cell is empty when the
/// référentiel holds none).
pub fn quartiers_csv(c: &CouvertureQuartiers) -> String {
    let mut headers = vec![
        "qpv",
        "nom",
        "liste",
        "communes",
        "epci",
        "departement",
        "region",
        "population",
    ];
    headers.extend(Dispositif::ALL.iter().map(|k| k.colonne()));
    headers.push("volet_sante");
    headers.push("couvert");
    let rows: Vec<Vec<String>> = c
        .quartiers
        .iter()
        .map(|l| {
            let mut r = vec![
                l.qpv.clone(),
                l.nom.clone(),
                l.liste.clone(),
                ids(&l.communes),
                ids(&l.epci),
                l.departement.clone(),
                l.region.clone(),
                l.population.map(|p| p.to_string()).unwrap_or_default(),
            ];
            r.extend(Dispositif::ALL.iter().map(|k| ids(l.instruments.get(*k))));
            r.push(ids(&l.volet_sante));
            r.push(if l.couvert { "true" } else { "false" }.into());
            r
        })
        .collect();
    csv(&headers, &rows)
}

/// The counts per département, per région and in total as CSV (column `niveau`).
pub fn resume_quartiers_csv(c: &CouvertureQuartiers) -> String {
    let mut headers = vec![
        "niveau".to_string(),
        "code".into(),
        "nom".into(),
        "qpv".into(),
        "couverts".into(),
        "zones_blanches".into(),
        "population".into(),
        "population_zones_blanches".into(),
        "population_inconnue".into(),
    ];
    for k in Dispositif::ALL {
        headers.push(format!("qpv_{}", k.colonne()));
    }
    headers.push("qpv_volet_sante".into());
    let row = |niveau: &str, r: &ResumeQuartiers| {
        let mut v = vec![
            niveau.to_string(),
            r.code.clone(),
            r.nom.clone(),
            r.qpv.to_string(),
            r.couverts.to_string(),
            r.zones_blanches.to_string(),
            r.population.to_string(),
            r.population_zones_blanches.to_string(),
            r.population_inconnue.to_string(),
        ];
        for k in Dispositif::ALL {
            v.push(r.par_dispositif.get(&k).copied().unwrap_or(0).to_string());
        }
        v.push(r.volet_sante.to_string());
        v
    };
    let mut rows: Vec<Vec<String>> = c
        .departements
        .iter()
        .map(|r| row("departement", r))
        .collect();
    rows.extend(c.regions.iter().map(|r| row("region", r)));
    rows.push(row("total", &c.total));
    let h: Vec<&str> = headers.iter().map(String::as_str).collect();
    csv(&h, &rows)
}
