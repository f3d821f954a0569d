//! Bad input: every kind of unreadable document gets a clear, located diagnostic, never a panic,
//! and a batch keeps every other document's result.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use territoire_sante::{Date, Document, Limits, Options, Severity, Validator};

mod support;

use support::validator_2020 as validator;

fn only(text: &str) -> territoire_sante::Diagnostic {
    let r = validator().validate_str(text);
    assert!(!r.valid);
    assert_eq!(r.diagnostics.len(), 1, "{:#?}", r.diagnostics);
    let d = r.diagnostics.into_iter().next().unwrap();
    assert_eq!(d.severity, Severity::Fatal);
    assert!(d.line.is_some() && d.column.is_some(), "unlocated: {d:?}");
    for serde_word in [
        "invalid type",
        "expected",
        "struct",
        "variant",
        "serde",
        "EOF",
    ] {
        assert!(
            !d.message.contains(serde_word),
            "serde wording leaked: {}",
            d.message
        );
    }
    d
}

#[test]
fn malformed_json_is_located() {
    let d = only(
        "{\n  \"type\": \"contrat_local_sante\",\n  \"nom\": \"CLS\"\n  \"statut\": \"signe\"\n}",
    );
    assert_eq!(d.code, "DOC-001");
    assert_eq!((d.line, d.column), (Some(4), Some(3)));
    assert!(
        d.message.contains("« , » ou « } » attendu"),
        "{}",
        d.message
    );
}

