// The shared vectors of tests/vectors/: the JavaScript report must equal the Rust golden report
// (tests/golden/), whole.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Validator } from '../node.mjs';
import { rustPretty, vectorFiles, vectorOptions, vectorText } from './helpers.mjs';

const files = vectorFiles();

test('there are shared vectors to run', () => {
  assert.ok(files.length > 0);
  assert.ok(files.every(([, vectors, goldens]) => vectors.length === goldens.length));
});

for (const [name, vectors, goldens] of files) {
  test(`vectors ${name}`, () => {
    vectors.forEach((v, i) => {
      const report = new Validator(vectorOptions(v)).validate(vectorText(v));
      assert.deepStrictEqual(report, goldens[i], `${name}[${i}] ${v.description}`);
    });
  });
}

test('the document text matches serde_json pretty printing', () => {
  const text = rustPretty({ b: [], a: { '10': 1, '9': [true, null], z: 'é\n"' }, '': {} });
  assert.equal(
    text,
    '{\n  "": {},\n  "a": {\n    "10": 1,\n    "9": [\n      true,\n      null\n    ],\n' +
      '    "z": "é\\n\\""\n  },\n  "b": []\n}',
  );
});
