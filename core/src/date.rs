//! Calendar dates (ISO 8601 `AAAA-MM-JJ`), strict and panic-free, and the dates documents give
//! to the month or the year ([`PartialDate`]) with their three-valued comparisons.
//!
//! Legal texts are dated to the day and nothing in this domain needs a time of day, so a small
//! proleptic-Gregorian date type is enough; it parses strictly (`2015-02-30` is refused) and
//! serialises as the ISO string. Every date arithmetic the rules need lives here.

use std::fmt;

mod partial;

pub use partial::{Answer, DayRange, PartialDate, Precision};

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Month names as French prose writes them, January first.
pub(crate) const MOIS_FR: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];

/// Month names in English, January first.
pub(crate) const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A calendar date, year 1 to 9999.
///
/// ```
/// use territoire_sante::Date;
/// let d: Date = "2015-12-17".parse().unwrap();
/// assert_eq!(d.to_string(), "2015-12-17");
/// assert!("2015-02-30".parse::<Date>().is_err());
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: u16,
    month: u8,
    day: u8,
}

/// Why a text is not a valid date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DateError {
    /// Not of the shape `AAAA-MM-JJ`.
    Format,
    /// Month outside 1–12.
    Month,
    /// Day outside the month (e.g. 30 February).
    Day,
}

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            DateError::Format => "format attendu AAAA-MM-JJ",
            DateError::Month => "mois hors de 1 à 12",
            DateError::Day => "jour inexistant dans ce mois",
        })
    }
}

impl std::error::Error for DateError {}

impl DateError {
    /// The machine code a reading finding gives it (`format`, `month`, `day`), carried after
    /// [`DATE_ERROR_MARKER`] in serde's message.
    pub(crate) fn code(&self) -> &'static str {
        match self {
            DateError::Format => "format",
            DateError::Month => "month",
            DateError::Day => "day",
        }
    }
}

const fn is_leap(y: u16) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

const fn days_in_month(y: u16, m: u8) -> u8 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 => {
            if is_leap(y) {
                29
            } else {
                28
            }
        }
        _ => 0,
    }
}

impl Date {
    /// Builds a date, checking it exists.
    pub fn new(year: u16, month: u8, day: u8) -> Result<Date, DateError> {
        if !(1..=9999).contains(&year) {
            return Err(DateError::Format);
        }
        if !(1..=12).contains(&month) {
            return Err(DateError::Month);
        }
        if day == 0 || day > days_in_month(year, month) {
            return Err(DateError::Day);
        }
        Ok(Date { year, month, day })
    }

    /// Builds a date known at compile time (rule tables). Out-of-range parts are clamped, never
    /// a panic; the table's tests check every constant is a real date.
    pub const fn ymd(year: u16, month: u8, day: u8) -> Date {
        let month = if month == 0 {
            1
        } else if month > 12 {
            12
        } else {
            month
        };
        let dim = days_in_month(year, month);
        let day = if day == 0 {
            1
        } else if day > dim {
            dim
        } else {
            day
        };
        Date { year, month, day }
    }

    /// The year.
    pub const fn year(self) -> u16 {
        self.year
    }
    /// The month (1–12).
    pub const fn month(self) -> u8 {
        self.month
    }
    /// The day of the month.
    pub const fn day(self) -> u8 {
        self.day
    }

    /// The date as French prose writes it: `1er janvier 2025`, `31 mars 2024`.
    pub fn spelled_fr(self) -> String {
        let mois = MOIS_FR
            .get(usize::from(self.month).saturating_sub(1))
            .unwrap_or(&"");
        match self.day {
            1 => format!("1er {mois} {}", self.year),
            d => format!("{d} {mois} {}", self.year),
        }
    }

    /// The date as English prose writes it: `1 January 2025`, `31 March 2024`.
    pub fn spelled_en(self) -> String {
        let month = MONTHS_EN
            .get(usize::from(self.month).saturating_sub(1))
            .unwrap_or(&"");
        format!("{} {month} {}", self.day, self.year)
    }

