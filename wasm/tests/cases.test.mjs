// The real-case corpus of tests/cases/: each real instrument, validated at its `as_of`, gets the
// verdict a domain expert gives (`valid` and the exact set of codes at error severity), as in the
// Rust runner (core/tests/cases.rs). The référentiel is loaded as in the vector runner.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadReferentiel, Validator } from '../node.mjs';
import { ROOT, readJson } from './helpers.mjs';

const referentiel = await loadReferentiel();
const cases = readdirSync(join(ROOT, 'tests', 'cases'))
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => [f.replace(/\.json$/, ''), readJson('tests', 'cases', f)]);

test('there are real cases', () => {
  assert.ok(cases.length >= 30);
  assert.ok(cases.every(([stem, c]) => stem === c.id));
});

for (const [stem, c] of cases) {
  test(`case ${stem}`, () => {
    const report = new Validator({ asOf: c.as_of, referentiel }).validate(c.document);
    const errors = [
      ...new Set(
        report.diagnostics
          .filter((d) => d.severity === 'error' || d.severity === 'fatal')
          .map((d) => d.code),
      ),
    ].sort();
    // A known disagreement (`ecart_connu`) records what the library says today and why.
    const verdict = c.ecart_connu ?? c.verdict;
    const want = [...new Set(verdict.erreurs)].sort();
    assert.deepStrictEqual({ valid: report.valid, errors }, { valid: verdict.valid, errors: want });
  });
}
