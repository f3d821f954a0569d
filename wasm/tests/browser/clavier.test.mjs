// Keyboard only, in headless Chromium: a CLS form is reached, filled and corrected with Tab,
// typing, the arrow keys and Enter; the side summary's links move the focus to their field.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launch } from './chromium.mjs';
import { serve } from './server.mjs';

let server;
let browser;
let page;

before(async () => {
  server = await serve();
  browser = await launch();
  page = browser.page;
  await page.goto(`${server.url}/tests/browser/pages/formulaire.html?type=contrat_local_sante&as-of=2016-06-30`);
  await page.waitForSelector('body[data-ready="true"]');
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** What has the focus: its label's text (or own text) and its role. */
function focused() {
  return page.evaluate(() => {
    const e = document.activeElement;
    const label = e.labels?.[0]?.textContent ?? e.textContent ?? '';
    return { tag: e.tagName, role: e.getAttribute('role'), label: label.trim(), pointer: e.closest('[data-pointer]')?.dataset.pointer ?? null };
  });
}

/** Presses Tab until `match(focused)` (at most `max` times). */
async function tabTo(match, max = 300) {
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press('Tab');
    const f = await focused();
    if (match(f)) return f;
  }
  throw new Error('focus never reached');
}

test('the first Tab reaches the first field, and typing fills the document', async () => {
  await page.keyboard.press('Tab');
  const f = await focused();
  assert.equal(f.label, 'Nom du contrat');
  await page.keyboard.type('CLS de Château-Thierry');
  const doc = await page.evaluate(() => document.querySelector('territoire-sante-formulaire').document);
  assert.equal(doc.nom, 'CLS de Château-Thierry');
});

test('an acteur is added with Enter, the focus goes to its first field', async () => {
  await tabTo((f) => f.tag === 'BUTTON' && f.label.startsWith('Ajouter : acteur'));
  await page.keyboard.press('Enter');
  const f = await focused();
  assert.equal(f.pointer, '/acteurs/0/nom');
  await page.keyboard.type('Ville de Château-Thierry');
  await page.keyboard.press('Tab');
  // The acteur's nature: a select, chosen with the keyboard.
  await tabTo((x) => x.pointer === '/acteurs/0/nature');
  await page.keyboard.type('Commune');
  const doc = await page.evaluate(() => document.querySelector('territoire-sante-formulaire').document);
  assert.equal(doc.acteurs[0].nature, 'commune');
  assert.equal(doc.acteurs[0].nom, 'Ville de Château-Thierry');
});

test('a commune is found by name with the arrows and Enter', async () => {
  await tabTo((f) => f.pointer === '/perimetre' && f.tag === 'BUTTON');
  await page.keyboard.press('Enter');
  // The new territory's first field: the name search.
  const search = await focused();
  assert.equal(search.role, 'combobox');
  assert.match(search.label, /Rechercher par nom/);
  await page.keyboard.type('chateau-thierry');
  await page.getByRole('option', { name: /^Château-Thierry \(02168\)/ }).waitFor();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  const doc = await page.evaluate(() => document.querySelector('territoire-sante-formulaire').document);
  assert.deepEqual(doc.perimetre, [{ type: 'commune', code: '02168', nom: 'Château-Thierry' }]);
});

test('a link of the summary takes the focus to the field it names', async () => {
  const link = await tabTo((f) => f.tag === 'A' && f.label.startsWith('Signataires'));
  assert.match(link.label, /signataires/);
  await page.keyboard.press('Enter');
  const f = await focused();
  assert.ok(f.pointer?.startsWith('/signataires'), JSON.stringify(f));
});

test('no error or warning in the console', () => {
  assert.deepEqual(browser.problems, []);
});
