//! `territoire-sante referentiel …`: lookups in the embedded référentiel.

use std::process::ExitCode;

use territoire_sante::Error;

/// Arguments of `referentiel`.
#[derive(clap::Args)]
pub struct Args {
    /// Requête (ex. `commune 59350`, `epci 200093201`, `cherche "chateau thierry"`).
    #[arg(trailing_var_arg = true)]
    pub query: Vec<String>,
}

/// Runs `referentiel`.
pub fn run(_args: Args) -> Result<ExitCode, Error> {
    Err(Error::Referentiel(
        "référentiel non disponible dans cette version".into(),
    ))
}
