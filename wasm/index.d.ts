// Types of the territoire-sante API (hand-written); the document and report types are generated
// from the core's JSON Schemas into types/schema.d.ts.

import type {
  DocumentSante,
  DocumentType,
  InForce,
  IsoDate,
  LegalBasis,
  Locale,
  PartialDate,
  Report,
  Severity,
} from './types/schema.js';

export * from './types/schema.js';

/** Stable codes of {@link TerritoireSanteError}. */
export type ErrorCode =
  /** An option has a value the library does not understand. */
  | 'option'
  /** A rule code or prefix that matches no rule. */
  | 'unknown_rule'
  /** A document type (or schema name) that does not exist. */
  | 'unknown_kind'
  /** Reference data that cannot be loaded or found. */
  | 'referentiel'
  /** An analysis that cannot run on its input. */
  | 'analysis'
  /** An argument that is not a document, a string or a list as expected. */
  | 'input'
  /** Browser entry used before `await init()`. */
  | 'not_initialized'
  /** A Validator used after `free()`. */
  | 'freed'
  /** Anything else the WebAssembly side reports. */
  | 'read'
  | 'internal';

/** Misuse of the library. An invalid document is not an error: it gets a {@link Report}. */
export class TerritoireSanteError extends Error {
  readonly name: 'TerritoireSanteError';
  /** Stable family code. */
  readonly code: ErrorCode;
  /** For `code === 'option'`: the option's name as given in JavaScript (`asOf`, `limits.maxDepth`). */
  readonly option?: string;
  /** For `code === 'option'`: why the value was refused. */
  readonly reason?: string;
}

/** A rule selector: a code (`CLS-001`), a family (`CLS`) or a code prefix. */
export type RuleSelector = string;

/** Limits on what the engine agrees to read. */
export interface Limits {
  /** Largest text, in bytes (default 16 MiB). */
  maxBytes?: number;
  /** Deepest nesting of arrays and objects (default 64; at most 120). */
  maxDepth?: number;
  /** Longest list (default 100,000 items). */
  maxItems?: number;
  /** Most findings reported for one document (default 1,000); the rest are counted (DOC-012). */
  maxFindingsPerDocument?: number;
  /** Most findings in one report (default 1,000,000); the rest are counted (DOC-012). */
  maxFindings?: number;
}

/** Options of a {@link Validator}. */
export interface ValidatorOptions {
  /** Date at which the law is applied (`AAAA-MM-JJ` or a Date, read in the local calendar); default: today. */
  asOf?: IsoDate | Date;
  /** Language of messages; default French. */
  lang?: Locale;
  /** Rules to run (all when absent or empty). */
  rules?: RuleSelector | RuleSelector[];
  /** Rules not to run. */
  exclude?: RuleSelector | RuleSelector[];
  /** Least severity reported; default: everything. */
  minSeverity?: Severity;
  /** Attach evidence (inputs and parameters) to each diagnostic. */
  explain?: boolean;
  /** Reading limits. */
  limits?: Limits;
  /**
   * First-error mode: validation stops once this many diagnostics of severity error or fatal
   * are found (`1`: at the first); the report holds what was found until then. Default: no limit.
   */
  maxErrors?: number;
  /**
   * Référentiel for the rules that check codes against the official geography (TER-…);
   * default: the one installed by {@link loadReferentiel}, if any; `null` or `false`: none.
   */
  referentiel?: Referentiel | null | false;
}

/**
 * What can be validated: a document object (any JSON value is accepted and diagnosed), its JSON
 * text as written (diagnostics then get line and column) or that text as bytes (read by the
 * core: bytes that are not UTF-8 get a `DOC-011` report).
 */
export type DocumentInput = DocumentSante | string | Uint8Array | object;

/** Kind of text a source is. */
export type SourceKind =
  | 'loi'
  | 'code'
  | 'decret'
  | 'arrete'
  | 'circulaire'
  | 'guide'
  | 'parlement'
  | 'referentiel'
  | 'norme'
  | 'modele'
  | 'terrain';

/** How much a source weighs; it bounds the severity of the rules resting on it. */
export type Authority = 'binding' | 'instruction' | 'guidance' | 'reference' | 'field';

