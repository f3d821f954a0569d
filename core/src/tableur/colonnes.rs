//! The columns a sheet of one kind can have, derived from the kind's JSON Schema: every scalar,
//! date, enumeration, list of scalars and territory reachable through plain objects becomes a
//! column; arrays of structured objects (fiches action, instances…) stay out of the flat sheet.
//! Two columns are built by hand because a row cannot hold an actor list: « Porteur » and
//! « Signataires ».

use serde_json::Value;

use crate::model::DocumentKind;

/// What a column holds, hence how its cells are read and what the template offers.
#[derive(Debug, Clone, PartialEq)]
pub enum Nature {
    /// Free text.
    Texte,
    /// Whole number.
    Entier,
    /// Decimal number (a decimal comma is accepted).
    Nombre,
    /// `oui`/`non` (also `x`, `vrai`, `faux`, `1`, `0`).
    Booleen,
    /// A date known to the day, the month or the year (the model's `PartialDate`).
    Date,
    /// One value of a vocabulary: `(code, French label)`.
    Enumeration(Vec<(String, String)>),
    /// Several values in one cell.
    Liste(Box<Nature>),
    /// Territories (communes by code or name, EPCI by SIREN, QPV by code); `true` for a list.
    Territoires(bool),
    /// The carrying organisation, by name (becomes an actor).
    Porteur,
    /// The signing organisations, by nature (`ARS`, `préfecture`, `commune`…).
    Signataires,
}

impl Nature {
    /// How to write a value, in French, for the « Lisez-moi » sheet.
    pub fn consigne(&self) -> String {
        match self {
            Nature::Texte => "texte libre".into(),
            Nature::Entier => "nombre entier".into(),
            Nature::Nombre => "nombre (virgule décimale acceptée : 1,5)".into(),
            Nature::Booleen => "oui ou non (x vaut oui)".into(),
            Nature::Date => "date JJ/MM/AAAA ; si l'acte ne donne que le mois ou l'année : « mars 2013 » (ou 03/2013), « 2013 »".into(),
            Nature::Enumeration(v) => format!(
                "une valeur de la liste : {}",
                v.iter().map(|(_, l)| l.as_str()).collect::<Vec<_>>().join(" ; ")
            ),
            Nature::Liste(n) => format!("plusieurs valeurs séparées par « ; » — chacune : {}", n.consigne()),
            Nature::Territoires(true) => "territoires séparés par « ; » : communes (code INSEE ou nom), EPCI (SIREN ou nom), QPV (code) ; un pays, un PETR ou un syndicat mixte par son nom (« Pays du Lunévillois ») ou « PETR 200012345 » ; une collectivité d'outre-mer par son code (975, 977, 978, 986, 987, 988)".into(),
            Nature::Territoires(false) => "un territoire : code INSEE ou nom de commune, SIREN ou nom d'EPCI, code de QPV, « Pays … », « PETR … », « Syndicat mixte … » (nom ou SIREN), code de collectivité d'outre-mer".into(),
            Nature::Porteur => "nom de la structure porteuse (EPCI ou commune, reconnue par le référentiel)".into(),
            Nature::Signataires => "natures des signataires séparées par « ; » (ARS ; préfecture ; commune ; EPCI ; département ; région ; CPAM…)".into(),
        }
    }
}

/// One column of a kind's sheet.
#[derive(Debug, Clone, PartialEq)]
pub struct Champ {
    /// JSON Pointer of the value in the document (`/periode/debut`).
    pub chemin: String,
    /// French header written in templates (`Date de signature`).
    pub libelle: String,
    /// What the schema says of the field.
    pub description: String,
    /// What it holds.
    pub nature: Nature,
}

/// French headers for field names (the schema's own words are the identifiers).
const LIBELLES: &[(&str, &str)] = &[
    ("id", "Identifiant"),
    ("code", "Code"),
    ("nom", "Nom"),
    ("statut", "Statut"),
    ("generation", "Génération"),
    ("porteur", "Porteur"),
    ("signataires", "Signataires"),
    ("perimetre", "Communes du périmètre"),
    ("quartiers", "Quartiers (QPV)"),
    ("territoire", "Territoire"),
    ("territoires", "Territoires"),
    ("date_signature", "Date de signature"),
    ("date_prefiguration", "Date de préfiguration"),
    ("date_creation", "Date de création"),
    ("date_installation", "Date d'installation"),
    ("date_arrete", "Date de l'arrêté"),
    ("date_lancement", "Date de lancement"),
    ("periode", "Période"),
    ("debut", "début"),
    ("fin", "fin"),
    ("thematiques", "Thématiques"),
    ("zone_sous_dotee", "Zone sous-dotée"),
    ("base_legale", "Base légale"),
    ("prs", "PRS"),
    ("region", "région"),
    ("intitule", "intitulé"),
    ("contrat_de_ville", "Contrat de ville"),
    ("volet_sante", "volet santé"),
    ("diagnostic", "Diagnostic"),
    ("nature", "nature"),
    ("date", "date"),
    ("auteur", "auteur"),
    ("partage", "partagé"),
    ("etp", "ETP"),
    ("cofinancement_ars", "cofinancement ARS"),
    ("employeur", "employeur"),
    ("piliers", "Piliers"),
    ("conseils_citoyens", "Conseils citoyens"),
    ("sante_mentale", "Santé mentale"),
    ("coordination", "Coordination"),
    ("mutualisee_avec", "mutualisée avec"),
    ("nombre_partenaires", "Nombre de partenaires"),
    ("membres", "membres"),
];

