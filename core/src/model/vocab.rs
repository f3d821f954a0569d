//! Closed vocabularies shared by several documents, and [`Code`], a value of a closed vocabulary
//! that still accepts an unknown word so that a rule (not the parser) can report it.

use schemars::JsonSchema;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A value of the closed vocabulary `T`, or a word outside it.
///
/// The JSON Schema is `T`'s (so forms only offer valid values), but the engine accepts any word
/// and lets a rule (e.g. `LIF-001` for statuts) say what is wrong and which words are allowed,
/// instead of rejecting the whole document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Code<T> {
    /// A word of the vocabulary.
    Known(T),
    /// A word outside the vocabulary, kept as written.
    Unknown(String),
}

impl<T> Code<T> {
    /// The known value, if any.
    pub fn known(&self) -> Option<&T> {
        match self {
            Code::Known(t) => Some(t),
            Code::Unknown(_) => None,
        }
    }
}

impl<T: Serialize> Serialize for Code<T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Code::Known(t) => t.serialize(s),
            Code::Unknown(w) => s.serialize_str(w),
        }
    }
}

impl<'de, T: serde::de::DeserializeOwned> Deserialize<'de> for Code<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        use serde::de::IntoDeserializer;
        let word = String::deserialize(d)?;
        let known: Result<T, serde::de::value::Error> =
            T::deserialize(word.as_str().into_deserializer());
        Ok(match known {
            Ok(t) => Code::Known(t),
            Err(_) => Code::Unknown(word),
        })
    }
}

impl<T: JsonSchema> JsonSchema for Code<T> {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        T::schema_name()
    }
    fn schema_id() -> std::borrow::Cow<'static, str> {
        T::schema_id()
    }
    fn json_schema(g: &mut schemars::SchemaGenerator) -> schemars::Schema {
        T::json_schema(g)
    }
}

/// Every word of a vocabulary enum, as written in JSON.
pub trait Vocabulary: Sized + 'static {
    /// All values, in declaration order.
    const ALL: &'static [Self];
    /// The JSON word.
    fn word(&self) -> &'static str;
}

