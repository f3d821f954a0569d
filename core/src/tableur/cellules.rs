//! Reading one cell for its column: French dates (to the day, the month or the year), numbers with decimal commas, `oui`/`non`/`x`, vocabularies by code or French label,
//! multi-valued cells.

use super::correspondance::normaliser;
use super::lecture::Valeur;
use crate::date::{Date, PartialDate};

/// Why a cell could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Probleme {
    /// Not readable as `attendu` (French words: « une date », « oui ou non »…).
    Illisible(&'static str),
    /// A calculation error (`#N/A`).
    Erreur(String),
    /// A formula without a computed value.
    Formule(String),
}

/// The text of a cell, trimmed; `None` for an empty cell; errors and formulas as problems.
pub fn texte(v: &Valeur) -> Result<Option<String>, Probleme> {
    match v {
        Valeur::Erreur(e) => Err(Probleme::Erreur(e.clone())),
        Valeur::Formule(f) => Err(Probleme::Formule(f.clone())),
        _ => {
            let t = v.texte();
            let t = t.trim();
            Ok(if t.is_empty() {
                None
            } else {
                Some(t.to_string())
            })
        }
    }
}

const MOIS: &[(&str, u8)] = &[
    ("janvier", 1),
    ("janv", 1),
    ("jan", 1),
    ("fevrier", 2),
    ("fevr", 2),
    ("fev", 2),
    ("mars", 3),
    ("avril", 4),
    ("avr", 4),
    ("mai", 5),
    ("juin", 6),
    ("juillet", 7),
    ("juil", 7),
    ("aout", 8),
    ("septembre", 9),
    ("sept", 9),
    ("sep", 9),
    ("octobre", 10),
    ("oct", 10),
    ("novembre", 11),
    ("nov", 11),
    ("decembre", 12),
    ("dec", 12),
];

fn mois(w: &str) -> Option<u8> {
    MOIS.iter().find(|(m, _)| *m == w).map(|(_, n)| *n)
}

fn annee(s: &str) -> Option<u16> {
    let n: u16 = s.parse().ok()?;
    let y = match s.len() {
        4 => n,
        // Two-digit years: instruments are from this century.
        2 => 2000 + n,
        _ => return None,
    };
    plausible(y).then_some(y)
}

/// Years an instrument of territorial health can bear: a year outside is a typing slip
/// (« 0213 », « 20013 »), refused rather than carried into the rules as a date.
fn plausible(y: u16) -> bool {
    (1900..=2100).contains(&y)
}

