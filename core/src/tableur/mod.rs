//! Spreadsheets in and out (feature `tableur`; writing: `tableur-ecriture`).
//!
//! The lists that ARS, préfectures and networks keep are workbooks: one row per instrument,
//! French headers, dates written « 15/03/2013 », several communes in one cell. [`lire`] turns such
//! a workbook (`.xlsx`, `.xls`, `.ods`) or CSV file (`,` `;` or tab, UTF-8 with or without BOM,
//! Windows-1252) into a portfolio of documents, one per row, and [`Lecture::valider`] validates it
//! with every diagnostic located in the sheet ([`crate::report::Cellule`], `CLS!F12`) besides its
//! JSON Pointer.
//!
//! Crates, and why: **calamine** reads xlsx, xls and ods in pure Rust (no C, so it builds for
//! WebAssembly), with cached formula values, error cells and merged regions; **csv** is the
//! standard, well-kept CSV parser (quotes, embedded line breaks); **encoding_rs** decodes
//! Windows-1252 exactly as browsers do; **toml** reads user mappings; **rust_xlsxwriter** (writing
//! only) writes data validations, notes, formats and hyperlinks, which calamine cannot. All are
//! behind features so that the default crate and the browser module stay lean.
//!
//! ```
//! use territoire_sante::{tableur, Date, Options, Validator};
//! let csv = "Suivi des CLS\n\nIntitulé;Signé le;Communes;Statut\n\
//!            CLS de Château-Thierry;17/12/2015;02168;En vigueur\n";
//! let lecture = tableur::lire(csv.as_bytes(), &tableur::OptionsLecture {
//!     type_document: Some(territoire_sante::DocumentKind::ContratLocalSante),
//!     ..Default::default()
//! }, None);
//! assert_eq!(lecture.portefeuille["documents"][0]["date_signature"], "2015-12-17");
//! let v = Validator::new(Options { as_of: Some(Date::ymd(2016, 6, 30)), ..Options::default() })?;
//! let report = lecture.valider(&v);
//! let d = report.diagnostics.iter().find(|d| d.code == "CLS-001").unwrap();
//! assert_eq!(d.cellule.as_ref().unwrap().a1, "csv!A4");
//! # Ok::<(), territoire_sante::Error>(())
//! ```

pub mod cellules;
pub mod colonnes;
pub mod correspondance;
#[cfg(feature = "tableur-ecriture")]
pub mod ecriture;
pub mod lecture;
mod organisations;

use std::collections::BTreeMap;
use std::sync::Arc;

use serde::{Deserialize, Serialize};
use serde_json::{json, Map, Value};

pub use colonnes::{champs, Champ, Nature};
pub use correspondance::{
    lire_correspondance, Colonne, Correspondance, CorrespondanceFeuille, IGNORER, TYPE,
};
pub use lecture::{Feuille, LimitesTableur, Valeur};

use crate::engine::Validator;
use crate::model::{Document, DocumentKind, Portefeuille};
use crate::referentiel::Referentiel;
use crate::report::{Cellule, Report};
use crate::rules::tab as regles;
use crate::rules::{Finding, Rule};
use cellules::Probleme;
use organisations::Index;

/// Sheets written by this library that hold no data rows.
pub const FEUILLES_RESERVEES: [&str; 3] = ["Lisez-moi", "Listes", "Constats"];

/// How to read a workbook.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct OptionsLecture {
    /// Read only this sheet (default: every sheet with a recognised header).
    pub feuille: Option<String>,
    /// Kind of every row (default: a « Type » column, else the sheet name).
    pub type_document: Option<DocumentKind>,
    /// Header → field path (or `ignorer`), overriding the recognised synonyms.
    pub correspondance: Correspondance,
    /// Reading limits.
    pub limites: LimitesTableur,
}

/// Where a document of the portfolio comes from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LigneDocument {
    /// Sheet name.
    pub feuille: String,
    /// Row, 1-based.
    pub ligne: u32,
    /// Kind read for the row.
    pub type_document: DocumentKind,
}

/// A reading finding, rendered when the report is built.
#[derive(Debug, Clone)]
struct Constat {
    regle: &'static Rule,
    finding: Finding,
    cellule: Option<Cellule>,
}

