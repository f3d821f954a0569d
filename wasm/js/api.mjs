// The JavaScript API of territoire-sante. web.mjs lists what the package exports (once: node.mjs
// re-exports it after configuring how Node.js loads the module and the assets). It holds no logic
// of the library: it converts options and documents, calls the WebAssembly module and turns its
// JSON answers into plain objects.
import initWasm, * as raw from '../pkg/web/territoire_sante_wasm.js';

/** Misuse of the library (bad option, unknown rule or type…); invalid documents get a report. */
export class TerritoireSanteError extends Error {
  /**
   * @param {string} code stable family code (`option`, `unknown_rule`, `unknown_kind`, `input`…)
   * @param {string} message French message
   * @param {{option?: string, reason?: string}} [details]
   */
  constructor(code, message, details = {}) {
    super(message);
    this.name = 'TerritoireSanteError';
    this.code = code;
    if (details.option !== undefined) this.option = details.option;
    if (details.reason !== undefined) this.reason = details.reason;
  }
}

// JS option name → core option name. The core reads snake_case; the table is also what the
// tests compare with docs/schema/options.json, so that a new core option cannot go unmapped.
export const OPTION_NAMES = Object.freeze({
  asOf: 'as_of',
  lang: 'locale',
  rules: 'rules',
  exclude: 'exclude',
  minSeverity: 'min_severity',
  explain: 'explain',
  limits: 'limits',
  maxErrors: 'max_errors',
});

export const LIMIT_NAMES = Object.freeze({
  maxBytes: 'max_bytes',
  maxDepth: 'max_depth',
  maxItems: 'max_items',
  maxFindingsPerDocument: 'max_findings_per_document',
  maxFindings: 'max_findings',
});

// JS option name → core option name, for the analyses (couverture, articulation, opportunite).
export const ANALYSIS_OPTION_NAMES = Object.freeze({
  asOf: 'as_of',
  lang: 'locale',
  territoire: 'territoire',
  tousDiagnostics: 'tous_diagnostics',
});

const JS_NAME = Object.fromEntries(
  [
    ...Object.entries(OPTION_NAMES),
    ...Object.entries(LIMIT_NAMES),
    ...Object.entries(ANALYSIS_OPTION_NAMES),
  ].map(([js, core]) => [core, js]),
);

/** `as_of` → `asOf`, `limits.max_depth` → `limits.maxDepth`. */
function jsOptionName(coreName) {
  return coreName
    .split('.')
    .map((part) => JS_NAME[part] ?? part)
    .join('.');
}

