//! `territoire-sante validate`: files, directories and standard input, in every output format.

use std::path::Path;
use std::process::ExitCode;

use clap::ValueEnum;
use territoire_sante::batch::{Batch, BatchEntry};
use territoire_sante::{
    input, tableur, Date, DocumentKind, Error, Limits, Locale, Options, Report, Severity, Validator,
};

use crate::{human, out, out_styled, pretty, Lang};

/// Output format of `validate`.
#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum Format {
    /// Each finding with the offending line of the document, its source and what to do.
    #[value(alias = "full")]
    Human,
    /// One line per finding: `fichier:ligne:colonne: gravité CODE message [chemin]`.
    Concise,
    /// One JSON object for all the files: `{"reports": [...], "summary": {...}}`
    /// (docs/schema/batch.json).
    Json,
    /// One JSON object per line and per file, written as soon as the file is validated.
    Jsonl,
    /// FHIR R4: an `OperationOutcome` for one file, a `Bundle` of them for several.
    Fhir,
    /// One SARIF 2.1.0 log (one run) for all the files.
    Sarif,
}

/// Arguments of `validate`.
#[derive(clap::Args)]
pub struct Args {
    /// Fichiers, dossiers ou `-` (entrée standard).
    #[arg(required = true)]
    pub files: Vec<String>,
    /// Date à laquelle le droit est appliqué (AAAA-MM-JJ ; défaut : aujourd'hui).
    #[arg(long)]
    pub as_of: Option<String>,
    /// Langue des messages.
    #[arg(long, value_enum, default_value = "fr")]
    pub lang: Lang,
    /// Format de sortie : human (chaque diagnostic avec la ligne du document), concise (une
    /// ligne par diagnostic), json (un objet pour tous les fichiers), jsonl (un objet par ligne
    /// et par fichier), fhir, sarif (un journal SARIF 2.1.0).
    #[arg(long, value_enum, default_value = "human")]
    pub format: Format,
    /// Règles à exécuter (codes, familles ou préfixes, séparés par des virgules).
    #[arg(long, value_delimiter = ',')]
    pub rules: Vec<String>,
    /// Règles à écarter.
    #[arg(long, value_delimiter = ',')]
    pub exclude: Vec<String>,
    /// Gravité minimale signalée : fatal, erreur (error), avertissement (warning), information.
    #[arg(long)]
    pub min_severity: Option<String>,
    /// Joint à chaque diagnostic les valeurs et paramètres qui l'ont déclenché.
    #[arg(long)]
    pub explain: bool,
    /// Arrête la validation de chaque document après ce nombre d'erreurs (1 : à la première).
    #[arg(long, value_parser = clap::value_parser!(u64).range(1..))]
    pub max_errors: Option<u64>,
    /// Le nombre de diagnostics par code au lieu des diagnostics (formats human, concise, json,
    /// jsonl).
    #[arg(long)]
    pub statistics: bool,
    /// Adresse absolue du dossier des pages de règles (docs/rules/) publié, pour les `helpUri`
    /// du journal SARIF (défaut : le dépôt déclaré dans Cargo.toml, s'il y en a un).
    #[arg(long)]
    pub rules_uri: Option<String>,
    /// Tableur : ne lit que cette feuille.
    #[arg(long)]
    pub feuille: Option<String>,
    /// Tableur : type de document de chaque ligne (ex. contrat_local_sante).
    #[arg(long = "type")]
    pub type_document: Option<String>,
    /// Tableur : correspondance des colonnes (fichier TOML ou JSON : « en-tête » = "/champ").
    #[arg(long)]
    pub correspondance: Option<String>,
    /// Tableur : écrit le classeur annoté (constats en commentaires, feuille « Constats »).
    #[arg(long)]
    pub annoter: Option<String>,
}

/// One input: a file or the standard input.
enum Input {
    Stdin,
    File(String),
}

impl Input {
    fn name(&self) -> &str {
        match self {
            Input::Stdin => "-",
            Input::File(f) => f,
        }
    }
}

