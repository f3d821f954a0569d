// Browser and bundler entry: the WebAssembly module is fetched by `await init()` (once; later
// calls return the same promise). Bundlers that understand `new URL(…, import.meta.url)` (Vite,
// webpack 5, Rollup with its URL plugin, esbuild with a file loader) copy the .wasm file along.
import initWasm, * as raw from './pkg/web/territoire_sante_wasm.js';
import { bind, TerritoireSanteError } from './js/api.mjs';

let ready = false;
let pending = null;

const api = bind(() => {
  if (!ready) {
    throw new TerritoireSanteError(
      'not_initialized',
      "le module WebAssembly n'est pas chargé : appelez d'abord « await init() »",
    );
  }
  return raw;
});

export const { Validator, rules, explain, schema, about, validate } = api;
export { TerritoireSanteError };

/**
 * Loads the WebAssembly module. `source` is optional: a URL, a Response, bytes or a compiled
 * WebAssembly.Module; by default the .wasm file next to this package's files.
 */
export function init(source) {
  if (pending === null) {
    pending = initWasm(source === undefined ? undefined : { module_or_path: source }).then(() => {
      ready = true;
    });
    pending.catch(() => {
      pending = null;
    });
  }
  return pending;
}
