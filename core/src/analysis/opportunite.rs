//! Opportunity assessment of a démarche d'accompagnement: should it go ahead (`maintien`), be
//! postponed until a reliable window of opportunity is characterised (`report`), or be cancelled
//! with an advocacy follow-up (`annulation`)?
//!
//! The factors are those seed 000 weighs for the healthy-urbanism workshops of
//! Vitry-sur-Seine in spring 2020. Each factor is read into an [`Effet`] by fixed thresholds
//! (the constants below, documented in `docs/analyses.md`), then three ordered rules decide:
//!
//! 1. **annulation** when the political sponsorship is absent (`nul`), or when at least
//!    [`SEUIL_BLOQUANTS_ANNULATION`] factors are structural dead ends ([`Effet::Bloquant`]):
//!    waiting would not open a window;
//! 2. **maintien** when the window of opportunity is established: a sponsor at least `moyen`
//!    and stable, services available (availability at least `moyen`, no competing priority of
//!    intensity `fort`), enough time before the external deadline
//!    ([`DELAI_MINIMAL_JOURS`]), no dead end, and a weighted score of at least
//!    [`SCORE_MINIMAL_MAINTIEN`];
//! 3. **report** otherwise: the window is not solidly established but nothing shows it cannot
//!    open, so the process is postponed on condition of an exchange with the elected officials
//!    characterising a reliable window.
//!
//! ```
//! use territoire_sante::analysis::opportunite::evaluer;
//! use territoire_sante::model::{DemarcheAccompagnement, Scenario};
//! use territoire_sante::Locale;
//!
//! let d: DemarcheAccompagnement = serde_json::from_value(serde_json::json!({
//!     "facteurs": {
//!         "date_constat": "2020-04-30",
//!         "portage_politique": {"niveau": "moyen", "stable": false},
//!         "priorites_concurrentes": [{"nature": "crise_sanitaire_covid19", "intensite": "fort"}],
//!         "echeance_externe": {"date": "2020-06-30", "objet": "AMI"}
//!     }
//! }))?;
//! let avis = evaluer(&d, None, Locale::Fr)?;
//! assert_eq!(avis.recommandation, Scenario::Report);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use schemars::JsonSchema;
use serde::Serialize;

use crate::date::{Date, PartialDate};
use crate::error::Error;
use crate::model::{DemarcheAccompagnement, FacteursOpportunite, Niveau, Scenario};
use crate::report::Locale;

/// Days left before the external deadline under which the process cannot be prepared and
/// held in time (preparatory interviews, design, at least two workshops: about three months).
pub const DELAI_MINIMAL_JOURS: i64 = 90;
/// Days left before the deadline from which time is a resource rather than a constraint.
pub const DELAI_CONFORTABLE_JOURS: i64 = 180;
/// Share of requested interviews obtained (in %) from which engagement is favourable.
pub const TAUX_ENTRETIENS_FAVORABLE: u32 = 75;
/// Share of requested interviews obtained (in %) under which engagement is unfavourable.
pub const TAUX_ENTRETIENS_MINIMAL: u32 = 50;
/// Requests without any interview obtained that make the silence a dead end.
pub const DEMANDES_SANS_REPONSE_BLOQUANTES: u32 = 3;
/// Days of requests without any interview obtained that make the silence a dead end.
pub const SOLLICITATION_SANS_REPONSE_BLOQUANTE_JOURS: u32 = 60;
/// Dead ends ([`Effet::Bloquant`]) from which the process is cancelled.
pub const SEUIL_BLOQUANTS_ANNULATION: usize = 2;
/// Least weighted score for `maintien` (favourable factors at least balance the others).
pub const SCORE_MINIMAL_MAINTIEN: i32 = 0;

/// A factor of the assessment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Facteur {
    /// Political sponsorship and its stability.
    PortagePolitique,
    /// The services' own will to carry the process.
    PortageTechnique,
    /// Availability of the services.
    DisponibiliteServices,
    /// Priorities competing for the same services.
    PrioritesConcurrentes,
    /// Preparatory interviews requested vs obtained.
    Entretiens,
    /// External deadline vs time left.
    EcheanceExterne,
    /// Elected officials' understanding of the approach.
    ComprehensionElus,
    /// Alignment between the request and the executive's priorities.
    AlignementDemande,
}

