// Spreadsheets (entry `territoire-sante/tableur`, Node.js and browsers): `lireTableur()` reads an
// .xlsx, .ods or .csv file into a portfolio and validates it, each diagnostic carrying its cell
// (`CLS!F12`). The reader is a second WebAssembly module (pkg/tableur/), fetched on the first
// call only: the main module stays within its size budget for pages that never read a workbook.
// Same reading, same rules and same report as the Rust and Python fronts.
import { call, coreOptions, TerritoireSanteError } from './js/api.mjs';

const IS_NODE = typeof process !== 'undefined' && typeof process.versions?.node === 'string';
let loading = null;

/** Loads the reader module and the référentiel (commune names are resolved through it), once. */
function load() {
  if (loading === null) {
    loading = (async () => {
      const raw = await import('./pkg/tableur/territoire_sante_wasm.js');
      const wasmUrl = new URL('./pkg/tableur/territoire_sante_wasm_bg.wasm', import.meta.url);
      const refUrl = new URL('./pkg/referentiel.tsv', import.meta.url);
      let tsv;
      if (IS_NODE) {
        const { readFile } = await import('node:fs/promises');
        raw.initSync({ module: await readFile(wasmUrl) });
        tsv = await readFile(refUrl, 'utf8');
      } else {
        const [, response] = await Promise.all([raw.default({ module_or_path: wasmUrl }), fetch(refUrl)]);
        if (!response.ok) {
          throw new TerritoireSanteError('input', `référentiel injoignable (${response.status})`);
        }
        tsv = await response.text();
      }
      const referentiel = call(() => new raw.WasmReferentiel(tsv));
      return { raw, referentiel };
    })();
    loading.catch(() => {
      loading = null;
    });
  }
  return loading;
}

/** The bytes of a File, Blob, ArrayBuffer, typed array or Node Buffer. */
async function bytesOf(source) {
  if (source instanceof Uint8Array) return source;
  if (source instanceof ArrayBuffer) return new Uint8Array(source);
  if (ArrayBuffer.isView(source)) {
    return new Uint8Array(source.buffer, source.byteOffset, source.byteLength);
  }
  if (source !== null && typeof source === 'object' && typeof source.arrayBuffer === 'function') {
    return new Uint8Array(await source.arrayBuffer());
  }
  throw new TerritoireSanteError(
    'option',
    'option « source » invalide : un File, un Blob, un ArrayBuffer ou un Uint8Array est attendu',
    { option: 'source', reason: 'un File, un Blob, un ArrayBuffer ou un Uint8Array est attendu' },
  );
}

const READING = Object.freeze({
  feuille: 'feuille',
  typeDocument: 'type_document',
  correspondance: 'correspondance',
});

/**
 * Reads a workbook or CSV file and validates the documents read.
 *
 * @param {File|Blob|ArrayBuffer|Uint8Array} source the file's bytes (a `File` dropped on a page)
 * @param {{feuille?: string, typeDocument?: string, correspondance?: Record<string, string>,
 *   asOf?: string|Date, lang?: 'fr'|'en'}} [options] reading options (the sheet, the kind of
 *   every row, header → field mapping) and the validator's (`asOf`, `lang`…)
 * @returns {Promise<{portefeuille: object, correspondances: object[], lignes: object[],
 *   rapport: object}>} the portfolio read, the mapping used, each document's sheet and row, and
 *   the report whose diagnostics carry `cellule` (`{feuille, ligne, colonne, a1}`)
 */
export async function lireTableur(source, options = {}) {
  if (options === null || typeof options !== 'object') {
    throw new TerritoireSanteError('option', 'option « options » invalide : un objet est attendu', {
      option: 'options',
      reason: 'un objet est attendu',
    });
  }
  const reading = {};
  const validation = {};
  for (const [k, v] of Object.entries(options)) {
    if (v === undefined) continue;
    if (k in READING) reading[READING[k]] = v;
    else validation[k] = v;
  }
  const bytes = await bytesOf(source);
  const { raw, referentiel } = await load();
  const validator = call(() =>
    raw.WasmValidator.withReferentiel(JSON.stringify(coreOptions(validation)), referentiel),
  );
  try {
    return JSON.parse(call(() => raw.lireTableur(validator, bytes, JSON.stringify(reading))));
  } finally {
    validator.free();
  }
}
