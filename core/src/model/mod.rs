//! The documents: serde + schemars types tagged by `"type"`, one module per dispositif.
//!
//! Field names follow the official French vocabulary. Every document but the portfolio leaves
//! most fields optional: what is *required* by law is checked by the rules (with a code, a
//! legal source and a help text), so that a half-filled form still gets useful diagnostics.

pub mod asv;
pub mod cls;
pub mod clsm;
pub mod common;
pub mod conseil_citoyen;
pub mod cts;
pub mod cv;
pub mod demarche;
pub mod liste;
pub mod portefeuille;
pub mod projet_sante;
pub mod ptsm;
pub mod reseau;
pub mod vocab;

pub use asv::*;
pub use cls::*;
pub use clsm::*;
pub use common::*;
pub use conseil_citoyen::*;
pub use cts::*;
pub use cv::*;
pub use demarche::*;
pub use liste::Liste;
pub use portefeuille::*;
pub use projet_sante::*;
pub use ptsm::*;
pub use reseau::*;
pub use vocab::*;

use schemars::JsonSchema;
use serde::de::{Error as _, MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize};

// Reading goes tag first (see the `Deserialize` impl below) rather than through serde's
// internally tagged enums, which buffer every document into an intermediate tree and add a
// second decoder for every type.
/// A document, tagged by `"type"`.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[serde(tag = "type", rename_all = "snake_case")]
#[allow(clippy::large_enum_variant)]
#[schemars(description = "Un document, reconnu à son champ `\"type\"`.")]
pub enum Document {
    /// Contrat local de santé.
    ContratLocalSante(ContratLocalSante),
    /// Contrat de ville and its volet santé.
    #[schemars(description = "Contrat de ville et son volet santé.")]
    ContratDeVille(ContratDeVille),
    /// Conseil citoyen.
    ConseilCitoyen(ConseilCitoyen),
    /// Atelier santé ville.
    AtelierSanteVille(AtelierSanteVille),
    /// Conseil local de santé mentale.
    ConseilLocalSanteMentale(ConseilLocalSanteMentale),
    /// Conseil territorial de santé.
    ConseilTerritorialSante(ConseilTerritorialSante),
    /// Projet territorial de santé mentale.
    ProjetTerritorialSanteMentale(ProjetTerritorialSanteMentale),
    /// Réseau de collectivités.
    ReseauCollectivites(ReseauCollectivites),
    /// Démarche d'accompagnement.
    DemarcheAccompagnement(DemarcheAccompagnement),
    /// Projet de santé de proximité (MSP, pôle, centre de santé, CPTS).
    ProjetSanteProximite(ProjetSanteProximite),
    /// Portefeuille of documents.
    #[schemars(description = "Portefeuille de documents.")]
    Portefeuille(Portefeuille),
}

/// The kind of a document, i.e. its `"type"` tag.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[schemars(description = "Le type d'un document, c'est-à-dire la valeur de son champ `\"type\"`.")]
pub enum DocumentKind {
    /// `contrat_local_sante`
    ContratLocalSante,
    /// `contrat_de_ville`
    ContratDeVille,
    /// `conseil_citoyen`
    ConseilCitoyen,
    /// `atelier_sante_ville`
    AtelierSanteVille,
    /// `conseil_local_sante_mentale`
    ConseilLocalSanteMentale,
    /// `conseil_territorial_sante`
    ConseilTerritorialSante,
    /// `projet_territorial_sante_mentale`
    ProjetTerritorialSanteMentale,
    /// `reseau_collectivites`
    ReseauCollectivites,
    /// `demarche_accompagnement`
    DemarcheAccompagnement,
    /// `projet_sante_proximite`
    ProjetSanteProximite,
    /// `portefeuille`
    Portefeuille,
}

impl DocumentKind {
    /// Every kind, in a stable order.
    pub const ALL: [DocumentKind; 11] = [
        DocumentKind::ContratLocalSante,
        DocumentKind::ContratDeVille,
        DocumentKind::ConseilCitoyen,
        DocumentKind::AtelierSanteVille,
        DocumentKind::ConseilLocalSanteMentale,
        DocumentKind::ConseilTerritorialSante,
        DocumentKind::ProjetTerritorialSanteMentale,
        DocumentKind::ReseauCollectivites,
        DocumentKind::DemarcheAccompagnement,
        DocumentKind::ProjetSanteProximite,
        DocumentKind::Portefeuille,
    ];

