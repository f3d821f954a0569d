// TypeScript declarations: generated types up to date with docs/schema/, hand-written ones in
// step with what the library returns, and a consumer that type-checks (tsc --noEmit).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { about, rules } from '../node.mjs';
import { LIMIT_NAMES, OPTION_NAMES } from '../js/api.mjs';
import { generate, OUT } from '../scripts/gen-types.mjs';
import { readJson, WASM_DIR } from './helpers.mjs';

const INDEX = readFileSync(join(WASM_DIR, 'index.d.ts'), 'utf8');

/** Property names of `interface name { … }` in index.d.ts: [all, required]. */
function interfaceKeys(name) {
  const m = new RegExp(`export interface ${name} \\{\\n([\\s\\S]*?)\\n\\}`).exec(INDEX);
  assert.ok(m, `interface ${name} not found`);
  const all = [];
  const required = [];
  for (const [, key, opt] of m[1].matchAll(/^ {2}(\w+)(\??):/gm)) {
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
  assert.deepEqual(interfaceKeys('ValidatorOptions')[0], Object.keys(OPTION_NAMES).sort());
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
