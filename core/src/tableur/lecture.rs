//! From bytes to grids of cells: `.xlsx`, `.xlsm`, `.xls`, `.ods` through calamine, CSV through
//! the csv crate after decoding (UTF-8 with or without BOM, else Windows-1252 as Excel writes it
//! in France) with encoding_rs.

use std::io::Cursor;

use calamine::{open_workbook_auto_from_rs, Data, DataRef, Reader};

use crate::date::Date;

/// One cell's value, as the spreadsheet holds it.
#[derive(Debug, Clone, PartialEq)]
pub enum Valeur {
    /// Empty.
    Vide,
    /// Text (CSV cells are all text).
    Texte(String),
    /// A number.
    Nombre(f64),
    /// A boolean.
    Booleen(bool),
    /// A date cell (the time of day, if any, is dropped).
    Date(Date),
    /// A calculation error (`#N/A`).
    Erreur(String),
    /// A formula without a computed value.
    Formule(String),
}

impl Valeur {
    /// Whether the cell is empty (or holds only spaces).
    pub fn est_vide(&self) -> bool {
        match self {
            Valeur::Vide => true,
            Valeur::Texte(s) => s.trim().is_empty(),
            _ => false,
        }
    }

    /// The value as text, as a reader of the sheet would see it.
    pub fn texte(&self) -> String {
        match self {
            Valeur::Vide => String::new(),
            Valeur::Texte(s) => s.clone(),
            Valeur::Nombre(n) => {
                if n.fract() == 0.0 && n.abs() < 1e15 {
                    format!("{}", *n as i64)
                } else {
                    format!("{n}")
                }
            }
            Valeur::Booleen(b) => (if *b { "oui" } else { "non" }).to_string(),
            Valeur::Date(d) => format!("{:02}/{:02}/{}", d.day(), d.month(), d.year()),
            Valeur::Erreur(e) => e.clone(),
            Valeur::Formule(f) => format!("={f}"),
        }
    }
}

/// A sheet: its name and its cells, row by row from A1.
#[derive(Debug, Clone, PartialEq)]
pub struct Feuille {
    /// Name (`"csv"` for a CSV file).
    pub nom: String,
    /// Rows from the first row of the sheet (row 1 at index 0); trailing empty rows dropped.
    pub lignes: Vec<Vec<Valeur>>,
}

impl Feuille {
    /// The cell at 0-based `row`, `col`.
    pub fn cellule(&self, row: usize, col: usize) -> &Valeur {
        self.lignes
            .get(row)
            .and_then(|r| r.get(col))
            .unwrap_or(&Valeur::Vide)
    }
}

/// Limits of reading, so that a huge or hostile file costs bounded time and memory.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct LimitesTableur {
    /// Largest file read, in bytes.
    pub max_octets: usize,
    /// Most cells read over all sheets.
    pub max_cellules: usize,
    /// Most rows read in one sheet (as many as documents a portfolio may hold).
    pub max_lignes: usize,
}

impl Default for LimitesTableur {
    fn default() -> Self {
        LimitesTableur {
            max_octets: 64 * 1024 * 1024,
            max_cellules: 4_000_000,
            max_lignes: 100_000,
        }
    }
}

/// Why a file could not be read (rendered in TAB-001).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Illisible(pub String);

