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
#[schemars(
    title = "Territoire",
    description = "Référence à un territoire. Les codes sont toujours des chaînes de caractères (`\"01053\"`, `\"2A004\"`)."
)]
pub struct Territoire {
    /// Kind of territory.
    #[serde(rename = "type")]
    #[schemars(title = "Type de territoire", description = "Nature du territoire.")]
    pub kind: TypeTerritoire,
    /// Official code: INSEE for commune/département/région, SIREN for EPCI/EPT/PETR/syndicat
    /// mixte (and a pays's structure porteuse), COG code for a collectivité d'outre-mer, QPV code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "Code officiel",
        description = "Code officiel : INSEE pour une commune, un département ou une région ; SIREN pour un EPCI, un EPT, un PETR ou un syndicat mixte (et la structure porteuse d'un pays) ; code COG pour une collectivité d'outre-mer ; code du QPV."
    )]
    pub code: Option<String>,
    /// Name as written in the document.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Nom", description = "Nom tel qu'écrit dans le document.")]
    pub nom: Option<String>,
    /// Member communes or EPCI of a pays, PETR or syndicat mixte, when the document lists them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(
        title = "Membres",
        description = "Communes ou EPCI membres d'un pays, d'un PETR ou d'un syndicat mixte, quand le document les liste."
    )]
    pub membres: Vec<Territoire>,
}

/// A contact person. Personal data: never echoed in diagnostics.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "Contact",
    description = "Une personne à contacter. Données personnelles : jamais reprises dans les diagnostics."
)]
pub struct Contact {
    /// Name of the person.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Nom de la personne", description = "Nom de la personne.")]
    pub nom: Option<String>,
    /// Function or role.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Fonction", description = "Fonction ou rôle.")]
    pub fonction: Option<String>,
    /// E-mail address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Courriel", description = "Adresse électronique.")]
    pub email: Option<String>,
    /// Telephone.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Téléphone", description = "Téléphone.")]
    pub telephone: Option<String>,
}

/// An organisation taking part in a document, referred to elsewhere by its local `id`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "Acteur",
    description = "Une organisation qui prend part au document, désignée ailleurs par son `id` local."
)]
pub struct Acteur {
    /// Local key, unique in the document (`"ars"`, `"ville"`…).
    #[schemars(
        title = "Identifiant local",
        description = "Clé locale, unique dans le document (`\"ars\"`, `\"ville\"`…), par laquelle les autres champs désignent l'organisation."
    )]
    pub id: String,
    /// Name of the organisation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "Nom de l'organisation",
        description = "Nom de l'organisation."
    )]
    pub nom: Option<String>,
    /// Nature of the organisation.
    #[schemars(title = "Nature", description = "Nature de l'organisation.")]
    pub nature: NatureActeur,
    /// Its territory (a commune's code, an EPCI's SIREN…).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "Son territoire",
        description = "Son territoire (code d'une commune, SIREN d'un EPCI…)."
    )]
    pub territoire: Option<Territoire>,
    /// SIREN of the organisation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "SIREN", description = "SIREN de l'organisation.")]
    pub siren: Option<String>,
    /// Contact persons (personal data, never echoed).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(
        title = "Personnes à contacter",
        description = "Personnes à contacter (données personnelles, jamais reprises dans les diagnostics)."
    )]
    pub contacts: Vec<Contact>,
}

/// A signature of the document by an actor.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "Signataire",
    description = "Signature du document par un acteur."
)]
pub struct Signataire {
    /// `id` of the signing [`Acteur`].
    #[schemars(
        title = "Acteur signataire",
        description = "`id` de l'acteur signataire."
    )]
    pub acteur: String,
    /// Date of signature.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Date de signature", description = "Date de signature.")]
    pub date_signature: Option<PartialDate>,
    /// Date of the deliberation authorising the signature (collectivités) [CLS-016].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "Date de la délibération",
        description = "Date de la délibération autorisant la signature (collectivités) [CLS-016]."
    )]
    pub date_deliberation: Option<PartialDate>,
    /// Capacity of the person signing (`"directeur général"`, `"maire"`…); not a name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "Qualité du signataire",
        description = "Qualité de la personne qui signe (`\"directeur général\"`, `\"maire\"`…) ; pas un nom."
    )]
    pub qualite: Option<String>,
}