/// Column of each field path of one document, for locating diagnostics.
#[derive(Debug, Clone)]
struct Plan {
    feuille: Arc<NomFeuille>,
    ligne: u32,
    /// The columns of the row's sheet and kind, shared by its rows.
    colonnes: Arc<[(String, u32)]>,
    /// The row's own actors (`/acteurs/1`), after them.
    acteurs: Vec<(String, u32)>,
    defaut: u32,
}

/// A sheet's name as its cells are cited, worked out once per sheet rather than for each
/// diagnostic (building every cell with [`Cellule::new`] was a tenth of the validation).
#[derive(Debug)]
struct NomFeuille {
    nom: String,
    /// The A1 reference's sheet part, quoted when it must be (`CLS!`, `'Suivi régional'!`).
    prefixe: String,
}

impl NomFeuille {
    fn new(nom: &str) -> NomFeuille {
        // Cellule::new's own quoting, not a copy of it.
        let a1 = Cellule::new(nom, 1, 1).a1;
        NomFeuille {
            nom: nom.to_string(),
            prefixe: a1.strip_suffix("A1").unwrap_or(&a1).to_string(),
        }
    }

    /// The cell at 1-based `ligne` and `colonne`: [`Cellule::new`]'s.
    fn cellule(&self, ligne: u32, colonne: u32) -> Cellule {
        use std::fmt::Write;
        let mut a1 = String::with_capacity(self.prefixe.len() + 12);
        a1.push_str(&self.prefixe);
        // Column letters (bijective base 26: A…Z, AA…), at most 7 for a u32.
        let mut lettres = [0u8; 8];
        let (mut n, mut i) = (colonne, lettres.len());
        while n > 0 && i > 0 {
            i -= 1;
            if let Some(l) = lettres.get_mut(i) {
                *l = b'A' + ((n - 1) % 26) as u8;
            }
            n = (n - 1) / 26;
        }
        a1.push_str(
            lettres
                .get(i..)
                .and_then(|l| std::str::from_utf8(l).ok())
                .unwrap_or(""),
        );
        let _ = write!(a1, "{ligne}");
        Cellule {
            feuille: self.nom.clone(),
            ligne,
            colonne,
            a1,
        }
    }
}

/// The columns of a sheet as the rows of one kind read them, worked out once per sheet and kind
/// rather than for each row.
struct Prepare<'c> {
    kind: DocumentKind,
    /// Each mapped column (the type column aside) with its field, the porteur first so that
    /// signatories of the same nature can be the same actor; `None`: no such field for the kind.
    colonnes: Vec<(&'c Colonne, &'c str, Option<&'static Champ>)>,
    /// The field path of each column with a field, for locating diagnostics.
    plan: Arc<[(String, u32)]>,
}

impl<'c> Prepare<'c> {
    fn new(c: &'c CorrespondanceFeuille, kind: DocumentKind) -> Prepare<'c> {
        let fields = champs(kind);
        let mut cols: Vec<&Colonne> = c.colonnes.iter().filter(|x| x.chemin.is_some()).collect();
        cols.sort_by_key(|x| x.chemin.as_deref() != Some("/porteur"));
        let colonnes: Vec<(&Colonne, &str, Option<&Champ>)> = cols
            .into_iter()
            .filter_map(|col| {
                let chemin = col.chemin.as_deref().filter(|p| *p != TYPE)?;
                Some((col, chemin, fields.iter().find(|x| x.chemin == chemin)))
            })
            .collect();
        let plan = colonnes
            .iter()
            .filter(|(_, _, champ)| champ.is_some())
            .map(|(col, chemin, _)| ((*chemin).to_string(), col.colonne))
            .collect();
        Prepare {
            kind,
            colonnes,
            plan,
        }
    }
}

/// What [`lire`] returns: the documents, the mapping used, and what reading found.
#[derive(Debug, Clone)]
pub struct Lecture {
    /// The portfolio (`{"type": "portefeuille", "documents": […]}`), one document per data row.
    pub portefeuille: Value,
    /// The mapping used, sheet by sheet.
    pub correspondances: Vec<CorrespondanceFeuille>,
    /// Origin of each document (same order as `portefeuille.documents`).
    pub lignes: Vec<LigneDocument>,
    /// The sheets as read (for annotating them).
    pub feuilles: Vec<Feuille>,
    constats: Vec<Constat>,
    plans: Vec<Plan>,
}

impl Lecture {
    /// Validates the documents read; each diagnostic about a document carries its cell.
    pub fn valider(&self, validator: &Validator) -> Report {
        // `validate_value` takes the value, and so a copy of the portfolio (8 % of the
        // validation): the documents read are decoded from it in place as the engine decodes
        // them, and anything else (a portfolio changed since, beyond the limits, a document that
        // does not decode) goes the engine's way, which says why.
        let base = match documents_lus(&self.portefeuille, validator.limits()) {
            Some(doc) => validator.validate(&doc),
            None => validator.validate_value(self.portefeuille.clone()),
        };
        let mut all = base.diagnostics;
        for d in &mut all {
            d.cellule = self.cellule_de(&d.path).map(Box::new);
        }
        for c in &self.constats {
            let mut d = validator.render_issue((c.regle, c.finding.clone()));
            d.cellule = c
                .cellule
                .clone()
                .or_else(|| self.cellule_de(&d.path))
                .map(Box::new);
            all.push(d);
        }
        let mut r = Report::new(base.as_of, base.locale, all);
        r.document_type = base.document_type;
        r.document_id = base.document_id;
        r.referentiel = base.referentiel;
        r
    }

