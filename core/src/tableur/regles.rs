//! TAB-*: reading a spreadsheet. Like the DOC-* rules, they are emitted while reading, before any
//! rule of law runs, and they rest on conventions of this library, never on a legal text: a
//! value that cannot be read is an error of the sheet, a value read only in part a warning.

use crate::law::{sources, Source};
use crate::report::{Category, InForce, Severity};
use crate::rules::{Check, Rule, Text};

// Reading a sheet rests on this library's document model (its JSON Schemas), on ISO 8601 for
// dates and on the COG for commune names, all defined once in the source registry.
const CONVENTION: Source = sources::MODELE_SCHEMA;
const ISO8601: Source = sources::ISO_8601;
const COG: Source = sources::INSEE_COG;

#[allow(clippy::too_many_arguments)]
const fn reading(
    code: &'static str,
    severity: Severity,
    category: Category,
    source: &'static [Source],
    title: Text,
    message: Text,
    help: Text,
    description: Text,
) -> Rule {
    Rule {
        code,
        severity,
        category,
        applies_to: &[],
        in_force: InForce::ALWAYS,
        sources: source,
        title,
        message,
        help,
        description,
        limits: None,
        transition: None,
        requires: &[],
        check: Check::Engine,
    }
}

/// TAB-001: the file is not a readable spreadsheet.
pub static TAB_001: Rule = reading(
    "TAB-001",
    Severity::Fatal,
    Category::Structure,
    &[CONVENTION],
    Text::new("Classeur illisible", "Unreadable workbook"),
    Text::new(
        "Le fichier n'a pas pu être lu comme un classeur : {raison}.",
        "The file could not be read as a workbook: {raison}.",
    ),
    Text::new(
        "Enregistrez le fichier au format .xlsx, .ods ou .csv, sans mot de passe, puis relancez.",
        "Save the file as .xlsx, .ods or .csv, without a password, and try again.",
    ),
    Text::new(
        "Le fichier est corrompu, protégé par un mot de passe, d'un format inconnu ou au-delà des limites de lecture.",
        "The file is corrupt, password-protected, of an unknown format or beyond the reading limits.",
    ),
);

/// TAB-002: a column whose header is not recognised.
pub static TAB_002: Rule = reading(
    "TAB-002",
    Severity::Warning,
    Category::Structure,
    &[CONVENTION],
    Text::new("Colonne non reconnue", "Unrecognised column"),
    Text::new(
        "La colonne « {entete} » n'est pas reconnue : ses valeurs ne sont pas lues.",
        "Column \"{entete}\" is not recognised: its values are not read.",
    ),
    Text::new(
        "Renommez l'en-tête selon le modèle (commande `modele`) ou indiquez sa correspondance (option `--correspondance`).",
        "Rename the header as in the template (command `modele`) or give its mapping (option `--correspondance`).",
    ),
    Text::new(
        "Toute colonne dont l'en-tête ne correspond à aucun champ est signalée, jamais ignorée en silence.",
        "Every column whose header matches no field is reported, never silently dropped.",
    ),
);

/// TAB-003: a date given only as a month or a year.
pub static TAB_003: Rule = reading(
    "TAB-003",
    Severity::Warning,
    Category::Value,
    &[ISO8601],
    Text::new("Date incomplète", "Incomplete date"),
    Text::new(
        "« {valeur} » est une date incomplète ({precision}) : elle n'est pas reprise, le modèle n'accepte encore que des dates complètes.",
        "\"{valeur}\" is an incomplete date ({precision}): it is not taken, the model only accepts full dates for now.",
    ),
    Text::new(
        "Indiquez le jour exact (JJ/MM/AAAA) si l'acte le donne ; sinon laissez la cellule telle quelle.",
        "Give the exact day (DD/MM/YYYY) if the act states it; otherwise leave the cell as it is.",
    ),
    Text::new(
        "Les dates « mars 2013 » ou « 2013 » sont reconnues et signalées ; elles seront reprises quand le modèle de dates acceptera une précision réduite.",
        "Dates such as \"mars 2013\" or \"2013\" are recognised and reported; they will be taken once the date model accepts reduced precision.",
    ),
);

