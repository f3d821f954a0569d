//! Names in cells resolved through the référentiel: communes (by code or by name, ambiguous names
//! reported with their candidates), EPCI, QPV, and the organisations carrying or signing an
//! instrument.

use serde_json::{json, Value};

use super::correspondance::sans_petits_mots;
use super::regles;
use crate::referentiel::{fold, Commune, Epci, Referentiel, TypeCommune};
use crate::rules::{Finding, Rule};

/// An organisation recognised in a cell.
#[derive(Debug, Clone)]
pub(crate) struct Org {
    /// Its `NatureActeur` code.
    pub nature: String,
    /// Whether the cell named only a nature (`ARS`), not an organisation.
    pub generique: bool,
    /// The cell's text as [`super::correspondance::normaliser`] gives it.
    pub normalise: String,
    territoire: Option<Value>,
}

impl Org {
    /// The actor, with local key `id`; `ecrit` is the cell's text, kept as its name.
    pub fn to_json(&self, id: &str, ecrit: &str) -> Value {
        let mut a = serde_json::Map::new();
        a.insert("id".into(), Value::String(id.to_string()));
        a.insert("nature".into(), Value::String(self.nature.clone()));
        if !self.generique {
            a.insert("nom".into(), Value::String(ecrit.trim().to_string()));
        }
        if let Some(t) = &self.territoire {
            a.insert("territoire".into(), t.clone());
        }
        Value::Object(a)
    }
}

/// Natures written as words (normalised), in signatory lists and porteur cells.
const NATURES: &[(&str, &str)] = &[
    ("ars", "ars"),
    ("agence regionale sante", "ars"),
    (
        "delegation departementale ars",
        "ars_delegation_departementale",
    ),
    ("prefet", "prefecture"),
    ("prefete", "prefecture"),
    ("prefecture", "prefecture"),
    ("etat", "prefecture"),
    ("sous prefet", "sous_prefecture"),
    ("sous prefecture", "sous_prefecture"),
    ("commune", "commune"),
    ("ville", "commune"),
    ("mairie", "commune"),
    ("maire", "commune"),
    ("epci", "epci"),
    ("intercommunalite", "epci"),
    ("communaute communes", "epci"),
    ("communaute agglomeration", "epci"),
    ("communaute urbaine", "epci"),
    ("metropole", "epci"),
    ("agglomeration", "epci"),
    ("ept", "ept"),
    ("petr", "petr"),
    ("departement", "departement"),
    ("conseil departemental", "departement"),
    ("region", "region"),
    ("conseil regional", "region"),
    ("cpam", "cpam"),
    ("assurance maladie", "cpam"),
    ("msa", "msa"),
    ("caf", "caf"),
    ("ccas", "ccas"),
    ("education nationale", "education_nationale"),
    ("rectorat", "education_nationale"),
    ("centre hospitalier", "centre_hospitalier"),
    ("ch", "centre_hospitalier"),
    ("chu", "centre_hospitalier"),
    ("bailleur social", "bailleur_social"),
    ("bailleurs sociaux", "bailleur_social"),
    ("caisse depots", "caisse_des_depots"),
    ("banque territoires", "caisse_des_depots"),
    ("anru", "anru"),
    ("anct", "anct"),
    ("ors", "ors"),
    ("cpts", "cpts"),
    ("msp", "msp"),
];

/// Words that give the nature of a named organisation (`Communauté d'agglomération du Grand
/// Soissons` is an EPCI); checked in this order.
const MOTS: &[(&str, &str)] = &[
    ("ccas", "ccas"),
    ("centre hospitalier", "centre_hospitalier"),
    ("communaute", "epci"),
    ("metropole", "epci"),
    ("eurometropole", "epci"),
    ("agglomeration", "epci"),
    ("territoire", "ept"),
    ("petr", "petr"),
    ("pays", "petr"),
    ("conseil departemental", "departement"),
    ("departement", "departement"),
    ("conseil regional", "region"),
    ("region", "region"),
    ("ville", "commune"),
    ("commune", "commune"),
    ("mairie", "commune"),
    ("ars", "ars"),
    ("prefecture", "prefecture"),
    ("cpam", "cpam"),
    ("association", "association"),
];

