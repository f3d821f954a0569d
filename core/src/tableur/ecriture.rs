//! Writing workbooks (feature `tableur-ecriture`, through rust_xlsxwriter): the **template** of a
//! kind (headers from the schema, a « Lisez-moi » sheet explaining each column, drop-down lists
//! for every vocabulary, date formats), documents written **into** that template, and the
//! **annotated** workbook (the user's cells, each finding as a note, a colour by severity, and a
//! « Constats » sheet with links to the rule pages).

use std::collections::BTreeMap;

use rust_xlsxwriter::{
    Color, DataValidation, ExcelDateTime, Format, Formula, Note, Url, Workbook, Worksheet,
    XlsxError,
};
use serde_json::Value;

use super::colonnes::{champs, Champ, Nature};
use super::lecture::Valeur;
use super::Lecture;
use crate::error::Error;
use crate::model::DocumentKind;
use crate::report::{column_letters, Report, Severity};

/// Where the rule pages live (`{base}CLS-001`), as in the FHIR and SARIF exports.
pub const BASE_REGLES: &str = "https://territoire-sante.fr/regles/";

/// Rows of a template offered with drop-down lists and date formats.
const LIGNES_MODELE: u32 = 1000;

fn err(e: XlsxError) -> Error {
    Error::Write(e.to_string())
}

/// The sheet name of a kind in templates (read back as that kind).
pub fn nom_feuille(kind: DocumentKind) -> &'static str {
    match kind {
        DocumentKind::ContratLocalSante => "CLS",
        DocumentKind::ContratDeVille => "Contrats de ville",
        DocumentKind::ConseilCitoyen => "Conseils citoyens",
        DocumentKind::AtelierSanteVille => "ASV",
        DocumentKind::ConseilLocalSanteMentale => "CLSM",
        DocumentKind::ConseilTerritorialSante => "CTS",
        DocumentKind::ProjetTerritorialSanteMentale => "PTSM",
        DocumentKind::ReseauCollectivites => "Réseaux",
        DocumentKind::DemarcheAccompagnement => "Démarches d'accompagnement",
        DocumentKind::ProjetSanteProximite => "Projets de santé de proximité",
        DocumentKind::Portefeuille => "Portefeuille",
    }
}

/// The template workbook of `kind` (`.xlsx` bytes).
///
/// ```
/// use territoire_sante::{tableur, DocumentKind};
/// let bytes = tableur::ecriture::modele(DocumentKind::ContratLocalSante)?;
/// let lu = tableur::lire(&bytes, &Default::default(), None);
/// let c = &lu.correspondances[0];
/// assert_eq!(c.feuille, "CLS");
/// assert!(c.colonnes.iter().all(|col| col.chemin.is_some()));
/// # Ok::<(), territoire_sante::Error>(())
/// ```
pub fn modele(kind: DocumentKind) -> Result<Vec<u8>, Error> {
    ecrire(kind, &[])
}