function isPlainObject(v) {
  if (v === null || typeof v !== 'object') return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

function optionError(option, reason) {
  return new TerritoireSanteError('option', `option « ${option} » invalide : ${reason}`, {
    option,
    reason,
  });
}

/** Turns the JSON error text thrown by the WebAssembly side into a TerritoireSanteError. */
export function fromWasm(e) {
  if (typeof e !== 'string') return e;
  let info;
  try {
    info = JSON.parse(e);
  } catch {
    return new TerritoireSanteError('internal', e);
  }
  if (info.code === 'option' && typeof info.option === 'string') {
    return optionError(jsOptionName(info.option), info.reason ?? '');
  }
  return new TerritoireSanteError(info.code, info.message);
}

/** Runs `f`, a call into a module, turning its errors into `TerritoireSanteError`s. */
export function call(f) {
  try {
    return f();
  } catch (e) {
    throw fromWasm(e);
  }
}

/** `AAAA-MM-JJ` of a Date in the local calendar (the user's day, not UTC's). */
export function isoDay(d) {
  const pad = (n, w) => String(n).padStart(w, '0');
  return `${pad(d.getFullYear(), 4)}-${pad(d.getMonth() + 1, 2)}-${pad(d.getDate(), 2)}`;
}

/**
 * JS options (camelCase) → the core's JSON options (snake_case). `referentiel` is left out: it
 * is a handle, not JSON, and the caller passes it on its own. `names` maps the accepted options.
 */
export function coreOptions(options, names = OPTION_NAMES) {
  if (options === undefined || options === null) options = {};
  if (!isPlainObject(options)) {
    throw optionError('options', 'un objet est attendu');
  }
  const out = {};
  for (const [key, value] of Object.entries(options)) {
    if (value === undefined || key === 'referentiel') continue;
    const name = names[key];
    if (name === undefined) {
      throw optionError(key, 'option inconnue');
    }
    if (key === 'asOf' && value instanceof Date) {
      if (Number.isNaN(value.getTime())) throw optionError('asOf', 'date invalide');
      out[name] = isoDay(value);
    } else if (key === 'limits' && isPlainObject(value)) {
      const limits = {};
      for (const [k, v] of Object.entries(value)) {
        const n = LIMIT_NAMES[k];
        if (n === undefined) throw optionError(`limits.${k}`, 'option inconnue');
        limits[n] = v;
      }
      out[name] = limits;
    } else if ((key === 'rules' || key === 'exclude') && typeof value === 'string') {
      out[name] = [value];
    } else {
      out[name] = value;
    }
  }
  // The WebAssembly core has no clock: today comes from JavaScript, in UTC as in Rust and Python
  // (the same document gets the same report from the three fronts at the same instant).
  if (out.as_of === undefined) out.as_of = new Date().toISOString().slice(0, 10);
  return out;
}

function langOf(options, where) {
  if (options === undefined || options === null) return 'fr';
  if (typeof options === 'string') return options;
  if (!isPlainObject(options)) throw optionError(where, 'un objet { lang } est attendu');
  for (const key of Object.keys(options)) {
    if (key !== 'lang') throw optionError(key, 'option inconnue');
  }
  const lang = options.lang ?? 'fr';
  if (typeof lang !== 'string') throw optionError('lang', 'valeur de type incorrect');
  return lang;
}

/**
 * A document as the WebAssembly side takes it: [text or bytes, kind] (see `item` in
 * wasm/src/lib.rs). Strings are JSON text as written (diagnostics get line and column); bytes are
 * read by the core; any other JSON value is serialised (paths, no line or column).
 */
function toInput(doc, where) {
  if (typeof doc === 'string') return [doc, TEXT];
  if (doc instanceof Uint8Array) return [doc, BYTES];
  if (doc === undefined || typeof doc === 'function' || typeof doc === 'symbol') {
    throw new TerritoireSanteError(
      'input',
      `${where} : un document (objet JSON) ou son texte est attendu, pas ${typeof doc}`,
    );
  }
  let text;
  try {
    text = JSON.stringify(doc);
  } catch (e) {
    throw new TerritoireSanteError(
      'input',
      `${where} : document non sérialisable en JSON (${e instanceof Error ? e.message : e})`,
    );
  }
  if (text === undefined) {
    throw new TerritoireSanteError('input', `${where} : document non sérialisable en JSON`);
  }
  return [text, VALUE];
}

// Kinds of batch items, as wasm/src/lib.rs numbers them.
const TEXT = 0;
const VALUE = 1;
const BYTES = 2;
const UNREADABLE = 3;

/**
 * The input of one item of a batch: `[text, TEXT]`, `[text, VALUE]`, `[bytes, BYTES]` or
 * `[reason, UNREADABLE]` when the item cannot be turned into JSON at all (a cyclic object,
 * `undefined`…): the core then words that item's own report (`DOC-011`), and the others are
 * validated all the same.
 */
function toBatchInput(doc) {
  if (doc instanceof Uint8Array) return [doc, BYTES];
  if (doc === undefined) return ['undefined', UNREADABLE];
  if (typeof doc === 'function' || typeof doc === 'symbol' || typeof doc === 'bigint') {
    return ['unsupported_type', UNREADABLE];
  }
  if (typeof doc === 'string') return [doc, TEXT];
  let text;
  try {
    text = JSON.stringify(doc);
  } catch (e) {
    const cyclic = e instanceof TypeError && /circular|cyclic/i.test(e.message);
    return [cyclic ? 'cycle' : 'unsupported_type', UNREADABLE];
  }
  if (text === undefined) return ['unsupported_type', UNREADABLE];
  return [text, VALUE];
}

const encoder = new TextEncoder();

/** A batch as one UTF-8 buffer, the end offset of each item and its kind. */
function batchBuffer(docs) {
  const parts = [];
  const kinds = [];
  let size = 0;
  for (const doc of docs) {
    const [content, kind] = toBatchInput(doc);
    const bytes = typeof content === 'string' ? encoder.encode(content) : content;
    parts.push(bytes);
    kinds.push(kind);
    size += bytes.length;
  }
  const buffer = new Uint8Array(size);
  const ends = new Uint32Array(parts.length);
  let at = 0;
  parts.forEach((p, i) => {
    buffer.set(p, at);
    at += p.length;
    ends[i] = at;
  });
  return [buffer, ends, Uint8Array.from(kinds)];
}

// --- The host: how the module and the assets are loaded. By default a browser's (fetch next to
// this file); node.mjs configures Node.js's (read from the package's files, synchronously).

const ASSETS = new URL('../pkg/', import.meta.url);
const host = {
  /** Whether the WebAssembly module is instantiated. */
  ready: false,
  /** The JSON Schemas (pkg/schemas.mjs), once loaded. */
  schemas: null,
  /** Text of a URL or path (`where`), for the référentiel and the documentation. */
  open: fetchText,
  /** The rules' documentation, read at once when the host can (Node.js), else null. */
  readDocumentation: () => null,
  /** The analyses' and maps' module (pkg/analyses/), instantiated: fetched next to this file by default. */
  loadAnalyses: fetchAnalyses,
};
let pending = null;

async function fetchAnalyses() {
  const m = await import('../pkg/analyses/territoire_sante_wasm.js');
  await m.default({ module_or_path: new URL('analyses/territoire_sante_wasm_bg.wasm', ASSETS) });
  return m;
}

// The analyses (couverture, couvertureQuartiers, articulation, opportunite) and the maps (QPV
// contours, `qpvAt`, `carteQuartiers`) are a second WebAssembly module, pkg/analyses/: the core
// built with the analyses' exports and its feature `cartes` (the `geo` crate and the drawing),
// which would put the main module over its size budget (wasm/tests/size.test.mjs). It is loaded
// on the first call that needs it, once: these functions are asynchronous.
let analyses = null;

function loadAnalyses() {
  analyses ??= host.loadAnalyses().catch((e) => {
    analyses = null;
    throw e instanceof TerritoireSanteError
      ? e
      : new TerritoireSanteError('input', `module des analyses (pkg/analyses/) injoignable : ${e.message}`);
  });
  return analyses;
}

async function fetchText(where) {
  let response;
  try {
    response = await fetch(where);
  } catch (e) {
    throw new TerritoireSanteError('input', `${where} injoignable (${e.message})`);
  }
  return fetched(response, String(where));
}

/** @internal node.mjs: the module is instantiated and the assets are read from files. */
export function configure(options) {
  Object.assign(host, options);
}

/**
 * Loads the WebAssembly module and the JSON Schemas (`pkg/schemas.mjs`). `source` is optional:
 * a URL, a Response, bytes or a compiled WebAssembly.Module; by default the .wasm file next to
 * this package's files. Resolves at once where the module is already loaded (Node.js).
 */
export function init(source) {
  if (host.ready) return Promise.resolve();
  if (pending === null) {
    // A separate chunk for bundlers; loaded with the module.
    const loadSchemas = import('../pkg/schemas.mjs').then((m) => m.default);
    pending = Promise.all([
      initWasm(source === undefined ? undefined : { module_or_path: source }),
      loadSchemas,
    ]).then(([, s]) => {
      host.schemas = s;
      host.ready = true;
    });
    pending.catch(() => {
      pending = null;
    });
  }
  return pending;
}

function wasm() {
  if (!host.ready) {
    throw new TerritoireSanteError(
      'not_initialized',
      "le module WebAssembly n'est pas chargé : appelez d'abord « await init() »",
    );
  }
  return raw;
}

const registry =
  typeof FinalizationRegistry === 'function'
    ? new FinalizationRegistry((inner) => inner.free())
    : null;

// The référentiel installed by loadReferentiel(): the default of validators and analyses.
let installed = null;
let loadingDefault = null;
// Handles are made only by loadReferentiel(); the token keeps the constructor private.
const token = Symbol('referentiel');

/** The official geography (COG, EPCI, QPV, contrats de ville), loaded at run time. */
export class Referentiel {
  #inner;
  // The compact text it was read from: the analyses' module reads it again (the two modules do
  // not share memory).
  #text;
  // Its copy in the analyses' module, with the QPV contours when loaded (`withQpvContours`); made
  // on first use. `handles` is what the garbage collector frees.
  #handles;

  constructor(inner, key, text, analysesInner = null) {
    if (key !== token) {
      throw new TerritoireSanteError('input', 'un Referentiel se crée avec « await loadReferentiel() »');
    }
    this.#inner = inner;
    this.#text = text;
    this.#handles = {
      inner,
      analyses: analysesInner,
      free() {
        this.inner.free();
        this.analyses?.free();
      },
    };
    registry?.register(this, this.#handles, this);
  }

  /** @internal the WebAssembly handle. */
  live() {
    if (this.#inner === null) {
      throw new TerritoireSanteError('freed', 'ce Referentiel a été libéré (free())');
    }
    return this.#inner;
  }

  /** Provenance, vintage, licence and counts. */
  about() {
    return JSON.parse(this.live().about());
  }

  /** Vintage label (`COG 2026`). */
  get vintage() {
    return this.about().vintage;
  }

  /** One entry by code, with its relations, or `null`. */
  lookup(kind, code) {
    checkString(kind, 'lookup');
    checkString(code, 'lookup');
    return JSON.parse(call(() => this.live().lookup(kind, code)));
  }

  /** A commune (or arrondissement, commune déléguée…) by INSEE code. */
  commune(code) {
    return this.lookup('commune', code);
  }

  /** An EPCI by SIREN, with its member communes and QPV. */
  epci(siren) {
    return this.lookup('epci', siren);
  }

  /** An établissement public territorial (Grand Paris) by SIREN. */
  ept(siren) {
    return this.lookup('ept', siren);
  }

  /** A département by code. */
  departement(code) {
    return this.lookup('departement', code);
  }

  /** A région by code. */
  region(code) {
    return this.lookup('region', code);
  }

  /** A quartier prioritaire by code (`QN…`, `QP…`). */
  qpv(code) {
    return this.lookup('qpv', code);
  }

  /** A contrat de ville by code. */
  contratDeVille(code) {
    return this.lookup('contrat_de_ville', code);
  }

  /** Member communes of an EPCI or EPT (`null` when unknown). */
  membres(siren) {
    checkString(siren, 'membres');
    return JSON.parse(this.live().membres(siren));
  }

  /** QPV of a commune (`null` for an unknown commune; the QPV list may be partial). */
  qpvDeCommune(code) {
    checkString(code, 'qpvDeCommune');
    return JSON.parse(this.live().qpvDeCommune(code));
  }

  /** The chain of a commune: commune, EPCI, EPT, département, région (`null` if unknown). */
  territoireDe(code) {
    checkString(code, 'territoireDe');
    return JSON.parse(this.live().territoireDe(code));
  }

  /** Name search (case- and accent-insensitive): exact, then prefix, then contains. */
  cherche(query, options) {
    checkString(query, 'cherche');
    let limit = 10;
    if (typeof options === 'number') limit = options;
    else if (options !== undefined && options !== null) {
      if (!isPlainObject(options)) throw optionError('cherche', 'un objet { limit } est attendu');
      for (const key of Object.keys(options)) {
        if (key !== 'limit') throw optionError(key, 'option inconnue');
      }
      limit = options.limit ?? 10;
    }
    if (!Number.isSafeInteger(limit) || limit < 0) {
      throw optionError('limit', 'un entier positif est attendu');
    }
    return JSON.parse(this.live().search(query, limit));
  }

  /**
   * A copy with the QPV contours of a GeoJSON source attached: its text, a URL, a path
   * (Node.js), a Response or bytes. The package does not ship them: the repository's
   * `data/qpv2024/contours.geojson` or the ANCT's file. Loads the analyses' module (pkg/analyses/)
   * on first use. The copy keeps the contours and outlines this one had (as in Rust and Python).
   * When this référentiel is the installed one, the copy replaces it.
   */
  async withQpvContours(source) {
    return this.#withGeojson(source, 'withQpvContours', 'le GeoJSON des contours est attendu');
  }

  /**
   * A copy with the département outlines of a GeoJSON source attached (as withQpvContours), drawn
   * in grey under the quartiers of the maps: the repository's `data/departements/contours.geojson`
   * (IGN ADMIN EXPRESS COG 2018, Licence Ouverte), not shipped in the package.
   */
  async withDepartementContours(source) {
    return this.#withGeojson(
      source,
      'withDepartementContours',
      'le GeoJSON des limites des départements est attendu',
    );
  }

  // A copy whose analyses' module copy has a GeoJSON asset attached by the core's `method`; built on
  // this one's copy when it exists, so that the QPV contours and the outlines add up.
  async #withGeojson(source, method, missing) {
    if (source === undefined || source === null) {
      throw optionError('source', missing);
    }
    this.live();
    const [m, geojson] = await Promise.all([
      loadAnalyses(),
      typeof source === 'string' && source.trimStart().startsWith('{')
        ? source
        : referentielText(source, (where) => prefixed(host.open(where), method), method),
    ]);
    this.live();
    const text = this.#text;
    const existing = this.#handles.analyses;
    const base = existing ?? call(() => new m.WasmReferentiel(text));
    let drawn;
    try {
      drawn = call(() => base[method](geojson));
    } finally {
      if (base !== existing) base.free();
    }
    let inner;
    try {
      inner = call(() => new (wasm().WasmReferentiel)(text));
    } catch (e) {
      drawn.free();
      throw e;
    }
    const r = new Referentiel(inner, token, text, drawn);
    if (installed === this) installed = r;
    return r;
  }

  /** How many QPV have a loaded contour (0 until {@link withQpvContours}). */
  get contours() {
    this.live();
    return this.#handles.analyses === null ? 0 : this.#handles.analyses.contours();
  }

  /** How many départements have a loaded outline (0 until {@link withDepartementContours}). */
  get departementContours() {
    this.live();
    return this.#handles.analyses === null ? 0 : this.#handles.analyses.departementContours();
  }

  /**
   * The QPV whose contour contains the point (WGS84 longitude, latitude), in code order; empty
   * until {@link withQpvContours}.
   */
  qpvAt(lon, lat) {
    for (const [name, v] of [
      ['lon', lon],
      ['lat', lat],
    ]) {
      if (typeof v !== 'number' || !Number.isFinite(v)) {
        throw optionError(name, 'un nombre (degrés WGS84) est attendu');
      }
    }
    this.live();
    const c = this.#handles.analyses;
    return c === null ? [] : JSON.parse(call(() => c.qpvAt(lon, lat)));
  }

  /** @internal its copy in the analyses' module, made (without contours) on first use. */
  async analyses() {
    this.live();
    if (this.#handles.analyses === null) {
      const m = await loadAnalyses();
      this.live();
      this.#handles.analyses ??= call(() => new m.WasmReferentiel(this.#text));
    }
    return this.#handles.analyses;
  }

  /** Releases the WebAssembly memory now (otherwise the garbage collector does it). */
  free() {
    if (this.#inner !== null) {
      if (installed === this) installed = null;
      registry?.unregister(this);
      this.#handles.free();
      this.#inner = null;
    }
  }
}
Referentiel.prototype.search = Referentiel.prototype.cherche;

