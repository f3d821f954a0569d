//! The entities of the référentiel.

use serde::Serialize;

/// Kind of a commune entry of the COG (the key of a commune is its code *and* its kind).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub enum TypeCommune {
    /// Commune actuelle (in force at the vintage).
    #[serde(rename = "commune-actuelle")]
    Actuelle,
    /// Arrondissement municipal (Paris, Lyon, Marseille).
    #[serde(rename = "arrondissement-municipal")]
    ArrondissementMunicipal,
    /// Commune déléguée of a commune nouvelle (often keeps the code of the commune nouvelle).
    #[serde(rename = "commune-deleguee")]
    Deleguee,
    /// Commune associée (fusion-association).
    #[serde(rename = "commune-associee")]
    Associee,
}

impl TypeCommune {
    /// From the compact format's letter.
    pub(crate) fn from_letter(s: &str) -> Option<TypeCommune> {
        match s {
            "a" => Some(TypeCommune::Actuelle),
            "m" => Some(TypeCommune::ArrondissementMunicipal),
            "d" => Some(TypeCommune::Deleguee),
            "s" => Some(TypeCommune::Associee),
            _ => None,
        }
    }
    /// From the npm package's `type` field.
    pub(crate) fn from_cog(s: &str) -> Option<TypeCommune> {
        match s {
            "commune-actuelle" => Some(TypeCommune::Actuelle),
            "arrondissement-municipal" => Some(TypeCommune::ArrondissementMunicipal),
            "commune-deleguee" => Some(TypeCommune::Deleguee),
            "commune-associee" => Some(TypeCommune::Associee),
            _ => None,
        }
    }
}

/// A commune (or arrondissement municipal, commune déléguée, commune associée).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Commune {
    /// INSEE code (5 characters, `2A004`, `97105`).
    pub code: String,
    /// Kind of entry.
    #[serde(rename = "type")]
    pub kind: TypeCommune,
    /// Official name with its article (`L'Abergement-Clémenciat`).
    pub nom: String,
    /// Département code.
    pub departement: String,
    /// Région code.
    pub region: String,
    /// SIREN of its EPCI à fiscalité propre (communes actuelles only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub epci: Option<String>,
    /// SIREN of the commune itself.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub siren: Option<String>,
    /// Municipal population as published with the vintage.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub population: Option<u64>,
    /// Former INSEE codes merged into it.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub anciens_codes: Vec<String>,
    /// For a déléguée/associée its commune nouvelle, for an arrondissement its commune.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parent: Option<String>,
}

/// Legal nature of an EPCI à fiscalité propre, as the DGCL list writes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub enum NatureEpci {
    /// Communauté de communes.
    #[serde(rename = "CC")]
    Cc,
    /// Communauté d'agglomération.
    #[serde(rename = "CA")]
    Ca,
    /// Communauté urbaine.
    #[serde(rename = "CU")]
    Cu,
    /// Métropole.
    #[serde(rename = "METRO")]
    Metro,
    /// Métropole de Lyon, a collectivité à statut particulier listed with the EPCI.
    #[serde(rename = "MET69")]
    Met69,
    /// Another nature found in an older vintage (e.g. syndicat d'agglomération nouvelle).
    #[serde(rename = "AUTRE")]
    Autre,
}

impl NatureEpci {
    /// From the DGCL/npm code.
    pub fn parse(s: &str) -> NatureEpci {
        match s {
            "CC" => NatureEpci::Cc,
            "CA" => NatureEpci::Ca,
            "CU" => NatureEpci::Cu,
            "METRO" | "ME" | "MET" => NatureEpci::Metro,
            "MET69" => NatureEpci::Met69,
            _ => NatureEpci::Autre,
        }
    }
    /// The code (`CC`, `CA`, `CU`, `METRO`, `MET69`, `AUTRE`).
    pub fn code(self) -> &'static str {
        match self {
            NatureEpci::Cc => "CC",
            NatureEpci::Ca => "CA",
            NatureEpci::Cu => "CU",
            NatureEpci::Metro => "METRO",
            NatureEpci::Met69 => "MET69",
            NatureEpci::Autre => "AUTRE",
        }
    }
    /// French label.
    pub fn label_fr(self) -> &'static str {
        match self {
            NatureEpci::Cc => "communauté de communes",
            NatureEpci::Ca => "communauté d'agglomération",
            NatureEpci::Cu => "communauté urbaine",
            NatureEpci::Metro => "métropole",
            NatureEpci::Met69 => "Métropole de Lyon (collectivité à statut particulier)",
            NatureEpci::Autre => "autre nature",
        }
    }
}

/// An EPCI à fiscalité propre.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Epci {
    /// SIREN (9 digits).
    pub siren: String,
    /// Name.
    pub nom: String,
    /// Legal nature.
    pub nature: NatureEpci,
    /// Tax regime (`FPU`, `FA`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub financement: Option<String>,
    /// Total population.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub population_totale: Option<u64>,
    /// Municipal population.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub population_municipale: Option<u64>,
    /// INSEE codes of its member communes, sorted.
    pub membres: Vec<String>,
}

/// An établissement public territorial of the Métropole du Grand Paris.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Ept {
    /// SIREN.
    pub siren: String,
    /// Name.
    pub nom: String,
    /// Total population.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub population_totale: Option<u64>,
    /// Municipal population.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub population_municipale: Option<u64>,
    /// INSEE codes of its member communes.
    pub membres: Vec<String>,
}