/// The template of `kind` filled with `documents` (JSON documents of that kind), one per row.
pub fn ecrire(kind: DocumentKind, documents: &[Value]) -> Result<Vec<u8>, Error> {
    let fields = champs(kind);
    if fields.is_empty() {
        return Err(Error::UnknownKind(format!(
            "{kind} : aucun modèle de tableur pour ce type"
        )));
    }
    let mut wb = Workbook::new();
    let header = Format::new()
        .set_bold()
        .set_background_color(Color::RGB(0x00DD_EBF7))
        .set_text_wrap();
    let date_fmt = Format::new().set_num_format("dd/mm/yyyy");
    // Lists of vocabulary labels, referred to by the drop-downs.
    let mut listes: Vec<(usize, Vec<String>)> = Vec::new();
    for (j, c) in fields.iter().enumerate() {
        if let Nature::Enumeration(v) = &c.nature {
            listes.push((j, v.iter().map(|(_, l)| l.clone()).collect()));
        }
    }
    {
        let ws = wb.add_worksheet();
        ws.set_name(nom_feuille(kind)).map_err(err)?;
        for (j, c) in fields.iter().enumerate() {
            let col = j as u16;
            ws.write_string_with_format(0, col, &c.libelle, &header)
                .map_err(err)?;
            ws.set_column_width(col, 22).map_err(err)?;
            match &c.nature {
                Nature::Date => {
                    ws.set_column_format(col, &date_fmt).map_err(err)?;
                }
                Nature::Booleen => {
                    let dv = DataValidation::new()
                        .allow_list_strings(&["oui", "non"])
                        .map_err(err)?;
                    ws.add_data_validation(1, col, LIGNES_MODELE, col, &dv)
                        .map_err(err)?;
                }
                Nature::Enumeration(v) => {
                    let k = listes.iter().position(|(x, _)| *x == j).unwrap_or(0) as u32 + 1;
                    let letter = column_letters(k);
                    let dv = DataValidation::new().allow_list_formula(Formula::new(format!(
                        "=Listes!${letter}$2:${letter}${}",
                        v.len() + 1
                    )));
                    ws.add_data_validation(1, col, LIGNES_MODELE, col, &dv)
                        .map_err(err)?;
                }
                _ => {}
            }
        }
        ws.set_freeze_panes(1, 0).map_err(err)?;
        for (i, doc) in documents.iter().enumerate() {
            let row = i as u32 + 1;
            for (j, c) in fields.iter().enumerate() {
                ecrire_valeur(ws, row, j as u16, c, doc, &date_fmt)?;
            }
        }
    }
    lisez_moi(wb.add_worksheet(), kind, fields)?;
    {
        let ws = wb.add_worksheet();
        ws.set_name("Listes").map_err(err)?;
        for (k, (j, labels)) in listes.iter().enumerate() {
            let col = k as u16;
            let title = fields.get(*j).map_or("", |c| c.libelle.as_str());
            ws.write_string_with_format(0, col, title, &header)
                .map_err(err)?;
            for (r, l) in labels.iter().enumerate() {
                ws.write_string(r as u32 + 1, col, l).map_err(err)?;
            }
        }
    }
    wb.save_to_buffer().map_err(err)
}

fn lisez_moi(ws: &mut Worksheet, kind: DocumentKind, fields: &[Champ]) -> Result<(), Error> {
    ws.set_name("Lisez-moi").map_err(err)?;
    let bold = Format::new().set_bold();
    let wrap = Format::new().set_text_wrap();
    ws.write_string_with_format(
        0,
        0,
        format!("Modèle de tableur — {}", kind.label_fr()),
        &bold,
    )
    .map_err(err)?;
    let intro = [
        "Une ligne par dispositif, sur la feuille « ".to_string()
            + nom_feuille(kind)
            + " ». Laissez vide ce que vous ne savez pas : un champ vide n'est pas une erreur.",
        "Les en-têtes peuvent être renommés (synonymes reconnus : « Signé le », « Communes », « EPCI porteur »…) ; les colonnes inconnues sont signalées.".to_string(),
        "Validation : territoire-sante validate fichier.xlsx --annoter annote.xlsx".to_string(),
    ];
    for (i, t) in intro.iter().enumerate() {
        ws.write_string(i as u32 + 1, 0, t).map_err(err)?;
    }
    let start = intro.len() as u32 + 2;
    for (j, h) in [
        "Colonne",
        "En-tête",
        "Champ",
        "Consigne",
        "Description (schéma)",
    ]
    .iter()
    .enumerate()
    {
        ws.write_string_with_format(start, j as u16, *h, &bold)
            .map_err(err)?;
    }
    for (i, c) in fields.iter().enumerate() {
        let r = start + 1 + i as u32;
        ws.write_string(r, 0, column_letters(i as u32 + 1))
            .map_err(err)?;
        ws.write_string(r, 1, &c.libelle).map_err(err)?;
        ws.write_string(r, 2, &c.chemin).map_err(err)?;
        ws.write_string_with_format(r, 3, c.nature.consigne(), &wrap)
            .map_err(err)?;
        ws.write_string_with_format(r, 4, &c.description, &wrap)
            .map_err(err)?;
    }
    ws.set_column_width(1, 28).map_err(err)?;
    ws.set_column_width(2, 24).map_err(err)?;
    ws.set_column_width(3, 60).map_err(err)?;
    ws.set_column_width(4, 60).map_err(err)?;
    Ok(())
}