/// A period `{debut, fin}`; either end may be unknown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "Période",
    description = "Une période `{debut, fin}` ; chacune de ses bornes peut être inconnue."
)]
pub struct Periode {
    /// First day.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Début", description = "Premier jour.")]
    pub debut: Option<PartialDate>,
    /// Last day.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Fin", description = "Dernier jour.")]
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
    #[schemars(description = "Nature d'un avenant.")]
    NatureAvenant {
        /// Avenant signed by the parties.
        #[schemars(description = "Avenant signé par les parties.")]
        Avenant = "avenant",
        /// Prorogation by law (lois de finances for contrats de ville).
        #[schemars(description = "Prorogation par la loi (lois de finances, pour les contrats de ville).")]
        ProrogationLegale = "prorogation_legale",
        /// Protocole d'engagements renforcés et réciproques (2019).
        ProtocoleEngagementsRenforces = "protocole_engagements_renforces",
    }
}

/// An amendment or prorogation, with its act date and, when it extends, the new end [LIF-002].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "Avenant",
    description = "Un avenant ou une prorogation, avec la date de l'acte et, quand il prolonge l'instrument, sa nouvelle date de fin [LIF-002]."
)]
pub struct Avenant {
    /// Nature of the act.
    #[schemars(title = "Nature", description = "Nature de l'acte.")]
    pub nature: NatureAvenant,
    /// Date of the act.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Date", description = "Date de l'acte.")]
    pub date: Option<PartialDate>,
    /// New end date, when the act extends the instrument.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "Nouvelle date de fin",
        description = "Nouvelle date de fin, quand l'acte prolonge le dispositif."
    )]
    pub nouvelle_fin: Option<PartialDate>,
    /// Legal reference (`"loi 2018-1317 art. 181"`…).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "Référence",
        description = "Référence juridique (`\"loi 2018-1317 art. 181\"`…)."
    )]
    pub reference: Option<String>,
    /// What the act changes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Objet", description = "Ce que l'acte modifie.")]
    pub objet: Option<String>,
}

vocabulary! {
    /// How members of a college are chosen.
    #[schemars(description = "Mode de désignation des membres d'un collège.")]
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
#[schemars(
    title = "Collège",
    description = "Un collège d'une instance, avec ses effectifs."
)]
pub struct College {
    /// Name or nature of the college (`"habitants"`, `"acteurs_locaux"`, `"usagers"`…).
    #[schemars(
        title = "Nature",
        description = "Nom ou nature du collège (`\"habitants\"`, `\"acteurs_locaux\"`, `\"usagers\"`…)."
    )]
    pub nature: String,
    /// Number of members.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Effectif", description = "Nombre de membres.")]
    pub effectif: Option<u32>,
    /// Women among the members.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Femmes", description = "Nombre de femmes parmi les membres.")]
    pub femmes: Option<u32>,
    /// Men among the members.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Hommes", description = "Nombre d'hommes parmi les membres.")]
    pub hommes: Option<u32>,
    /// How members are chosen.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(
        title = "Mode de désignation",
        description = "Mode de désignation des membres."
    )]
    pub designation: Vec<ModeDesignation>,
}

/// A governance body.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "Instance", description = "Une instance de gouvernance.")]
pub struct Instance {
    /// Nature of the body.
    #[schemars(title = "Nature de l'instance", description = "Nature de l'instance.")]
    pub nature: NatureInstance,
    /// Name as written.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Nom tel qu'écrit", description = "Nom tel qu'écrit.")]
    pub nom: Option<String>,
    /// `id`s of the actors chairing (co-chairing) it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(
        title = "Présidence",
        description = "`id` des acteurs qui la président (ou la coprésident)."
    )]
    pub presidence: Vec<String>,
    /// `id`s of member actors.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(title = "Membres", description = "`id` des acteurs membres.")]
    pub membres: Vec<String>,
    /// Colleges with their counts.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(title = "Collèges", description = "Collèges et leurs effectifs.")]
    pub colleges: Vec<College>,
    /// Meeting rhythm.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Rythme des réunions", description = "Rythme des réunions.")]
    pub rythme: Option<Rythme>,
    /// Dates of meetings held.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(title = "Réunions tenues", description = "Dates des réunions tenues.")]
    pub reunions: Vec<PartialDate>,
    /// Whether a règlement intérieur has been adopted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "Règlement intérieur adopté",
        description = "Un règlement intérieur a-t-il été adopté ?"
    )]
    pub reglement_interieur: Option<bool>,
}

