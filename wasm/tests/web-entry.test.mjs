// The browser / bundler entry (web.mjs), loaded here with the .wasm bytes: unusable before
// init(), then the same reports as the Node entry.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as node from '../node.mjs';
import * as web from '../web.mjs';
import { clsCommuneOnly, WASM_DIR } from './helpers.mjs';

test('web.mjs refuses to work before init(), then matches node.mjs', async () => {
  assert.throws(() => new web.Validator({ asOf: '2016-06-30' }), {
    name: 'TerritoireSanteError',
    code: 'not_initialized',
  });
  assert.throws(() => web.rules(), { code: 'not_initialized' });
  const bytes = readFileSync(join(WASM_DIR, 'pkg', 'web', 'territoire_sante_wasm_bg.wasm'));
  const first = web.init(bytes);
  assert.equal(web.init(bytes), first, 'init() twice gives the same promise');
  await first;
  const options = { asOf: '2016-06-30', lang: 'en' };
  assert.deepStrictEqual(
    new web.Validator(options).validate(clsCommuneOnly()),
    new node.Validator(options).validate(clsCommuneOnly()),
  );
  assert.deepStrictEqual(web.rules(), node.rules());
  assert.deepStrictEqual(web.about(), node.about());
});

test('the two entries export the same API', () => {
  assert.deepEqual(Object.keys(web).sort(), Object.keys(node).sort());
});
