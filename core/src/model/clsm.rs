//! Conseil local de santé mentale (instruction DGS/SP4/CGET/2016/289; référentiel 2025).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::common::*;
use super::vocab::*;
use crate::date::PartialDate;

vocabulary! {
    /// Statut of a CLSM [LIF-001].
    #[schemars(description = "Statut d'un CLSM [LIF-001].")]
    StatutClsm {
        /// En projet.
        EnProjet = "en_projet",
        /// Installé.
        Installe = "installe",
    }
}

vocabulary! {
    /// Objectives of a CLSM [CLSM-002].
    #[schemars(description = "Objectifs d'un CLSM [CLSM-002].")]
    ObjectifClsm {
        /// Déstigmatisation de la santé mentale et du handicap psychique.
        Destigmatisation = "destigmatisation",
        /// Accès et continuité des soins.
        AccesContinuiteSoins = "acces_continuite_soins",
        /// Inclusion sociale, logement.
        InclusionSociale = "inclusion_sociale",
        /// Participation des usagers, des aidants et des habitants.
        ParticipationUsagers = "participation_usagers",
        /// Réponse coordonnée aux situations complexes.
        SituationsComplexes = "situations_complexes",
        /// Prévention, promotion de la santé mentale.
        PromotionSanteMentale = "promotion_sante_mentale",
    }
}

/// A conseil local de santé mentale.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(description = "Un conseil local de santé mentale.")]
pub struct ConseilLocalSanteMentale {
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
        description = "Étape où en est le conseil, dans le vocabulaire des statuts d'un CLSM [LIF-001]."
    )]
    pub statut: Option<Code<StatutClsm>>,
    /// Perimeter: quartier(s), commune or group of communes [CLSM-001].
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(
        title = "Périmètre",
        description = "Périmètre : quartier(s), commune ou groupement de communes [CLSM-001]."
    )]
    pub perimetre: Vec<Territoire>,
    /// Actors named in the document.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(
        title = "Acteurs",
        description = "Organisations nommées dans le document."
    )]
    pub acteurs: Vec<Acteur>,
    /// Number of partner organisations when the document gives a count but not the list
    /// ("about 110 partners"): rules do not read an unlisted `acteurs`/`signataires` as empty.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "Nombre de partenaires",
        description = "Nombre d'organisations partenaires quand le document en donne le compte sans la liste (« environ 110 partenaires ») : les règles ne lisent alors pas des `acteurs` ou `signataires` non listés comme vides."
    )]
    pub nombre_partenaires: Option<u32>,
    /// Bodies: assemblée plénière and comité de pilotage [GOV-005].
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(
        title = "Instances",
        description = "Instances : assemblée plénière et comité de pilotage [GOV-005]."
    )]
    pub instances: Vec<Instance>,
    /// Objectives [CLSM-002].
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(title = "Objectifs", description = "Objectifs [CLSM-002].")]
    pub objectifs: Vec<ObjectifClsm>,
    /// Coordination.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Coordination", description = "Coordination.")]
    pub coordination: Option<Coordination>,
    /// Installation date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Date d'installation", description = "Date d'installation.")]
    pub date_installation: Option<PartialDate>,
    /// Identifier of the CLS whose mental-health volet it constitutes [ART-002].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "Contrat local de santé",
        description = "Identifiant du CLS dont le conseil constitue le volet santé mentale [ART-002]."
    )]
    pub cls: Option<String>,
    /// Code of the contrat de ville it serves.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "Code du contrat de ville",
        description = "Code du contrat de ville qu'il sert."
    )]
    pub contrat_de_ville: Option<String>,
    /// Identifier or title of the PTSM of its territory.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "Projet territorial de santé mentale",
        description = "Identifiant ou intitulé du PTSM de son territoire."
    )]
    pub ptsm: Option<String>,
    /// National texts the document cites (`"instruction_2016"`, `"referentiel_2025"`) [CLSM-003].
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(
        title = "Textes nationaux cités",
        description = "Textes nationaux que le document cite (`\"instruction_2016\"`, `\"referentiel_2025\"`) [CLSM-003]."
    )]
    pub references: Vec<String>,
}
