// The package as a consumer gets it: `npm pack`, installed offline into an empty project, then
// imported by name from an ES module.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WASM_DIR } from './helpers.mjs';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

test('the packed package installs and validates in another project', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ts-consumer-'));
  try {
    const quiet = { cwd: dir, stdio: 'pipe', encoding: 'utf8' };
    execFileSync(npm, ['pack', WASM_DIR, '--pack-destination', dir, '--silent'], quiet);
    const [tarball] = readdirSync(dir).filter((f) => f.endsWith('.tgz'));
    assert.ok(tarball, 'npm pack made no tarball');
    writeFileSync(join(dir, 'package.json'), '{"name": "consumer", "private": true, "type": "module"}');
    execFileSync(npm, ['install', '--offline', '--no-audit', '--no-fund', `./${tarball}`], quiet);
    writeFileSync(
      join(dir, 'main.mjs'),
      `import { Validator, schema, loadReferentiel, commune, explain } from 'territoire-sante';
const v = new Validator({ asOf: '2016-06-30', rules: ['CLS-001'] });
const r = v.validate({ type: 'contrat_local_sante' });
const before = r.referentiel ?? null;
await loadReferentiel();
console.log(JSON.stringify([r.diagnostics.map((d) => d.code), typeof schema('report'), before,
  commune('02168').nom, new Validator({ asOf: '2016-06-30' }).validate({}).referentiel,
  explain('CLS-003').description.length > 0]));`,
    );
    const out = execFileSync(process.execPath, ['main.mjs'], quiet);
    assert.deepEqual(JSON.parse(out), [['CLS-001'], 'object', null, 'Château-Thierry', 'COG 2026', true]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
