//! WebAssembly bindings of `territoire-sante`, wrapped by the npm package `territoire-sante`
//! (`wasm/js/`), which gives JavaScript its real API.
//!
//! Everything crosses the boundary as JSON text: options in, reports out. The JavaScript side
//! parses the text once with `JSON.parse`, which gives plain objects. Measured against
//! `serde-wasm-bindgen` building the report objects directly (docs/performance.md, 2026-12-06):
//! 9 % faster on 610 reports, but about 9 KB more code before `wasm-opt`, and the module is over
//! its size budget; JSON text stays. Errors cross as JSON text too (`{"code", "message", …}`),
//! which the wrapper turns into a `TerritoireSanteError`.
//!
//! Built without the core's `documentation-regles` feature: the rules' titles, descriptions and
//! limits and the sources' notes are the package's `pkg/documentation.json` asset.
//!
//! The JSON Schemas are not compiled in: the package serves `docs/schema/` as `pkg/schemas.json`
//! (the schema generator would weigh about 70 KB gzipped in the module).
//!
//! The functions without `js_` prefix hold the logic and are plain Rust, so that they are tested
//! on the host; the `#[wasm_bindgen]` ones only convert their errors.

use std::sync::Arc;

use serde_json::{json, Value};
use territoire_sante::api::{self, analysis, referentiel as api_ref, RuleInfo};
use territoire_sante::referentiel::Referentiel;
use territoire_sante::{Error, Limits, Locale, Report, Validator};
use wasm_bindgen::prelude::*;

/// A misuse error as the wrapper reads it: the core's stable family code, the French message and,
/// for an option, its name and the reason.
pub fn error_json(e: &Error) -> String {
    let mut v = json!({"code": e.code(), "message": e.to_string()});
    if let (Error::Option { option, reason }, Some(o)) = (e, v.as_object_mut()) {
        o.insert("option".into(), json!(option));
        o.insert("reason".into(), json!(reason));
    }
    v.to_string()
}

fn to_js(e: &Error) -> JsValue {
    JsValue::from_str(&error_json(e))
}

/// Serialises a value that cannot fail to serialise (reports, rule metadata); falls back on
/// `null` rather than panicking.
fn text<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_string(v).unwrap_or_else(|_| "null".into())
}

fn locale(lang: &str) -> Result<Locale, Error> {
    Locale::parse(lang).ok_or_else(|| Error::Option {
        option: "lang".into(),
        reason: format!("langue « {lang} » non reconnue (fr ou en)"),
    })
}

fn options_value(options_json: &str) -> Result<Value, Error> {
    serde_json::from_str(options_json).map_err(|e| Error::Option {
        option: "options".into(),
        reason: format!("JSON illisible ({e})"),
    })
}

/// Builds a validator from options given as JSON text (snake_case keys, as the core reads them).
pub fn new_validator(options_json: &str) -> Result<Validator, Error> {
    new_validator_with(options_json, None)
}

/// [`new_validator`] with a référentiel (the build has none embedded): the rules that check
/// codes against the official geography need one.
pub fn new_validator_with(
    options_json: &str,
    referentiel: Option<Arc<Referentiel>>,
) -> Result<Validator, Error> {
    let mut options = api::options_from_value(with_default_limits(options_value(options_json)?))?;
    if referentiel.is_some() {
        options.referentiel = referentiel;
    }
    Validator::new(options)
}

/// Coverage (JSON text) of a territory by a portfolio (JSON text), with analysis options as
/// JSON text (`as_of`, `locale`, `territoire`).
pub fn couverture_json(r: &Referentiel, text: &str, options_json: &str) -> Result<String, Error> {
    Ok(self::text(&analysis::couverture_in(
        r,
        text,
        options_value(options_json)?,
    )?))
}

/// Coverage per quartier prioritaire (JSON text) by a portfolio (JSON text).
pub fn couverture_quartiers_json(
    r: &Referentiel,
    text: &str,
    options_json: &str,
) -> Result<String, Error> {
    Ok(self::text(&analysis::couverture_quartiers_with(
        Some(r),
        text,
        options_value(options_json)?,
    )?))
}

/// Map of the coverage per quartier (GeoJSON text or SVG) by a portfolio (JSON text).
#[cfg(feature = "analyses")]
pub fn carte_quartiers_text(
    r: &Referentiel,
    text: &str,
    options_json: &str,
    format: &str,
) -> Result<String, Error> {
    analysis::carte_quartiers_with(Some(r), text, options_value(options_json)?, format)
}