    /// The cell a JSON Pointer into the portfolio points at, if it is in a document read from
    /// a sheet.
    pub fn cellule_de(&self, path: &str) -> Option<Cellule> {
        let rest = path.strip_prefix("/documents/")?;
        let (num, tail) = rest.split_at(rest.find('/').unwrap_or(rest.len()));
        let plan = self.plans.get(num.parse::<usize>().ok()?)?;
        let col = plan
            .colonnes
            .iter()
            .chain(&plan.acteurs)
            .filter(|(p, _)| {
                tail == p
                    || tail
                        .strip_prefix(p.as_str())
                        .is_some_and(|r| r.starts_with('/'))
            })
            .max_by_key(|(p, _)| p.len())
            .map_or(plan.defaut, |(_, c)| *c);
        Some(plan.feuille.cellule(plan.ligne, col))
    }

    /// The mapping used, as JSON.
    pub fn correspondance_json(&self) -> Value {
        serde_json::to_value(&self.correspondances).unwrap_or(Value::Null)
    }
}

/// Reads a workbook or CSV file into a portfolio; `referentiel` resolves commune names (default:
/// the embedded one, when the crate has it). Never fails: an unreadable file gives an empty
/// portfolio and a TAB-001 finding.
pub fn lire(bytes: &[u8], options: &OptionsLecture, referentiel: Option<&Referentiel>) -> Lecture {
    let feuilles = match lecture::lire_feuilles(bytes, &options.limites) {
        Ok(f) => f,
        Err(e) => return illisible(e.0, Vec::new()),
    };
    lire_feuilles(feuilles, options, referentiel)
}

/// Reads sheets already in memory (a DataFrame's cells, say) as [`lire`] reads a file.
pub fn lire_feuilles(
    feuilles: Vec<Feuille>,
    options: &OptionsLecture,
    referentiel: Option<&Referentiel>,
) -> Lecture {
    if let Err(e) = correspondance::verifier(&options.correspondance) {
        return illisible(format!("correspondance : {e}"), feuilles);
    }
    let embedded;
    let referentiel = match referentiel {
        Some(r) => Some(r),
        None => {
            embedded = crate::referentiel::default_shared();
            embedded.as_deref()
        }
    };
    let mut ctx = Ctx {
        index: Index::new(referentiel),
        sans_objet: Vec::new(),
        documents: Vec::new(),
        constats: Vec::new(),
        plans: Vec::new(),
        lignes: Vec::new(),
    };
    let mut correspondances = Vec::new();
    if let Some(name) = &options.feuille {
        if !feuilles.iter().any(|f| &f.nom == name) {
            let names: Vec<&str> = feuilles.iter().map(|f| f.nom.as_str()).collect();
            return illisible(
                format!(
                    "la feuille « {name} » est absente (feuilles : {})",
                    names.join(", ")
                ),
                feuilles,
            );
        }
    }
    for f in &feuilles {
        if options.feuille.as_ref().is_some_and(|n| *n != f.nom)
            || (options.feuille.is_none() && FEUILLES_RESERVEES.contains(&f.nom.as_str()))
        {
            continue;
        }
        let c = correspondance::correspondance(f, &options.correspondance, options.type_document);
        ctx.feuille(f, &c, options);
        correspondances.push(c);
    }
    Lecture {
        // Not `json!`, which would copy the documents (serialising them into a new value).
        portefeuille: portefeuille(ctx.documents),
        correspondances,
        lignes: ctx.lignes,
        feuilles,
        constats: ctx.constats,
        plans: ctx.plans,
    }
}

/// Sheets given as JSON (`[{"nom": "CLS", "lignes": [["Intitulé", "Signé le"], ["CLS de X",
/// "17/12/2015"]]}]`; cells are text, numbers, booleans or null), as the Python and JS fronts
/// pass a DataFrame's or a grid's cells. Texts such as `#N/A` are cells in error.
pub fn feuilles_de_json(v: &Value) -> Result<Vec<Feuille>, String> {
    let sheets = v.as_array().ok_or("une liste de feuilles est attendue")?;
    let mut out = Vec::new();
    for (i, s) in sheets.iter().enumerate() {
        let nom = s
            .get("nom")
            .and_then(Value::as_str)
            .map_or_else(|| format!("Feuille{}", i + 1), str::to_string);
        let rows = s.get("lignes").and_then(Value::as_array).ok_or_else(|| {
            format!("feuille « {nom} » : « lignes » doit être une liste de lignes")
        })?;
        let mut lignes = Vec::with_capacity(rows.len());
        for row in rows {
            let cells = row.as_array().map(Vec::as_slice).unwrap_or_default();
            lignes.push(
                cells
                    .iter()
                    .map(|c| match c {
                        Value::Null => Valeur::Vide,
                        Value::Bool(b) => Valeur::Booleen(*b),
                        Value::Number(n) => n.as_f64().map_or(Valeur::Vide, Valeur::Nombre),
                        Value::String(t) if t.is_empty() => Valeur::Vide,
                        Value::String(t) => lecture::erreur_texte(t)
                            .map_or_else(|| Valeur::Texte(t.clone()), |e| Valeur::Erreur(e.into())),
                        other => Valeur::Texte(other.to_string()),
                    })
                    .collect(),
            );
        }
        out.push(Feuille { nom, lignes });
    }
    Ok(out)
}

/// The portfolio `v` as [`lire`] builds it, decoded as [`Validator::validate_value`] decodes it
/// (each document without its `"type"`, as compact JSON text, by its kind's reader: the
/// validator's report on it is the value's), without taking it apart; `None` for any other value,
/// one beyond `limits`, or one with a document that does not decode.
fn documents_lus(v: &Value, limits: &crate::Limits) -> Option<Document> {
    let m = v.as_object()?;
    if m.len() != 2 || m.get("type")?.as_str()? != DocumentKind::Portefeuille.tag() {
        return None;
    }
    let docs = m.get("documents")?.as_array()?;
    if !dans_les_limites(v, limits) {
        return None;
    }
    // The header as the engine reads it without its documents: an empty object.
    let mut pf: Portefeuille = crate::read::from_str("{}").ok()?;
    pf.documents.reserve(docs.len());
    for d in docs {
        let d = d.as_object()?;
        let kind = DocumentKind::from_tag(d.get("type")?.as_str()?)
            .filter(|k| *k != DocumentKind::Portefeuille)?;
        let text = serde_json::to_string(&SansType(d)).ok()?;
        pf.documents.push(kind.read_text(&text).ok()?);
    }
    Some(Document::Portefeuille(pf))
}

/// A document's object without its `"type"`, serialised as the object less that key would be.
struct SansType<'a>(&'a Map<String, Value>);