/// The inputs named on the command line, a directory giving its documents (recursively, sorted
/// by name, so the order never depends on the file system): `*.json` files and spreadsheets
/// (`.xlsx`, `.xlsm`, `.xls`, `.ods`, `.csv`, `.tsv`). What a directory gave and what it held
/// besides (other files, Excel's lock files `~$…`, hidden files) is said on the error output, so
/// that the formats of the standard output stay as they are; a directory giving nothing raises
/// the status to 2.
fn inputs(args: &[String], locale: Locale) -> (Vec<Input>, bool) {
    let mut v = Vec::new();
    let mut empty_dir = false;
    for a in args {
        if a == "-" {
            v.push(Input::Stdin);
            continue;
        }
        let p = Path::new(a);
        if !p.is_dir() {
            v.push(Input::File(a.clone()));
            continue;
        }
        let before = v.len();
        let mut skipped = Vec::new();
        for e in walkdir::WalkDir::new(p).sort_by_file_name() {
            match e {
                Ok(e) => {
                    if !e.file_type().is_file() {
                        continue;
                    }
                    let path = e.path().to_string_lossy().into_owned();
                    let name = e.file_name().to_string_lossy();
                    // Excel's lock file of an open workbook (`~$suivi.xlsx`) and hidden files
                    // are no documents, whatever their extension.
                    let hidden = name.starts_with("~$") || name.starts_with('.');
                    if !hidden && (is_json(&path) || is_tableur(&path)) {
                        v.push(Input::File(path));
                    } else {
                        skipped.push(path);
                    }
                }
                // An entry that cannot be listed is validated as such: its report says why.
                Err(e) => {
                    if let Some(p) = e.path() {
                        v.push(Input::File(p.to_string_lossy().into_owned()));
                    }
                }
            }
        }
        let read: Vec<&str> = v
            .get(before..)
            .unwrap_or_default()
            .iter()
            .map(Input::name)
            .collect();
        eprint!("{}", directory_note(a, &read, &skipped, locale));
        if read.is_empty() {
            empty_dir = true;
        }
    }
    (v, empty_dir)
}

/// What a directory gave (the files read) and what it held besides (the files skipped), one
/// file a line, on the error output.
fn directory_note(dir: &str, read: &[&str], skipped: &[String], locale: Locale) -> String {
    let dir = crate::printable(dir);
    let list = |files: &mut dyn Iterator<Item = &str>, indent: &str| -> String {
        files
            .map(|f| format!("{indent}{}\n", crate::printable(f)))
            .collect()
    };
    let mut s = match (locale, read.len()) {
        (Locale::En, 0) => format!(
            "territoire-sante: the directory « {dir} » holds no .json, .xlsx, .xlsm, .xls, .ods, \
             .csv or .tsv file\n"
        ),
        (Locale::En, n) => format!(
            "territoire-sante: directory « {dir} »: {n} file(s) read\n{}",
            list(&mut read.iter().copied(), "  ")
        ),
        (_, 0) => format!(
            "territoire-sante : le dossier « {dir} » ne contient aucun fichier .json, .xlsx, \
             .xlsm, .xls, .ods, .csv ou .tsv\n"
        ),
        (_, n) => format!(
            "territoire-sante : dossier « {dir} » : {n} fichier(s) lu(s)\n{}",
            list(&mut read.iter().copied(), "  ")
        ),
    };
    if !skipped.is_empty() {
        let n = skipped.len();
        s += &match locale {
            Locale::En => format!("  {n} file(s) skipped (neither JSON nor a spreadsheet):\n"),
            _ => format!("  {n} fichier(s) ignoré(s) (ni JSON ni tableur) :\n"),
        };
        s += &list(&mut skipped.iter().map(String::as_str), "    ");
    }
    s
}

/// Whether a file is read as a JSON document (by its extension).
fn is_json(path: &str) -> bool {
    Path::new(path)
        .extension()
        .is_some_and(|x| x.eq_ignore_ascii_case("json"))
}

/// Whether a file is read as a spreadsheet (by its extension).
fn is_tableur(path: &str) -> bool {
    let lower = path.to_lowercase();
    [".xlsx", ".xlsm", ".xls", ".ods", ".csv", ".tsv"]
        .iter()
        .any(|e| lower.ends_with(e))
}