vocabulary! {
    /// Level of a node of a strategy tree.
    #[schemars(description = "Niveau d'un nœud de l'arbre stratégique.")]
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
#[schemars(
    title = "Nœud de stratégie",
    description = "Un nœud de l'arbre stratégique, qui garde son numéro tel qu'il est imprimé (`\"2.1.1.1\"`) [ART-006]."
)]
pub struct Noeud {
    /// Number as printed in the document.
    #[schemars(
        title = "Numéro imprimé",
        description = "Numéro tel qu'imprimé dans le document."
    )]
    pub numero: String,
    /// Level in the tree.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Niveau", description = "Niveau dans l'arbre.")]
    pub niveau: Option<NiveauNoeud>,
    /// Title.
    #[schemars(
        title = "Intitulé",
        description = "Intitulé de l'orientation, de l'objectif ou de l'action."
    )]
    pub intitule: String,
    /// Health themes addressed.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(title = "Thématiques", description = "Thématiques de santé traitées.")]
    pub thematiques: Vec<Thematique>,
    /// Children.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(title = "Sous-niveaux", description = "Éléments de niveau inférieur.")]
    pub enfants: Vec<Noeud>,
}

/// Funding of an action by one financer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "Financement",
    description = "Financement d'une action par un financeur."
)]
pub struct Financement {
    /// `id` of the financing actor.
    #[schemars(title = "Financeur", description = "`id` de l'acteur financeur.")]
    pub acteur: String,
    /// Amount in euros.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Montant (euros)", description = "Montant en euros.")]
    pub montant: Option<f64>,
}

/// A fiche action [CLS-008].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "Fiche action", description = "Une fiche action [CLS-008].")]
pub struct Action {
    /// Local key or printed number.
    #[schemars(title = "Identifiant", description = "Clé locale ou numéro imprimé.")]
    pub id: String,
    /// Title.
    #[schemars(title = "Intitulé", description = "Intitulé de la fiche action.")]
    pub intitule: String,
    /// Number of the strategy node it implements.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "Objectif mis en œuvre",
        description = "Numéro de l'élément de l'arbre stratégique que l'action met en œuvre."
    )]
    pub objectif: Option<String>,
    /// `id` of the pilot actor.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Pilote", description = "`id` de l'acteur pilote.")]
    pub pilote: Option<String>,
    /// `id`s of partner actors.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(title = "Partenaires", description = "`id` des acteurs partenaires.")]
    pub partenaires: Vec<String>,
    /// Target publics, as written.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(title = "Publics", description = "Publics visés, tels qu'écrits.")]
    pub publics: Vec<String>,
    /// Territories (QPV…) where it takes place.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(
        title = "Territoires",
        description = "Territoires (QPV…) où l'action a lieu."
    )]
    pub territoires: Vec<Territoire>,
    /// Health themes.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(title = "Thématiques", description = "Thématiques de santé.")]
    pub thematiques: Vec<Thematique>,
    /// Total budget in euros.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Budget (euros)", description = "Budget total en euros.")]
    pub budget: Option<f64>,
    /// Financers.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(title = "Financements", description = "Financeurs.")]
    pub financements: Vec<Financement>,
    /// Calendar.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Calendrier", description = "Calendrier.")]
    pub calendrier: Option<Periode>,
    /// Evaluation indicators.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(title = "Indicateurs", description = "Indicateurs d'évaluation.")]
    pub indicateurs: Vec<String>,
}

