// The package as a site gets it: `npm pack`, installed offline into an empty folder, and a static
// HTML page holding only the custom element and one <script type="module"> tag, served as files
// and opened in headless Chromium: the form is drawn and checks what is typed.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WASM_DIR } from '../helpers.mjs';
import { launch } from './chromium.mjs';
import { serve } from './server.mjs';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
let dir;
let files;
let server;
let browser;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ts-site-'));
  const quiet = { cwd: dir, stdio: 'pipe', encoding: 'utf8' };
  const packed = JSON.parse(execFileSync(npm, ['pack', WASM_DIR, '--pack-destination', dir, '--json'], quiet));
  files = packed[0].files.map((f) => f.path);
  const [tarball] = readdirSync(dir).filter((f) => f.endsWith('.tgz'));
  writeFileSync(join(dir, 'package.json'), '{"name": "site", "private": true}');
  execFileSync(npm, ['install', '--offline', '--no-audit', '--no-fund', `./${tarball}`], quiet);
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<link rel="icon" href="data:,">
<title>Décrire un contrat local de santé</title>
<script type="module" src="./node_modules/territoire-sante/elements.mjs"></script>
</head>
<body>
<main>
<h1>Décrire un contrat local de santé</h1>
<territoire-sante-formulaire type="contrat_local_sante" as-of="2016-06-30"></territoire-sante-formulaire>
</main>
</body>
</html>
`,
  );
  server = await serve(0, dir);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('the tarball ships each module once, the elements, the themes and both licence texts', () => {
  // The main module for browsers (size-first) and its speed build for Node.js (pkg/node/, the same
  // glue); the analyses' and maps' module (pkg/analyses/) and the spreadsheet reader's
  // (pkg/tableur/, entry `territoire-sante/tableur`), loaded on demand.
  assert.deepEqual(
    files.filter((f) => f.endsWith('.wasm')),
    [
      'pkg/analyses/territoire_sante_wasm_bg.wasm',
      'pkg/node/territoire_sante_wasm_bg.wasm',
      'pkg/tableur/territoire_sante_wasm_bg.wasm',
      'pkg/web/territoire_sante_wasm_bg.wasm',
    ],
  );
  for (const f of [
    'LICENSE-MIT',
    'LICENSE-APACHE',
    'elements.mjs',
    'tableur.mjs',
    'tableur.d.ts',
    'themes/neutre.css',
    'themes/dsfr.css',
  ]) {
    assert.ok(files.includes(f), `${f} absent du paquet`);
  }
  // The demo page reads the repository's examples and map data: it stays in the repository.
  assert.deepEqual(files.filter((f) => f.startsWith('demo/')), []);
});

test('a static page with only the element and one script tag works from the installed tarball', async () => {
  const { page, problems } = browser;
  await page.goto(`${server.url}/index.html`);
  const nom = page.getByLabel('Nom du contrat');
  await nom.waitFor();
  await page.locator('.ts-bilan', { hasText: /^0 erreur,/ }).waitFor();
  await nom.fill('CLS de Château-Thierry');
  const doc = await page.evaluate(() => document.querySelector('territoire-sante-formulaire').document);
  assert.deepEqual(doc, { type: 'contrat_local_sante', nom: 'CLS de Château-Thierry' });
  // The neutral theme came from the package, next to the module.
  const theme = await page.locator('link[data-territoire-sante="neutre"]').getAttribute('href');
  assert.match(theme, /\/node_modules\/territoire-sante\/themes\/neutre\.css$/);
  assert.deepEqual(problems, []);
});