/**
 * Loads the référentiel and installs it as the default of validators and analyses. `source`:
 * nothing (the package's `pkg/referentiel.tsv`), its text, a URL, a path (Node.js), a Response or
 * bytes. Without `source`, later calls return the same référentiel.
 */
export function loadReferentiel(source) {
  const load = async () => {
    // The référentiel needs the module: load both, at the same time.
    const [text] = await Promise.all([
      source === undefined
        ? prefixed(host.open(new URL('referentiel.tsv', ASSETS)), 'loadReferentiel')
        : referentielText(source, (where) => prefixed(host.open(where), 'loadReferentiel')),
      init(),
    ]);
    if (typeof text !== 'string') {
      throw new TerritoireSanteError('input', 'loadReferentiel : texte du référentiel illisible');
    }
    const r = new Referentiel(
      call(() => new (wasm().WasmReferentiel)(text)),
      token,
      text,
    );
    installed = r;
    return r;
  };
  if (source !== undefined) return load();
  if (installed !== null) return Promise.resolve(installed);
  if (loadingDefault === null) {
    loadingDefault = load();
    const done = () => {
      loadingDefault = null;
    };
    loadingDefault.then(done, done);
  }
  return loadingDefault;
}

/** The installed référentiel, or `null` before loadReferentiel(). */
export function currentReferentiel() {
  return installed;
}

