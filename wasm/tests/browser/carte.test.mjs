// The explorer's map of the quartiers prioritaires in headless Chromium: the Grigny portfolio,
// the QPV contours fetched from data/qpv2024/contours.geojson and the département outlines from
// data/departements/contours.geojson, the SVG drawn by the core (one path per quartier, coloured
// by coverage, over Essonne's outline, as in the Rust CLI's golden), a screenshot.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { WASM_DIR } from '../helpers.mjs';
import { ARTEFACTS, axeViolations, launch } from './chromium.mjs';
import { serve } from './server.mjs';

let server;
let browser;
let page;

before(async () => {
  server = await serve();
  browser = await launch();
  page = browser.page;
  const q = new URLSearchParams({
    src: '/core/tests/fixtures/portefeuille_grigny_2026.json',
    'as-of': '2026-06-30',
    contours: '/data/qpv2024/contours.geojson',
    departements: '/data/departements/contours.geojson',
  });
  await page.goto(`${server.url}/tests/browser/pages/explorateur.html?${q}`);
  await page.waitForSelector('body[data-ready="true"]');
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('the coverage shows the map of the territory’s quartiers', async () => {
  await page.getByLabel('Territoire', { exact: true }).fill('communes:91286');
  await page.getByRole('button', { name: 'Calculer la couverture' }).click();
  await page.locator('.ts-carte svg path').first().waitFor({ timeout: 60_000 });
  const paths = await page
    .locator('.ts-carte svg path[id]')
    .evaluateAll((ps) => ps.map((p) => [p.id, p.getAttribute('class'), p.getAttribute('d')]));
  // The same quartiers, classes and outlines as the Rust CLI's map.
  const golden = readFileSync(join(WASM_DIR, 'tests', 'golden', 'carte-quartiers-grigny-departements.svg'), 'utf8');
  const expected = [...golden.matchAll(/<path id="([^"]+)" class="([^"]+)" d="([^"]+)"/g)].map((m) => [m[1], m[2], m[3]]);
  assert.deepEqual(paths, expected);
  assert.deepEqual(paths.map((p) => p[0]), ['QN09125M', 'QN09126M']);
  // Essonne's outline, under the quartiers, as drawn by the CLI.
  const outlines = await page
    .locator('.ts-carte svg path.departement')
    .evaluateAll((ps) => ps.map((p) => [p.dataset.departement, p.getAttribute('d')]));
  const expectedOutlines = [...golden.matchAll(/<path class="departement" data-departement="([^"]+)" d="([^"]+)"/g)].map((m) => [m[1], m[2]]);
  assert.deepEqual(outlines, expectedOutlines);
  assert.deepEqual(outlines.map((o) => o[0]), ['91']);
  const box = await page.locator('.ts-carte svg').boundingBox();
  assert.ok(box.width > 300 && box.height > 200, JSON.stringify(box));
  await page.locator('.ts-carte').screenshot({ path: join(ARTEFACTS, 'carte-quartiers.png') });
});

test('axe-core finds no WCAG 2.1 A/AA violation with the map', async () => {
  assert.deepEqual(await axeViolations(page), []);
});

test('no error or warning in the console', () => {
  assert.deepEqual(browser.problems, []);
});
