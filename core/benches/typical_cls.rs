//! The typical CLS of the benchmarks, shared by `benches/validate.rs` and
//! `examples/profile_validate.rs`.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

/// A typical CLS of about 9 KB (pretty-printed), built from the Château-Thierry example with a
/// strategy and fiches action such as real CLS carry. Built through `serde_json::Value`, so its
/// keys are sorted and its `"type"` comes late: the decoder buffers the object before it knows
/// the kind (see [`typical_cls_type_first`]).
pub fn typical_cls() -> String {
    serde_json::to_string_pretty(&typical_value()).unwrap()
}

/// The same CLS with `"type"` first in every object that has one, as hand-written documents and
/// the examples have it: the decoder reads it by kind straight away.
pub fn typical_cls_type_first() -> String {
    serde_json::to_string_pretty(&TypeFirst(&typical_value())).unwrap()
}

/// The 1.1 KB Château-Thierry example, as published (`"type"` first).
pub fn example_cls() -> String {
    include_str!("../../docs/examples/chateau-thierry-cls.json").to_string()
}

/// Serialises a value with the `"type"` key of each object first, the others in order.
struct TypeFirst<'a>(&'a serde_json::Value);

impl serde::Serialize for TypeFirst<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde_json::Value;
        match self.0 {
            Value::Object(m) => s.collect_map(
                m.get_key_value("type")
                    .into_iter()
                    .chain(m.iter().filter(|(k, _)| k.as_str() != "type"))
                    .map(|(k, v)| (k, TypeFirst(v))),
            ),
            Value::Array(a) => s.collect_seq(a.iter().map(TypeFirst)),
            other => other.serialize(s),
        }
    }
}

fn typical_value() -> serde_json::Value {
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
    v
}
