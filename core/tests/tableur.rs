//! Spreadsheets: the realistic test workbook (generated here, committed under tests/tableur/ for
//! the Python and JS tests; `TS_BLESS=1` rewrites it), findings checked cell by cell, template
//! round trips for every kind, the annotated workbook read back, and bad input.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

use std::path::PathBuf;

use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, Formula, Workbook};
use serde_json::{json, Value};
use territoire_sante::referentiel::Referentiel;
use territoire_sante::tableur::{self, champs, ecriture, Nature, OptionsLecture};
use territoire_sante::{Date, DocumentKind, Options, Report, Validator};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn validator() -> Validator {
    Validator::new(Options {
        as_of: Some(Date::ymd(2016, 6, 30)),
        ..Options::default()
    })
    .unwrap()
}

/// One row of the test workbook: public facts only. Dates are those of the project's sources
/// (seed 001: MEL contract signed on 15 July 2015; docs/examples: Château-Thierry), written as a
/// clerk would; unknown dates are left blank. Contract codes and EPCI come from
/// /work/shared/data (contrats de ville 2015, COG 2026).
struct Ligne {
    dispositif: &'static str,
    nom: String,
    region: &'static str,
    porteur: String,
    communes: Cell,
    code: &'static str,
    signe: Cell,
    fin: Cell,
    statut: &'static str,
    observations: &'static str,
    signataires: &'static str,
}

#[derive(Clone)]
enum Cell {
    Vide,
    Texte(&'static str),
    Date(u16, u8, u8),
    Nombre(f64),
    Erreur,
}

fn epci(siren: &str) -> String {
    Referentiel::embedded()
        .and_then(|r| r.epci(siren))
        .map(|e| e.nom.clone())
        .unwrap_or_else(|| panic!("EPCI {siren} absent du référentiel"))
}

fn lignes() -> Vec<Ligne> {
    let cv = |code, siren: &str, region, commune| Ligne {
        dispositif: "Contrat de ville",
        nom: format!("Contrat de ville de {}", epci(siren)),
        region,
        porteur: epci(siren),
        communes: Cell::Texte(commune),
        code,
        signe: Cell::Vide,
        fin: Cell::Vide,
        statut: "",
        observations: "",
        signataires: "",
    };
    let cls = |ville: &'static str, region, commune| Ligne {
        dispositif: "CLS",
        nom: format!("Contrat local de santé de {ville}"),
        region,
        porteur: format!("Ville de {ville}"),
        communes: Cell::Texte(commune),
        code: "",
        signe: Cell::Vide,
        fin: Cell::Vide,
        statut: "",
        observations: "",
        signataires: "",
    };
    let mut v = vec![
        Ligne {
            signe: Cell::Texte("15/07/2015"),
            fin: Cell::Date(2020, 12, 31),
            statut: "Échu",
            signataires: "Préfecture; Métropole Européenne de Lille; ARS",
            communes: Cell::Texte("Armentières; Croix; Faches-Thumesnil; Hem; Lys-lez-Lannoy"),
            observations: "contrat cadre et conventions territoriales",
            ..cv("CV192", "200093201", "Hauts-de-France", "")
        },
        Ligne {
            nom: "Contrat de ville de la Région de Château-Thierry".into(),
            porteur: "Communauté de communes de la Région de Château-Thierry".into(),
            // The code typed as a number: Excel dropped its leading zero.
            communes: Cell::Nombre(2168.0),
            signe: Cell::Texte("septembre 2015"),
            fin: Cell::Date(2020, 12, 31),
            statut: "échu ",
            ..cv("CV007", "200093201", "Hauts-de-France", "")
        },
        Ligne {
            statut: "Échu",
            communes: Cell::Vide,
            ..cv("CV193", "245901160", "Hauts-de-France", "")
        },
        cv("CV022", "200030195", "Provence-Alpes-Côte d'Azur", "Nice"),
        cv("CV101", "243100518", "Occitanie", "Toulouse"),
        // Misspelt commune (Montpellier).
        cv("CV112", "243400017", "Occitanie", "Montpelier"),
        cv("CV105", "243300316", "Nouvelle-Aquitaine", "Bordeaux"),
        Ligne {
            porteur: format!("{}  ", epci("243500139")),
            ..cv("CV116", "243500139", "Bretagne", "Rennes ")
        },
        cv("CV142", "244400404", "Pays de la Loire", "Nantes"),
        cv("CV145", "244500468", "Centre-Val de Loire", "Orléans"),
        cv("CV185", "200039865", "Grand Est", "Metz"),
        cv("CV066", "242100410", "Bourgogne-Franche-Comté", "Dijon"),
    ];
    // The MEL and Château-Thierry names are those of their documents (docs/examples).
    v[0].nom = "Contrat de ville de la Métropole européenne de Lille".into();
    v[0].porteur = "Métropole Européenne de Lille".into();
    v.extend([
        Ligne {
            signe: Cell::Texte("décembre 2015"),
            signataires: "ARS; Ville",
            ..cls("Château-Thierry", "Hauts-de-France", "Château-Thierry")
        },
        cls("Strasbourg", "Grand Est", "Strasbourg"),
        cls("Marseille", "Provence-Alpes-Côte d'Azur", "Marseille"),
        cls("Nantes", "Pays de la Loire", "Nantes"),
        cls("Grenoble", "Auvergne-Rhône-Alpes", "Grenoble"),
        // A name shared by several communes.
        cls("Saint-Denis", "Île-de-France", "Saint-Denis"),
        cls("Paris", "Île-de-France", "Paris"),
        Ligne {
            fin: Cell::Erreur,
            ..cls("Rennes", "Bretagne", "Rennes")
        },
    ]);
    v
}

