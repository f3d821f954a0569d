//! Any bytes given to the spreadsheet reader (CSV in any encoding, or an xlsx/ods/xls archive
//! when they start like one) give a reading and a report, never a panic or a hang; every
//! finding about a document is located in a cell.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;
use territoire_sante::tableur::{self, LimitesTableur, OptionsLecture};
use territoire_sante::{Date, Options, Validator};

fn validator() -> &'static Validator {
    static V: OnceLock<Validator> = OnceLock::new();
    V.get_or_init(|| {
        Validator::new(Options { as_of: Some(Date::ymd(2021, 6, 30)), ..Options::default() })
            .unwrap_or_else(|_| std::process::abort())
    })
}

/// libfuzzer-sys aborts in its panic hook, before any unwinding: the reader's own containment
/// of calamine's panics (`tableur::lecture`, `catch_unwind` around the archive) would never be
/// reached. The default hook lets it work; a panic anywhere else still aborts, since
/// libfuzzer-sys aborts on any panic that reaches it.
fn default_panic_hook() {
    static ONCE: OnceLock<()> = OnceLock::new();
    ONCE.get_or_init(|| {
        let _ = std::panic::take_hook();
    });
}

fuzz_target!(|data: &[u8]| {
    default_panic_hook();
    let options = OptionsLecture {
        limites: LimitesTableur { max_octets: 1 << 20, max_cellules: 200_000, max_lignes: 10_000 },
        ..OptionsLecture::default()
    };
    let lecture = tableur::lire(data, &options, None);
    let report = lecture.valider(validator());
    if report.valid != (report.counts.fatal == 0 && report.counts.error == 0) {
        std::process::abort();
    }
    for d in &report.diagnostics {
        if d.path.starts_with("/documents/") && d.cellule.is_none() {
            std::process::abort();
        }
    }
});
