//! Any bytes given to the COG loader (`Referentiel::from_cog_json`, the JSON files of
//! `@etalab/decoupage-administratif`) give a référentiel or an error with a message, never a
//! panic; a loaded référentiel answers lookups. The input holds the files one after the other,
//! separated by NUL bytes (which JSON text never holds): communes, EPCI, départements, régions,
//! then EPT when there is a fifth part.
#![no_main]

use libfuzzer_sys::fuzz_target;
use territoire_sante::referentiel::{CogJson, Referentiel};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let mut parts = text.split('\0');
    let communes = parts.next().unwrap_or("");
    let epci = parts.next().unwrap_or("");
    let departements = parts.next().unwrap_or("");
    let regions = parts.next().unwrap_or("");
    let ept = parts.next();
    let files = CogJson {
        communes,
        epci,
        ept,
        departements,
        regions,
    };
    match Referentiel::from_cog_json(files, "fuzz", None) {
        Ok(r) => {
            let comptes = r.comptes();
            let _ = format!("{comptes:?}");
            // Lookups by every code-looking string of the input must not panic either.
            for code in text
                .split('"')
                .filter(|s| !s.is_empty() && s.len() <= 12)
                .take(32)
            {
                let _ = r.commune(code);
                let _ = r.epci(code);
                let _ = r.ept(code);
                let _ = r.epci_of(code);
                let _ = r.ept_of(code);
                let _ = r.membres(code);
                let _ = r.departement_of(code);
                let _ = r.region_of(code);
                let _ = r.communes_of_departement(code);
                let _ = r.departements_of_region(code);
                let _ = r.qpv_of_commune(code);
            }
            let _ = r.search("belfort", 5);
        }
        Err(e) => {
            if e.to_string().is_empty() {
                std::process::abort();
            }
        }
    }
});