    /// Days since 1970-01-01 (negative before).
    pub fn to_days(self) -> i64 {
        // Howard Hinnant's days_from_civil.
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let mp = (m + 9) % 12;
        let doy = (153 * mp + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `days` days after 1970-01-01; `None` outside years 1–9999.
    pub fn from_days(days: i64) -> Option<Date> {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = doy - (153 * mp + 2) / 5 + 1;
        let m = if mp < 10 { mp + 3 } else { mp - 9 };
        let y = yoe + era * 400 + i64::from(m <= 2);
        let year = u16::try_from(y).ok()?;
        Date::new(year, u8::try_from(m).ok()?, u8::try_from(d).ok()?).ok()
    }

    /// Number of days from `self` to `other` (positive when `other` is later).
    pub fn days_until(self, other: Date) -> i64 {
        other.to_days() - self.to_days()
    }

    /// Adds whole years, keeping month and day (29 February becomes 28 February).
    pub fn add_years(self, years: i32) -> Option<Date> {
        let y = i32::from(self.year) + years;
        let year = u16::try_from(y).ok()?;
        let dim = days_in_month(year, self.month);
        Date::new(year, self.month, self.day.min(dim)).ok()
    }

    /// The date `months` calendar months later (a day past the new month's end becomes its
    /// last day: 30 November + 3 months is 28 or 29 February).
    pub fn add_months(self, months: u32) -> Option<Date> {
        let total = u32::from(self.month) - 1 + months;
        let year = u16::try_from(u32::from(self.year) + total / 12).ok()?;
        let month = u8::try_from(total % 12 + 1).ok()?;
        Date::new(year, month, self.day.min(days_in_month(year, month))).ok()
    }

    /// Adds a number of days.
    pub fn add_days(self, days: i64) -> Option<Date> {
        Date::from_days(self.to_days() + days)
    }

    /// Today's date (UTC) from the system clock; `None` where no clock is available
    /// (WebAssembly without JavaScript: the wrapper passes the date itself).
    pub fn today() -> Option<Date> {
        #[cfg(not(target_arch = "wasm32"))]
        {
            let secs = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .ok()?
                .as_secs();
            Date::from_days(i64::try_from(secs / 86_400).ok()?)
        }
        #[cfg(target_arch = "wasm32")]
        {
            None
        }
    }
}

impl std::str::FromStr for Date {
    type Err = DateError;
    fn from_str(s: &str) -> Result<Date, DateError> {
        let b = s.as_bytes();
        if b.len() != 10 || b.get(4) != Some(&b'-') || b.get(7) != Some(&b'-') {
            return Err(DateError::Format);
        }
        let num = |r: std::ops::Range<usize>| -> Result<u16, DateError> {
            let part = s.get(r).ok_or(DateError::Format)?;
            if !part.bytes().all(|c| c.is_ascii_digit()) {
                return Err(DateError::Format);
            }
            part.parse::<u16>().map_err(|_| DateError::Format)
        };
        let y = num(0..4)?;
        let m = u8::try_from(num(5..7)?).map_err(|_| DateError::Month)?;
        let d = u8::try_from(num(8..10)?).map_err(|_| DateError::Day)?;
        Date::new(y, m, d)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl fmt::Debug for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// Marker that [`crate::read`] recognises to turn a date error into a plain diagnostic.
pub(crate) const DATE_ERROR_MARKER: &str = "\u{1}TS_DATE\u{1}";

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Date, D::Error> {
        struct V;
        impl serde::de::Visitor<'_> for V {
            type Value = Date;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a date")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Date, E> {
                v.parse().map_err(|e: DateError| {
                    let shown: String = v.chars().take(40).collect();
                    let code = e.code();
                    E::custom(format!(
                        "{DATE_ERROR_MARKER}{shown}{DATE_ERROR_MARKER}{code}"
                    ))
                })
            }
        }
        d.deserialize_str(V)
    }
}

impl schemars::JsonSchema for Date {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Date".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "format": "date",
            "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
            "description": "Date ISO 8601 (AAAA-MM-JJ)"
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_spelled_as_prose_writes_them() {
        assert_eq!(Date::ymd(2025, 1, 1).spelled_fr(), "1er janvier 2025");
        assert_eq!(Date::ymd(2024, 3, 31).spelled_fr(), "31 mars 2024");
        assert_eq!(Date::ymd(2030, 12, 31).spelled_en(), "31 December 2030");
        assert_eq!(Date::ymd(2025, 1, 1).spelled_en(), "1 January 2025");
    }

    #[test]
    fn parses_and_rejects() {
        assert_eq!("2016-02-29".parse::<Date>().unwrap().day(), 29);
        assert_eq!("2015-02-29".parse::<Date>(), Err(DateError::Day));
        assert_eq!("2015-02-30".parse::<Date>(), Err(DateError::Day));
        assert_eq!("2015-13-01".parse::<Date>(), Err(DateError::Month));
        assert_eq!("2015-1-01".parse::<Date>(), Err(DateError::Format));
        assert_eq!("15-01-2015".parse::<Date>(), Err(DateError::Format));
        assert_eq!("0000-01-01".parse::<Date>(), Err(DateError::Format));
        assert_eq!("２０１５-01-01".parse::<Date>(), Err(DateError::Format));
    }

    #[test]
    fn day_arithmetic_round_trips() {
        let d = Date::ymd(1970, 1, 1);
        assert_eq!(d.to_days(), 0);
        for n in [-700_000i64, -1, 0, 1, 16_000, 20_000, 2_000_000] {
            assert_eq!(Date::from_days(n).unwrap().to_days(), n);
        }
        assert_eq!(
            Date::ymd(2015, 12, 31).add_days(1),
            Some(Date::ymd(2016, 1, 1))
        );
        assert_eq!(
            Date::ymd(2016, 2, 29).add_years(1),
            Some(Date::ymd(2017, 2, 28))
        );
        assert_eq!(Date::ymd(2020, 1, 1).days_until(Date::ymd(2021, 1, 1)), 366);
    }

    #[test]
    fn months_clamp_to_the_end_of_month() {
        assert_eq!(
            Date::ymd(2017, 11, 30).add_months(3),
            Some(Date::ymd(2018, 2, 28))
        );
        assert_eq!(
            Date::ymd(2019, 11, 30).add_months(3),
            Some(Date::ymd(2020, 2, 29))
        );
        assert_eq!(
            Date::ymd(2017, 3, 15).add_months(3),
            Some(Date::ymd(2017, 6, 15))
        );
        assert_eq!(
            Date::ymd(2017, 12, 31).add_months(2),
            Some(Date::ymd(2018, 2, 28))
        );
        assert_eq!(
            Date::ymd(2017, 1, 31).add_months(0),
            Some(Date::ymd(2017, 1, 31))
        );
        assert_eq!(Date::ymd(9999, 12, 1).add_months(1), None);
    }

    #[test]
    fn const_constructor_clamps() {
        assert_eq!(Date::ymd(2015, 2, 30), Date::ymd(2015, 2, 28));
        assert_eq!(Date::ymd(2015, 0, 0), Date::ymd(2015, 1, 1));
    }
}
