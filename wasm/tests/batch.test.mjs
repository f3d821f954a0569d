// validateMany on a batch of 10,000 documents: one report per document, in order, each equal to
// the report of validate() on the same document.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Validator } from '../node.mjs';
import { clsCommuneOnly, clsSigned } from './helpers.mjs';

const N = 10_000;

// Four kinds of input, mixed: objects, JSON text, a broken text, something not a document.
function input(i) {
  switch (i % 4) {
    case 0:
      return { ...clsCommuneOnly(), id: `cls-${i}` };
    case 1:
      return JSON.stringify({ ...clsSigned(), id: `cls-${i}` }, null, 2);
    case 2:
      return `{"type": "contrat_local_sante", "id": "cls-${i}",`;
    default:
      return { type: 'contrat_local_sante', id: `cls-${i}`, signataires: 'aucun' };
  }
}

test(`validateMany on ${N} documents`, () => {
  const v = new Validator({ asOf: '2016-06-30' });
  const docs = Array.from({ length: N }, (_, i) => input(i));
  const reports = v.validateMany(docs);
  assert.equal(reports.length, N);
  // Each report is the one of its own document (the ids tell them apart).
  for (let i = 0; i < N; i += 1) {
    const r = reports[i];
    if (i % 4 < 2) {
      assert.equal(r.document_id, `cls-${i}`, `#${i}`);
    } else {
      assert.equal(r.counts.fatal, 1, `#${i}`);
    }
  }
  for (const i of [0, 1, 2, 3, 4997, 4998, 9998, 9999]) {
    assert.deepStrictEqual(reports[i], v.validate(docs[i]), `#${i}`);
  }
  assert.equal(reports.filter((r) => r.valid).length, N / 4);
  assert.ok(reports[0].diagnostics.some((d) => d.code === 'CLS-001'));
  assert.ok(reports[1].diagnostics.every((d) => d.line !== undefined));
  assert.ok(reports[0].diagnostics.every((d) => d.line === undefined));
});

test('validateMany takes any iterable, and an empty one', () => {
  const v = new Validator({ asOf: '2016-06-30' });
  assert.deepEqual(v.validateMany([]), []);
  function* gen() {
    yield clsSigned();
    yield clsCommuneOnly();
  }
  assert.deepEqual(
    v.validateMany(gen()).map((r) => r.valid),
    [true, false],
  );
});

test('validateMany gives an unreadable item its own report and loses none', () => {
  const v = new Validator({ asOf: '2016-06-30' });
  const cyclic = clsSigned();
  cyclic.self = cyclic;
  const items = [
    clsSigned(),
    new Uint8Array([0x7b, 0xff, 0x7d]),
    new Uint8Array([0x7b, 0x00, 0x7d, 0x00]),
    cyclic,
    undefined,
    () => 1,
    { n: 10n },
    clsSigned(),
  ];
  const reports = v.validateMany(items);
  assert.equal(reports.length, items.length);
  assert.deepEqual(reports[7], reports[0]);
  assert.equal(reports[0].valid, v.validate(clsSigned()).valid);
  const reasons = reports.slice(1, 7).map((r) => {
    assert.equal(r.diagnostics.length, 1);
    assert.equal(r.diagnostics[0].code, 'DOC-011');
    assert.equal(r.valid, false);
    return r.diagnostics[0].params.reason;
  });
  assert.deepEqual(reasons, [
    'not_utf8',
    'utf16',
    'cycle',
    'undefined',
    'unsupported_type',
    'unsupported_type',
  ]);
});