/** One source of a rule, from the registry. */
export interface SourceInfo {
  /** Registry identifier (`csp-l1434-10`). */
  id: string;
  /** Official citation. */
  label: string;
  /** Link to the official publisher. */
  url?: string;
  kind: SourceKind;
  authority: Authority;
  /** Official identifier (LEGIARTI, JORFTEXT, NOR…), when verified. */
  identifier?: string;
  /** Period in which the text is in force. */
  in_force: InForce;
  /** Secondary copies ("voir aussi"), never the basis. */
  see_also?: string[];
  /** What could not be verified. */
  note?: string;
}

/** A rule's metadata, as listed by {@link rules} and shown by {@link explain}. */
export interface RuleInfo {
  /** Code (`CLS-001`). */
  code: string;
  severity: Severity;
  /** Category (`required`, `business-rule`…). */
  category: string;
  /** Document types it applies to (empty: all). */
  applies_to: DocumentType[];
  /** In-force period. */
  in_force: InForce;
  /** Main legal basis. */
  legal_basis: LegalBasis;
  /** Every source. */
  sources: SourceInfo[];
  /** Authority of its strongest source, which bounds its severity. */
  authority?: Authority;
  /** Why its severity is what it is, from that authority (from the rules' documentation). */
  severity_reason?: string;
  /** Title (from the rules' documentation, as `description`). */
  title?: string;
  /** Message template with `{param}` placeholders. */
  message: string;
  help: string;
  /**
   * What it checks and why: from the rules' documentation, read at once on Node.js and present
   * in a browser once {@link loadDocumentation} has resolved.
   */
  description?: string;
  /** What it cannot check (from the rules' documentation, as `description`). */
  limits?: string;
}

/** Language choice of the listing functions. */
export interface LangOptions {
  lang?: Locale;
}

/** Library version and data vintages. */
export interface About {
  version: string;
  /** Number of rules. */
  rules: number;
  /** Vintage of the référentiel compiled in, or null. */
  referentiel: string | null;
}

/** A compiled rule set, reused for every document. */
export class Validator {
  /** @throws {TerritoireSanteError} `option` or `unknown_rule` */
  constructor(options?: ValidatorOptions);
  /** Date at which the law is applied. */
  readonly asOf: IsoDate;
  /** Language of messages. */
  readonly lang: Locale;
  /** Validates one document; always returns a report for a document, throws only on misuse. */
  validate(doc: DocumentInput): Report;
  /** Validates many documents: one report per document, in input order. */
  validateMany(docs: Iterable<unknown>): Report[];
  /** Metadata of the rules this validator runs, in its language. */
  rules(): RuleInfo[];
  /** Metadata of one rule, in this validator's language. @throws `unknown_rule` */
  explain(code: string): RuleInfo;
  /** Releases the WebAssembly memory now (the garbage collector does it otherwise). */
  free(): void;
}

/** Validates one document with a throw-away validator. */
export function validate(doc: DocumentInput, options?: ValidatorOptions): Report;
/** Metadata of every rule, sorted by code. */
export function rules(options?: LangOptions | Locale): RuleInfo[];
/** Metadata of one rule. @throws `unknown_rule` */
export function explain(code: string, options?: LangOptions | Locale): RuleInfo;
/**
 * Loads the rules' documentation (`description` and `limits` of each rule, `note` and
 * `see_also` of its sources), a separate asset of the package (`pkg/documentation.json`) kept
 * out of the WebAssembly module for its size; {@link rules} and {@link explain} include it once
 * loaded. Node.js reads it at their first call; a browser fetches it only when this is called.
 * @param source a URL (or a path on Node.js); default: the package's asset.
 */
export function loadDocumentation(source?: string | { readonly href: string }): Promise<void>;
/**
 * A JSON Schema (Draft 2020-12): a document type, `document`, `report` or `options`.
 * @throws `unknown_kind`
 */
export function schema(kind: DocumentType | 'document' | 'report' | 'options'): Record<string, unknown>;
/** Library version and data vintages. */
export function about(): About;
/** Provenance, vintage, licence and counts of a référentiel. */
export interface ReferentielAbout {
  /** Vintage label (`COG 2026`). */
  vintage: string;
  /** First day of the vintage. */
  vintage_date?: IsoDate;
  licence: string;
  /** Where each part comes from: [part, source]. */
  sources: [string, string][];
  /** Départements whose QPV lists the référentiel holds, by generation. */
  couverture_qpv: unknown[];
  /** Number of entries of each kind (`communes`, `epci`, `qpv`…). */
  comptes: Record<string, number>;
}

