//! Times reading and validating the benchmarks' 500-row workbook (`benches/tableur_classeur.rs`),
//! as .xlsx and as CSV, and writes both files for the Python and JavaScript timings:
//!
//! ```sh
//! cargo run --release -p territoire-sante --features tableur-ecriture --example profile_tableur -- 30 /tmp/classeur-500
//! ```
//!
//! prints, for each format, the best and the median time of N reads, and of N reads then
//! validations (one thread), with their mean CPU time (which a loaded machine changes far less
//! than wall time), and writes `/tmp/classeur-500.xlsx` and `/tmp/classeur-500.csv`.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

#[path = "../benches/tableur_classeur.rs"]
mod tableur_classeur;

use std::time::{Duration, Instant};

use territoire_sante::tableur;
use territoire_sante::{Date, DocumentKind, Options, Validator};

/// CPU time of this thread so far (user + system, Linux's `/proc/thread-self/stat`, in clock
/// ticks of 10 ms): on a loaded machine, wall time says more of the load than of the code.
fn cpu() -> Option<Duration> {
    let stat = std::fs::read_to_string("/proc/thread-self/stat").ok()?;
    // The fields after the command's closing bracket; utime and stime are the 14th and 15th.
    let rest = &stat[stat.rfind(')')? + 2..];
    let f: Vec<&str> = rest.split(' ').collect();
    let ticks: u64 = f.get(11)?.parse::<u64>().ok()? + f.get(12)?.parse::<u64>().ok()?;
    Some(Duration::from_millis(ticks * 10))
}

/// Best and median wall time of `n` runs of `f`, and their mean CPU time.
fn time(n: usize, mut f: impl FnMut() -> usize) -> (Duration, Duration, Option<Duration>) {
    let start = cpu();
    let mut v: Vec<Duration> = (0..n.max(1))
        .map(|_| {
            let t = Instant::now();
            std::hint::black_box(f());
            t.elapsed()
        })
        .collect();
    let used = cpu().zip(start).map(|(b, a)| (b - a) / v.len() as u32);
    v.sort();
    (v[0], v[v.len() / 2], used)
}

fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1000.0)
}

fn main() {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(30);
    let xlsx = tableur_classeur::classeur();
    let csv = tableur_classeur::csv();
    if let Some(stem) = std::env::args().nth(2) {
        std::fs::write(format!("{stem}.xlsx"), &xlsx).unwrap();
        std::fs::write(format!("{stem}.csv"), &csv).unwrap();
    }
    let v = Validator::new(Options {
        as_of: Some(Date::ymd(2020, 6, 30)),
        ..Options::default()
    })
    .unwrap();
    let referentiel = v.referentiel();
    // The workbook's sheet is named after its kind; a CSV file has no sheet name to say it.
    let csv_options = tableur::OptionsLecture {
        type_document: Some(DocumentKind::ContratLocalSante),
        ..Default::default()
    };
    let xlsx_options = tableur::OptionsLecture::default();
    for (name, bytes, options) in [("xlsx", &xlsx, &xlsx_options), ("csv", &csv, &csv_options)] {
        let l = tableur::lire(bytes, options, referentiel);
        assert_eq!(l.lignes.len(), tableur_classeur::LIGNES, "{name}");
        let findings = l.valider(&v).diagnostics.len();
        let (best, median, cpu_read) = time(n, || {
            tableur::lire(bytes, options, referentiel).lignes.len()
        });
        let (vbest, vmedian, cpu_all) = time(n, || {
            let l = tableur::lire(bytes, options, referentiel);
            l.valider(&v).diagnostics.len()
        });
        let per = |c: Option<Duration>| c.map_or_else(|| "?".into(), ms);
        println!(
            "{name}: {} bytes, {} rows, {findings} findings; read: best {}, median {}, CPU {} per run; read + validate: best {}, median {}, CPU {} per run ({n} runs)",
            bytes.len(),
            tableur_classeur::LIGNES,
            ms(best),
            ms(median),
            per(cpu_read),
            ms(vbest),
            ms(vmedian),
            per(cpu_all)
        );
    }
}