vocabulary! {
    /// Nature of a health diagnostic.
    #[schemars(description = "Nature d'un diagnostic de santé.")]
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
#[schemars(
    title = "Diagnostic",
    description = "Un diagnostic de santé sur lequel le document s'appuie [CLS-004, CV-010]."
)]
pub struct DiagnosticSante {
    /// Nature.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "Nature",
        description = "Nature du diagnostic (diagnostic local de santé, diagnostic territorial partagé…)."
    )]
    pub nature: Option<NatureDiagnostic>,
    /// Date (of delivery).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Date de remise", description = "Date (de remise).")]
    pub date: Option<PartialDate>,
    /// `id` of the author actor (an ORS…), or its name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "Auteur",
        description = "`id` de l'acteur auteur (un ORS…), ou son nom."
    )]
    pub auteur: Option<String>,
    /// Whether it was shared with partners and habitants.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "Partagé",
        description = "A-t-il été partagé avec les partenaires et les habitants ?"
    )]
    pub partage: Option<bool>,
    /// Whether conseils citoyens took part.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "Conseils citoyens associés",
        description = "Les conseils citoyens y ont-ils pris part ?"
    )]
    pub conseils_citoyens_associes: Option<bool>,
}

vocabulary! {
    /// Nature of an evaluation.
    #[schemars(description = "Nature d'une évaluation.")]
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
#[schemars(
    title = "Évaluation",
    description = "Une évaluation, prévue ou réalisée."
)]
pub struct Evaluation {
    /// Nature.
    #[schemars(
        title = "Nature",
        description = "Nature de l'évaluation (à mi-parcours, finale, revue annuelle)."
    )]
    pub nature: NatureEvaluation,
    /// Whether it has been carried out (`false`: planned).
    #[serde(default, skip_serializing_if = "is_false")]
    #[schemars(
        title = "Réalisée",
        description = "A-t-elle été menée (`false` : prévue) ?"
    )]
    pub realisee: bool,
    /// Date (planned or actual).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Date", description = "Date (prévue ou effective).")]
    pub date: Option<PartialDate>,
    /// Indicators.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(title = "Indicateurs", description = "Indicateurs.")]
    pub indicateurs: Vec<String>,
}

/// Coordination (ingénierie dédiée) [CLS-007, ASV-001].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "Coordination",
    description = "Coordination (ingénierie dédiée) [CLS-007, ASV-001]."
)]
pub struct Coordination {
    /// `id` of the employing actor.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Employeur", description = "`id` de l'acteur employeur.")]
    pub employeur: Option<String>,
    /// Full-time equivalent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "Équivalent temps plein",
        description = "Équivalent temps plein."
    )]
    pub etp: Option<f64>,
    /// Whether the ARS co-funds the post.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "Poste cofinancé par l'ARS",
        description = "L'ARS cofinance-t-elle le poste ?"
    )]
    pub cofinancement_ars: Option<bool>,
    /// Other instruments the same person coordinates (`"programme_reussite_educative"`…).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(
        title = "Autres dispositifs coordonnés",
        description = "Autres dispositifs que la même personne coordonne (`\"programme_reussite_educative\"`…)."
    )]
    pub mutualisee_avec: Vec<String>,
    /// The coordinator (personal data, never echoed).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "Coordinateur ou coordinatrice",
        description = "Le coordinateur ou la coordinatrice (données personnelles, jamais reprises dans les diagnostics)."
    )]
    pub contact: Option<Contact>,
}

/// A participatory action (seed 003: Qui ? Pourquoi ? Comment ?) [PAR-010].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "Action participative",
    description = "Une action participative (« Qui ? Pourquoi ? Comment ? », synthèse de la rencontre du réseau des ateliers santé ville, IREV, 28 novembre 2019) [PAR-010]."
)]
pub struct ActionParticipative {
    /// Title.
    #[schemars(
        title = "Intitulé",
        description = "Intitulé de l'action participative."
    )]
    pub intitule: String,
    /// Degree of participation.
    #[schemars(
        title = "Degré de participation",
        description = "Degré de participation."
    )]
    pub degre: DegreParticipation,
    /// Whether it also aims to mobilise habitants around a dynamic.
    #[serde(default, skip_serializing_if = "is_false")]
    #[schemars(
        title = "Mobilise aussi les habitants",
        description = "Vise-t-elle aussi à mobiliser les habitants autour d'une dynamique ?"
    )]
    pub mobiliser: bool,
    /// Who takes part.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(title = "Publics", description = "Qui y prend part.")]
    pub publics: Vec<PublicParticipation>,
    /// Means (formations, stands, ateliers…).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(
        title = "Moyens",
        description = "Moyens (formations, stands, ateliers…)."
    )]
    pub moyens: Vec<String>,
}

