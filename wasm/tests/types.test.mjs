// TypeScript declarations: generated types up to date with docs/schema/, hand-written ones in
// step with what the library returns, and a consumer that type-checks (tsc --noEmit).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  about,
  articulation,
  couverture,
  loadReferentiel,
  opportunite,
  rules,
} from '../node.mjs';
import { ANALYSIS_OPTION_NAMES, LIMIT_NAMES, OPTION_NAMES } from '../js/api.mjs';
import { generate, OUT } from '../scripts/gen-types.mjs';
import { readJson, ROOT, WASM_DIR } from './helpers.mjs';

const INDEX = readFileSync(join(WASM_DIR, 'index.d.ts'), 'utf8');

/** Property names of `interface name { … }` in index.d.ts: [all, required]. */
function interfaceKeys(name) {
  const m = new RegExp(
    `export interface ${name}(?: extends (\\w+))? \\{\\n([\\s\\S]*?)\\n\\}`,
  ).exec(INDEX);
  assert.ok(m, `interface ${name} not found`);
  const [all, required] = m[1] === undefined ? [[], []] : interfaceKeys(m[1]);
  for (const [, key, opt] of m[2].matchAll(/^ {2}(\w+)(\??):/gm)) {
    all.push(key);
    if (opt === '') required.push(key);
  }
  return [all.sort(), required.sort()];
}

test('types/schema.d.ts is generated from docs/schema (run `npm run types` if not)', () => {
  assert.equal(readFileSync(OUT, 'utf8'), generate());
});

test('every core option has its JavaScript name, in the code and in the declarations', () => {
  const schema = readJson('docs', 'schema', 'options.json');
  assert.deepEqual(Object.values(OPTION_NAMES).sort(), Object.keys(schema.properties).sort());
  assert.deepEqual(
    Object.values(LIMIT_NAMES).sort(),
    Object.keys(schema.$defs.Limits.properties).sort(),
  );
  // `referentiel` is a handle, not a JSON option of the core.
  assert.deepEqual(
    interfaceKeys('ValidatorOptions')[0],
    [...Object.keys(OPTION_NAMES), 'referentiel'].sort(),
  );
  assert.deepEqual(
    interfaceKeys('AnalysisOptions')[0],
    [...Object.keys(ANALYSIS_OPTION_NAMES), 'referentiel'].sort(),
  );
  assert.deepEqual(interfaceKeys('Limits')[0], Object.keys(LIMIT_NAMES).sort());
});

test('RuleInfo and About declare what the library returns', () => {
  const [declared, required] = interfaceKeys('RuleInfo');
  for (const r of rules()) {
    const keys = Object.keys(r);
    assert.deepEqual(keys.filter((k) => !declared.includes(k)), [], r.code);
    assert.deepEqual(required.filter((k) => !keys.includes(k)), [], r.code);
  }
  assert.deepEqual(interfaceKeys('About')[0], Object.keys(about()).sort());
});

test('the référentiel and analysis interfaces declare what the library returns', async () => {
  const ref = await loadReferentiel();
  const pf = readFileSync(join(ROOT, 'docs', 'examples', 'chateau-thierry-portefeuille.json'), 'utf8');
  const c = await couverture(pf, { asOf: '2020-06-30', territoire: 'dep:02' });
  const a = await articulation(pf, { asOf: '2020-06-30' });
  const vitry = readFileSync(join(ROOT, 'core', 'tests', 'fixtures', 'vitry_2020.json'), 'utf8');
  const avis = await opportunite(vitry, { asOf: '2020-06-30' });
  const samples = {
    ReferentielAbout: [ref.about()],
    CommuneInfo: ['59350', '94081', '75056', '02168'].map((x) => ref.commune(x)),
    EpciInfo: [ref.epci('200093201')],
    SearchHit: ref.cherche('saint', 50),
    CommuneBreve: ref.membres('200072031'),
    Couverture: [c],
    LigneCommune: c.communes,
    ResumeCouverture: [...c.departements, c.total],
    Articulation: [a],
    LigneArticulation: a.lignes,
    Incoherence: a.incoherences,
    AvisOpportunite: avis,
    FacteurEvalue: avis[0].facteurs,
  };
  for (const [name, values] of Object.entries(samples)) {
    // The example portfolio is consistent: no Incoherence to look at.
    if (name !== 'Incoherence') assert.ok(values.length > 0, `no sample of ${name}`);
    const [declared, required] = interfaceKeys(name);
    for (const v of values) {
      const keys = Object.keys(v);
      assert.deepEqual(required.filter((k) => !keys.includes(k)), [], `${name} lacks`);
      // CommuneInfo and EpciInfo are open (index signature); the others list every key.
      if (name !== 'CommuneInfo' && name !== 'EpciInfo') {
        assert.deepEqual(keys.filter((k) => !declared.includes(k)), [], `${name} undeclared`);
      }
    }
  }
});

test('a TypeScript consumer type-checks (tsc --noEmit)', () => {
  const tsc = join(WASM_DIR, 'node_modules', 'typescript', 'bin', 'tsc');
  try {
    execFileSync(process.execPath, [tsc, '--noEmit', '-p', join(WASM_DIR, 'tests', 'ts')], {
      encoding: 'utf8',
      stdio: 'pipe',
    });
  } catch (e) {
    assert.fail(`tsc failed:\n${e.stdout}${e.stderr}`);
  }
});

test('a page using the custom elements type-checks against elements.d.ts (tsc --noEmit, DOM)', () => {
  const tsc = join(WASM_DIR, 'node_modules', 'typescript', 'bin', 'tsc');
  try {
    execFileSync(process.execPath, [tsc, '--noEmit', '-p', join(WASM_DIR, 'tests', 'ts-elements')], {
      encoding: 'utf8',
      stdio: 'pipe',
    });
  } catch (e) {
    assert.fail(`tsc failed:\n${e.stdout}${e.stderr}`);
  }
});

test('index.d.ts declares every export of the package, and nothing else', async () => {
  const declared = [...INDEX.matchAll(/^export (?:declare )?(?:function|class|const) (\w+)/gm)].map(
    (m) => m[1],
  );
  const exported = Object.keys(await import('../node.mjs'));
  assert.deepEqual([...new Set(declared)].sort(), exported.sort());
});