/// TAB-004: a value that cannot be read for its column.
pub static TAB_004: Rule = reading(
    "TAB-004",
    Severity::Error,
    Category::Value,
    &[CONVENTION],
    Text::new("Valeur illisible", "Unreadable value"),
    Text::new(
        "« {valeur} » n'est pas lisible comme {attendu} : la valeur n'est pas reprise.",
        "\"{valeur}\" cannot be read as {attendu}: the value is not taken.",
    ),
    Text::new(
        "Corrigez la cellule selon la consigne de la feuille « Lisez-moi » du modèle.",
        "Correct the cell as the template's « Lisez-moi » sheet explains.",
    ),
    Text::new(
        "Chaque cellule est lue selon la nature de sa colonne (date, nombre, oui/non, liste de valeurs).",
        "Each cell is read according to its column's nature (date, number, yes/no, list of values).",
    ),
);

/// TAB-005: a commune name unknown to the référentiel.
pub static TAB_005: Rule = reading(
    "TAB-005",
    Severity::Warning,
    Category::CodeInvalid,
    &[COG],
    Text::new("Commune introuvable", "Commune not found"),
    Text::new(
        "La commune « {valeur} » est introuvable dans le référentiel : elle est gardée par son nom, sans code.",
        "Commune \"{valeur}\" is not in the référentiel: it is kept by its name, without a code.",
    ),
    Text::new(
        "Vérifiez l'orthographe ou donnez le code INSEE de la commune.",
        "Check the spelling or give the commune's INSEE code.",
    ),
    Text::new(
        "Les noms de communes sont comparés sans accents, casse ni ponctuation aux communes actuelles du référentiel.",
        "Commune names are compared, ignoring accents, case and punctuation, with the current communes of the référentiel.",
    ),
);

/// TAB-006: a commune name shared by several communes.
pub static TAB_006: Rule = reading(
    "TAB-006",
    Severity::Warning,
    Category::CodeInvalid,
    &[COG],
    Text::new("Commune ambiguë", "Ambiguous commune"),
    Text::new(
        "« {valeur} » désigne plusieurs communes ({candidats}) : elle est gardée par son nom, sans code.",
        "\"{valeur}\" names several communes ({candidats}): it is kept by its name, without a code.",
    ),
    Text::new(
        "Donnez le code INSEE, ou le département entre parenthèses : « Saint-Denis (93) ».",
        "Give the INSEE code, or the département in brackets: \"Saint-Denis (93)\".",
    ),
    Text::new(
        "Un nom porté par plusieurs communes n'est jamais résolu au hasard : les candidats sont listés.",
        "A name shared by several communes is never resolved at random: the candidates are listed.",
    ),
);

/// TAB-007: a cell holding a spreadsheet error (`#N/A`, `#REF!`…).
pub static TAB_007: Rule = reading(
    "TAB-007",
    Severity::Error,
    Category::Value,
    &[CONVENTION],
    Text::new("Cellule en erreur", "Cell in error"),
    Text::new(
        "La cellule contient l'erreur de calcul {valeur} : aucune valeur n'est reprise.",
        "The cell holds the calculation error {valeur}: no value is taken.",
    ),
    Text::new(
        "Corrigez la formule ou remplacez-la par sa valeur.",
        "Fix the formula or replace it by its value.",
    ),
    Text::new(
        "Les erreurs de calcul (#N/A, #REF!, #VALEUR!…) sont signalées à leur cellule.",
        "Calculation errors (#N/A, #REF!, #VALUE!…) are reported at their cell.",
    ),
);

