//! Any bytes given to `validate_str` give a report, never a panic or a hang.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;
use territoire_sante::{Date, Limits, Options, Validator};

fn validator() -> &'static Validator {
    static V: OnceLock<Validator> = OnceLock::new();
    V.get_or_init(|| {
        Validator::new(Options {
            as_of: Some(Date::ymd(2021, 6, 30)),
            explain: true,
            limits: Some(Limits {
                max_bytes: 1 << 20,
                max_depth: 64,
                max_items: 10_000,
                ..Limits::default()
            }),
            ..Options::default()
        })
        .unwrap_or_else(|_| std::process::abort())
    })
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let report = validator().validate_str(&text);
    // The report always agrees with itself (an error left out beyond the caps, counted by
    // DOC-012, still makes it invalid).
    let hidden = report.diagnostics.iter().any(|d| {
        d.code == "DOC-012"
            && matches!(d.params.get("most_severe").and_then(|v| v.as_str()), Some("error" | "fatal"))
    });
    if report.valid != (report.counts.fatal == 0 && report.counts.error == 0 && !hidden) {
        std::process::abort();
    }
});
