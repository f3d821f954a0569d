//! Dates as sources give them ("mars 2013", "2018") and comparisons that may not be decidable.
//!
//! A [`PartialDate`] is known to the day, the month or the year; it stands for an interval of
//! possible days ([`DayRange`]). Comparing such intervals gives an [`Answer`]: yes, no, or
//! cannot tell (the intervals overlap). Rules act on `Yes` only, so a verdict never rests on a
//! day the document does not give.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::{days_in_month, Date, DateError, DATE_ERROR_MARKER};

/// The answer to a question about dates that may be known only to the month or the year.
///
/// ```
/// use territoire_sante::date::{Answer, PartialDate};
/// let signed: PartialDate = "2013-03".parse().unwrap();
/// assert_eq!(signed.before("2013-04-01".parse::<PartialDate>().unwrap()), Answer::Yes);
/// assert_eq!(signed.before("2013-03-15".parse::<PartialDate>().unwrap()), Answer::CannotTell);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Answer {
    /// True whichever possible day is meant.
    Yes,
    /// False whichever possible day is meant.
    No,
    /// True for some possible days, false for others.
    CannotTell,
}

impl Answer {
    /// `Yes` or `No`.
    pub const fn from_bool(b: bool) -> Answer {
        if b {
            Answer::Yes
        } else {
            Answer::No
        }
    }
    /// Certainly true.
    pub const fn is_yes(self) -> bool {
        matches!(self, Answer::Yes)
    }
    /// Certainly false.
    pub const fn is_no(self) -> bool {
        matches!(self, Answer::No)
    }
    /// Undecidable from what the document gives.
    pub const fn cannot_tell(self) -> bool {
        matches!(self, Answer::CannotTell)
    }
    /// Both (three-valued: `No` wins over `CannotTell`).
    pub const fn and(self, other: Answer) -> Answer {
        match (self, other) {
            (Answer::No, _) | (_, Answer::No) => Answer::No,
            (Answer::Yes, Answer::Yes) => Answer::Yes,
            _ => Answer::CannotTell,
        }
    }
    /// Either (three-valued: `Yes` wins over `CannotTell`).
    pub const fn or(self, other: Answer) -> Answer {
        match (self, other) {
            (Answer::Yes, _) | (_, Answer::Yes) => Answer::Yes,
            (Answer::No, Answer::No) => Answer::No,
            _ => Answer::CannotTell,
        }
    }
}

impl std::ops::Not for Answer {
    type Output = Answer;
    fn not(self) -> Answer {
        match self {
            Answer::Yes => Answer::No,
            Answer::No => Answer::Yes,
            Answer::CannotTell => Answer::CannotTell,
        }
    }
}

/// How precisely a date is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Precision {
    /// `AAAA`.
    Year,
    /// `AAAA-MM`.
    Month,
    /// `AAAA-MM-JJ`.
    Day,
}

/// The interval of days a date may stand for, first and last included (one day for a full date).
///
/// Date arithmetic on partial dates happens here: adding to an interval moves both ends.
///
/// ```
/// use territoire_sante::date::{Answer, DayRange, PartialDate};
/// let signed: PartialDate = "2013".parse().unwrap();
/// let ten_years = DayRange::from(signed).add_years(10).unwrap();
/// assert_eq!(ten_years.first().to_string(), "2023-01-01");
/// assert_eq!(ten_years.last().to_string(), "2023-12-31");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct DayRange {
    first: Date,
    last: Date,
}

impl DayRange {
    /// The days from `a` to `b` inclusive, in either order.
    pub fn new(a: Date, b: Date) -> DayRange {
        DayRange {
            first: a.min(b),
            last: a.max(b),
        }
    }
    /// The first possible day.
    pub const fn first(self) -> Date {
        self.first
    }
    /// The last possible day.
    pub const fn last(self) -> Date {
        self.last
    }
    /// The day, when only one is possible.
    pub fn exact(self) -> Option<Date> {
        (self.first == self.last).then_some(self.first)
    }
    /// The later of two dates that may be imprecise: every day the later one can be.
    pub fn latest(self, other: impl Into<DayRange>) -> DayRange {
        let o = other.into();
        DayRange {
            first: self.first.max(o.first),
            last: self.last.max(o.last),
        }
    }
    /// The earlier of two dates that may be imprecise: every day the earlier one can be.
    pub fn earliest(self, other: impl Into<DayRange>) -> DayRange {
        let o = other.into();
        DayRange {
            first: self.first.min(o.first),
            last: self.last.min(o.last),
        }
    }
    /// The fewest and the most days from `self` to `other` (negative when `other` is earlier).
    pub fn days_until(self, other: impl Into<DayRange>) -> (i64, i64) {
        let o = other.into();
        (self.last.days_until(o.first), self.first.days_until(o.last))
    }
    /// Both ends moved by whole years (29 February becomes 28 February).
    pub fn add_years(self, years: i32) -> Option<DayRange> {
        Some(DayRange::new(
            self.first.add_years(years)?,
            self.last.add_years(years)?,
        ))
    }
    /// Both ends moved by whole months (a day past the new month's end becomes its last day).
    pub fn add_months(self, months: u32) -> Option<DayRange> {
        Some(DayRange::new(
            self.first.add_months(months)?,
            self.last.add_months(months)?,
        ))
    }
    /// Both ends moved by days.
    pub fn add_days(self, days: i64) -> Option<DayRange> {
        Some(DayRange::new(
            self.first.add_days(days)?,
            self.last.add_days(days)?,
        ))
    }
}