impl Serialize for SansType<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_map(self.0.iter().filter(|(k, _)| k.as_str() != "type"))
    }
}

/// Whether no array or object of `v` lies deeper than `limits.max_depth` (`v` at depth 1) and
/// no array holds more than `limits.max_items` items: then the engine's check of the limits
/// finds nothing (it also builds the path of every node, to say where it stopped).
fn dans_les_limites(v: &Value, limits: &crate::Limits) -> bool {
    let conteneur = |x: &&Value| x.is_array() || x.is_object();
    let mut pile = vec![(v, 1usize)];
    while let Some((v, depth)) = pile.pop() {
        if depth > limits.max_depth {
            return false;
        }
        match v {
            Value::Array(a) if a.len() > limits.max_items => return false,
            Value::Array(a) => pile.extend(a.iter().filter(conteneur).map(|x| (x, depth + 1))),
            Value::Object(m) => pile.extend(m.values().filter(conteneur).map(|x| (x, depth + 1))),
            _ => {}
        }
    }
    true
}

/// `{"type": "portefeuille", "documents": documents}`.
fn portefeuille(documents: Vec<Value>) -> Value {
    let mut m = Map::new();
    m.insert("type".into(), Value::String("portefeuille".into()));
    m.insert("documents".into(), Value::Array(documents));
    Value::Object(m)
}

