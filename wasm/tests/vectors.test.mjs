// The shared vectors of tests/vectors/: the JavaScript report must equal the Rust golden report
// (tests/golden/), whole. The Rust runner validates with the embedded référentiel; here the
// package's référentiel asset is loaded first (the .wasm has none), and the reports name it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadReferentiel, Validator } from '../node.mjs';
import { rustPretty, vectorFiles, vectorOptions, vectorText } from './helpers.mjs';

const files = vectorFiles();
const referentiel = await loadReferentiel();

test('there are shared vectors to run', () => {
  assert.ok(files.length > 0);
  assert.ok(files.every(([, vectors, goldens]) => vectors.length === goldens.length));
});

for (const [name, vectors, goldens] of files) {
  test(`vectors ${name}`, () => {
    vectors.forEach((v, i) => {
      const report = new Validator({ ...vectorOptions(v), referentiel }).validate(vectorText(v));
      assert.deepStrictEqual(report, goldens[i], `${name}[${i}] ${v.description}`);
    });
  });
}

test('without the référentiel, the TER rules stay silent and the report names none', () => {
  const doc = {
    type: 'contrat_local_sante',
    acteurs: [{ id: 'ville', nature: 'commune', territoire: { type: 'commune', code: '02999' } }],
  };
  const without = new Validator({ asOf: '2020-06-30', referentiel: false }).validate(doc);
  assert.equal(without.referentiel ?? null, null);
  assert.ok(!without.diagnostics.some((d) => d.code.startsWith('TER-')));
});

test('the document text matches serde_json pretty printing', () => {
  const text = rustPretty({ b: [], a: { '10': 1, '9': [true, null], z: 'é\n"' }, '': {} });
  assert.equal(
    text,
    '{\n  "": {},\n  "a": {\n    "10": 1,\n    "9": [\n      true,\n      null\n    ],\n' +
      '    "z": "é\\n\\""\n  },\n  "b": []\n}',
  );
});
