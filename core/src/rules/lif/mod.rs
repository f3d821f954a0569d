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
    // LF 2019 (loi 2018-1317 du 28 déc. 2018, art. 181) → 2022-12-31;
    // LF 2022 (loi 2021-1900 du 30 déc. 2021, art. 68) → 2023-12-31;
    // LF 2024 (overseas) → 2024-12-31.
    if outre_mer && as_of >= Date::ymd(2023, 12, 29) {
        Date::ymd(2024, 12, 31)
    } else if as_of >= Date::ymd(2021, 12, 31) {
        Date::ymd(2023, 12, 31)
    } else if as_of >= Date::ymd(2018, 12, 30) {
        Date::ymd(2022, 12, 31)
    } else {
        Date::ymd(2020, 12, 31)
    }
}

pub use super::util::is_cv2015;

/// The end of validity at `as_of`, counting amendments already made and, for 2015 contrats de
/// ville, the legal prorogations.
pub fn effective_end(doc: &Document, as_of: Date) -> Option<Date> {
    let d = util::dates(doc);
    let mut end = d.periode.and_then(|p| p.fin);
    for (_, act, nf) in &d.avenants {
        if let Some(n) = nf {
            if act.is_none_or(|a| a <= as_of) && end.is_none_or(|e| *n > e) {
                end = Some(*n);
            }
        }
    }
    if is_cv2015(doc) {
        let legal = cv2015_legal_end(as_of, util::is_outre_mer(doc));
        if end.is_none_or(|e| legal > e) {
            end = Some(legal);
        }
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
