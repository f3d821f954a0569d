//! Column mapping: which header means which field. French synonyms are recognised out of the
//! box, ignoring accents, case, spaces and little words (« Date de signature » = « date
//! signature » = « DATE_SIGNATURE »); the header row is looked for below title rows; the
//! mapping used is returned and may be overridden by the user (JSON, TOML or a dict).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::colonnes::champs;
use super::lecture::Feuille;
use crate::model::DocumentKind;

/// Path of the virtual column naming the kind of each row.
pub const TYPE: &str = "/type";
/// What a user mapping writes to drop a column on purpose.
pub const IGNORER: &str = "ignorer";

/// Words left out when comparing headers.
const PETITS_MOTS: &[&str] = &[
    "de", "du", "des", "la", "le", "les", "d", "l", "a", "au", "aux", "en", "et", "the", "of",
];

/// A header or value folded for comparison: no accents, lower case, words separated by one
/// space, little words dropped.
///
/// ```
/// use territoire_sante::tableur::correspondance::normaliser;
/// assert_eq!(normaliser("  Date de  SIGNATURE "), "date signature");
/// assert_eq!(normaliser("date_signature"), "date signature");
/// assert_eq!(normaliser("Signé le"), "signe");
/// ```
pub fn normaliser(s: &str) -> String {
    // `fold` already reads `_`, as any other sign, as a space.
    sans_petits_mots(&crate::referentiel::fold(s))
}

/// [`normaliser`] of a text already folded by [`crate::referentiel::fold`].
pub(crate) fn sans_petits_mots(folded: &str) -> String {
    let mut out = String::with_capacity(folded.len());
    for w in folded
        .split(' ')
        .filter(|w| !w.is_empty() && !PETITS_MOTS.contains(w))
    {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

/// Headers seen in ARS, préfecture and network workbooks, by field.
const SYNONYMES: &[(&str, &[&str])] = &[
    (
        TYPE,
        &[
            "type",
            "dispositif",
            "type dispositif",
            "nature dispositif",
            "type contrat",
            "type document",
        ],
    ),
    (
        "/date_signature",
        &[
            "signe le",
            "date signature",
            "signature",
            "date signature contrat",
            "date signature cls",
        ],
    ),
    (
        "/nom",
        &[
            "intitule",
            "nom contrat",
            "nom dispositif",
            "libelle",
            "titre",
            "denomination",
            "nom cls",
        ],
    ),
    (
        "/perimetre",
        &[
            "communes",
            "commune",
            "code insee",
            "codes insee",
            "communes concernees",
            "territoire couvert",
            "perimetre",
            "communes perimetre",
        ],
    ),
    (
        "/porteur",
        &[
            "epci porteur",
            "structure porteuse",
            "porteur",
            "collectivite porteuse",
            "porteur contrat",
        ],
    ),
    (
        "/periode/debut",
        &["debut", "date debut", "date effet", "debut validite"],
    ),
    (
        "/periode/fin",
        &[
            "fin",
            "date fin",
            "echeance",
            "fin validite",
            "date echeance",
        ],
    ),
    (
        "/statut",
        &["statut", "etat", "etat avancement", "situation"],
    ),
    ("/generation", &["generation", "numero generation"]),
    ("/id", &["identifiant", "id", "reference", "ref"]),
    (
        "/code",
        &["code anct", "code contrat", "code contrat ville", "code cv"],
    ),
    (
        "/quartiers",
        &[
            "qpv",
            "quartiers prioritaires",
            "quartiers",
            "quartiers politique ville",
        ],
    ),
    (
        "/signataires",
        &[
            "signataires",
            "signe par",
            "partenaires signataires",
            "cosignataires",
        ],
    ),
    (
        "/thematiques",
        &["thematiques", "themes", "axes thematiques"],
    ),
    (
        "/zone_sous_dotee",
        &["zone sous dotee", "zonage ars", "zip zac"],
    ),
];

/// Every header (normalised) the reader knows, with its field path (built once).
fn connus() -> &'static [(String, String)] {
    static KNOWN: std::sync::OnceLock<Vec<(String, String)>> = std::sync::OnceLock::new();
    KNOWN.get_or_init(build_connus)
}

fn build_connus() -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    let mut push = |k: String, p: &str| {
        if !k.is_empty() && !out.iter().any(|(x, _)| *x == k) {
            out.push((k, p.to_string()));
        }
    };
    for (p, syns) in SYNONYMES {
        for s in *syns {
            push(normaliser(s), p);
        }
    }
    for kind in DocumentKind::ALL {
        for c in champs(kind).iter() {
            push(normaliser(&c.libelle), &c.chemin);
            push(normaliser(&c.chemin.replace('/', " ")), &c.chemin);
        }
    }
    out
}

