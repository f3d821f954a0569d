//! Writes a generated national portfolio to standard output:
//! `cargo run --release --example generer_portefeuille -- [SEED] [SCALE] > portefeuille.json`.

use std::io::Write;

use territoire_sante::analysis::generateur::{generer, Options};
use territoire_sante::model::Document;
use territoire_sante::referentiel::Referentiel;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let seed = args.next().map(|s| s.parse()).transpose()?.unwrap_or(2020);
    let scale = args.next().map(|s| s.parse()).transpose()?.unwrap_or(1);
    let r = Referentiel::embedded().ok_or("référentiel embarqué absent")?;
    let pf = generer(
        r,
        &Options {
            seed,
            scale,
            ..Options::default()
        },
    );
    let text = serde_json::to_string_pretty(&Document::Portefeuille(pf))?;
    std::io::stdout().lock().write_all(text.as_bytes())?;
    Ok(())
}
