// Node.js entry: the API of web.mjs, with the WebAssembly module instantiated synchronously (the
// API is usable at once; `init()` resolves immediately, so that code written for browsers runs
// unchanged) and the assets (référentiel, documentation) read from the package's files.
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { initSync } from './pkg/web/territoire_sante_wasm.js';
import { configure, fetched, TerritoireSanteError } from './js/api.mjs';
import schemas from './pkg/schemas.mjs';

/** A file: URL, a path, or an http(s) address (fetched). */
async function open(where) {
  const url = where instanceof URL ? where : /^(https?|file):/.test(where) ? new URL(where) : null;
  if (url !== null && url.protocol !== 'file:') return fetched(await fetch(url), url.href);
  try {
    return await readFile(url ?? where, 'utf8');
  } catch (e) {
    throw new TerritoireSanteError('input', `lecture impossible (${e.message})`);
  }
}

// The browsers' glue, instantiated synchronously with the module built for speed (pkg/node/:
// opt-level 3, the same code and the same binding as the browsers' size-first pkg/web/, which
// scripts/build-wasm.sh checks); a package built without it uses the browsers' module.
const speed = new URL('./pkg/node/territoire_sante_wasm_bg.wasm', import.meta.url);
initSync({
  module: readFileSync(
    existsSync(speed) ? speed : new URL('./pkg/web/territoire_sante_wasm_bg.wasm', import.meta.url),
  ),
});
configure({
  ready: true,
  schemas,
  open,
  readDocumentation: () =>
    JSON.parse(readFileSync(new URL('./pkg/documentation.json', import.meta.url), 'utf8')),
  // The analyses' and maps' module (pkg/analyses/), read from the package's files on first use.
  loadAnalyses: async () => {
    const m = await import('./pkg/analyses/territoire_sante_wasm.js');
    m.initSync({ module: await readFile(new URL('./pkg/analyses/territoire_sante_wasm_bg.wasm', import.meta.url)) });
    return m;
  },
});

export * from './web.mjs';