const ZIP: &[u8] = b"PK\x03\x04";
const CFB: &[u8] = &[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

/// Reads every sheet of a workbook or CSV file.
pub fn lire_feuilles(bytes: &[u8], limites: &LimitesTableur) -> Result<Vec<Feuille>, Illisible> {
    if bytes.len() > limites.max_octets {
        return Err(Illisible(format!(
            "le fichier fait {} octets, au-delà de la limite de {} octets",
            bytes.len(),
            limites.max_octets
        )));
    }
    if bytes.starts_with(ZIP) || bytes.starts_with(CFB) {
        // calamine checks the shared-string index of an .xlsx cell (since 0.35: an error, read
        // below as TAB-001 at its sheet), but its .xlsb reader still indexes its tables without
        // checking them: a malformed workbook is an unreadable file here, not a crash.
        // (WebAssembly builds abort on panic: there only calamine's own checks keep it a report.)
        std::panic::catch_unwind(|| classeur(bytes, limites)).unwrap_or_else(|_| {
            Err(Illisible(
                "classeur malformé (une cellule renvoie à un texte partagé absent ou à une partie manquante)".into(),
            ))
        })
    } else {
        csv_feuille(bytes, limites).map(|f| vec![f])
    }
}

fn classeur(bytes: &[u8], limites: &LimitesTableur) -> Result<Vec<Feuille>, Illisible> {
    let mut wb = match open_workbook_auto_from_rs(Cursor::new(bytes)) {
        Ok(wb) => wb,
        Err(_) if bytes.starts_with(CFB) => {
            return Err(Illisible(
                "classeur chiffré (protégé par un mot de passe) ou format illisible".into(),
            ))
        }
        Err(e) => {
            return Err(Illisible(format!(
                "archive corrompue ou format inconnu ({e})"
            )))
        }
    };
    let names = wb.sheet_names();
    let mut out = Vec::new();
    let mut cells = 0usize;
    for name in names {
        let illisible = |e: &dyn std::fmt::Display| {
            let e = e.to_string();
            Illisible(if e.contains("password") {
                "classeur protégé par un mot de passe".to_string()
            } else {
                format!("feuille « {name} » illisible ({e})")
            })
        };
        let trop = || {
            Illisible(format!(
                "plus de {} cellules (feuille « {name} »), au-delà de la limite de lecture",
                limites.max_cellules
            ))
        };
        // An .xlsx sheet is read once, cell by cell: a formula never computed (as openpyxl
        // writes them) comes out as an empty value there, and only then is the sheet read a
        // second time for the formulas' text (most workbooks, saved by a spreadsheet program,
        // hold every formula's value and are read once). The other formats go through
        // calamine's ranges.
        let (mut lignes, sans_valeur) = match &mut wb {
            calamine::Sheets::Xlsx(x) => {
                let mut reader = x.worksheet_cells_reader(&name).map_err(|e| illisible(&e))?;
                let mut lignes: Vec<Vec<Valeur>> = Vec::new();
                let mut sans_valeur = false;
                // The last cell read: a cell calamine cannot read is the next one of the sheet.
                let mut derniere: Option<(u32, u32)> = None;
                loop {
                    let cell = match reader.next_cell() {
                        Ok(Some(cell)) => cell,
                        Ok(None) => break,
                        Err(e) => {
                            return Err(match &e {
                                calamine::XlsxError::Unexpected(m)
                                    if m.contains("shared string") =>
                                {
                                    texte_partage_absent(&name, derniere)
                                }
                                _ => illisible(&e),
                            })
                        }
                    };
                    let (r, c) = cell.get_position();
                    derniere = Some((r, c));
                    // Straight from calamine's borrowed value: a shared string is copied once.
                    let v = valeur_ref(cell.get_value());
                    // A formula never computed has no value (`<v/>` or no `<v>` at all).
                    if v.est_vide() {
                        sans_valeur = true;
                        continue;
                    }
                    cells = cells.saturating_add(1);
                    if cells > limites.max_cellules {
                        return Err(trop());
                    }
                    place(&mut lignes, r as usize, c as usize, v, false);
                }
                (lignes, sans_valeur)
            }
            _ => {
                let range = wb.worksheet_range(&name).map_err(|e| illisible(&e))?;
                let (h, w) = range.get_size();
                cells = cells.saturating_add(h.saturating_mul(w));
                if cells > limites.max_cellules {
                    return Err(trop());
                }
                let (r0, c0) = range.start().unwrap_or((0, 0));
                let mut lignes: Vec<Vec<Valeur>> = vec![Vec::new(); r0 as usize];
                for row in range.rows() {
                    let mut cells: Vec<Valeur> = vec![Valeur::Vide; c0 as usize];
                    for d in row {
                        cells.push(valeur(d));
                    }
                    lignes.push(cells);
                }
                (lignes, true)
            }
        };
        // Formulas without a computed value read as empty: keep their text to report them. They
        // may lie outside the range of values, hence laid over the cells by position, bounded by
        // the same cell limit.
        if sans_valeur {
            if let Ok(f) = wb.worksheet_formula(&name) {
                let (f0, g0) = f.start().unwrap_or((0, 0));
                for (i, j, text) in f.used_cells() {
                    if text.is_empty() {
                        continue;
                    }
                    cells = cells.saturating_add(1);
                    if cells > limites.max_cellules {
                        return Err(trop());
                    }
                    let (r, c) = (f0 as usize + i, g0 as usize + j);
                    place(&mut lignes, r, c, Valeur::Formule(text.clone()), true);
                }
            }
        }
        for row in &mut lignes {
            while row.last().is_some_and(Valeur::est_vide) {
                row.pop();
            }
        }
        while lignes.last().is_some_and(|r| r.is_empty()) {
            lignes.pop();
        }
        let filled = lignes.iter().filter(|r| !r.is_empty()).count();
        if filled > limites.max_lignes {
            return Err(Illisible(format!(
                "la feuille « {name} » compte {filled} lignes remplies, au-delà de la limite de {} lignes",
                limites.max_lignes
            )));
        }
        // Merged cells: the value of a region merged down is repeated on every row it covers.
        let merges = match &mut wb {
            calamine::Sheets::Xlsx(x) => x
                .worksheet_merge_cells(&name)
                .and_then(Result::ok)
                .unwrap_or_default(),
            calamine::Sheets::Xls(x) => x.worksheet_merge_cells(&name).unwrap_or_default(),
            _ => Vec::new(),
        };
        for m in merges {
            let (top, left) = (m.start.0 as usize, m.start.1 as usize);
            let v = lignes
                .get(top)
                .and_then(|r| r.get(left))
                .cloned()
                .unwrap_or(Valeur::Vide);
            if v.est_vide() {
                continue;
            }
            for r in top + 1..=(m.end.0 as usize) {
                if let Some(row) = lignes.get_mut(r) {
                    if row.len() <= left {
                        row.resize(left + 1, Valeur::Vide);
                    }
                    if let Some(c) = row.get_mut(left) {
                        *c = v.clone();
                    }
                }
            }
        }
        out.push(Feuille { nom: name, lignes });
    }
    Ok(out)
}

/// Puts `v` at 0-based `row`, `col`, growing the grid; `si_vide`: only over an empty cell.
fn place(lignes: &mut Vec<Vec<Valeur>>, row: usize, col: usize, v: Valeur, si_vide: bool) {
    if lignes.len() <= row {
        lignes.resize(row + 1, Vec::new());
    }
    if let Some(cells) = lignes.get_mut(row) {
        if cells.len() <= col {
            cells.resize(col + 1, Valeur::Vide);
        }
        if let Some(cell) = cells.get_mut(col).filter(|c| !si_vide || c.est_vide()) {
            *cell = v;
        }
    }
}

/// TAB-001's reason for an .xlsx cell naming a shared string the archive lacks (a damaged or
/// hand-made file), with the sheet and where the cell is: calamine's error does not say which
/// cell, but it is the one after the last cell read.
fn texte_partage_absent(feuille: &str, derniere: Option<(u32, u32)>) -> Illisible {
    let ou = match derniere {
        None => format!("la première cellule remplie de la feuille « {feuille} »"),
        Some((r, c)) => format!(
            "la cellule remplie qui suit {}{} dans la feuille « {feuille} »",
            crate::report::column_letters(c.saturating_add(1)),
            r.saturating_add(1)
        ),
    };
    Illisible(format!(
        "classeur malformé : {ou} renvoie à un texte partagé absent du classeur (partie xl/sharedStrings.xml manquante ou incomplète)"
    ))
}

fn valeur(d: &Data) -> Valeur {
    match d {
        Data::Empty => Valeur::Vide,
        Data::String(s) => Valeur::Texte(s.clone()),
        Data::Int(i) => Valeur::Nombre(*i as f64),
        Data::Float(f) => Valeur::Nombre(*f),
        Data::Bool(b) => Valeur::Booleen(*b),
        Data::DateTime(dt) => date_serie(dt.as_f64()),
        Data::DateTimeIso(s) => date_iso(s),
        Data::DurationIso(s) => Valeur::Texte(s.clone()),
        Data::Error(e) => Valeur::Erreur(e.to_string()),
    }
}

/// [`valeur`] of a cell as calamine's .xlsx cell reader lends it.
fn valeur_ref(d: &DataRef<'_>) -> Valeur {
    match d {
        DataRef::Empty => Valeur::Vide,
        DataRef::String(s) => Valeur::Texte(s.clone()),
        DataRef::SharedString(s) => Valeur::Texte((*s).to_string()),
        DataRef::Int(i) => Valeur::Nombre(*i as f64),
        DataRef::Float(f) => Valeur::Nombre(*f),
        DataRef::Bool(b) => Valeur::Booleen(*b),
        DataRef::DateTime(dt) => date_serie(dt.as_f64()),
        DataRef::DateTimeIso(s) => date_iso(s),
        DataRef::DurationIso(s) => Valeur::Texte(s.clone()),
        DataRef::Error(e) => Valeur::Erreur(e.to_string()),
    }
}

/// A date cell's serial day number: days from 1899-12-30 (Excel's epoch, leap-year bug included
/// only before March 1900, which no instrument predates).
fn date_serie(n: f64) -> Valeur {
    match Date::ymd(1899, 12, 30).add_days(n.floor() as i64) {
        Some(d) => Valeur::Date(d),
        _ => Valeur::Nombre(n),
    }
}

/// An ISO date cell (`2013-03-15T00:00:00`).
fn date_iso(s: &str) -> Valeur {
    match s.get(..10).and_then(|x| x.parse::<Date>().ok()) {
        Some(d) => Valeur::Date(d),
        None => Valeur::Texte(s.to_string()),
    }
}

/// The text of a CSV file: UTF-8 (BOM dropped) when it is valid UTF-8, else Windows-1252.
pub fn decoder(bytes: &[u8]) -> String {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(s) => s.to_string(),
        Err(_) => encoding_rs::WINDOWS_1252.decode(bytes).0.into_owned(),
    }
}