fn illisible(raison: String, feuilles: Vec<Feuille>) -> Lecture {
    Lecture {
        portefeuille: portefeuille(Vec::new()),
        correspondances: Vec::new(),
        lignes: Vec::new(),
        feuilles,
        constats: vec![Constat {
            regle: &regles::TAB_001,
            finding: Finding::at("").param("raison", raison),
            cellule: None,
        }],
        plans: Vec::new(),
    }
}

struct Ctx<'r> {
    index: Index<'r>,
    /// (sheet, column, kind) already reported as not applicable: once per column, not per row.
    sans_objet: Vec<(String, u32, DocumentKind)>,
    documents: Vec<Value>,
    constats: Vec<Constat>,
    plans: Vec<Plan>,
    lignes: Vec<LigneDocument>,
}

impl Ctx<'_> {
    fn constat(&mut self, regle: &'static Rule, finding: Finding, cellule: Option<Cellule>) {
        self.constats.push(Constat {
            regle,
            finding,
            cellule,
        });
    }

    fn feuille(&mut self, f: &Feuille, c: &CorrespondanceFeuille, options: &OptionsLecture) {
        let Some(header) = c.ligne_entete else {
            if f.lignes.iter().any(|r| r.iter().any(|v| !v.est_vide())) {
                self.constat(
                    &regles::TAB_010,
                    Finding::at("")
                        .param("valeur", "aucun en-tête reconnu")
                        .param("portee", format!("la feuille « {} »", f.nom)),
                    Some(Cellule::new(&f.nom, 1, 1)),
                );
            }
            return;
        };
        for col in c.colonnes.iter().filter(|x| x.chemin.is_none()) {
            if col.origine == "ignoree" {
                continue;
            }
            self.constat(
                &regles::TAB_002,
                Finding::at("").param("entete", col.entete.clone()),
                Some(Cellule::new(&f.nom, header, col.colonne)),
            );
        }
        let type_col = c
            .colonnes
            .iter()
            .find(|x| x.chemin.as_deref() == Some(TYPE))
            .map(|x| x.colonne);
        let nom_col = c
            .colonnes
            .iter()
            .find(|x| x.chemin.as_deref() == Some("/nom"))
            .or_else(|| c.colonnes.iter().find(|x| x.chemin.is_some()))
            .map_or(1, |x| x.colonne);
        let nom = Arc::new(NomFeuille::new(&f.nom));
        // One preparation per kind met in the sheet (most sheets hold one kind).
        let mut prepares: Vec<Prepare> = Vec::new();
        for (r, row) in f.lignes.iter().enumerate().skip(header as usize) {
            if row.iter().all(Valeur::est_vide) {
                continue;
            }
            let ligne = r as u32 + 1;
            let type_cell = type_col.map(|k| f.cellule(r, k as usize - 1));
            let kind = options
                .type_document
                .or_else(|| {
                    type_cell
                        .filter(|v| !v.est_vide())
                        .and_then(|v| correspondance::type_nomme(&v.texte()))
                })
                .or_else(|| {
                    if type_cell.is_some_and(|v| !v.est_vide()) {
                        None
                    } else {
                        c.type_feuille
                    }
                });
            let Some(kind) = kind else {
                let valeur = match type_cell {
                    Some(v) if !v.est_vide() => v.texte().trim().to_string(),
                    _ => format!("feuille « {} »", f.nom),
                };
                self.constat(
                    &regles::TAB_010,
                    Finding::at("")
                        .param("valeur", valeur)
                        .param("portee", format!("la ligne {ligne}")),
                    Some(nom.cellule(ligne, type_col.unwrap_or(nom_col))),
                );
                continue;
            };
            let p = match prepares.iter().position(|p| p.kind == kind) {
                Some(i) => i,
                None => {
                    prepares.push(Prepare::new(c, kind));
                    prepares.len() - 1
                }
            };
            if let Some(p) = prepares.get(p) {
                self.ligne(f, &nom, p, r, nom_col);
            }
        }
    }

    fn ligne(
        &mut self,
        f: &Feuille,
        nom: &Arc<NomFeuille>,
        prepare: &Prepare,
        r: usize,
        nom_col: u32,
    ) {
        let i = self.documents.len();
        let ligne = r as u32 + 1;
        let kind = prepare.kind;
        let mut obj = Map::new();
        obj.insert("type".into(), Value::String(kind.tag().into()));
        let mut plan = Plan {
            feuille: Arc::clone(nom),
            ligne,
            colonnes: Arc::clone(&prepare.plan),
            acteurs: Vec::new(),
            defaut: nom_col,
        };
        let mut acteurs: Vec<Value> = Vec::new();
        let mut porteur_nature: Option<String> = None;
        let mut porteur_texte: Option<String> = None;
        for &(col, chemin, champ) in &prepare.colonnes {
            let v = f.cellule(r, col.colonne as usize - 1);
            // Built only for a finding: most cells read have none (a third of the reading time
            // went into formatting them for every cell).
            let cell = || nom.cellule(ligne, col.colonne);
            let path = || format!("/documents/{i}{chemin}");
            let Some(champ) = champ else {
                if v.est_vide() {
                    continue;
                }
                let key = (f.nom.clone(), col.colonne, kind);
                if !self.sans_objet.contains(&key) {
                    self.sans_objet.push(key);
                    self.constat(
                        &regles::TAB_011,
                        Finding::at(format!("/documents/{i}"))
                            .param("entete", col.entete.clone())
                            .param("type", kind.label_fr()),
                        Some(cell()),
                    );
                }
                continue;
            };
            if v.est_vide() {
                continue;
            }
            let lu = match &champ.nature {
                Nature::Porteur => match cellules::texte(v) {
                    Ok(Some(t)) => match self.index.organisation(&t) {
                        Some(a) => {
                            porteur_nature = Some(a.nature.clone());
                            porteur_texte = Some(a.normalise.clone());
                            plan.acteurs.push(("/acteurs/0".into(), col.colonne));
                            acteurs.insert(0, a.to_json("porteur", &t));
                            Ok(Some(Value::String("porteur".into())))
                        }
                        None => {
                            self.constat(
                                &regles::TAB_009,
                                Finding::at(path()).param("valeur", t),
                                Some(cell()),
                            );
                            Ok(None)
                        }
                    },
                    Ok(None) => Ok(None),
                    Err(p) => Err(p),
                },
                Nature::Signataires => match cellules::texte(v) {
                    Ok(Some(t)) => {
                        let mut sigs = Vec::new();
                        for item in cellules::elements(&t) {
                            match self.index.organisation(&item) {
                                Some(a) => {
                                    // The porteur named again, or its nature alone (« Ville »
                                    // when a town carries the contract): the same actor.
                                    let meme = porteur_texte.as_deref()
                                        == Some(a.normalise.as_str())
                                        || (a.generique
                                            && porteur_nature.as_deref()
                                                == Some(a.nature.as_str()));
                                    let id = if meme {
                                        "porteur".to_string()
                                    } else {
                                        let mut id = a.nature.clone();
                                        let mut k = 2;
                                        while acteurs.iter().any(|x| x["id"] == id.as_str()) {
                                            id = format!("{}_{k}", a.nature);
                                            k += 1;
                                        }
                                        plan.acteurs.push((
                                            format!("/acteurs/{}", acteurs.len()),
                                            col.colonne,
                                        ));
                                        acteurs.push(a.to_json(&id, &item));
                                        id
                                    };
                                    sigs.push(json!({ "acteur": id }));
                                }
                                None => self.constat(
                                    &regles::TAB_009,
                                    Finding::at(path()).param("valeur", item),
                                    Some(cell()),
                                ),
                            }
                        }
                        Ok((!sigs.is_empty()).then_some(Value::Array(sigs)))
                    }
                    Ok(None) => Ok(None),
                    Err(p) => Err(p),
                },
                Nature::Territoires(multi) => {
                    let qpv = chemin.ends_with("quartiers") || chemin.ends_with("qpv");
                    let text = match v {
                        // A code typed as a number lost its leading zero (01053 → 1053).
                        Valeur::Nombre(n) if n.fract() == 0.0 && *n < 100_000.0 && *n >= 1000.0 => {
                            Ok(Some(format!("{:05}", *n as u32)))
                        }
                        // So did a CSV export of such a cell (« 2168 »).
                        Valeur::Texte(t)
                            if t.trim().len() == 4
                                && t.trim().bytes().all(|b| b.is_ascii_digit()) =>
                        {
                            Ok(Some(format!("0{}", t.trim())))
                        }
                        _ => cellules::texte(v),
                    };
                    match text {
                        Ok(Some(t)) => {
                            let items = if *multi {
                                cellules::elements(&t)
                            } else {
                                vec![t]
                            };
                            let mut out = Vec::new();
                            for item in items {
                                let (val, issue) = self.index.territoire(&item, qpv);
                                if let Some((rule, finding)) = issue {
                                    let finding = Finding {
                                        path: path(),
                                        ..finding
                                    };
                                    self.constat(rule, finding, Some(cell()));
                                }
                                out.push(val);
                            }
                            Ok(if *multi {
                                Some(Value::Array(out))
                            } else {
                                out.into_iter().next()
                            })
                        }
                        Ok(None) => Ok(None),
                        Err(p) => Err(p),
                    }
                }
                Nature::Liste(inner) => match cellules::texte(v) {
                    Ok(Some(t)) => {
                        let mut out = Vec::new();
                        for item in cellules::elements(&t) {
                            match scalaire(inner, &Valeur::Texte(item.clone())) {
                                Ok(Some(x)) => out.push(x),
                                Ok(None) => {}
                                Err(p) => self.probleme(p, &path(), &item, cell()),
                            }
                        }
                        Ok((!out.is_empty()).then_some(Value::Array(out)))
                    }
                    Ok(None) => Ok(None),
                    Err(p) => Err(p),
                },
                n => scalaire(n, v),
            };
            match lu {
                Ok(Some(x)) => poser(&mut obj, chemin, x),
                Ok(None) => {}
                Err(p) => self.probleme(p, &path(), v.texte().trim(), cell()),
            }
        }
        if !acteurs.is_empty() {
            obj.insert("acteurs".into(), Value::Array(acteurs));
        }
        self.documents.push(Value::Object(obj));
        self.plans.push(plan);
        self.lignes.push(LigneDocument {
            feuille: f.nom.clone(),
            ligne,
            type_document: kind,
        });
    }

    fn probleme(&mut self, p: Probleme, path: &str, valeur: &str, cell: Cellule) {
        let (regle, finding) = match p {
            Probleme::Illisible(attendu) => (
                &regles::TAB_004,
                Finding::at(path)
                    .param("valeur", valeur)
                    .param("attendu", attendu),
            ),
            Probleme::Erreur(e) => (&regles::TAB_007, Finding::at(path).param("valeur", e)),
            Probleme::Formule(f) => (
                &regles::TAB_008,
                Finding::at(path).param("valeur", format!("={f}")),
            ),
        };
        self.constat(regle, finding, Some(cell));
    }
}

