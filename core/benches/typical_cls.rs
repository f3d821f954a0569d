//! The typical CLS of the benchmarks, shared by `benches/validate.rs` and
//! `examples/profile_validate.rs`.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

/// A typical CLS of about 5 KB, built from the Château-Thierry example with a strategy and
/// fiches action such as real CLS carry.
pub fn typical_cls() -> String {
    let mut v: serde_json::Value =
        serde_json::from_str(include_str!("../../docs/examples/chateau-thierry-cls.json")).unwrap();
    let actions: Vec<serde_json::Value> = (1..=8)
        .map(|i| {
            serde_json::json!({
                "id": format!("A{i}"),
                "intitule": format!("Action {i} : prévention et promotion de la santé dans les quartiers prioritaires"),
                "objectif": format!("1.{}", (i % 3) + 1),
                "pilote": "ville",
                "partenaires": ["ars", "ccas"],
                "publics": ["habitants des quartiers prioritaires", "jeunes"],
                "territoires": [{"type": "commune", "code": "02168"}],
                "thematiques": ["prevention", "acces_aux_soins"],
                "budget": 12000.0,
                "financements": [{"acteur": "ars", "montant": 6000.0}, {"acteur": "ville", "montant": 6000.0}],
                "calendrier": {"debut": "2016-01-01", "fin": "2018-12-31"},
                "indicateurs": ["nombre de personnes touchées", "nombre d'ateliers"]
            })
        })
        .collect();
    v["actions"] = serde_json::Value::Array(actions);
    v["strategie"] = serde_json::json!([{
        "numero": "1", "niveau": "orientation", "intitule": "Accès aux soins et aux droits",
        "enfants": [
            {"numero": "1.1", "niveau": "objectif_strategique", "intitule": "Favoriser l'installation de professionnels"},
            {"numero": "1.2", "niveau": "objectif_strategique", "intitule": "Accompagner l'accès aux droits"},
            {"numero": "1.3", "niveau": "objectif_strategique", "intitule": "Développer la prévention"}
        ]
    }]);
    serde_json::to_string_pretty(&v).unwrap()
}
