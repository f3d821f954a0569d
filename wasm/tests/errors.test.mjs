// Misuse throws a TerritoireSanteError (an Error) with a stable `code`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  cherche,
  commune,
  couverture,
  explain,
  rules,
  schema,
  TerritoireSanteError,
  Validator,
} from '../node.mjs';
import { clsSigned } from './helpers.mjs';

function throwsCode(f, code, more = {}) {
  let caught;
  try {
    f();
  } catch (e) {
    caught = e;
  }
  return checkError(caught, code, more);
}

/** As throwsCode, for an asynchronous call (the analyses): its promise rejects. */
async function rejectsCode(f, code, more = {}) {
  const p = f();
  assert.ok(p instanceof Promise, 'not a promise');
  let caught;
  try {
    await p;
  } catch (e) {
    caught = e;
  }
  return checkError(caught, code, more);
}

function checkError(caught, code, more) {
  assert.ok(caught, 'no exception');
  assert.ok(caught instanceof TerritoireSanteError, `not a TerritoireSanteError: ${caught}`);
  assert.ok(caught instanceof Error);
  assert.equal(caught.name, 'TerritoireSanteError');
  assert.equal(caught.code, code, caught.message);
  for (const [k, v] of Object.entries(more)) {
    if (v instanceof RegExp) assert.match(caught[k], v);
    else assert.equal(caught[k], v);
  }
  return caught;
}

const AS_OF = '2016-06-30';

test('bad option values name the option in JavaScript words', () => {
  throwsCode(() => new Validator({ asOf: '2016-13-01' }), 'option', {
    option: 'asOf',
    message: /asOf/,
  });
  throwsCode(() => new Validator({ asOf: new Date('pas une date') }), 'option', { option: 'asOf' });
  throwsCode(() => new Validator({ asOf: AS_OF, minSeverity: 'grave' }), 'option', {
    option: 'minSeverity',
  });
  throwsCode(() => new Validator({ asOf: AS_OF, lang: 'de' }), 'option', { option: 'lang' });
  throwsCode(() => new Validator({ asOf: AS_OF, explain: 'oui' }), 'option', { option: 'explain' });
  throwsCode(() => new Validator({ asOf: AS_OF, limits: { maxDepth: 0 } }), 'option', {
    option: 'limits.maxDepth',
    reason: /120/,
  });
});

test('unknown options are refused, snake_case ones too', () => {
  throwsCode(() => new Validator({ asOf: AS_OF, strict: true }), 'option', {
    option: 'strict',
    reason: 'option inconnue',
  });
  throwsCode(() => new Validator({ as_of: AS_OF }), 'option', { option: 'as_of' });
  throwsCode(() => new Validator({ asOf: AS_OF, limits: { maxDeep: 3 } }), 'option', {
    option: 'limits.maxDeep',
  });
  throwsCode(() => new Validator('fr'), 'option', { option: 'options' });
});

test('unknown rules, types and languages', () => {
  throwsCode(() => new Validator({ asOf: AS_OF, rules: ['NOPE-999'] }), 'unknown_rule', {
    message: /NOPE-999/,
  });
  throwsCode(() => new Validator({ asOf: AS_OF, exclude: 'ZZZ' }), 'unknown_rule');
  throwsCode(() => explain('NOPE-999'), 'unknown_rule');
  throwsCode(() => new Validator({ asOf: AS_OF }).explain('NOPE-999'), 'unknown_rule');
  throwsCode(() => schema('pas_un_type'), 'unknown_kind', { message: /pas_un_type/ });
  throwsCode(() => rules({ lang: 'de' }), 'option', { option: 'lang' });
  throwsCode(() => rules({ langue: 'fr' }), 'option', { option: 'langue' });
});

test('arguments of the wrong kind', () => {
  const v = new Validator({ asOf: AS_OF });
  throwsCode(() => v.validate(undefined), 'input');
  throwsCode(() => v.validate(() => 1), 'input');
  throwsCode(() => v.validate({ n: 10n }), 'input', { message: /JSON/ });
  const cyclic = clsSigned();
  cyclic.self = cyclic;
  throwsCode(() => v.validate(cyclic), 'input');
  // Bytes are a document: the core reads them, and bytes that are not UTF-8 get a report.
  assert.deepEqual(
    v.validate(new Uint8Array([0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00])).diagnostics.map((d) => [d.code, d.params.reason]),
    [['DOC-011', 'utf16']],
  );
  throwsCode(() => v.validateMany(5), 'input');
  // In a batch, an item that cannot be read is its own report (DOC-011), never a throw.
  assert.deepEqual(
    v
      .validateMany([clsSigned(), undefined])
      .map((r) => r.diagnostics.filter((d) => d.severity !== 'warning' && d.severity !== 'information').map((d) => d.code)),
    [[], ['DOC-011']],
  );
  throwsCode(() => explain(42), 'input');
  throwsCode(() => schema(null), 'input');
});

test('a failed call leaves the validator usable', () => {
  const v = new Validator({ asOf: AS_OF });
  assert.throws(() => v.validate(undefined));
  assert.equal(v.validate(clsSigned()).valid, true);
});

test('lookups and coverage before loadReferentiel() need it', async () => {
  for (const f of [() => commune('59350'), () => cherche('lille')]) {
    throwsCode(f, 'referentiel', { message: /loadReferentiel/ });
  }
  await rejectsCode(() => couverture('{}'), 'referentiel', { message: /loadReferentiel/ });
});