/// The delimiter of a CSV text: the most frequent of `;`, `,` and tab outside quotes in its
/// first lines (`;` wins ties, as French Excel writes it).
pub fn separateur(text: &str) -> u8 {
    let mut counts = [0usize; 3];
    let mut quoted = false;
    for c in text.chars().take(8192) {
        match c {
            '"' => quoted = !quoted,
            ';' if !quoted => counts[0] += 1,
            ',' if !quoted => counts[1] += 1,
            '\t' if !quoted => counts[2] += 1,
            _ => {}
        }
    }
    let [semi, comma, tab] = counts;
    if tab > semi && tab > comma {
        b'\t'
    } else if comma > semi {
        b','
    } else {
        b';'
    }
}

fn csv_feuille(bytes: &[u8], limites: &LimitesTableur) -> Result<Feuille, Illisible> {
    let text = decoder(bytes);
    let mut rdr = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(separateur(&text))
        .from_reader(text.as_bytes());
    let mut lignes = Vec::new();
    let mut cells = 0usize;
    let mut filled = 0usize;
    for (i, rec) in rdr.records().enumerate() {
        let rec = rec.map_err(|e| Illisible(format!("ligne {} du CSV illisible ({e})", i + 1)))?;
        if !rec.iter().all(|f| f.trim().is_empty()) {
            filled += 1;
        }
        if filled > limites.max_lignes {
            return Err(Illisible(format!(
                "le fichier compte plus de {} lignes, au-delà de la limite de lecture",
                limites.max_lignes
            )));
        }
        cells = cells.saturating_add(rec.len());
        if cells > limites.max_cellules {
            return Err(Illisible(format!(
                "plus de {} cellules, au-delà de la limite de lecture",
                limites.max_cellules
            )));
        }
        let mut row: Vec<Valeur> = rec
            .iter()
            .map(|s| {
                if s.is_empty() {
                    Valeur::Vide
                } else if let Some(e) = erreur_texte(s) {
                    Valeur::Erreur(e.to_string())
                } else {
                    Valeur::Texte(s.to_string())
                }
            })
            .collect();
        while row.last().is_some_and(Valeur::est_vide) {
            row.pop();
        }
        // The csv crate skips blank lines: the record's own line keeps rows where the user
        // sees them.
        let line = rec
            .position()
            .map_or(lignes.len() + 1, |p| p.line() as usize);
        while lignes.len() + 1 < line {
            lignes.push(Vec::new());
        }
        lignes.push(row);
    }
    while lignes.last().is_some_and(|r| r.is_empty()) {
        lignes.pop();
    }
    Ok(Feuille {
        nom: "csv".into(),
        lignes,
    })
}

