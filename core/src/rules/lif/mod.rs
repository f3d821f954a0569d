//! LIF-*: lifecycle — statut vocabulary, statut consistent with dates, legal prorogations.

use super::util;
use super::*;
use crate::model::{Document, StatutCls, StatutCv};
use crate::report::{Category, InForce, Severity};

mod lif_001;
mod lif_002;
mod lif_003;

pub use lif_001::LIF_001;
pub use lif_002::LIF_002;
pub use lif_003::LIF_003;

/// The legal end of 2015-generation contrats de ville as known at `as_of`.
pub fn cv2015_legal_end(as_of: Date, outre_mer: bool) -> Date {
    let fin = if outre_mer {
        params::CV_2015_FIN_OUTRE_MER
    } else {
        params::CV_2015_FIN
    };
    // Before loi n° 2014-173 was in force no contrat de ville of 2015 existed: its first end.
    fin.at(as_of).unwrap_or(params::CV_2015_PERIODE.value.to)
}

pub use super::util::is_cv2015;

/// The end of validity at `as_of`, counting amendments already made and, for 2015 contrats de
/// ville, the legal prorogations; the days it may be, when some dates are known only to the
/// month or the year (an amendment counts unless it is certainly later than `as_of`).
pub fn effective_end(doc: &Document, as_of: Date) -> Option<DayRange> {
    let d = util::dates(doc);
    let mut end: Option<DayRange> = d.periode.and_then(|p| p.fin).map(DayRange::from);
    for (_, act, nf) in &d.avenants {
        if let Some(n) = nf {
            if !act.is_some_and(|a| a.after(as_of).is_yes()) {
                end = Some(end.map_or(n.days(), |e| e.latest(*n)));
            }
        }
    }
    if is_cv2015(doc) {
        let legal = cv2015_legal_end(as_of, util::is_outre_mer(doc));
        end = Some(end.map_or(legal.into(), |e| e.latest(legal)));
    }
    end
}

enum State {
    EnVigueur,
    Echu,
    Proroge,
    Signe,
    Other,
}

fn state_cls(s: StatutCls) -> State {
    match s {
        StatutCls::EnVigueur => State::EnVigueur,
        StatutCls::Echu => State::Echu,
        StatutCls::Proroge => State::Proroge,
        StatutCls::Signe => State::Signe,
        _ => State::Other,
    }
}

fn state_cv(s: StatutCv) -> State {
    match s {
        StatutCv::EnVigueur => State::EnVigueur,
        StatutCv::Echu => State::Echu,
        StatutCv::Proroge => State::Proroge,
        StatutCv::Signe => State::Signe,
        StatutCv::EnNegociation => State::Other,
    }
}

/// The LIF family.
pub static RULES: &[&Rule] = &[&LIF_001, &LIF_002, &LIF_003];