    /// The `"type"` tag.
    pub fn tag(self) -> &'static str {
        match self {
            DocumentKind::ContratLocalSante => "contrat_local_sante",
            DocumentKind::ContratDeVille => "contrat_de_ville",
            DocumentKind::ConseilCitoyen => "conseil_citoyen",
            DocumentKind::AtelierSanteVille => "atelier_sante_ville",
            DocumentKind::ConseilLocalSanteMentale => "conseil_local_sante_mentale",
            DocumentKind::ConseilTerritorialSante => "conseil_territorial_sante",
            DocumentKind::ProjetTerritorialSanteMentale => "projet_territorial_sante_mentale",
            DocumentKind::ReseauCollectivites => "reseau_collectivites",
            DocumentKind::DemarcheAccompagnement => "demarche_accompagnement",
            DocumentKind::ProjetSanteProximite => "projet_sante_proximite",
            DocumentKind::Portefeuille => "portefeuille",
        }
    }

    /// The kind for a `"type"` tag.
    pub fn from_tag(tag: &str) -> Option<DocumentKind> {
        DocumentKind::ALL.into_iter().find(|k| k.tag() == tag)
    }

    /// French label.
    pub fn label_fr(self) -> &'static str {
        match self {
            DocumentKind::ContratLocalSante => "contrat local de santé",
            DocumentKind::ContratDeVille => "contrat de ville",
            DocumentKind::ConseilCitoyen => "conseil citoyen",
            DocumentKind::AtelierSanteVille => "atelier santé ville",
            DocumentKind::ConseilLocalSanteMentale => "conseil local de santé mentale",
            DocumentKind::ConseilTerritorialSante => "conseil territorial de santé",
            DocumentKind::ProjetTerritorialSanteMentale => "projet territorial de santé mentale",
            DocumentKind::ReseauCollectivites => "réseau de collectivités",
            DocumentKind::DemarcheAccompagnement => "démarche d'accompagnement",
            DocumentKind::ProjetSanteProximite => "projet de santé de proximité",
            DocumentKind::Portefeuille => "portefeuille",
        }
    }
}

impl std::fmt::Display for DocumentKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.tag())
    }
}

impl Document {
    /// The kind of this document.
    pub fn kind(&self) -> DocumentKind {
        match self {
            Document::ContratLocalSante(_) => DocumentKind::ContratLocalSante,
            Document::ContratDeVille(_) => DocumentKind::ContratDeVille,
            Document::ConseilCitoyen(_) => DocumentKind::ConseilCitoyen,
            Document::AtelierSanteVille(_) => DocumentKind::AtelierSanteVille,
            Document::ConseilLocalSanteMentale(_) => DocumentKind::ConseilLocalSanteMentale,
            Document::ConseilTerritorialSante(_) => DocumentKind::ConseilTerritorialSante,
            Document::ProjetTerritorialSanteMentale(_) => {
                DocumentKind::ProjetTerritorialSanteMentale
            }
            Document::ReseauCollectivites(_) => DocumentKind::ReseauCollectivites,
            Document::DemarcheAccompagnement(_) => DocumentKind::DemarcheAccompagnement,
            Document::ProjetSanteProximite(_) => DocumentKind::ProjetSanteProximite,
            Document::Portefeuille(_) => DocumentKind::Portefeuille,
        }
    }

    /// The document's own identifier (`id`, or `code` for a contrat de ville).
    pub fn ident(&self) -> Option<&str> {
        match self {
            Document::ContratLocalSante(d) => d.id.as_deref(),
            Document::ContratDeVille(d) => d.code.as_deref(),
            Document::ConseilCitoyen(d) => d.id.as_deref(),
            Document::AtelierSanteVille(d) => d.id.as_deref(),
            Document::ConseilLocalSanteMentale(d) => d.id.as_deref(),
            Document::ConseilTerritorialSante(d) => d.id.as_deref(),
            Document::ProjetTerritorialSanteMentale(d) => d.id.as_deref(),
            Document::ReseauCollectivites(d) => d.id.as_deref(),
            Document::DemarcheAccompagnement(d) => d.id.as_deref(),
            Document::ProjetSanteProximite(d) => d.id.as_deref(),
            Document::Portefeuille(d) => d.id.as_deref(),
        }
    }

    /// The actors named in the document.
    pub fn acteurs(&self) -> &[Acteur] {
        match self {
            Document::ContratLocalSante(d) => &d.acteurs,
            Document::ContratDeVille(d) => &d.acteurs,
            Document::ConseilCitoyen(d) => &d.acteurs,
            Document::AtelierSanteVille(d) => &d.acteurs,
            Document::ConseilLocalSanteMentale(d) => &d.acteurs,
            Document::ConseilTerritorialSante(d) => &d.acteurs,
            Document::ProjetTerritorialSanteMentale(d) => &d.acteurs,
            Document::ReseauCollectivites(d) => &d.acteurs,
            Document::DemarcheAccompagnement(d) => &d.acteurs,
            Document::ProjetSanteProximite(d) => &d.acteurs,
            Document::Portefeuille(_) => &[],
        }
    }

    /// The count of partner organisations the document gives instead of (or besides) their
    /// list, for the instruments that carry one.
    pub fn nombre_partenaires(&self) -> Option<u32> {
        match self {
            Document::ContratLocalSante(d) => d.nombre_partenaires,
            Document::ContratDeVille(d) => d.nombre_partenaires,
            Document::AtelierSanteVille(d) => d.nombre_partenaires,
            Document::ConseilLocalSanteMentale(d) => d.nombre_partenaires,
            Document::ProjetTerritorialSanteMentale(d) => d.nombre_partenaires,
            _ => None,
        }
    }

