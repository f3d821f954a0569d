// <territoire-sante-formulaire> for each of the 10 document kinds, in headless Chromium: the empty
// form shows no error (what is missing is listed "à compléter"); the form filled field by field
// through the page from the kind's example gives back that document and a report with zero
// errors; axe-core finds no WCAG 2.1 A/AA violation; screenshots of each kind in the neutral and
// the DSFR themes go to target/artefacts/formulaires/ (not versioned).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { cleaned, fieldsOf, pointer } from '../../js/schema.mjs';
import { readJson } from '../helpers.mjs';
import { ARTEFACTS, axeViolations, launch } from './chromium.mjs';
import { EXAMPLES } from './exemples.mjs';
import { serve } from './server.mjs';

const SHOTS = join(ARTEFACTS, 'formulaires');
let server;
let browser;
let page;

before(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await serve();
  browser = await launch();
  page = browser.page;
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function open(kind, { theme, asOf } = {}) {
  const q = new URLSearchParams({ type: kind });
  if (theme) q.set('theme', theme);
  if (asOf) q.set('as-of', asOf);
  await page.goto(`${server.url}/tests/browser/pages/formulaire.html?${q}`);
  await page.waitForSelector('body[data-ready="true"]');
}

/** The acteurs first: other fields choose among them. */
function ordered(fields) {
  return [...fields].sort((a, b) => (b.name === 'acteurs') - (a.name === 'acteurs'));
}

/** Fills one field of the page with `value`, as a user would (click, type, choose, tick). */
async function fill(f, path, value) {
  const box = page.locator(`[data-pointer="${pointer(path)}"]`);
  switch (f.kind) {
    case 'object':
    case 'territoire':
      for (const sub of ordered(f.fields)) {
        if (value[sub.name] !== undefined) await fill(sub, [...path, sub.name], value[sub.name]);
      }
      return;
    case 'list':
      for (let i = 0; i < value.length; i += 1) {
        await box.locator(':scope > .ts-ajouter').click();
        await fill(f.item, [...path, i], value[i]);
      }
      return;
    case 'choices':
    case 'acteurs':
      for (const v of value) await box.locator(`input[type="checkbox"][value="${v}"]`).check();
      return;
    default: {
      const control = box.locator(':scope > input, :scope > select');
      const tag = await control.evaluate((e) => (e.tagName === 'SELECT' ? 'select' : e.type));
      if (tag === 'checkbox') {
        if (value) await control.check();
      } else if (tag === 'select') await control.selectOption(String(value));
      else await control.fill(String(value));
    }
  }
}

/** Diagnostics shown next to fields (not the side summary's list). */
async function shown() {
  return page.locator('.ts-principal .ts-diag').evaluateAll((els) => els.map((e) => e.dataset.code));
}

async function report() {
  return page.evaluate(() => document.querySelector('territoire-sante-formulaire').report);
}

for (const [kind, example] of Object.entries(EXAMPLES)) {
  test(`${kind}: the empty form shows no error, only what is to complete; axe finds nothing`, async () => {
    await open(kind, { asOf: example.asOf });
    assert.deepEqual(await shown(), []);
    assert.equal(await page.locator('[aria-invalid="true"]').count(), 0);
    const r = await report();
    const pending = await page.locator('.ts-a-completer > li[data-code]').count();
    assert.equal(pending, r.diagnostics.length);
    assert.match(await page.locator('.ts-bilan').textContent(), /^0 erreur, 0 avertissement, 0 information ; /);
    assert.deepEqual(await axeViolations(page), []);
    await page.screenshot({ path: join(SHOTS, `${kind}-vide.png`), fullPage: true });
  });

  test(`${kind}: filled from its example field by field, zero errors, the same document`, async () => {
    await open(kind, { asOf: example.asOf });
    const schema = readJson('docs', 'schema', `${kind}.json`);
    const doc = example.document;
    for (const f of ordered(fieldsOf(schema, schema))) {
      if (doc[f.name] !== undefined) await fill(f, [f.name], doc[f.name]);
    }
    const got = await page.evaluate(() => document.querySelector('territoire-sante-formulaire').document);
    assert.deepEqual(got, { type: kind, ...cleaned(doc) });
    const r = await report();
    assert.equal(r.counts.fatal, 0, JSON.stringify(r.diagnostics.filter((d) => d.severity === 'fatal')));
    assert.equal(r.counts.error, 0, JSON.stringify(r.diagnostics.filter((d) => d.severity === 'error')));
    assert.ok(!(await shown()).length || (await page.locator('.ts-principal .ts-diag-error').count()) === 0);
    await page.locator('.ts-synthese').getByRole('button', { name: 'Afficher tous les diagnostics' }).click();
    assert.deepEqual(await axeViolations(page), []);
    await page.screenshot({ path: join(SHOTS, `${kind}-neutre.png`), fullPage: true });
  });

  test(`${kind}: DSFR theme, filled from JSON; axe finds nothing`, async () => {
    await open(kind, { theme: 'dsfr', asOf: example.asOf });
    assert.equal(await page.locator('.ts-principal .fr-input, .ts-principal .fr-select').first().isVisible(), true);
    await page.evaluate((d) => {
      document.querySelector('territoire-sante-formulaire').document = d;
    }, example.document);
    await page.waitForFunction(() => document.querySelector('territoire-sante-formulaire').report !== null);
    await page.evaluate(() => document.querySelector('territoire-sante-formulaire').ready);
    const r = await report();
    assert.equal(r.counts.error, 0);
    assert.deepEqual(await axeViolations(page), []);
    await page.screenshot({ path: join(SHOTS, `${kind}-dsfr.png`), fullPage: true });
  });
}

test('a date is typed to the day, the month or the year; a wrong one is told next to its field', async () => {
  await open('contrat_local_sante', { asOf: '2016-06-30' });
  const box = page.locator(`[data-pointer="${pointer(['date_signature'])}"]`);
  const input = box.locator(':scope > input');
  assert.equal(await input.getAttribute('type'), 'text');
  assert.match(await box.locator('.ts-indication').textContent(), /AAAA-MM \(« mars 2013 » : 2013-03\)/);
  const document_ = () =>
    page.evaluate(() => document.querySelector('territoire-sante-formulaire').document.date_signature);
  for (const typed of ['2013-03', '2013', '2013-03-15']) {
    await input.fill(typed);
    await page.waitForFunction((t) => document.querySelector('territoire-sante-formulaire').document.date_signature === t, typed);
    assert.equal(await document_(), typed);
    assert.deepEqual(await box.locator('.ts-diag').evaluateAll((els) => els.map((e) => e.dataset.code)), []);
  }
  await input.fill('mars 2013');
  await box.locator('.ts-diag[data-code="DOC-006"]').waitFor();
  assert.equal(await input.getAttribute('aria-invalid'), 'true');
});

test('no error or warning in the console', () => {
  assert.deepEqual(browser.problems, []);
});
