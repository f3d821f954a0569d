//! Building blocks shared by the documents: territories, actors, signatures, periods,
//! governance bodies, strategy trees, fiches action, diagnostics, evaluations, participation.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::vocab::*;
use crate::date::{Answer, DayRange, PartialDate};

fn is_false(b: &bool) -> bool {
    !*b
}

/// A reference to a territory. Codes are strings, always (`"01053"`, `"2A004"`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Territoire {
    /// Kind of territory.
    #[serde(rename = "type")]
    pub kind: TypeTerritoire,
    /// Official code: INSEE for commune/département/région, SIREN for EPCI/EPT, QPV code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// Name as written in the document.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nom: Option<String>,
}

/// A contact person. Personal data: never echoed in diagnostics.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    /// Name of the person.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nom: Option<String>,
    /// Function or role.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fonction: Option<String>,
    /// E-mail address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Telephone.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub telephone: Option<String>,
}

/// An organisation taking part in a document, referred to elsewhere by its local `id`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Acteur {
    /// Local key, unique in the document (`"ars"`, `"ville"`…).
    pub id: String,
    /// Name of the organisation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nom: Option<String>,
    /// Nature of the organisation.
    pub nature: NatureActeur,
    /// Its territory (a commune's code, an EPCI's SIREN…).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub territoire: Option<Territoire>,
    /// SIREN of the organisation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub siren: Option<String>,
    /// Contact persons (personal data, never echoed).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub contacts: Vec<Contact>,
}

/// A signature of the document by an actor.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Signataire {
    /// `id` of the signing [`Acteur`].
    pub acteur: String,
    /// Date of signature.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_signature: Option<PartialDate>,
    /// Date of the deliberation authorising the signature (collectivités) [CLS-016].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_deliberation: Option<PartialDate>,
    /// Capacity of the person signing (`"directeur général"`, `"maire"`…); not a name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qualite: Option<String>,
}

/// A period `{debut, fin}`; either end may be unknown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Periode {
    /// First day.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub debut: Option<PartialDate>,
    /// Last day.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fin: Option<PartialDate>,
}

impl Periode {
    /// Whether `d` lies in the period (unknown ends are open; an end known only to the month or
    /// the year may leave it undecided).
    pub fn contains(&self, d: impl Into<DayRange>) -> Answer {
        let d = d.into();
        d.within(self.debut, self.fin)
    }
}

vocabulary! {
    /// Nature of an amendment.
    NatureAvenant {
        /// Avenant signed by the parties.
        Avenant = "avenant",
        /// Prorogation by law (lois de finances for contrats de ville).
        ProrogationLegale = "prorogation_legale",
        /// Protocole d'engagements renforcés et réciproques (2019).
        ProtocoleEngagementsRenforces = "protocole_engagements_renforces",
    }
}

/// An amendment or prorogation, with its act date and, when it extends, the new end [LIF-002].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Avenant {
    /// Nature of the act.
    pub nature: NatureAvenant,
    /// Date of the act.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<PartialDate>,
    /// New end date, when the act extends the instrument.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nouvelle_fin: Option<PartialDate>,
    /// Legal reference (`"loi 2018-1317 art. 181"`…).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reference: Option<String>,
    /// What the act changes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub objet: Option<String>,
}

vocabulary! {
    /// How members of a college are chosen.
    ModeDesignation {
        /// Tirage au sort.
        TirageAuSort = "tirage_au_sort",
        /// Volontariat.
        Volontariat = "volontariat",
        /// Désignation, nomination.
        Designation = "designation",
        /// Élection.
        Election = "election",
    }
}

/// A college of a body, with its counts.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct College {
    /// Name or nature of the college (`"habitants"`, `"acteurs_locaux"`, `"usagers"`…).
    pub nature: String,
    /// Number of members.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub effectif: Option<u32>,
    /// Women among the members.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub femmes: Option<u32>,
    /// Men among the members.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hommes: Option<u32>,
    /// How members are chosen.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub designation: Vec<ModeDesignation>,
}

/// A governance body.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Instance {
    /// Nature of the body.
    pub nature: NatureInstance,
    /// Name as written.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nom: Option<String>,
    /// `id`s of the actors chairing (co-chairing) it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub presidence: Vec<String>,
    /// `id`s of member actors.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub membres: Vec<String>,
    /// Colleges with their counts.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub colleges: Vec<College>,
    /// Meeting rhythm.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rythme: Option<Rythme>,
    /// Dates of meetings held.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reunions: Vec<PartialDate>,
    /// Whether a règlement intérieur has been adopted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reglement_interieur: Option<bool>,
}

vocabulary! {
    /// Level of a node of a strategy tree.
    NiveauNoeud {
        /// Orientation stratégique, axe.
        Orientation = "orientation",
        /// Objectif stratégique (général).
        ObjectifStrategique = "objectif_strategique",
        /// Objectif opérationnel.
        ObjectifOperationnel = "objectif_operationnel",
        /// Priorité d'intervention.
        PrioriteIntervention = "priorite_intervention",
        /// Action.
        Action = "action",
    }
}

/// A node of a strategy tree, keeping its printed number as written (`"2.1.1.1"`) [ART-006].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Noeud {
    /// Number as printed in the document.
    pub numero: String,
    /// Level in the tree.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub niveau: Option<NiveauNoeud>,
    /// Title.
    pub intitule: String,
    /// Health themes addressed.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub thematiques: Vec<Thematique>,
    /// Children.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub enfants: Vec<Noeud>,
}