#[test]
fn wrong_type_names_found_and_expected() {
    let d = only(r#"{"type": "contrat_local_sante", "generation": "deux"}"#);
    assert_eq!(d.code, "DOC-002");
    assert_eq!(d.path, "/generation");
    assert_eq!((d.line, d.column), (Some(1), Some(47)));
    // The kind of the value found, never the value (it may be personal data).
    assert!(d.message.contains("un texte trouvé"), "{}", d.message);
    assert!(!d.message.contains("deux"), "{}", d.message);
    assert!(!d.params.contains_key("value"), "{:?}", d.params);
    assert!(d.message.contains("nombre entier positif"), "{}", d.message);
}

#[test]
fn unknown_document_type_lists_the_kinds() {
    let d = only(r#"{"type": "contrat_local"}"#);
    assert_eq!(d.code, "DOC-007");
    assert_eq!(d.path, "/type");
    assert!(d.message.contains("contrat_local_sante"));
}

#[test]
fn unknown_field_is_pointed_at() {
    let d = only("{\"type\": \"contrat_local_sante\",\n \"signataire\": []}");
    assert_eq!(d.code, "DOC-003");
    assert_eq!(d.path, "/signataire");
    assert_eq!((d.line, d.column), (Some(2), Some(16)));
    assert!(
        d.message.contains("signataires"),
        "suggests the real fields: {}",
        d.message
    );
}

#[test]
fn impossible_date_is_refused_in_plain_words() {
    let d = only(r#"{"type": "contrat_local_sante", "date_signature": "2015-02-30"}"#);
    assert_eq!(d.code, "DOC-006");
    assert_eq!(d.path, "/date_signature");
    assert!(d.message.contains("2015-02-30"));
    assert!(d.message.contains("n'existe pas"));
}

#[test]
fn fifty_megabyte_document_is_refused_then_read_with_a_higher_limit() {
    let mut text = String::from(r#"{"type": "contrat_local_sante", "thematiques": ["#);
    while text.len() < 50 * 1024 * 1024 {
        text.push_str("\"prevention\",");
    }
    text.push_str("\"prevention\"]}");
    let d = only(&text);
    assert_eq!(d.code, "DOC-009");
    assert_eq!(d.params["size"], serde_json::json!(text.len()));

    let big = Validator::new(Options {
        as_of: Some(Date::ymd(2020, 6, 30)),
        limits: Some(Limits {
            max_bytes: 64 * 1024 * 1024,
            max_items: 10_000_000,
            ..Limits::default()
        }),
        ..Options::default()
    })
    .unwrap();
    let r = big.validate_str(&text);
    assert!(r.diagnostics.iter().all(|d| d.severity != Severity::Fatal));
}

#[test]
fn ten_thousand_levels_deep_is_refused_without_overflow() {
    let deep = "[".repeat(10_000) + &"]".repeat(10_000);
    let d = only(&deep);
    assert_eq!(d.code, "DOC-008");
    let obj = "{\"a\":".repeat(10_000) + "1" + &"}".repeat(10_000);
    assert_eq!(only(&obj).code, "DOC-008");
    // The same through a JSON value built without the parser's limit.
    let mut v = serde_json::json!(1);
    for _ in 0..200 {
        v = serde_json::json!({ "type": "contrat_local_sante", "x": v });
    }
    let r = validator().validate_value(v);
    assert_eq!(r.codes(), vec!["DOC-008"]);
}

#[test]
fn batch_keeps_order_and_every_result() {
    let good = r#"{"type": "atelier_sante_ville", "statut": "amorcage"}"#;
    let texts: Vec<String> = (0..300)
        .map(|i| match i % 3 {
            0 => good.to_string(),
            1 => "{ not json".to_string(),
            _ => {
                format!(r#"{{"type": "contrat_local_sante", "nom": "CLS {i}", "signataires": []}}"#)
            }
        })
        .collect();
    let reports = validator().validate_many(&texts);
    assert_eq!(reports.len(), 300);
    for (i, r) in reports.iter().enumerate() {
        match i % 3 {
            0 => assert!(r.valid, "{i}"),
            1 => assert_eq!(r.codes(), vec!["DOC-001"]),
            _ => {
                assert!(r.has("CLS-001"));
                assert_eq!(r.document_type.as_deref(), Some("contrat_local_sante"));
            }
        }
    }
}

#[test]
fn arbitrary_bytes_never_panic() {
    // A cheap deterministic fuzz over mutations of a real document.
    let base = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../docs/examples/chateau-thierry-portefeuille.json"
    ))
    .unwrap();
    let bytes = base.as_bytes();
    let v = validator();
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    for _ in 0..2_000 {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        let mut b = bytes.to_vec();
        let pos = (state as usize) % b.len();
        match state % 4 {
            0 => b[pos] = (state >> 8) as u8,
            1 => {
                b.remove(pos);
            }
            2 => b.truncate(pos),
            _ => b.insert(pos, b"{[\",:}]"[(state >> 16) as usize % 7]),
        }
        let text = String::from_utf8_lossy(&b);
        let r = v.validate_str(&text);
        assert_eq!(r.valid, r.counts.fatal == 0 && r.counts.error == 0);
    }
}

#[test]
fn typed_api_agrees_with_text_api() {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../docs/examples/mel-contrat-de-ville.json"
    ))
    .unwrap();
    let doc: Document = serde_json::from_str(&text).unwrap();
    let v = validator();
    let typed = v.validate(&doc);
    let from_text = v.validate_str(&text);
    let strip = |r: &territoire_sante::Report| {
        r.diagnostics
            .iter()
            .map(|d| (d.code.clone(), d.path.clone(), d.message.clone()))
            .collect::<Vec<_>>()
    };
    assert_eq!(strip(&typed), strip(&from_text));
    // Round trip: serialising the typed document and reading it back gives the same document.
    let again: Document = serde_json::from_str(&serde_json::to_string(&doc).unwrap()).unwrap();
    assert_eq!(again, doc);
}

#[test]
fn value_text_refuses_bad_input_as_text_does() {
    // `validate_value_str` (the WASM package's path for objects) meets the same bad input with
    // the same fatal code and path; only text that is not JSON keeps a position (a value too
    // large is refused unread, with no place in a text nobody wrote).
    let v = validator();
    let mut huge = String::from(r#"{"type": "contrat_local_sante", "thematiques": ["#);
    while huge.len() < 17 * 1024 * 1024 {
        huge.push_str("\"prevention\",");
    }
    huge.push_str("\"prevention\"]}");
    let cases = [
        (
            "{\"type\": \"contrat_local_sante\" \"nom\": 1}",
            "DOC-001",
            true,
        ),
        (
            r#"{"type": "contrat_local_sante", "generation": "deux"}"#,
            "DOC-002",
            false,
        ),
        (r#"{"type": "contrat_local"}"#, "DOC-007", false),
        (
            r#"{"type": "contrat_local_sante", "signataire": []}"#,
            "DOC-003",
            false,
        ),
        (
            r#"{"type": "contrat_local_sante", "date_signature": "2015-02-30"}"#,
            "DOC-006",
            false,
        ),
        (&*"[".repeat(10_000), "DOC-008", true),
        (&*huge, "DOC-009", false),
    ];
    for (text, code, located) in cases {
        let r = v.validate_value_str(text);
        let fatal: Vec<_> = r
            .diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Fatal)
            .collect();
        assert_eq!(fatal.len(), 1, "{code}: {:?}", r.codes());
        assert_eq!(fatal[0].code, code);
        let as_text = v.validate_str(text);
        assert_eq!(fatal[0].path, as_text.diagnostics[0].path, "{code}");
        assert_eq!(fatal[0].line.is_some(), located, "{code}");
    }
}