/// Articulation matrix (JSON text) of a portfolio.
pub fn articulation_json(
    r: &Arc<Referentiel>,
    text: &str,
    options_json: &str,
) -> Result<String, Error> {
    Ok(self::text(&analysis::articulation_in(
        r,
        text,
        options_value(options_json)?,
    )?))
}

/// Opportunity assessments (JSON array text) of a démarche d'accompagnement or of a portfolio.
pub fn opportunite_json(text: &str, options_json: &str) -> Result<String, Error> {
    Ok(self::text(&analysis::opportunite(
        text,
        options_value(options_json)?,
    )?))
}

/// Completes a partial `limits` object with the defaults, so that `{"max_depth": 10}` keeps the
/// other two limits as they are (the core reads `limits` whole).
fn with_default_limits(mut options: Value) -> Value {
    if let Some(Value::Object(given)) = options.get_mut("limits") {
        if let Ok(Value::Object(mut full)) = serde_json::to_value(Limits::default()) {
            full.append(given);
            *given = full;
        }
    }
    options
}

/// Validates one document given as JSON text of a value (not as the user wrote it): the report
/// has paths but no line or column, as for the core's `validate_value`.
pub fn validate_value_text(v: &Validator, json: &str) -> Report {
    v.validate_value_str(json)
}

/// What an item of a batch is, for [`validate_batch`].
pub mod item {
    /// JSON text as written: diagnostics have line and column.
    pub const TEXT: u8 = 0;
    /// The JSON text of a value: paths, no line or column.
    pub const VALUE: u8 = 1;
    /// Bytes as given: the core reads them (not UTF-8, UTF-16, too large… get a `DOC-011` or
    /// `DOC-009` report).
    pub const BYTES: u8 = 2;
    /// The code of the reason the item could not be converted to JSON (`cycle`, `undefined`…):
    /// it gets its own `DOC-011` report.
    pub const UNREADABLE: u8 = 3;
}

/// Validates a batch given as one buffer: item `i` is `buffer[ends[i - 1]..ends[i]]`, of the
/// kind `kinds[i]` (see [`item`]). Returns the JSON array of reports, in input order; an item
/// that cannot be read gets its own report and costs the others nothing.
pub fn validate_batch(v: &Validator, buffer: &[u8], ends: &[u32], kinds: &[u8]) -> String {
    let mut out = String::with_capacity(ends.len() * 256 + 2);
    out.push('[');
    let mut start = 0usize;
    for (i, end) in ends.iter().enumerate() {
        let end = usize::try_from(*end).unwrap_or(usize::MAX);
        let bytes = buffer.get(start..end).unwrap_or_default();
        start = end;
        if i > 0 {
            out.push(',');
        }
        let text = std::str::from_utf8(bytes);
        let report = match (kinds.get(i).copied().unwrap_or(item::BYTES), text) {
            (item::TEXT, Ok(t)) => v.validate_str(t),
            (item::VALUE, Ok(t)) => validate_value_text(v, t),
            (item::UNREADABLE, Ok(t)) => v.unreadable_value(t, ""),
            _ => v.validate_bytes(bytes),
        };
        out.push_str(&self::text(&report));
    }
    out.push(']');
    out
}

/// Metadata of the rules a validator runs, in its language.
pub fn validator_rules(v: &Validator) -> String {
    let infos: Vec<RuleInfo> = v
        .rules()
        .iter()
        .map(|r| RuleInfo::of(r, v.locale()))
        .collect();
    text(&infos)
}

/// Metadata of every rule, in `lang`.
pub fn rules_json(lang: &str) -> Result<String, Error> {
    Ok(text(&api::rules(locale(lang)?)))
}

/// Metadata of one rule, in `lang`.
pub fn explain_json(code: &str, lang: &str) -> Result<String, Error> {
    Ok(text(&api::explain(code, locale(lang)?)?))
}

/// The référentiel (official geography), read at run time from its compact text (the package's
/// `referentiel.tsv` asset), so that the `.wasm` stays small.
#[wasm_bindgen]
pub struct WasmReferentiel {
    inner: Arc<Referentiel>,
}