/// How spreadsheets are read, from `--feuille`, `--type` and `--correspondance`.
fn tableur_options(a: &Args) -> Result<tableur::OptionsLecture, Error> {
    let type_document = match &a.type_document {
        Some(t) => Some(DocumentKind::from_tag(t).ok_or_else(|| Error::UnknownKind(t.clone()))?),
        None => None,
    };
    let correspondance = match &a.correspondance {
        Some(path) => {
            tableur::lire_correspondance(&crate::read(path)?).map_err(|reason| Error::Option {
                option: "--correspondance".into(),
                reason,
            })?
        }
        None => Default::default(),
    };
    Ok(tableur::OptionsLecture {
        feuille: a.feuille.clone(),
        type_document,
        correspondance,
        ..Default::default()
    })
}

/// Reads a spreadsheet into a portfolio and validates it, each finding located in its cell;
/// writes the annotated workbook when asked.
fn validate_tableur(
    validator: &Validator,
    file: &str,
    options: &tableur::OptionsLecture,
    annoter: Option<&str>,
) -> Result<Report, Error> {
    let bytes = match input::read_path(Path::new(file), options.limites.max_octets) {
        Ok(b) => b,
        // Missing, a directory, too large: the core says why (DOC-009, DOC-011), as for any file.
        Err(f) => return Ok(validator.unreadable(&f, "")),
    };
    let lecture = tableur::lire(&bytes, options, validator.referentiel());
    let r = lecture.valider(validator);
    if let Some(path) = annoter {
        let out = tableur::ecriture::annoter(&lecture, &r, None)?;
        std::fs::write(path, out).map_err(|e| Error::Write(format!("{path} : {e}")))?;
    }
    Ok(r)
}

/// Validates one input and keeps its text (for the snippets of the human format).
fn validate_one(validator: &Validator, input: &Input) -> (Report, Option<String>) {
    let limit = Limits::default().max_bytes;
    let bytes = match input {
        Input::Stdin => input::read_bounded(std::io::stdin().lock(), limit),
        Input::File(f) => input::read_path(Path::new(f), limit),
    };
    match bytes {
        Ok(b) => {
            let r = validator.validate_bytes(&b);
            let text = String::from_utf8(b).ok();
            (r, text)
        }
        Err(f) => (validator.unreadable(&f, ""), None),
    }
}

/// 2 when a file could not be read at all, 1 when a document is not valid, else 0.
fn status(r: &Report) -> u8 {
    if r.has("DOC-011") {
        2
    } else {
        u8::from(!r.valid)
    }
}

fn options(a: &Args) -> Result<Options, Error> {
    let as_of = match &a.as_of {
        Some(s) => Some(s.parse::<Date>().map_err(|e| Error::Option {
            option: "--as-of".into(),
            reason: format!("« {s} » : {e}"),
        })?),
        None => None,
    };
    let min_severity = match &a.min_severity {
        Some(s) => Some(Severity::parse(s).ok_or_else(|| {
            let known = [
                "fatal",
                "erreur",
                "error",
                "avertissement",
                "warning",
                "information",
            ];
            Error::Option {
                option: "--min-severity".into(),
                reason: format!(
                    "« {s} » : fatal, erreur (error), avertissement (warning) ou information{}",
                    crate::suggest::hint(s, &known, true)
                ),
            }
        })?),
        None => None,
    };
    Ok(Options {
        as_of,
        locale: a.lang.into(),
        rules: a.rules.clone(),
        exclude: a.exclude.clone(),
        min_severity,
        explain: a.explain,
        max_errors: a
            .max_errors
            .map(|n| usize::try_from(n).unwrap_or(usize::MAX)),
        ..Options::default()
    })
}

