use super::*;

const MINI: &str = "# test\n@\tformat\t1\n@\tvintage\tCOG test\n@\tvintage_date\t2026-01-01\n\
R\t32\t59350\tmetro\tHauts-de-France\n\
D\t59\t32\t59350\tmetro\tNord\n\
E\t200093201\tMETRO\tFPU\t1200000\t1180000\tMétropole Européenne de Lille\n\
C\t59350\ta\t59\t200093201\t215903501\t238246\t59298|59355\t\tLille\n\
C\t59298\td\t59\t\t\t\t\t59350\tLomme\n\
V\tCV100\t59\t200093201\tepci\t1000\tMEL\n\
V\tCV100\t62\t200093201\tepci\t500\tMEL\n\
Q\tQP059001\t2015\t59\t59350\t\t5000\tMoulins\n\
@\tqpv_couverture\t2015\t59\n";

#[test]
fn reads_the_compact_format() {
    let r = Referentiel::from_compact(MINI).unwrap();
    assert_eq!(r.vintage(), "COG test");
    assert_eq!(r.vintage_date(), Some(Date::ymd(2026, 1, 1)));
    let lille = r.commune("59350").unwrap();
    assert_eq!(lille.region, "32");
    assert_eq!(
        r.epci_of("59350").unwrap().membres,
        vec!["59350".to_string()]
    );
    assert_eq!(r.epci_of("59298").unwrap().siren, "200093201");
    assert_eq!(
        r.communes_by_ancien_code("59298").next().unwrap().code,
        "59350"
    );
    let cv = r.contrat_de_ville("CV100").unwrap();
    assert_eq!(
        (cv.pop_qpv, cv.departements.len(), cv.present),
        (1500, 2, true)
    );
    assert!(r.qpv_list_covers(GenerationQpv::G2015, "59"));
    assert!(!r.qpv_list_covers(GenerationQpv::G2015, "62"));
    assert!(!r.qpv_list_covers(GenerationQpv::G2024, "59"));
    assert_eq!(r.qpv_of_epci("200093201").len(), 1);
    assert_eq!(r.search("lomme", 5)[0].kind, "commune-deleguee");
}

#[test]
fn rejects_bad_compact_text_with_a_located_message() {
    let e = Referentiel::from_compact("C\tx\n").unwrap_err().to_string();
    assert!(e.contains("ligne 1"), "{e}");
    let e = Referentiel::from_compact("@\tformat\t1\nC\t59350\tz\t59\t\t\t\t\t\tLille\n")
        .unwrap_err()
        .to_string();
    assert!(
        e.contains("ligne 2") && e.contains("type de commune"),
        "{e}"
    );
    assert!(Referentiel::from_compact("hello").is_err());
    assert!(Referentiel::from_compact("").is_err());
}

#[test]
fn reads_npm_json_and_geojson() {
    let r = Referentiel::from_cog_json(
        CogJson {
            communes: r#"[{"code":"01053","nom":"Bourg-en-Bresse","departement":"01","region":"84","type":"commune-actuelle","population":41000},
                          {"code":"01001","nom":"L'Abergement-Clémenciat","departement":"01","region":"84"}]"#,
            epci: r#"[{"code":"200071751","nom":"CA du Bassin de Bourg-en-Bresse","type":"CA","membres":[{"code":"01053"}]}]"#,
            ept: None,
            departements: r#"[{"code":"01","nom":"Ain","region":"84"}]"#,
            regions: r#"[{"code":"84","nom":"Auvergne-Rhône-Alpes"}]"#,
        },
        "COG 2021",
        Some(Date::ymd(2021, 1, 1)),
    )
    .unwrap();
    assert_eq!(r.epci_of("01053").unwrap().nature, NatureEpci::Ca);
    assert!(r.epci_of("01001").is_none());
    let r = r
        .with_qpv_geojson(
            r#"{"type":"FeatureCollection","features":[{"type":"Feature","geometry":null,
               "properties":{"code_qp":"QN00101A","lib_qp":"Croix Blanche","insee_com":"1053","siren_epci":"200071751","insee_dep":"01","insee_reg":"84"}}]}"#,
            true,
        )
        .unwrap();
    let q = r.qpv("QN00101A").unwrap();
    assert_eq!(q.communes, vec!["01053".to_string()]);
    assert_eq!(q.generation, GenerationQpv::G2024);
    assert!(r.qpv_list_covers(GenerationQpv::G2024, "75"));
    assert_eq!(r.qpv_of_commune("01053").len(), 1);
    assert!(Referentiel::from_cog_json(CogJson::default(), "x", None).is_err());
    assert!(r.clone().with_qpv_geojson("{}", true).is_err());
}

#[test]
fn another_geography_keeps_the_quartiers_of_the_first() {
    let base = Referentiel::from_compact(MINI).unwrap();
    let other = Referentiel::from_cog_json(
        CogJson {
            communes: r#"[{"code":"59350","nom":"Lille","departement":"59","region":"32","type":"commune-actuelle"}]"#,
            epci: r#"[{"code":"245900410","nom":"Lille Métropole","type":"CU","membres":[{"code":"59350"}]}]"#,
            ept: None,
            departements: r#"[{"code":"59","nom":"Nord","region":"32"}]"#,
            regions: r#"[{"code":"32","nom":"Hauts-de-France"}]"#,
        },
        "COG 2019",
        Some(Date::ymd(2019, 1, 1)),
    )
    .unwrap()
    .with_quartiers_from(&base);
    assert_eq!(other.vintage(), "COG 2019");
    let cv = other.contrat_de_ville("CV100").unwrap();
    assert!(!cv.present, "200093201 did not exist in this vintage");
    assert_eq!(other.qpv_of_epci("245900410").len(), 1);
    assert_eq!(other.epci_of("59350").unwrap().nature, NatureEpci::Cu);
}
