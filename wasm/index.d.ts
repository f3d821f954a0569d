// Types of the territoire-sante API (hand-written); the document and report types are generated
// from the core's JSON Schemas into types/schema.d.ts.

import type {
  DocumentSante,
  DocumentType,
  InForce,
  IsoDate,
  LegalBasis,
  Locale,
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
}

/**
 * What can be validated: a document object (any JSON value is accepted and diagnosed), its JSON
 * text as written (diagnostics then get line and column) or that text as UTF-8 bytes.
 */
export type DocumentInput = DocumentSante | string | Uint8Array | object;

/** Nature of a source. */
export type SourceKind =
  | 'loi'
  | 'reglement'
  | 'circulaire'
  | 'guide'
  | 'terrain'
  | 'connaissance_generale'
  | 'convention';

/** One source of a rule. */
export interface SourceInfo {
  label: string;
  url?: string;
  kind: SourceKind;
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
  /** Whether it relies on unverified general knowledge. */
  general_knowledge: boolean;
  title: string;
  /** Message template with `{param}` placeholders. */
  message: string;
  help: string;
  /** What it checks and why. */
  description: string;
  /** What it cannot check. */
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
  validateMany(docs: Iterable<DocumentInput>): Report[];
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
 * A JSON Schema (Draft 2020-12): a document type, `document`, `report` or `options`.
 * @throws `unknown_kind`
 */
export function schema(kind: DocumentType | 'document' | 'report' | 'options'): Record<string, unknown>;
/** Library version and data vintages. */
export function about(): About;
/**
 * Loads the WebAssembly module (browsers and bundlers; resolves at once on Node.js). Call once
 * before anything else; later calls return the same promise.
 * @param source the .wasm file as a URL (string or URL), a Response, bytes or a compiled
 *   WebAssembly.Module; default: the one next to the package's files.
 */
export function init(source?: string | ArrayBuffer | ArrayBufferView | object): Promise<void>;
