//! Conseil territorial de santé (L1434-10 I-II CSP, décret 2016-1024).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::common::*;
use super::liste::Liste;
use super::vocab::*;
use crate::date::PartialDate;

vocabulary! {
    /// Statut of a CTS [LIF-001].
    #[schemars(description = "Statut d'un CTS [LIF-001].")]
    StatutCts {
        /// Constitué par arrêté du DG ARS.
        Constitue = "constitue",
        /// Installé (première réunion tenue).
        Installe = "installe",
        /// Renouvelé.
        Renouvele = "renouvele",
    }
}

vocabulary! {
    /// A category of members whose presence L1434-10 I CSP requires in a CTS [GOV-003].
    #[schemars(description = "Une catégorie de membres dont l'article L1434-10 I du code de la santé publique exige la présence dans un CTS [GOV-003].")]
    RepresentationCts {
        /// Elected officials of the collectivités territoriales.
        #[schemars(description = "Élus des collectivités territoriales.")]
        ElusCollectivites = "elus_collectivites",
        /// The départemental services of protection maternelle et infantile.
        #[schemars(description = "Services départementaux de protection maternelle et infantile.")]
        ServicesPmi = "services_pmi",
        /// The categories of health actors of the territory.
        #[schemars(description = "Catégories d'acteurs de santé du territoire.")]
        ActeursSante = "acteurs_sante",
        /// A member of the comité de massif, for a territory in a mountain area.
        #[schemars(description = "Un membre du comité de massif, pour un territoire situé en zone de montagne.")]
        ComiteMassif = "comite_massif",
        /// Deputies and senators elected in the territory (later versions of the article).
        #[schemars(description = "Députés et sénateurs élus dans le territoire (versions ultérieures de l'article).")]
        Parlementaires = "parlementaires",
    }
}

/// An opinion or proposal of the CTS and its follow-up [GOV-004].
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "Avis",
    description = "Un avis ou une proposition du CTS, et ses suites [GOV-004]."
)]
pub struct AvisCts {
    /// What it is about.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Objet", description = "Objet de l'avis.")]
    pub objet: Option<String>,
    /// Date it was adopted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Date d'adoption", description = "Date d'adoption.")]
    pub date: Option<PartialDate>,
    /// Whether it was sent to the conférence régionale de la santé et de l'autonomie.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "Transmis à la CRSA",
        description = "A-t-il été transmis à la conférence régionale de la santé et de l'autonomie ?"
    )]
    pub transmis_crsa: Option<bool>,
    /// Date of the DG ARS's answer on the follow-up given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "Date de la réponse de l'ARS",
        description = "Date de la réponse du DG de l'ARS sur la suite donnée."
    )]
    pub date_reponse_ars: Option<PartialDate>,
}

/// How the territoire de démocratie sanitaire of the CTS was defined (L1434-9 1° CSP) [GOV-012].
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "Définition du territoire",
    description = "Façon dont le territoire de démocratie sanitaire du CTS a été défini (L1434-9 1° CSP) [GOV-012]."
)]
pub struct DefinitionTds {
    /// Date of the DG ARS arrêté defining the territory.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "Date de l'arrêté de définition",
        description = "Date de l'arrêté du DG de l'ARS qui définit le territoire."
    )]
    pub date_arrete: Option<PartialDate>,
    /// Whether the arrêté revises an earlier definition (the 2016 deadline then does not apply).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "Révision d'une définition antérieure",
        description = "L'arrêté révise-t-il une définition antérieure (l'échéance de 2016 ne s'applique alors pas) ?"
    )]
    pub revision: Option<bool>,
    /// Whether the préfet de région gave (or was asked) an opinion.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "Avis du préfet de région",
        description = "Le préfet de région a-t-il rendu (ou été invité à rendre) un avis ?"
    )]
    pub avis_prefet_region: Option<bool>,
    /// Whether the CRSA gave (or was asked) an opinion.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "Avis de la CRSA",
        description = "La CRSA a-t-elle rendu (ou été invitée à rendre) un avis ?"
    )]
    pub avis_crsa: Option<bool>,
    /// Whether the collectivités territoriales gave (or were asked) an opinion.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "Avis des collectivités territoriales",
        description = "Les collectivités territoriales ont-elles rendu (ou été invitées à rendre) un avis ?"
    )]
    pub avis_collectivites: Option<bool>,
}