/** The référentiel an option names, or the installed one; `null` when there is none. */
function referentielOf(options) {
  const given = isPlainObject(options) ? options.referentiel : undefined;
  if (given === undefined) return installed;
  if (given === null || given === false) return null;
  if (!(given instanceof Referentiel)) {
    throw optionError('referentiel', 'un Referentiel (await loadReferentiel()) est attendu');
  }
  return given;
}

function needReferentiel(options, what) {
  const r = referentielOf(options);
  if (r === null) {
    throw new TerritoireSanteError(
      'referentiel',
      `${what} : aucun référentiel chargé : appelez d'abord « await loadReferentiel() »`,
    );
  }
  return r;
}

/** A compiled rule set, reused for every document. */
export class Validator {
  #inner;

  /** @param {import('../index.js').ValidatorOptions} [options] */
  constructor(options) {
    const raw = wasm();
    const opts = JSON.stringify(coreOptions(options));
    const r = referentielOf(options);
    this.#inner = call(() =>
      r === null ? new raw.WasmValidator(opts) : raw.WasmValidator.withReferentiel(opts, r.live()),
    );
    registry?.register(this, this.#inner, this);
  }

  #live() {
    if (this.#inner === null) {
      throw new TerritoireSanteError('freed', 'ce Validator a été libéré (free())');
    }
    return this.#inner;
  }

  /** Date at which the law is applied (`AAAA-MM-JJ`). */
  get asOf() {
    return this.#live().asOf();
  }

  /** Language of messages. */
  get lang() {
    return this.#live().lang();
  }

  /** Validates one document (object, JSON text or bytes); returns its report. */
  validate(doc) {
    const inner = this.#live();
    const [content, kind] = toInput(doc, 'validate');
    if (kind === BYTES) return JSON.parse(inner.validateBytes(content));
    return JSON.parse(kind === VALUE ? inner.validateValue(content) : inner.validateText(content));
  }

  /**
   * Validates many documents; one report per document, in input order. An item that cannot be
   * read (bytes that are not UTF-8, a cyclic object, `undefined`…) gets its own report
   * (`DOC-011`) and costs the others nothing.
   */
  validateMany(docs) {
    const inner = this.#live();
    if (docs === null || typeof docs !== 'object' || typeof docs[Symbol.iterator] !== 'function') {
      throw new TerritoireSanteError('input', 'validateMany : une liste de documents est attendue');
    }
    return JSON.parse(inner.validateMany(...batchBuffer(docs)));
  }

  /** Metadata of the rules this validator runs, in its language. */
  rules() {
    const lang = this.lang;
    return JSON.parse(this.#live().rules()).map((r) => documented(r, lang));
  }

  /** Metadata of one rule, in this validator's language. */
  explain(code) {
    return explain(code, { lang: this.lang });
  }

  /** Releases the WebAssembly memory now (otherwise the garbage collector does it). */
  free() {
    if (this.#inner !== null) {
      registry?.unregister(this);
      this.#inner.free();
      this.#inner = null;
    }
  }
}
// `using v = new Validator()` where explicit resource management exists.
if (typeof Symbol.dispose === 'symbol') {
  Object.defineProperty(Validator.prototype, Symbol.dispose, {
    value() {
      this.free();
    },
  });
}