const ENTETES: [&str; 11] = [
    "Dispositif",
    "Intitulé ",
    "Région",
    "EPCI porteur",
    "Communes",
    "Code ANCT",
    "Signé le",
    "Date de fin",
    "Statut",
    "Observations",
    "Signataires",
];

/// Rows (0-based) of the sheet: two title rows, a blank row, the header, the contrats de ville,
/// a blank row, the CLS.
const ENTETE: u32 = 3;
const FEUILLE: &str = "Suivi régional";

fn ligne_de(i: usize) -> u32 {
    // Row 0-based in the sheet: the blank row after the 12 contrats de ville.
    ENTETE + 1 + i as u32 + u32::from(i >= 12)
}

/// The test workbook (`tests/tableur/suivi.xlsx`).
fn suivi_xlsx() -> Vec<u8> {
    let mut wb = Workbook::new();
    wb.set_properties(
        &DocProperties::new().set_creation_datetime(&ExcelDateTime::from_ymd(2026, 1, 5).unwrap()),
    );
    let ws = wb.add_worksheet();
    ws.set_name(FEUILLE).unwrap();
    let bold = Format::new().set_bold();
    let date = Format::new().set_num_format("dd/mm/yyyy");
    ws.merge_range(
        0,
        0,
        0,
        10,
        "Suivi des contrats locaux de santé et contrats de ville — document de travail",
        &bold,
    )
    .unwrap();
    ws.write_string(
        1,
        0,
        "Sources : ANCT (liste des contrats de ville 2015), Insee (COG 2026)",
    )
    .unwrap();
    for (j, h) in ENTETES.iter().enumerate() {
        ws.write_string_with_format(ENTETE, j as u16, *h, &bold)
            .unwrap();
    }
    let rows = lignes();
    for (i, l) in rows.iter().enumerate() {
        let r = ligne_de(i);
        // « Dispositif » and « Région » are merged down, as in hand-kept lists: only the first
        // cell of each block holds the value.
        let first_of = |f: fn(&Ligne) -> &str| i == 0 || f(&rows[i - 1]) != f(l);
        if first_of(|l| l.dispositif) {
            let last = (i..rows.len())
                .take_while(|k| rows[*k].dispositif == l.dispositif)
                .last()
                .unwrap();
            if last > i {
                ws.merge_range(r, 0, ligne_de(last), 0, l.dispositif, &Format::new())
                    .unwrap();
            } else {
                ws.write_string(r, 0, l.dispositif).unwrap();
            }
        }
        if first_of(|l| l.region) {
            let last = (i..rows.len())
                .take_while(|k| {
                    rows[*k].region == l.region && ligne_de(*k) - ligne_de(i) == (*k - i) as u32
                })
                .last()
                .unwrap();
            if last > i {
                ws.merge_range(r, 2, ligne_de(last), 2, l.region, &Format::new())
                    .unwrap();
            } else {
                ws.write_string(r, 2, l.region).unwrap();
            }
        }
        ws.write_string(r, 1, &l.nom).unwrap();
        ws.write_string(r, 3, &l.porteur).unwrap();
        for (col, cell) in [(4u16, &l.communes), (6, &l.signe), (7, &l.fin)] {
            match cell {
                Cell::Vide => {}
                Cell::Texte(s) => {
                    ws.write_string(r, col, *s).unwrap();
                }
                Cell::Date(y, m, d) => {
                    ws.write_date_with_format(
                        r,
                        col,
                        ExcelDateTime::from_ymd(*y, *m, *d).unwrap(),
                        &date,
                    )
                    .unwrap();
                }
                Cell::Nombre(n) => {
                    ws.write_number(r, col, *n).unwrap();
                }
                Cell::Erreur => {
                    ws.write_formula(r, col, Formula::new("=NA()").set_result("#N/A"))
                        .unwrap();
                }
            }
        }
        for (col, s) in [
            (5u16, l.code),
            (8, l.statut),
            (9, l.observations),
            (10, l.signataires),
        ] {
            if !s.is_empty() {
                ws.write_string(r, col, s).unwrap();
            }
        }
    }
    wb.save_to_buffer().unwrap()
}

