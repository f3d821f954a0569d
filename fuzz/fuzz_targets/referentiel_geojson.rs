//! Any bytes given as an ANCT QPV GeoJSON file (`Referentiel::with_qpv_geojson`) give a
//! référentiel or an error with a message, never a panic; the QPV loaded answer lookups. The
//! first byte chooses whether the list counts as national.
#![no_main]

use libfuzzer_sys::fuzz_target;
use territoire_sante::referentiel::Referentiel;
use territoire_sante::Date;

fuzz_target!(|data: &[u8]| {
    let (nationale, rest) = match data.split_first() {
        Some((b, rest)) => (b & 1 == 1, rest),
        None => (false, data),
    };
    let text = String::from_utf8_lossy(rest);
    match Referentiel::default().with_qpv_geojson(&text, nationale) {
        Ok(r) => {
            for code in text
                .split('"')
                .filter(|s| !s.is_empty() && s.len() <= 12)
                .take(32)
            {
                let _ = r.qpv(code);
                let _ = r.qpv_of_commune(code);
                let _ = r.qpv_of_epci(code);
                let _ = r.generation_qpv_en_vigueur(code, Date::ymd(2024, 6, 1));
            }
            let _ = r.comptes();
        }
        Err(e) => {
            if e.to_string().is_empty() {
                std::process::abort();
            }
        }
    }
});
