// Node.js entry: the WebAssembly module is loaded synchronously, so the API is usable at once;
// `init()` exists (and resolves immediately) so that code written for browsers runs unchanged.
import { createRequire } from 'node:module';
import { bind, TerritoireSanteError } from './js/api.mjs';

const raw = createRequire(import.meta.url)('./pkg/node/territoire_sante_wasm.js');
const api = bind(() => raw);

export const { Validator, rules, explain, schema, about, validate } = api;
export { TerritoireSanteError };

/** Nothing to do on Node.js: the module is ready. */
export async function init() {}