/// Names resolved through the référentiel's own name index (built once per référentiel and
/// shared by every workbook read: rebuilding tables of the 35,000 commune names for each
/// workbook cost more than reading it).
pub(crate) struct Index<'r> {
    referentiel: Option<&'r Referentiel>,
}

fn is_commune_code(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 5
        && (b.iter().all(u8::is_ascii_digit)
            || ((s.starts_with("2A") || s.starts_with("2B"))
                && b.get(2..).is_some_and(|r| r.iter().all(u8::is_ascii_digit))))
}

/// Groupings the référentiel does not list, named by their kind: « Pays du Lunévillois »,
/// « PETR du Pays de Bray », « PETR 200012345 », « Syndicat mixte du Pays Vidourle-Camargue ».
/// The kind word leads, as in the groupings' own names; a SIREN after it is the code. Tried
/// after the communes and EPCI of the référentiel, some of which are named « Pays … ».
fn groupement(t: &str) -> Option<Value> {
    const KINDS: [(&str, &str); 4] = [
        ("pole d equilibre territorial et rural", "petr"),
        ("petr", "petr"),
        ("syndicat mixte", "syndicat_mixte"),
        ("pays", "pays"),
    ];
    let f = fold(t);
    let (kind, rest) = KINDS.iter().find_map(|(w, k)| {
        let rest = f.strip_prefix(w)?;
        (rest.is_empty() || rest.starts_with(' ')).then_some((*k, rest.trim()))
    })?;
    if rest.len() == 9 && rest.bytes().all(|b| b.is_ascii_digit()) {
        return Some(json!({"type": kind, "code": rest}));
    }
    Some(json!({"type": kind, "nom": t}))
}

impl<'r> Index<'r> {
    pub fn new(referentiel: Option<&'r Referentiel>) -> Index<'r> {
        Index { referentiel }
    }

    /// The EPCI named `folded` (a folded name): one, several, or none.
    fn epcis(&self, folded: &str) -> Vec<&'r Epci> {
        self.referentiel
            .map(|r| r.epcis_nommes(folded))
            .unwrap_or_default()
    }