fn pointer<'a>(doc: &'a Value, path: &str) -> Option<&'a Value> {
    doc.pointer(path).filter(|v| !v.is_null())
}

fn label(c: &Champ, code: &str) -> String {
    let vals = match &c.nature {
        Nature::Enumeration(v) => Some(v),
        Nature::Liste(n) => match n.as_ref() {
            Nature::Enumeration(v) => Some(v),
            _ => None,
        },
        _ => None,
    };
    vals.and_then(|v| v.iter().find(|(k, _)| k == code))
        .map_or_else(|| code.to_string(), |(_, l)| l.clone())
}

fn scalar_text(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Bool(b) => (if *b { "oui" } else { "non" }).to_string(),
        other => other.to_string(),
    }
}

fn territoire_text(t: &Value) -> String {
    let code = t.get("code").and_then(Value::as_str);
    // A SIREN alone would read back as an EPCI: groupings say their kind, as the reader expects.
    let kind = match t.get("type").and_then(Value::as_str) {
        Some("pays") => Some("Pays"),
        Some("petr") => Some("PETR"),
        Some("syndicat_mixte") => Some("Syndicat mixte"),
        _ => None,
    };
    match (code, kind) {
        (Some(c), Some(k)) => format!("{k} {c}"),
        (Some(c), None) => c.to_string(),
        (None, _) => t
            .get("nom")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string(),
    }
}

fn acteur_text(doc: &Value, id: &str) -> String {
    let a = doc.get("acteurs").and_then(Value::as_array).and_then(|v| {
        v.iter()
            .find(|a| a.get("id").and_then(Value::as_str) == Some(id))
    });
    match a {
        Some(a) => a
            .get("nom")
            .and_then(Value::as_str)
            .or_else(|| a.get("nature").and_then(Value::as_str))
            .unwrap_or(id)
            .to_string(),
        None => id.to_string(),
    }
}

fn ecrire_valeur(
    ws: &mut Worksheet,
    row: u32,
    col: u16,
    c: &Champ,
    doc: &Value,
    date_fmt: &Format,
) -> Result<(), Error> {
    let Some(v) = pointer(doc, &c.chemin) else {
        return Ok(());
    };
    let text = match &c.nature {
        Nature::Date => {
            if let Some(d) = v.as_str().and_then(|s| s.parse::<crate::Date>().ok()) {
                let x = ExcelDateTime::from_ymd(d.year(), d.month(), d.day()).map_err(err)?;
                ws.write_date_with_format(row, col, &x, date_fmt)
                    .map_err(err)?;
                return Ok(());
            }
            scalar_text(v)
        }
        Nature::Entier | Nature::Nombre => {
            if let Some(n) = v.as_f64() {
                ws.write_number(row, col, n).map_err(err)?;
                return Ok(());
            }
            scalar_text(v)
        }
        Nature::Enumeration(_) => label(c, &scalar_text(v)),
        Nature::Liste(_) => v
            .as_array()
            .map(|a| {
                a.iter()
                    .map(|x| label(c, &scalar_text(x)))
                    .collect::<Vec<_>>()
                    .join("; ")
            })
            .unwrap_or_default(),
        Nature::Territoires(true) => v
            .as_array()
            .map(|a| a.iter().map(territoire_text).collect::<Vec<_>>().join("; "))
            .unwrap_or_default(),
        Nature::Territoires(false) => territoire_text(v),
        Nature::Porteur => acteur_text(doc, v.as_str().unwrap_or_default()),
        Nature::Signataires => v
            .as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|s| s.get("acteur").and_then(Value::as_str))
                    .map(|id| acteur_text(doc, id))
                    .collect::<Vec<_>>()
                    .join("; ")
            })
            .unwrap_or_default(),
        _ => scalar_text(v),
    };
    ws.write_string(row, col, text).map_err(err)?;
    Ok(())
}