/// How one column of a sheet is read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Colonne {
    /// Column, 1-based.
    pub colonne: u32,
    /// Header cell (`C4`).
    pub a1: String,
    /// Header as written.
    pub entete: String,
    /// Field path it fills (`/date_signature`, `/type`), or `None` when not recognised.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub chemin: Option<String>,
    /// Where the mapping comes from: `synonyme` (a header recognised out of the box),
    /// `utilisateur` (the user's mapping names a field), `ignoree` (the user's mapping says
    /// `ignorer`: no field, and not reported as unknown), `doublon` (a field already filled by an
    /// earlier column: reported as unknown) or `inconnue` (not recognised: reported, TAB-002).
    pub origine: String,
}

/// The mapping used for one sheet.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CorrespondanceFeuille {
    /// Sheet name.
    pub feuille: String,
    /// Header row, 1-based (`None` when none was found).
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub ligne_entete: Option<u32>,
    /// Kind given by the sheet name (or the options), if any.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub type_feuille: Option<DocumentKind>,
    /// Columns in order.
    pub colonnes: Vec<Colonne>,
}

impl CorrespondanceFeuille {
    /// Columns whose header was not recognised.
    pub fn inconnues(&self) -> impl Iterator<Item = &Colonne> {
        self.colonnes.iter().filter(|c| c.chemin.is_none())
    }
}

/// A user mapping: header (as written, or normalised) → field path, or `ignorer`.
pub type Correspondance = BTreeMap<String, String>;

/// Reads a user mapping from JSON or TOML text (`{"Signé le": "/date_signature"}` or
/// `"Signé le" = "/date_signature"`), checking each path is a field of some kind.
pub fn lire_correspondance(text: &str) -> Result<Correspondance, String> {
    let map: Correspondance = if text.trim_start().starts_with('{') {
        serde_json::from_str(text).map_err(|e| format!("JSON : {e}"))?
    } else {
        toml::from_str(text).map_err(|e| format!("TOML : {e}"))?
    };
    verifier(&map)?;
    Ok(map)
}

/// Checks that each target of `map` is a field path of some kind, `/type` or `ignorer`.
pub fn verifier(map: &Correspondance) -> Result<(), String> {
    let all: Vec<String> = DocumentKind::ALL
        .iter()
        .flat_map(|k| champs(*k).iter().map(|c| c.chemin.clone()))
        .collect();
    for (h, p) in map {
        let p = normaliser_chemin(p);
        if p != TYPE && p != IGNORER && !all.contains(&p) {
            return Err(format!(
                "« {h} » : « {p} » n'est pas un champ connu (ex. /date_signature, /periode/fin, /type, ignorer)"
            ));
        }
    }
    Ok(())
}

/// `date_signature` → `/date_signature`; `ignorer` stays.
fn normaliser_chemin(p: &str) -> String {
    let p = p.trim();
    if p == IGNORER || p.starts_with('/') {
        p.to_string()
    } else {
        format!("/{}", p.replace('.', "/"))
    }
}