/// One day as `AAAA-MM-JJ`, a whole month as `AAAA-MM`, a whole year as `AAAA`, anything else
/// as the ISO 8601 interval `AAAA-MM-JJ/AAAA-MM-JJ`.
impl fmt::Display for DayRange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (a, b) = (self.first, self.last);
        let whole_month = a.day() == 1
            && a.year() == b.year()
            && a.month() == b.month()
            && b.day() == days_in_month(b.year(), b.month());
        let whole_year = a.year() == b.year()
            && (a.month(), a.day()) == (1, 1)
            && (b.month(), b.day()) == (12, 31);
        if a == b {
            write!(f, "{a}")
        } else if whole_year {
            write!(f, "{:04}", a.year())
        } else if whole_month {
            write!(f, "{:04}-{:02}", a.year(), a.month())
        } else {
            write!(f, "{a}/{b}")
        }
    }
}

impl From<Date> for DayRange {
    fn from(d: Date) -> DayRange {
        DayRange { first: d, last: d }
    }
}

impl From<PartialDate> for DayRange {
    fn from(d: PartialDate) -> DayRange {
        DayRange {
            first: d.first_day(),
            last: d.last_day(),
        }
    }
}

/// The three-valued comparisons, the same on [`Date`], [`PartialDate`] and [`DayRange`].
macro_rules! comparisons {
    ($($t:ty),*) => {$(
        impl $t {
            /// Whether every possible day of `self` is before every possible day of `other`.
            pub fn before(self, other: impl Into<DayRange>) -> Answer {
                let (a, b) = (DayRange::from(self), other.into());
                if a.last < b.first {
                    Answer::Yes
                } else if a.first >= b.last {
                    Answer::No
                } else {
                    Answer::CannotTell
                }
            }
            /// Whether `self` is on or before `other` (the negation of [`Self::after`]).
            pub fn on_or_before(self, other: impl Into<DayRange>) -> Answer {
                !self.after(other)
            }
            /// Whether every possible day of `self` is after every possible day of `other`.
            pub fn after(self, other: impl Into<DayRange>) -> Answer {
                let (a, b) = (DayRange::from(self), other.into());
                if a.first > b.last {
                    Answer::Yes
                } else if a.last <= b.first {
                    Answer::No
                } else {
                    Answer::CannotTell
                }
            }
            /// Whether `self` is on or after `other` (the negation of [`Self::before`]).
            pub fn on_or_after(self, other: impl Into<DayRange>) -> Answer {
                !self.before(other)
            }
            /// Whether `self` and `other` are the same day.
            pub fn same_day(self, other: impl Into<DayRange>) -> Answer {
                let other = other.into();
                self.on_or_after(other).and(self.on_or_before(other))
            }
            /// Whether `self` lies between `from` and `to` inclusive (a missing end is open).
            pub fn within(
                self,
                from: Option<impl Into<DayRange>>,
                to: Option<impl Into<DayRange>>,
            ) -> Answer {
                let lo = from.map_or(Answer::Yes, |f| self.on_or_after(f));
                let hi = to.map_or(Answer::Yes, |t| self.on_or_before(t));
                lo.and(hi)
            }
        }
    )*};
}

comparisons!(Date, PartialDate, DayRange);