/// A conseil territorial de santé.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(description = "Un conseil territorial de santé.")]
pub struct ConseilTerritorialSante {
    /// Identifier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "Identifiant",
        description = "Identifiant du document, libre ; le rapport de validation le reprend (`document_id`)."
    )]
    pub id: Option<String>,
    /// Name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Nom", description = "Nom du conseil.")]
    pub nom: Option<String>,
    /// Statut.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "Statut",
        description = "Étape où en est le conseil, dans le vocabulaire des statuts d'un CTS [LIF-001]."
    )]
    pub statut: Option<Code<StatutCts>>,
    /// Its territoire de démocratie sanitaire.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "Territoire de démocratie sanitaire",
        description = "Son territoire de démocratie sanitaire."
    )]
    pub territoire: Option<Territoire>,
    /// Région code(s) of the TDS (two for a joint TDS) [TER-012].
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(
        title = "Régions",
        description = "Code(s) de la ou des régions du territoire (deux pour un territoire interrégional) [TER-012]."
    )]
    pub regions: Vec<String>,
    /// Départements covered.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(title = "Départements", description = "Départements couverts.")]
    pub departements: Vec<String>,
    /// Actors named in the document.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(
        title = "Acteurs",
        description = "Organisations nommées dans le document."
    )]
    pub acteurs: Vec<Acteur>,
    /// Colleges: `professionnels`, `usagers`, `collectivites`, `etat_securite_sociale`,
    /// `personnalites_qualifiees` [GOV-001].
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(
        title = "Collèges",
        description = "Collèges : `professionnels`, `usagers`, `collectivites`, `etat_securite_sociale`, `personnalites_qualifiees` [GOV-001]."
    )]
    pub colleges: Vec<College>,
    /// Bodies: assemblée plénière, bureau, commission santé mentale, formation usagers [GOV-002].
    #[serde(default, skip_serializing_if = "Liste::is_absent")]
    #[schemars(
        title = "Instances",
        description = "Instances : assemblée plénière, bureau, commission santé mentale, formation des usagers [GOV-002]."
    )]
    pub instances: Liste<Instance>,
    /// Date of the DG ARS arrêté constituting it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "Date de l'arrêté constitutif",
        description = "Date de l'arrêté du DG de l'ARS qui le constitue."
    )]
    pub date_arrete: Option<PartialDate>,
    /// Date of installation (first meeting).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "Date d'installation",
        description = "Date d'installation (première réunion)."
    )]
    pub date_installation: Option<PartialDate>,
    /// Mandate of the members (5 years, renewable once).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "Mandat",
        description = "Mandat des membres (5 ans, renouvelable une fois)."
    )]
    pub mandat: Option<Periode>,
    /// Number of mandates already served by the current composition (1 or 2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "Numéro du mandat",
        description = "Nombre de mandats déjà accomplis par la composition actuelle (1 ou 2)."
    )]
    pub numero_mandat: Option<u8>,
    /// Whether the president and vice-president were elected by the members.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "Président élu par les membres",
        description = "Le président et le vice-président ont-ils été élus par les membres ?"
    )]
    pub president_elu: Option<bool>,
    /// Categories of members represented, as L1434-10 I CSP lists them [GOV-003].
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(
        title = "Catégories représentées",
        description = "Catégories de membres représentées, telles que l'art. L1434-10 I CSP les énumère [GOV-003]."
    )]
    pub representations: Vec<RepresentationCts>,
    /// Whether the territory lies (partly) in a mountain area with a comité de massif [GOV-003].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "Zone de montagne",
        description = "Le territoire est-il (en partie) en zone de montagne dotée d'un comité de massif ? [GOV-003]"
    )]
    pub zone_de_montagne: Option<bool>,
    /// Opinions and proposals adopted [GOV-004].
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(
        title = "Avis",
        description = "Avis et propositions adoptés [GOV-004]."
    )]
    pub avis: Vec<AvisCts>,
    /// Definition of its territoire de démocratie sanitaire [GOV-012].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "Définition du territoire de démocratie sanitaire",
        description = "Définition de son territoire de démocratie sanitaire [GOV-012]."
    )]
    pub definition_tds: Option<DefinitionTds>,
    /// Whether people in poverty, precarity or with disabilities are represented in the users'
    /// formation [PAR-011].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "Représentation des personnes en précarité ou handicapées",
        description = "Les personnes en situation de pauvreté, de précarité ou de handicap sont-elles représentées dans la formation des usagers ? [PAR-011]"
    )]
    pub representation_precarite_handicap: Option<bool>,
}
