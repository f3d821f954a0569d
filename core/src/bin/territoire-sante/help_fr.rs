//! clap's own texts in French: help layout and headings, `-h/--help` and `-V/--version`,
//! default and possible values, usage errors. clap has no translations, so the command is
//! rewritten once built: every text the user reads comes from here or from the doc comments.

use clap::builder::PossibleValue;
use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, ArgAction, Command};

/// French names of the values placeholders clap derives from the field names.
const VALUE_NAMES: &[(&str, &str)] = &[
    ("FILES", "FICHIERS"),
    ("AS_OF", "AAAA-MM-JJ"),
    ("LANG", "LANGUE"),
    ("FORMAT", "FORMAT"),
    ("RULES", "REGLES"),
    ("EXCLUDE", "REGLES"),
    ("MIN_SEVERITY", "GRAVITE"),
    ("KIND", "TYPE"),
    ("CODE", "CODE"),
    ("COLOR", "QUAND"),
    ("RULES_URI", "URI"),
    ("PORTFOLIO", "PORTEFEUILLE"),
    ("FILE", "FICHIER"),
    ("TERRITOIRE", "TERRITOIRE"),
    ("DONNEES", "FICHIER"),
    ("COG_DIR", "DOSSIER"),
    ("QPV_GEOJSON", "FICHIER"),
    ("DATE_MILLESIME", "AAAA-MM-JJ"),
    ("LIMITE", "N"),
    ("FEUILLE", "FEUILLE"),
    ("TYPE_DOCUMENT", "TYPE"),
    ("CORRESPONDANCE", "FICHIER"),
    ("ANNOTER", "FICHIER"),
    ("OUTPUT", "FICHIER"),
];

/// `cmd` and all its subcommands with French help texts, help and version flags.
pub fn french(cmd: Command) -> Command {
    let cmd = cmd
        .disable_version_flag(true)
        .arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help("Affiche la version"),
        )
        .disable_help_subcommand(true);
    let mut cmd = french_one(cmd);
    cmd.build();
    usages(cmd)
}

fn french_one(cmd: Command) -> Command {
    let cmd = cmd
        .disable_help_flag(true)
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .global(false)
                .help("Affiche l'aide"),
        )
        .mut_args(french_arg);
    cmd.mut_subcommands(french_one)
}

/// Default and possible values written in the help text itself, in French.
fn french_arg(a: Arg) -> Arg {
    let mut a = a;
    if let Some(names) = a.get_value_names() {
        let renamed: Vec<clap::builder::Str> = names
            .iter()
            .map(|n| {
                VALUE_NAMES
                    .iter()
                    .find(|(en, _)| *en == n.as_str())
                    .map_or_else(|| n.clone(), |(_, fr)| (*fr).into())
            })
            .collect();
        a = a.value_names(renamed);
    }
    let mut extra = String::new();
    let possible: Vec<PossibleValue> = a.get_possible_values();
    if !possible.is_empty() && a.get_action().takes_values() {
        let names: Vec<&str> = possible
            .iter()
            .filter(|p| !p.is_hide_set())
            .map(PossibleValue::get_name)
            .collect();
        extra.push_str(&format!(" [valeurs : {}]", names.join(", ")));
    }
    let defaults: Vec<String> = a
        .get_default_values()
        .iter()
        .map(|d| d.to_string_lossy().into_owned())
        .collect();
    if !defaults.is_empty() && a.get_action().takes_values() {
        extra.push_str(&format!(" [défaut : {}]", defaults.join(", ")));
    }
    if extra.is_empty() {
        return a;
    }
    let help = a.get_help().map(ToString::to_string).unwrap_or_default();
    a.help(format!("{help}{extra}"))
        .hide_possible_values(true)
        .hide_default_value(true)
}

/// Sets, on `cmd` (built) and its subcommands, a French usage line and help layout.
fn usages(mut cmd: Command) -> Command {
    let usage = cmd
        .render_usage()
        .to_string()
        .trim_start_matches("Usage:")
        .trim()
        .replace("<COMMAND>", "<COMMANDE>")
        .replace("[COMMAND]", "[COMMANDE]");
    let mut t = String::from("{before-help}{about-with-newline}\nUtilisation : {usage}\n");
    if cmd.has_subcommands() {
        t.push_str("\nCommandes :\n{subcommands}\n");
    }
    if cmd.get_positionals().next().is_some() {
        t.push_str("\nArguments :\n{positionals}\n");
    }
    t.push_str("\nOptions :\n{options}\n{after-help}");
    cmd.override_usage(usage)
        .help_template(t)
        .mut_subcommands(usages)
}

/// A usage error in French, with clap's suggestion when it has one, and the help to read.
pub fn message(e: &clap::Error, command: &str) -> String {
    let ctx = |k: ContextKind| -> Option<String> {
        e.get(k).map(|v| match v {
            ContextValue::String(s) => s.clone(),
            ContextValue::Strings(v) => v.join(", "),
            ContextValue::StyledStr(s) => s.to_string(),
            ContextValue::StyledStrs(v) => v
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join(", "),
            ContextValue::Number(n) => n.to_string(),
            ContextValue::Bool(b) => b.to_string(),
            _ => String::new(),
        })
    };
    let arg = ctx(ContextKind::InvalidArg).unwrap_or_default();
    let mut s = match e.kind() {
        ErrorKind::UnknownArgument => format!("argument inattendu « {arg} »"),
        ErrorKind::InvalidSubcommand => format!(
            "sous-commande inconnue « {} »",
            ctx(ContextKind::InvalidSubcommand).unwrap_or_default()
        ),
        ErrorKind::InvalidValue => {
            let value = ctx(ContextKind::InvalidValue).unwrap_or_default();
            let mut m = if value.is_empty() {
                format!("valeur manquante pour « {arg} »")
            } else {
                format!("valeur « {value} » invalide pour « {arg} »")
            };
            if let Some(v) = ctx(ContextKind::ValidValue) {
                m.push_str(&format!(" ; valeurs possibles : {v}"));
            }
            m
        }
        ErrorKind::MissingRequiredArgument => format!("argument requis manquant : {arg}"),
        ErrorKind::MissingSubcommand | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            "sous-commande manquante".to_string()
        }
        ErrorKind::ArgumentConflict => format!(
            "« {arg} » ne peut pas être employé avec « {} »",
            ctx(ContextKind::PriorArg).unwrap_or_default()
        ),
        ErrorKind::NoEquals => format!("« {arg} » attend sa valeur après « = »"),
        ErrorKind::ValueValidation => format!(
            "valeur « {} » invalide pour « {arg} »",
            ctx(ContextKind::InvalidValue).unwrap_or_default()
        ),
        ErrorKind::TooManyValues | ErrorKind::WrongNumberOfValues | ErrorKind::TooFewValues => {
            format!("nombre de valeurs incorrect pour « {arg} »")
        }
        ErrorKind::InvalidUtf8 => "argument qui n'est pas de l'UTF-8".to_string(),
        _ => "ligne de commande invalide".to_string(),
    };
    let suggestion = [
        ContextKind::SuggestedArg,
        ContextKind::SuggestedSubcommand,
        ContextKind::SuggestedValue,
    ]
    .into_iter()
    .find_map(ctx);
    if let Some(x) = suggestion {
        s.push_str(&format!(" ; vouliez-vous dire « {x} » ?"));
    }
    format!("territoire-sante : {s}\nPour en savoir plus : {command} --help\n")
}
