//! `territoire-sante couverture | articulation | opportunite`: portfolio analyses.

use std::process::ExitCode;

use territoire_sante::Error;

/// Arguments of `couverture`.
#[derive(clap::Args)]
pub struct CouvertureArgs {
    /// Arguments.
    #[arg(trailing_var_arg = true)]
    pub args: Vec<String>,
}

/// Arguments of `articulation`.
#[derive(clap::Args)]
pub struct ArticulationArgs {
    /// Arguments.
    #[arg(trailing_var_arg = true)]
    pub args: Vec<String>,
}

/// Arguments of `opportunite`.
#[derive(clap::Args)]
pub struct OpportuniteArgs {
    /// Arguments.
    #[arg(trailing_var_arg = true)]
    pub args: Vec<String>,
}

/// Runs `couverture`.
pub fn couverture(_a: CouvertureArgs) -> Result<ExitCode, Error> {
    Err(Error::Analysis(
        "analyse non disponible dans cette version".into(),
    ))
}

/// Runs `articulation`.
pub fn articulation(_a: ArticulationArgs) -> Result<ExitCode, Error> {
    Err(Error::Analysis(
        "analyse non disponible dans cette version".into(),
    ))
}

/// Runs `opportunite`.
pub fn opportunite(_a: OpportuniteArgs) -> Result<ExitCode, Error> {
    Err(Error::Analysis(
        "analyse non disponible dans cette version".into(),
    ))
}