/// TAB-008: a formula without a computed value.
pub static TAB_008: Rule = reading(
    "TAB-008",
    Severity::Warning,
    Category::Value,
    &[CONVENTION],
    Text::new("Formule sans valeur", "Formula without a value"),
    Text::new(
        "La cellule contient la formule {valeur} sans valeur calculée : elle n'est pas reprise.",
        "The cell holds formula {valeur} without a computed value: it is not taken.",
    ),
    Text::new(
        "Ouvrez et enregistrez le classeur dans un tableur pour que les formules soient calculées.",
        "Open and save the workbook in a spreadsheet application so that formulas are computed.",
    ),
    Text::new(
        "Les formules sont lues par leur dernière valeur calculée ; une formule jamais calculée est signalée.",
        "Formulas are read by their last computed value; a formula never computed is reported.",
    ),
);

/// TAB-009: an organisation whose nature is not recognised.
pub static TAB_009: Rule = reading(
    "TAB-009",
    Severity::Warning,
    Category::Value,
    &[CONVENTION],
    Text::new("Organisation non reconnue", "Organisation not recognised"),
    Text::new(
        "La nature de « {valeur} » n'est pas reconnue : l'organisation n'est pas reprise.",
        "The nature of \"{valeur}\" is not recognised: the organisation is not taken.",
    ),
    Text::new(
        "Écrivez la nature de l'organisation (ARS, préfecture, commune, EPCI, département, région, CPAM…) ou le nom exact d'un EPCI ou d'une commune.",
        "Write the organisation's nature (ARS, préfecture, commune, EPCI, département, région, CPAM…) or the exact name of an EPCI or commune.",
    ),
    Text::new(
        "Les porteurs et signataires deviennent des acteurs du document ; leur nature est tirée du texte ou du référentiel.",
        "Carriers and signatories become actors of the document; their nature comes from the text or the référentiel.",
    ),
);

/// TAB-010: a sheet or row whose kind of document is unknown.
pub static TAB_010: Rule = reading(
    "TAB-010",
    Severity::Error,
    Category::Structure,
    &[CONVENTION],
    Text::new("Type de dispositif inconnu", "Unknown kind of instrument"),
    Text::new(
        "Le type de dispositif n'est pas reconnu ({valeur}) : {portee} n'est pas lue.",
        "The kind of instrument is not recognised ({valeur}): {portee} is not read.",
    ),
    Text::new(
        "Nommez la feuille d'après le dispositif (CLS, Contrats de ville, CLSM, ASV…), ajoutez une colonne « Type », ou indiquez le type (option `--type`).",
        "Name the sheet after the instrument (CLS, Contrats de ville, CLSM, ASV…), add a « Type » column, or give the kind (option `--type`).",
    ),
    Text::new(
        "Le type de document est lu dans une colonne « Type » ou « Dispositif », sinon dans le nom de la feuille.",
        "The kind of document is read from a « Type » or « Dispositif » column, else from the sheet name.",
    ),
);

/// TAB-011: a column that does not apply to the row's kind of document.
pub static TAB_011: Rule = reading(
    "TAB-011",
    Severity::Warning,
    Category::Structure,
    &[CONVENTION],
    Text::new("Colonne sans objet", "Column not applicable"),
    Text::new(
        "La colonne « {entete} » ne s'applique pas à un {type} : la valeur n'est pas reprise.",
        "Column \"{entete}\" does not apply to a {type}: the value is not taken.",
    ),
    Text::new(
        "Placez ces lignes sur une feuille de leur type, ou videz la cellule.",
        "Move these rows to a sheet of their kind, or empty the cell.",
    ),
    Text::new(
        "Une feuille peut mêler plusieurs types ; chaque colonne n'est lue que pour les types qui ont ce champ.",
        "A sheet may mix kinds; each column is read only for the kinds that have that field.",
    ),
);

/// Every TAB rule, in code order.
pub static REGLES: [&Rule; 11] = [
    &TAB_001, &TAB_002, &TAB_003, &TAB_004, &TAB_005, &TAB_006, &TAB_007, &TAB_008, &TAB_009,
    &TAB_010, &TAB_011,
];
