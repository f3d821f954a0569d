//! DQ-*: data quality — dates in order, instruments cited after they existed, references to
//! declared actors.

use super::util;
use super::*;
use crate::model::{Document, DocumentKind, NatureActeur, TypeTerritoire};
use crate::pointer;
use crate::report::{Category, InForce, Severity};

mod dq_001;
mod dq_002;
mod dq_003;
mod dq_004;
mod dq_005;
mod dq_006;

pub use dq_001::DQ_001;
pub use dq_002::DQ_002;
pub use dq_003::DQ_003;
pub use dq_004::DQ_004;
pub use dq_005::DQ_005;
pub use dq_006::DQ_006;

fn creation(kind: DocumentKind) -> Option<(Date, &'static str)> {
    Some(match kind {
        DocumentKind::ContratLocalSante => (params::CLS_CREATION.value, "loi HPST"),
        DocumentKind::ContratDeVille => (
            params::entry_into_force(&sources::LOI_2014_173),
            "loi n° 2014-173",
        ),
        DocumentKind::ConseilCitoyen => (
            params::entry_into_force(&sources::LOI_2014_173),
            "loi n° 2014-173",
        ),
        DocumentKind::ConseilTerritorialSante => {
            (params::SANTE_2016_DEPUIS.value, "loi n° 2016-41")
        }
        DocumentKind::ProjetTerritorialSanteMentale => {
            (params::SANTE_2016_DEPUIS.value, "loi n° 2016-41")
        }
        DocumentKind::AtelierSanteVille => (
            params::entry_into_force(&sources::CIRC_ASV_2000),
            "circulaire du 13 juin 2000",
        ),
        _ => return None,
    })
}

/// What [`for_each_reference`] calls for each reference: the actor's id, and its path.
pub type ReferenceVisitor<'a, 'v> = dyn FnMut(&'a str, &dyn Fn() -> String) + 'v;

/// Calls `visit` with every reference to an actor in a document, in document order. The path
/// is rendered only when asked for: DQ-005 needs it only for an undeclared actor.
pub fn for_each_reference<'a>(doc: &'a Document, visit: &mut ReferenceVisitor<'a, '_>) {
    type Visit<'a, 'v, 'w> = &'w mut ReferenceVisitor<'a, 'v>;
    fn at(p: &'static str) -> impl Fn() -> String {
        move || p.to_string()
    }
    fn opt<'a>(v: Visit<'a, '_, '_>, p: &dyn Fn() -> String, id: &'a Option<String>) {
        if let Some(x) = id {
            v(x.as_str(), p);
        }
    }
    fn list<'a>(v: Visit<'a, '_, '_>, p: &dyn Fn() -> String, ids: &'a [String]) {
        for (i, x) in ids.iter().enumerate() {
            v(x.as_str(), &|| pointer::push_index(&p(), i));
        }
    }
    fn instances<'a>(v: Visit<'a, '_, '_>, p: &str, xs: &'a [crate::model::Instance]) {
        for (i, x) in xs.iter().enumerate() {
            list(v, &|| format!("{p}/{i}/presidence"), &x.presidence);
            list(v, &|| format!("{p}/{i}/membres"), &x.membres);
        }
    }
    fn signatures<'a>(v: Visit<'a, '_, '_>, xs: &'a [crate::model::Signataire]) {
        for (i, s) in xs.iter().enumerate() {
            v(s.acteur.as_str(), &|| format!("/signataires/{i}/acteur"));
        }
    }
    fn actions<'a>(v: Visit<'a, '_, '_>, xs: &'a [crate::model::Action]) {
        for (i, a) in xs.iter().enumerate() {
            opt(v, &|| format!("/actions/{i}/pilote"), &a.pilote);
            list(v, &|| format!("/actions/{i}/partenaires"), &a.partenaires);
            for (j, f) in a.financements.iter().enumerate() {
                v(f.acteur.as_str(), &|| {
                    format!("/actions/{i}/financements/{j}/acteur")
                });
            }
        }
    }
    let v = visit;
    match doc {
        Document::ContratLocalSante(d) => {
            opt(v, &at("/porteur"), &d.porteur);
            signatures(v, &d.signataires);
            instances(v, "/gouvernance", &d.gouvernance);
            actions(v, &d.actions);
            if let Some(c) = &d.coordination {
                opt(v, &at("/coordination/employeur"), &c.employeur);
            }
        }
        Document::ContratDeVille(d) => {
            opt(v, &at("/porteur"), &d.porteur);
            signatures(v, &d.signataires);
            instances(v, "/gouvernance", &d.gouvernance);
            if let Some(vs) = &d.volet_sante {
                opt(v, &at("/volet_sante/referent_ars"), &vs.referent_ars);
                if let Some(c) = &vs.copil {
                    list(v, &at("/volet_sante/copil/presidence"), &c.presidence);
                    list(v, &at("/volet_sante/copil/membres"), &c.membres);
                }
            }
        }
        Document::ConseilCitoyen(d) => {
            opt(v, &at("/structure_porteuse"), &d.structure_porteuse);
            list(v, &at("/membres_acteurs_locaux"), &d.membres_acteurs_locaux);
        }
        Document::AtelierSanteVille(d) => {
            opt(v, &at("/porteur"), &d.porteur);
            if let Some(c) = &d.coordination {
                opt(v, &at("/coordination/employeur"), &c.employeur);
            }
            for (i, a) in d.adultes_relais.iter().enumerate() {
                opt(
                    v,
                    &|| format!("/adultes_relais/{i}/employeur"),
                    &a.employeur,
                );
            }
        }
        Document::ConseilLocalSanteMentale(d) => instances(v, "/instances", &d.instances),
        Document::ConseilTerritorialSante(d) => instances(v, "/instances", &d.instances),
        Document::ReseauCollectivites(d) => {
            list(v, &at("/animateurs"), &d.animateurs);
            list(v, &at("/membres"), &d.membres);
            list(v, &at("/partenaires"), &d.partenaires);
        }
        Document::DemarcheAccompagnement(d) => {
            opt(v, &at("/commanditaire"), &d.commanditaire);
            opt(v, &at("/prestataire"), &d.prestataire);
            opt(v, &at("/beneficiaire"), &d.beneficiaire);
            if let Some(p) = &d.projet_urbain {
                list(
                    v,
                    &at("/projet_urbain/signataires_protocole"),
                    &p.signataires_protocole,
                );
            }
        }
        Document::ProjetSanteProximite(d) => opt(v, &at("/porteur"), &d.porteur),
        Document::ProjetTerritorialSanteMentale(_) | Document::Portefeuille(_) => {}
    }
}