    /// The commune named `nom` (département `dep` when given): one, several, or none.
    fn commune(&self, nom: &str, dep: Option<&str>) -> Vec<&'r Commune> {
        let Some(r) = self.referentiel else {
            return Vec::new();
        };
        let mut v: Vec<&'r Commune> = r.communes_nommees(&fold(nom));
        v.retain(|c| c.kind == TypeCommune::Actuelle);
        if let Some(d) = dep {
            v.retain(|c| c.departement.eq_ignore_ascii_case(d) || c.code == d);
        }
        v.sort_by(|a, b| a.code.cmp(&b.code));
        v
    }

    /// A territory written in a cell, and the finding its reading raises, if any.
    pub fn territoire(&self, item: &str, qpv: bool) -> (Value, Option<(&'static Rule, Finding)>) {
        let t = item.trim();
        let up = t.to_uppercase();
        if is_commune_code(&up) {
            return (json!({"type": "commune", "code": up}), None);
        }
        if crate::rules::ter::COLLECTIVITES_OUTRE_MER.contains(&up.as_str()) {
            return (json!({"type": "collectivite_outre_mer", "code": up}), None);
        }
        if up.len() == 9 && up.bytes().all(|b| b.is_ascii_digit()) {
            let kind = match self.referentiel.and_then(|r| r.ept(&up)) {
                Some(_) => "ept",
                None => "epci",
            };
            return (json!({"type": kind, "code": up}), None);
        }
        if (up.starts_with("QN") || up.starts_with("QP"))
            && up.len() >= 8
            && up.chars().all(|c| c.is_ascii_alphanumeric())
        {
            return (json!({"type": "qpv", "code": up}), None);
        }
        if qpv {
            return (json!({"type": "qpv", "nom": t}), None);
        }
        // « Saint-Denis (93) »: the département in brackets narrows the name.
        let (nom, dep) = match (t.rfind('('), t.ends_with(')')) {
            (Some(i), true) => (
                t.get(..i).unwrap_or(t).trim(),
                t.get(i + 1..t.len() - 1).map(str::trim),
            ),
            _ => (t, None),
        };
        if self.referentiel.is_none() {
            return (
                groupement(t).unwrap_or_else(|| json!({"type": "commune", "nom": nom})),
                None,
            );
        }
        let found = self.commune(nom, dep);
        match found.as_slice() {
            [c] => (json!({"type": "commune", "code": c.code, "nom": nom}), None),
            [] => {
                if let [e] = self.epcis(&fold(nom)).as_slice() {
                    return (json!({"type": "epci", "code": e.siren, "nom": nom}), None);
                }
                // Not a commune (« Pays de Belvès » is one): a grouping named by its kind.
                if let Some(g) = groupement(t) {
                    return (g, None);
                }
                (
                    json!({"type": "commune", "nom": nom}),
                    Some((&regles::TAB_005, Finding::at("").param("valeur", t))),
                )
            }
            many => {
                let candidats: Vec<String> = many
                    .iter()
                    .take(10)
                    .map(|c| format!("{} {} ({})", c.code, c.nom, c.departement))
                    .collect();
                (
                    json!({"type": "commune", "nom": nom}),
                    Some((
                        &regles::TAB_006,
                        Finding::at("")
                            .param("valeur", t)
                            .param("candidats", candidats.join(", ")),
                    )),
                )
            }
        }
    }

    /// The organisation a cell names: a nature (`ARS`), an EPCI or commune of the référentiel,
    /// or a name whose words tell its nature.
    pub fn organisation(&self, text: &str) -> Option<Org> {
        // Folded once: the normalised text is the folded one without its little words.
        let f = fold(text.trim());
        let n = sans_petits_mots(&f);
        if let Some((_, nature)) = NATURES.iter().find(|(w, _)| *w == n) {
            return Some(Org {
                nature: (*nature).to_string(),
                generique: true,
                normalise: n,
                territoire: None,
            });
        }
        if let [e] = self.epcis(&f).as_slice() {
            return Some(Org {
                nature: "epci".into(),
                generique: false,
                normalise: n,
                territoire: Some(json!({"type": "epci", "code": e.siren})),
            });
        }
        let bare = [
            "ville de ",
            "ville d ",
            "commune de ",
            "commune d ",
            "mairie de ",
            "mairie d ",
        ]
        .iter()
        .find_map(|p| f.strip_prefix(p));
        if let Some(name) = bare {
            if let [c] = self.commune(name, None).as_slice() {
                return Some(Org {
                    nature: "commune".into(),
                    generique: false,
                    normalise: n,
                    territoire: Some(json!({"type": "commune", "code": c.code})),
                });
            }
        }
        let nature = MOTS.iter().find(|(w, _)| contient_mots(&n, w))?.1;
        Some(Org {
            nature: nature.to_string(),
            generique: false,
            normalise: n,
            territoire: None,
        })
    }
}

/// Whether `mots` appears in `texte` as whole words (between spaces or at either end), without
/// building a padded copy of either for each of the many `MOTS`.
fn contient_mots(texte: &str, mots: &str) -> bool {
    texte.match_indices(mots).any(|(i, _)| {
        let avant = texte
            .get(..i)
            .is_none_or(|a| a.is_empty() || a.ends_with(' '));
        let apres = texte
            .get(i + mots.len()..)
            .is_none_or(|a| a.is_empty() || a.starts_with(' '));
        avant && apres
    })
}

#[cfg(test)]
mod tests {
    use super::contient_mots;

    #[test]
    fn words_are_found_whole_only() {
        assert!(contient_mots(
            "centre hospitalier de laon",
            "centre hospitalier"
        ));
        assert!(contient_mots("ars", "ars"));
        assert!(contient_mots("la ars", "ars"));
        assert!(!contient_mots("mars", "ars"));
        assert!(!contient_mots("arsenal ville", "ars"));
        assert!(contient_mots("arsenal ars", "ars"));
        assert!(!contient_mots("", "ars"));
    }
}
