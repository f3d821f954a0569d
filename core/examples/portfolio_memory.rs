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

/// User + system CPU time of the process so far (`/proc/self/stat`, Linux only), in seconds:
/// on a shared machine, wall-clock times measure the load, CPU times the work.
fn cpu() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // Fields after the command name (which may hold spaces) : utime and stime are the 14th and
    // 15th fields, the 12th and 13th after the closing parenthesis.
    let rest = stat.rsplit_once(')')?.1;
    let mut f = rest.split_whitespace().skip(11);
    let ticks: f64 = f.next()?.parse::<f64>().ok()? + f.next()?.parse::<f64>().ok()?;
    // Linux reports these in clock ticks of 1/100 s (USER_HZ) on every common architecture.
    Some(ticks / 100.0)
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
    let c0 = cpu();
    let report = v.validate(&doc);
    let tv = t.elapsed();
    let cv = cpu().zip(c0).map(|(b, a)| b - a);
    let after_validation = vm_hwm();
    let Document::Portefeuille(pf) = &doc else {
        return Err("not a portfolio".into());
    };
    let t = Instant::now();
    let c0 = cpu();
    let c = couverture(pf, r, Some(&Perimetre::France), as_of)?;
    let tc = t.elapsed();
    let cc = cpu().zip(c0).map(|(b, a)| b - a);
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
    if let (Some(cv), Some(cc)) = (cv, cc) {
        println!(
            "temps CPU : validation {cv:.2} s, couverture {cc:.2} s, les deux {:.2} s ({:.1} µs par document)",
            cv + cc,
            (cv + cc) * 1e6 / n as f64
        );
    }
    println!("pic mémoire (VmHWM) : {}", vm_hwm());
    Ok(())
}
