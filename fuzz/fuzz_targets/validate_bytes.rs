//! The value and byte entry points the Python and JavaScript fronts go through: any bytes to
//! `validate_bytes`, the same text as a program's value to `validate_value_str`, and any reason
//! code to `unreadable_value`; portfolio rules included (the bytes may hold a portfolio). Each
//! gives a report, never a panic, an overflow or a hang.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;
use territoire_sante::{Date, Limits, Options, Validator};

fn validator() -> &'static Validator {
    static V: OnceLock<Validator> = OnceLock::new();
    V.get_or_init(|| {
        Validator::new(Options {
            as_of: Some(Date::ymd(2021, 6, 30)),
            limits: Some(Limits {
                max_bytes: 1 << 20,
                max_items: 10_000,
                max_findings_per_document: 50,
                max_findings: 500,
                ..Limits::default()
            }),
            ..Options::default()
        })
        .unwrap_or_else(|_| std::process::abort())
    })
}

fuzz_target!(|data: &[u8]| {
    let v = validator();
    let r = v.validate_bytes(data);
    if r.diagnostics.len() > 500 + 1 {
        std::process::abort();
    }
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = v.validate_value_str(text);
        let code = text.get(..text.len().min(20)).unwrap_or("");
        if v.unreadable_value(code, text).valid {
            std::process::abort();
        }
    }
});
