//! Démarche d'accompagnement (ateliers UFS, EIS…), as in seed 000 (Vitry-sur-Seine, 2020-21).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::common::*;
use super::vocab::*;
use crate::date::PartialDate;

vocabulary! {
    /// A four-step ordinal level used by the opportunity factors.
    #[schemars(description = "Niveau ordinal à quatre degrés, utilisé par les facteurs d'opportunité.")]
    Niveau {
        /// Absent, nul.
        Nul = "nul",
        /// Faible.
        Faible = "faible",
        /// Moyen.
        Moyen = "moyen",
        /// Fort.
        Fort = "fort",
    }
}

vocabulary! {
    /// Scenario for an accompaniment process [UFS-001].
    #[schemars(description = "Scénario pour une démarche d'accompagnement [UFS-001].")]
    Scenario {
        /// Maintenir la démarche.
        Maintien = "maintien",
        /// La reporter, sous condition d'une fenêtre d'opportunité fiable.
        Report = "report",
        /// L'annuler, avec un suivi (plaidoyer interne).
        Annulation = "annulation",
    }
}

vocabulary! {
    /// Nature of an accompaniment process.
    #[schemars(description = "Nature d'une démarche d'accompagnement.")]
    NatureDemarche {
        /// Ateliers de sensibilisation à l'urbanisme favorable à la santé.
        Ufs = "ufs",
        /// Évaluation d'impact sur la santé.
        Eis = "eis",
        /// Accompagnement méthodologique d'un CLS, d'un ASV…
        AccompagnementMethodologique = "accompagnement_methodologique",
        /// Autre.
        Autre = "autre",
    }
}

vocabulary! {
    /// A service of the collectivité involved in a process [UFS-001].
    #[schemars(description = "Un service de la collectivité associé à une démarche [UFS-001].")]
    ServiceCollectivite {
        /// Service santé (or hygiène-santé).
        #[schemars(description = "Service santé (ou hygiène-santé).")]
        Sante = "sante",
        /// Service urbanisme.
        Urbanisme = "urbanisme",
        /// Urban renewal (NPRU) team.
        #[schemars(description = "Équipe du renouvellement urbain (NPRU).")]
        RenouvellementUrbain = "renouvellement_urbain",
        /// Environment service.
        #[schemars(description = "Service environnement.")]
        Environnement = "environnement",
        /// Another service.
        #[schemars(description = "Autre service.")]
        Autre = "autre",
    }
}

/// Political sponsorship.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "Portage politique", description = "Portage politique.")]
pub struct PortagePolitique {
    /// Strength of the sponsorship.
    #[schemars(title = "Force du portage", description = "Force du portage.")]
    pub niveau: Niveau,
    /// Whether the sponsor is stable (`false`: leaving, being replaced).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "Stable",
        description = "Le porteur est-il stable (`false` : départ, remplacement en cours) ?"
    )]
    pub stable: Option<bool>,
}

/// A priority competing for the same services (a health crisis…).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "Priorité concurrente",
    description = "Une priorité qui mobilise les mêmes services (une crise sanitaire…)."
)]
pub struct PrioriteConcurrente {
    /// What it is (`"crise_sanitaire_covid19"`…).
    #[schemars(
        title = "Nature",
        description = "De quoi il s'agit (`\"crise_sanitaire_covid19\"`…)."
    )]
    pub nature: String,
    /// How much it absorbs the services.
    #[schemars(
        title = "Intensité",
        description = "À quel point elle absorbe les services."
    )]
    pub intensite: Niveau,
}

/// Preparatory interviews requested and obtained.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "Entretiens",
    description = "Entretiens préparatoires demandés et obtenus."
)]
pub struct Entretiens {
    /// Interviews requested.
    #[schemars(title = "Entretiens demandés", description = "Entretiens demandés.")]
    pub demandes: u32,
    /// Interviews obtained (held or scheduled).
    #[schemars(
        title = "Entretiens obtenus",
        description = "Entretiens obtenus (tenus ou programmés)."
    )]
    pub obtenus: u32,
    /// Days spent requesting them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "Durée de sollicitation (jours)",
        description = "Jours passés à les solliciter."
    )]
    pub duree_sollicitation_jours: Option<u32>,
}