/// The French header of a field name.
fn libelle(nom: &str) -> String {
    match LIBELLES.iter().find(|(k, _)| *k == nom) {
        Some((_, l)) => (*l).to_string(),
        None => {
            let mut s = nom.replace('_', " ");
            if let Some(first) = s.get(..1) {
                let up = first.to_uppercase();
                s.replace_range(..1, &up);
            }
            s
        }
    }
}

/// Columns that come first in templates, in this order; the rest follow alphabetically.
const ORDRE: &[&str] = &[
    "/id",
    "/code",
    "/nom",
    "/statut",
    "/generation",
    "/porteur",
    "/signataires",
    "/perimetre",
    "/quartiers",
    "/date_signature",
    "/periode/debut",
    "/periode/fin",
];

/// Fields never offered as columns: personal data (contacts) and the tag.
fn exclu(nom: &str) -> bool {
    matches!(nom, "type" | "contact" | "contacts" | "acteurs")
}

/// The columns of a sheet of `kind` (none for the portfolio), derived once from the schema.
pub fn champs(kind: DocumentKind) -> &'static [Champ] {
    static ALL: std::sync::OnceLock<Vec<Vec<Champ>>> = std::sync::OnceLock::new();
    let all = ALL.get_or_init(|| DocumentKind::ALL.iter().map(|k| derive(*k)).collect());
    DocumentKind::ALL
        .iter()
        .position(|k| *k == kind)
        .and_then(|i| all.get(i))
        .map_or(&[], Vec::as_slice)
}

fn derive(kind: DocumentKind) -> Vec<Champ> {
    if kind == DocumentKind::Portefeuille {
        return Vec::new();
    }
    let schema = crate::schema::for_kind(kind);
    let defs = schema.get("$defs").cloned().unwrap_or(Value::Null);
    let mut out = Vec::new();
    let props = schema.get("properties").and_then(Value::as_object);
    let has = |k: &str| props.is_some_and(|p| p.contains_key(k));
    if let Some(props) = props {
        for (nom, sub) in props {
            if exclu(nom) {
                continue;
            }
            if nom == "porteur" && has("acteurs") {
                out.push(Champ {
                    chemin: "/porteur".into(),
                    libelle: libelle("porteur"),
                    description: description(sub),
                    nature: Nature::Porteur,
                });
                continue;
            }
            if nom == "signataires" && has("acteurs") {
                out.push(Champ {
                    chemin: "/signataires".into(),
                    libelle: libelle("signataires"),
                    description: description(sub),
                    nature: Nature::Signataires,
                });
                continue;
            }
            walk(&defs, nom, sub, "", "", 0, &mut out);
        }
    }
    out.sort_by_key(|c| {
        (
            ORDRE
                .iter()
                .position(|p| *p == c.chemin)
                .unwrap_or(ORDRE.len()),
            c.chemin.clone(),
        )
    });
    out
}

fn description(v: &Value) -> String {
    v.get("description")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .replace('\n', " ")
}

/// The definition a property points at (`$ref`, or the non-null branch of `anyOf`).
fn resolve<'a>(defs: &'a Value, v: &'a Value) -> &'a Value {
    let v = match v.get("anyOf").and_then(Value::as_array) {
        Some(branches) => branches
            .iter()
            .find(|b| b.get("type").and_then(Value::as_str) != Some("null"))
            .unwrap_or(v),
        None => v,
    };
    match v.get("$ref").and_then(Value::as_str) {
        Some(r) => r
            .strip_prefix("#/$defs/")
            .and_then(|name| defs.get(name))
            .unwrap_or(v),
        None => v,
    }
}

fn is_type(v: &Value, t: &str) -> bool {
    match v.get("type") {
        Some(Value::String(s)) => s == t,
        Some(Value::Array(a)) => a.iter().any(|x| x.as_str() == Some(t)),
        _ => false,
    }
}

/// A French label for a vocabulary entry: its description up to the first parenthesis or full
/// stop (`En vigueur.` → `En vigueur`), or the code itself.
fn libelle_valeur(v: &Value, code: &str) -> String {
    let d = v.get("description").and_then(Value::as_str).unwrap_or(code);
    let cut = d
        .split(" (")
        .next()
        .unwrap_or(d)
        .split(['.', ',', ';', ':', '«', '…'])
        .next()
        .unwrap_or(d)
        .trim();
    if cut.is_empty() || cut.chars().count() > 60 {
        code.to_string()
    } else {
        cut.to_string()
    }
}