/// Reads a date cell into a date known to the day, the month or the year: a date cell,
/// `15/03/2013`, `15-03-2013`, `2013-03-15`, `15 mars 2013`, `1er mars 2013`, a serial day number;
/// `mars 2013`, `03/2013`, `2013-03` (the month); `2013` (the year). Only what is no date (or no
/// plausible year, 1900 to 2100) is refused.
///
/// ```
/// use territoire_sante::tableur::{cellules::{date, Probleme}, Valeur};
/// use territoire_sante::date::PartialDate;
/// let t = |s: &str| date(&Valeur::Texte(s.into())).map(|d| d.map(|d| d.to_string()));
/// assert_eq!(t("15/03/2013"), Ok(Some("2013-03-15".into())));
/// assert_eq!(t("1er avril 2016"), Ok(Some("2016-04-01".into())));
/// assert_eq!(t("mars 2013"), Ok(Some("2013-03".into())));
/// assert_eq!(t("2024-05"), Ok(Some("2024-05".into())));
/// assert_eq!(t("2024"), Ok(Some("2024".into())));
/// assert_eq!(t("31/02/2013"), Err(Probleme::Illisible("une date")));
/// assert_eq!(t("15/03/0213"), Err(Probleme::Illisible("une date")));
/// ```
pub fn date(v: &Valeur) -> Result<Option<PartialDate>, Probleme> {
    const ATTENDU: &str = "une date";
    let bad = || Probleme::Illisible(ATTENDU);
    match v {
        Valeur::Date(d) if plausible(d.year()) => return Ok(Some(PartialDate::day(*d))),
        Valeur::Date(_) => return Err(bad()),
        Valeur::Nombre(n) => {
            let n = *n;
            if n.fract() == 0.0 && (1900.0..=2100.0).contains(&n) {
                return PartialDate::year_only(n as u16)
                    .map(Some)
                    .map_err(|_| bad());
            }
            // A serial day number in a column not formatted as a date (1950 to 2100).
            if (18_264.0..=73_051.0).contains(&n) {
                return Date::ymd(1899, 12, 30)
                    .add_days(n.floor() as i64)
                    .map(|d| Some(PartialDate::day(d)))
                    .ok_or_else(bad);
            }
            return Err(bad());
        }
        _ => {}
    }
    let Some(t) = texte(v)? else {
        return Ok(None);
    };
    // ISO: `2013-03-15` (with or without a time), `2013-03`, `2013`.
    if t.as_bytes().get(4) == Some(&b'-') {
        let iso = t.get(..10).filter(|_| t.len() >= 10).unwrap_or(&t);
        return iso
            .parse::<PartialDate>()
            .ok()
            .filter(|d| plausible(d.year()))
            .map(Some)
            .ok_or_else(bad);
    }
    let folded = crate::referentiel::fold(&t);
    let words: Vec<&str> = folded
        .split(' ')
        .filter(|w| !w.is_empty() && *w != "le" && *w != "en")
        .collect();
    let jour = |d: &str, m: u8, y: &str| -> Result<Option<PartialDate>, Probleme> {
        let d: u8 = d.trim_end_matches("er").parse().map_err(|_| bad())?;
        let y = annee(y).ok_or_else(bad)?;
        Date::new(y, m, d)
            .map(|d| Some(PartialDate::day(d)))
            .map_err(|_| bad())
    };
    let mois_de =
        |m: &str| mois(m).or_else(|| m.parse::<u8>().ok().filter(|m| (1..=12).contains(m)));
    match words.as_slice() {
        [y] if y.len() == 4 => {
            let y = annee(y).ok_or_else(bad)?;
            PartialDate::year_only(y).map(Some).map_err(|_| bad())
        }
        [m, y] if y.len() == 4 => {
            let (m, y) = (mois_de(m).ok_or_else(bad)?, annee(y).ok_or_else(bad)?);
            PartialDate::year_month(y, m).map(Some).map_err(|_| bad())
        }
        [d, m, y] => {
            let m = match mois(m) {
                Some(m) => m,
                None => m.parse().map_err(|_| bad())?,
            };
            jour(d, m, y)
        }
        _ => Err(bad()),
    }
}

/// Reads `oui`/`non` (also `x`, `vrai`/`faux`, `1`/`0`, a boolean cell).
pub fn booleen(v: &Valeur) -> Result<Option<bool>, Probleme> {
    match v {
        Valeur::Booleen(b) => return Ok(Some(*b)),
        Valeur::Nombre(n) if *n == 1.0 => return Ok(Some(true)),
        Valeur::Nombre(n) if *n == 0.0 => return Ok(Some(false)),
        _ => {}
    }
    let Some(t) = texte(v)? else {
        return Ok(None);
    };
    match normaliser(&t).as_str() {
        "oui" | "o" | "x" | "vrai" | "yes" | "true" | "1" => Ok(Some(true)),
        "non" | "n" | "faux" | "no" | "false" | "0" => Ok(Some(false)),
        _ => Err(Probleme::Illisible("oui ou non")),
    }
}

/// Reads a number, with a decimal comma and spaces between thousands.
pub fn nombre(v: &Valeur) -> Result<Option<f64>, Probleme> {
    if let Valeur::Nombre(n) = v {
        return Ok(Some(*n));
    }
    let Some(t) = texte(v)? else {
        return Ok(None);
    };
    let cleaned: String = t
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{202F}' && *c != '€')
        .map(|c| if c == ',' { '.' } else { c })
        .collect();
    cleaned
        .parse::<f64>()
        .ok()
        .filter(|n| n.is_finite())
        .map(Some)
        .ok_or(Probleme::Illisible("un nombre"))
}

/// Reads a whole number (`2`, `2e`, `2ème`).
pub fn entier(v: &Valeur) -> Result<Option<i64>, Probleme> {
    if let Valeur::Nombre(n) = v {
        return if n.fract() == 0.0 && n.abs() < 1e15 {
            Ok(Some(*n as i64))
        } else {
            Err(Probleme::Illisible("un nombre entier"))
        };
    }
    let Some(t) = texte(v)? else {
        return Ok(None);
    };
    let f = normaliser(&t);
    let digits = f
        .trim_end_matches("eme")
        .trim_end_matches("er")
        .trim_end_matches('e')
        .trim();
    digits
        .parse::<i64>()
        .map(Some)
        .map_err(|_| Probleme::Illisible("un nombre entier"))
}

