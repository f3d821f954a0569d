// One rule for locations, in every front: for every example and every vector, a document given
// as an object and the same document given as JSON text get the same findings (code, severity,
// path); the object's carry no line or column, the text's carry both. The Python half is
// python/tests/test_fronts_agree.py, the Rust half core/tests/fronts_agree.rs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadReferentiel, Validator } from '../node.mjs';
import { ROOT, readJson, vectorFiles, vectorOptions } from './helpers.mjs';

const referentiel = await loadReferentiel();

const cases = [
  ...readdirSync(join(ROOT, 'docs', 'examples'))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => [`example:${f}`, { asOf: '2024-06-30' }, readJson('docs', 'examples', f)]),
  ...vectorFiles().flatMap(([name, vectors]) =>
    vectors
      .map((v, i) => [`vector:${name}[${i}]`, vectorOptions(v), v.document])
      // A vector given as raw text has no object to compare with.
      .filter(([, , doc]) => typeof doc !== 'string'),
  ),
];

const findings = (r) => r.diagnostics.map((d) => [d.code, d.severity, d.path]);

test('there are examples and vectors to compare', () => {
  assert.ok(cases.filter(([n]) => n.startsWith('example:')).length >= 5);
  assert.ok(cases.filter(([n]) => n.startsWith('vector:')).length >= 100);
});

for (const [name, options, doc] of cases) {
  test(`object and text agree: ${name}`, () => {
    const v = new Validator({ ...options, referentiel });
    const asObject = v.validate(doc);
    assert.ok(
      asObject.diagnostics.every((d) => d.line === undefined && d.column === undefined),
      'an object has no text to point into',
    );
    for (const text of [JSON.stringify(doc, null, 2), JSON.stringify(doc)]) {
      const asText = v.validate(text);
      assert.deepStrictEqual(findings(asObject), findings(asText));
      assert.ok(asText.diagnostics.every((d) => d.line !== undefined && d.column !== undefined));
    }
  });
}