/// A single-valued cell read for its nature.
fn scalaire(n: &Nature, v: &Valeur) -> Result<Option<Value>, Probleme> {
    Ok(match n {
        Nature::Texte => cellules::texte(v)?.map(Value::String),
        Nature::Entier => cellules::entier(v)?.map(Value::from),
        Nature::Nombre => cellules::nombre(v)?.map(Value::from),
        Nature::Booleen => cellules::booleen(v)?.map(Value::Bool),
        Nature::Date => cellules::date(v)?.map(|d| Value::String(d.to_string())),
        Nature::Enumeration(vals) => cellules::enumeration(v, vals)?.map(Value::String),
        _ => cellules::texte(v)?.map(Value::String),
    })
}

/// Sets `value` at the pointer `chemin` (`/periode/debut`) of `obj`, creating objects on the way.
fn poser(obj: &mut Map<String, Value>, chemin: &str, value: Value) {
    let parts: Vec<&str> = chemin.trim_start_matches('/').split('/').collect();
    let Some((last, head)) = parts.split_last() else {
        return;
    };
    let mut cur = obj;
    for p in head {
        let entry = cur
            .entry((*p).to_string())
            .or_insert_with(|| Value::Object(Map::new()));
        if !entry.is_object() {
            *entry = Value::Object(Map::new());
        }
        let Value::Object(m) = entry else {
            return;
        };
        cur = m;
    }
    // A territory read after its members' column (`/territoire/membres`) keeps them.
    match (cur.get_mut(*last), value) {
        (Some(Value::Object(old)), Value::Object(new)) => old.extend(new),
        (_, value) => {
            cur.insert((*last).to_string(), value);
        }
    }
}