function checkString(v, what) {
  if (typeof v !== 'string') {
    throw new TerritoireSanteError('input', `${what} : une chaîne est attendue, pas ${typeof v}`);
  }
}

// --- The rules' documentation (descriptions, limits, sources' notes): a separate asset,
// pkg/documentation.json (docs/rules/documentation.json), kept out of the module for its size.

let documentation = null;
let loadingDocumentation = null;

/**
 * Loads the rules' documentation (their `description` and `limits`, the sources' `note` and
 * `see_also`), which {@link rules} and {@link explain} then include. Node.js reads it at the
 * first call of either; a browser fetches it only when this is called. `source`: a URL or path,
 * by default the package's `pkg/documentation.json`.
 */
export function loadDocumentation(source) {
  if (documentation !== null && source === undefined) return Promise.resolve();
  loadingDocumentation ??= (async () => {
    const where =
      source === undefined
        ? new URL('documentation.json', ASSETS)
        : typeof source === 'string'
          ? source
          : new URL(String(source.href));
    const text = await prefixed(host.open(where), 'loadDocumentation');
    documentation = JSON.parse(text);
  })().finally(() => {
    loadingDocumentation = null;
  });
  return loadingDocumentation;
}

/** A rule's metadata with its documentation, when loaded (added field by field). */
function documented(info, lang) {
  documentation ??= host.readDocumentation();
  if (documentation === null) return info;
  Object.assign(info, documentation[lang]?.[info.code]);
  for (const s of info.sources ?? []) {
    const more = documentation.sources?.[s.id];
    if (more !== undefined) Object.assign(s, more);
  }
  return info;
}