    /// Whether `list` (the document's actors or signatories) is empty although the document
    /// counts partners: the list is then not given, not empty.
    pub fn partenaires_non_listes<T>(&self, list: &[T]) -> bool {
        list.is_empty() && self.nombre_partenaires().is_some_and(|n| n > 0)
    }

    /// The actor with local key `id`.
    pub fn acteur(&self, id: &str) -> Option<&Acteur> {
        self.acteurs().iter().find(|a| a.id == id)
    }
}

impl DocumentKind {
    /// Reads JSON text holding a document of this kind, without its `"type"`.
    pub(crate) fn read_text(self, text: &str) -> Result<Document, serde_json::Error> {
        // Its values were counted against the limits as they were kept: not again.
        crate::read::map_only::unbounded(|| {
            let mut de = serde_json::Deserializer::from_str(text);
            let doc = self.read_with(crate::read::MapOnly::new(&mut de))?;
            de.end()?;
            Ok(doc)
        })
    }

    /// Reads a document of this kind (without its `"type"`) from `d`.
    pub(crate) fn read_with<'de, D: Deserializer<'de>>(self, d: D) -> Result<Document, D::Error> {
        Ok(match self {
            DocumentKind::ContratLocalSante => {
                Document::ContratLocalSante(Deserialize::deserialize(d)?)
            }
            DocumentKind::ContratDeVille => Document::ContratDeVille(Deserialize::deserialize(d)?),
            DocumentKind::ConseilCitoyen => Document::ConseilCitoyen(Deserialize::deserialize(d)?),
            DocumentKind::AtelierSanteVille => {
                Document::AtelierSanteVille(Deserialize::deserialize(d)?)
            }
            DocumentKind::ConseilLocalSanteMentale => {
                Document::ConseilLocalSanteMentale(Deserialize::deserialize(d)?)
            }
            DocumentKind::ConseilTerritorialSante => {
                Document::ConseilTerritorialSante(Deserialize::deserialize(d)?)
            }
            DocumentKind::ProjetTerritorialSanteMentale => {
                Document::ProjetTerritorialSanteMentale(Deserialize::deserialize(d)?)
            }
            DocumentKind::ReseauCollectivites => {
                Document::ReseauCollectivites(Deserialize::deserialize(d)?)
            }
            DocumentKind::DemarcheAccompagnement => {
                Document::DemarcheAccompagnement(Deserialize::deserialize(d)?)
            }
            DocumentKind::ProjetSanteProximite => {
                Document::ProjetSanteProximite(Deserialize::deserialize(d)?)
            }
            DocumentKind::Portefeuille => Document::Portefeuille(Deserialize::deserialize(d)?),
        })
    }
}

impl<'de> Deserialize<'de> for Document {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Document, D::Error> {
        d.deserialize_map(DocumentVisitor)
    }
}

struct DocumentVisitor;

impl<'de> Visitor<'de> for DocumentVisitor {
    type Value = Document;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a document (an object with a \"type\")")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Document, A::Error> {
        let first: Option<String> = map.next_key()?;
        if first.as_deref() == Some("type") {
            // The usual case: the tag comes first, the rest is read straight into its type.
            let tag: String = map.next_value()?;
            let kind = DocumentKind::from_tag(&tag)
                .ok_or_else(|| A::Error::unknown_variant(&tag, &TAGS))?;
            return kind.read_with(serde::de::value::MapAccessDeserializer::new(map));
        }
        // The tag elsewhere: keep the object, then read it again as text once the kind is known.
        // Reading the kept value directly would save the text but add a second decoder for
        // every type (measured: +55 KB gzipped in the WebAssembly package, over its budget);
        // the Python front reads a value's top level tag first instead (`api::input`).
        let mut object = serde_json::Map::new();
        if let Some(k) = first {
            let v: serde_json::Value = map.next_value()?;
            object.insert(k, v);
        }
        while let Some((k, v)) = map.next_entry::<String, serde_json::Value>()? {
            object.insert(k, v);
        }
        let tag = match object.remove("type") {
            Some(serde_json::Value::String(s)) => s,
            Some(_) => return Err(A::Error::custom("`type` must be a string")),
            None => return Err(A::Error::missing_field("type")),
        };
        let kind =
            DocumentKind::from_tag(&tag).ok_or_else(|| A::Error::unknown_variant(&tag, &TAGS))?;
        let text =
            serde_json::to_string(&serde_json::Value::Object(object)).map_err(A::Error::custom)?;
        kind.read_text(&text).map_err(A::Error::custom)
    }
}

/// Every `"type"` tag, for error messages.
const TAGS: [&str; 11] = [
    "contrat_local_sante",
    "contrat_de_ville",
    "conseil_citoyen",
    "atelier_sante_ville",
    "conseil_local_sante_mentale",
    "conseil_territorial_sante",
    "projet_territorial_sante_mentale",
    "reseau_collectivites",
    "demarche_accompagnement",
    "projet_sante_proximite",
    "portefeuille",
];
