//! The analyses as terminal tables (comfy-table, with the feature `cli`): columns sized to their content and always separated, long
//! names cut with an ellipsis, numbers aligned right.

use crate::analysis::articulation::Articulation;
use crate::analysis::couverture::{Couverture, Resume};
use crate::analysis::dispositifs::Dispositif;
use crate::analysis::quartiers::{CouvertureQuartiers, ResumeQuartiers};
use crate::analysis::sortie::{nombre, COMMUNES_DETAILLEES};
use crate::Locale;
use comfy_table::{presets, CellAlignment, ColumnConstraint, Row, Table, Width};

/// A table with `headers`, its cells cut with `…` where a column is bounded.
pub fn table(headers: &[&str]) -> Table {
    let mut t = Table::new();
    t.load_preset(presets::UTF8_FULL_CONDENSED);
    t.set_truncation_indicator("…");
    t.set_header(headers.iter().copied());
    t
}

/// Aligns the columns `cols` to the right (numbers).
pub fn right(t: &mut Table, cols: &[usize]) {
    for c in cols {
        if let Some(col) = t.column_mut(*c) {
            col.set_cell_alignment(CellAlignment::Right);
        }
    }
}

/// Bounds column `col` to `width` characters: longer cells end with `…`.
pub fn bound(t: &mut Table, col: usize, width: u16) {
    if let Some(c) = t.column_mut(col) {
        c.set_constraint(ColumnConstraint::UpperBoundary(Width::Fixed(width)));
    }
}

/// Adds a row of one line (longer cells of bounded columns are cut, not wrapped).
pub fn row(t: &mut Table, cells: Vec<String>) {
    let mut r = Row::from(cells);
    r.max_height(1);
    t.add_row(r);
}

fn pct(r: &Resume) -> String {
    format!("{:.1} %", r.taux_population_couverte())
}

/// Width of the name columns.
const NAME: u16 = 28;

