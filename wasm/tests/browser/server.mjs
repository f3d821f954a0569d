// A small static server for the demo: serves wasm/ (the demo page, the package's entry points
// and the built pkg/) on 127.0.0.1. `node tests/browser/server.mjs [port]` runs it by hand.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.tsv': 'text/tab-separated-values; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.svg': 'image/svg+xml',
  '.geojson': 'application/geo+json',
};
// Only what the pages need; nothing else of the worktree is served: the package's files, the
// test pages and fixtures, the docs' examples, and of node_modules the DSFR's stylesheets and
// axe-core (the DSFR theme's pages and the accessibility checks); of the repository, the docs'
// examples and the shared vectors (the demo's example documents), the QPV contours, the
// département outlines and the test fixtures (the explorer's map).
const ALLOWED = ['demo', 'js', 'pkg', 'web.mjs', 'tableur.mjs', 'elements.mjs', 'themes', 'tests', 'docs', 'node_modules', 'data', 'core'];
const REPOSITORY = ['docs/examples/', 'tests/vectors/', 'data/qpv2024/', 'data/departements/', 'core/tests/fixtures/'];
const NODE_MODULES = ['node_modules/@gouvfr/dsfr/dist/', 'node_modules/axe-core/axe.min.js'];

/** Starts the server; resolves to { url, close }. `dir`: serve all of that folder instead. */
export function serve(port = 0, dir = null) {
  const server = createServer(async (req, res) => {
    if (dir !== null) {
      await serveFile(res, join(dir, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)), dir);
      return;
    }
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    let path = decodeURIComponent(url.pathname);
    if (path === '/') {
      res.writeHead(302, { location: '/demo/' });
      res.end();
      return;
    }
    if (path.endsWith('/')) path += 'index.html';
    // /docs/examples/… (and the other REPOSITORY folders) are the repository's.
    const base = REPOSITORY.some((r) => path.startsWith(`/${r}`)) ? join(ROOT, '..') + sep : ROOT;
    const file = normalize(join(base, path));
    const rel = file.slice(base.length).split(sep).join('/');
    const top = rel.split('/')[0];
    const hidden =
      (top === 'node_modules' && !NODE_MODULES.some((m) => rel.startsWith(m))) ||
      (['docs', 'data', 'core'].includes(top) && !REPOSITORY.some((r) => rel.startsWith(r))) ||
      (base !== ROOT && !REPOSITORY.some((r) => rel.startsWith(r)));
    if (!file.startsWith(base) || !ALLOWED.includes(top) || hidden) {
      res.writeHead(404).end('introuvable');
      return;
    }
    await serveFile(res, file, base);
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      const { port: p } = server.address();
      resolve({ url: `http://127.0.0.1:${p}`, close: () => new Promise((r) => server.close(r)) });
    });
  });
}

async function serveFile(res, path, base) {
  let file = normalize(path);
  if (file.endsWith(sep)) file = join(file, 'index.html');
  if (!file.startsWith(base)) {
    res.writeHead(404).end('introuvable');
    return;
  }
  try {
    const body = await readFile(file);
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    res.end(body);
  } catch {
    res.writeHead(404).end('introuvable');
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { url } = await serve(Number(process.argv[2] ?? 8080));
  console.log(`démo : ${url}/demo/`);
}
