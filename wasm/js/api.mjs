// The JavaScript API of territoire-sante, shared by the Node entry (node.mjs) and the browser /
// bundler entry (web.mjs). It holds no rule logic: it converts options and documents, calls the
// WebAssembly module and turns its JSON answers into plain objects.

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

function call(f) {
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

const decoder = typeof TextDecoder === 'function' ? new TextDecoder('utf-8', { fatal: true }) : null;

/**
 * A document as the WebAssembly side takes it: [text, isValue]. Strings and bytes are JSON text
 * as written (diagnostics get line and column); any other JSON value is serialised.
 */
function toInput(doc, where) {
  if (typeof doc === 'string') return [doc, 0];
  if (doc instanceof Uint8Array) {
    try {
      return [decoder.decode(doc), 0];
    } catch {
      throw new TerritoireSanteError('input', `${where} : octets qui ne sont pas de l'UTF-8`);
    }
  }
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
  return [text, 1];
}

/**
 * The input of one item of a batch: `[text, 0]` (JSON text as written), `[text, 1]` (text of a
 * value) or `[reason, 2]` when the item cannot be turned into text at all (bytes that are not
 * UTF-8, a cyclic object, `undefined`…): the core then words that item's own report
 * (`DOC-011`), and the others are validated all the same.
 */
function toBatchInput(doc) {
  if (doc instanceof Uint8Array) {
    try {
      return [decoder.decode(doc), 0];
    } catch {
      return [doc.length >= 2 && (doc[0] === 0 || doc[1] === 0 || (doc[0] === 0xff && doc[1] === 0xfe) || (doc[0] === 0xfe && doc[1] === 0xff)) ? 'utf16' : 'not_utf8', 2];
    }
  }
  if (doc === undefined) return ['undefined', 2];
  if (typeof doc === 'function' || typeof doc === 'symbol' || typeof doc === 'bigint') {
    return ['unsupported_type', 2];
  }
  if (typeof doc === 'string') return [doc, 0];
  let text;
  try {
    text = JSON.stringify(doc);
  } catch (e) {
    const cyclic = e instanceof TypeError && /circular|cyclic/i.test(e.message);
    return [cyclic ? 'cycle' : 'unsupported_type', 2];
  }
  if (text === undefined) return ['unsupported_type', 2];
  return [text, 1];
}

/**
 * Builds the API over the raw wasm-bindgen exports. `getRaw` returns them, or throws when the
 * module is not initialised yet (browser entry before `await init()`).
 */
export function bind(getRaw, readReferentiel, getSchemas) {
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
  class Referentiel {
    #inner;

    constructor(inner, key) {
      if (key !== token) {
        throw new TerritoireSanteError(
          'input',
          'un Referentiel se crée avec « await loadReferentiel() »',
        );
      }
      this.#inner = inner;
      registry?.register(this, inner, this);
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

    /** Member communes of an EPCI or EPT (`[]` when unknown). */
    membres(siren) {
      const g = this.epci(siren) ?? this.ept(siren);
      return g === null ? [] : g.membres;
    }

    /** QPV of a commune (`null` for an unknown commune; the QPV list may be partial). */
    qpvDeCommune(code) {
      const c = this.commune(code);
      return c === null ? null : c.qpv;
    }

    /** The chain of a commune: commune, EPCI, EPT, département, région (`null` if unknown). */
    territoireDe(code) {
      const c = this.commune(code);
      if (c === null) return null;
      return {
        commune: { code: c.code, nom: c.nom },
        epci: c.epci_detail ?? null,
        ept: c.ept ?? null,
        departement: c.departement_detail ?? null,
        region: c.region_detail ?? null,
      };
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

    /** Releases the WebAssembly memory now (otherwise the garbage collector does it). */
    free() {
      if (this.#inner !== null) {
        if (installed === this) installed = null;
        registry?.unregister(this);
        this.#inner.free();
        this.#inner = null;
      }
    }
  }
  Referentiel.prototype.search = Referentiel.prototype.cherche;

  /**
   * Loads the référentiel and installs it as the default of validators and analyses. `source`:
   * nothing (the package's `pkg/referentiel.tsv`), its text, a URL, a path (Node.js), a
   * Response or bytes. Without `source`, later calls return the same référentiel.
   */
  function loadReferentiel(source) {
    const load = async () => {
      const text = await readReferentiel(source);
      if (typeof text !== 'string') {
        throw new TerritoireSanteError('input', 'loadReferentiel : texte du référentiel illisible');
      }
      const raw = getRaw();
      const r = new Referentiel(
        call(() => new raw.WasmReferentiel(text)),
        token,
      );
      installed = r;
      return r;
    };
    if (source !== undefined) return load();
    if (installed !== null) return Promise.resolve(installed);
    if (loadingDefault === null) {
      loadingDefault = load();
      loadingDefault.then(
        () => {
          loadingDefault = null;
        },
        () => {
          loadingDefault = null;
        },
      );
    }
    return loadingDefault;
  }

  /** The installed référentiel, or `null` before loadReferentiel(). */
  function currentReferentiel() {
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

  class Validator {
    #inner;

    /** @param {import('../index.js').ValidatorOptions} [options] */
    constructor(options) {
      const raw = getRaw();
      const opts = coreOptions(options);
      const r = referentielOf(options);
      this.#inner = call(() =>
        r === null
          ? new raw.WasmValidator(JSON.stringify(opts))
          : raw.WasmValidator.withReferentiel(JSON.stringify(opts), r.live()),
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

    /** Validates one document (object, JSON text or UTF-8 bytes); returns its report. */
    validate(doc) {
      const inner = this.#live();
      const [text, isValue] = toInput(doc, 'validate');
      return JSON.parse(isValue ? inner.validateValue(text) : inner.validateText(text));
    }

    /**
     * Validates many documents; one report per document, in input order. An item that cannot
     * be read (bytes that are not UTF-8, a cyclic object, `undefined`…) gets its own report
     * (`DOC-011`) and costs the others nothing.
     */
    validateMany(docs) {
      const inner = this.#live();
      if (docs === null || typeof docs !== 'object' || typeof docs[Symbol.iterator] !== 'function') {
        throw new TerritoireSanteError('input', 'validateMany : une liste de documents est attendue');
      }
      const texts = [];
      const kinds = [];
      for (const doc of docs) {
        const [text, kind] = toBatchInput(doc);
        texts.push(text);
        kinds.push(kind);
      }
      return JSON.parse(inner.validateMany(texts, Uint8Array.from(kinds)));
    }

    /** Metadata of the rules this validator runs, in its language. */
    rules() {
      return JSON.parse(this.#live().rules());
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

  /** Metadata of every rule. */
  function rules(options) {
    const lang = langOf(options, 'rules');
    return JSON.parse(call(() => getRaw().rules(lang)));
  }

  /** Metadata of one rule. */
  function explain(code, options) {
    checkString(code, 'explain');
    const lang = langOf(options, 'explain');
    return JSON.parse(call(() => getRaw().explain(code, lang)));
  }

  /**
   * A JSON Schema: a document type, `document`, `report` or `options`. The schemas are the
   * package's `pkg/schemas.json` (docs/schema/), not compiled into the module.
   */
  function schema(kind) {
    checkString(kind, 'schema');
    const all = getSchemas();
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
    return JSON.parse(call(() => getRaw().exportReport(text, format, uri)));
  }

  /** A report as a FHIR R4 `OperationOutcome` resource (computed by the core). */
  function toFhir(report) {
    return exported(report, 'fhir', '', 'toFhir');
  }

  /** A report as a SARIF 2.1.0 log; `uri` names the validated file. */
  function toSarif(report, uri = 'document.json') {
    checkString(uri, 'toSarif');
    return exported(report, 'sarif', uri, 'toSarif');
  }

  /** Library version and data vintages. */
  function about() {
    return JSON.parse(getRaw().about());
  }

  /** Validates one document with a throw-away validator. */
  function validate(doc, options) {
    const v = new Validator(options);
    try {
      return v.validate(doc);
    } finally {
      v.free();
    }
  }

  function analysisInput(doc, options, where) {
    const [text] = toInput(doc, where);
    const opts = JSON.stringify(coreOptions(options, ANALYSIS_OPTION_NAMES));
    return [text, opts];
  }

  /**
   * Coverage of a territory by a portfolio: per commune, the instruments in force at `asOf`.
   * Options: `territoire` (`dep:02`, `epci:…`, `communes:02168,…`), `asOf`, `lang`, `referentiel`.
   */
  function couverture(portefeuille, options) {
    const r = needReferentiel(options, 'couverture');
    const [text, opts] = analysisInput(portefeuille, options, 'couverture');
    return JSON.parse(call(() => r.live().couverture(text, opts)));
  }

  /**
   * Coverage per quartier prioritaire: for each QPV of the lists in force at `asOf` (all of
   * France without `territoire`), the instruments in force covering it, white zones, counts
   * per département and région. Options as couverture.
   */
  function couvertureQuartiers(portefeuille, options) {
    const r = needReferentiel(options, 'couvertureQuartiers');
    const [text, opts] = analysisInput(portefeuille, options, 'couvertureQuartiers');
    return JSON.parse(call(() => r.live().couvertureQuartiers(text, opts)));
  }

  /** Articulation matrix of a portfolio; options as couverture, plus `tousDiagnostics`. */
  function articulation(portefeuille, options) {
    const r = needReferentiel(options, 'articulation');
    const [text, opts] = analysisInput(portefeuille, options, 'articulation');
    return JSON.parse(call(() => r.live().articulation(text, opts)));
  }

  /** Opportunity assessment of a démarche d'accompagnement (or of each one of a portfolio). */
  function opportunite(doc, options) {
    const [text, opts] = analysisInput(doc, options, 'opportunite');
    return JSON.parse(call(() => getRaw().opportunite(text, opts)));
  }

  // Lookups on the installed référentiel.
  const lookups = Object.fromEntries(
    [
      'lookup',
      'commune',
      'epci',
      'ept',
      'departement',
      'region',
      'qpv',
      'contratDeVille',
      'membres',
      'qpvDeCommune',
      'territoireDe',
      'cherche',
    ].map(
      (name) => [
        name,
        (...args) => {
          const r = needReferentiel(undefined, name);
          return r[name](...args);
        },
      ],
    ),
  );

  return {
    Validator,
    Referentiel,
    rules,
    explain,
    schema,
    about,
    validate,
    loadReferentiel,
    currentReferentiel,
    couverture,
    couvertureQuartiers,
    articulation,
    opportunite,
    toFhir,
    toSarif,
    ...lookups,
  };
}

/**
 * Text of a référentiel source: its text (a string with a line break), bytes, a Response, or
 * anything else `open` reads (URL, path): `open` is the entry's reader (file or fetch).
 */
export async function referentielText(source, open) {
  if (typeof source === 'string' && source.includes('\n')) return source;
  if (source instanceof Uint8Array || source instanceof ArrayBuffer) {
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(source);
    } catch {
      throw new TerritoireSanteError('input', "loadReferentiel : octets qui ne sont pas de l'UTF-8");
    }
  }
  if (source !== null && typeof source === 'object' && typeof source.text === 'function') {
    return fetched(source, 'la réponse');
  }
  if (typeof source === 'string' || source instanceof URL) return open(source);
  throw new TerritoireSanteError(
    'input',
    `loadReferentiel : texte, URL, chemin, octets ou Response attendus, pas ${typeof source}`,
  );
}

/** Text of a fetch Response, or a TerritoireSanteError naming `what`. */
export async function fetched(response, what) {
  if (response.ok === false) {
    throw new TerritoireSanteError(
      'input',
      `loadReferentiel : ${what} a répondu ${response.status} ${response.statusText ?? ''}`.trim(),
    );
  }
  return response.text();
}
