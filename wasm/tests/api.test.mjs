// The JavaScript API: options, inputs, listings, schemas.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as ts from '../node.mjs';
import { Validator } from '../node.mjs';
import { clsCommuneOnly, clsSigned, diag, readJson, WASM_DIR } from './helpers.mjs';

const AS_OF = '2016-06-30';

// The core's own documentation example (core/src/lib.rs): CLS-001 at line 5, column 18.
const LIB_EXAMPLE = `{
  "type": "contrat_local_sante",
  "nom": "CLS de Château-Thierry",
  "acteurs": [{"id": "ville", "nom": "Ville de Château-Thierry", "nature": "commune"}],
  "signataires": [{"acteur": "ville", "date_signature": "2015-12-17"}],
  "date_signature": "2015-12-17",
  "nombre_partenaires": 1
}`;

test('a text is validated with line and column', () => {
  // Only CLS-001: the example cites no PRS, has no actions… which other rules report.
  const report = new Validator({ asOf: AS_OF, rules: ['CLS-001'] }).validate(LIB_EXAMPLE);
  assert.equal(report.valid, false);
  assert.equal(report.locale, 'fr');
  assert.equal(report.as_of, AS_OF);
  assert.equal(report.document_type, 'contrat_local_sante');
  const [d] = report.diagnostics;
  assert.equal(d.code, 'CLS-001');
  assert.equal(d.severity, 'error');
  assert.equal(d.path, '/signataires');
  assert.deepEqual([d.line, d.column], [5, 18]);
  assert.match(d.message, /l'ARS/);
  assert.match(d.legal_basis.url, /^https:\/\/www\.legifrance\.gouv\.fr\//);
  assert.deepEqual(report.counts, { fatal: 0, error: 1, warning: 0, information: 0 });
});

test('an object is validated without line or column; bytes like text', () => {
  const v = new Validator({ asOf: AS_OF });
  const fromObject = v.validate(clsCommuneOnly());
  assert.deepEqual(
    fromObject.diagnostics
      .filter((d) => d.severity === 'error')
      .map((d) => [d.code, d.path, 'line' in d, 'column' in d]),
    [['CLS-001', '/signataires', false, false]],
  );
  assert.ok(fromObject.diagnostics.every((d) => !('line' in d)));
  const fromBytes = v.validate(new TextEncoder().encode(LIB_EXAMPLE));
  assert.deepStrictEqual(fromBytes, v.validate(LIB_EXAMPLE));
  assert.equal(v.validate(clsSigned()).valid, true);
});

test('reports are plain objects', () => {
  const report = new Validator({ asOf: AS_OF }).validate(clsCommuneOnly());
  assert.equal(Object.getPrototypeOf(report), Object.prototype);
  assert.equal(Object.getPrototypeOf(report.diagnostics[0].params), Object.prototype);
  assert.deepEqual(JSON.parse(JSON.stringify(report)), report);
});

test('invalid documents get a report, not an exception', () => {
  const v = new Validator({ asOf: AS_OF });
  const broken = v.validate('{"type": "contrat_local_sante",');
  assert.equal(broken.valid, false);
  assert.equal(broken.counts.fatal, 1);
  assert.equal(broken.diagnostics[0].line, 1);
  for (const notADocument of [42, null, [], 'null', { type: 'pas_un_type' }]) {
    const r = v.validate(notADocument);
    assert.equal(r.valid, false, JSON.stringify(notADocument));
    assert.equal(r.counts.fatal, 1, JSON.stringify(notADocument));
  }
});

test('lang selects the language of messages', () => {
  const en = new Validator({ asOf: AS_OF, lang: 'en' });
  assert.equal(en.lang, 'en');
  const report = en.validate(clsCommuneOnly());
  assert.equal(report.locale, 'en');
  assert.match(diag(report, 'CLS-001').message, /signator/i);
  const fr = new Validator({ asOf: AS_OF }).validate(clsCommuneOnly());
  assert.notEqual(diag(report, 'CLS-001').message, diag(fr, 'CLS-001').message);
  assert.deepEqual(diag(report, 'CLS-001').params, diag(fr, 'CLS-001').params);
});

test('asOf takes a string or a Date, and defaults to today', () => {
  assert.equal(new Validator({ asOf: new Date(2016, 5, 30) }).asOf, AS_OF);
  const now = new Date();
  const today = [now.getFullYear(), now.getMonth() + 1, now.getDate()]
    .map((n, i) => String(n).padStart(i === 0 ? 4 : 2, '0'))
    .join('-');
  assert.equal(new Validator().asOf, today);
  assert.equal(new Validator({ lang: 'fr' }).validate(clsSigned()).as_of, today);
  // Before the ARS existed, CLS-001 is not in force.
  const early = new Validator({ asOf: '2010-03-31' }).validate(clsCommuneOnly());
  assert.equal(early.diagnostics.filter((d) => d.code === 'CLS-001').length, 0);
});

test('rules, exclude and minSeverity select what is reported', () => {
  const codes = (opts, doc) =>
    new Validator({ asOf: AS_OF, ...opts }).validate(doc).diagnostics.map((d) => d.code);
  assert.ok(codes({}, clsCommuneOnly()).includes('CLS-001'));
  assert.ok(codes({ rules: 'CLS-001' }, clsCommuneOnly()).includes('CLS-001'));
  assert.deepEqual(codes({ rules: ['CV'] }, clsCommuneOnly()), []);
  assert.ok(!codes({ exclude: ['CLS-001'] }, clsCommuneOnly()).includes('CLS-001'));

  const [dq] = readJson('tests', 'vectors', 'DQ-006.json');
  const opts = { rules: dq.rules };
  const all = new Validator({ asOf: dq.as_of, ...opts }).validate(dq.document);
  assert.ok(all.diagnostics.some((d) => d.severity === 'warning'));
  const errorsOnly = new Validator({ asOf: dq.as_of, minSeverity: 'error', ...opts }).validate(
    dq.document,
  );
  assert.equal(errorsOnly.diagnostics.filter((d) => d.severity === 'warning').length, 0);
});

test('explain attaches evidence', () => {
  const plain = new Validator({ asOf: AS_OF }).validate(clsCommuneOnly());
  assert.equal(plain.diagnostics[0].evidence, undefined);
  const explained = new Validator({ asOf: AS_OF, explain: true }).validate(clsCommuneOnly());
  const ev = explained.diagnostics[0].evidence;
  assert.ok(ev && Array.isArray(ev.inputs) && typeof ev.parameters === 'object');
});

test('limits are passed to the reader', () => {
  const deep = { type: 'contrat_local_sante', strategie: [{ enfants: [{ enfants: [{}] }] }] };
  const r = new Validator({ asOf: AS_OF, limits: { maxDepth: 3 } }).validate(deep);
  assert.equal(r.counts.fatal, 1);
  assert.equal(r.diagnostics[0].category, 'too-long');
  const ok = new Validator({ asOf: AS_OF, limits: { maxDepth: 64 } }).validate(deep);
  assert.equal(ok.diagnostics.filter((d) => d.category === 'too-long').length, 0);
});

test('rules() lists every rule; a validator lists its own', () => {
  const all = ts.rules();
  const codes = all.map((r) => r.code);
  assert.deepEqual([...codes].sort(), codes);
  assert.ok(codes.includes('CLS-001'));
  const en = ts.rules({ lang: 'en' });
  const cls = (list) => list.find((r) => r.code === 'CLS-001');
  assert.notEqual(cls(en).title, cls(all).title);
  assert.deepEqual(ts.rules('en'), en);

  const only = new Validator({ asOf: AS_OF, rules: ['CLS'] }).rules().map((r) => r.code);
  assert.ok(only.includes('CLS-001'));
  assert.ok(!only.includes('CV-001'));
  assert.ok(only.every((c) => codes.includes(c)));
  assert.ok(only.length < codes.length);
});

test('explain(code) gives one rule, in the asked language', () => {
  const r = ts.explain('CLS-001');
  assert.equal(r.code, 'CLS-001');
  assert.equal(r.severity, 'error');
  assert.deepEqual(r.applies_to, ['contrat_local_sante']);
  assert.match(r.legal_basis.label, /L1434-10/);
  assert.deepEqual(r, ts.rules().find((x) => x.code === 'CLS-001'));
  assert.deepEqual(new Validator({ asOf: AS_OF, lang: 'en' }).explain('CLS-001'), ts.explain('CLS-001', 'en'));
});

test('schema(kind) is the published JSON Schema', () => {
  for (const name of ['contrat_local_sante', 'portefeuille', 'document', 'report', 'options']) {
    assert.deepEqual(ts.schema(name), readJson('docs', 'schema', `${name}.json`), name);
  }
});

test('about() gives the version of the package and the rule count', () => {
  const pkg = JSON.parse(readFileSync(join(WASM_DIR, 'package.json'), 'utf8'));
  const about = ts.about();
  assert.equal(about.version, pkg.version);
  assert.equal(about.rules, ts.rules().length);
  assert.ok('referentiel' in about);
});

test('validate() with options, and init() resolving at once on Node', async () => {
  await ts.init();
  const r = ts.validate(clsCommuneOnly(), { asOf: AS_OF, lang: 'en' });
  assert.equal(r.locale, 'en');
  assert.equal(r.counts.error, 1);
  assert.ok(diag(r, 'CLS-001'));
});

test('a freed validator refuses to work; free() twice is harmless', () => {
  const v = new Validator({ asOf: AS_OF });
  v.free();
  v.free();
  assert.throws(() => v.validate(clsSigned()), { name: 'TerritoireSanteError', code: 'freed' });
});

test('the default date of the law is today in UTC, as in Rust and Python, whatever the time zone', () => {
  // At UTC+14 (Kiritimati) the local day differs from UTC's for 14 hours of every day, at UTC-11
  // (Niue) for 11 hours: between the two, any instant finds one of them on another day than UTC.
  for (const tz of ['Pacific/Kiritimati', 'Pacific/Niue']) {
    const out = execFileSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `import { Validator } from ${JSON.stringify(join(WASM_DIR, 'node.mjs'))};
const before = new Date().toISOString().slice(0, 10);
const asOf = new Validator().asOf;
const after = new Date().toISOString().slice(0, 10);
console.log(JSON.stringify({ asOf, before, after }));`,
      ],
      { env: { ...process.env, TZ: tz }, encoding: 'utf8' },
    );
    const { asOf, before, after } = JSON.parse(out);
    assert.ok(asOf === before || asOf === after, `${tz}: ${asOf} (UTC ${before})`);
  }
});