macro_rules! vocabulary {
    ($(#[$m:meta])* $name:ident { $($(#[$vm:meta])* $var:ident = $w:literal),+ $(,)? }) => {
        // The derive comes first so that the caller's `#[schemars(...)]` follows it.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, ::serde::Serialize, ::serde::Deserialize, ::schemars::JsonSchema)]
        $(#[$m])*
        pub enum $name {
            $($(#[$vm])* #[serde(rename = $w)] $var),+
        }
        impl Vocabulary for $name {
            const ALL: &'static [Self] = &[$($name::$var),+];
            fn word(&self) -> &'static str {
                match self { $($name::$var => $w),+ }
            }
        }
        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result { f.write_str(self.word()) }
        }
    };
}
pub(crate) use vocabulary;

vocabulary! {
    /// Kind of territory a [`super::Territoire`] designates.
    #[schemars(description = "Type du territoire désigné.")]
    TypeTerritoire {
        /// Commune (code INSEE, 5 caractères).
        Commune = "commune",
        /// EPCI à fiscalité propre (SIREN, 9 chiffres).
        Epci = "epci",
        /// Établissement public territorial du Grand Paris (SIREN).
        Ept = "ept",
        /// Département (code INSEE).
        Departement = "departement",
        /// Région (code INSEE).
        Region = "region",
        /// Quartier prioritaire de la politique de la ville (QPxxxxxx ou QNxxxxxX).
        Qpv = "qpv",
        /// Quartier de veille active (pas de code national).
        QuartierVeille = "quartier_veille",
        /// Territoire de démocratie sanitaire (défini par arrêté du DG ARS).
        TerritoireDemocratieSanitaire = "territoire_democratie_sanitaire",
        /// Pays (loi 95-115 du 4 février 1995, art. 22) : SIREN de sa structure porteuse quand il
        /// en a une ; communes ou EPCI membres dans `membres`.
        Pays = "pays",
        /// Pôle d'équilibre territorial et rural (CGCT L5741-1), syndicat mixte d'EPCI : SIREN.
        Petr = "petr",
        /// Syndicat mixte (CGCT L5711-1, L5721-1), groupement de collectivités : SIREN.
        SyndicatMixte = "syndicat_mixte",
        /// Collectivité d'outre-mer (Constitution, art. 74) ou Nouvelle-Calédonie (titre XIII) :
        /// code du COG (975, 977, 978, 986, 987, 988).
        CollectiviteOutreMer = "collectivite_outre_mer",
        /// Regroupement nommé sans type dédié : bassin de vie, territoire de projet…
        Autre = "autre",
    }
}

vocabulary! {
    /// Nature of an [`super::Acteur`].
    #[schemars(description = "Nature d'un acteur.")]
    NatureActeur {
        /// Agence régionale de santé (siège).
        Ars = "ars",
        /// Délégation départementale (ou territoriale) de l'ARS.
        ArsDelegationDepartementale = "ars_delegation_departementale",
        /// Préfecture (préfet de département ou de région).
        Prefecture = "prefecture",
        /// Sous-préfecture.
        SousPrefecture = "sous_prefecture",
        /// Commune.
        Commune = "commune",
        /// EPCI à fiscalité propre.
        Epci = "epci",
        /// Établissement public territorial.
        Ept = "ept",
        /// Pôle d'équilibre territorial et rural (PETR).
        Petr = "petr",
        /// Pays, par sa structure porteuse (syndicat mixte, PETR, association…).
        Pays = "pays",
        /// Syndicat mixte.
        SyndicatMixte = "syndicat_mixte",
        /// Collectivité d'outre-mer (Saint-Martin, Saint-Barthélemy…) ou Nouvelle-Calédonie.
        CollectiviteOutreMer = "collectivite_outre_mer",
        /// Conseil départemental.
        Departement = "departement",
        /// Conseil régional.
        Region = "region",
        /// Caisse primaire d'assurance maladie.
        Cpam = "cpam",
        /// Mutualité sociale agricole.
        Msa = "msa",
        /// Caisse d'allocations familiales.
        Caf = "caf",
        /// Centre communal (ou intercommunal) d'action sociale.
        Ccas = "ccas",
        /// Centre hospitalier ou GHT.
        CentreHospitalier = "centre_hospitalier",
        /// Établissement de santé mentale / secteur de psychiatrie.
        Psychiatrie = "psychiatrie",
        /// Association.
        Association = "association",
        /// Association d'usagers ou de proches (santé mentale…).
        AssociationUsagers = "association_usagers",
        /// Conseil citoyen.
        ConseilCitoyen = "conseil_citoyen",
        /// Éducation nationale.
        EducationNationale = "education_nationale",
        /// Communauté professionnelle territoriale de santé.
        Cpts = "cpts",
        /// Maison de santé pluriprofessionnelle.
        Msp = "msp",
        /// Bailleur social.
        BailleurSocial = "bailleur_social",
        /// Caisse des dépôts / Banque des territoires.
        CaisseDesDepots = "caisse_des_depots",
        /// Agence nationale pour la rénovation urbaine.
        Anru = "anru",
        /// Agence nationale de la cohésion des territoires (ex-CGET).
        Anct = "anct",
        /// Observatoire régional de la santé.
        Ors = "ors",
        /// Centre de ressources politique de la ville (IREV…), IREPS, Promosanté…
        CentreRessources = "centre_ressources",
        /// Bureau d'études, prestataire.
        BureauEtudes = "bureau_etudes",
        /// Professionnel(s) de santé libéraux.
        ProfessionnelsSante = "professionnels_sante",
        /// Autre.
        Autre = "autre",
    }
}

impl NatureActeur {
    /// A collectivité territoriale or a groupement (what CLS-001 and CV-001 call for). A PETR
    /// is a syndicat mixte (CGCT L5741-1), itself a groupement de collectivités; a pays signs
    /// through its structure porteuse, counted as such.
    pub fn is_collectivite(self) -> bool {
        matches!(
            self,
            NatureActeur::Commune
                | NatureActeur::Epci
                | NatureActeur::Ept
                | NatureActeur::Petr
                | NatureActeur::Pays
                | NatureActeur::SyndicatMixte
                | NatureActeur::CollectiviteOutreMer
                | NatureActeur::Departement
                | NatureActeur::Region
        )
    }
    /// The ARS or one of its délégations.
    pub fn is_ars(self) -> bool {
        matches!(
            self,
            NatureActeur::Ars | NatureActeur::ArsDelegationDepartementale
        )
    }
    /// The State's representative in the territory.
    pub fn is_etat(self) -> bool {
        matches!(
            self,
            NatureActeur::Prefecture | NatureActeur::SousPrefecture
        )
    }
}

vocabulary! {
    /// Nature of a governance body ([`super::Instance`]).
    #[schemars(description = "Nature d'une instance de gouvernance.")]
    NatureInstance {
        /// Comité de pilotage.
        Copil = "copil",
        /// Comité technique.
        Cotech = "cotech",
        /// Groupe de travail thématique.
        GroupeDeTravail = "groupe_de_travail",
        /// Assemblée plénière.
        AssembleePleniere = "assemblee_pleniere",
        /// Bureau.
        Bureau = "bureau",
        /// Commission spécialisée en santé mentale (CTS).
        CommissionSpecialiseeSanteMentale = "commission_specialisee_sante_mentale",
        /// Formation spécifique d'expression des usagers (CTS).
        FormationUsagers = "formation_usagers",
        /// Comité de pilotage d'un projet de renouvellement urbain.
        CopilRenouvellementUrbain = "copil_renouvellement_urbain",
        /// Autre instance.
        Autre = "autre",
    }
}

vocabulary! {
    /// Meeting rhythm.
    #[schemars(description = "Rythme des réunions.")]
    Rythme {
        /// Chaque semaine.
        Hebdomadaire = "hebdomadaire",
        /// Chaque mois.
        Mensuel = "mensuel",
        /// Tous les deux mois.
        Bimestriel = "bimestriel",
        /// Chaque trimestre.
        Trimestriel = "trimestriel",
        /// Deux fois par an.
        Semestriel = "semestriel",
        /// Une fois par an.
        Annuel = "annuel",
        /// Sans rythme fixe.
        Ponctuel = "ponctuel",
    }
}

impl Rythme {
    /// Meetings a year (0 for `ponctuel`).
    pub fn per_year(self) -> u32 {
        match self {
            Rythme::Hebdomadaire => 52,
            Rythme::Mensuel => 12,
            Rythme::Bimestriel => 6,
            Rythme::Trimestriel => 4,
            Rythme::Semestriel => 2,
            Rythme::Annuel => 1,
            Rythme::Ponctuel => 0,
        }
    }
}

vocabulary! {
    /// Health themes seen in the seeds and official guidance.
    #[schemars(description = "Thèmes de santé relevés dans les documents étudiés et les guides officiels.")]
    Thematique {
        /// Accès aux soins (premier recours…).
        AccesAuxSoins = "acces_aux_soins",
        /// Accès aux droits (CSS, AME…).
        AccesAuxDroits = "acces_aux_droits",
        /// Prévention.
        Prevention = "prevention",
        /// Promotion de la santé.
        PromotionSante = "promotion_sante",
        /// Santé mentale.
        SanteMentale = "sante_mentale",
        /// Addictions et conduites à risque.
        Addictions = "addictions",
        /// Nutrition, alimentation.
        Nutrition = "nutrition",
        /// Activité physique, sport-santé.
        ActivitePhysique = "activite_physique",
        /// Santé-environnement, urbanisme favorable à la santé.
        SanteEnvironnement = "sante_environnement",
        /// Santé des enfants et des jeunes.
        EnfantsJeunes = "enfants_jeunes",
        /// Vie affective et sexuelle.
        VieAffectiveSexuelle = "vie_affective_sexuelle",
        /// Périnatalité, petite enfance.
        Perinatalite = "perinatalite",
        /// Bien vieillir, personnes âgées.
        BienVieillir = "bien_vieillir",
        /// Cancers et dépistages.
        CancersDepistages = "cancers_depistages",
        /// Maladies chroniques (diabète…).
        MaladiesChroniques = "maladies_chroniques",
        /// Risques cardio-vasculaires.
        CardioVasculaire = "cardio_vasculaire",
        /// Vaccination.
        Vaccination = "vaccination",
        /// Habitat indigne ou insalubre.
        HabitatIndigne = "habitat_indigne",
        /// Handicap.
        Handicap = "handicap",
        /// Accompagnement médico-social.
        MedicoSocial = "medico_social",
        /// Publics précaires, accompagnement social.
        Precarite = "precarite",
        /// Autre thème.
        Autre = "autre",
    }
}

vocabulary! {
    /// Degree of a participatory action, ordered (`informer < consulter < concerter <
    /// co_construire < co_decider`), per the ASV network's typology.
    #[schemars(description = "Degré d'une action participative, ordonné (`informer < consulter < concerter < co_construire < co_decider`), selon la typologie du réseau des ateliers santé ville.")]
    DegreParticipation {
        /// Communiquer, informer.
        Informer = "informer",
        /// Consulter, collecter l'avis.
        Consulter = "consulter",
        /// Concerter.
        Concerter = "concerter",
        /// Co-construire.
        CoConstruire = "co_construire",
        /// Co-décider.
        CoDecider = "co_decider",
    }
}

vocabulary! {
    /// Who is invited to take part (seed 003's "Qui ?").
    #[schemars(description = "Qui est invité à participer (le « Qui ? » de la synthèse de la rencontre du réseau des ateliers santé ville, IREV, 28 novembre 2019).")]
    PublicParticipation {
        /// Tous les habitants d'un quartier.
        TousHabitants = "tous_habitants",
        /// Les personnes les plus éloignées des services, « invisibles ».
        PersonnesEloignees = "personnes_eloignees",
        /// Bénévoles et volontaires relais (ambassadeurs santé…).
        BenevolesRelais = "benevoles_relais",
        /// Usagers d'un service.
        Usagers = "usagers",
        /// Publics spécifiques (jeunes, seniors…).
        PublicsSpecifiques = "publics_specifiques",
        /// Conseils citoyens, conseils de quartier, de jeunes.
        ConseilsCitoyens = "conseils_citoyens",
    }
}