fn couleur(s: Severity) -> Color {
    match s {
        Severity::Fatal | Severity::Error => Color::RGB(0x00FF_C7CE),
        Severity::Warning => Color::RGB(0x00FF_EB9C),
        Severity::Information => Color::RGB(0x00DD_EBF7),
    }
}

/// The annotated workbook: the sheets as read, each finding as a note on its cell coloured by
/// its severity (red: error, yellow: warning, blue: information), and a « Constats » sheet, one
/// row per finding, linking to its cell and to its rule page under `base_regles` (default
/// [`BASE_REGLES`]).
pub fn annoter(
    lecture: &Lecture,
    report: &Report,
    base_regles: Option<&str>,
) -> Result<Vec<u8>, Error> {
    let base = base_regles.unwrap_or(BASE_REGLES);
    // (sheet, row, column) → most serious severity and the notes.
    let mut marks: BTreeMap<(String, u32, u32), (Severity, Vec<String>)> = BTreeMap::new();
    for d in &report.diagnostics {
        if let Some(c) = &d.cellule {
            let e = marks
                .entry((c.feuille.clone(), c.ligne, c.colonne))
                .or_insert((d.severity, Vec::new()));
            e.0 = e.0.max(d.severity);
            e.1.push(format!(
                "{} ({}) : {}",
                d.code,
                d.severity.label(report.locale),
                d.message
            ));
        }
    }
    let mut wb = Workbook::new();
    let date_fmt = Format::new().set_num_format("dd/mm/yyyy");
    for f in &lecture.feuilles {
        let ws = wb.add_worksheet();
        ws.set_name(&f.nom).map_err(err)?;
        let mut width = 0usize;
        for (r, row) in f.lignes.iter().enumerate() {
            width = width.max(row.len());
            for (j, v) in row.iter().enumerate() {
                let (r32, c16) = (r as u32, j as u16);
                let mark = marks.get(&(f.nom.clone(), r32 + 1, j as u32 + 1));
                let fmt = match (mark, v) {
                    (Some((s, _)), Valeur::Date(_)) => {
                        date_fmt.clone().set_background_color(couleur(*s))
                    }
                    (Some((s, _)), _) => Format::new().set_background_color(couleur(*s)),
                    (None, Valeur::Date(_)) => date_fmt.clone(),
                    (None, _) => Format::new(),
                };
                match v {
                    Valeur::Vide => {
                        if mark.is_some() {
                            ws.write_blank(r32, c16, &fmt).map_err(err)?;
                        }
                    }
                    Valeur::Texte(s) => {
                        ws.write_string_with_format(r32, c16, s, &fmt)
                            .map_err(err)?;
                    }
                    // An error stays an error cell (`=#N/A`), so that it reads back as one.
                    Valeur::Erreur(e) => {
                        let f = Formula::new(format!("={e}")).set_result(e.as_str());
                        ws.write_formula_with_format(r32, c16, f, &fmt)
                            .map_err(err)?;
                    }
                    Valeur::Nombre(n) => {
                        ws.write_number_with_format(r32, c16, *n, &fmt)
                            .map_err(err)?;
                    }
                    Valeur::Booleen(b) => {
                        ws.write_boolean_with_format(r32, c16, *b, &fmt)
                            .map_err(err)?;
                    }
                    Valeur::Date(d) => {
                        let x =
                            ExcelDateTime::from_ymd(d.year(), d.month(), d.day()).map_err(err)?;
                        ws.write_date_with_format(r32, c16, &x, &fmt).map_err(err)?;
                    }
                    Valeur::Formule(s) => {
                        ws.write_formula_with_format(r32, c16, Formula::new(s.as_str()), &fmt)
                            .map_err(err)?;
                    }
                }
            }
        }
        // Findings on cells beyond the data (an empty cell of a blank column).
        for ((sheet, r, c), (s, _)) in &marks {
            if *sheet == f.nom && f.cellule(*r as usize - 1, *c as usize - 1) == &Valeur::Vide {
                let fmt = Format::new().set_background_color(couleur(*s));
                ws.write_blank(r - 1, (*c - 1) as u16, &fmt).map_err(err)?;
            }
        }
        for ((sheet, r, c), (_, notes)) in &marks {
            if *sheet == f.nom {
                let note = Note::new(notes.join("\n"))
                    .set_author("territoire-sante")
                    .add_author_prefix(false)
                    .set_width(360);
                ws.insert_note(r - 1, (*c - 1) as u16, &note).map_err(err)?;
            }
        }
        for j in 0..width {
            ws.set_column_width(j as u16, 18).map_err(err)?;
        }
    }
    constats(wb.add_worksheet(), report, base)?;
    wb.save_to_buffer().map_err(err)
}