/// A date known to the day (`2013-03-15`), the month (`2013-03`) or only the year (`2013`), as
/// documents give them; it is written back with the precision it was read with.
///
/// It has no total order on purpose: compare with [`PartialDate::before`] and its siblings,
/// which answer [`Answer::CannotTell`] when the precision does not decide.
///
/// ```
/// use territoire_sante::date::{Answer, PartialDate, Precision};
/// let d: PartialDate = "2013-03".parse().unwrap();
/// assert_eq!(d.precision(), Precision::Month);
/// assert_eq!(d.to_string(), "2013-03");
/// assert_eq!(d.last_day().to_string(), "2013-03-31");
/// assert_eq!(d.after("2012".parse::<PartialDate>().unwrap()), Answer::Yes);
/// assert!("2013-13".parse::<PartialDate>().is_err());
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct PartialDate {
    /// The first possible day.
    first: Date,
    precision: Precision,
}

impl PartialDate {
    /// A date known to the year.
    pub fn year_only(year: u16) -> Result<PartialDate, DateError> {
        Ok(PartialDate {
            first: Date::new(year, 1, 1)?,
            precision: Precision::Year,
        })
    }
    /// A date known to the month.
    pub fn year_month(year: u16, month: u8) -> Result<PartialDate, DateError> {
        Ok(PartialDate {
            first: Date::new(year, month, 1)?,
            precision: Precision::Month,
        })
    }
    /// A date known to the day.
    pub const fn day(d: Date) -> PartialDate {
        PartialDate {
            first: d,
            precision: Precision::Day,
        }
    }
    /// How precisely it is known.
    pub const fn precision(self) -> Precision {
        self.precision
    }
    /// The year (always known).
    pub const fn year(self) -> u16 {
        self.first.year()
    }
    /// The month, when known.
    pub const fn month(self) -> Option<u8> {
        match self.precision {
            Precision::Year => None,
            _ => Some(self.first.month()),
        }
    }
    /// The date, when known to the day.
    pub const fn exact(self) -> Option<Date> {
        match self.precision {
            Precision::Day => Some(self.first),
            _ => None,
        }
    }
    /// The first possible day.
    pub const fn first_day(self) -> Date {
        self.first
    }
    /// The last possible day.
    pub const fn last_day(self) -> Date {
        match self.precision {
            Precision::Day => self.first,
            Precision::Month => Date::ymd(
                self.first.year(),
                self.first.month(),
                days_in_month(self.first.year(), self.first.month()),
            ),
            Precision::Year => Date::ymd(self.first.year(), 12, 31),
        }
    }
    /// The possible days.
    pub fn days(self) -> DayRange {
        DayRange::from(self)
    }
    /// A key that orders dates by their first possible day, the less precise first: for a
    /// deterministic listing only, never for a legal comparison.
    pub const fn listing_key(self) -> (Date, Precision) {
        (self.first, self.precision)
    }
}

impl From<Date> for PartialDate {
    fn from(d: Date) -> PartialDate {
        PartialDate::day(d)
    }
}

impl std::str::FromStr for PartialDate {
    type Err = DateError;
    fn from_str(s: &str) -> Result<PartialDate, DateError> {
        let b = s.as_bytes();
        let num = |r: std::ops::Range<usize>| -> Result<u16, DateError> {
            let part = s.get(r).ok_or(DateError::Format)?;
            if !part.bytes().all(|c| c.is_ascii_digit()) {
                return Err(DateError::Format);
            }
            part.parse::<u16>().map_err(|_| DateError::Format)
        };
        match b.len() {
            4 => PartialDate::year_only(num(0..4)?),
            7 if b.get(4) == Some(&b'-') => {
                let m = u8::try_from(num(5..7)?).map_err(|_| DateError::Month)?;
                PartialDate::year_month(num(0..4)?, m)
            }
            10 => s.parse::<Date>().map(PartialDate::day),
            _ => Err(DateError::Format),
        }
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.precision {
            Precision::Day => fmt::Display::fmt(&self.first, f),
            Precision::Month => write!(f, "{:04}-{:02}", self.first.year(), self.first.month()),
            Precision::Year => write!(f, "{:04}", self.first.year()),
        }
    }
}

impl fmt::Debug for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

impl Serialize for PartialDate {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for PartialDate {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<PartialDate, D::Error> {
        struct V;
        impl serde::de::Visitor<'_> for V {
            type Value = PartialDate;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                // The same word as for a full date: readers locate both the same way.
                f.write_str("a date")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<PartialDate, E> {
                v.parse().map_err(|e: DateError| {
                    let shown: String = v.chars().take(40).collect();
                    E::custom(format!(
                        "{DATE_ERROR_MARKER}{shown}{DATE_ERROR_MARKER}{}",
                        e.code()
                    ))
                })
            }
        }
        d.deserialize_str(V)
    }
}

