//! DOC-006.

use super::*;

/// DOC-006: an invalid date.
pub static DOC_006: Rule = Rule {
    messages: &[
        Message::new(
            "format",
            "Date invalide « {value} » : format attendu AAAA-MM-JJ, AAAA-MM ou AAAA.",
            "Invalid date \"{value}\": expected format YYYY-MM-DD, YYYY-MM or YYYY.",
        ),
        Message::new(
            "month",
            "Date invalide « {value} » : le mois doit être entre 01 et 12.",
            "Invalid date \"{value}\": the month must be between 01 and 12.",
        ),
        Message::new(
            "day",
            "Date invalide « {value} » : ce jour n'existe pas dans ce mois.",
            "Invalid date \"{value}\": this day does not exist in that month.",
        ),
    ],
    ..engine(
    "DOC-006",
    Category::Value,
    &[sources::ISO_8601],
    Text::new("Date invalide", "Invalid date"),
    Text::new(
        "Date invalide « {value} ».",
        "Invalid date \"{value}\".",
    ),
    Text::new(
        "Écrivez une date qui existe au format AAAA-MM-JJ (ex. 2015-12-17), ou AAAA-MM (2015-12) ou AAAA (2015) si la source ne donne que le mois ou l'année.",
        "Write a date that exists, as YYYY-MM-DD (e.g. 2015-12-17), or YYYY-MM (2015-12) or YYYY (2015) when the source gives only the month or the year.",
    ),
    Text::new(
        "Les dates sont des dates ISO 8601 du calendrier grégorien, au jour, au mois ou à l'année (précision réduite) ; le 30 février et le mois 13 n'existent pas.",
        "Dates are ISO 8601 Gregorian dates, to the day, the month or the year (reduced precision); 30 February and month 13 do not exist.",
    ),
)
};
