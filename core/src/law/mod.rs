//! The law the rules rest on: what a source is, how much it weighs, and the registry
//! (`law/sources.rs`, read through [`sources`] and [`source`]) where every source is defined once
//! and cited by reference.
//!
//! A source has an [`Authority`] (binding text, instruction, official guidance, official
//! reference data, field experience) that bounds the severity of any rule resting on it
//! (`docs/` legal layer, §2). The registry lives outside `rules/` because it is the law, not a
//! check: a maintainer reads a text's citation, identifier and in-force period in one place, and
//! every rule citing it follows.

use serde::Serialize;

use crate::report::{InForce, Locale, Severity};

pub(crate) mod sources;

/// Every source of the registry, in registry order.
pub fn sources() -> &'static [Source] {
    sources::ALL
}

/// The source of the registry with this id.
pub fn source(id: &str) -> Option<&'static Source> {
    sources::find(id)
}

/// What kind of text a source is; its [`Authority`] follows from it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SourceKind {
    /// A loi (or ordonnance).
    Loi,
    /// An article of a code (législatif or réglementaire).
    Code,
    /// A décret.
    Decret,
    /// An arrêté.
    Arrete,
    /// A ministerial instruction or circulaire.
    Circulaire,
    /// Guidance published by an ARS, the ANCT, a ministry, the HCSP, Santé publique France or a
    /// national resource centre (IREV, Fabrique Territoires Santé, centre national des CLSM…).
    Guide,
    /// Parliamentary work (report, amendment, written question): explains a text, binds no one.
    Parlement,
    /// Official reference data (INSEE's COG, the DGCL's lists, the ANCT's QPV files).
    Referentiel,
    /// A technical standard (RFC 8259, ISO 8601).
    Norme,
    /// The document model of this library (its JSON Schemas and conventions).
    Modele,
    /// Field experience: meeting reports, real contracts, the project's source documents.
    Terrain,
}

/// How much a source weighs; the highest severity a rule may have is its strongest source's
/// [`Authority::max_severity`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Authority {
    /// Field experience and good practice: at most an information.
    Field,
    /// Official reference data, technical standards and the document model: at most a warning.
    /// They establish facts (a code exists, a date is written so), not obligations: a document
    /// that contradicts them is wrongly described, not in breach of a text in force.
    Reference,
    /// Official guidance (ARS, ANCT, ministry, HCSP, national resource centres) and
    /// parliamentary work: at most a warning.
    Guidance,
    /// A State instruction or circulaire (droit souple): at most a warning.
    Instruction,
    /// A binding text (loi, ordonnance, décret, arrêté, article of a code): up to an error.
    Binding,
}

impl Authority {
    /// The highest severity a rule resting on a source of this authority may have.
    pub const fn max_severity(self) -> Severity {
        match self {
            Authority::Binding => Severity::Error,
            Authority::Instruction | Authority::Guidance | Authority::Reference => {
                Severity::Warning
            }
            Authority::Field => Severity::Information,
        }
    }

    /// The authority's name, as shown on rule pages.
    pub fn label(self, locale: Locale) -> &'static str {
        match (self, locale) {
            (Authority::Binding, Locale::Fr) => "texte contraignant",
            (Authority::Instruction, Locale::Fr) => "instruction ou circulaire",
            (Authority::Guidance, Locale::Fr) => "guide officiel",
            (Authority::Reference, Locale::Fr) => "référentiel officiel ou norme technique",
            (Authority::Field, Locale::Fr) => "expérience de terrain",
            (Authority::Binding, Locale::En) => "binding text",
            (Authority::Instruction, Locale::En) => "instruction or circular",
            (Authority::Guidance, Locale::En) => "official guidance",
            (Authority::Reference, Locale::En) => "official reference data or technical standard",
            (Authority::Field, Locale::En) => "field experience",
        }
    }
}

impl SourceKind {
    /// The authority of a source of this kind.
    pub const fn authority(self) -> Authority {
        match self {
            SourceKind::Loi | SourceKind::Code | SourceKind::Decret | SourceKind::Arrete => {
                Authority::Binding
            }
            SourceKind::Circulaire => Authority::Instruction,
            SourceKind::Guide | SourceKind::Parlement => Authority::Guidance,
            SourceKind::Referentiel | SourceKind::Norme | SourceKind::Modele => {
                Authority::Reference
            }
            SourceKind::Terrain => Authority::Field,
        }
    }