fn constats(ws: &mut Worksheet, report: &Report, base: &str) -> Result<(), Error> {
    ws.set_name("Constats").map_err(err)?;
    let bold = Format::new().set_bold();
    let fr = report.locale == crate::Locale::Fr;
    let heads: [&str; 10] = if fr {
        [
            "Cellule", "Feuille", "Ligne", "Colonne", "Code", "Gravité", "Message", "Chemin",
            "Règle", "Source",
        ]
    } else {
        [
            "Cell", "Sheet", "Row", "Column", "Code", "Severity", "Message", "Path", "Rule",
            "Source",
        ]
    };
    for (j, h) in heads.iter().enumerate() {
        ws.write_string_with_format(0, j as u16, *h, &bold)
            .map_err(err)?;
    }
    let catalogue = crate::rules::catalogue();
    for (i, d) in report.diagnostics.iter().enumerate() {
        let r = i as u32 + 1;
        if let Some(c) = &d.cellule {
            ws.write_url_with_text(r, 0, Url::new(format!("internal:{}", c.a1)), &c.a1)
                .map_err(err)?;
            ws.write_string(r, 1, &c.feuille).map_err(err)?;
            ws.write_number(r, 2, c.ligne).map_err(err)?;
            ws.write_string(r, 3, column_letters(c.colonne))
                .map_err(err)?;
        }
        ws.write_string_with_format(
            r,
            4,
            d.code.as_ref(),
            &Format::new().set_background_color(couleur(d.severity)),
        )
        .map_err(err)?;
        ws.write_string(r, 5, d.severity.label(report.locale))
            .map_err(err)?;
        ws.write_string(r, 6, &d.message).map_err(err)?;
        ws.write_string(r, 7, &d.path).map_err(err)?;
        if catalogue.iter().any(|x| x.code == d.code) {
            ws.write_url_with_text(r, 8, Url::new(format!("{base}{}", d.code)), d.code.as_ref())
                .map_err(err)?;
        }
        match &d.legal_basis.url {
            Some(u) => {
                ws.write_url_with_text(r, 9, Url::new(u.as_ref()), d.legal_basis.label.as_ref())
                    .map_err(err)?;
            }
            None => {
                ws.write_string(r, 9, d.legal_basis.label.as_ref())
                    .map_err(err)?;
            }
        }
    }
    ws.set_column_width(0, 16).map_err(err)?;
    ws.set_column_width(6, 80).map_err(err)?;
    ws.set_column_width(7, 30).map_err(err)?;
    ws.set_column_width(9, 40).map_err(err)?;
    ws.set_freeze_panes(1, 0).map_err(err)?;
    Ok(())
}
