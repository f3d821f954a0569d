//! Contrat local de santé (L1434-10 IV CSP, formerly L1434-17).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::common::*;
use super::liste::Liste;
use super::vocab::*;
use crate::date::PartialDate;

vocabulary! {
    /// Statut of a CLS [LIF-001].
    #[schemars(description = "Statut d'un CLS [LIF-001].")]
    StatutCls {
        /// Préfiguration.
        Prefiguration = "prefiguration",
        /// Élaboration (diagnostic, programmation).
        Elaboration = "elaboration",
        /// Signé, pas encore en vigueur.
        Signe = "signe",
        /// En vigueur.
        EnVigueur = "en_vigueur",
        /// Prorogé par avenant.
        Proroge = "proroge",
        /// Évalué.
        Evalue = "evalue",
        /// Échu.
        Echu = "echu",
        /// Renouvelé (un nouveau CLS lui succède).
        Renouvele = "renouvele",
    }
}

/// Reference to the projet régional de santé the CLS implements [CLS-003].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "Projet régional de santé",
    description = "Référence au projet régional de santé que le CLS met en œuvre [CLS-003]."
)]
pub struct ReferencePrs {
    /// Région code (INSEE).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Code de la région", description = "Code INSEE de la région.")]
    pub region: Option<String>,
    /// Generation (1: 2011-2017, 2: 2018-2028, 3: SRS revised 2023-2028).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "Génération",
        description = "Génération (1 : 2011-2017, 2 : 2018-2028, 3 : SRS révisé 2023-2028)."
    )]
    pub generation: Option<u8>,
    /// Period of the PRS (or of its schéma régional de santé).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "Période",
        description = "Période du PRS (ou de son schéma régional de santé)."
    )]
    pub periode: Option<Periode>,
    /// Title as cited.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Intitulé cité", description = "Intitulé tel que cité.")]
    pub intitule: Option<String>,
}

/// The mental-health volet of a CLS [CLS-014].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "Volet santé mentale",
    description = "Le volet santé mentale d'un CLS [CLS-014]."
)]
pub struct VoletSanteMentale {
    /// Identifier or title of the PTSM taken into account.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "Projet territorial de santé mentale",
        description = "Identifiant ou intitulé du PTSM pris en compte."
    )]
    pub ptsm: Option<String>,
    /// `id` of the CLSM that constitutes the volet, when one exists.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "Conseil local de santé mentale",
        description = "`id` du CLSM qui constitue le volet, s'il en existe un."
    )]
    pub clsm: Option<String>,
    /// Summary.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Description", description = "Résumé.")]
    pub description: Option<String>,
}

/// Link from a CLS to the contrat de ville of its territory [CLS-011].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "Contrat de ville",
    description = "Lien entre un CLS et le contrat de ville de son territoire [CLS-011]."
)]
pub struct LienContratDeVille {
    /// Code of the contrat de ville (`CVnnn`).
    #[schemars(
        title = "Code du contrat de ville",
        description = "Code du contrat de ville (`CVnnn`)."
    )]
    pub code: String,
    /// Whether the CLS constitutes the volet santé of that contrat de ville.
    #[schemars(
        title = "Le CLS constitue son volet santé",
        description = "Le CLS constitue-t-il le volet santé de ce contrat de ville ?"
    )]
    pub volet_sante: bool,
}

