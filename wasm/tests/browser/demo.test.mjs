// The demo page (demo/index.html) in headless Chromium: only the package's custom elements. The
// 10 document kinds, named by their schemas, each shown empty with no error and filled from its
// example with zero errors; the explorer with the Château-Thierry portfolio of docs/examples/,
// its findings, coverage table and map of the quartiers prioritaires; the neutral theme by
// default and the DSFR one on demand; axe-core on both tabs in both themes; the keyboard alone.
// Screenshots go to target/artefacts/ (not versioned).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { carteQuartiers, loadReferentiel, validate } from '../../node.mjs';
import { cleaned } from '../../js/schema.mjs';
import { readJson, ROOT } from '../helpers.mjs';
import { ARTEFACTS, axeViolations, launch } from './chromium.mjs';
import { EXAMPLES } from './exemples.mjs';
import { serve } from './server.mjs';

const PORTFOLIO = readJson('docs', 'examples', 'chateau-thierry-portefeuille.json');
const KINDS = readJson('docs', 'schema', 'document.json')
  .oneOf.map((s) => s.properties.type.const)
  .filter((k) => k !== 'portefeuille');
let server;
let browser;
let page;

before(async () => {
  // The explorer validates with the référentiel (territorial rules included): so does Node here.
  await loadReferentiel();
  server = await serve();
  browser = await launch();
  page = browser.page;
  await open();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function open() {
  await page.goto(`${server.url}/demo/`);
  await page.waitForSelector('body[data-ready="true"]');
}

const form = () => page.locator('territoire-sante-formulaire');
const formReady = () => page.evaluate(() => document.querySelector('territoire-sante-formulaire').ready);
const report = () => page.evaluate(() => document.querySelector('territoire-sante-formulaire').report);
/** Diagnostics shown next to fields (not the side summary's list). */
const shown = () => page.locator('.ts-principal .ts-diag').evaluateAll((els) => els.map((e) => e.dataset.code));
const status = (text) => page.locator('#etat', { hasText: text }).waitFor();

async function chooseTheme(name) {
  await page.getByLabel(name === 'dsfr' ? /^DSFR/ : 'Neutre').check();
  await status(name === 'dsfr' ? 'Thème DSFR appliqué.' : 'Thème neutre appliqué.');
}

test('the page loads the engine, the neutral theme first, the 10 kinds named by their schemas', async () => {
  await status(/^Prêt/);
  assert.equal(await page.locator('html').getAttribute('lang'), 'fr');
  assert.equal(await page.getByLabel('Neutre').isChecked(), true);
  assert.equal(await page.locator('#dsfr-css').evaluate((l) => l.sheet === null || l.disabled), true);
  assert.equal(await page.locator('[theme="dsfr"]').count(), 0);
  const options = await page
    .getByLabel('Type de document')
    .locator('option')
    .evaluateAll((os) => os.map((o) => [o.value, o.textContent]));
  assert.deepEqual(options.map(([k]) => k).sort(), [...KINDS].sort());
  for (const [kind, label] of options) {
    const title = readJson('docs', 'schema', `${kind}.json`).title;
    assert.equal(label.toLowerCase(), title.toLowerCase(), kind);
  }
  // The tab "Décrire un instrument" is shown, the explorer's panel is not.
  assert.equal(await page.getByRole('tab', { name: 'Décrire un instrument' }).getAttribute('aria-selected'), 'true');
  assert.equal(await page.locator('#panneau-explorer').isHidden(), true);
});

for (const kind of KINDS) {
  test(`${kind}: chosen, the empty form shows no error; filled from its example, zero errors`, async () => {
    const example = EXAMPLES[kind];
    assert.ok(example, `pas d'exemple pour ${kind}`);
    await page.getByLabel('Type de document').selectOption(kind);
    await page.waitForFunction((k) => document.querySelector('territoire-sante-formulaire').kind === k, kind);
    await formReady();
    assert.deepEqual(await shown(), []);
    assert.equal(await form().locator('[aria-invalid="true"]').count(), 0);
    assert.match(await page.locator('.ts-bilan').textContent(), /^0 erreur, 0 avertissement, 0 information ; /);
    assert.match(await page.locator('#exemple-source').textContent(), new RegExp(example.source.replace(/[.]/g, '\\.')));

    await page.getByRole('button', { name: "Remplir avec l'exemple" }).click();
    await status(`Formulaire rempli avec l'exemple (${example.source}).`);
    assert.equal(await page.getByLabel('Droit applicable au').first().inputValue(), example.asOf);
    const got = await page.evaluate(() => document.querySelector('territoire-sante-formulaire').document);
    assert.deepEqual(got, { type: kind, ...cleaned(example.document) });
    const r = await report();
    assert.equal(r.counts.fatal, 0, JSON.stringify(r.diagnostics.filter((d) => d.severity === 'fatal')));
    assert.equal(r.counts.error, 0, JSON.stringify(r.diagnostics.filter((d) => d.severity === 'error')));
    assert.equal(await page.locator('.ts-principal .ts-diag-error, .ts-principal .ts-diag-fatal').count(), 0);
    assert.match(await page.locator('.ts-bilan').textContent(), /^0 erreur,/);
  });
}

test('« Vider le formulaire » gives back an empty form of the same kind, with no error', async () => {
  await page.getByRole('button', { name: 'Vider le formulaire' }).click();
  await status('Formulaire vidé.');
  await formReady();
  const kind = await page.getByLabel('Type de document').inputValue();
  assert.deepEqual(await page.evaluate(() => document.querySelector('territoire-sante-formulaire').document), { type: kind });
  assert.deepEqual(await shown(), []);
  assert.match(await page.locator('.ts-bilan').textContent(), /^0 erreur, 0 avertissement, 0 information ; /);
});

/** Fills the CLS example, for the screenshots. */
async function clsFilled() {
  await page.getByLabel('Type de document').selectOption('contrat_local_sante');
  await page.getByRole('button', { name: "Remplir avec l'exemple" }).click();
  await status(`Formulaire rempli avec l'exemple (${EXAMPLES.contrat_local_sante.source}).`);
}

/** The explorer's tab, its coverage computed (with the map). */
async function explorerWithMap() {
  await page.getByRole('tab', { name: 'Explorer un portefeuille' }).click();
  await page.locator('.ts-etat', { hasText: '3 documents' }).waitFor();
  await page.getByRole('button', { name: 'Calculer la couverture' }).click();
  await page.locator('.ts-carte svg path[id]').first().waitFor({ timeout: 60_000 });
}

test('the explorer shows the portfolio’s findings, its coverage table and the map of its quartiers', async () => {
  const asOf = await page.locator('territoire-sante-explorateur').getAttribute('as-of');
  assert.equal(await page.getByLabel('Droit applicable au').last().inputValue(), asOf);
  await explorerWithMap();
  assert.equal(await page.locator('#panneau-decrire').isHidden(), true);
  // The findings: those the engine reports for the portfolio at that date.
  const expected = validate(PORTFOLIO, { asOf });
  assert.ok(expected.diagnostics.length > 0);
  const codes = await page.locator('.ts-constats .ts-diag').evaluateAll((els) => els.map((e) => e.dataset.code));
  assert.deepEqual(codes.sort(), expected.diagnostics.map((d) => d.code).sort());
  // The coverage table of the portfolio's territory, instruments by their names.
  const row = page.locator('.ts-couverture table tbody tr', { hasText: 'Château-Thierry' });
  const cells = await row.locator('th, td').allTextContents();
  assert.equal(cells[1], '02168');
  assert.ok(cells.includes('Contrat local de santé de Château-Thierry'), cells.join(' | '));
  // The map: the quartiers the engine draws for that territory, over the département outlines.
  const referentiel = await (await loadReferentiel())
    .withQpvContours(join(ROOT, 'data', 'qpv2024', 'contours.geojson'))
    .then((r) => r.withDepartementContours(join(ROOT, 'data', 'departements', 'contours.geojson')));
  const svg = await carteQuartiers(PORTFOLIO, { asOf, territoire: 'communes:02168', referentiel });
  const quartiers = [...svg.matchAll(/<path id="([^"]+)" class="([^"]+)"/g)].map((m) => [m[1], m[2]]);
  assert.ok(quartiers.length > 0, svg);
  const paths = await page
    .locator('.ts-carte svg path[id]')
    .evaluateAll((ps) => ps.map((p) => [p.id, p.getAttribute('class')]));
  assert.deepEqual(paths, quartiers);
  const outlines = await page
    .locator('.ts-carte svg path.departement')
    .evaluateAll((ps) => ps.map((p) => p.dataset.departement));
  assert.ok(outlines.includes('02'), outlines.join(' '));
  const box = await page.locator('.ts-carte svg').boundingBox();
  assert.ok(box.width > 300 && box.height > 200, JSON.stringify(box));
  // Another date: the findings are the engine's at that date.
  const dateField = page.getByLabel('Droit applicable au').last();
  for (const date of ['2020-06-30', asOf]) {
    await dateField.fill(date);
    const now = validate(PORTFOLIO, { asOf: date });
    await page.locator('.ts-etat', { hasText: `3 documents, ${now.diagnostics.length} constats.` }).waitFor();
    assert.equal(await page.locator('territoire-sante-explorateur').getAttribute('as-of'), date);
    const after = await page.locator('.ts-constats .ts-diag').evaluateAll((els) => els.map((e) => e.dataset.code));
    assert.deepEqual(after.sort(), now.diagnostics.map((d) => d.code).sort());
  }
});

test('screenshots of both tabs in both themes; axe-core finds no violation on any', async () => {
  await page.getByRole('tab', { name: 'Décrire un instrument' }).click();
  await clsFilled();
  for (const theme of ['neutre', 'dsfr']) {
    // Neutral by default: no `theme` attribute until the DSFR is chosen.
    if (theme === 'dsfr') await chooseTheme(theme);
    assert.equal(await form().getAttribute('theme') ?? 'neutre', theme);
    assert.equal(await page.locator('territoire-sante-explorateur').getAttribute('theme') ?? 'neutre', theme);
    const dsfrLoaded = await page.locator('#dsfr-css').evaluate((l) => !l.disabled && l.sheet !== null);
    assert.equal(dsfrLoaded, theme === 'dsfr');
    await page.getByRole('tab', { name: 'Décrire un instrument' }).click();
    await formReady();
    // The document survives the change of theme.
    const doc = await page.evaluate(() => document.querySelector('territoire-sante-formulaire').document);
    assert.deepEqual(doc, { type: 'contrat_local_sante', ...cleaned(EXAMPLES.contrat_local_sante.document) });
    if (theme === 'dsfr') {
      assert.equal(await form().locator('.ts-principal .fr-input, .ts-principal .fr-select').first().isVisible(), true);
    }
    assert.deepEqual(await axeViolations(page), [], `formulaire, thème ${theme}`);
    // The page's first screen: a whole form is several thousand pixels long.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(ARTEFACTS, `demo-formulaire-${theme}.png`) });
    await explorerWithMap();
    if (theme === 'dsfr') {
      assert.equal(await page.locator('territoire-sante-explorateur .fr-select').first().isVisible(), true);
    }
    assert.deepEqual(await axeViolations(page), [], `explorateur, thème ${theme}`);
    await page.screenshot({ path: join(ARTEFACTS, `demo-explorateur-${theme}.png`), fullPage: true });
  }
  // Back to the neutral theme: the DSFR's stylesheet is off again.
  await chooseTheme('neutre');
  assert.equal(await form().getAttribute('theme'), 'neutre');
  assert.equal(await page.locator('#dsfr-css').evaluate((l) => l.disabled), true);
});

/** What has the focus: its id, role and text. */
function focused() {
  return page.evaluate(() => {
    const e = document.activeElement;
    return { id: e.id, role: e.getAttribute('role'), text: (e.labels?.[0]?.textContent ?? e.textContent ?? '').trim() };
  });
}

/** Presses `key` (Tab) until `match(focused)` (at most `max` times). */
async function tabTo(match, max = 30, key = 'Tab') {
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press(key);
    const f = await focused();
    if (match(f)) return f;
  }
  throw new Error('focus never reached');
}

test('keyboard only: the tabs with the arrows, the kind with the arrows, the example with Enter', async () => {
  await open();
  // From the top of the page: the theme choice, then the selected tab.
  const first = await tabTo(() => true, 1);
  assert.equal(first.id, 'theme-neutre');
  const tab = await tabTo((f) => f.role === 'tab');
  assert.equal(tab.id, 'onglet-decrire');
  await page.keyboard.press('ArrowRight');
  assert.equal((await focused()).id, 'onglet-explorer');
  assert.equal(await page.locator('#onglet-explorer').getAttribute('aria-selected'), 'true');
  assert.equal(await page.locator('#panneau-explorer').isVisible(), true);
  assert.equal(await page.locator('#panneau-decrire').isHidden(), true);
  // Tab goes into the panel shown: the explorer's date first.
  await page.keyboard.press('Tab');
  assert.equal((await focused()).id, 'date-portefeuille');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('ArrowLeft');
  assert.equal((await focused()).id, 'onglet-decrire');
  assert.equal(await page.locator('#panneau-decrire').isVisible(), true);
  // Only the selected tab is in the Tab order: the next Tab reaches the kind's select.
  await page.keyboard.press('Tab');
  assert.equal((await focused()).id, 'type');
  const before = await page.locator('#type').inputValue();
  await page.keyboard.press('ArrowDown');
  const after = await page.locator('#type').inputValue();
  assert.notEqual(after, before);
  await page.waitForFunction((k) => document.querySelector('territoire-sante-formulaire').kind === k, after);
  await tabTo((f) => f.id === 'exemple');
  await page.keyboard.press('Enter');
  await status(`Formulaire rempli avec l'exemple (${EXAMPLES[after].source}).`);
  assert.equal((await report()).counts.error, 0);
  // Back to the tabs: Fin and Début move the selection as the arrows do.
  await tabTo((f) => f.role === 'tab', 30, 'Shift+Tab');
  assert.equal((await focused()).id, 'onglet-decrire');
  await page.keyboard.press('End');
  assert.equal((await focused()).id, 'onglet-explorer');
  assert.equal(await page.locator('#panneau-explorer').isVisible(), true);
  await page.keyboard.press('Home');
  assert.equal(await page.locator('#panneau-decrire').isVisible(), true);
});

test('no error or warning in the console', () => {
  assert.deepEqual(browser.problems, []);
});