/** Kinds of lookup by code. */
export type LookupKind =
  | 'commune'
  | 'epci'
  | 'ept'
  | 'departement'
  | 'region'
  | 'qpv'
  | 'contrat_de_ville';

/** A commune in a list (members of an EPCI, communes of a QPV). */
export interface CommuneBreve {
  code: string;
  nom: string;
  population: number | null;
}

/** A quartier prioritaire in a list. */
export interface QpvBref {
  code: string;
  nom: string;
  generation: string;
  population: number | null;
}

/** A commune with its relations, as {@link Referentiel.commune} returns it. */
export interface CommuneInfo {
  /** INSEE code. */
  code: string;
  nom: string;
  /** `commune`, `arrondissement-municipal`, `commune-deleguee`, `commune-associee`. */
  type: string;
  departement: string;
  region: string;
  /** SIREN of its EPCI. */
  epci?: string;
  siren?: string;
  population?: number;
  /** Former codes (merged communes). */
  anciens_codes?: string[];
  /** For an arrondissement or a commune déléguée: the commune it belongs to. */
  parent?: string;
  epci_detail: { siren: string; nom: string; nature: string } | null;
  ept: { siren: string; nom: string } | null;
  departement_detail: { code: string; nom: string } | null;
  region_detail: { code: string; nom: string } | null;
  qpv: QpvBref[];
  /** Other entries with the same code (a commune déléguée of the same code…). */
  meme_code?: { type: string; nom: string }[];
  /** Vintage of the référentiel. */
  referentiel: string;
  [key: string]: unknown;
}

/** An EPCI with its members, as {@link Referentiel.epci} returns it. */
export interface EpciInfo {
  siren: string;
  nom: string;
  /** `CC`, `CA`, `CU`, `METRO`, `MET69`. */
  nature: string;
  financement?: string;
  population_totale?: number;
  population_municipale?: number;
  membres: CommuneBreve[];
  qpv: QpvBref[];
  referentiel: string;
  [key: string]: unknown;
}

/** A result of {@link Referentiel.cherche}. */
export interface SearchHit {
  /** `commune`, `arrondissement-municipal`, …, `epci`, `ept`, `departement`, `region`, `qpv`. */
  type: string;
  code: string;
  nom: string;
  departement?: string;
  /** How it matched: `exact`, `prefixe`, `contient`. */
  correspondance: 'exact' | 'prefixe' | 'contient';
}

/** Options of {@link Referentiel.cherche}. */
export interface SearchOptions {
  /** Most results (default 10). */
  limit?: number;
}

/** What {@link Referentiel.territoireDe} returns. */
export interface TerritoireDe {
  commune: { code: string; nom: string };
  epci: { siren: string; nom: string; nature: string } | null;
  ept: { siren: string; nom: string } | null;
  departement: { code: string; nom: string } | null;
  region: { code: string; nom: string } | null;
}

/**
 * The official geography (COG communes, EPCI, EPT, départements, régions, QPV, contrats de
 * ville), loaded at run time by {@link loadReferentiel}: the `.wasm` does not embed it.
 */