/// A contrat local de santé.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(description = "Un contrat local de santé.")]
pub struct ContratLocalSante {
    /// Identifier (local or regional).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "Identifiant",
        description = "Identifiant (local ou régional)."
    )]
    pub id: Option<String>,
    /// Title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Nom du contrat", description = "Intitulé du contrat.")]
    pub nom: Option<String>,
    /// Generation (1st, 2nd, 3rd CLS of the territory) [CLS-012].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "Génération (1er, 2e… CLS du territoire)",
        description = "Génération (1er, 2e, 3e CLS du territoire) [CLS-012]."
    )]
    pub generation: Option<u8>,
    /// Statut [LIF-001].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "Statut",
        description = "Étape où en est le contrat, dans le vocabulaire des statuts d'un CLS [LIF-001]."
    )]
    pub statut: Option<Code<StatutCls>>,
    /// Territories covered.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(title = "Périmètre", description = "Territoires couverts.")]
    pub perimetre: Vec<Territoire>,
    /// `id` of the carrying actor.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Porteur", description = "`id` de l'acteur porteur.")]
    pub porteur: Option<String>,
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
    /// Signatures [CLS-001, CLS-016].
    #[serde(default, skip_serializing_if = "Liste::is_absent")]
    #[schemars(title = "Signataires", description = "Signatures [CLS-001, CLS-016].")]
    pub signataires: Liste<Signataire>,
    /// Start of préfiguration.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "Début de la préfiguration",
        description = "Début de la préfiguration."
    )]
    pub date_prefiguration: Option<PartialDate>,
    /// Signature date of the contract.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "Date de signature",
        description = "Date de signature du contrat."
    )]
    pub date_signature: Option<PartialDate>,
    /// Period of validity.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Période", description = "Période de validité.")]
    pub periode: Option<Periode>,
    /// PRS reference [CLS-003].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "Projet régional de santé",
        description = "Référence au projet régional de santé [CLS-003]."
    )]
    pub prs: Option<ReferencePrs>,
    /// Legal article cited as basis (`"L1434-10"`) [DQ-003].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "Base légale citée",
        description = "Article de loi cité comme fondement (`\"L1434-10\"`) [DQ-003]."
    )]
    pub base_legale: Option<String>,
    /// Health diagnostic [CLS-004].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "Diagnostic local de santé",
        description = "Diagnostic local de santé [CLS-004]."
    )]
    pub diagnostic: Option<DiagnosticSante>,
    /// Governance bodies [CLS-006].
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(
        title = "Gouvernance",
        description = "Instances de gouvernance [CLS-006]."
    )]
    pub gouvernance: Vec<Instance>,
    /// Coordination [CLS-007].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Coordination", description = "Coordination [CLS-007].")]
    pub coordination: Option<Coordination>,
    /// Strategy tree (axes → objectifs → actions).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(
        title = "Stratégie",
        description = "Arbre stratégique (axes → objectifs → actions)."
    )]
    pub strategie: Vec<Noeud>,
    /// Fiches action [CLS-008].
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(title = "Actions", description = "Fiches action [CLS-008].")]
    pub actions: Vec<Action>,
    /// Priority themes.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(title = "Thématiques", description = "Thématiques prioritaires.")]
    pub thematiques: Vec<Thematique>,
    /// Mental-health volet [CLS-014].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "Volet santé mentale",
        description = "Volet santé mentale [CLS-014]."
    )]
    pub sante_mentale: Option<VoletSanteMentale>,
    /// Link to the contrat de ville [CLS-011].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "Contrat de ville",
        description = "Lien avec le contrat de ville [CLS-011]."
    )]
    pub contrat_de_ville: Option<LienContratDeVille>,
    /// Participation of habitants.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "Participation des habitants",
        description = "Participation des habitants."
    )]
    pub participation: Option<Participation>,
    /// Evaluations.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(title = "Évaluations", description = "Évaluations.")]
    pub evaluations: Vec<Evaluation>,
    /// Amendments [CLS-013, LIF-002].
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(title = "Avenants", description = "Avenants [CLS-013, LIF-002].")]
    pub avenants: Vec<Avenant>,
    /// Whether the perimeter lies in a zone with insufficient care supply or access
    /// difficulties (zonage of L1434-4 1° CSP: ZIP or ZAC) [CLS-015].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "Zone sous-dotée (zonage L1434-4)",
        description = "Le périmètre est-il dans une zone caractérisée par une offre de soins insuffisante ou des difficultés d'accès aux soins (zonage de l'art. L1434-4 1° CSP : ZIP ou ZAC) ? [CLS-015]"
    )]
    pub zone_sous_dotee: Option<bool>,
}
