// The référentiel, loaded from the package's separate asset, and the analyses that use it:
// lookups, name search, coverage and articulation equal to the Rust CLI's JSON output
// (tests/golden/, written by `territoire-sante couverture|articulation|opportunite --format json`,
// see tests/golden/README.md), opportunity assessment.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  articulation,
  cherche,
  commune,
  couverture,
  couvertureQuartiers,
  currentReferentiel,
  epci,
  loadReferentiel,
  membres,
  opportunite,
  qpvDeCommune,
  territoireDe,
  TerritoireSanteError,
  toFhir,
  toSarif,
  Validator,
} from '../node.mjs';
import { ROOT, WASM_DIR } from './helpers.mjs';

const golden = (name) => JSON.parse(readFileSync(join(WASM_DIR, 'tests', 'golden', name), 'utf8'));
const portefeuille = readFileSync(join(ROOT, 'docs', 'examples', 'chateau-thierry-portefeuille.json'), 'utf8');
const AS_OF = '2020-06-30';

// Lookups before loading are tested in errors.test.mjs (another process: here it is loaded).
const ref = await loadReferentiel();

test('the default référentiel is the package asset, loaded once', async () => {
  assert.equal(await loadReferentiel(), ref);
  assert.equal(currentReferentiel(), ref);
  const about = ref.about();
  assert.equal(about.vintage, 'COG 2026');
  assert.equal(ref.vintage, 'COG 2026');
  assert.ok(about.comptes.communes_actuelles > 34_000, JSON.stringify(about.comptes));
});

test('communes, EPCI and their members', () => {
  const lille = commune('59350');
  assert.equal(lille.nom, 'Lille');
  assert.equal(lille.epci_detail.siren, '200093201');
  assert.equal(lille.region_detail.code, '32');
  const vitry = ref.commune('94081');
  assert.equal(vitry.nom, 'Vitry-sur-Seine');
  assert.equal(vitry.epci_detail.siren, '200054781');
  assert.ok(vitry.ept !== null, 'Vitry belongs to an EPT of the Grand Paris');
  const mel = epci('200093201');
  assert.ok(mel.membres.some((m) => m.code === '59350'));
  assert.deepEqual(membres('200093201'), mel.membres);
  assert.equal(membres('000000000'), null);
  assert.equal(commune('99999'), null);
  assert.equal(ref.departement('02').nom, 'Aisne');
});

test('the chain and the QPV of a commune', () => {
  const t = territoireDe('59350');
  assert.deepEqual(t.commune, { code: '59350', nom: 'Lille' });
  assert.equal(t.epci.siren, '200093201');
  assert.equal(t.departement.code, '59');
  assert.equal(t.region.code, '32');
  assert.equal(t.ept, null);
  assert.equal(ref.territoireDe('94081').ept.siren, commune('94081').ept.siren);
  assert.equal(territoireDe('99999'), null);
  assert.deepEqual(qpvDeCommune('59350'), commune('59350').qpv);
  assert.equal(qpvDeCommune('99999'), null);
});

test('name search is accent- and case-insensitive', () => {
  const hits = cherche('chateau', { limit: 20 });
  assert.ok(hits.length > 1 && hits.length <= 20);
  assert.ok(hits.some((h) => h.code === '02168' && h.nom === 'Château-Thierry'));
  assert.equal(ref.cherche('CHÂTEAU-THIERRY', 1)[0].code, '02168');
  assert.deepEqual(ref.search('chateau thierry', 3), ref.cherche('chateau thierry', { limit: 3 }));
  assert.deepEqual(cherche('zzzzqqq'), []);
});

test('the validator gets the référentiel: TER rules run and the report names its vintage', () => {
  const doc = {
    type: 'contrat_local_sante',
    acteurs: [{ id: 'ville', nature: 'commune', territoire: { type: 'commune', code: '02999' } }],
  };
  const withRef = new Validator({ asOf: AS_OF }).validate(doc);
  assert.equal(withRef.referentiel, 'COG 2026');
  const without = new Validator({ asOf: AS_OF, referentiel: null }).validate(doc);
  assert.equal(without.referentiel ?? null, null);
  const ter = (r) => r.diagnostics.filter((d) => d.code.startsWith('TER-')).map((d) => d.code);
  assert.ok(ter(withRef).length > 0, 'an unknown commune code is reported');
  assert.deepEqual(ter(without), []);
});

test('a QPV of 2024 and coverage per quartier equal the Rust CLI output', async () => {
  const q = ref.qpv('QN09125M');
  assert.equal(q.nom, 'La Grande Borne');
  assert.deepEqual(q.communes, ['91286']);
  assert.equal(q.epci_detail[0].siren, '200059228');
  assert.equal(q.region_detail.code, '11');
  assert.ok(ref.cherche('grande borne').some((h) => h.code === 'QN09125M' && h.type === 'qpv'));
  const grigny = readFileSync(join(ROOT, 'core', 'tests', 'fixtures', 'portefeuille_grigny_2026.json'), 'utf8');
  const c = await couvertureQuartiers(grigny, { territoire: 'dep:91', asOf: '2026-06-30' });
  assert.deepEqual(c, golden('couverture-quartiers-grigny.json'));
  assert.equal(c.total.qpv, 47);
  assert.ok(c.quartiers.find((x) => x.qpv === 'QN09125M').couvert);
});

