// The demo page in headless Chromium (Debian's, driven by playwright-core): fill a CLS signed by
// the commune only, see CLS-001 next to the signataires, add the ARS, see it go; then the
// "Coller un JSON" tab; the commune autocomplete of the perimeter. Screenshots go to
// target/artefacts/ (not versioned).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { ROOT } from '../helpers.mjs';
import { serve } from './server.mjs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARTEFACTS = join(ROOT, 'target', 'artefacts');
const SIGNATAIRES = 'fieldset[data-path="/signataires /acteurs"]';

let server;
let browser;
let page;
let profile;
const problems = [];

before(async () => {
  assert.ok(existsSync(CHROMIUM), `Chromium absent (${CHROMIUM}) : scripts/test-wasm.sh l'installe`);
  mkdirSync(ARTEFACTS, { recursive: true });
  profile = mkdtempSync(join(tmpdir(), 'ts-chromium-'));
  server = await serve();
  browser = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    locale: 'fr-FR',
    viewport: { width: 1280, height: 1000 },
    args: [
      '--lang=fr-FR',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  page = browser.pages()[0] ?? (await browser.newPage());
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
  });
  await page.goto(`${server.url}/demo/`);
  await page.waitForSelector('body[data-ready="true"]');
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

/** Fills row `i` of the signataires. */
async function fillSignataire(i, { nature, nom, date }) {
  await page.getByRole('button', { name: 'Ajouter un signataire' }).click();
  const row = page.locator('#signataires > li').nth(i);
  await row.getByLabel('Nature', { exact: true }).selectOption(nature);
  await row.getByLabel('Nom', { exact: true }).fill(nom);
  await row.getByLabel('Date de signature', { exact: true }).fill(date);
}

test('the page loads the engine without errors', async () => {
  assert.match(await page.locator('#etat').textContent(), /prêt/);
  assert.equal(await page.locator('html').getAttribute('lang'), 'fr');
});

test('a CLS signed by the commune only shows CLS-001 next to the signataires, until the ARS signs', async () => {
  await page.getByLabel('Droit applicable au').fill('2016-06-30');
  const cls001 = page.locator(`${SIGNATAIRES} > .diags > .diag[data-code="CLS-001"]`);
  // With no signataire at all, both the ARS and a collectivité are missing.
  await cls001.filter({ hasText: 'collectivité territoriale ou un groupement' }).waitFor();

  await page.getByLabel('Nom du contrat').fill('CLS de Château-Thierry');
  await page.locator('#panel-form fieldset').first().getByLabel('Date de signature').fill('2015-12-17');
  await page.getByLabel('Projet régional de santé mis en œuvre').selectOption('1');
  await page.getByLabel('Codes INSEE des communes couvertes').fill('02168');
  await fillSignataire(0, { nature: 'commune', nom: 'Ville de Château-Thierry', date: '2015-12-17' });

  // Now only the ARS is missing. The list does not say it is whole (no partner count): the ARS
  // is « à compléter », a warning, not a contradiction.
  const diag = cls001.filter({ hasText: "n'a pas parmi ses signataires : l'ARS." });
  await diag.waitFor({ state: 'visible' });
  assert.equal(await cls001.count(), 1);
  const text = await diag.textContent();
  assert.match(text, /Avertissement/);
  assert.doesNotMatch(text, /collectivité territoriale ou un groupement/);
  const link = diag.getByRole('link');
  assert.match(await link.getAttribute('href'), /^https:\/\/www\.legifrance\.gouv\.fr\//);
  assert.match(await link.textContent(), /L1434-10/);
  assert.equal(await page.locator('#diags-generaux .diag[data-code="CLS-001"]').count(), 0);
  // The signataires group points to its diagnostic; its fields are not marked invalid.
  const described = await page.locator(SIGNATAIRES).getAttribute('aria-describedby');
  assert.ok(described.split(' ').includes(await diag.getAttribute('id')), described);
  assert.equal(await page.locator(`${SIGNATAIRES} [aria-invalid]`).count(), 0);
  await page.locator('#bilan', { hasText: /^0 erreur,/ }).waitFor();
  await page.screenshot({ path: join(ARTEFACTS, 'demo.png'), fullPage: true });

  await fillSignataire(1, { nature: 'ars', nom: 'ARS Hauts-de-France', date: '2015-12-17' });
  await page.locator('.diag[data-code="CLS-001"]').waitFor({ state: 'detached' });
  await page.locator('#bilan', { hasText: /^0 erreur,/ }).waitFor();
  assert.equal(await page.locator('.diag[data-code="CLS-001"]').count(), 0);
  await page.screenshot({ path: join(ARTEFACTS, 'demo-corrige.png'), fullPage: true });
});

test('removing the ARS brings CLS-001 back', async () => {
  await page.locator('#signataires > li').nth(1).getByRole('button', { name: 'Retirer' }).click();
  await page.locator(`${SIGNATAIRES} .diag[data-code="CLS-001"]`).waitFor({ state: 'visible' });
});

test('governance rows list the signataires as possible chairs and feed the document', async () => {
  await page.getByRole('button', { name: 'Ajouter une instance' }).click();
  const row = page.locator('#instances > li').first();
  await row.getByLabel('Instance', { exact: true }).selectOption('copil');
  await row.getByLabel('Ville de Château-Thierry').check();
  await row.getByLabel('Rythme').selectOption('semestriel');
  // The last change made: the preview is up to date once it shows it.
  await page.locator('#apercu-json', { hasText: '"rythme"' }).waitFor({ state: 'attached' });
  const doc = JSON.parse(await page.locator('#apercu-json').textContent());
  assert.deepEqual(doc.gouvernance, [
    { nature: 'copil', presidence: [doc.acteurs[0].id], rythme: 'semestriel' },
  ]);
  assert.deepEqual(
    doc.acteurs.map((a) => a.nature),
    ['commune'],
  );
});

test('messages follow the language chosen', async () => {
  await page.getByLabel('Langue des messages').selectOption('en');
  const msg = page.locator(`${SIGNATAIRES} .diag[data-code="CLS-001"] .msg`);
  await msg.filter({ hasText: 'signatories' }).waitFor();
  assert.doesNotMatch(await msg.textContent(), /signataires/);
  await page.getByLabel('Langue des messages').selectOption('fr');
  await page
    .locator(`${SIGNATAIRES} .diag[data-code="CLS-001"] .msg`, { hasText: 'signataires' })
    .waitFor();
});

test('the "Coller un JSON" tab validates pasted text, with line and column', async () => {
  await page.getByRole('tab', { name: 'Coller un JSON' }).click();
  const area = page.getByLabel(/Document JSON/);
  await area.fill(`{
  "type": "contrat_local_sante",
  "nom": "CLS de Château-Thierry",
  "acteurs": [{"id": "ville", "nom": "Ville de Château-Thierry", "nature": "commune"}],
  "signataires": [{"acteur": "ville", "date_signature": "2015-12-17"}],
  "date_signature": "2015-12-17"
}`);
  const diag = page.locator('#json-diags .diag[data-code="CLS-001"]');
  await diag.waitFor({ state: 'visible' });
  assert.match(await diag.textContent(), /ligne 5, colonne 18/);

  await area.fill('{"type": "contrat_local_sante",');
  const fatal = page.locator('#json-diags .diag-fatal');
  await fatal.waitFor({ state: 'visible' });
  assert.match(await fatal.textContent(), /Bloquant/);
  await page.screenshot({ path: join(ARTEFACTS, 'demo-json.png'), fullPage: true });
});

test('the perimeter field suggests communes from the référentiel, loaded on first use', async () => {
  await page.getByRole('tab', { name: 'Formulaire' }).click();
  const requested = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  const codes = page.getByLabel('Codes INSEE des communes couvertes');
  await codes.fill('');
  const search = page.getByRole('combobox', { name: 'Ajouter une commune par son nom' });
  await search.click();
  await search.pressSequentially('chateau');
  const option = page.getByRole('option', { name: /^Château-Thierry \(02168\)/ });
  await option.waitFor({ state: 'visible' });
  assert.ok(requested.includes('/pkg/referentiel.tsv'), requested.join(' '));
  assert.equal(await search.getAttribute('aria-expanded'), 'true');
  await page.screenshot({ path: join(ARTEFACTS, 'demo-communes.png'), fullPage: true });
  await option.click();
  assert.equal(await codes.inputValue(), '02168');
  assert.equal(await search.inputValue(), '');
  await page.locator('#communes-noms', { hasText: '02168 : Château-Thierry' }).waitFor();
  const apercu = page.locator('#apercu-json', { hasText: '"perimetre"' });
  await apercu.waitFor({ state: 'attached' });
  const doc = JSON.parse(await apercu.textContent());
  assert.deepEqual(doc.perimetre, [{ type: 'commune', code: '02168' }]);

  // The keyboard works too, and a second commune is appended.
  await search.pressSequentially('lille');
  await page.getByRole('option', { name: /^Lille \(59350\)/ }).waitFor();
  await search.press('Enter');
  assert.equal(await codes.inputValue(), '02168, 59350');

  // With the référentiel loaded, an unknown code is reported next to the perimeter.
  await codes.fill('02168, 99999');
  await page.locator('fieldset[data-path="/perimetre"] .diag[data-code^="TER-"]').first().waitFor();
  await page.locator('#communes-noms', { hasText: '99999 : code inconnu' }).waitFor();
  await codes.fill('02168');
  await page
    .locator('fieldset[data-path="/perimetre"] .diag[data-code^="TER-"]')
    .first()
    .waitFor({ state: 'detached' });
});

test('a tracking workbook chosen on the page is read by the second module, findings at their cells', async () => {
  const requested = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.getByLabel(/Classeur .xlsx, .ods ou fichier .csv/).setInputFiles(join(ROOT, 'tests', 'tableur', 'suivi.xlsx'));
  await page.locator('#tableur-etat', { hasText: 'suivi.xlsx : 20 document(s)' }).waitFor();
  assert.ok(requested.includes('/pkg/tableur/territoire_sante_wasm_bg.wasm'), requested.join(' '));
  // The message names the commune between « »; the rule's help cites « Saint-Denis (93) » too.
  const stDenis = page.locator('#tableur-diags .diag[data-code="TAB-006"]', { hasText: '« Saint-Denis »' });
  assert.match(await stDenis.locator('.cellule').textContent(), /^'Suivi régional'!E23$/);
  await page.screenshot({ path: join(ARTEFACTS, 'demo-tableur.png'), fullPage: true });
});

test('no error or warning in the console', () => {
  assert.deepEqual(problems, []);
});