/// Runs `validate`.
pub fn run(a: Args) -> Result<ExitCode, Error> {
    if a.statistics && matches!(a.format, Format::Fhir | Format::Sarif) {
        return Err(Error::Option {
            option: "--statistics".into(),
            reason: "s'emploie avec --format human, concise, json ou jsonl".into(),
        });
    }
    if let Some(u) = &a.rules_uri {
        if !u.contains("://") {
            return Err(Error::Option {
                option: "--rules-uri".into(),
                reason: format!("« {u} » : une adresse absolue est attendue (https://…)"),
            });
        }
    }
    let validator = Validator::new(options(&a)?)?;
    let locale = validator.locale();
    let lecture = tableur_options(&a)?;
    let (inputs, empty_dir) = inputs(&a.files, locale);
    let is_sheet = |i: &Input| matches!(i, Input::File(f) if is_tableur(f));
    if a.annoter.is_some() && !(inputs.len() == 1 && inputs.iter().all(is_sheet)) {
        return Err(Error::Option {
            option: "--annoter".into(),
            reason: "s'applique à un seul fichier tableur (.xlsx, .ods, .csv…)".into(),
        });
    }
    let mut worst = if empty_dir { 2 } else { 0 };
    // Human and line formats are written file by file, as soon as each is validated; the
    // others need every report.
    let streamed =
        !a.statistics && matches!(a.format, Format::Human | Format::Concise | Format::Jsonl);
    let mut reports: Vec<(String, Report)> = Vec::new();
    for i in &inputs {
        let (r, text) = match i {
            Input::File(f) if is_tableur(f) => (
                validate_tableur(&validator, f, &lecture, a.annoter.as_deref())?,
                None,
            ),
            _ => validate_one(&validator, i),
        };
        worst = worst.max(status(&r));
        if streamed {
            match a.format {
                Format::Human => out_styled(&human::full(i.name(), &r, text.as_deref(), a.explain)),
                Format::Concise => out_styled(&human::concise(i.name(), &r)),
                _ => {
                    let entry = BatchEntry {
                        file: i.name().to_string(),
                        report: r,
                    };
                    out(&(serde_json::to_string(&entry).unwrap_or_default() + "\n"));
                    continue;
                }
            }
        }
        reports.push((i.name().to_string(), r));
    }
    if a.statistics {
        let stats = human::statistics(reports.iter().map(|(_, r)| r), locale);
        match a.format {
            Format::Json => out(&pretty(&serde_json::to_value(&stats).unwrap_or_default())),
            Format::Jsonl => {
                for s in &stats {
                    out(&(serde_json::to_string(s).unwrap_or_default() + "\n"));
                }
            }
            _ => out(&human::statistics_table(&stats, locale)),
        }
        return Ok(ExitCode::from(worst));
    }
    match a.format {
        Format::Human | Format::Concise => {
            if inputs.len() > 1 {
                out(&summary(&reports, locale));
            }
        }
        Format::Jsonl => {}
        Format::Json => {
            let batch = Batch::new(reports);
            out(&(serde_json::to_string_pretty(&batch).unwrap_or_default() + "\n"));
        }
        Format::Fhir => {
            let mut v: Vec<serde_json::Value> = reports.iter().map(|(_, r)| r.to_fhir()).collect();
            out(&pretty(&if v.len() == 1 {
                v.pop().unwrap_or_default()
            } else {
                // Several resources travel in a Bundle of type `collection`, FHIR's container.
                serde_json::json!({
                    "resourceType": "Bundle",
                    "type": "collection",
                    "entry": v.into_iter().map(|r| serde_json::json!({"resource": r})).collect::<Vec<_>>(),
                })
            }));
        }
        Format::Sarif => {
            let all: Vec<(&str, &Report)> = reports.iter().map(|(f, r)| (f.as_str(), r)).collect();
            out(&pretty(&Report::to_sarif_many_with(
                &all,
                a.rules_uri.as_deref(),
            )));
        }
    }
    Ok(ExitCode::from(worst))
}

/// The last line of a batch in the human formats.
fn summary(reports: &[(String, Report)], locale: Locale) -> String {
    let bad = reports.iter().filter(|(_, r)| !r.valid).count();
    let incomplete = reports.iter().filter(|(_, r)| !r.complete).count();
    match locale {
        Locale::Fr => format!(
            "{} document(s) validé(s), {} non valide(s), {} à compléter.\n",
            reports.len(),
            bad,
            incomplete
        ),
        Locale::En => format!(
            "{} document(s) validated, {} invalid, {} to be completed.\n",
            reports.len(),
            bad,
            incomplete
        ),
    }
}