#[wasm_bindgen]
impl WasmReferentiel {
    /// Reads the compact format; throws the JSON text of the error.
    #[wasm_bindgen(constructor)]
    pub fn new(compact: &str) -> Result<WasmReferentiel, JsValue> {
        Referentiel::from_compact(compact)
            .map(|r| WasmReferentiel { inner: Arc::new(r) })
            .map_err(|e| to_js(&e))
    }

    /// Provenance, vintage, licence and counts (JSON text).
    pub fn about(&self) -> String {
        api_ref::about_in(&self.inner).to_string()
    }

    /// One entry by code (JSON text, `null` when unknown); `kind` is `commune`, `epci`, `ept`,
    /// `departement`, `region`, `qpv` or `contrat_de_ville`.
    pub fn lookup(&self, kind: &str, code: &str) -> Result<String, JsValue> {
        api_ref::lookup_in(&self.inner, kind, code)
            .map(|v| v.to_string())
            .map_err(|e| to_js(&e))
    }

    /// Member communes of an EPCI or EPT (JSON array text, `null` when unknown).
    pub fn membres(&self, siren: &str) -> String {
        api_ref::membres_in(&self.inner, siren).to_string()
    }

    /// QPV of a commune (JSON array text, `null` for an unknown commune).
    #[wasm_bindgen(js_name = qpvDeCommune)]
    pub fn qpv_de_commune(&self, code: &str) -> String {
        api_ref::qpv_de_commune_in(&self.inner, code).to_string()
    }

    /// The chain of a commune (JSON text, `null` for an unknown commune).
    #[wasm_bindgen(js_name = territoireDe)]
    pub fn territoire_de(&self, code: &str) -> String {
        api_ref::territoire_de_in(&self.inner, code).to_string()
    }

    /// Name search (JSON array text), best matches first.
    pub fn search(&self, query: &str, limit: usize) -> String {
        api_ref::search_in(&self.inner, query, limit).to_string()
    }
}

/// The analyses, the maps and the QPV contours: only in the module built with the feature
/// `analyses` (pkg/analyses/, loaded by the wrapper on first use), since they (about 100 KB
/// before `wasm-opt`, and `geo` with the drawing) would put the main module over its size
/// budget.
#[cfg(feature = "analyses")]
#[wasm_bindgen]
impl WasmReferentiel {
    /// Coverage (JSON text); see [`couverture_json`].
    pub fn couverture(&self, text: &str, options_json: &str) -> Result<String, JsValue> {
        couverture_json(&self.inner, text, options_json).map_err(|e| to_js(&e))
    }

    /// Coverage per quartier (JSON text); see [`couverture_quartiers_json`].
    #[wasm_bindgen(js_name = couvertureQuartiers)]
    pub fn couverture_quartiers(&self, text: &str, options_json: &str) -> Result<String, JsValue> {
        couverture_quartiers_json(&self.inner, text, options_json).map_err(|e| to_js(&e))
    }

    /// Articulation matrix (JSON text); see [`articulation_json`].
    pub fn articulation(&self, text: &str, options_json: &str) -> Result<String, JsValue> {
        articulation_json(&self.inner, text, options_json).map_err(|e| to_js(&e))
    }

    /// Map of the coverage per quartier: `format` `geojson` (GeoJSON text) or `svg`; see
    /// [`carte_quartiers_text`].
    #[wasm_bindgen(js_name = carteQuartiers)]
    pub fn carte_quartiers(
        &self,
        text: &str,
        options_json: &str,
        format: &str,
    ) -> Result<String, JsValue> {
        carte_quartiers_text(&self.inner, text, options_json, format).map_err(|e| to_js(&e))
    }

    /// A copy with the QPV contours of a GeoJSON text attached (the contours are not in the
    /// package's référentiel asset); throws the JSON text of the error.
    #[wasm_bindgen(js_name = withQpvContours)]
    pub fn with_qpv_contours(&self, text: &str) -> Result<WasmReferentiel, JsValue> {
        self.inner
            .as_ref()
            .clone()
            .with_qpv_contours(text)
            .map(|r| WasmReferentiel { inner: Arc::new(r) })
            .map_err(|e| to_js(&e))
    }

    /// How many QPV have a loaded contour.
    pub fn contours(&self) -> usize {
        self.inner.contours_charges()
    }