impl schemars::JsonSchema for PartialDate {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "PartialDate".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        // The shape of the three precisions, then what each must be: a full date that exists
        // (`"format": "date"`, full dates only) or a year 0001-9999 with an optional month 01-12.
        schemars::json_schema!({
            "type": "string",
            "pattern": "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$",
            "anyOf": [
                {"type": "string", "format": "date"},
                {
                    "type": "string",
                    "pattern": "^([1-9][0-9]{3}|0[1-9][0-9]{2}|00[1-9][0-9]|000[1-9])(-(0[1-9]|1[0-2]))?$"
                }
            ],
            "description": "Date ISO 8601 au jour (AAAA-MM-JJ), au mois (AAAA-MM) ou à l'année (AAAA)"
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(s: &str) -> PartialDate {
        s.parse().unwrap()
    }

    #[test]
    fn parses_three_precisions_and_writes_them_back() {
        for s in [
            "2013",
            "2013-03",
            "2013-03-15",
            "2016-02-29",
            "0001",
            "9999-12",
        ] {
            assert_eq!(p(s).to_string(), s);
            let json = serde_json::to_string(&p(s)).unwrap();
            assert_eq!(serde_json::from_str::<PartialDate>(&json).unwrap(), p(s));
        }
        assert_eq!(p("2013").precision(), Precision::Year);
        assert_eq!(p("2013-03").precision(), Precision::Month);
        assert_eq!(p("2013-03-15").precision(), Precision::Day);
        assert_eq!(p("2013-03").month(), Some(3));
        assert_eq!(p("2013").month(), None);
        assert_eq!(p("2013-03-15").exact(), Some(Date::ymd(2013, 3, 15)));
        assert_eq!(p("2013-03").exact(), None);
        // The same first day, another precision: not the same date.
        assert_ne!(p("2013"), p("2013-01-01"));
    }

    #[test]
    fn refuses_absurd_dates() {
        assert_eq!("2013-13".parse::<PartialDate>(), Err(DateError::Month));
        assert_eq!("2013-00".parse::<PartialDate>(), Err(DateError::Month));
        assert_eq!("2013-13-01".parse::<PartialDate>(), Err(DateError::Month));
        assert_eq!("2015-02-29".parse::<PartialDate>(), Err(DateError::Day));
        assert_eq!("0000".parse::<PartialDate>(), Err(DateError::Format));
        assert_eq!("99999".parse::<PartialDate>(), Err(DateError::Format));
        assert_eq!("2013-3".parse::<PartialDate>(), Err(DateError::Format));
        assert_eq!("2013/03".parse::<PartialDate>(), Err(DateError::Format));
        assert_eq!("mars 2013".parse::<PartialDate>(), Err(DateError::Format));
        assert_eq!("201".parse::<PartialDate>(), Err(DateError::Format));
        assert_eq!("+201".parse::<PartialDate>(), Err(DateError::Format));
    }

    #[test]
    fn bounds_of_each_precision() {
        assert_eq!(p("2013").first_day(), Date::ymd(2013, 1, 1));
        assert_eq!(p("2013").last_day(), Date::ymd(2013, 12, 31));
        assert_eq!(p("2016-02").last_day(), Date::ymd(2016, 2, 29));
        assert_eq!(p("2015-02").last_day(), Date::ymd(2015, 2, 28));
        assert_eq!(p("2013-04").last_day(), Date::ymd(2013, 4, 30));
        assert_eq!(p("2013-04-10").last_day(), Date::ymd(2013, 4, 10));
    }

    #[test]
    fn ordering_is_decided_when_the_intervals_do_not_overlap() {
        assert_eq!(p("2013-03").before(p("2013-04")), Answer::Yes);
        assert_eq!(p("2013-03").before(Date::ymd(2013, 4, 1)), Answer::Yes);
        assert_eq!(p("2013-03").after(p("2012")), Answer::Yes);
        assert_eq!(p("2013-03").after(Date::ymd(2013, 2, 28)), Answer::Yes);
        assert_eq!(p("2013").before(Date::ymd(2013, 1, 1)), Answer::No);
        assert_eq!(p("2014").before(p("2013-12-31")), Answer::No);
        assert_eq!(p("2013-03").on_or_after(Date::ymd(2013, 3, 1)), Answer::Yes);
        assert_eq!(
            p("2013-03").on_or_before(Date::ymd(2013, 3, 31)),
            Answer::Yes
        );
        // Full dates answer as before.
        assert_eq!(
            Date::ymd(2020, 1, 1).before(Date::ymd(2020, 1, 2)),
            Answer::Yes
        );
        assert_eq!(
            Date::ymd(2020, 1, 2).before(Date::ymd(2020, 1, 2)),
            Answer::No
        );
        assert_eq!(
            Date::ymd(2020, 1, 2).on_or_before(Date::ymd(2020, 1, 2)),
            Answer::Yes
        );
    }

    #[test]
    fn cannot_tell_when_a_possible_day_falls_on_each_side() {
        assert_eq!(
            p("2013-03").before(Date::ymd(2013, 3, 15)),
            Answer::CannotTell
        );
        assert_eq!(
            p("2013-03").after(Date::ymd(2013, 3, 15)),
            Answer::CannotTell
        );
        assert_eq!(p("2013").before(p("2013-06")), Answer::CannotTell);
        assert_eq!(p("2013").after(p("2013")), Answer::CannotTell);
        // On the edge: 2013-03 is on or after 2013-03-31 only for its last day.
        assert_eq!(
            p("2013-03").on_or_after(Date::ymd(2013, 3, 31)),
            Answer::CannotTell
        );
        assert_eq!(Date::ymd(2022, 2, 23).after(p("2022")), Answer::CannotTell);
    }

    #[test]
    fn containment_in_a_period() {
        let (from, to) = (Some(p("2015")), Some(p("2020-12-31")));
        assert_eq!(p("2016-05").within(from, to), Answer::Yes);
        assert_eq!(p("2014-12").within(from, to), Answer::No);
        assert_eq!(p("2021").within(from, to), Answer::No);
        assert_eq!(Date::ymd(2015, 6, 1).within(from, to), Answer::CannotTell);
        assert_eq!(p("2020").within(from, to), Answer::Yes);
        assert_eq!(
            p("2019").within(None::<PartialDate>, None::<PartialDate>),
            Answer::Yes
        );
        assert_eq!(p("2030").within(from, None::<Date>), Answer::Yes);
    }

    #[test]
    fn three_valued_logic() {
        use Answer::*;
        assert_eq!(Yes.and(CannotTell), CannotTell);
        assert_eq!(No.and(CannotTell), No);
        assert_eq!(Yes.or(CannotTell), Yes);
        assert_eq!(No.or(CannotTell), CannotTell);
        assert_eq!(!CannotTell, CannotTell);
        assert_eq!(!Yes, No);
        assert!(Answer::from_bool(true).is_yes() && Answer::from_bool(false).is_no());
    }

    #[test]
    fn arithmetic_moves_both_ends() {
        let r = p("2016-02").days().add_years(1).unwrap();
        assert_eq!(
            (r.first(), r.last()),
            (Date::ymd(2017, 2, 1), Date::ymd(2017, 2, 28))
        );
        let r = p("2013").days().add_months(3).unwrap();
        assert_eq!(
            (r.first(), r.last()),
            (Date::ymd(2013, 4, 1), Date::ymd(2014, 3, 31))
        );
        let r = p("2013-03").days().add_days(1).unwrap();
        assert_eq!(
            (r.first(), r.last()),
            (Date::ymd(2013, 3, 2), Date::ymd(2013, 4, 1))
        );
        assert_eq!(p("2013-03-15").days().exact(), Some(Date::ymd(2013, 3, 15)));
        assert_eq!(p("2013-03").days().exact(), None);
        assert_eq!(r.to_string(), "2013-03-02/2013-04-01");
        assert_eq!(p("2013").days().to_string(), "2013");
        assert_eq!(p("2016-02").days().to_string(), "2016-02");
        assert_eq!(p("2016-02-03").days().to_string(), "2016-02-03");
        let later = p("2013").days().latest(Date::ymd(2013, 6, 1));
        assert_eq!(later.to_string(), "2013-06-01/2013-12-31");
        assert_eq!(
            p("2013-03").days().days_until(Date::ymd(2013, 4, 1)),
            (1, 31)
        );
        assert_eq!(p("2013-03-31").days().days_until(p("2013-03-30")), (-1, -1));
        let earlier = p("2013").days().earliest(p("2014"));
        assert_eq!(earlier.to_string(), "2013");
        // A signature in 2013 + 10 years vs. an end in 2022: certainly before the limit.
        let limit = p("2013").days().add_years(10).unwrap();
        assert_eq!(p("2022-12").before(limit), Answer::Yes);
        assert_eq!(p("2023-06").before(limit), Answer::CannotTell);
    }
}