/// The same data as a CSV file in Windows-1252 with `;`, as French Excel saves it (merged cells
/// come out filled by the export).
fn suivi_csv() -> Vec<u8> {
    let mut w = csv::WriterBuilder::new()
        .delimiter(b';')
        .flexible(true)
        .from_writer(Vec::new());
    w.write_record([
        "Suivi des contrats locaux de santé et contrats de ville — document de travail",
    ])
    .unwrap();
    w.write_record(["Sources : ANCT (liste des contrats de ville 2015), Insee (COG 2026)"])
        .unwrap();
    w.write_record([""]).unwrap();
    w.write_record(ENTETES).unwrap();
    let text = |c: &Cell| match c {
        Cell::Vide => String::new(),
        Cell::Texte(s) => (*s).to_string(),
        Cell::Date(y, m, d) => format!("{d:02}/{m:02}/{y}"),
        Cell::Nombre(n) => format!("{n}"),
        Cell::Erreur => "#N/A".into(),
    };
    for (i, l) in lignes().iter().enumerate() {
        if i == 12 {
            w.write_record([""]).unwrap();
        }
        w.write_record([
            l.dispositif.to_string(),
            l.nom.clone(),
            l.region.to_string(),
            l.porteur.clone(),
            text(&l.communes),
            l.code.to_string(),
            text(&l.signe),
            text(&l.fin),
            l.statut.to_string(),
            l.observations.to_string(),
            l.signataires.to_string(),
        ])
        .unwrap();
    }
    let utf8 = String::from_utf8(w.into_inner().unwrap()).unwrap();
    let crlf = utf8.replace('\n', "\r\n");
    let (bytes, _, lossy) = encoding_rs::WINDOWS_1252.encode(&crlf);
    assert!(!lossy, "tout le texte doit tenir en Windows-1252");
    bytes.into_owned()
}

fn fixture(name: &str, bytes: &[u8]) -> Vec<u8> {
    let path = root().join("tests/tableur").join(name);
    if std::env::var_os("TS_BLESS").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, bytes).unwrap();
    }
    let on_disk = std::fs::read(&path).unwrap_or_default();
    assert!(
        on_disk == bytes,
        "{name} n'est pas à jour : TS_BLESS=1 cargo test -p territoire-sante --all-features --test tableur"
    );
    on_disk
}

fn report_of(bytes: &[u8]) -> (tableur::Lecture, Report) {
    let l = tableur::lire(bytes, &OptionsLecture::default(), None);
    let r = l.valider(&validator());
    (l, r)
}

/// `(code, a1)` of every located finding, sorted.
fn located(r: &Report) -> Vec<(String, String)> {
    let mut v: Vec<(String, String)> = r
        .diagnostics
        .iter()
        .filter_map(|d| {
            d.cellule
                .as_ref()
                .map(|c| (d.code.to_string(), c.a1.clone()))
        })
        .collect();
    v.sort();
    v
}

fn has(r: &Report, code: &str, a1: &str) -> bool {
    r.diagnostics
        .iter()
        .any(|d| d.code == code && d.cellule.as_ref().is_some_and(|c| c.a1 == a1))
}

#[test]
fn fixtures_are_up_to_date() {
    fixture("suivi.xlsx", &suivi_xlsx());
    fixture("suivi-windows-1252.csv", &suivi_csv());
}

#[test]
fn the_test_workbook_reads_into_twenty_documents() {
    let (l, _) = report_of(&suivi_xlsx());
    let docs = l.portefeuille["documents"].as_array().unwrap();
    assert_eq!(docs.len(), 20);
    assert_eq!(l.lignes[0].ligne, 5);
    assert_eq!(
        l.lignes[12].ligne, 18,
        "the blank row is skipped, not counted"
    );
    let c = &l.correspondances[0];
    assert_eq!(c.ligne_entete, Some(4));
    let unknown: Vec<&str> = c.inconnues().map(|c| c.entete.as_str()).collect();
    assert_eq!(unknown, ["Observations"]);
    // « Région » is a field of other kinds (PTSM): reported once per kind as not applicable.
    assert_eq!(c.colonnes[2].chemin.as_deref(), Some("/region"));
    // Merged « Dispositif » cells typed every row of their block.
    let kinds: Vec<&str> = docs.iter().map(|d| d["type"].as_str().unwrap()).collect();
    assert_eq!(
        kinds.iter().filter(|k| **k == "contrat_de_ville").count(),
        12
    );
    assert_eq!(
        kinds
            .iter()
            .filter(|k| **k == "contrat_local_sante")
            .count(),
        8
    );
    let mel = &docs[0];
    assert_eq!(mel["date_signature"], "2015-07-15");
    assert_eq!(mel["periode"]["fin"], "2020-12-31");
    assert_eq!(mel["statut"], "echu");
    assert_eq!(mel["code"], "CV192");
    assert_eq!(
        mel["perimetre"]
            .as_array()
            .unwrap()
            .iter()
            .map(|t| t["code"].as_str())
            .collect::<Vec<_>>(),
        // « Croix » is two communes (59163, 90030): kept by name, reported.
        [
            Some("59017"),
            None,
            Some("59220"),
            Some("59299"),
            Some("59367")
        ]
    );
    assert_eq!(mel["acteurs"][0]["territoire"]["code"], "200093201");
    assert_eq!(mel["signataires"].as_array().unwrap().len(), 3);
    // Château-Thierry: the INSEE code typed as a number got its leading zero back.
    assert_eq!(
        docs[1]["perimetre"][0],
        json!({"type": "commune", "code": "02168"})
    );
    assert_eq!(docs[1]["statut"], "echu");
    // « septembre 2015 », « décembre 2015 »: dates known to the month are taken as such.
    assert_eq!(docs[1]["date_signature"], "2015-09");
    assert_eq!(docs[12]["date_signature"], "2015-12");
    // Trailing spaces do not matter.
    assert_eq!(docs[7]["perimetre"][0]["code"], "35238");
    assert_eq!(docs[7]["acteurs"][0]["nature"], "epci");
}