    /// The kind's name, as shown on rule pages.
    pub fn label(self, locale: Locale) -> &'static str {
        match (self, locale) {
            (SourceKind::Loi, Locale::Fr) => "loi",
            (SourceKind::Code, Locale::Fr) => "article de code",
            (SourceKind::Decret, Locale::Fr) => "décret",
            (SourceKind::Arrete, Locale::Fr) => "arrêté",
            (SourceKind::Circulaire, Locale::Fr) => "instruction / circulaire",
            (SourceKind::Guide, Locale::Fr) => "guide officiel",
            (SourceKind::Parlement, Locale::Fr) => "travaux parlementaires",
            (SourceKind::Referentiel, Locale::Fr) => "données de référence officielles",
            (SourceKind::Norme, Locale::Fr) => "norme technique",
            (SourceKind::Modele, Locale::Fr) => "modèle de document de territoire-sante",
            (SourceKind::Terrain, Locale::Fr) => "document de terrain",
            (SourceKind::Loi, Locale::En) => "law",
            (SourceKind::Code, Locale::En) => "code article",
            (SourceKind::Decret, Locale::En) => "decree",
            (SourceKind::Arrete, Locale::En) => "order (arrêté)",
            (SourceKind::Circulaire, Locale::En) => "instruction / circular",
            (SourceKind::Guide, Locale::En) => "official guidance",
            (SourceKind::Parlement, Locale::En) => "parliamentary work",
            (SourceKind::Referentiel, Locale::En) => "official reference data",
            (SourceKind::Norme, Locale::En) => "technical standard",
            (SourceKind::Modele, Locale::En) => "territoire-sante document model",
            (SourceKind::Terrain, Locale::En) => "field document",
        }
    }
}

/// Where a source's link leads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Link {
    /// No official online copy could be verified (see the source's note).
    None,
    /// The cited text or article itself, on its official publisher.
    Exact(&'static str),
    /// The text or code that contains the cited provision (a law's JORFTEXT, a code's
    /// LEGITEXT), because the provision's own identifier could not be verified.
    Container(&'static str),
}

impl Link {
    /// The address, if any.
    pub const fn url(self) -> Option<&'static str> {
        match self {
            Link::None => None,
            Link::Exact(u) | Link::Container(u) => Some(u),
        }
    }
}

/// A source's note (what could not be verified), kept only with the `documentation-regles`
/// feature, like the rules' documentation texts; evaluated at compile time, so that without the
/// feature the text never reaches the binary.
pub(crate) const fn note(text: &'static str) -> Option<&'static str> {
    if cfg!(feature = "documentation-regles") {
        Some(text)
    } else {
        None
    }
}

/// A source's secondary copies ("voir aussi"), kept only with the `documentation-regles`
/// feature (see [`note`]).
pub(crate) const fn see_also(urls: &'static [&'static str]) -> &'static [&'static str] {
    if cfg!(feature = "documentation-regles") {
        urls
    } else {
        &[]
    }
}

/// A source of the rules, defined once in [`sources`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Source {
    /// Stable identifier in the registry (`csp-l1434-10`).
    pub id: &'static str,
    /// Official citation: type, number, date, article (`Code de la santé publique, art. L1434-10`).
    pub label: &'static str,
    /// What kind of text it is.
    pub kind: SourceKind,
    /// Official identifier (LEGIARTI, LEGITEXT, JORFTEXT, NOR, ELI), when verified.
    pub identifier: Option<&'static str>,
    /// Period in which the text is in force ([`InForce::ALWAYS`] when not stated).
    pub in_force: InForce,
    /// Link to the official publisher.
    pub link: Link,
    /// Secondary copies or commentaries ("voir aussi"), never the basis.
    pub see_also: &'static [&'static str],
    /// What could not be verified, or what the link shows instead of the cited provision.
    pub note: Option<&'static str>,
}

impl Source {
    /// A source with only an identifier, a label and a kind; the registry fills the rest with
    /// struct update syntax.
    pub(crate) const fn base(id: &'static str, label: &'static str, kind: SourceKind) -> Source {
        Source {
            id,
            label,
            kind,
            identifier: None,
            in_force: InForce::ALWAYS,
            link: Link::None,
            see_also: &[],
            note: None,
        }
    }
    /// The link to the official publisher, if any.
    pub const fn url(&self) -> Option<&'static str> {
        self.link.url()
    }
    /// How much the source weighs.
    pub const fn authority(&self) -> Authority {
        self.kind.authority()
    }
}

