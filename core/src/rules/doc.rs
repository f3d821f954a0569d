//! DOC-*: reading the document (syntax, types, fields, vocabularies, dates, limits). These are
//! emitted by the engine before any other rule; a `fatal` finding means no other rule ran.

use super::*;
use crate::report::{Category, InForce, Severity};

const JSON_RFC: Source = Source::new(
    SourceKind::Convention,
    "RFC 8259 (JSON) et schémas JSON de territoire-sante (docs/schema/)",
    Some("https://www.rfc-editor.org/rfc/rfc8259"),
);
const SCHEMA: Source = Source::new(
    SourceKind::Convention,
    "Schémas JSON de territoire-sante (docs/schema/)",
    None,
);
const ISO8601: Source = Source::new(
    SourceKind::Convention,
    "ISO 8601 (dates AAAA-MM-JJ)",
    Some("https://www.iso.org/iso-8601-date-and-time-format.html"),
);
const LIMITS: Source = Source::new(
    SourceKind::Convention,
    "Limites de lecture configurables de territoire-sante (Limits)",
    None,
);

const fn engine(
    code: &'static str,
    category: Category,
    source: &'static [Source],
    title: Text,
    message: Text,
    help: Text,
    description: Text,
) -> Rule {
    Rule {
        code,
        severity: Severity::Fatal,
        category,
        applies_to: &[],
        in_force: InForce::ALWAYS,
        sources: source,
        title,
        message,
        help,
        description,
        limits: None,
        check: Check::Engine,
    }
}

/// DOC-001: the text is not valid JSON.
pub static DOC_001: Rule = engine(
    "DOC-001",
    Category::Structure,
    &[JSON_RFC],
    Text::new("JSON mal formé", "Malformed JSON"),
    Text::new(
        "Le texte n'est pas un JSON valide : {detail}.",
        "The text is not valid JSON: {detail}.",
    ),
    Text::new(
        "Corrigez la syntaxe à l'endroit indiqué (virgule, guillemet ou accolade manquants…).",
        "Fix the syntax at the given position (missing comma, quote or brace…).",
    ),
    Text::new(
        "Le document doit être un texte JSON conforme à la RFC 8259.",
        "The document must be JSON text conforming to RFC 8259.",
    ),
);

/// DOC-002: a value has the wrong type.
pub static DOC_002: Rule = engine(
    "DOC-002",
    Category::Structure,
    &[SCHEMA],
    Text::new("Type de valeur invalide", "Wrong value type"),
    Text::new(
        "Type invalide : {expected} attendu, {found} trouvé.",
        "Wrong type: {expected} expected, {found} found.",
    ),
    Text::new(
        "Donnez à ce champ une valeur du type attendu (voir le schéma du document).",
        "Give this field a value of the expected type (see the document's schema).",
    ),
    Text::new(
        "Chaque champ a un type fixé par le schéma du document.",
        "Each field has a type set by the document's schema.",
    ),
);

/// DOC-003: an unknown field.
pub static DOC_003: Rule = engine(
    "DOC-003",
    Category::Structure,
    &[SCHEMA],
    Text::new("Champ inconnu", "Unknown field"),
    Text::new(
        "Champ inconnu « {field} » ; champs possibles : {expected}.",
        "Unknown field \"{field}\"; possible fields: {expected}.",
    ),
    Text::new(
        "Vérifiez l'orthographe du champ (sans accents, en minuscules avec _) ou supprimez-le.",
        "Check the field's spelling (no accents, lower case with _) or remove it.",
    ),
    Text::new(
        "Les documents n'acceptent que les champs de leur schéma : une faute de frappe ne doit pas passer inaperçue.",
        "Documents accept only the fields of their schema, so that a typo does not go unnoticed.",
    ),
);

/// DOC-004: a required field is missing.
pub static DOC_004: Rule = engine(
    "DOC-004",
    Category::Required,
    &[SCHEMA],
    Text::new("Champ obligatoire manquant", "Missing required field"),
    Text::new(
        "Le champ obligatoire « {field} » est absent.",
        "The required field \"{field}\" is missing.",
    ),
    Text::new("Ajoutez ce champ.", "Add this field."),
    Text::new(
        "Quelques champs sont indispensables pour lire le document (son type, l'identifiant d'un acteur, la nature d'une instance…).",
        "A few fields are needed to read the document (its type, an actor's id, a body's nature…).",
    ),
);