#[test]
fn findings_point_at_their_cells() {
    let (_, r) = report_of(&suivi_xlsx());
    // The located report as the other fronts must give it.
    let summary: Vec<Value> = r
        .diagnostics
        .iter()
        .map(|d| json!([d.code, d.path, d.cellule.as_ref().map(|c| c.a1.clone())]))
        .collect();
    let path = root().join("tests/tableur/suivi.constats.json");
    let text = serde_json::to_string_pretty(&summary).unwrap() + "\n";
    if std::env::var_os("TS_BLESS").is_some() {
        std::fs::write(&path, &text).unwrap();
    }
    let s = "'Suivi régional'";
    let expected = [
        ("TAB-002", format!("{s}!J4")),  // unknown column « Observations »
        ("TAB-011", format!("{s}!C5")),  // « Région » does not apply to a contrat de ville
        ("TAB-011", format!("{s}!C18")), // nor to a CLS
        ("TAB-006", format!("{s}!E5")),  // « Croix »: Nord or Territoire de Belfort
        ("TAB-005", format!("{s}!E10")), // « Montpelier »
        ("TAB-006", format!("{s}!E23")), // « Saint-Denis »
        ("TAB-007", format!("{s}!H25")), // #N/A
        ("CLS-001", format!("{s}!K19")), // Strasbourg: no ARS signature, at « Signataires »
        ("CLS-016", format!("{s}!K18")), // Château-Thierry: the town signs without deliberation
        ("CLS-009", format!("{s}!E18")),
        ("CV-001", format!("{s}!K7")), // Valenciennes: signatories not given
        ("CV-003", format!("{s}!K6")),
        ("LIF-002", format!("{s}!I5")), // MEL: « échu » without its prorogation
    ];
    let got = located(&r);
    for (code, a1) in &expected {
        assert!(
            has(&r, code, a1),
            "{code} attendu en {a1} ; trouvés : {got:#?}"
        );
    }
    let d = r
        .diagnostics
        .iter()
        .find(|d| d.code == "TAB-006" && d.message.contains("Saint-Denis"))
        .unwrap();
    let c = d.cellule.as_ref().unwrap();
    assert_eq!((c.feuille.as_str(), c.ligne, c.colonne), (FEUILLE, 23, 5));
    assert!(d.message.contains("93066"), "{}", d.message);
    assert_eq!(d.path, "/documents/17/perimetre");
    // Every finding about a document is located.
    for d in &r.diagnostics {
        if d.path.starts_with("/documents/") {
            assert!(d.cellule.is_some(), "{} {}", d.code, d.path);
        }
    }
    assert_eq!(
        std::fs::read_to_string(&path).unwrap_or_default(),
        text,
        "TS_BLESS=1 pour régénérer"
    );
}

#[test]
fn the_csv_in_windows_1252_reads_as_the_workbook() {
    let (lx, rx) = report_of(&suivi_xlsx());
    let (lc, rc) = report_of(&suivi_csv());
    assert_eq!(lc.lignes.len(), 20);
    // Same documents, except where the workbook holds typed cells: the CSV's « 2168 » and
    // « 31/12/2020 » are text, read to the same values.
    assert_eq!(lx.portefeuille, lc.portefeuille);
    let strip = |r: &Report| -> Vec<(String, String, Option<String>)> {
        r.diagnostics
            .iter()
            .map(|d| {
                (
                    d.code.to_string(),
                    d.path.clone(),
                    d.cellule.as_ref().map(|c| c.local()),
                )
            })
            .collect()
    };
    assert_eq!(strip(&rx), strip(&rc));
    assert!(has(&rc, "TAB-006", "csv!E23"));
}