/// Reads one value of a vocabulary, by code or French label, ignoring accents and case.
pub fn enumeration(v: &Valeur, valeurs: &[(String, String)]) -> Result<Option<String>, Probleme> {
    let Some(t) = texte(v)? else {
        return Ok(None);
    };
    Ok(Some(
        un_terme(&t, valeurs).ok_or(Probleme::Illisible("une valeur de la liste"))?,
    ))
}

/// The code of `t` in `valeurs`, by code or label.
pub fn un_terme(t: &str, valeurs: &[(String, String)]) -> Option<String> {
    // A value chosen from the template's drop-down list is written exactly: found without
    // folding every term of the vocabulary.
    let exact = t.trim();
    if let Some((c, _)) = valeurs.iter().find(|(c, l)| c == exact || l == exact) {
        return Some(c.clone());
    }
    let n = normaliser(t);
    valeurs
        .iter()
        .find(|(code, label)| normaliser(code) == n || normaliser(label) == n)
        .map(|(c, _)| c.clone())
}

/// Splits a multi-valued cell on `;`, `,` and line breaks.
pub fn elements(t: &str) -> Vec<String> {
    t.split([';', ',', '\n', '\r'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> Valeur {
        Valeur::Texte(s.into())
    }

    #[test]
    fn dates_in_french() {
        let d = |v: &Valeur| date(v).map(|d| d.map(|d| d.to_string()));
        let ok = |s: &str| Ok(Some(s.to_string()));
        assert_eq!(d(&t("2013-03-15")), ok("2013-03-15"));
        assert_eq!(d(&t("2013-03-15T00:00:00")), ok("2013-03-15"));
        assert_eq!(d(&t(" 15-03-13 ")), ok("2013-03-15"));
        assert_eq!(d(&t("15 Décembre 2015")), ok("2015-12-15"));
        assert_eq!(d(&t("03/2013")), ok("2013-03"));
        assert_eq!(d(&t("en mars 2013")), ok("2013-03"));
        assert_eq!(d(&t("2024-05")), ok("2024-05"));
        assert_eq!(d(&t("2024")), ok("2024"));
        assert_eq!(d(&Valeur::Nombre(2013.0)), ok("2013"));
        assert_eq!(d(&Valeur::Nombre(41348.0)), ok("2013-03-15"));
        assert_eq!(d(&Valeur::Date(Date::ymd(2013, 3, 15))), ok("2013-03-15"));
        // Absurd dates only are refused.
        for bad in [
            "bientôt",
            "31/02/2013",
            "13/2013",
            "2024-13",
            "0213",
            "mars 1850",
            "32 mars 2013",
        ] {
            assert_eq!(d(&t(bad)), Err(Probleme::Illisible("une date")), "{bad}");
        }
        assert_eq!(
            d(&Valeur::Date(Date::ymd(1800, 1, 1))),
            Err(Probleme::Illisible("une date"))
        );
        assert_eq!(d(&t("  ")), Ok(None));
        assert_eq!(
            d(&Valeur::Erreur("#N/A".into())),
            Err(Probleme::Erreur("#N/A".into()))
        );
    }

    #[test]
    fn numbers_booleans_and_lists() {
        assert_eq!(nombre(&t("1 234,5 €")), Ok(Some(1234.5)));
        assert_eq!(entier(&t("2ème")), Ok(Some(2)));
        assert_eq!(
            entier(&Valeur::Nombre(2.5)),
            Err(Probleme::Illisible("un nombre entier"))
        );
        assert_eq!(booleen(&t("X")), Ok(Some(true)));
        assert_eq!(booleen(&t("Non ")), Ok(Some(false)));
        assert_eq!(
            booleen(&t("peut-être")),
            Err(Probleme::Illisible("oui ou non"))
        );
        assert_eq!(
            elements("Lille; Roubaix,\nTourcoing"),
            ["Lille", "Roubaix", "Tourcoing"]
        );
        let v = [("en_vigueur".to_string(), "En vigueur".to_string())];
        assert_eq!(
            enumeration(&t("EN VIGUEUR"), &v),
            Ok(Some("en_vigueur".into()))
        );
        assert_eq!(
            enumeration(&t("en_vigueur"), &v),
            Ok(Some("en_vigueur".into()))
        );
    }
}