/// The coverage for a terminal.
pub fn couverture(c: &Couverture, l: Locale) -> String {
    let fr = l == Locale::Fr;
    let mut s = if fr {
        format!(
            "Couverture de {} au {} (référentiel {})\nportefeuille : {} dispositif(s) en vigueur, {} hors vigueur ; « couverte » = au moins un CLS, ASV ou CLSM en vigueur.\n\n",
            c.territoire, c.as_of, c.referentiel, c.instruments_en_vigueur, c.instruments_hors_vigueur
        )
    } else {
        format!(
            "Coverage of {} on {} (référentiel {})\nportfolio: {} instrument(s) in force, {} not in force; \"covered\" = at least one CLS, ASV or CLSM in force.\n\n",
            c.territoire, c.as_of, c.referentiel, c.instruments_en_vigueur, c.instruments_hors_vigueur
        )
    };
    let mut head: Vec<&str> = if fr {
        vec![
            "dép.",
            "nom",
            "communes",
            "population",
            "couvertes",
            "pop. couverte",
            "taux",
            "zones bl.",
        ]
    } else {
        vec![
            "dep.",
            "name",
            "communes",
            "population",
            "covered",
            "pop. covered",
            "rate",
            "white z.",
        ]
    };
    head.extend(Dispositif::ALL.iter().map(|k| k.sigle()));
    let mut t = table(&head);
    let cells = |r: &Resume| -> Vec<String> {
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
        row(&mut t, cells(d));
    }
    if c.departements.len() > 1 {
        let mut total = cells(&c.total);
        if let Some(x) = total.get_mut(0) {
            x.clear();
        }
        if let Some(x) = total.get_mut(1) {
            *x = "total".into();
        }
        row(&mut t, total);
    }
    bound(&mut t, 1, NAME);
    right(&mut t, &(2..head.len()).collect::<Vec<_>>());
    s.push_str(&t.to_string());
    s.push('\n');
    s.push_str(if fr {
        "(colonnes CLS…CTS : nombre de communes concernées)\n"
    } else {
        "(columns CLS…CTS: number of communes concerned)\n"
    });
    if c.communes.len() <= COMMUNES_DETAILLEES {
        let mut t = table(&[
            "",
            "commune",
            if fr { "nom" } else { "name" },
            "population",
            if fr { "dispositifs" } else { "instruments" },
        ]);
        for x in &c.communes {
            let mut cols = Vec::new();
            for k in Dispositif::ALL {
                let v = x.instruments.get(k);
                if !v.is_empty() {
                    cols.push(format!("{} {}", k.sigle(), v.join(", ")));
                }
            }
            row(
                &mut t,
                vec![
                    if x.couverte { "●" } else { "○" }.to_string(),
                    x.commune.clone(),
                    x.nom.clone(),
                    nombre(x.population, l),
                    cols.join(" · "),
                ],
            );
        }
        bound(&mut t, 2, NAME);
        right(&mut t, &[3]);
        s.push('\n');
        s.push_str(&t.to_string());
        s.push('\n');
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
            let mut t = table(&["commune", if fr { "nom" } else { "name" }, "population"]);
            for x in blanches.iter().take(10) {
                row(
                    &mut t,
                    vec![x.commune.clone(), x.nom.clone(), nombre(x.population, l)],
                );
            }
            bound(&mut t, 1, NAME);
            right(&mut t, &[2]);
            s.push_str(&t.to_string());
            s.push('\n');
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

/// The articulation matrix for a terminal.
pub fn articulation(a: &Articulation, l: Locale) -> String {
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
    if rows.is_empty() {
        s.push_str(if fr {
            "(aucun dispositif en vigueur)\n"
        } else {
            "(no instrument in force)\n"
        });
    } else {
        let mut head = vec!["code", if fr { "nom" } else { "name" }];
        head.extend(Dispositif::ALL.iter().map(|k| k.sigle()));
        head.push("!");
        let mut t = table(&head);
        for x in &rows {
            let mut cells = vec![x.code.clone(), x.nom.clone()];
            for k in Dispositif::ALL {
                let v = x.instruments.get(k);
                cells.push(match v.len() {
                    0 => "—".to_string(),
                    1 => v.join(""),
                    n => format!("{} +{}", v.first().cloned().unwrap_or_default(), n - 1),
                });
            }
            let mut marks: Vec<String> = x.signaux.iter().map(|s| s.to_string()).collect();
            if !x.incoherences.is_empty() {
                marks.insert(0, format!("{}×", x.incoherences.len()));
            }
            cells.push(marks.join(" "));
            row(&mut t, cells);
        }
        bound(&mut t, 1, NAME);
        for c in 2..2 + Dispositif::ALL.len() {
            bound(&mut t, c, 20);
        }
        s.push_str(&t.to_string());
        s.push('\n');
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

/// The coverage per quartier for a terminal: counts per région, then the white zones (all of
/// them up to [`COMMUNES_DETAILLEES`], else the first by code).
pub fn quartiers(c: &CouvertureQuartiers, l: Locale) -> String {
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
    let mut head: Vec<&str> = if fr {
        vec!["rég.", "nom", "QPV", "couverts", "zones bl."]
    } else {
        vec!["reg.", "name", "QPV", "covered", "white z."]
    };
    head.extend(Dispositif::ALL.iter().map(|k| k.sigle()));
    head.push("v. santé");
    let mut t = table(&head);
    let cells = |r: &ResumeQuartiers| -> Vec<String> {
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
        row(&mut t, cells(r));
    }
    let mut total = cells(&c.total);
    if let Some(x) = total.get_mut(0) {
        x.clear();
    }
    if let Some(x) = total.get_mut(1) {
        *x = "total".into();
    }
    row(&mut t, total);
    bound(&mut t, 1, NAME);
    right(&mut t, &(2..head.len()).collect::<Vec<_>>());
    s.push_str(&t.to_string());
    s.push('\n');
    let blanches: Vec<_> = c.quartiers.iter().filter(|q| !q.couvert).collect();
    if !blanches.is_empty() {
        s.push_str(&if fr {
            format!("\nZones blanches ({}) :\n", blanches.len())
        } else {
            format!("\nWhite zones ({}):\n", blanches.len())
        });
        let mut t = table(&["QPV", if fr { "nom" } else { "name" }, "communes"]);
        for q in blanches.iter().take(COMMUNES_DETAILLEES) {
            row(
                &mut t,
                vec![q.qpv.clone(), q.nom.clone(), q.communes.join(", ")],
            );
        }
        bound(&mut t, 1, 40);
        s.push_str(&t.to_string());
        s.push('\n');
        if blanches.len() > COMMUNES_DETAILLEES {
            s.push_str(&format!("  … {}\n", blanches.len() - COMMUNES_DETAILLEES));
        }
    }
    if let Some(n) = &c.note {
        s.push_str(&format!("\n{n}\n"));
    }
    s
}
