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
};
// Only what the page needs; nothing else of the worktree is served.
const ALLOWED = ['demo', 'js', 'pkg', 'web.mjs'];

/** Starts the server; resolves to { url, close }. */
export function serve(port = 0) {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    let path = decodeURIComponent(url.pathname);
    if (path === '/') {
      res.writeHead(302, { location: '/demo/' });
      res.end();
      return;
    }
    if (path.endsWith('/')) path += 'index.html';
    const file = normalize(join(ROOT, path));
    const top = file.slice(ROOT.length).split(sep)[0];
    if (!file.startsWith(ROOT) || !ALLOWED.includes(top)) {
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
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      const { port: p } = server.address();
      resolve({ url: `http://127.0.0.1:${p}`, close: () => new Promise((r) => server.close(r)) });
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { url } = await serve(Number(process.argv[2] ?? 8080));
  console.log(`démo : ${url}/demo/`);
}