/// A département (or a COM entry of the COG, whose code is 3 characters).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Departement {
    /// Code (`01`, `2A`, `971`).
    pub code: String,
    /// Name.
    pub nom: String,
    /// Région code.
    pub region: String,
    /// Code of the chef-lieu commune.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub chef_lieu: String,
    /// `metro`, `drom` or `com`.
    pub zone: String,
}

/// A région (or a COM pseudo-région of the COG).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Region {
    /// Code (`32`, `01`…).
    pub code: String,
    /// Name.
    pub nom: String,
    /// Code of the chef-lieu commune.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub chef_lieu: String,
    /// `metro`, `drom` or `com`.
    pub zone: String,
}

/// Who signed a contrat de ville for the local authorities.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TypeSignataire {
    /// An EPCI (SIREN as of the signature).
    Epci,
    /// A commune (INSEE code).
    Commune,
}

/// A contrat de ville of the ANCT list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ContratDeVilleRef {
    /// ANCT code (`CV001`).
    pub code: String,
    /// Label (without its département prefix).
    pub label: String,
    /// SIREN of the signing EPCI (as of the signature) or INSEE code of the signing commune.
    pub signataire: String,
    /// Kind of signatory.
    pub signataire_type: TypeSignataire,
    /// Départements (two for a contract across a département border).
    pub departements: Vec<String>,
    /// Population living in its QPV (RP 2018).
    pub pop_qpv: u64,
    /// Whether the signatory exists in this référentiel's vintage.
    pub present: bool,
}

/// Generation of the priority-neighbourhood list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub enum GenerationQpv {
    /// List of 2015 (décrets 2014-1750 and 2014-1751), codes `QPdddnnn`.
    #[serde(rename = "2015")]
    G2015,
    /// List of 2024 (décret 2023-1314), codes `QNdddnnX`.
    #[serde(rename = "2024")]
    G2024,
}

impl GenerationQpv {
    /// The generation of a code, from its prefix.
    pub fn of_code(code: &str) -> Option<GenerationQpv> {
        if code.starts_with("QP") {
            Some(GenerationQpv::G2015)
        } else if code.starts_with("QN") {
            Some(GenerationQpv::G2024)
        } else {
            None
        }
    }
    /// `"2015"` or `"2024"`.
    pub fn label(self) -> &'static str {
        match self {
            GenerationQpv::G2015 => "2015",
            GenerationQpv::G2024 => "2024",
        }
    }
    pub(crate) fn parse(s: &str) -> Option<GenerationQpv> {
        match s {
            "2015" => Some(GenerationQpv::G2015),
            "2024" => Some(GenerationQpv::G2024),
            _ => None,
        }
    }
}

/// A quartier prioritaire de la politique de la ville.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Qpv {
    /// Code (`QP031001`, `QN07501M`).
    pub code: String,
    /// Name.
    pub nom: String,
    /// INSEE codes of its host communes.
    pub communes: Vec<String>,
    /// SIREN of its EPCI, as the source gives them (empty when the source has none).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub epci: Vec<String>,
    /// Département code.
    pub departement: String,
    /// Région code (from the département).
    pub region: String,
    /// Municipal population of the quartier, as the source gives it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub population: Option<u64>,
    /// Generation of the list.
    pub generation: GenerationQpv,
}

/// Which départements a loaded QPV list covers completely, for one generation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CouvertureQpv {
    /// Generation.
    pub generation: GenerationQpv,
    /// Whether the list is national (every département covered).
    pub nationale: bool,
    /// Départements covered when not national.
    pub departements: Vec<String>,
}

/// Where the data of a référentiel come from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Provenance {
    /// Vintage label (`COG 2026`).
    pub vintage: String,
    /// First day of the vintage.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub vintage_date: Option<crate::Date>,
    /// Licence and attribution.
    pub licence: String,
    /// Sources: (what, description).
    pub sources: Vec<(String, String)>,
    /// QPV coverage.
    pub couverture_qpv: Vec<CouvertureQpv>,
}

/// Counts of a référentiel's entities.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Comptes {
    /// Communes actuelles.
    pub communes_actuelles: usize,
    /// Every commune entry (actuelles, arrondissements, déléguées, associées).
    pub communes: usize,
    /// EPCI à fiscalité propre (Métropole de Lyon included).
    pub epci: usize,
    /// EPT.
    pub ept: usize,
    /// Départements (COM entries included).
    pub departements: usize,
    /// Régions (COM pseudo-régions included).
    pub regions: usize,
    /// Contrats de ville (distinct codes).
    pub contrats_de_ville: usize,
    /// QPV.
    pub qpv: usize,
}

/// One hit of a name search.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Resultat {
    /// Kind: `commune`, `arrondissement-municipal`, `commune-deleguee`, `commune-associee`,
    /// `epci`, `ept`, `departement`, `region`, `qpv`.
    #[serde(rename = "type")]
    pub kind: &'static str,
    /// Code.
    pub code: String,
    /// Name.
    pub nom: String,
    /// Département, when it has one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub departement: Option<String>,
    /// How it matched: `exact`, `prefixe`, `contient`.
    pub correspondance: &'static str,
}
