//! DOC-006.

use super::*;

/// DOC-006: an invalid date.
pub static DOC_006: Rule = engine(
    "DOC-006",
    Category::Value,
    &[ISO8601],
    Text::new("Date invalide", "Invalid date"),
    Text::new(
        "Date invalide « {value} » : {detail}.",
        "Invalid date \"{value}\": {detail}.",
    ),
    Text::new(
        "Écrivez une date qui existe au format AAAA-MM-JJ (ex. 2015-12-17).",
        "Write a date that exists, as YYYY-MM-DD (e.g. 2015-12-17).",
    ),
    Text::new(
        "Les dates sont des dates ISO 8601 du calendrier grégorien ; le 30 février n'existe pas.",
        "Dates are ISO 8601 Gregorian dates; 30 February does not exist.",
    ),
);