/** Metadata of every rule. */
export function rules(options) {
  const lang = langOf(options, 'rules');
  return JSON.parse(call(() => wasm().rules(lang))).map((r) => documented(r, lang));
}

/** Metadata of one rule. */
export function explain(code, options) {
  checkString(code, 'explain');
  const lang = langOf(options, 'explain');
  return documented(JSON.parse(call(() => wasm().explain(code, lang))), lang);
}

/**
 * A JSON Schema: a document type, `document`, `report` or `options`. The schemas are the
 * package's `pkg/schemas.mjs` (docs/schema/), not compiled into the module.
 */
export function schema(kind) {
  checkString(kind, 'schema');
  wasm();
  const all = host.schemas;
  if (!Object.hasOwn(all, kind)) {
    throw new TerritoireSanteError('unknown_kind', `type de document inconnu « ${kind} »`);
  }
  // A copy: the caller may change it.
  return structuredClone(all[kind]);
}

function exported(report, format, uri, where) {
  let text = report;
  if (typeof report !== 'string') {
    if (!isPlainObject(report)) {
      throw new TerritoireSanteError('input', `${where} : un rapport (objet ou texte JSON) est attendu`);
    }
    text = JSON.stringify(report);
  }
  return JSON.parse(call(() => wasm().exportReport(text, format, uri)));
}

