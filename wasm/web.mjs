// Browser and bundler entry: the WebAssembly module is fetched by `await init()` (once; later
// calls return the same promise). Bundlers that understand `new URL(…, import.meta.url)` (Vite,
// webpack 5, Rollup with its URL plugin, esbuild with a file loader) copy the .wasm file along.
import initWasm, * as raw from './pkg/web/territoire_sante_wasm.js';
import { bind, fetched, referentielText, TerritoireSanteError } from './js/api.mjs';

let ready = false;
let pending = null;
let schemas = null;

async function open(where) {
  let response;
  try {
    response = await fetch(where);
  } catch (e) {
    throw new TerritoireSanteError('input', `loadReferentiel : ${where} injoignable (${e.message})`);
  }
  return fetched(response, String(where));
}

const api = bind(
  () => {
    if (!ready) {
      throw new TerritoireSanteError(
        'not_initialized',
        "le module WebAssembly n'est pas chargé : appelez d'abord « await init() »",
      );
    }
    return raw;
  },
  async (source) => {
    // The référentiel needs the module: load both, at the same time.
    const [text] = await Promise.all([
      source === undefined
        ? open(new URL('./pkg/referentiel.tsv', import.meta.url))
        : referentielText(source, open),
      init(),
    ]);
    return text;
  },
  () => {
    if (!ready) {
      throw new TerritoireSanteError(
        'not_initialized',
        "le module WebAssembly n'est pas chargé : appelez d'abord « await init() »",
      );
    }
    return schemas;
  },
);

export const {
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
  carteQuartiers,
  articulation,
  opportunite,
  toFhir,
  toSarif,
  lookup,
  commune,
  epci,
  ept,
  departement,
  region,
  qpv,
  contratDeVille,
  membres,
  qpvDeCommune,
  territoireDe,
  cherche,
} = api;
export { TerritoireSanteError };

/**
 * Loads the WebAssembly module and the JSON Schemas (`pkg/schemas.mjs`). `source` is optional:
 * a URL, a Response, bytes or a compiled WebAssembly.Module; by default the .wasm file next to
 * this package's files.
 */
export function init(source) {
  if (pending === null) {
    // A separate chunk for bundlers; loaded with the module.
    const loadSchemas = import('./pkg/schemas.mjs').then((m) => m.default);
    pending = Promise.all([
      initWasm(source === undefined ? undefined : { module_or_path: source }),
      loadSchemas,
    ]).then(([, s]) => {
      schemas = s;
      ready = true;
    });
    pending.catch(() => {
      pending = null;
    });
  }
  return pending;
}