/// DOC-005: a value outside a closed vocabulary.
pub static DOC_005: Rule = engine(
    "DOC-005",
    Category::Value,
    &[SCHEMA],
    Text::new("Valeur hors vocabulaire", "Value outside the vocabulary"),
    Text::new(
        "Valeur « {value} » inconnue ; valeurs possibles : {expected}.",
        "Unknown value \"{value}\"; possible values: {expected}.",
    ),
    Text::new(
        "Choisissez une des valeurs du vocabulaire (sans accents, en minuscules avec _).",
        "Choose one of the vocabulary's values (no accents, lower case with _).",
    ),
    Text::new(
        "Les natures d'acteurs, d'instances, les thématiques… sont des vocabulaires fermés.",
        "Actor natures, body natures, themes… are closed vocabularies.",
    ),
);

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

/// DOC-007: unknown or missing document type.
pub static DOC_007: Rule = engine(
    "DOC-007",
    Category::Structure,
    &[SCHEMA],
    Text::new("Type de document inconnu", "Unknown document type"),
    Text::new(
        "Type de document « {value} » inconnu ; types possibles : {expected}.",
        "Unknown document type \"{value}\"; possible types: {expected}.",
    ),
    Text::new(
        "Indiquez dans \"type\" la nature du document (ex. \"contrat_local_sante\").",
        "State the document's nature in \"type\" (e.g. \"contrat_local_sante\").",
    ),
    Text::new(
        "Chaque document porte son type dans le champ \"type\" ; un portefeuille ne contient pas de portefeuille.",
        "Each document carries its type in \"type\"; a portfolio does not contain a portfolio.",
    ),
);

/// DOC-008: nesting too deep.
pub static DOC_008: Rule = engine(
    "DOC-008",
    Category::TooLong,
    &[LIMITS],
    Text::new("Imbrication trop profonde", "Nesting too deep"),
    Text::new(
        "Le document est imbriqué au-delà de {limit} niveaux.",
        "The document is nested deeper than {limit} levels.",
    ),
    Text::new(
        "Aplatissez la structure ; aucun document réel n'approche cette profondeur.",
        "Flatten the structure; no real document comes close to this depth.",
    ),
    Text::new(
        "Une profondeur bornée protège les lecteurs (navigateur, notebook) d'un épuisement de pile.",
        "A bounded depth protects readers (browser, notebook) from stack exhaustion.",
    ),
);

/// DOC-009: document too large.
pub static DOC_009: Rule = engine(
    "DOC-009",
    Category::TooLong,
    &[LIMITS],
    Text::new("Document trop volumineux", "Document too large"),
    Text::new(
        "Le document fait {size} octets, au-delà de la limite de {limit} octets.",
        "The document is {size} bytes, above the limit of {limit} bytes.",
    ),
    Text::new(
        "Découpez le document, ou relevez la limite (option max_bytes) si ce volume est voulu.",
        "Split the document, or raise the limit (option max_bytes) if this size is intended.",
    ),
    Text::new(
        "Une taille bornée garde la validation rapide et la mémoire maîtrisée.",
        "A bounded size keeps validation fast and memory in check.",
    ),
);

/// DOC-010: too many items in a list.
pub static DOC_010: Rule = engine(
    "DOC-010",
    Category::TooLong,
    &[LIMITS],
    Text::new("Liste trop longue", "List too long"),
    Text::new(
        "La liste compte {count} éléments, au-delà de la limite de {limit}.",
        "The list has {count} items, above the limit of {limit}.",
    ),
    Text::new(
        "Découpez la liste, ou relevez la limite (option max_items).",
        "Split the list, or raise the limit (option max_items).",
    ),
    Text::new(
        "Un nombre d'éléments borné garde la validation rapide.",
        "A bounded number of items keeps validation fast.",
    ),
);

/// The DOC family.
pub static RULES: &[&Rule] = &[
    &DOC_001, &DOC_002, &DOC_003, &DOC_004, &DOC_005, &DOC_006, &DOC_007, &DOC_008, &DOC_009,
    &DOC_010,
];