export class Referentiel {
  private constructor();
  /** Vintage label (`COG 2026`). */
  readonly vintage: string;
  about(): ReferentielAbout;
  /** One entry by code, with its relations; `null` when unknown. @throws `option` for an unknown kind */
  lookup(kind: LookupKind, code: string): Record<string, unknown> | null;
  /** A commune by INSEE code (`59350`). */
  commune(code: string): CommuneInfo | null;
  /** An EPCI by SIREN (`200093201`), with its member communes. */
  epci(siren: string): EpciInfo | null;
  /** An EPT of the Métropole du Grand Paris by SIREN. */
  ept(siren: string): Record<string, unknown> | null;
  departement(code: string): Record<string, unknown> | null;
  region(code: string): Record<string, unknown> | null;
  /** A quartier prioritaire by code. */
  qpv(code: string): Record<string, unknown> | null;
  contratDeVille(code: string): Record<string, unknown> | null;
  /** Member communes of an EPCI or EPT (`[]` when unknown). */
  membres(siren: string): CommuneBreve[] | null;
  /** QPV of a commune (the list may be partial: see `about().couverture_qpv`); `null` for an unknown commune. */
  qpvDeCommune(code: string): QpvBref[] | null;
  /** The chain of a commune (code and name each); `null` for an unknown commune. */
  territoireDe(code: string): TerritoireDe | null;
  /** Name search, case- and accent-insensitive: exact, then prefix, then contains. */
  cherche(query: string, options?: SearchOptions | number): SearchHit[];
  /** Same as {@link cherche}. */
  search(query: string, options?: SearchOptions | number): SearchHit[];
  /**
   * A copy with the QPV contours of a GeoJSON source attached (not shipped in the package: the
   * repository's `data/qpv2024/contours.geojson` or the ANCT's file); replaces the installed
   * référentiel when this one is installed. Loads the analyses' module (pkg/analyses/) on first use.
   * @throws `referentiel` for an unreadable GeoJSON
   */
  withQpvContours(source: ReferentielSource): Promise<Referentiel>;
  /** How many QPV have a loaded contour (0 until {@link withQpvContours}). */
  readonly contours: number;
  /**
   * A copy with the département outlines of a GeoJSON source attached (not shipped in the
   * package: the repository's `data/departements/contours.geojson`, IGN ADMIN EXPRESS COG 2018,
   * Licence Ouverte), drawn in grey under the quartiers of the maps; replaces the installed
   * référentiel when this one is installed. Loads the analyses' module (pkg/analyses/) on first use.
   * @throws `referentiel` for an unreadable GeoJSON, an unknown département code or a malformed
   * geometry (naming the feature)
   */
  withDepartementContours(source: ReferentielSource): Promise<Referentiel>;
  /** How many départements have a loaded outline (0 until {@link withDepartementContours}). */
  readonly departementContours: number;
  /**
   * The QPV whose contour contains the point (WGS84 longitude, latitude), in code order; empty
   * until {@link withQpvContours}. @throws `option` for coordinates out of range
   */
  qpvAt(lon: number, lat: number): Record<string, unknown>[];
  /** Releases the WebAssembly memory now. */
  free(): void;
}

/**
 * Where a référentiel comes from: its compact text (a string with line breaks), a URL or a path
 * (a string without line break, or a `URL`), a fetch `Response`, or bytes. Written structurally
 * so that it needs neither the DOM nor Node.js types.
 */
export type ReferentielSource =
  | string
  | { readonly href: string }
  | { text(): Promise<string>; readonly ok?: boolean }
  | Uint8Array
  | ArrayBuffer;

/**
 * Loads the référentiel and installs it as the default of validators and analyses.
 * @param source nothing (the package's `pkg/referentiel.tsv`, read on Node.js, fetched next to
 *   the module in browsers), the compact text itself, a URL, a path (Node.js), a Response or
 *   bytes. Without `source`, later calls return the same référentiel.
 */
export function loadReferentiel(source?: ReferentielSource): Promise<Referentiel>;
/** The référentiel installed by {@link loadReferentiel}, or `null`. */
export function currentReferentiel(): Referentiel | null;

/** Lookups on the installed référentiel. @throws `referentiel` before {@link loadReferentiel} */
export function lookup(kind: LookupKind, code: string): Record<string, unknown> | null;
/** @throws `referentiel` before {@link loadReferentiel} */
export function commune(code: string): CommuneInfo | null;
/** @throws `referentiel` before {@link loadReferentiel} */
export function epci(siren: string): EpciInfo | null;
/** @throws `referentiel` before {@link loadReferentiel} */
export function ept(siren: string): Record<string, unknown> | null;
/** @throws `referentiel` before {@link loadReferentiel} */
export function departement(code: string): Record<string, unknown> | null;
/** @throws `referentiel` before {@link loadReferentiel} */
export function region(code: string): Record<string, unknown> | null;
/** @throws `referentiel` before {@link loadReferentiel} */
export function qpv(code: string): Record<string, unknown> | null;
/** @throws `referentiel` before {@link loadReferentiel} */
export function contratDeVille(code: string): Record<string, unknown> | null;
/** @throws `referentiel` before {@link loadReferentiel} */
export function membres(siren: string): CommuneBreve[] | null;
/** @throws `referentiel` before {@link loadReferentiel} */
export function qpvDeCommune(code: string): QpvBref[] | null;
/** @throws `referentiel` before {@link loadReferentiel} */
export function territoireDe(code: string): TerritoireDe | null;
/** @throws `referentiel` before {@link loadReferentiel} */
export function cherche(query: string, options?: SearchOptions | number): SearchHit[];