impl Facteur {
    /// Every factor, in the order of the report.
    pub const ALL: [Facteur; 8] = [
        Facteur::PortagePolitique,
        Facteur::PortageTechnique,
        Facteur::DisponibiliteServices,
        Facteur::PrioritesConcurrentes,
        Facteur::Entretiens,
        Facteur::EcheanceExterne,
        Facteur::ComprehensionElus,
        Facteur::AlignementDemande,
    ];

    /// Weight in the score: political sponsorship first (the seed names it first and it is
    /// the window's cornerstone), the services' means and the calendar next, then the rest.
    pub fn poids(self) -> i32 {
        match self {
            Facteur::PortagePolitique => 3,
            Facteur::DisponibiliteServices
            | Facteur::PrioritesConcurrentes
            | Facteur::Entretiens
            | Facteur::EcheanceExterne
            | Facteur::AlignementDemande => 2,
            Facteur::PortageTechnique | Facteur::ComprehensionElus => 1,
        }
    }

    /// The JSON field of [`FacteursOpportunite`] it reads.
    pub fn champ(self) -> &'static str {
        match self {
            Facteur::PortagePolitique => "portage_politique",
            Facteur::PortageTechnique => "portage_technique",
            Facteur::DisponibiliteServices => "disponibilite_services",
            Facteur::PrioritesConcurrentes => "priorites_concurrentes",
            Facteur::Entretiens => "entretiens",
            Facteur::EcheanceExterne => "echeance_externe",
            Facteur::ComprehensionElus => "comprehension_elus",
            Facteur::AlignementDemande => "alignement_demande",
        }
    }

    /// Label in `locale`.
    pub fn label(self, locale: Locale) -> &'static str {
        let (fr, en) = match self {
            Facteur::PortagePolitique => ("portage politique", "political sponsorship"),
            Facteur::PortageTechnique => {
                ("portage par les services", "sponsorship by the services")
            }
            Facteur::DisponibiliteServices => {
                ("disponibilité des services", "availability of the services")
            }
            Facteur::PrioritesConcurrentes => ("priorités concurrentes", "competing priorities"),
            Facteur::Entretiens => ("entretiens préalables", "preparatory interviews"),
            Facteur::EcheanceExterne => ("échéance externe", "external deadline"),
            Facteur::ComprehensionElus => (
                "compréhension de la démarche par les élus",
                "elected officials' understanding of the approach",
            ),
            Facteur::AlignementDemande => (
                "alignement de la demande sur les priorités de l'exécutif",
                "alignment of the request with the executive's priorities",
            ),
        };
        tr(locale, fr, en)
    }
}

/// How a factor weighs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Effet {
    /// A structural dead end: waiting will not lift it.
    Bloquant,
    /// Unfavourable, but can change (a crisis ends, a sponsor is replaced, a deadline moves).
    Defavorable,
    /// Neither helps nor hinders.
    Neutre,
    /// Supports the process.
    Favorable,
}

impl Effet {
    /// Value multiplied by the factor's weight in the score.
    pub fn valeur(self) -> i32 {
        match self {
            Effet::Bloquant => -2,
            Effet::Defavorable => -1,
            Effet::Neutre => 0,
            Effet::Favorable => 1,
        }
    }

    /// Label in `locale`.
    pub fn label(self, locale: Locale) -> &'static str {
        match self {
            Effet::Bloquant => tr(locale, "bloquant", "dead end"),
            Effet::Defavorable => tr(locale, "défavorable", "unfavourable"),
            Effet::Neutre => tr(locale, "neutre", "neutral"),
            Effet::Favorable => tr(locale, "favorable", "favourable"),
        }
    }
}

/// One factor as read.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct FacteurEvalue {
    /// The factor.
    pub facteur: Facteur,
    /// Its label in the report's language.
    pub libelle: String,
    /// How it weighs.
    pub effet: Effet,
    /// Its weight.
    pub poids: i32,
    /// Weight × effect value.
    pub contribution: i32,
    /// Whether it decided the recommendation (a dead end for `annulation`, a missing
    /// condition of the window for `report`, a support for `maintien`).
    pub determinant: bool,
    /// What was observed and which threshold applied, in the report's language.
    pub constat: String,
}

