// <territoire-sante-explorateur> in headless Chromium: the Château-Thierry portfolio of
// docs/examples/, its findings per document, the filters by severity and code, the CSV export
// (the file downloaded is the element's CSV), the coverage table; a workbook dropped on its file
// field, read by the spreadsheet module, with each finding at its cell; the theme switched in
// place; axe-core finds no violation.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadReferentiel, validate } from '../../node.mjs';
import { lireTableur } from '../../tableur.mjs';
import { readJson, ROOT } from '../helpers.mjs';
import { ARTEFACTS, axeViolations, launch } from './chromium.mjs';
import { serve } from './server.mjs';

const AS_OF = '2020-06-30';
const PORTFOLIO = readJson('docs', 'examples', 'chateau-thierry-portefeuille.json');
let server;
let browser;
let page;

before(async () => {
  // The explorer validates with the référentiel (territorial rules included): so does Node here.
  await loadReferentiel();
  server = await serve();
  browser = await launch();
  page = browser.page;
  const q = new URLSearchParams({ src: '/docs/examples/chateau-thierry-portefeuille.json', 'as-of': AS_OF });
  await page.goto(`${server.url}/tests/browser/pages/explorateur.html?${q}`);
  await page.waitForSelector('body[data-ready="true"]');
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const shownCodes = () => page.locator('.ts-constats .ts-diag').evaluateAll((els) => els.map((e) => [e.dataset.code, e.dataset.severity]));

test('the findings of each document are listed under its name, as the engine reports them', async () => {
  const expected = validate(PORTFOLIO, { asOf: AS_OF });
  assert.ok(expected.diagnostics.length > 0);
  await page.locator('.ts-etat', { hasText: '3 documents' }).waitFor();
  const shown = await shownCodes();
  assert.deepEqual(shown.map(([c]) => c).sort(), expected.diagnostics.map((d) => d.code).sort());
  const titles = await page.locator('.ts-document h3').allTextContents();
  for (const t of titles) {
    assert.ok(
      PORTFOLIO.documents.some((d) => t.startsWith(d.nom)) || t.startsWith('Portefeuille'),
      `${t}`,
    );
  }
});

test('filters by severity and by code', async () => {
  const all = await shownCodes();
  const severity = all[0][1];
  await page.getByLabel('Gravité').selectOption(severity);
  const bySeverity = await shownCodes();
  assert.ok(bySeverity.length > 0 && bySeverity.every(([, s]) => s === severity));
  assert.equal(bySeverity.length, all.filter(([, s]) => s === severity).length);
  await page.getByLabel('Gravité').selectOption('');
  const code = all[all.length - 1][0];
  await page.getByLabel('Code').selectOption(code);
  const byCode = await shownCodes();
  assert.ok(byCode.length > 0 && byCode.every(([c]) => c === code));
  assert.equal(byCode.length, all.filter(([c]) => c === code).length);
  await page.getByLabel('Code').selectOption('');
});

test('the CSV export downloads the findings shown, one row each', async () => {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Exporter les constats (CSV)' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), 'constats.csv');
  const path = join(ARTEFACTS, 'constats.csv');
  await download.saveAs(path);
  const text = readFileSync(path, 'utf8');
  const expected = await page.evaluate(() => document.querySelector('territoire-sante-explorateur').csv());
  assert.equal(text, expected);
  const lines = text.trimEnd().split('\r\n');
  assert.equal(lines[0], 'document,code,gravite,message,champ,cellule,source,url_source');
  assert.equal(lines.length - 1, (await shownCodes()).length);
});

test('the coverage table of the portfolio territory, with the référentiel', async () => {
  assert.equal(await page.getByLabel('Territoire', { exact: true }).inputValue(), 'communes:02168');
  await page.getByRole('button', { name: 'Calculer la couverture' }).click();
  const row = page.locator('.ts-couverture table tbody tr', { hasText: 'Château-Thierry' });
  await row.waitFor();
  const cells = await row.locator('th, td').allTextContents();
  assert.equal(cells[1], '02168');
  // Instruments by their names, not their ids.
  assert.ok(cells.includes('Contrat local de santé de Château-Thierry'), cells.join(' | '));
  assert.ok(!cells.includes('cls-chateau-thierry'), cells.join(' | '));
  await page.screenshot({ path: join(ARTEFACTS, 'explorateur.png'), fullPage: true });
});

test('axe-core finds no WCAG 2.1 A/AA violation on the explorer', async () => {
  assert.deepEqual(await axeViolations(page), []);
});

test('a workbook dropped on the file field is read, each finding at its cell', async () => {
  const file = join(ROOT, 'tests', 'tableur', 'suivi.xlsx');
  const expected = await lireTableur(readFileSync(file), { asOf: AS_OF });
  await page.getByLabel(/Charger un portefeuille/).setInputFiles(file);
  const n = expected.portefeuille.documents.length;
  await page
    .locator('.ts-etat', { hasText: `${n} documents, ${expected.rapport.diagnostics.length} constats.` })
    .waitFor({ timeout: 60_000 });
  assert.deepEqual((await shownCodes()).map(([c]) => c).sort(), expected.rapport.diagnostics.map((d) => d.code).sort());
  // Each finding names its cell, as the reader located it.
  const cited = await page.locator('.ts-champ-cite').allTextContents();
  const cells = expected.rapport.diagnostics.filter((d) => d.cellule).map((d) => `Cellule : ${d.cellule.a1}`);
  assert.ok(cells.length > 0);
  for (const c of cells) assert.ok(cited.some((t) => t.startsWith(c)), c);
  // The CSV export carries the cell too.
  const csvText = await page.evaluate(() => document.querySelector('territoire-sante-explorateur').csv());
  const stDenis = expected.rapport.diagnostics.find((d) => d.code === 'TAB-006' && d.message.includes('Saint-Denis'));
  assert.ok(csvText.includes(`"${stDenis.cellule.a1.replace(/"/g, '""')}"`) || csvText.includes(stDenis.cellule.a1), csvText.slice(0, 400));
  // A new date reads the workbook again: the findings are the reader's at that date.
  const later = await lireTableur(readFileSync(file), { asOf: '2026-06-30' });
  await page.evaluate(() => document.querySelector('territoire-sante-explorateur').setAttribute('as-of', '2026-06-30'));
  await page
    .locator('.ts-etat', { hasText: `${n} documents, ${later.rapport.diagnostics.length} constats.` })
    .waitFor({ timeout: 60_000 });
  await page.screenshot({ path: join(ARTEFACTS, 'explorateur-tableur.png'), fullPage: false });
});

test('the theme changes in place, the portfolio kept', async () => {
  const before = (await shownCodes()).length;
  const el = page.locator('territoire-sante-explorateur');
  await el.evaluate((e) => e.setAttribute('theme', 'dsfr'));
  await page.locator('territoire-sante-explorateur .fr-btn').first().waitFor();
  await page.locator('.ts-etat', { hasText: 'documents' }).waitFor();
  assert.equal((await shownCodes()).length, before);
  await el.evaluate((e) => e.removeAttribute('theme'));
  await page.locator('territoire-sante-explorateur .ts-bouton').first().waitFor();
  assert.equal(await page.locator('territoire-sante-explorateur .fr-btn').count(), 0);
  assert.equal((await shownCodes()).length, before);
});

test('the `territoire` attribute draws the coverage of that territory on load', async () => {
  await page.evaluate(() => document.querySelector('territoire-sante-explorateur').remove());
  await page.evaluate(async () => {
    const el = document.createElement('territoire-sante-explorateur');
    el.setAttribute('as-of', '2020-06-30');
    el.setAttribute('territoire', 'communes:02168');
    el.setAttribute('src', '/docs/examples/chateau-thierry-portefeuille.json');
    document.querySelector('main').append(el);
    await el.ready;
  });
  const row = page.locator('.ts-couverture table tbody tr', { hasText: 'Château-Thierry' });
  await row.waitFor({ timeout: 60_000 });
  assert.equal(await page.getByLabel('Territoire', { exact: true }).inputValue(), 'communes:02168');
});

test('no error or warning in the console', () => {
  assert.deepEqual(browser.problems, []);
});