/** A report as a FHIR R4 `OperationOutcome` resource (computed by the core). */
export function toFhir(report) {
  return exported(report, 'fhir', '', 'toFhir');
}

/** A report as a SARIF 2.1.0 log; `uri` names the validated file. */
export function toSarif(report, uri = 'document.json') {
  checkString(uri, 'toSarif');
  const log = exported(report, 'sarif', uri, 'toSarif');
  // The module carries no rule titles or descriptions (they live in the documentation asset):
  // the rules' table is completed from it when it is at hand, as `rules()` is.
  documentation ??= host.readDocumentation();
  if (documentation === null) return log;
  const parsed = typeof report === 'string' ? JSON.parse(report) : report;
  const docs = documentation[parsed.locale === 'en' ? 'en' : 'fr'] ?? {};
  for (const run of log.runs ?? []) {
    for (const rule of run.tool?.driver?.rules ?? []) {
      const d = docs[rule.id];
      if (d === undefined) continue;
      if (!rule.name && d.title) rule.name = d.title;
      if (rule.shortDescription && !rule.shortDescription.text && d.title) rule.shortDescription.text = d.title;
      if (rule.fullDescription && !rule.fullDescription.text && d.description) rule.fullDescription.text = d.description;
    }
  }
  return log;
}

/** Library version and data vintages. */
export function about() {
  return JSON.parse(wasm().about());
}

/** Validates one document with a throw-away validator. */
export function validate(doc, options) {
  const v = new Validator(options);
  try {
    return v.validate(doc);
  } finally {
    v.free();
  }
}

function analysisInput(doc, options, where) {
  let [content] = toInput(doc, where);
  if (content instanceof Uint8Array) {
    try {
      content = new TextDecoder('utf-8', { fatal: true }).decode(content);
    } catch {
      throw new TerritoireSanteError('input', `${where} : octets qui ne sont pas de l'UTF-8`);
    }
  }
  return [content, JSON.stringify(coreOptions(options, ANALYSIS_OPTION_NAMES))];
}

// The analyses run in the second module (pkg/analyses/), loaded on the first call: they are
// asynchronous, and a misuse rejects their promise as it would throw.

/** Runs the analysis `method` of the référentiel's copy in the analyses' module. */
async function analysed(portefeuille, options, method) {
  const r = needReferentiel(options, method);
  const [text, opts] = analysisInput(portefeuille, options, method);
  const a = await r.analyses();
  return JSON.parse(call(() => a[method](text, opts)));
}

/**
 * Coverage of a territory by a portfolio: per commune, the instruments in force at `asOf`.
 * Options: `territoire` (`dep:02`, `epci:…`, `communes:02168,…`), `asOf`, `lang`, `referentiel`.
 * Asynchronous: the analyses' module is loaded on the first call.
 */
export async function couverture(portefeuille, options) {
  return analysed(portefeuille, options, 'couverture');
}