#[test]
fn human_output_and_sarif_carry_the_cell() {
    let (_, r) = report_of(&suivi_xlsx());
    let sarif = r.to_sarif("suivi.xlsx");
    let res = sarif["runs"][0]["results"].as_array().unwrap();
    let amb = res
        .iter()
        .find(|x| {
            x["ruleId"] == "TAB-006"
                && x["message"]["text"]
                    .as_str()
                    .unwrap()
                    .contains("Saint-Denis")
        })
        .unwrap();
    assert_eq!(
        amb["locations"][0]["physicalLocation"]["region"],
        json!({"startLine": 23, "startColumn": 5})
    );
    assert_eq!(
        amb["locations"][0]["logicalLocations"][1]["fullyQualifiedName"],
        "'Suivi régional'!E23"
    );
    assert_eq!(amb["properties"]["cellule"]["a1"], "'Suivi régional'!E23");
    let j = r.to_json_value();
    assert_eq!(
        j["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|d| d.get("cellule").is_some())
            .count(),
        r.diagnostics.iter().filter(|d| d.cellule.is_some()).count()
    );
}

/// A value for every column of `kind`, and the document the reader must make of it.
fn rempli(kind: DocumentKind) -> Value {
    let mut doc = json!({"type": kind.tag()});
    let set = |doc: &mut Value, path: &str, v: Value| {
        let parts: Vec<&str> = path.trim_start_matches('/').split('/').collect();
        let mut cur = doc;
        for p in &parts[..parts.len() - 1] {
            if cur.get(*p).is_none() {
                cur[*p] = json!({});
            }
            cur = cur.get_mut(*p).unwrap();
        }
        cur[*parts.last().unwrap()] = v;
    };
    for c in champs(kind) {
        let v = match &c.nature {
            Nature::Texte => json!(format!("Valeur de {}", c.libelle)),
            Nature::Entier => json!(2),
            Nature::Nombre => json!(1.5),
            Nature::Booleen => json!(true),
            Nature::Date => json!("2016-03-15"),
            Nature::Enumeration(v) => json!(v.last().unwrap().0),
            Nature::Liste(inner) => match inner.as_ref() {
                Nature::Enumeration(v) => json!([v[0].0, v.last().unwrap().0]),
                Nature::Entier => json!([1, 2]),
                Nature::Date => json!(["2016-03-15", "2017-01-02"]),
                _ => json!(["un", "deux"]),
            },
            Nature::Territoires(true) => {
                json!([{"type": "commune", "code": "02168"}, {"type": "epci", "code": "200093201"}])
            }
            Nature::Territoires(false) => json!({"type": "commune", "code": "59350"}),
            Nature::Porteur | Nature::Signataires => continue,
        };
        set(&mut doc, &c.chemin, v);
    }
    if champs(kind).iter().any(|c| c.nature == Nature::Porteur) {
        doc["porteur"] = json!("porteur");
        doc["acteurs"] = json!([{"id": "porteur", "nom": "Ville de Château-Thierry", "nature": "commune",
            "territoire": {"type": "commune", "code": "02168"}}]);
    }
    if champs(kind).iter().any(|c| c.nature == Nature::Signataires) {
        let mut a = doc.get("acteurs").cloned().unwrap_or(json!([]));
        a.as_array_mut()
            .unwrap()
            .push(json!({"id": "ars", "nature": "ars"}));
        doc["acteurs"] = a;
        doc["signataires"] = json!([{"acteur": "ars"}, {"acteur": "porteur"}]);
        if doc.get("porteur").is_none() {
            doc["signataires"] = json!([{"acteur": "ars"}]);
        }
    }
    doc
}

#[test]
fn template_round_trip_for_every_kind() {
    for kind in DocumentKind::ALL {
        if kind == DocumentKind::Portefeuille {
            assert!(ecriture::modele(kind).is_err());
            continue;
        }
        // The empty template: every header is recognised, the sheet name gives the kind.
        let empty = tableur::lire(
            &ecriture::modele(kind).unwrap(),
            &OptionsLecture::default(),
            None,
        );
        let c = &empty.correspondances[0];
        assert_eq!(c.type_feuille, Some(kind), "{kind}");
        assert!(
            c.colonnes.iter().all(|x| x.chemin.is_some()),
            "{kind}: {:?}",
            c.inconnues().collect::<Vec<_>>()
        );
        assert_eq!(c.colonnes.len(), champs(kind).len());
        assert_eq!(empty.portefeuille["documents"], json!([]));
        // Filled with one document: read back exactly.
        let doc = rempli(kind);
        let bytes = ecriture::ecrire(kind, std::slice::from_ref(&doc)).unwrap();
        let l = tableur::lire(&bytes, &OptionsLecture::default(), None);
        let r = l.valider(&validator());
        assert!(
            !r.diagnostics
                .iter()
                .any(|d| d.code.starts_with("TAB") || d.code.starts_with("DOC")),
            "{kind}: {:?}",
            r.diagnostics
                .iter()
                .map(|d| (&d.code, &d.message))
                .collect::<Vec<_>>()
        );
        assert_eq!(l.portefeuille["documents"][0], doc, "{kind}");
    }
}

#[test]
fn the_annotated_workbook_reads_back() {
    let (l, r) = report_of(&suivi_xlsx());
    let out = ecriture::annoter(&l, &r, None).unwrap();
    let back = tableur::lire(&out, &OptionsLecture::default(), None);
    // The « Constats » sheet is not data; the user's rows read back to the same documents.
    assert_eq!(back.correspondances.len(), 1);
    assert_eq!(back.portefeuille, l.portefeuille);
    let again = back.valider(&validator());
    assert_eq!(located(&again), located(&r));
    // The « Constats » sheet holds one row per finding.
    let sheets = tableur::lecture::lire_feuilles(&out, &Default::default()).unwrap();
    let constats = sheets.iter().find(|f| f.nom == "Constats").unwrap();
    assert_eq!(constats.lignes.len(), r.diagnostics.len() + 1);
    assert!(constats
        .lignes
        .iter()
        .any(|row| row[0].texte() == "'Suivi régional'!E23" && row[4].texte() == "TAB-006"));
}

#[test]
fn the_reading_is_fast_enough_for_500_rows() {
    // Timing is measured in benches; here only that it completes and reads all rows.
    let docs: Vec<Value> = (0..500)
        .map(|_| rempli(DocumentKind::ContratLocalSante))
        .collect();
    let bytes = ecriture::ecrire(DocumentKind::ContratLocalSante, &docs).unwrap();
    let l = tableur::lire(&bytes, &OptionsLecture::default(), None);
    assert_eq!(l.lignes.len(), 500);
}

fn only_fatal(bytes: &[u8], opts: &OptionsLecture) -> String {
    let l = tableur::lire(bytes, opts, None);
    let r = l.valider(&validator());
    assert_eq!(r.codes(), ["TAB-001"], "{:?}", r.diagnostics);
    assert!(!r.valid);
    r.diagnostics[0].message.clone()
}

#[test]
fn corrupt_and_protected_files_get_a_clear_message() {
    let mut bytes = suivi_xlsx();
    bytes.truncate(bytes.len() / 2);
    assert!(only_fatal(&bytes, &Default::default()).contains("corrompue"));
    // An encrypted OOXML file is an OLE compound file.
    let mut cfb = vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    cfb.extend(std::iter::repeat_n(0u8, 4096));
    assert!(only_fatal(&cfb, &Default::default()).contains("mot de passe"));
    let big = OptionsLecture {
        limites: tableur::LimitesTableur {
            max_octets: 1000,
            ..Default::default()
        },
        ..Default::default()
    };
    assert!(only_fatal(&suivi_xlsx(), &big).contains("limite"));
    let wrong_sheet = OptionsLecture {
        feuille: Some("CLS".into()),
        ..Default::default()
    };
    assert!(only_fatal(&suivi_xlsx(), &wrong_sheet).contains("Suivi régional"));
}

#[test]
fn a_50_mb_csv_and_a_million_empty_rows_are_bounded() {
    // 50 MB of rows: refused by the default cell limit, with the reason, quickly.
    let row = "CLS;Contrat local de santé de Château-Thierry;02168;17/12/2015\n";
    let mut text = String::from("Dispositif;Intitulé;Communes;Signé le\n");
    while text.len() < 50_000_000 {
        text.push_str(row);
    }
    let t = std::time::Instant::now();
    let msg = only_fatal(text.as_bytes(), &Default::default());
    assert!(msg.contains("100000 lignes"), "{msg}");
    assert!(t.elapsed().as_secs() < 30);
    // A million empty rows after the data (CSV and xlsx): nothing to read, no cost.
    let mut csv = String::from("Dispositif;Intitulé\nCLS;CLS de Château-Thierry\n");
    csv.push_str(&";\n".repeat(1_000_000));
    let l = tableur::lire(csv.as_bytes(), &Default::default(), None);
    assert_eq!(l.lignes.len(), 1);
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    ws.set_name("CLS").unwrap();
    ws.write_string(0, 0, "Intitulé").unwrap();
    ws.write_string(0, 1, "Signé le").unwrap();
    ws.write_string(1, 0, "CLS de Château-Thierry").unwrap();
    let blank = Format::new().set_bold();
    for r in 2..1_000_002u32 {
        ws.write_blank(r, 0, &blank).unwrap();
    }
    let bytes = wb.save_to_buffer().unwrap();
    let l = tableur::lire(&bytes, &Default::default(), None);
    assert_eq!(l.lignes.len(), 1);
}

#[test]
fn formulas_and_errors_are_reported_at_their_cell() {
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    ws.set_name("CLS").unwrap();
    for (j, h) in ["Intitulé", "Signé le", "Date de fin", "Génération"]
        .iter()
        .enumerate()
    {
        ws.write_string(0, j as u16, *h).unwrap();
    }
    ws.write_string(1, 0, "CLS de Château-Thierry").unwrap();
    // A computed formula is read by its value (a formula never computed, as openpyxl writes
    // them, is tested in python/tests/test_tableur.py: rust_xlsxwriter always writes a value).
    ws.write_formula(1, 1, Formula::new("=DATE(2015,12,17)").set_result("42355"))
        .unwrap();
    ws.write_formula(1, 2, Formula::new("=B2+1826").set_result("44181"))
        .unwrap();
    ws.write_formula(1, 3, Formula::new("=1/0").set_result("#DIV/0!"))
        .unwrap();
    let bytes = wb.save_to_buffer().unwrap();
    let l = tableur::lire(&bytes, &Default::default(), None);
    let r = l.valider(&validator());
    assert_eq!(
        l.portefeuille["documents"][0]["date_signature"],
        "2015-12-17"
    );
    assert_eq!(
        l.portefeuille["documents"][0]["periode"]["fin"],
        "2020-12-16"
    );
    assert!(has(&r, "TAB-007", "CLS!D2"), "{:?}", located(&r));
}

#[test]
fn partial_dates_groupings_and_their_members() {
    // Dates known to the month or the year are taken; only an absurd date is refused.
    let csv = "Intitulé;Signé le;Communes\n\
               CLS du Lunévillois;mars 2013;Pays du Lunévillois\n\
               CLS de Bray;2024;\"PETR 200012345; 975\"\n\
               CLS de Vidourle;2024-05;Syndicat mixte du Vidourle\n\
               CLS de Nulle-part;31/02/2013;Pays de Belvès\n";
    let l = tableur::lire(
        csv.as_bytes(),
        &OptionsLecture {
            type_document: Some(DocumentKind::ContratLocalSante),
            ..Default::default()
        },
        None,
    );
    let docs = l.portefeuille["documents"].as_array().unwrap();
    let dates: Vec<&Value> = docs.iter().map(|d| &d["date_signature"]).collect();
    assert_eq!(
        dates,
        [
            &json!("2013-03"),
            &json!("2024"),
            &json!("2024-05"),
            &Value::Null
        ]
    );
    assert_eq!(
        docs[0]["perimetre"],
        json!([{"type": "pays", "nom": "Pays du Lunévillois"}])
    );
    assert_eq!(
        docs[1]["perimetre"],
        json!([{"type": "petr", "code": "200012345"}, {"type": "collectivite_outre_mer", "code": "975"}])
    );
    assert_eq!(docs[2]["perimetre"][0]["type"], "syndicat_mixte");
    // « Pays de Belvès » is a commune (Dordogne), not a pays.
    assert_eq!(docs[3]["perimetre"][0]["type"], "commune");
    let r = l.valider(&validator());
    let bad: Vec<(String, String)> = located(&r)
        .into_iter()
        .filter(|(c, _)| c == "TAB-004")
        .collect();
    assert_eq!(bad, [("TAB-004".to_string(), "csv!B5".to_string())]);
    assert!(r
        .diagnostics
        .iter()
        .any(|d| d.code == "TAB-004" && d.message.contains("31/02/2013")));

    // A single territory (the CTS's) has a members column beside it, read as a list; the
    // territory read after its members keeps them.
    let cols = champs(DocumentKind::ConseilTerritorialSante);
    let membres = cols
        .iter()
        .find(|c| c.chemin == "/territoire/membres")
        .expect("colonne des membres");
    assert_eq!(membres.nature, Nature::Territoires(true));
    let header = cols.iter().find(|c| c.chemin == "/territoire").unwrap();
    let csv = format!(
        "Nom;{};{}\nCTS du Lunévillois;Lunéville; Pays du Lunévillois\n",
        membres.libelle, header.libelle
    );
    let l = tableur::lire(
        csv.as_bytes(),
        &OptionsLecture {
            type_document: Some(DocumentKind::ConseilTerritorialSante),
            ..Default::default()
        },
        None,
    );
    let doc = &l.portefeuille["documents"][0];
    assert_eq!(doc["territoire"]["type"], "pays", "{doc}");
    assert_eq!(doc["territoire"]["membres"][0]["code"], "54329", "{doc}");
}

/// The TAB rules read sheets, not JSON: their failing and passing examples are here rather than
/// in tests/vectors (TAB-008, a formula never computed, is in python/tests/test_tableur.py:
/// rust_xlsxwriter always writes a computed value).
#[test]
fn every_tab_rule_fires_on_a_sheet_and_stays_quiet_on_a_clean_one() {
    let cls = OptionsLecture {
        type_document: Some(DocumentKind::ContratLocalSante),
        ..Default::default()
    };
    let codes = |bytes: &[u8], o: &OptionsLecture| {
        let r = tableur::lire(bytes, o, None).valider(&validator());
        r.diagnostics
            .iter()
            .filter(|d| d.code.starts_with("TAB-"))
            .map(|d| (d.code.to_string(), d.cellule.as_ref().map(|c| c.a1.clone())))
            .collect::<Vec<_>>()
    };
    let at = |c: &str, a1: &str| (c.to_string(), Some(a1.to_string()));
    // Rule expected, sheet bytes, reading options, the finding expected (code, cell).
    type Case<'a> = (
        &'a str,
        &'a [u8],
        &'a OptionsLecture,
        (String, Option<String>),
    );
    let cases: [Case; 9] = [
        (
            "TAB-001",
            b"PK\x03\x04corrompu",
            &cls,
            ("TAB-001".into(), None),
        ),
        (
            "TAB-002",
            "Intitulé;Signé le;Remarques\nCLS A;2015;x\n".as_bytes(),
            &cls,
            at("TAB-002", "csv!C1"),
        ),
        (
            "TAB-004",
            "Intitulé;Signé le\nCLS A;31/02/2013\n".as_bytes(),
            &cls,
            at("TAB-004", "csv!B2"),
        ),
        (
            "TAB-005",
            "Intitulé;Signé le;Communes\nCLS A;2015;Montpelier\n".as_bytes(),
            &cls,
            at("TAB-005", "csv!C2"),
        ),
        (
            "TAB-006",
            "Intitulé;Signé le;Communes\nCLS A;2015;Saint-Denis\n".as_bytes(),
            &cls,
            at("TAB-006", "csv!C2"),
        ),
        (
            "TAB-007",
            "Intitulé;Signé le\nCLS A;#N/A\n".as_bytes(),
            &cls,
            at("TAB-007", "csv!B2"),
        ),
        (
            "TAB-009",
            "Intitulé;Signé le;Signataires\nCLS A;2015;Truc\n".as_bytes(),
            &cls,
            at("TAB-009", "csv!C2"),
        ),
        (
            "TAB-010",
            "Intitulé;Signé le;Type\nCLS A;2015;fusée\n".as_bytes(),
            &OptionsLecture::default(),
            at("TAB-010", "csv!C2"),
        ),
        (
            "TAB-011",
            "Intitulé;Signé le;Région\nCLS A;2015;Bretagne\n".as_bytes(),
            &cls,
            at("TAB-011", "csv!C2"),
        ),
    ];
    let clean = "Intitulé;Signé le;Communes;Signataires\nCLS A;mars 2013;Lunéville;ARS, Ville\n";
    assert_eq!(codes(clean.as_bytes(), &cls), [], "clean sheet");
    let mut covered: Vec<&str> = vec!["TAB-008"];
    for (code, bytes, o, want) in cases {
        let got = codes(bytes, o);
        assert!(got.contains(&want), "{code}: {got:?}");
        covered.push(code);
    }
    covered.sort_unstable();
    let family: Vec<&str> = territoire_sante::rules::catalogue()
        .iter()
        .filter(|r| r.family() == "TAB")
        .map(|r| r.code)
        .collect();
    assert_eq!(covered, family, "a TAB rule without an example here");
}