/// An external deadline the process must meet (a call for projects, an ANRU review…).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "Échéance",
    description = "Une échéance extérieure que la démarche doit respecter (un appel à projets, une revue de l'ANRU…)."
)]
pub struct Echeance {
    /// Deadline.
    #[schemars(title = "Échéance", description = "Échéance.")]
    pub date: PartialDate,
    /// What it is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Objet", description = "De quoi il s'agit.")]
    pub objet: Option<String>,
}

/// The factors an opportunity assessment weighs (seed 000).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "Facteurs d'opportunité",
    description = "Les facteurs que pèse une analyse d'opportunité (démarche de Vitry-sur-Seine, 2020-2021)."
)]
pub struct FacteursOpportunite {
    /// Date at which the factors were observed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "Date du constat",
        description = "Date à laquelle les facteurs ont été constatés."
    )]
    pub date_constat: Option<PartialDate>,
    /// Political sponsorship and its stability.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "Portage politique",
        description = "Portage politique et sa stabilité."
    )]
    pub portage_politique: Option<PortagePolitique>,
    /// Will of the services themselves (health, urbanism) to carry the process, independently
    /// of the elected officials (seed 000: « la volonté de portage du projet en interne »).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "Portage technique",
        description = "Volonté des services eux-mêmes (santé, urbanisme) de porter la démarche, indépendamment des élus (démarche de Vitry-sur-Seine, 2020-2021 : « la volonté de portage du projet en interne »)."
    )]
    pub portage_technique: Option<Niveau>,
    /// Availability of the services.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "Disponibilité des services",
        description = "Disponibilité des services."
    )]
    pub disponibilite_services: Option<Niveau>,
    /// Competing priorities.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(
        title = "Priorités concurrentes",
        description = "Priorités concurrentes."
    )]
    pub priorites_concurrentes: Vec<PrioriteConcurrente>,
    /// Preparatory interviews.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "Entretiens préparatoires",
        description = "Entretiens préparatoires."
    )]
    pub entretiens: Option<Entretiens>,
    /// External deadline.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Échéance externe", description = "Échéance extérieure.")]
    pub echeance_externe: Option<Echeance>,
    /// Elected officials' understanding of the approach.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "Compréhension de la démarche par les élus",
        description = "Compréhension de la démarche par les élus."
    )]
    pub comprehension_elus: Option<Niveau>,
    /// Alignment between the health service's request and the executive's priorities.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "Alignement de la demande sur les priorités de l'exécutif",
        description = "Accord entre la demande du service santé et les priorités de l'exécutif."
    )]
    pub alignement_demande: Option<Niveau>,
}

/// A dated milestone.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "Jalon", description = "Un jalon daté.")]
pub struct Jalon {
    /// Date.
    #[schemars(title = "Date", description = "Date du jalon.")]
    pub date: PartialDate,
    /// What happened.
    #[schemars(title = "Intitulé", description = "Ce qui a eu lieu.")]
    pub intitule: String,
    /// Whether it took place (`false`: planned).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Réalisé", description = "A-t-il eu lieu (`false` : prévu) ?")]
    pub realise: Option<bool>,
}

/// The urban project the process is linked to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "Projet urbain",
    description = "Le projet urbain auquel la démarche est liée."
)]
pub struct ProjetUrbain {
    /// Nature (`"npru"`, `"zac"`…).
    #[schemars(title = "Nature", description = "Nature (`\"npru\"`, `\"zac\"`…).")]
    pub nature: String,
    /// Name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Nom", description = "Nom du projet.")]
    pub nom: Option<String>,
    /// QPV concerned.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(title = "Quartier prioritaire concerné", description = "QPV concerné.")]
    pub qpv: Vec<Territoire>,
    /// `id`s of the actors who signed the NPNRU protocole de préfiguration [NPRU-001].
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(
        title = "Signataires du protocole de préfiguration",
        description = "`id` des acteurs signataires du protocole de préfiguration NPNRU [NPRU-001]."
    )]
    pub signataires_protocole: Vec<String>,
    /// Whether a maison du projet is open [NPRU-001].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "Maison du projet ouverte",
        description = "Une maison du projet est-elle ouverte ? [NPRU-001]"
    )]
    pub maison_du_projet: Option<bool>,
}