/** Options of the analyses. */
export interface AnalysisOptions {
  /** Date of the analysis (default: today, local calendar). */
  asOf?: IsoDate | Date;
  /** Language of the texts. */
  lang?: Locale;
  /**
   * Territory: `fr`, `dep:02`, `reg:32`, `epci:200072031`, `ept:200057867`,
   * `communes:02168,02173`; default: every commune the portfolio's instruments cover.
   */
  territoire?: string;
  /** Articulation: attach every diagnostic of the documents, not only the cross-document ones. */
  tousDiagnostics?: boolean;
  /** Référentiel to use; default: the installed one. */
  referentiel?: Referentiel;
}

/** Instruments (identifiers) by kind. */
export interface Instruments {
  cls: string[];
  contrat_de_ville: string[];
  asv: string[];
  clsm: string[];
  cts: string[];
}

/** Kind of instrument. */
export type Dispositif = keyof Instruments;

/** One commune of a coverage, with its instruments (one list per kind). */
export interface LigneCommune extends Instruments {
  commune: string;
  nom: string;
  departement: string;
  epci?: string | null;
  population: number;
  qpv: string[];
  /** Covered by a CLS, an ASV or a CLSM. */
  couverte: boolean;
}

/** Communes and population. */
export interface Compte {
  communes: number;
  population: number;
}

/** Summary of a département (or of the whole territory). */
export interface ResumeCouverture {
  departement: string;
  nom: string;
  communes: number;
  population: number;
  communes_couvertes: number;
  population_couverte: number;
  zones_blanches: number;
  population_zones_blanches: number;
  par_dispositif: Partial<Record<Dispositif, Compte>>;
}

/** Coverage of a territory by a portfolio. */
export interface Couverture {
  as_of: IsoDate;
  territoire: string;
  /** Vintage of the référentiel. */
  referentiel: string;
  instruments_en_vigueur: number;
  instruments_hors_vigueur: number;
  /** Instruments in force that the référentiel cannot place. */
  non_localises: string[];
  communes: LigneCommune[];
  departements: ResumeCouverture[];
  total: ResumeCouverture;
}

/** One quartier prioritaire of a coverage per quartier, with its instruments. */
export interface LigneQuartier extends Instruments {
  qpv: string;
  nom: string;
  /** List of the QPV (`2015`, `2024`). */
  liste: string;
  communes: string[];
  epci: string[];
  departement: string;
  region: string;
  /** `null` until a population file (INSEE pop_QPV24) is loaded. */
  population: number | null;
  /** Contrats de ville in force on it that have a volet santé. */
  volet_sante: string[];
  /** Covered by a CLS, an ASV, a CLSM or a volet santé. */
  couvert: boolean;
}

/** Counts of quartiers for a département, a région or the whole territory. */
export interface ResumeQuartiers {
  code: string;
  nom: string;
  qpv: number;
  couverts: number;
  zones_blanches: number;
  population: number;
  population_zones_blanches: number;
  population_inconnue: number;
  par_dispositif: Partial<Record<Dispositif, number>>;
  volet_sante: number;
}

/** Coverage of the quartiers prioritaires by a portfolio. */
export interface CouvertureQuartiers {
  as_of: IsoDate;
  territoire: string;
  referentiel: string;
  /** Lists in force for the quartiers shown. */
  listes: string[];
  instruments_en_vigueur: number;
  instruments_hors_vigueur: number;
  /** Said when some QPV have no population. */
  note?: string;
  quartiers: LigneQuartier[];
  departements: ResumeQuartiers[];
  regions: ResumeQuartiers[];
  total: ResumeQuartiers;
}

/** A cross-document finding of an articulation. */
export interface Incoherence {
  code: string;
  severity: Severity;
  document: string;
  path: string;
  message: string;
}

/** One row (a territory level) of the articulation matrix, with its instruments. */
export interface LigneArticulation extends Instruments {
  niveau: string;
  code: string;
  nom: string;
  departement?: string | null;
  /** Indices in {@link Articulation.incoherences}. */
  incoherences: number[];
  signaux: string[];
}