const L1434_10_SINCE: Date = params::entry_into_force(&sources::CSP_L1434_10);

/// Who bears an outdated name's successor, and from when: rendered from the parameters, so that
/// the message restates no date of its own.
#[derive(Debug, Clone, Copy)]
enum Successeur {
    /// The CGET for the ACSé and the SG-CIV, then the ANCT that took over from it.
    CgetPuisAnct,
    /// The ANCT, for the CGET.
    Anct,
    /// The name of the région fixed by décret n° 2016-1266.
    HautsDeFrance,
}

/// Outdated organisation names: (what to look for, name, last day valid, successor, région
/// names only).
const RENAMES: &[(&[&str], &str, Date, Successeur, bool)] = &[
    (
        &["acsé", "acse"],
        "ACSé",
        params::CGET_DEPUIS_VEILLE.value,
        Successeur::CgetPuisAnct,
        false,
    ),
    (
        &["sg-civ", "sgciv", "sg civ"],
        "SG-CIV",
        params::CGET_DEPUIS_VEILLE.value,
        Successeur::CgetPuisAnct,
        false,
    ),
    (
        &["cget", "commissariat général à l'égalité des territoires"],
        "CGET",
        params::CGET_JUSQUAU.value,
        Successeur::Anct,
        false,
    ),
    (
        &[
            "nord-pas-de-calais-picardie",
            "nord-pas-de-calais picardie",
            "npdc-picardie",
            "npdcp",
        ],
        "Nord-Pas-de-Calais-Picardie",
        params::NOM_HAUTS_DE_FRANCE_AVANT.value,
        Successeur::HautsDeFrance,
        true,
    ),
];

/// The day after `d`: the first day of what replaced a name valid until `d`.
fn lendemain(d: Date) -> Date {
    d.add_days(1).unwrap_or(d)
}

/// The successor's name in force at `as_of`, with the day it took the name (the same in both
/// languages: a proper name and an ISO date).
fn current(s: Successeur, as_of: Date) -> String {
    let anct = params::ANCT_DEPUIS.value;
    match s {
        Successeur::CgetPuisAnct if as_of < anct => {
            format!("CGET ({})", lendemain(params::CGET_DEPUIS_VEILLE.value))
        }
        Successeur::CgetPuisAnct => format!("ANCT ({anct}), ex-CGET"),
        Successeur::Anct => format!("ANCT ({anct})"),
        Successeur::HautsDeFrance => format!(
            "Hauts-de-France ({})",
            lendemain(params::NOM_HAUTS_DE_FRANCE_AVANT.value)
        ),
    }
}

/// The region-level actors whose names follow régions.
fn regional(n: NatureActeur) -> bool {
    n.is_ars() || matches!(n, NatureActeur::Region | NatureActeur::Prefecture)
}

/// The DQ family.
pub static RULES: &[&Rule] = &[&DQ_001, &DQ_002, &DQ_003, &DQ_004, &DQ_005, &DQ_006];