    /// A copy with the département outlines of a GeoJSON text attached (drawn under the
    /// quartiers of the maps; not in the package's asset); throws the JSON text of the error.
    #[wasm_bindgen(js_name = withDepartementContours)]
    pub fn with_departement_contours(&self, text: &str) -> Result<WasmReferentiel, JsValue> {
        self.inner
            .as_ref()
            .clone()
            .with_departement_contours(text)
            .map(|r| WasmReferentiel { inner: Arc::new(r) })
            .map_err(|e| to_js(&e))
    }

    /// How many départements have a loaded outline.
    #[wasm_bindgen(js_name = departementContours)]
    pub fn departement_contours(&self) -> usize {
        self.inner.departement_contours_charges()
    }

    /// The QPV whose contour contains the point (JSON array text).
    #[wasm_bindgen(js_name = qpvAt)]
    pub fn qpv_at(&self, lon: f64, lat: f64) -> Result<String, JsValue> {
        api_ref::qpv_at_in(&self.inner, lon, lat)
            .map(|v| v.to_string())
            .map_err(|e| to_js(&e))
    }
}

/// Opportunity assessments (JSON text); see [`opportunite_json`]. Only in the module with the
/// analyses (feature `analyses`).
#[cfg(feature = "analyses")]
#[wasm_bindgen]
pub fn opportunite(text: &str, options_json: &str) -> Result<String, JsValue> {
    opportunite_json(text, options_json).map_err(|e| to_js(&e))
}

/// A validator compiled once and reused for every document.
#[wasm_bindgen]
pub struct WasmValidator {
    inner: Validator,
}

#[wasm_bindgen]
impl WasmValidator {
    /// Compiles options given as JSON text; throws the JSON text of the error.
    #[wasm_bindgen(constructor)]
    pub fn new(options_json: &str) -> Result<WasmValidator, JsValue> {
        new_validator(options_json)
            .map(|inner| WasmValidator { inner })
            .map_err(|e| to_js(&e))
    }

    /// Same, with a référentiel for the rules that check codes against the official geography.
    #[wasm_bindgen(js_name = withReferentiel)]
    pub fn with_referentiel(
        options_json: &str,
        referentiel: &WasmReferentiel,
    ) -> Result<WasmValidator, JsValue> {
        new_validator_with(options_json, Some(Arc::clone(&referentiel.inner)))
            .map(|inner| WasmValidator { inner })
            .map_err(|e| to_js(&e))
    }

    /// Report (JSON text) of JSON text as written: diagnostics have line and column.
    #[wasm_bindgen(js_name = validateText)]
    pub fn validate_text(&self, source: &str) -> String {
        text(&self.inner.validate_str(source))
    }

    /// Report (JSON text) of the JSON text of a value.
    #[wasm_bindgen(js_name = validateValue)]
    pub fn validate_value(&self, json: &str) -> String {
        text(&validate_value_text(&self.inner, json))
    }

    /// Report (JSON text) of bytes: the core reads them (UTF-8; UTF-16 or other bytes get a
    /// `DOC-011` report).
    #[wasm_bindgen(js_name = validateBytes)]
    pub fn validate_bytes(&self, bytes: &[u8]) -> String {
        text(&self.inner.validate_bytes(bytes))
    }

    /// Reports (JSON array text) of a batch; see [`validate_batch`].
    #[wasm_bindgen(js_name = validateMany)]
    pub fn validate_many(&self, buffer: &[u8], ends: &[u32], kinds: &[u8]) -> String {
        validate_batch(&self.inner, buffer, ends, kinds)
    }

    /// The date at which the law is applied (`AAAA-MM-JJ`).
    #[wasm_bindgen(js_name = asOf)]
    pub fn as_of(&self) -> String {
        self.inner.as_of().to_string()
    }

    /// The language of messages (`fr`, `en`).
    pub fn lang(&self) -> String {
        self.inner.locale().code().to_string()
    }

    /// Metadata (JSON array text) of the rules this validator runs.
    pub fn rules(&self) -> String {
        validator_rules(&self.inner)
    }
}

/// Metadata (JSON array text) of every rule.
#[wasm_bindgen]
pub fn rules(lang: &str) -> Result<String, JsValue> {
    rules_json(lang).map_err(|e| to_js(&e))
}

/// Metadata (JSON text) of one rule.
#[wasm_bindgen]
pub fn explain(code: &str, lang: &str) -> Result<String, JsValue> {
    explain_json(code, lang).map_err(|e| to_js(&e))
}