/// Spreadsheet error words as a CSV export writes them (English and French Excel).
pub(crate) fn erreur_texte(s: &str) -> Option<&'static str> {
    const ERREURS: &[&str] = &[
        "#N/A", "#REF!", "#VALUE!", "#VALEUR!", "#DIV/0!", "#NAME?", "#NOM?", "#NUM!", "#NULL!",
        "#NUL!",
    ];
    let t = s.trim();
    ERREURS.iter().copied().find(|e| *e == t)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_1252_and_bom_are_decoded() {
        assert_eq!(decoder(b"\xEF\xBB\xBFSign\xC3\xA9 le"), "Signé le");
        assert_eq!(decoder(b"Sign\xE9 le"), "Signé le");
    }

    #[test]
    fn delimiters_are_detected() {
        assert_eq!(separateur("a;b;c\n1;2;3"), b';');
        assert_eq!(separateur("a,b,c\n\"1;2\",2,3"), b',');
        assert_eq!(separateur("a\tb\tc"), b'\t');
    }

    #[test]
    fn a_missing_shared_string_is_located_after_the_last_cell_read() {
        assert!(texte_partage_absent("CLS", None)
            .0
            .contains("la première cellule remplie de la feuille « CLS »"));
        assert!(texte_partage_absent("CLS", Some((11, 27)))
            .0
            .contains("la cellule remplie qui suit AB12 dans la feuille « CLS »"));
    }

    #[test]
    fn csv_errors_are_cells_in_error() {
        let f = lire_feuilles(b"a;b\n#N/A;x\n\n", &LimitesTableur::default()).unwrap_or_default();
        assert_eq!(f[0].lignes.len(), 2);
        assert_eq!(f[0].cellule(1, 0), &Valeur::Erreur("#N/A".into()));
    }
}
