//! The `territoire-sante` command: validate documents, list and explain rules, print schemas.

use std::io::Write;
use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};

mod analyse;
mod help_fr;
mod human;
mod referentiel;
mod suggest;
use territoire_sante::analysis::tableaux as tables;
mod validate;

// Measured: 15 % fewer instructions per document than glibc's malloc, the allocations of
// decoding and of the diagnostics being a fifth of the work (docs/performance.md, « Allocator »).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;
use territoire_sante::{api, input, schema, tableur, DocumentKind, Error, Locale};

#[derive(Parser)]
#[command(
    name = "territoire-sante",
    version,
    about = "Valide les documents de la gouvernance territoriale de la santé (CLS, CLSM, ASV, contrats de ville, CTS…)"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
    /// Couleurs : `auto` (sur un terminal, sauf si NO_COLOR est défini), `always` ou `never`.
    #[arg(long, value_enum, default_value = "auto", global = true)]
    color: ColorWhen,
}

/// When to colour the output.
#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
enum ColorWhen {
    Auto,
    Always,
    Never,
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
    /// Valide des documents JSON ou des tableurs : fichiers, dossiers (leurs fichiers *.json,
    /// .xlsx, .xlsm, .xls, .ods, .csv et .tsv, triés) ou `-` (l'entrée standard).
    Validate(validate::Args),
    /// Écrit le modèle de tableur d'un type de document (.xlsx) : en-têtes, feuille
    /// « Lisez-moi », listes déroulantes.
    Modele {
        /// Type de document (ex. contrat_local_sante).
        kind: String,
        /// Fichier à écrire.
        #[arg(short = 'o', long = "output")]
        output: String,
    },
    /// Affiche le schéma JSON d'un type de document (ou `document`, `report`, `options`, `batch`).
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
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let matches = match help_fr::french(Cli::command()).try_get_matches_from(&args) {
        Ok(m) => m,
        Err(e) => return usage_error(&e, &args),
    };
    let cli = match Cli::from_arg_matches(&matches) {
        Ok(c) => c,
        Err(e) => return usage_error(&e, &args),
    };
    anstream::ColorChoice::write_global(match cli.color {
        ColorWhen::Auto => anstream::ColorChoice::Auto,
        ColorWhen::Always => anstream::ColorChoice::Always,
        ColorWhen::Never => anstream::ColorChoice::Never,
    });
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("territoire-sante : {e}{}", hint(&e));
            ExitCode::from(2)
        }
    }
}

/// Help and version go to the standard output (status 0); a usage error, in French, to the
/// error output (status 2).
fn usage_error(e: &clap::Error, args: &[std::ffi::OsString]) -> ExitCode {
    use clap::error::ErrorKind;
    if matches!(e.kind(), ErrorKind::DisplayHelp | ErrorKind::DisplayVersion) {
        out(&e.render().to_string());
        return ExitCode::SUCCESS;
    }
    // The subcommand typed, if it is one, for the help to read.
    let sub = args
        .get(1)
        .and_then(|a| a.to_str())
        .filter(|a| Cli::command().find_subcommand(a).is_some());
    let command = match sub {
        Some(s) => format!("territoire-sante {s}"),
        None => "territoire-sante".to_string(),
    };
    let _ = std::io::stderr().write_all(help_fr::message(e, &command).as_bytes());
    ExitCode::from(2)
}

/// "Did you mean": the closest known rule code or document kind to an unknown one.
fn hint(e: &Error) -> String {
    match e {
        Error::UnknownRule(code) => suggest::hint(code, &suggest::rule_names(), true),
        Error::UnknownKind(kind) => suggest::hint(kind, &suggest::schema_names(), true),
        _ => String::new(),
    }
}

pub(crate) fn out(s: &str) {
    let mut o = std::io::stdout().lock();
    // A closed pipe (`| head`) is not an error worth a panic.
    let _ = o.write_all(s.as_bytes());
}

/// Writes text with ANSI styles, which the stream removes when colours are off (`--color never`,
/// `NO_COLOR`, output not a terminal).
pub(crate) fn out_styled(s: &str) {
    let mut o = anstream::stdout().lock();
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
        Command::Validate(a) => validate::run(a),
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
                    let fr = matches!(lang, Lang::Fr);
                    let mut t = tables::table(if fr {
                        &["code", "gravité", "en vigueur", "titre", "source"]
                    } else {
                        &["code", "severity", "in force", "title", "source"]
                    });
                    for r in &rules {
                        tables::row(
                            &mut t,
                            vec![
                                r.code.to_string(),
                                r.severity.label(lang.into()).to_string(),
                                r.in_force.to_string(),
                                r.title.to_string(),
                                r.legal_basis.label.to_string(),
                            ],
                        );
                    }
                    tables::bound(&mut t, 3, 60);
                    tables::bound(&mut t, 4, 50);
                    out(&format!("{t}\n"));
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
