// Node.js entry: the WebAssembly module is loaded synchronously, so the API is usable at once;
// `init()` exists (and resolves immediately) so that code written for browsers runs unchanged.
// The référentiel is read from `pkg/referentiel.tsv` when `loadReferentiel()` asks for it.
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import * as raw from './pkg/web/territoire_sante_wasm.js';
import { bind, fetched, referentielText, TerritoireSanteError } from './js/api.mjs';
import schemas from './pkg/schemas.mjs';

// The browsers' glue, instantiated synchronously from the same .wasm file: the package ships the
// module once for both.
raw.initSync({ module: readFileSync(new URL('./pkg/web/territoire_sante_wasm_bg.wasm', import.meta.url)) });
const ASSET = new URL('./pkg/referentiel.tsv', import.meta.url);

async function open(where) {
  const url = where instanceof URL ? where : /^(https?|file):/.test(where) ? new URL(where) : null;
  if (url !== null && url.protocol !== 'file:') return fetched(await fetch(url), url.href);
  try {
    return await readFile(url ?? where, 'utf8');
  } catch (e) {
    throw new TerritoireSanteError('input', `loadReferentiel : lecture impossible (${e.message})`);
  }
}

const api = bind(
  () => raw,
  (source) => (source === undefined ? open(ASSET) : referentielText(source, open)),
  () => schemas,
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

/** Nothing to do on Node.js: the module is ready. */
export async function init() {}