/// A report (JSON text) exported as FHIR R4 `OperationOutcome` (`format` = `fhir`) or SARIF
/// 2.1.0 (`sarif`, `uri` naming the validated file); JSON text.
#[wasm_bindgen(js_name = exportReport)]
pub fn export_report(report: &str, format: &str, uri: &str) -> Result<String, JsValue> {
    api::export_report(report, format, uri)
        .map(|v| v.to_string())
        .map_err(|e| to_js(&e))
}

/// Reads a workbook or CSV file (bytes) with reading options as JSON text (`feuille`,
/// `type_document`, `correspondance`, as the core's `OptionsLecture`) and validates the documents
/// read with `validator`, whose référentiel resolves commune names: JSON text
/// `{"portefeuille", "correspondances", "lignes", "rapport"}`, the report's diagnostics carrying
/// their cell. Only in the build with the feature `tableur` (the reader, about a hundred KB
/// gzipped, is a second module the wrapper loads on demand).
#[cfg(feature = "tableur")]
pub fn lire_tableur_json(
    validator: &Validator,
    bytes: &[u8],
    lecture_json: &str,
) -> Result<String, Error> {
    use territoire_sante::tableur;
    let options: tableur::OptionsLecture =
        serde_json::from_str(lecture_json).map_err(|e| Error::Option {
            option: "lireTableur".into(),
            reason: e.to_string(),
        })?;
    let lecture = tableur::lire(bytes, &options, validator.referentiel());
    let rapport = lecture.valider(validator);
    Ok(text(&json!({
        "portefeuille": lecture.portefeuille,
        "correspondances": lecture.correspondances,
        "lignes": lecture.lignes,
        "rapport": rapport,
    })))
}

/// [`lire_tableur_json`] for JavaScript.
#[cfg(feature = "tableur")]
#[wasm_bindgen(js_name = lireTableur)]
pub fn lire_tableur(
    validator: &WasmValidator,
    bytes: &[u8],
    lecture_json: &str,
) -> Result<String, JsValue> {
    lire_tableur_json(&validator.inner, bytes, lecture_json).map_err(|e| to_js(&e))
}

/// Version and data vintages (JSON text).
#[wasm_bindgen]
pub fn about() -> String {
    api::about().to_string()
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::indexing_slicing)]
mod tests {
    use super::*;