/// The kind a sheet name or a type cell names (`CLS`, `Contrats de ville`, `contrat_de_ville`).
pub fn type_nomme(s: &str) -> Option<DocumentKind> {
    let n = normaliser(s);
    let n = n.trim_end_matches(" 2024").trim_end_matches(" 2015");
    const NOMS: &[(&str, DocumentKind)] = &[
        ("cls", DocumentKind::ContratLocalSante),
        ("contrats locaux sante", DocumentKind::ContratLocalSante),
        ("cv", DocumentKind::ContratDeVille),
        ("contrats ville", DocumentKind::ContratDeVille),
        ("engagements quartiers 2030", DocumentKind::ContratDeVille),
        ("clsm", DocumentKind::ConseilLocalSanteMentale),
        (
            "conseils locaux sante mentale",
            DocumentKind::ConseilLocalSanteMentale,
        ),
        ("asv", DocumentKind::AtelierSanteVille),
        ("ateliers sante ville", DocumentKind::AtelierSanteVille),
        ("cts", DocumentKind::ConseilTerritorialSante),
        (
            "conseils territoriaux sante",
            DocumentKind::ConseilTerritorialSante,
        ),
        ("ptsm", DocumentKind::ProjetTerritorialSanteMentale),
        (
            "projets territoriaux sante mentale",
            DocumentKind::ProjetTerritorialSanteMentale,
        ),
        ("conseils citoyens", DocumentKind::ConseilCitoyen),
        ("reseaux", DocumentKind::ReseauCollectivites),
        ("reseau", DocumentKind::ReseauCollectivites),
        ("reseaux collectivites", DocumentKind::ReseauCollectivites),
        (
            "demarches accompagnement",
            DocumentKind::DemarcheAccompagnement,
        ),
        (
            "projets sante proximite",
            DocumentKind::ProjetSanteProximite,
        ),
        ("msp", DocumentKind::ProjetSanteProximite),
        ("cpts", DocumentKind::ProjetSanteProximite),
    ];
    if let Some((_, k)) = NOMS.iter().find(|(x, _)| *x == n) {
        return Some(*k);
    }
    DocumentKind::ALL
        .into_iter()
        .filter(|k| *k != DocumentKind::Portefeuille)
        .find(|k| normaliser(k.tag()) == n || normaliser(k.label_fr()) == n)
}

/// Rows looked at for the header below title rows.
const LIGNES_TITRE: usize = 30;

