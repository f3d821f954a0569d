//! The `territoire-sante` command: validate documents, list and explain rules, print schemas.

use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

mod analyse;
mod referentiel;
use territoire_sante::{
    api, input, schema, tableur, Date, DocumentKind, Error, Locale, Options, Report, Severity,
    Validator,
};

#[derive(Parser)]
#[command(
    name = "territoire-sante",
    version,
    about = "Valide les documents de la gouvernance territoriale de la santé (CLS, CLSM, ASV, contrats de ville, CTS…)"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
enum Format {
    Human,
    Json,
    Fhir,
    Sarif,
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
pub(crate) enum ListFormat {
    Human,
    Json,
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
pub(crate) enum Lang {
    Fr,
    En,
}

impl From<Lang> for Locale {
    fn from(l: Lang) -> Locale {
        match l {
            Lang::Fr => Locale::Fr,
            Lang::En => Locale::En,
        }
    }
}

#[derive(Subcommand)]
enum Command {
    /// Valide des documents JSON (`-` lit l'entrée standard).
    Validate {
        /// Fichiers à valider.
        #[arg(required = true)]
        files: Vec<String>,
        /// Date à laquelle le droit est appliqué (AAAA-MM-JJ ; défaut : aujourd'hui).
        #[arg(long)]
        as_of: Option<String>,
        /// Langue des messages.
        #[arg(long, value_enum, default_value = "fr")]
        lang: Lang,
        /// Format de sortie.
        #[arg(long, value_enum, default_value = "human")]
        format: Format,
        /// Règles à exécuter (codes, familles ou préfixes, séparés par des virgules).
        #[arg(long, value_delimiter = ',')]
        rules: Vec<String>,
        /// Règles à écarter.
        #[arg(long, value_delimiter = ',')]
        exclude: Vec<String>,
        /// Gravité minimale signalée (fatal, error, warning, information).
        #[arg(long)]
        min_severity: Option<String>,
        /// Joint à chaque diagnostic les valeurs et paramètres qui l'ont déclenché.
        #[arg(long)]
        explain: bool,
        /// Tableur : ne lit que cette feuille.
        #[arg(long)]
        feuille: Option<String>,
        /// Tableur : type de document de chaque ligne (ex. contrat_local_sante).
        #[arg(long = "type")]
        type_document: Option<String>,
        /// Tableur : correspondance des colonnes (fichier TOML ou JSON : « en-tête » = "/champ").
        #[arg(long)]
        correspondance: Option<String>,
        /// Tableur : écrit le classeur annoté (constats en commentaires, feuille « Constats »).
        #[arg(long)]
        annoter: Option<String>,
    },
    /// Écrit le modèle de tableur d'un type de document (.xlsx).
    Modele {
        /// Type de document (ex. contrat_local_sante).
        kind: String,
        /// Fichier à écrire.
        #[arg(short = 'o', long = "output")]
        output: String,
    },
    /// Affiche le schéma JSON d'un type de document (ou `document`, `report`, `options`).
    Schema {
        /// Type de document (défaut : `document`).
        kind: Option<String>,
    },
    /// Liste les règles.
    Rules {
        /// Format de sortie.
        #[arg(long, value_enum, default_value = "human")]
        format: ListFormat,
        /// Langue.
        #[arg(long, value_enum, default_value = "fr")]
        lang: Lang,
    },
    /// Interroge le référentiel géographique embarqué (communes, EPCI, QPV…).
    Referentiel(referentiel::Args),
    /// Couverture d'un territoire par les dispositifs d'un portefeuille.
    Couverture(analyse::CouvertureArgs),
    /// Matrice d'articulation des dispositifs d'un portefeuille.
    Articulation(analyse::ArticulationArgs),
    /// Évaluation d'opportunité d'une démarche d'accompagnement.
    Opportunite(analyse::OpportuniteArgs),
    /// Explique une règle : ce qu'elle vérifie, pourquoi, sa source, sa période d'application.
    Explain {
        /// Code de la règle (ex. CLS-001).
        code: String,
        /// Format de sortie.
        #[arg(long, value_enum, default_value = "human")]
        format: ListFormat,
        /// Langue.
        #[arg(long, value_enum, default_value = "fr")]
        lang: Lang,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("territoire-sante : {e}");
            ExitCode::from(2)
        }
    }
}

pub(crate) fn out(s: &str) {
    let mut o = std::io::stdout().lock();
    // A closed pipe (`| head`) is not an error worth a panic.
    let _ = o.write_all(s.as_bytes());
}

/// Writes human text (tables, listings) with the control characters that came from documents
/// escaped (line ends kept), as [`printable`] does.
pub(crate) fn out_text(s: &str) {
    let safe: String = s
        .split('\n')
        .map(|line| printable(line).into_owned())
        .collect::<Vec<_>>()
        .join("\n");
    out(&safe);
}

pub(crate) fn pretty(v: &serde_json::Value) -> String {
    serde_json::to_string_pretty(v).unwrap_or_default() + "\n"
}

fn run(cli: Cli) -> Result<ExitCode, Error> {
    match cli.command {
        Command::Validate {
            files,
            as_of,
            lang,
            format,
            rules,
            exclude,
            min_severity,
            explain,
            feuille,
            type_document,
            correspondance,
            annoter,
        } => {
            let as_of = match as_of {
                Some(s) => Some(s.parse::<Date>().map_err(|e| Error::Option {
                    option: "--as-of".into(),
                    reason: format!("« {s} » : {e}"),
                })?),
                None => None,
            };
            let min_severity = match min_severity {
                Some(s) => Some(Severity::parse(&s).ok_or_else(|| Error::Option {
                    option: "--min-severity".into(),
                    reason: format!("« {s} » : fatal, error, warning ou information"),
                })?),
                None => None,
            };
            let validator = Validator::new(Options {
                as_of,
                locale: lang.into(),
                rules,
                exclude,
                min_severity,
                explain,
                ..Options::default()
            })?;
            let lecture_options = tableur_options(feuille, type_document, correspondance)?;
            if annoter.is_some() && !(files.len() == 1 && files.iter().all(|f| is_tableur(f))) {
                return Err(Error::Option {
                    option: "--annoter".into(),
                    reason: "s'applique à un seul fichier tableur (.xlsx, .ods, .csv…)".into(),
                });
            }
            // Each file gets its report, in the order given, whatever the others hold: one that
            // cannot be read (missing, a directory, not UTF-8, too large) is reported as such
            // (`DOC-*`), and the exit status is the worst of all.
            let mut reports: Vec<(String, Report)> = Vec::new();
            for f in &files {
                let r = if f == "-" {
                    validator.validate_reader(std::io::stdin().lock())
                } else if is_tableur(f) {
                    match std::fs::read(f) {
                        Ok(bytes) => {
                            let lecture =
                                tableur::lire(&bytes, &lecture_options, validator.referentiel());
                            let r = lecture.valider(&validator);
                            if let Some(path) = &annoter {
                                let out = tableur::ecriture::annoter(&lecture, &r, None)?;
                                std::fs::write(path, out)
                                    .map_err(|e| Error::Write(format!("{path} : {e}")))?;
                            }
                            r
                        }
                        // Unreadable: the core says why (DOC-011), as for any file.
                        Err(_) => validator.validate_path(std::path::Path::new(f)),
                    }
                } else {
                    validator.validate_path(std::path::Path::new(f))
                };
                reports.push((f.clone(), r));
            }
            // 2 when a file could not be read at all, 1 when a document is not valid.
            let status = reports
                .iter()
                .map(|(_, r)| {
                    if r.has(territoire_sante::rules::doc::DOC_011.code) {
                        2
                    } else {
                        u8::from(!r.valid)
                    }
                })
                .max()
                .unwrap_or(0);
            match format {
                Format::Human => {
                    let color =
                        std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none();
                    for (f, r) in &reports {
                        out(&human(f, r, color));
                    }
                    if reports.len() > 1 {
                        let bad = reports.iter().filter(|(_, r)| !r.valid).count();
                        let incomplete = reports.iter().filter(|(_, r)| !r.complete).count();
                        out(&match validator.locale() {
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
                        });
                    }
                }
                Format::Json => {
                    let v: Vec<serde_json::Value> =
                        reports.iter().map(|(_, r)| r.to_json_value()).collect();
                    out(&pretty(&if v.len() == 1 {
                        v.into_iter().next().unwrap_or_default()
                    } else {
                        serde_json::Value::Array(v)
                    }));
                }
                Format::Fhir => {
                    let v: Vec<serde_json::Value> =
                        reports.iter().map(|(_, r)| r.to_fhir()).collect();
                    out(&pretty(&if v.len() == 1 {
                        v.into_iter().next().unwrap_or_default()
                    } else {
                        serde_json::Value::Array(v)
                    }));
                }
                Format::Sarif => {
                    // One log, one run: what code-scanning tools read.
                    let all: Vec<(&str, &Report)> =
                        reports.iter().map(|(f, r)| (f.as_str(), r)).collect();
                    out(&pretty(&Report::to_sarif_many(&all)));
                }
            }
            Ok(ExitCode::from(status))
        }
        Command::Modele { kind, output } => {
            let k = DocumentKind::from_tag(&kind).ok_or(Error::UnknownKind(kind))?;
            let bytes = tableur::ecriture::modele(k)?;
            std::fs::write(&output, bytes).map_err(|e| Error::Write(format!("{output} : {e}")))?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Schema { kind } => {
            out(&pretty(&schema::by_name(
                kind.as_deref().unwrap_or("document"),
            )?));
            Ok(ExitCode::SUCCESS)
        }
        Command::Rules { format, lang } => {
            let rules = api::rules(lang.into());
            match format {
                ListFormat::Json => out(&pretty(&serde_json::to_value(&rules).unwrap_or_default())),
                ListFormat::Human => {
                    let mut s = String::new();
                    for r in &rules {
                        s.push_str(&format!(
                            "{:<9} {:<11} {:<26} {}\n          {}\n",
                            r.code,
                            r.severity.label(lang.into()),
                            r.in_force.to_string(),
                            r.title,
                            r.legal_basis.label
                        ));
                    }
                    out(&s);
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Referentiel(a) => referentiel::run(a),
        Command::Couverture(a) => analyse::couverture(a),
        Command::Articulation(a) => analyse::articulation(a),
        Command::Opportunite(a) => analyse::opportunite(a),
        Command::Explain { code, format, lang } => {
            let r = api::explain(&code, lang.into())?;
            match format {
                ListFormat::Json => out(&pretty(&serde_json::to_value(&r).unwrap_or_default())),
                ListFormat::Human => {
                    out(&territoire_sante::rules::docs::page(&code, lang.into())
                        .unwrap_or_default())
                }
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// Whether a file is read as a spreadsheet (by its extension).
fn is_tableur(path: &str) -> bool {
    let lower = path.to_lowercase();
    [".xlsx", ".xlsm", ".xls", ".ods", ".csv", ".tsv"]
        .iter()
        .any(|e| lower.ends_with(e))
}

fn tableur_options(
    feuille: Option<String>,
    type_document: Option<String>,
    correspondance: Option<String>,
) -> Result<tableur::OptionsLecture, Error> {
    let type_document = match type_document {
        Some(t) => Some(DocumentKind::from_tag(&t).ok_or(Error::UnknownKind(t))?),
        None => None,
    };
    let correspondance = match correspondance {
        Some(path) => {
            tableur::lire_correspondance(&read(&path)?).map_err(|reason| Error::Option {
                option: "--correspondance".into(),
                reason,
            })?
        }
        None => Default::default(),
    };
    Ok(tableur::OptionsLecture {
        feuille,
        type_document,
        correspondance,
        ..Default::default()
    })
}

/// Reads a document (`-`: standard input), at most the default [`territoire_sante::Limits`]'s
/// `max_bytes`: the read stops there, whatever the source.
pub(crate) fn read(path: &str) -> Result<String, Error> {
    read_within(path, territoire_sante::Limits::default().max_bytes)
}

/// Reads `path` (`-`: standard input), at most `limit` bytes, as UTF-8 text.
pub(crate) fn read_within(path: &str, limit: usize) -> Result<String, Error> {
    let res = if path == "-" {
        input::read_text(std::io::stdin().lock(), limit)
    } else {
        input::read_path_text(std::path::Path::new(path), limit)
    };
    res.map_err(|e| Error::Read {
        path: path.to_string(),
        reason: e.describe(Locale::Fr),
    })
}

/// `s` with its control characters written as escapes (`\u{1b}`), so that a document's text
/// never drives the terminal (colours, cursor, title, bell) when a report is printed.
pub(crate) fn printable(s: &str) -> std::borrow::Cow<'_, str> {
    if !s.chars().any(char::is_control) {
        return std::borrow::Cow::Borrowed(s);
    }
    std::borrow::Cow::Owned(
        s.chars()
            .map(|c| {
                if c.is_control() {
                    c.escape_unicode().to_string()
                } else {
                    c.to_string()
                }
            })
            .collect(),
    )
}

fn human(file: &str, r: &Report, color: bool) -> String {
    let file = &*printable(file);
    let fr = r.locale == Locale::Fr;
    let paint = |code: &str, s: &str| {
        if color {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    };
    let mut s = String::new();
    for d in &r.diagnostics {
        let loc = match (d.line, d.column, &d.cellule) {
            (Some(l), Some(c), _) => format!("{file}:{l}:{c}"),
            (_, _, Some(c)) => format!("{file}:{}", c.a1),
            _ => file.to_string(),
        };
        let sev = d.severity.label(r.locale);
        let sev = match d.severity {
            Severity::Fatal | Severity::Error => paint("1;31", sev),
            Severity::Warning => paint("1;33", sev),
            Severity::Information => paint("1;36", sev),
        };
        s.push_str(&format!(
            "{}: {} {} {}\n",
            paint("1", &loc),
            sev,
            paint("1", &d.code),
            printable(&d.message)
        ));
        if !d.path.is_empty() {
            s.push_str(&format!(
                "    {} {}\n",
                if fr { "où     :" } else { "where  :" },
                printable(&d.path)
            ));
        }
        let src = match &d.legal_basis.url {
            Some(u) => format!("{} — {}", d.legal_basis.label, u),
            None => d.legal_basis.label.to_string(),
        };
        s.push_str(&format!("    {} {}\n", "source :", src));
        s.push_str(&format!(
            "    {} {}\n",
            if fr { "aide   :" } else { "help   :" },
            d.help
        ));
    }
    let c = &r.counts;
    let kind = printable(r.document_type.as_deref().unwrap_or("?"));
    let verdict = if r.valid {
        paint("1;32", if fr { "valide" } else { "valid" })
    } else {
        paint("1;31", if fr { "non valide" } else { "invalid" })
    };
    let k = &r.completeness;
    let completeness = match (r.complete, fr) {
        (true, true) => "complet".to_string(),
        (true, false) => "complete".to_string(),
        (false, true) => format!(
            "à compléter, {}/{} éléments requis décrits",
            k.described, k.required
        ),
        (false, false) => format!(
            "to be completed, {}/{} required elements described",
            k.described, k.required
        ),
    };
    s.push_str(&if fr {
        format!(
            "{file} : {verdict}, {completeness} ({kind}, droit au {}) — {} fatal, {} erreur(s), {} avertissement(s), {} information(s)\n\n",
            r.as_of, c.fatal, c.error, c.warning, c.information
        )
    } else {
        format!(
            "{file}: {verdict}, {completeness} ({kind}, law as of {}) — {} fatal, {} error(s), {} warning(s), {} information\n\n",
            r.as_of, c.fatal, c.error, c.warning, c.information
        )
    });
    s
}