/// The outcome of the assessment.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct AvisOpportunite {
    /// Identifier of the process, when the document has one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub demarche: Option<String>,
    /// Recommended scenario.
    pub recommandation: Scenario,
    /// Weighted score (sum of the contributions).
    pub score: i32,
    /// Date at which the factors are read (date of the observations, else the date asked).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date_reference: Option<PartialDate>,
    /// Why, in one sentence, in the report's language.
    pub motif: String,
    /// The reasons, determining factors first, in the report's language.
    pub raisons: Vec<String>,
    /// For `report`: the condition for resuming.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub condition: Option<String>,
    /// For `annulation`: the follow-up proposed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub suivi: Option<String>,
    /// Every factor informed, in a fixed order.
    pub facteurs: Vec<FacteurEvalue>,
    /// Factors not informed (their field names).
    pub non_renseignes: Vec<&'static str>,
    /// The decision recorded in the document, when there is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub decision_document: Option<Scenario>,
    /// Language of the texts.
    pub locale: Locale,
}

impl AvisOpportunite {
    /// The factor `f`, when informed.
    pub fn facteur(&self, f: Facteur) -> Option<&FacteurEvalue> {
        self.facteurs.iter().find(|x| x.facteur == f)
    }
    /// The determining factors.
    pub fn determinants(&self) -> impl Iterator<Item = &FacteurEvalue> {
        self.facteurs.iter().filter(|f| f.determinant)
    }
}

fn tr(locale: Locale, fr: &'static str, en: &'static str) -> &'static str {
    match locale {
        Locale::Fr => fr,
        Locale::En => en,
    }
}

fn niveau(n: Niveau, locale: Locale) -> &'static str {
    match n {
        Niveau::Nul => tr(locale, "nul", "none"),
        Niveau::Faible => tr(locale, "faible", "low"),
        Niveau::Moyen => tr(locale, "moyen", "medium"),
        Niveau::Fort => tr(locale, "fort", "strong"),
    }
}