/// The decision taken.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "Décision", description = "La décision prise.")]
pub struct Decision {
    /// Scenario chosen.
    #[schemars(title = "Scénario retenu", description = "Scénario retenu.")]
    pub scenario: Scenario,
    /// Date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Date", description = "Date de la décision.")]
    pub date: Option<PartialDate>,
    /// Condition (for `report`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Condition", description = "Condition (pour un `report`).")]
    pub condition: Option<String>,
    /// Follow-up (for `annulation`: advocacy…).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "Suites données",
        description = "Suites (pour une `annulation` : plaidoyer…)."
    )]
    pub suivi: Option<String>,
}

/// An accompaniment process.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(description = "Une démarche d'accompagnement.")]
pub struct DemarcheAccompagnement {
    /// Identifier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "Identifiant",
        description = "Identifiant du document, libre ; le rapport de validation le reprend (`document_id`)."
    )]
    pub id: Option<String>,
    /// Name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Nom", description = "Nom de la démarche.")]
    pub nom: Option<String>,
    /// Nature.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "Nature",
        description = "Nature de la démarche (ateliers de sensibilisation à l'urbanisme favorable à la santé, évaluation d'impact sur la santé, accompagnement méthodologique…)."
    )]
    pub nature: Option<NatureDemarche>,
    /// Actors named in the document.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(
        title = "Acteurs",
        description = "Organisations nommées dans le document."
    )]
    pub acteurs: Vec<Acteur>,
    /// `id` of the commissioning actor.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "Commanditaire",
        description = "`id` de l'acteur commanditaire."
    )]
    pub commanditaire: Option<String>,
    /// `id` of the provider.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Prestataire", description = "`id` du prestataire.")]
    pub prestataire: Option<String>,
    /// `id` of the collectivité accompanied.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "Collectivité bénéficiaire",
        description = "`id` de la collectivité accompagnée."
    )]
    pub beneficiaire: Option<String>,
    /// Territory.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Territoire", description = "Territoire de la démarche.")]
    pub territoire: Option<Territoire>,
    /// Linked urban project [UFS-001].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Projet urbain", description = "Projet urbain lié [UFS-001].")]
    pub projet_urbain: Option<ProjetUrbain>,
    /// Period of the process (or of the public contract).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "Période",
        description = "Période de la démarche (ou du marché public)."
    )]
    pub periode: Option<Periode>,
    /// Milestones.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(title = "Jalons", description = "Jalons.")]
    pub jalons: Vec<Jalon>,
    /// Constraints observed, as written.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(
        title = "Contraintes",
        description = "Contraintes constatées, telles qu'écrites."
    )]
    pub contraintes: Vec<String>,
    /// Observations, as written.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(title = "Constats", description = "Constats, tels qu'écrits.")]
    pub constats: Vec<String>,
    /// Factors for the opportunity assessment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "Facteurs d'opportunité",
        description = "Facteurs de l'avis d'opportunité."
    )]
    pub facteurs: Option<FacteursOpportunite>,
    /// Scenarios considered.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(title = "Scénarios envisagés", description = "Scénarios envisagés.")]
    pub scenarios: Vec<Scenario>,
    /// Decision taken.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Décision", description = "Décision prise.")]
    pub decision: Option<Decision>,
    /// For an EIS: the policy or project assessed, populations, recommendations [EIS-001].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "Objet évalué (EIS)",
        description = "Pour une EIS : la politique ou le projet évalué, les populations, les recommandations [EIS-001]."
    )]
    pub objet_evalue: Option<String>,
    /// Population groups considered (EIS equity).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(
        title = "Populations considérées",
        description = "Groupes de population considérés (équité de l'EIS)."
    )]
    pub populations: Vec<String>,
    /// Recommendations produced.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(title = "Recommandations", description = "Recommandations produites.")]
    pub recommandations: Vec<String>,
    /// Services of the collectivité involved [UFS-001].
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(
        title = "Services de la collectivité",
        description = "Services de la collectivité impliqués [UFS-001]."
    )]
    pub services: Vec<ServiceCollectivite>,
}