    fn validator() -> Validator {
        new_validator(r#"{"as_of": "2016-06-30", "lang": "fr"}"#).unwrap()
    }

    #[test]
    fn option_errors_carry_code_option_and_reason() {
        let e = new_validator(r#"{"as_of": "2016-13-01"}"#).unwrap_err();
        let v: Value = serde_json::from_str(&error_json(&e)).unwrap();
        assert_eq!(v["code"], "option");
        assert_eq!(v["option"], "as_of");
        assert!(v["message"].as_str().unwrap().contains("as_of"));
        let e = new_validator("{not json").unwrap_err();
        assert_eq!(e.code(), "option");
    }

    #[test]
    fn partial_limits_keep_the_other_defaults() {
        let deep = r#"{"type": "contrat_local_sante", "strategie": [{"enfants": [{}]}]}"#;
        let v = new_validator(r#"{"as_of": "2016-06-30", "limits": {"max_depth": 2}}"#).unwrap();
        assert!(v.validate_str(deep).has("DOC-008"));
        let v = new_validator(r#"{"as_of": "2016-06-30", "limits": {"max_items": 10}}"#).unwrap();
        assert!(!v.validate_str(deep).has("DOC-008"));
        let e = new_validator(r#"{"as_of": "2016-06-30", "limits": {"max_depth": 0}}"#);
        assert_eq!(e.unwrap_err().code(), "option");
    }

    #[test]
    fn unknown_rule_and_kind_and_lang_are_errors() {
        let e = new_validator(r#"{"as_of": "2016-06-30", "rules": ["NOPE-999"]}"#).unwrap_err();
        assert_eq!(e.code(), "unknown_rule");
        assert_eq!(
            explain_json("NOPE-999", "fr").unwrap_err().code(),
            "unknown_rule"
        );
        assert_eq!(rules_json("de").unwrap_err().code(), "option");
    }

    #[test]
    fn text_reports_are_located_and_value_reports_are_not() {
        let v = validator();
        let doc = r#"{"type": "contrat_local_sante", "signataires": []}"#;
        let located: Value = serde_json::from_str(&text(&v.validate_str(doc))).unwrap();
        let find = |r: &Value| {
            r["diagnostics"]
                .as_array()
                .unwrap()
                .iter()
                .find(|d| d["code"] == "CLS-001")
                .cloned()
                .unwrap()
        };
        let d = find(&located);
        assert_eq!(d["line"], 1);
        let unlocated: Value = serde_json::from_str(&text(&validate_value_text(&v, doc))).unwrap();
        assert!(find(&unlocated).get("line").is_none());
    }

    #[test]
    fn batch_keeps_order_and_kinds() {
        let v = validator();
        let items: [&[u8]; 6] = [
            br#"{"type": "contrat_local_sante"}"#,
            b"{",
            br#"{"type": "contrat_local_sante"}"#,
            b"\xff\xfe{\x00}\x00",
            b"cycle",
            br#"{"type": "contrat_local_sante"}"#,
        ];
        let kinds = [
            item::TEXT,
            item::TEXT,
            item::VALUE,
            item::BYTES,
            item::UNREADABLE,
            item::BYTES,
        ];
        let mut buffer = Vec::new();
        let mut ends = Vec::new();
        for i in items {
            buffer.extend_from_slice(i);
            ends.push(u32::try_from(buffer.len()).unwrap());
        }
        let out: Value = serde_json::from_str(&validate_batch(&v, &buffer, &ends, &kinds)).unwrap();
        let reports = out.as_array().unwrap();
        assert_eq!(reports.len(), 6);
        assert!(reports[0]["diagnostics"][0].get("line").is_some());
        assert_eq!(reports[1]["diagnostics"][0]["severity"], "fatal");
        assert!(reports[2]["diagnostics"][0].get("line").is_none());
        for (i, reason) in [(3, "utf16"), (4, "cycle")] {
            let d = &reports[i]["diagnostics"][0];
            assert_eq!(d["code"], "DOC-011", "{i}");
            assert_eq!(d["params"]["reason"], reason, "{i}");
        }
        assert!(reports[5]["diagnostics"][0].get("line").is_some());
    }

    #[test]
    fn serialised_report_equals_the_core_json() {
        let v = validator();
        let r = v.validate_str(r#"{"type": "contrat_local_sante", "signataires": []}"#);
        let ours: Value = serde_json::from_str(&text(&r)).unwrap();
        assert_eq!(ours, r.to_json_value());
    }

    #[test]
    fn rule_listings_are_json_arrays() {
        let all: Value = serde_json::from_str(&rules_json("en").unwrap()).unwrap();
        assert!(all
            .as_array()
            .unwrap()
            .iter()
            .any(|r| r["code"] == "CLS-001"));
        let v = new_validator(r#"{"as_of": "2016-06-30", "rules": ["CLS"]}"#).unwrap();
        let some: Value = serde_json::from_str(&validator_rules(&v)).unwrap();
        let codes: Vec<&str> = some
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["code"].as_str().unwrap())
            .collect();
        assert!(codes.contains(&"CLS-001"));
        assert!(!codes.contains(&"CV-001"));
    }

    fn referentiel() -> Arc<Referentiel> {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../core/data/referentiel.tsv");
        Arc::new(Referentiel::from_compact(&std::fs::read_to_string(path).unwrap()).unwrap())
    }

    #[test]
    fn a_loaded_referentiel_reaches_the_validator_and_the_analyses() {
        let r = referentiel();
        let v = new_validator_with(r#"{"as_of": "2020-06-30"}"#, Some(Arc::clone(&r))).unwrap();
        let report = v.validate_str(r#"{"type": "contrat_local_sante"}"#);
        assert_eq!(report.to_json_value()["referentiel"], "COG 2026");
        let pf = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../docs/examples/chateau-thierry-portefeuille.json"
        ))
        .unwrap();
        let c: Value = serde_json::from_str(
            &couverture_json(
                &r,
                &pf,
                r#"{"as_of": "2020-06-30", "territoire": "communes:02168"}"#,
            )
            .unwrap(),
        )
        .unwrap();
        assert!(c.is_object());
        let e = couverture_json(
            &r,
            &pf,
            r#"{"as_of": "2020-06-30", "territoire": "pays:FR"}"#,
        )
        .unwrap_err();
        assert!(!e.code().is_empty());
        let a: Value = serde_json::from_str(
            &articulation_json(&r, &pf, r#"{"as_of": "2020-06-30"}"#).unwrap(),
        )
        .unwrap();
        assert!(a.is_object());
    }
}