/// Every TAB rule's code with its French title (for documentation and the « Constats » sheet).
pub fn regles_lecture() -> BTreeMap<&'static str, &'static str> {
    regles::RULES.iter().map(|r| (r.code, r.title.fr)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_documents_read_are_validated_as_the_engine_validates_the_portfolio() {
        let v = Validator::new(crate::Options {
            as_of: Some(crate::Date::ymd(2016, 6, 30)),
            ..crate::Options::default()
        })
        .unwrap();
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/tableur");
        for file in ["suivi.xlsx", "suivi-windows-1252.csv"] {
            let bytes = std::fs::read(dir.join(file)).unwrap();
            let l = lire(&bytes, &OptionsLecture::default(), v.referentiel());
            assert!(l.lignes.len() > 10, "{file}");
            let doc = documents_lus(&l.portefeuille, v.limits()).expect(file);
            let report = v.validate(&doc);
            assert!(!report.diagnostics.is_empty(), "{file}");
            assert_eq!(report, v.validate_value(l.portefeuille.clone()), "{file}");
        }
        // Anything but what reading builds goes the engine's own way.
        let doc = json!({"type": "contrat_local_sante", "nom": "CLS"});
        let ok = json!({"type": "portefeuille", "documents": [doc]});
        let limits = crate::Limits::default();
        assert!(documents_lus(&ok, &limits).is_some());
        for other in [
            json!({"type": "portefeuille", "documents": [doc], "nom": "P"}),
            json!({"type": "portefeuille", "documents": [{"type": "portefeuille"}]}),
            json!({"type": "portefeuille", "documents": [{"type": "cls"}]}),
            json!({"type": "portefeuille", "documents": [{"type": "contrat_local_sante", "x": 1}]}),
            json!({"type": "portefeuille", "documents": {}}),
        ] {
            assert!(documents_lus(&other, &limits).is_none(), "{other}");
        }
        // The limits as the engine checks them.
        let deep = json!({"type": "portefeuille", "documents": [doc, {"type": "contrat_local_sante",
            "perimetre": [{"type": "commune", "code": "02168"}, {"type": "commune", "code": "02408"}]}]});
        for max_depth in 0..7 {
            for max_items in 0..4 {
                let l = crate::Limits {
                    max_depth,
                    max_items,
                    ..limits
                };
                let engine = crate::read::check_limits(&deep, &l).is_none();
                assert_eq!(
                    dans_les_limites(&deep, &l),
                    engine,
                    "{max_depth} {max_items}"
                );
                assert_eq!(documents_lus(&deep, &l).is_some(), engine);
            }
        }
    }

    #[test]
    fn cells_are_cited_as_cellule_new_cites_them() {
        for nom in ["CLS", "Suivi régional", "l'été", "", "Feuille_1.2", "a!b"] {
            let f = NomFeuille::new(nom);
            for colonne in (0..800).chain([16_384, 18_278, 18_279, 475_254, u32::MAX]) {
                for ligne in [1, 12, 1_048_576] {
                    assert_eq!(
                        f.cellule(ligne, colonne),
                        Cellule::new(nom, ligne, colonne),
                        "{nom} {ligne} {colonne}"
                    );
                }
            }
        }
    }
}