/// Participation of habitants.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "Participation", description = "Participation des habitants.")]
pub struct Participation {
    /// Degree claimed by the document as a whole.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "Degré de participation affiché",
        description = "Degré revendiqué par le document dans son ensemble."
    )]
    pub degre_affiche: Option<DegreParticipation>,
    /// Participatory actions.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(title = "Actions", description = "Actions participatives.")]
    pub actions: Vec<ActionParticipative>,
}

/// An adulte-relais contract (L5134-100 ff. code du travail) [AR-001, AR-002]. Holds no
/// personal data: the age at hiring is kept, not the date of birth or the name.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "Adulte-relais",
    description = "Un contrat d'adulte-relais (articles L5134-100 et suivants du code du travail) [AR-001, AR-002]. Ne contient aucune donnée personnelle : l'âge à l'embauche est conservé, pas la date de naissance ni le nom."
)]
pub struct AdulteRelais {
    /// Function as written (`"médiateur santé"`…).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "Fonction",
        description = "Fonction telle qu'écrite (`\"médiateur santé\"`…)."
    )]
    pub fonction: Option<String>,
    /// Date the contract was concluded (hiring).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "Date d'embauche",
        description = "Date de conclusion du contrat (embauche)."
    )]
    pub date_embauche: Option<PartialDate>,
    /// Age in whole years on the hiring date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "Âge à l'embauche",
        description = "Âge en années révolues à la date d'embauche."
    )]
    pub age_a_l_embauche: Option<u32>,
    /// Whether the person was without employment (or ending a CAE) when hired.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "Sans emploi à l'embauche",
        description = "La personne était-elle sans emploi (ou en fin de CAE) à l'embauche ?"
    )]
    pub sans_emploi_a_l_embauche: Option<bool>,
    /// Whether the person resides in a QPV or another priority territory of a contrat de ville.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "Réside en quartier prioritaire",
        description = "La personne réside-t-elle dans un QPV ou un autre territoire prioritaire d'un contrat de ville ?"
    )]
    pub reside_en_qpv: Option<bool>,
    /// `id` of the employing actor.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Employeur", description = "`id` de l'acteur employeur.")]
    pub employeur: Option<String>,
    /// QPV (or other priority territories) where the person acts.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(
        title = "Quartiers où intervient la personne",
        description = "QPV (ou autres territoires prioritaires) où la personne intervient."
    )]
    pub qpv: Vec<Territoire>,
}

vocabulary! {
    /// Legal ground on which a contrat de ville names a quartier de veille active [QVA-001].
    #[schemars(description = "Fondement juridique sur lequel un contrat de ville désigne un quartier de veille active [QVA-001].")]
    FondementVeille {
        /// Loi 2014-173 art. 13: in a politique de la ville zoning on 31 December 2014 and not a
        /// QPV from 1 January 2015.
        #[schemars(description = "Loi 2014-173, art. 13 : quartier situé dans un zonage de la politique de la ville au 31 décembre 2014 et qui n'est pas un QPV à compter du 1er janvier 2015.")]
        Art13 = "art13",
        /// A wider local definition chosen by the contract's partners.
        #[schemars(description = "Définition locale plus large, choisie par les partenaires du contrat.")]
        Local = "local",
    }
}

/// How a contrat de ville qualifies one of its quartiers de veille active [QVA-001].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "Qualification",
    description = "Façon dont un contrat de ville qualifie l'un de ses quartiers de veille active [QVA-001]."
)]
pub struct QualificationVeille {
    /// Name (or code) of the quartier, as written in `quartiers`.
    #[schemars(
        title = "Quartier",
        description = "Nom (ou code) du quartier, tel qu'écrit dans `quartiers`."
    )]
    pub quartier: String,
    /// Legal ground.
    #[schemars(title = "Fondement juridique", description = "Fondement juridique.")]
    pub fondement: FondementVeille,
}