/// The nature of a scalar schema, if it is one.
fn scalaire(defs: &Value, v: &Value) -> Option<Nature> {
    let r = resolve(defs, v);
    if let Some(one) = r.get("oneOf").and_then(Value::as_array) {
        let mut vals = Vec::new();
        for b in one {
            let code = b.get("const").and_then(Value::as_str)?;
            vals.push((code.to_string(), libelle_valeur(b, code)));
        }
        // Two codes with one label would read back ambiguously: keep codes then.
        let mut labels: Vec<&str> = vals.iter().map(|(_, l)| l.as_str()).collect();
        labels.sort_unstable();
        labels.dedup();
        if labels.len() != vals.len() {
            for (c, l) in &mut vals {
                *l = c.clone();
            }
        }
        return Some(Nature::Enumeration(vals));
    }
    if is_date(r) {
        return Some(Nature::Date);
    }
    if is_type(r, "object") || is_type(r, "array") {
        return None;
    }
    if is_type(r, "boolean") {
        Some(Nature::Booleen)
    } else if is_type(r, "integer") {
        Some(Nature::Entier)
    } else if is_type(r, "number") {
        Some(Nature::Nombre)
    } else if is_type(r, "string") {
        Some(Nature::Texte)
    } else {
        None
    }
}

/// A date field: `format: date`, or the model's partial date (an `anyOf` of a full date and a
/// year-month or year pattern).
fn is_date(r: &Value) -> bool {
    let full = |v: &Value| v.get("format").and_then(Value::as_str) == Some("date");
    full(r)
        || r.get("anyOf")
            .and_then(Value::as_array)
            .is_some_and(|b| b.iter().any(full))
}

/// A territory reference: `type` and `code`, and nothing but `nom` and `membres` besides.
fn is_territoire(defs: &Value, v: &Value) -> bool {
    let r = resolve(defs, v);
    r.get("properties")
        .and_then(Value::as_object)
        .is_some_and(|p| {
            p.contains_key("type")
                && p.contains_key("code")
                && p.keys()
                    .all(|k| matches!(k.as_str(), "type" | "code" | "nom" | "membres"))
        })
}

fn walk(
    defs: &Value,
    nom: &str,
    v: &Value,
    prefix: &str,
    label_prefix: &str,
    depth: usize,
    out: &mut Vec<Champ>,
) {
    let chemin = format!("{prefix}/{nom}");
    let lib = if label_prefix.is_empty() {
        libelle(nom)
    } else {
        format!("{label_prefix} — {}", libelle(nom))
    };
    let desc = description(v);
    if let Some(n) = scalaire(defs, v) {
        out.push(Champ {
            chemin,
            libelle: lib,
            description: desc,
            nature: n,
        });
        return;
    }
    if is_territoire(defs, v) {
        // A pays, PETR or syndicat mixte lists its members: one more column beside it, a list
        // in one cell as analysts write « Communes » (a sub-sheet would split one instrument
        // over two sheets). Members of members are not offered: the référentiel knows which
        // communes an EPCI groups.
        let membres = resolve(defs, v)
            .get("properties")
            .and_then(|p| p.get("membres"))
            .map(description);
        out.push(Champ {
            chemin: chemin.clone(),
            libelle: lib.clone(),
            description: desc,
            nature: Nature::Territoires(false),
        });
        if let Some(d) = membres {
            out.push(Champ {
                chemin: format!("{chemin}/membres"),
                libelle: format!("{lib} — membres"),
                description: d,
                nature: Nature::Territoires(true),
            });
        }
        return;
    }
    let r = resolve(defs, v);
    if is_type(r, "array") {
        let Some(items) = r.get("items") else {
            return;
        };
        if is_territoire(defs, items) {
            out.push(Champ {
                chemin,
                libelle: lib,
                description: desc,
                nature: Nature::Territoires(true),
            });
        } else if let Some(n) = scalaire(defs, items) {
            out.push(Champ {
                chemin,
                libelle: lib,
                description: desc,
                nature: Nature::Liste(Box::new(n)),
            });
        }
        return;
    }
    if depth >= 1 || !is_type(r, "object") {
        return;
    }
    if let Some(props) = r.get("properties").and_then(Value::as_object) {
        for (k, sub) in props {
            if !exclu(k) {
                walk(defs, k, sub, &chemin, &lib, depth + 1, out);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cls_columns_come_from_the_schema() {
        let c = champs(DocumentKind::ContratLocalSante);
        let paths: Vec<&str> = c.iter().map(|c| c.chemin.as_str()).collect();
        assert_eq!(&paths[..4], ["/id", "/nom", "/statut", "/generation"]);
        assert!(paths.contains(&"/periode/fin"));
        assert!(paths.contains(&"/contrat_de_ville/volet_sante"));
        assert!(!paths.iter().any(|p| p.contains("contact")));
        assert!(!paths.contains(&"/actions"));
        let statut = c.iter().find(|c| c.chemin == "/statut").map(|c| &c.nature);
        assert!(
            matches!(statut, Some(Nature::Enumeration(v)) if v.contains(&("en_vigueur".into(), "En vigueur".into())))
        );
    }

    #[test]
    fn every_kind_but_the_portfolio_has_columns() {
        for k in DocumentKind::ALL {
            assert_eq!(champs(k).is_empty(), k == DocumentKind::Portefeuille, "{k}");
        }
    }
}