/// Assesses a process. `as_of` is used when the factors carry no `date_constat`; without
/// either, today's date (when a clock is available) dates the deadline check.
///
/// Errors when no factor is informed: there is nothing to weigh.
pub fn evaluer(
    d: &DemarcheAccompagnement,
    as_of: Option<Date>,
    locale: Locale,
) -> Result<AvisOpportunite, Error> {
    let empty = FacteursOpportunite::default();
    let f = d.facteurs.as_ref().unwrap_or(&empty);
    let reference = f
        .date_constat
        .or(as_of.map(PartialDate::from))
        .or_else(|| Date::today().map(PartialDate::from));
    let mut lus: Vec<(Facteur, Effet, String)> = Vec::new();
    let mut non_renseignes = Vec::new();
    // Conditions of the window of opportunity that are not met.
    let mut manques: Vec<Facteur> = Vec::new();
    let l = locale;

    // Political sponsorship.
    match &f.portage_politique {
        Some(p) => {
            let instable = p.stable == Some(false);
            let (effet, constat) = if p.niveau == Niveau::Nul {
                (
                    Effet::Bloquant,
                    tr(
                        l,
                        "aucun élu ne porte la démarche",
                        "no elected official sponsors the process",
                    )
                    .to_string(),
                )
            } else if instable {
                (
                    Effet::Defavorable,
                    match l {
                        Locale::Fr => format!(
                            "portage {} mais instable : le porteur est sur le départ ou remplacé",
                            niveau(p.niveau, l)
                        ),
                        Locale::En => format!(
                            "{} sponsorship but unstable: the sponsor is leaving or being replaced",
                            niveau(p.niveau, l)
                        ),
                    },
                )
            } else {
                let effet = match p.niveau {
                    Niveau::Fort => Effet::Favorable,
                    Niveau::Moyen => Effet::Neutre,
                    _ => Effet::Defavorable,
                };
                (
                    effet,
                    match l {
                        Locale::Fr => format!(
                            "portage {}{}",
                            niveau(p.niveau, l),
                            if p.stable == Some(true) {
                                " et stable"
                            } else {
                                ""
                            }
                        ),
                        Locale::En => format!(
                            "{}{} sponsorship",
                            niveau(p.niveau, l),
                            if p.stable == Some(true) {
                                ", stable"
                            } else {
                                ""
                            }
                        ),
                    },
                )
            };
            if p.niveau < Niveau::Moyen || instable {
                manques.push(Facteur::PortagePolitique);
            }
            lus.push((Facteur::PortagePolitique, effet, constat));
        }
        None => {
            non_renseignes.push(Facteur::PortagePolitique.champ());
            manques.push(Facteur::PortagePolitique);
        }
    }

    // The services' own sponsorship: a support, never a dead end (the seed's annulation
    // scenario precisely keeps the health service's will alive through advocacy).
    match f.portage_technique {
        Some(n) => {
            let effet = if n >= Niveau::Moyen {
                Effet::Favorable
            } else {
                Effet::Defavorable
            };
            let constat = match l {
                Locale::Fr => format!(
                    "volonté de portage au sein des services de niveau {}",
                    niveau(n, l)
                ),
                Locale::En => format!(
                    "{} will to carry the process within the services",
                    niveau(n, l)
                ),
            };
            lus.push((Facteur::PortageTechnique, effet, constat));
        }
        None => non_renseignes.push(Facteur::PortageTechnique.champ()),
    }

    // Availability of the services.
    match f.disponibilite_services {
        Some(n) => {
            let effet = match n {
                Niveau::Fort => Effet::Favorable,
                Niveau::Moyen => Effet::Neutre,
                Niveau::Faible | Niveau::Nul => Effet::Defavorable,
            };
            if n < Niveau::Moyen {
                manques.push(Facteur::DisponibiliteServices);
            }
            let constat = match l {
                Locale::Fr => format!("disponibilité {}", niveau(n, l)),
                Locale::En => format!("{} availability", niveau(n, l)),
            };
            lus.push((Facteur::DisponibiliteServices, effet, constat));
        }
        None => non_renseignes.push(Facteur::DisponibiliteServices.champ()),
    }

    // Competing priorities: by nature temporary, so unfavourable at worst.
    match f.priorites_concurrentes.iter().map(|p| p.intensite).max() {
        Some(max) => {
            let mut natures: Vec<String> = f
                .priorites_concurrentes
                .iter()
                .map(|p| {
                    format!(
                        "{} ({})",
                        p.nature.chars().take(80).collect::<String>(),
                        niveau(p.intensite, l)
                    )
                })
                .collect();
            natures.dedup();
            let effet = if max == Niveau::Fort {
                manques.push(Facteur::PrioritesConcurrentes);
                Effet::Defavorable
            } else {
                Effet::Neutre
            };
            let constat = match (l, max == Niveau::Fort) {
                (Locale::Fr, true) => format!(
                    "{} : les services sont absorbés par une priorité plus urgente",
                    natures.join(", ")
                ),
                (Locale::En, true) => format!(
                    "{}: the services are absorbed by a more urgent priority",
                    natures.join(", ")
                ),
                (Locale::Fr, false) => {
                    format!("{} : n'absorbe pas les services", natures.join(", "))
                }
                (Locale::En, false) => {
                    format!("{}: does not absorb the services", natures.join(", "))
                }
            };
            lus.push((Facteur::PrioritesConcurrentes, effet, constat));
        }
        None => non_renseignes.push(Facteur::PrioritesConcurrentes.champ()),
    }

    // Preparatory interviews.
    match &f.entretiens {
        Some(e) if e.demandes > 0 => {
            let obtenus = e.obtenus.min(e.demandes);
            let taux = obtenus.saturating_mul(100) / e.demandes;
            let longue = e
                .duree_sollicitation_jours
                .is_some_and(|j| j >= SOLLICITATION_SANS_REPONSE_BLOQUANTE_JOURS);
            let effet =
                if obtenus == 0 && (e.demandes >= DEMANDES_SANS_REPONSE_BLOQUANTES || longue) {
                    Effet::Bloquant
                } else if taux >= TAUX_ENTRETIENS_FAVORABLE {
                    Effet::Favorable
                } else if taux >= TAUX_ENTRETIENS_MINIMAL {
                    Effet::Neutre
                } else {
                    Effet::Defavorable
                };
            let duree = match (l, e.duree_sollicitation_jours) {
                (Locale::Fr, Some(j)) => format!(" en {j} jours de sollicitation"),
                (Locale::En, Some(j)) => format!(" over {j} days of requests"),
                _ => String::new(),
            };
            let constat = match l {
                Locale::Fr => format!(
                    "{} obtenu(s) sur {} demandé(s){duree} ({taux} %)",
                    e.obtenus, e.demandes
                ),
                Locale::En => format!(
                    "{} obtained out of {} requested{duree} ({taux} %)",
                    e.obtenus, e.demandes
                ),
            };
            lus.push((Facteur::Entretiens, effet, constat));
        }
        Some(_) => lus.push((
            Facteur::Entretiens,
            Effet::Neutre,
            tr(l, "aucun entretien demandé", "no interview requested").to_string(),
        )),
        None => non_renseignes.push(Facteur::Entretiens.champ()),
    }

    // External deadline vs time left.
    match (&f.echeance_externe, reference) {
        (Some(e), Some(r)) => {
            // Dates known to the month or the year: the least time that may be left.
            let (reste, _) = r.days().days_until(e.date);
            let effet = if reste < DELAI_MINIMAL_JOURS {
                manques.push(Facteur::EcheanceExterne);
                Effet::Defavorable
            } else if reste < DELAI_CONFORTABLE_JOURS {
                Effet::Neutre
            } else {
                Effet::Favorable
            };
            let objet = e
                .objet
                .as_deref()
                .map(|o| format!(" ({})", o.chars().take(80).collect::<String>()))
                .unwrap_or_default();
            let constat = match (l, reste < 0) {
                (Locale::Fr, true) => format!("échéance{objet} du {} dépassée depuis {} jours", e.date, -reste),
                (Locale::En, true) => format!("deadline{objet} of {} passed {} days ago", e.date, -reste),
                (Locale::Fr, false) => format!(
                    "échéance{objet} le {} : {reste} jours restants (minimum {DELAI_MINIMAL_JOURS} pour préparer et tenir la démarche)",
                    e.date
                ),
                (Locale::En, false) => format!(
                    "deadline{objet} on {}: {reste} days left (at least {DELAI_MINIMAL_JOURS} needed to prepare and hold the process)",
                    e.date
                ),
            };
            lus.push((Facteur::EcheanceExterne, effet, constat));
        }
        (Some(_), None) | (None, _) => non_renseignes.push(Facteur::EcheanceExterne.champ()),
    }

    // Elected officials' understanding: the process itself is an acculturation, so a poor
    // understanding is what it sets out to change, never a dead end on its own.
    match f.comprehension_elus {
        Some(n) => {
            let effet = match n {
                Niveau::Fort => Effet::Favorable,
                Niveau::Moyen => Effet::Neutre,
                Niveau::Faible | Niveau::Nul => Effet::Defavorable,
            };
            let constat = match l {
                Locale::Fr => format!("compréhension {}", niveau(n, l)),
                Locale::En => format!("{} understanding", niveau(n, l)),
            };
            lus.push((Facteur::ComprehensionElus, effet, constat));
        }
        None => non_renseignes.push(Facteur::ComprehensionElus.champ()),
    }

    // Alignment: none at all means the executive's agenda leaves no room, whatever the wait.
    match f.alignement_demande {
        Some(n) => {
            let effet = match n {
                Niveau::Fort => Effet::Favorable,
                Niveau::Moyen => Effet::Neutre,
                Niveau::Faible => Effet::Defavorable,
                Niveau::Nul => Effet::Bloquant,
            };
            let constat = match l {
                Locale::Fr => format!(
                    "alignement {} entre la demande du service et les priorités de l'exécutif",
                    niveau(n, l)
                ),
                Locale::En => format!(
                    "{} alignment between the service's request and the executive's priorities",
                    niveau(n, l)
                ),
            };
            lus.push((Facteur::AlignementDemande, effet, constat));
        }
        None => non_renseignes.push(Facteur::AlignementDemande.champ()),
    }

    if lus.is_empty() {
        return Err(Error::Analysis(
            "aucun facteur d'opportunité renseigné (« facteurs ») : rien à évaluer".into(),
        ));
    }

    let score: i32 = lus.iter().map(|(fa, e, _)| fa.poids() * e.valeur()).sum();
    let bloquants: Vec<Facteur> = lus
        .iter()
        .filter(|(_, e, _)| *e == Effet::Bloquant)
        .map(|(fa, _, _)| *fa)
        .collect();
    let sans_portage = bloquants.contains(&Facteur::PortagePolitique);

    let (recommandation, determinants): (Scenario, Vec<Facteur>) =
        if sans_portage || bloquants.len() >= SEUIL_BLOQUANTS_ANNULATION {
            (Scenario::Annulation, bloquants.clone())
        } else if manques.is_empty() && bloquants.is_empty() && score >= SCORE_MINIMAL_MAINTIEN {
            (
                Scenario::Maintien,
                lus.iter()
                    .filter(|(_, e, _)| *e == Effet::Favorable)
                    .map(|(fa, _, _)| *fa)
                    .collect(),
            )
        } else {
            let mut det: Vec<Facteur> = manques.clone();
            det.extend(bloquants.iter().copied());
            if det.is_empty() {
                // Every condition holds but the balance is negative: the unfavourable factors
                // decide.
                det.extend(
                    lus.iter()
                        .filter(|(_, e, _)| *e < Effet::Neutre)
                        .map(|(fa, _, _)| *fa),
                );
            }
            (Scenario::Report, det)
        };

    let facteurs: Vec<FacteurEvalue> = lus
        .into_iter()
        .map(|(fa, effet, constat)| FacteurEvalue {
            facteur: fa,
            libelle: fa.label(l).to_string(),
            effet,
            poids: fa.poids(),
            contribution: fa.poids() * effet.valeur(),
            determinant: determinants.contains(&fa),
            constat,
        })
        .collect();

    // Reasons: determining factors (heaviest first), then the other unfavourable ones, then
    // the supports.
    let mut ordre: Vec<&FacteurEvalue> = facteurs.iter().collect();
    ordre.sort_by_key(|x| {
        (
            !x.determinant,
            x.effet == Effet::Favorable,
            x.contribution,
            x.facteur,
        )
    });
    let mut raisons: Vec<String> = ordre
        .iter()
        .filter(|x| x.effet != Effet::Neutre || x.determinant)
        .map(|x| {
            let marque = if x.determinant {
                tr(l, " [déterminant]", " [decisive]")
            } else {
                ""
            };
            let sep = tr(l, " : ", ": ");
            format!(
                "{} ({}){sep}{}{marque}",
                capitalise(&x.libelle),
                x.effet.label(l),
                x.constat
            )
        })
        .collect();
    if manques.contains(&Facteur::PortagePolitique) && f.portage_politique.is_none() {
        raisons.insert(
            0,
            tr(
                l,
                "Portage politique non renseigné : la fenêtre d'opportunité ne peut pas être caractérisée [déterminant]",
                "Political sponsorship not recorded: the window of opportunity cannot be characterised [decisive]",
            )
            .to_string(),
        );
    }

    let libelles =
        |fs: &[Facteur]| -> String { fs.iter().map(|x| x.label(l)).collect::<Vec<_>>().join(", ") };
    let (motif, condition, suivi) = match recommandation {
        Scenario::Annulation => (
            match l {
                Locale::Fr => format!(
                    "Annulation : obstacle(s) structurel(s) que l'attente ne lèvera pas ({}).",
                    libelles(&determinants)
                ),
                Locale::En => format!(
                    "Cancel: structural obstacle(s) that waiting will not lift ({}).",
                    libelles(&determinants)
                ),
            },
            None,
            Some(tr(
                l,
                "Proposer au service santé un suivi de sa volonté d'implication par un plaidoyer en interne.",
                "Offer the health service a follow-up of its will to get involved through internal advocacy.",
            ).to_string()),
        ),
        Scenario::Maintien => (
            match l {
                Locale::Fr => format!(
                    "Maintien : la fenêtre d'opportunité est établie (portage stable, services disponibles, délai suffisant ; score {score})."
                ),
                Locale::En => format!(
                    "Go ahead: the window of opportunity is established (stable sponsorship, available services, enough time; score {score})."
                ),
            },
            None,
            None,
        ),
        _ => (
            match l {
                Locale::Fr => format!(
                    "Report : la fenêtre d'opportunité n'est pas solidement établie ({}), mais aucun obstacle structurel ne montre qu'elle ne puisse pas s'ouvrir.",
                    libelles(&determinants)
                ),
                Locale::En => format!(
                    "Postpone: the window of opportunity is not solidly established ({}), but no structural obstacle shows that it cannot open.",
                    libelles(&determinants)
                ),
            },
            Some(tr(
                l,
                "Reprendre sous condition d'un échange avec les élus de la collectivité sur la caractérisation d'une fenêtre d'opportunité fiable.",
                "Resume on condition of an exchange with the local authority's elected officials characterising a reliable window of opportunity.",
            ).to_string()),
            None,
        ),
    };

    Ok(AvisOpportunite {
        demarche: d.id.clone(),
        recommandation,
        score,
        date_reference: reference,
        motif,
        raisons,
        condition,
        suivi,
        facteurs,
        non_renseignes,
        decision_document: d.decision.as_ref().map(|x| x.scenario),
        locale: l,
    })
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(first) => first.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// Renders an assessment for a terminal.
pub fn texte(a: &AvisOpportunite, nom: Option<&str>) -> String {
    let l = a.locale;
    let mut s = String::new();
    if let Some(n) = nom {
        s.push_str(&format!("{} {n}\n", tr(l, "Démarche :", "Process:")));
    }
    if let Some(d) = a.date_reference {
        s.push_str(&format!(
            "{} {d}\n",
            tr(l, "Facteurs lus au :", "Factors read on:")
        ));
    }
    s.push_str(&format!(
        "{} {} (score {})\n",
        tr(l, "Recommandation :", "Recommendation:"),
        scenario_label(a.recommandation, l).to_uppercase(),
        a.score
    ));
    s.push_str(&format!("  {}\n", a.motif));
    if let Some(c) = &a.condition {
        s.push_str(&format!("  {} {c}\n", tr(l, "Condition :", "Condition:")));
    }
    if let Some(c) = &a.suivi {
        s.push_str(&format!("  {} {c}\n", tr(l, "Suivi :", "Follow-up:")));
    }
    s.push_str(tr(l, "\nRaisons :\n", "\nReasons:\n"));
    for r in &a.raisons {
        s.push_str(&format!("  - {r}\n"));
    }
    s.push_str(tr(l, "\nFacteurs :\n", "\nFactors:\n"));
    let w = a
        .facteurs
        .iter()
        .map(|f| f.libelle.chars().count())
        .max()
        .unwrap_or(0);
    for f in &a.facteurs {
        let pad = w.saturating_sub(f.libelle.chars().count());
        s.push_str(&format!(
            "  {}{} {:<12} {:>+3}{}\n",
            f.libelle,
            " ".repeat(pad),
            f.effet.label(l),
            f.contribution,
            if f.determinant { " *" } else { "" }
        ));
    }
    if !a.non_renseignes.is_empty() {
        s.push_str(&format!(
            "  {} {}\n",
            tr(l, "non renseignés :", "not recorded:"),
            a.non_renseignes.join(", ")
        ));
    }
    s.push_str(tr(l, "  (* déterminant)\n", "  (* decisive)\n"));
    if let Some(d) = a.decision_document {
        let same = d == a.recommandation;
        s.push_str(&format!(
            "\n{} {} ({})\n",
            tr(
                l,
                "Décision consignée dans le document :",
                "Decision recorded in the document:"
            ),
            scenario_label(d, l),
            match (same, l) {
                (true, Locale::Fr) => "concorde",
                (true, Locale::En) => "agrees",
                (false, Locale::Fr) => "diffère",
                (false, Locale::En) => "differs",
            }
        ));
    }
    s
}

/// Label of a scenario in `locale`.
pub fn scenario_label(s: Scenario, l: Locale) -> &'static str {
    match s {
        Scenario::Maintien => tr(l, "maintien", "go ahead"),
        Scenario::Report => tr(l, "report", "postpone"),
        Scenario::Annulation => tr(l, "annulation", "cancel"),
    }
}