/// Hosts allowed as the basis of a rule (the link of a source), with why. Any other host may
/// appear only in "voir aussi".
pub(crate) const ALLOWED_HOSTS: &[(&str, &str)] = &[
    (
        "legifrance.gouv.fr",
        "Légifrance (DILA): laws, codes, JORF, circulaires site",
    ),
    ("sante.gouv.fr", "ministry of health, its Bulletin officiel"),
    (
        "solidarites-sante.gouv.fr",
        "ministry of health, its Bulletin officiel (former address)",
    ),
    (
        "ars.sante.fr",
        "the agences régionales de santé (one subdomain each)",
    ),
    (
        "anct.gouv.fr",
        "Agence nationale de la cohésion des territoires",
    ),
    (
        "agence-cohesion-territoires.gouv.fr",
        "ANCT (former address)",
    ),
    (
        "cohesion-territoires.gouv.fr",
        "ministry in charge of the cohésion des territoires",
    ),
    (
        "ville.gouv.fr",
        "ministry in charge of the ville, SIG ville",
    ),
    ("insee.fr", "INSEE: Code officiel géographique, definitions"),
    (
        "data.gouv.fr",
        "the State's open data platform (datasets of the ANCT, INSEE, DGCL)",
    ),
    (
        "collectivites-locales.gouv.fr",
        "DGCL: lists of groupements",
    ),
    ("santepubliquefrance.fr", "Santé publique France, its BEH"),
    ("hcsp.fr", "Haut Conseil de la santé publique"),
    (
        "service-public.fr",
        "the State's official information site (DILA)",
    ),
    (
        "senat.fr",
        "Sénat: reports, amendments, written questions (parliamentary work)",
    ),
    (
        "assemblee-nationale.fr",
        "Assemblée nationale: amendments, reports (parliamentary work)",
    ),
    (
        "irev.fr",
        "IREV, centre de ressources politique de la ville Hauts-de-France",
    ),
    (
        "resovilles.com",
        "Réseau national des centres de ressources politique de la ville",
    ),
    (
        "fabrique-territoires-sante.org",
        "Fabrique Territoires Santé, national resource centre",
    ),
    (
        "ressources-clsm.org",
        "Centre national de ressources et d'appui aux CLSM",
    ),
    ("rfc-editor.org", "the RFC Editor (RFC 8259)"),
    ("iso.org", "ISO (ISO 8601)"),
];

/// The host of `url` (`https://www.paca.ars.sante.fr/x` → `www.paca.ars.sante.fr`).
#[cfg(test)]
pub(crate) fn host(url: &str) -> Option<&str> {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))?;
    let end = rest.find(['/', '?', '#', ':']).unwrap_or(rest.len());
    rest.get(..end).filter(|h| !h.is_empty())
}

/// Whether `url` is on an allowed host or one of its subdomains (see [`ALLOWED_HOSTS`]).
#[cfg(test)]
pub(crate) fn is_allowed_basis(url: &str) -> bool {
    host(url).is_some_and(|h| {
        ALLOWED_HOSTS.iter().any(|(allowed, _)| {
            h == *allowed
                || h.strip_suffix(allowed)
                    .is_some_and(|sub| sub.ends_with('.') && sub.len() > 1)
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hosts_are_matched_exactly_or_as_subdomains() {
        assert!(is_allowed_basis("https://www.legifrance.gouv.fr/loda/id/X"));
        assert!(is_allowed_basis("https://circulaire.legifrance.gouv.fr/x"));
        assert!(is_allowed_basis("https://www.paca.ars.sante.fr/x"));
        assert!(is_allowed_basis("https://irev.fr/node/1"));
        assert!(!is_allowed_basis("https://www.doctrine.fr/l/texts"));
        assert!(!is_allowed_basis("https://notlegifrance.gouv.fr/x"));
        assert!(!is_allowed_basis(
            "https://legifrance.gouv.fr.example.com/x"
        ));
        assert!(!is_allowed_basis("legifrance.gouv.fr/x"));
        assert_eq!(host("http://a.b:8080/x"), Some("a.b"));
    }

    #[test]
    fn authority_bounds_are_ordered() {
        assert_eq!(Authority::Binding.max_severity(), Severity::Error);
        assert_eq!(Authority::Instruction.max_severity(), Severity::Warning);
        assert_eq!(Authority::Guidance.max_severity(), Severity::Warning);
        assert_eq!(Authority::Reference.max_severity(), Severity::Warning);
        assert_eq!(Authority::Field.max_severity(), Severity::Information);
        assert!(Authority::Binding > Authority::Instruction);
        assert!(Authority::Instruction > Authority::Guidance);
        assert!(Authority::Guidance > Authority::Field);
    }
}