/** Articulation matrix of a portfolio. */
export interface Articulation {
  as_of: IsoDate;
  territoire: string;
  lignes: LigneArticulation[];
  incoherences: Incoherence[];
}

/** One factor of an opportunity assessment. */
export interface FacteurEvalue {
  facteur: string;
  libelle: string;
  effet: string;
  poids: number;
  contribution: number;
  determinant: boolean;
  constat: string;
}

/** Opportunity assessment of a démarche d'accompagnement. */
export interface AvisOpportunite {
  demarche?: string | null;
  /** Recommended scenario (`report`, `lancement`…). */
  recommandation: string;
  score: number;
  /** Date the factors are read at: their observation date (possibly to the month or the year), else `asOf`. */
  date_reference?: PartialDate | null;
  motif: string;
  raisons: string[];
  condition?: string | null;
  suivi?: string | null;
  facteurs: FacteurEvalue[];
  non_renseignes: string[];
  decision_document?: string | null;
  locale: Locale;
}

/**
 * Coverage of a territory by a portfolio: per commune, the instruments in force at `asOf`,
 * per département and in total the covered population and the white zones. Asynchronous, as
 * every analysis: the analyses' module (pkg/analyses/) is loaded on the first call.
 * @throws (rejects) `referentiel` without a référentiel; `option`, `analysis` on bad input
 */
export function couverture(portefeuille: DocumentInput, options?: AnalysisOptions): Promise<Couverture>;
/**
 * Coverage per quartier prioritaire: each QPV of the lists in force at `asOf` (all of France
 * without `territoire`) with the instruments in force covering it. @throws as {@link couverture}
 */
export function couvertureQuartiers(
  portefeuille: DocumentInput,
  options?: AnalysisOptions,
): Promise<CouvertureQuartiers>;
/** Options of {@link carteQuartiers}: those of the analyses, plus the output format. */
export interface CarteOptions extends AnalysisOptions {
  /** `svg` (default): an SVG document as text; `geojson`: a GeoJSON FeatureCollection. */
  format?: 'svg' | 'geojson';
}
/**
 * Map of the coverage per quartier, drawn by the core: QPV coloured by coverage (SVG, which
 * needs the contours: {@link Referentiel.withQpvContours}) or a GeoJSON FeatureCollection (a
 * quartier without contour has a `null` geometry). Asynchronous, as {@link couverture}.
 * @throws as {@link couverture}
 */
export function carteQuartiers(
  portefeuille: DocumentInput,
  options: CarteOptions & { format: 'geojson' },
): Promise<{ type: 'FeatureCollection'; features: Record<string, unknown>[]; couverture: Record<string, unknown> }>;
export function carteQuartiers(portefeuille: DocumentInput, options?: CarteOptions): Promise<string>;
/** Articulation matrix of a portfolio. @throws as {@link couverture} */
export function articulation(portefeuille: DocumentInput, options?: AnalysisOptions): Promise<Articulation>;
/**
 * Opportunity assessment of a démarche d'accompagnement, or of each démarche of a portfolio
 * that records factors (no référentiel needed). Asynchronous, as {@link couverture}.
 * @throws (rejects) `option`, `analysis`
 */
export function opportunite(doc: DocumentInput, options?: AnalysisOptions): Promise<AvisOpportunite[]>;

/**
 * A report as a FHIR R4 `OperationOutcome` resource, computed by the core (the same as the
 * Rust `Report::to_fhir` and the CLI's `--format fhir`). @throws `option` for what is not a report
 */
export function toFhir(report: Report | string): Record<string, unknown>;
/**
 * A report as a SARIF 2.1.0 log; `uri` names the validated file (default `document.json`).
 * @throws `option` for what is not a report
 */
export function toSarif(report: Report | string, uri?: string): Record<string, unknown>;

/**
 * Loads the WebAssembly module (browsers and bundlers; resolves at once on Node.js). Call once
 * before anything else; later calls return the same promise.
 * @param source the .wasm file as a URL (string or URL), a Response, bytes or a compiled
 *   WebAssembly.Module; default: the one next to the package's files.
 */
export function init(source?: string | ArrayBuffer | ArrayBufferView | object): Promise<void>;