test('coverage equals the Rust CLI output', async () => {
  const c = await couverture(portefeuille, { territoire: 'communes:02168', asOf: AS_OF });
  assert.deepEqual(c, golden('couverture-chateau-thierry.json'));
  // Same from the parsed object, with the référentiel given explicitly.
  const again = await couverture(JSON.parse(portefeuille), {
    territoire: 'communes:02168',
    asOf: new Date(2020, 5, 30),
    referentiel: ref,
  });
  assert.deepEqual(again, c);
  assert.equal(c.communes[0].commune, '02168');
  assert.deepEqual(c.communes[0].cls, ['cls-chateau-thierry']);
});

test('articulation equals the Rust CLI output', async () => {
  const a = await articulation(portefeuille, { asOf: AS_OF });
  assert.deepEqual(a, golden('articulation-chateau-thierry.json'));
});

test('Vitry 2020: the opportunity assessment recommends postponing', async () => {
  const vitry = readFileSync(join(ROOT, 'core', 'tests', 'fixtures', 'vitry_2020.json'), 'utf8');
  const avis = await opportunite(vitry, { asOf: AS_OF });
  assert.equal(avis.length, 1);
  assert.equal(avis[0].recommandation, 'report');
  // The CLI prints a single assessment as an object, not as a list of one.
  assert.deepEqual(avis[0], golden('opportunite-vitry-2020.json'));
  assert.equal((await opportunite(vitry, { asOf: AS_OF, lang: 'en' }))[0].locale, 'en');
});

test('FHIR and SARIF exports equal the Rust CLI output', () => {
  const file = 'docs/examples/chateau-thierry-cls.json';
  const report = new Validator({ asOf: AS_OF }).validate(readFileSync(join(ROOT, file), 'utf8'));
  assert.ok(report.diagnostics.length > 0);
  assert.deepEqual(toFhir(report), golden('fhir-chateau-thierry-cls.json'));
  assert.deepEqual(toSarif(report, file), golden('sarif-chateau-thierry-cls.json'));
  // The report's JSON text is accepted as well.
  assert.deepEqual(toFhir(JSON.stringify(report)), golden('fhir-chateau-thierry-cls.json'));
  assert.equal(toSarif(report).runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri, 'document.json');
  assert.throws(() => toFhir({ pas: 'un rapport' }), { code: 'option', option: 'report' });
  assert.throws(() => toFhir('{'), { code: 'option', option: 'report' });
  assert.throws(() => toFhir(42), { code: 'input' });
  assert.throws(() => toSarif(report, 42), { code: 'input' });
});

test('bad territories and inputs are TerritoireSanteError with a code', async () => {
  const code = (f) => {
    try {
      f();
    } catch (e) {
      assert.ok(e instanceof TerritoireSanteError, String(e));
      return e.code;
    }
    return assert.fail('no exception');
  };
  // The analyses are asynchronous: their misuse rejects the promise.
  const rejected = async (p) => {
    try {
      await p;
    } catch (e) {
      assert.ok(e instanceof TerritoireSanteError, String(e));
      return e.code;
    }
    return assert.fail('no rejection');
  };
  assert.notEqual(await rejected(couverture(portefeuille, { territoire: 'pays:FR', asOf: AS_OF })), 'internal');
  assert.equal(await rejected(couverture(portefeuille, { asOf: AS_OF, rules: ['CLS'] })), 'option');
  assert.equal(await rejected(couverture('{"type": "contrat_local_sante"}', { asOf: AS_OF })), 'analysis');
  assert.equal(await rejected(couverture(portefeuille, { asOf: AS_OF, referentiel: {} })), 'option');
  assert.equal(await rejected(opportunite('{', { asOf: AS_OF })), 'analysis');
  assert.equal(code(() => ref.lookup('pays', 'FR')), 'option');
  assert.equal(code(() => ref.cherche('x', { limit: -1 })), 'option');
  assert.equal(code(() => new Validator({ asOf: AS_OF, referentiel: 'COG' })), 'option');
});

test('loadReferentiel reads text, paths and bytes', async () => {
  const path = join(WASM_DIR, 'pkg', 'referentiel.tsv');
  const text = readFileSync(path, 'utf8');
  const fromText = await loadReferentiel(text);
  const fromBytes = await loadReferentiel(readFileSync(path));
  const fromPath = await loadReferentiel(path);
  for (const r of [fromText, fromBytes, fromPath]) {
    assert.equal(r.commune('02168').nom, 'Château-Thierry');
  }
  // The last one loaded is installed; put the package's back.
  assert.equal(currentReferentiel(), fromPath);
  fromText.free();
  fromBytes.free();
  fromPath.free();
  assert.equal(currentReferentiel(), null);
  await assert.rejects(loadReferentiel('@\tformat\t99\n'), (e) => e instanceof TerritoireSanteError);
  await assert.rejects(loadReferentiel(join(WASM_DIR, 'absent.tsv')), { code: 'input' });
  await assert.rejects(loadReferentiel(42), { code: 'input' });
});
