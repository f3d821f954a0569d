//! Any text given to the référentiel loader (`Referentiel::from_compact`) gives a référentiel or
//! a located error, never a panic or a hang; a loaded référentiel answers lookups.
#![no_main]

use libfuzzer_sys::fuzz_target;
use territoire_sante::referentiel::Referentiel;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    match Referentiel::from_compact(&text) {
        Ok(r) => {
            // Lookups on whatever was loaded must not panic either.
            for line in text.lines().take(16) {
                let code = line.split('\t').nth(1).unwrap_or("");
                let _ = r.commune(code);
                let _ = r.epci(code);
                let _ = r.epci_of(code);
                let _ = r.qpv(code);
                let _ = r.departement(code);
            }
            let _ = r.search("lille", 5);
        }
        Err(e) => {
            // Errors always carry a message.
            if e.to_string().is_empty() {
                std::process::abort();
            }
        }
    }
});