/// Funding of an action by one financer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Financement {
    /// `id` of the financing actor.
    pub acteur: String,
    /// Amount in euros.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub montant: Option<f64>,
}

/// A fiche action [CLS-008].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Action {
    /// Local key or printed number.
    pub id: String,
    /// Title.
    pub intitule: String,
    /// Number of the strategy node it implements.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub objectif: Option<String>,
    /// `id` of the pilot actor.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pilote: Option<String>,
    /// `id`s of partner actors.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub partenaires: Vec<String>,
    /// Target publics, as written.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub publics: Vec<String>,
    /// Territories (QPV…) where it takes place.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub territoires: Vec<Territoire>,
    /// Health themes.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub thematiques: Vec<Thematique>,
    /// Total budget in euros.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub budget: Option<f64>,
    /// Financers.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub financements: Vec<Financement>,
    /// Calendar.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub calendrier: Option<Periode>,
    /// Evaluation indicators.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub indicateurs: Vec<String>,
}

vocabulary! {
    /// Nature of a health diagnostic.
    NatureDiagnostic {
        /// Diagnostic local de santé.
        DiagnosticLocalSante = "diagnostic_local_sante",
        /// Diagnostic territorial partagé (L1434-10, santé mentale R3224-1).
        DiagnosticTerritorialPartage = "diagnostic_territorial_partage",
        /// Diagnostic territorial approfondi (thématique).
        DiagnosticTerritorialApprofondi = "diagnostic_territorial_approfondi",
        /// Autre diagnostic.
        Autre = "autre",
    }
}

/// A health diagnostic the document relies on [CLS-004, CV-010].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DiagnosticSante {
    /// Nature.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nature: Option<NatureDiagnostic>,
    /// Date (of delivery).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<PartialDate>,
    /// `id` of the author actor (an ORS…), or its name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub auteur: Option<String>,
    /// Whether it was shared with partners and habitants.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub partage: Option<bool>,
    /// Whether conseils citoyens took part.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub conseils_citoyens_associes: Option<bool>,
}

vocabulary! {
    /// Nature of an evaluation.
    NatureEvaluation {
        /// Évaluation à mi-parcours.
        MiParcours = "mi_parcours",
        /// Évaluation finale.
        Finale = "finale",
        /// Revue annuelle.
        Annuelle = "annuelle",
    }
}

/// An evaluation, planned or done.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Evaluation {
    /// Nature.
    pub nature: NatureEvaluation,
    /// Whether it has been carried out (`false`: planned).
    #[serde(default, skip_serializing_if = "is_false")]
    pub realisee: bool,
    /// Date (planned or actual).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<PartialDate>,
    /// Indicators.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub indicateurs: Vec<String>,
}

/// Coordination (ingénierie dédiée) [CLS-007, ASV-001].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Coordination {
    /// `id` of the employing actor.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub employeur: Option<String>,
    /// Full-time equivalent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub etp: Option<f64>,
    /// Whether the ARS co-funds the post.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cofinancement_ars: Option<bool>,
    /// Other instruments the same person coordinates (`"programme_reussite_educative"`…).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub mutualisee_avec: Vec<String>,
    /// The coordinator (personal data, never echoed).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact: Option<Contact>,
}

/// A participatory action (seed 003: Qui ? Pourquoi ? Comment ?) [PAR-010].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ActionParticipative {
    /// Title.
    pub intitule: String,
    /// Degree of participation.
    pub degre: DegreParticipation,
    /// Whether it also aims to mobilise habitants around a dynamic.
    #[serde(default, skip_serializing_if = "is_false")]
    pub mobiliser: bool,
    /// Who takes part.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub publics: Vec<PublicParticipation>,
    /// Means (formations, stands, ateliers…).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub moyens: Vec<String>,
}

/// Participation of habitants.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Participation {
    /// Degree claimed by the document as a whole.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub degre_affiche: Option<DegreParticipation>,
    /// Participatory actions.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub actions: Vec<ActionParticipative>,
}

/// An adulte-relais contract (L5134-100 ff. code du travail) [AR-001, AR-002]. Holds no
/// personal data: the age at hiring is kept, not the date of birth or the name.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AdulteRelais {
    /// Function as written (`"médiateur santé"`…).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fonction: Option<String>,
    /// Date the contract was concluded (hiring).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_embauche: Option<PartialDate>,
    /// Age in whole years on the hiring date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub age_a_l_embauche: Option<u32>,
    /// Whether the person was without employment (or ending a CAE) when hired.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sans_emploi_a_l_embauche: Option<bool>,
    /// Whether the person resides in a QPV or another priority territory of a contrat de ville.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reside_en_qpv: Option<bool>,
    /// `id` of the employing actor.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub employeur: Option<String>,
    /// QPV (or other priority territories) where the person acts.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub qpv: Vec<Territoire>,
}

vocabulary! {
    /// Legal ground on which a contrat de ville names a quartier de veille active [QVA-001].
    FondementVeille {
        /// Loi 2014-173 art. 13: in a politique de la ville zoning on 31 December 2014 and not a
        /// QPV from 1 January 2015.
        Art13 = "art13",
        /// A wider local definition chosen by the contract's partners.
        Local = "local",
    }
}

/// How a contrat de ville qualifies one of its quartiers de veille active [QVA-001].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct QualificationVeille {
    /// Name (or code) of the quartier, as written in `quartiers`.
    pub quartier: String,
    /// Legal ground.
    pub fondement: FondementVeille,
}
