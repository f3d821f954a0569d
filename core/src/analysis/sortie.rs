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

fn ids(v: &[String]) -> String {
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

fn pct(r: &Resume) -> String {
    format!("{:.1} %", r.taux_population_couverte())
}

fn pad(s: &str, w: usize) -> String {
    let n = s.chars().count();
    if n >= w {
        s.chars().take(w).collect()
    } else {
        format!("{s}{}", " ".repeat(w - n))
    }
}

fn rpad(s: &str, w: usize) -> String {
    let n = s.chars().count();
    if n >= w {
        s.to_string()
    } else {
        format!("{}{s}", " ".repeat(w - n))
    }
}

/// Communes listed one by one in the terminal up to this many; beyond, the largest white zones.
pub const COMMUNES_DETAILLEES: usize = 40;

/// The coverage for a terminal.
pub fn couverture_texte(c: &Couverture, l: Locale) -> String {
    let fr = l == Locale::Fr;
    let mut s = String::new();
    s.push_str(&if fr {
        format!(
            "Couverture de {} au {} (référentiel {})\nportefeuille : {} dispositif(s) en vigueur, {} hors vigueur ; « couverte » = au moins un CLS, ASV ou CLSM en vigueur.\n\n",
            c.territoire, c.as_of, c.referentiel, c.instruments_en_vigueur, c.instruments_hors_vigueur
        )
    } else {
        format!(
            "Coverage of {} on {} (référentiel {})\nportfolio: {} instrument(s) in force, {} not in force; \"covered\" = at least one CLS, ASV or CLSM in force.\n\n",
            c.territoire, c.as_of, c.referentiel, c.instruments_en_vigueur, c.instruments_hors_vigueur
        )
    });
    let head = if fr {
        [
            "dép.",
            "nom",
            "communes",
            "population",
            "couvertes",
            "pop. couverte",
            "taux",
            "zones bl.",
            "CLS",
            "CV",
            "ASV",
            "CLSM",
            "CTS",
        ]
    } else {
        [
            "dep.",
            "name",
            "communes",
            "population",
            "covered",
            "pop. covered",
            "rate",
            "white z.",
            "CLS",
            "CV",
            "ASV",
            "CLSM",
            "CTS",
        ]
    };
    let widths = [4, 22, 8, 12, 9, 13, 7, 9, 5, 5, 5, 5, 5];
    let line = |cells: &[String]| -> String {
        let mut out = String::new();
        for (i, (cell, w)) in cells.iter().zip(widths).enumerate() {
            if i > 0 {
                out.push(' ');
            }
            out.push_str(&if i < 2 { pad(cell, w) } else { rpad(cell, w) });
        }
        out.trim_end().to_string() + "\n"
    };
    s.push_str(&line(&head.map(str::to_string)));
    let row = |r: &Resume| -> Vec<String> {
        let mut v = vec![
            r.departement.clone(),
            r.nom.clone(),
            nombre(r.communes, l),
            nombre(r.population, l),
            nombre(r.communes_couvertes, l),
            nombre(r.population_couverte, l),
            pct(r),
            nombre(r.zones_blanches, l),
        ];
        for k in Dispositif::ALL {
            v.push(nombre(
                r.par_dispositif.get(&k).map_or(0, |x| x.communes),
                l,
            ));
        }
        v
    };
    for d in &c.departements {
        s.push_str(&line(&row(d)));
    }
    if c.departements.len() > 1 {
        let mut t = row(&c.total);
        if let Some(x) = t.get_mut(0) {
            *x = String::new();
        }
        if let Some(x) = t.get_mut(1) {
            *x = "total".into();
        }
        s.push_str(&line(&t));
    }
    s.push_str(if fr {
        "(colonnes CLS…CTS : nombre de communes concernées)\n"
    } else {
        "(columns CLS…CTS: number of communes concerned)\n"
    });
    if c.communes.len() <= COMMUNES_DETAILLEES {
        s.push('\n');
        for x in &c.communes {
            let mut cols = Vec::new();
            for k in Dispositif::ALL {
                let v = x.instruments.get(k);
                if !v.is_empty() {
                    cols.push(format!("{} {}", k.sigle(), v.join(", ")));
                }
            }
            s.push_str(&format!(
                "{} {} {} {}{}\n",
                if x.couverte { "●" } else { "○" },
                pad(&x.commune, 5),
                pad(&x.nom, 28),
                rpad(&nombre(x.population, l), 10),
                if cols.is_empty() {
                    String::new()
                } else {
                    format!("  {}", cols.join(" · "))
                }
            ));
        }
    } else {
        let mut blanches: Vec<_> = c.communes.iter().filter(|x| !x.couverte).collect();
        blanches.sort_by(|a, b| {
            b.population
                .cmp(&a.population)
                .then(a.commune.cmp(&b.commune))
        });
        if !blanches.is_empty() {
            s.push_str(if fr {
                "\nZones blanches les plus peuplées :\n"
            } else {
                "\nMost populated white zones:\n"
            });
            for x in blanches.iter().take(10) {
                s.push_str(&format!(
                    "  {} {} {}\n",
                    pad(&x.commune, 5),
                    pad(&x.nom, 28),
                    rpad(&nombre(x.population, l), 10)
                ));
            }
        }
    }
    if !c.non_localises.is_empty() {
        s.push_str(&format!(
            "\n{} {}\n",
            if fr {
                "Non localisés dans le référentiel :"
            } else {
                "Not located in the référentiel:"
            },
            c.non_localises.join(", ")
        ));
    }
    s
}

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

/// The matrix for a terminal.
pub fn articulation_texte(a: &Articulation, l: Locale) -> String {
    let fr = l == Locale::Fr;
    let mut s = if fr {
        format!(
            "Articulation des dispositifs en vigueur — {} au {}\n\n",
            a.territoire, a.as_of
        )
    } else {
        format!(
            "Articulation of the instruments in force — {} on {}\n\n",
            a.territoire, a.as_of
        )
    };
    let rows: Vec<_> = a
        .lignes
        .iter()
        .filter(|x| {
            Dispositif::ALL
                .iter()
                .any(|k| !x.instruments.get(*k).is_empty())
        })
        .collect();
    let w = [9, 26, 14, 14, 14, 14, 10];
    let head = [
        "code",
        if fr { "nom" } else { "name" },
        "CLS",
        "CV",
        "ASV",
        "CLSM",
        "CTS",
    ];
    let mut h = String::new();
    for (c, wi) in head.iter().zip(w) {
        h.push_str(&pad(c, wi));
        h.push(' ');
    }
    s.push_str(h.trim_end());
    s.push_str("  !\n");
    for x in &rows {
        let mut line = format!("{} {} ", pad(&x.code, w[0]), pad(&x.nom, w[1]));
        for (i, k) in Dispositif::ALL.iter().enumerate() {
            let v = x.instruments.get(*k);
            let cell = match v.len() {
                0 => "—".to_string(),
                1 => v.join(""),
                n => format!("{} +{}", v.first().cloned().unwrap_or_default(), n - 1),
            };
            line.push_str(&pad(&cell, w.get(i + 2).copied().unwrap_or(10)));
            line.push(' ');
        }
        let mut marks: Vec<String> = x.signaux.iter().map(|s| s.to_string()).collect();
        if !x.incoherences.is_empty() {
            marks.insert(0, format!("{}×", x.incoherences.len()));
        }
        s.push_str(line.trim_end());
        if !marks.is_empty() {
            s.push_str(&format!("  {}", marks.join(" ")));
        }
        s.push('\n');
    }
    if rows.is_empty() {
        s.push_str(if fr {
            "(aucun dispositif en vigueur)\n"
        } else {
            "(no instrument in force)\n"
        });
    }
    if !a.incoherences.is_empty() {
        s.push_str(if fr {
            "\nIncohérences entre documents :\n"
        } else {
            "\nInconsistencies between documents:\n"
        });
        for i in &a.incoherences {
            s.push_str(&format!(
                "  {} {} [{}] {}\n",
                i.code, i.document, i.path, i.message
            ));
        }
    }
    s
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

/// The coverage per quartier for a terminal: counts per région, then the white zones (all of
/// them up to [`COMMUNES_DETAILLEES`], else the first by code).
pub fn quartiers_texte(c: &CouvertureQuartiers, l: Locale) -> String {
    let fr = l == Locale::Fr;
    let mut s = if fr {
        format!(
            "Quartiers prioritaires de {} au {} (listes {} ; référentiel {})\nportefeuille : {} dispositif(s) en vigueur, {} hors vigueur ; « couvert » = au moins un CLS, ASV, CLSM ou volet santé de contrat de ville en vigueur.\n\n",
            c.territoire, c.as_of, c.listes.join(", "), c.referentiel, c.instruments_en_vigueur, c.instruments_hors_vigueur
        )
    } else {
        format!(
            "Priority neighbourhoods of {} on {} (lists {}; référentiel {})\nportfolio: {} instrument(s) in force, {} not in force; \"covered\" = at least one CLS, ASV, CLSM or contrat de ville volet santé in force.\n\n",
            c.territoire, c.as_of, c.listes.join(", "), c.referentiel, c.instruments_en_vigueur, c.instruments_hors_vigueur
        )
    };
    let head = if fr {
        [
            "rég.",
            "nom",
            "QPV",
            "couverts",
            "zones bl.",
            "CLS",
            "CV",
            "ASV",
            "CLSM",
            "CTS",
            "v. santé",
        ]
    } else {
        [
            "reg.",
            "name",
            "QPV",
            "covered",
            "white z.",
            "CLS",
            "CV",
            "ASV",
            "CLSM",
            "CTS",
            "v. santé",
        ]
    };
    let widths = [4, 26, 5, 8, 9, 5, 5, 5, 5, 5, 8];
    let line = |cells: &[String]| -> String {
        let mut out = String::new();
        for (i, (cell, w)) in cells.iter().zip(widths).enumerate() {
            if i > 0 {
                out.push(' ');
            }
            out.push_str(&if i < 2 { pad(cell, w) } else { rpad(cell, w) });
        }
        out.trim_end().to_string() + "\n"
    };
    s.push_str(&line(&head.map(str::to_string)));
    let row = |r: &ResumeQuartiers| -> Vec<String> {
        let mut v = vec![
            r.code.clone(),
            r.nom.clone(),
            nombre(r.qpv, l),
            nombre(r.couverts, l),
            nombre(r.zones_blanches, l),
        ];
        for k in Dispositif::ALL {
            v.push(nombre(r.par_dispositif.get(&k).copied().unwrap_or(0), l));
        }
        v.push(nombre(r.volet_sante, l));
        v
    };
    for r in &c.regions {
        s.push_str(&line(&row(r)));
    }
    let mut t = row(&c.total);
    if let Some(x) = t.get_mut(0) {
        *x = String::new();
    }
    if let Some(x) = t.get_mut(1) {
        *x = "total".into();
    }
    s.push_str(&line(&t));
    let blanches: Vec<_> = c.quartiers.iter().filter(|q| !q.couvert).collect();
    if !blanches.is_empty() {
        s.push_str(&if fr {
            format!("\nZones blanches ({}) :\n", blanches.len())
        } else {
            format!("\nWhite zones ({}):\n", blanches.len())
        });
        for q in blanches.iter().take(COMMUNES_DETAILLEES) {
            s.push_str(&format!(
                "  {} {} ({})\n",
                pad(&q.qpv, 8),
                pad(&q.nom, 40),
                q.communes.join(", ")
            ));
        }
        if blanches.len() > COMMUNES_DETAILLEES {
            s.push_str(&format!("  … {}\n", blanches.len() - COMMUNES_DETAILLEES));
        }
    }
    if let Some(n) = &c.note {
        s.push_str(&format!("\n{n}\n"));
    }
    s
}