/// A formula never computed, as openpyxl writes it (`<f>DATE(2015,12,17)</f><v/>`, file written
/// by `openpyxl.Workbook().save`): reported at its cell, never read as empty.
#[test]
fn a_formula_never_computed_is_reported_at_its_cell() {
    let bytes = std::fs::read(root().join("tests/tableur/formule-openpyxl.xlsx")).unwrap();
    let r = tableur::lire(&bytes, &OptionsLecture::default(), None).valider(&validator());
    assert!(has(&r, "TAB-008", "CLS!B2"), "{:#?}", located(&r));
}

/// A workbook whose cell names a shared string the archive lacks (found by the fuzzer): calamine
/// 0.30 panicked on it (a trap in WebAssembly, where panics abort), 0.35 says so; the reader gives
/// TAB-001 naming the sheet and the cell, never a crash.
#[test]
fn a_workbook_naming_a_missing_shared_string_is_unreadable_not_a_crash() {
    let bytes = std::fs::read(root().join("tests/tableur/chaine-partagee-absente.xlsx")).unwrap();
    let r = tableur::lire(&bytes, &OptionsLecture::default(), None).valider(&validator());
    let codes: Vec<&str> = r.diagnostics.iter().map(|d| &*d.code).collect();
    assert_eq!(codes, ["TAB-001"], "{:#?}", located(&r));
    assert_eq!(
        r.diagnostics[0].message,
        "Le fichier n'a pas pu être lu comme un classeur : classeur malformé : la première cellule \
         remplie de la feuille « Suivi régional » renvoie à un texte partagé absent du classeur (partie \
         xl/sharedStrings.xml manquante ou incomplète)."
    );
    // Not the catch-all of a panic contained: calamine's own check, which WebAssembly relies on.
    let feuilles = tableur::lecture::lire_feuilles(&bytes, &Default::default());
    assert!(feuilles.is_err_and(|e| e.0.contains("« Suivi régional »")));
}
