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
});

const JS_NAME = Object.fromEntries(
  [...Object.entries(OPTION_NAMES), ...Object.entries(LIMIT_NAMES)].map(([js, core]) => [core, js]),
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
function fromWasm(e) {
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

/** JS options (camelCase) → the core's JSON options (snake_case). */
export function coreOptions(options) {
  if (options === undefined || options === null) options = {};
  if (!isPlainObject(options)) {
    throw optionError('options', 'un objet est attendu');
  }
  const out = {};
  for (const [key, value] of Object.entries(options)) {
    if (value === undefined) continue;
    const name = OPTION_NAMES[key];
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
  // The WebAssembly core has no clock: today comes from JavaScript.
  if (out.as_of === undefined) out.as_of = isoDay(new Date());
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
 * Builds the API over the raw wasm-bindgen exports. `getRaw` returns them, or throws when the
 * module is not initialised yet (browser entry before `await init()`).
 */
export function bind(getRaw) {
  const registry =
    typeof FinalizationRegistry === 'function'
      ? new FinalizationRegistry((inner) => inner.free())
      : null;

  class Validator {
    #inner;

    /** @param {import('../index.js').ValidatorOptions} [options] */
    constructor(options) {
      const raw = getRaw();
      const opts = coreOptions(options);
      this.#inner = call(() => new raw.WasmValidator(JSON.stringify(opts)));
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

    /** Validates many documents; one report per document, in input order. */
    validateMany(docs) {
      const inner = this.#live();
      if (docs === null || typeof docs !== 'object' || typeof docs[Symbol.iterator] !== 'function') {
        throw new TerritoireSanteError('input', 'validateMany : une liste de documents est attendue');
      }
      const texts = [];
      const kinds = [];
      let i = 0;
      for (const doc of docs) {
        const [text, isValue] = toInput(doc, `validateMany[${i}]`);
        texts.push(text);
        kinds.push(isValue);
        i += 1;
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

  /** A JSON Schema: a document type, `document`, `report` or `options`. */
  function schema(kind) {
    checkString(kind, 'schema');
    return JSON.parse(call(() => getRaw().schema(kind)));
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

  return { Validator, rules, explain, schema, about, validate };
}