/**
 * Coverage per quartier prioritaire: for each QPV of the lists in force at `asOf` (all of France
 * without `territoire`), the instruments in force covering it, white zones, counts per
 * département and région. Options as couverture; asynchronous, as couverture.
 */
export async function couvertureQuartiers(portefeuille, options) {
  return analysed(portefeuille, options, 'couvertureQuartiers');
}

/**
 * Map of the coverage per quartier, drawn by the core: options as couvertureQuartiers, plus
 * `format` (`svg`, the default: an SVG document as text; `geojson`: a GeoJSON FeatureCollection
 * object). The SVG needs the QPV contours (`await referentiel.withQpvContours(…)`); the GeoJSON
 * keeps a quartier without contour with a `null` geometry. Asynchronous, as the other analyses.
 */
export async function carteQuartiers(portefeuille, options) {
  let format = 'svg';
  let rest = options;
  if (isPlainObject(options) && options.format !== undefined) {
    ({ format, ...rest } = options);
    if (format !== 'svg' && format !== 'geojson') {
      throw optionError('format', '« svg » ou « geojson » est attendu');
    }
  }
  const r = needReferentiel(rest, 'carteQuartiers');
  const [text, opts] = analysisInput(portefeuille, rest, 'carteQuartiers');
  const c = await r.analyses();
  const out = call(() => c.carteQuartiers(text, opts, format));
  return format === 'geojson' ? JSON.parse(out) : out;
}

/**
 * Articulation matrix of a portfolio; options as couverture, plus `tousDiagnostics`;
 * asynchronous, as couverture.
 */
export async function articulation(portefeuille, options) {
  return analysed(portefeuille, options, 'articulation');
}

/**
 * Opportunity assessment of a démarche d'accompagnement (or of each one of a portfolio); needs no
 * référentiel; asynchronous, as couverture.
 */
export async function opportunite(doc, options) {
  const [text, opts] = analysisInput(doc, options, 'opportunite');
  const m = await loadAnalyses();
  return JSON.parse(call(() => m.opportunite(text, opts)));
}

// Lookups on the installed référentiel: the methods of Referentiel, as functions.
const onInstalled =
  (name) =>
  (...args) =>
    needReferentiel(undefined, name)[name](...args);
export const lookup = onInstalled('lookup');
export const commune = onInstalled('commune');
export const epci = onInstalled('epci');
export const ept = onInstalled('ept');
export const departement = onInstalled('departement');
export const region = onInstalled('region');
export const qpv = onInstalled('qpv');
export const contratDeVille = onInstalled('contratDeVille');
export const membres = onInstalled('membres');
export const qpvDeCommune = onInstalled('qpvDeCommune');
export const territoireDe = onInstalled('territoireDe');
export const cherche = onInstalled('cherche');

/**
 * Text of a référentiel source: its text (a string with a line break), bytes, a Response, or
 * anything else `open` reads (URL, path): `open` is the entry's reader (file or fetch). `caller`
 * names the function in the messages.
 */
export async function referentielText(source, open, caller = 'loadReferentiel') {
  if (typeof source === 'string' && source.includes('\n')) return source;
  if (source instanceof Uint8Array || source instanceof ArrayBuffer) {
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(source);
    } catch {
      throw new TerritoireSanteError('input', `${caller} : octets qui ne sont pas de l'UTF-8`);
    }
  }
  if (source !== null && typeof source === 'object' && typeof source.text === 'function') {
    return prefixed(fetched(source, 'la réponse'), caller);
  }
  if (typeof source === 'string' || source instanceof URL) return open(source);
  throw new TerritoireSanteError(
    'input',
    `${caller} : texte, URL, chemin, octets ou Response attendus, pas ${typeof source}`,
  );
}

/** `promise`, its TerritoireSanteError's message prefixed with the function that failed. */
async function prefixed(promise, caller) {
  try {
    return await promise;
  } catch (e) {
    if (e instanceof TerritoireSanteError) e.message = `${caller} : ${e.message}`;
    throw e;
  }
}

/** Text of a fetch Response, or a TerritoireSanteError naming `what`. */
export async function fetched(response, what) {
  if (response.ok === false) {
    throw new TerritoireSanteError(
      'input',
      `${what} a répondu ${response.status} ${response.statusText ?? ''}`.trim(),
    );
  }
  return response.text();
}
