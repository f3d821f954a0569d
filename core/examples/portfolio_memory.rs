//! Time and peak memory of generating, validating and covering the national portfolio:
//! `cargo run --release --example portfolio_memory -- [SCALE]`. Peak memory is the process's
//! high-water mark (`VmHWM` in `/proc/self/status`, Linux only).

use std::time::Instant;

use territoire_sante::analysis::couverture::{couverture, Perimetre};
use territoire_sante::analysis::generateur::{generer, Options};
use territoire_sante::model::Document;
use territoire_sante::referentiel::Referentiel;
use territoire_sante::{Date, Validator};

fn vm_hwm() -> String {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM"))
                .map(|l| l.trim_start_matches("VmHWM:").trim().to_string())
        })
        .unwrap_or_else(|| "n/a".into())
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let scale: usize = std::env::args()
        .nth(1)
        .map(|s| s.parse())
        .transpose()?
        .unwrap_or(1);
    let as_of = Date::ymd(2020, 6, 30);
    let t = Instant::now();
    let r = Referentiel::embedded().ok_or("référentiel embarqué absent")?;
    println!(
        "référentiel décodé : {:?} (pic mémoire {})",
        t.elapsed(),
        vm_hwm()
    );
    let t = Instant::now();
    let pf = generer(
        r,
        &Options {
            scale,
            ..Options::default()
        },
    );
    let n = pf.documents.len();
    println!(
        "généré ×{scale} : {n} documents en {:?} (pic mémoire {})",
        t.elapsed(),
        vm_hwm()
    );
    let doc = Document::Portefeuille(pf);
    let v = Validator::new(territoire_sante::Options {
        as_of: Some(as_of),
        ..Default::default()
    })?;
    let t = Instant::now();
    let report = v.validate(&doc);
    let tv = t.elapsed();
    let after_validation = vm_hwm();
    let Document::Portefeuille(pf) = &doc else {
        return Err("not a portfolio".into());
    };
    let t = Instant::now();
    let c = couverture(pf, r, Some(&Perimetre::France), as_of)?;
    let tc = t.elapsed();
    let invalid = report
        .diagnostics
        .iter()
        .filter_map(|d| territoire_sante::analysis::articulation::document_index(&d.path))
        .collect::<std::collections::BTreeSet<_>>()
        .len();
    println!(
        "validation : {tv:?} ({} diagnostics, {invalid} documents concernés sur {n}; pic mémoire {after_validation})",
        report.diagnostics.len()
    );
    println!(
        "couverture nationale : {tc:?} ({} communes, {:.1} % de la population couverte)",
        c.communes.len(),
        c.total.taux_population_couverte()
    );
    println!("validation + couverture : {:?}", tv + tc);
    println!("pic mémoire (VmHWM) : {}", vm_hwm());
    Ok(())
}