/// Finds the header row of `f` and maps its columns: the first row among the first thirty with
/// the most recognised headers (at least two, or one when it is the only non-empty cell).
///
/// When the sheet's kind is known (`kind`, else its name), that kind's own headers are
/// recognised before the synonyms shared by all kinds (« Structure porteuse » is a field of a
/// conseil citoyen, the porteur of other kinds).
pub fn correspondance(
    f: &Feuille,
    user: &Correspondance,
    kind: Option<DocumentKind>,
) -> CorrespondanceFeuille {
    let known = connus();
    let type_feuille = kind.or_else(|| type_nomme(&f.nom));
    let own: Vec<(String, String)> = type_feuille
        .map(|k| {
            champs(k)
                .iter()
                .flat_map(|c| {
                    [
                        (normaliser(&c.libelle), c.chemin.clone()),
                        (normaliser(&c.chemin.replace('/', " ")), c.chemin.clone()),
                    ]
                })
                .collect()
        })
        .unwrap_or_default();
    let user_norm: Vec<(String, String)> = user
        .iter()
        .map(|(h, p)| (normaliser(h), normaliser_chemin(p)))
        .collect();
    let lookup = |h: &str| -> (Option<String>, &'static str) {
        let n = normaliser(h);
        if let Some((_, p)) = user_norm.iter().find(|(x, _)| *x == n) {
            return if p == IGNORER {
                (None, "ignoree")
            } else {
                (Some(p.clone()), "utilisateur")
            };
        }
        match own.iter().chain(known.iter()).find(|(x, _)| *x == n) {
            Some((_, p)) => (Some(p.clone()), "synonyme"),
            None => (None, "inconnue"),
        }
    };
    let mut best: Option<(usize, usize)> = None;
    for (i, row) in f.lignes.iter().take(LIGNES_TITRE).enumerate() {
        let filled = row.iter().filter(|v| !v.est_vide()).count();
        let hits = row
            .iter()
            .filter(|v| lookup(&v.texte()).0.is_some())
            .count();
        let enough = hits >= 2 || (hits == 1 && filled == 1 && best.is_none());
        if enough && best.is_none_or(|(_, h)| hits > h) {
            best = Some((i, hits));
        }
    }
    let Some((row, _)) = best else {
        return CorrespondanceFeuille {
            feuille: f.nom.clone(),
            ligne_entete: None,
            type_feuille,
            colonnes: Vec::new(),
        };
    };
    let mut colonnes = Vec::new();
    let mut seen: Vec<String> = Vec::new();
    let header = f.lignes.get(row).map(Vec::as_slice).unwrap_or_default();
    for (j, v) in header.iter().enumerate() {
        let entete = v.texte().trim().to_string();
        if entete.is_empty() {
            continue;
        }
        let (mut chemin, mut origine) = lookup(&entete);
        // The same field twice: the first column wins, the other is reported as unknown.
        if let Some(p) = &chemin {
            if seen.contains(p) {
                chemin = None;
                origine = "doublon";
            } else {
                seen.push(p.clone());
            }
        }
        let col = j as u32 + 1;
        colonnes.push(Colonne {
            colonne: col,
            a1: format!("{}{}", crate::report::column_letters(col), row + 1),
            entete,
            chemin,
            origine: origine.to_string(),
        });
    }
    CorrespondanceFeuille {
        feuille: f.nom.clone(),
        ligne_entete: Some(row as u32 + 1),
        type_feuille,
        colonnes,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tableur::lecture::Valeur;

    fn feuille(rows: &[&[&str]]) -> Feuille {
        Feuille {
            nom: "CLS".into(),
            lignes: rows
                .iter()
                .map(|r| {
                    r.iter()
                        .map(|s| {
                            if s.is_empty() {
                                Valeur::Vide
                            } else {
                                Valeur::Texte((*s).into())
                            }
                        })
                        .collect()
                })
                .collect(),
        }
    }

    #[test]
    fn header_below_titles_with_synonyms() {
        let f = feuille(&[
            &["Suivi des CLS — ARS"],
            &[""],
            &["Intitulé ", "SIGNÉ LE", "Communes", "Remarques"],
            &["CLS de X", "15/03/2013", "Lille"],
        ]);
        let c = correspondance(&f, &Correspondance::new(), None);
        assert_eq!(c.ligne_entete, Some(3));
        assert_eq!(c.type_feuille, Some(DocumentKind::ContratLocalSante));
        let paths: Vec<Option<&str>> = c.colonnes.iter().map(|c| c.chemin.as_deref()).collect();
        assert_eq!(
            paths,
            [
                Some("/nom"),
                Some("/date_signature"),
                Some("/perimetre"),
                None
            ]
        );
        assert_eq!(c.colonnes[3].a1, "D3");
        assert_eq!(c.inconnues().count(), 1);
    }

    #[test]
    fn user_mapping_overrides() {
        let f = feuille(&[&["Nom", "Remarques", "Communes"]]);
        let user = lire_correspondance("Remarques = \"/base_legale\"\nCommunes = \"ignorer\"")
            .unwrap_or_default();
        let c = correspondance(&f, &user, None);
        assert_eq!(c.colonnes[1].chemin.as_deref(), Some("/base_legale"));
        assert_eq!(c.colonnes[1].origine, "utilisateur");
        assert_eq!(c.colonnes[2].chemin, None);
        assert_eq!(c.colonnes[2].origine, "ignoree");
        assert!(lire_correspondance(r#"{"Nom": "/pas_un_champ"}"#).is_err());
    }

    #[test]
    fn kinds_by_name() {
        assert_eq!(
            type_nomme("Contrats de ville"),
            Some(DocumentKind::ContratDeVille)
        );
        assert_eq!(
            type_nomme("CLSM"),
            Some(DocumentKind::ConseilLocalSanteMentale)
        );
        assert_eq!(
            type_nomme("contrat_local_sante"),
            Some(DocumentKind::ContratLocalSante)
        );
        assert_eq!(type_nomme("Feuil1"), None);
    }
}
