// Privacy across every rule, in the JavaScript outputs: documents carrying people's names,
// e-mails and phone numbers in the fields meant for them (an acteur's `contacts`, a
// coordination's `contact`), or in those fields with the wrong type, never see them in a report,
// its FHIR or SARIF export, or the findings CSV of the elements. The corpus is every vector
// (together they trigger every rule). The Rust (core/tests/privacy.rs) and Python
// (python/tests/test_privacy.py) suites check their own outputs the same way.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadReferentiel, Validator, toFhir, toSarif } from '../node.mjs';
import { findingsCsv } from '../js/csv.mjs';
import { vectorFiles, vectorOptions } from './helpers.mjs';

const NAME = 'Jeanne Martin-Lefebvre';
const EMAIL = 'jeanne.martin-lefebvre@example.fr';
const PHONE = '06 71 82 93 04';
const PHONE_INTL = '+33671829304';
const NEEDLES = ['Jeanne', 'Lefebvre', 'jeanne.martin', '71 82 93', '671829304', '0671829304'];

/** The contact as a document gives it, then with wrong types and unknown keys. */
const CONTACTS = [
  { nom: NAME, fonction: 'coordinatrice', email: EMAIL, telephone: PHONE },
  { nom: [NAME], email: { [EMAIL]: PHONE }, telephone: 671829304 },
  { nom: { prenom: NAME }, courriel: EMAIL, portable: PHONE_INTL },
  { [NAME]: EMAIL, telephone: [PHONE_INTL, '0671829304'] },
  NAME,
  [EMAIL, PHONE],
];

/** Puts `contact` in every contact slot of `doc` (portfolio members too); returns how many. */
function seed(doc, contact) {
  let n = 0;
  if (doc && typeof doc === 'object' && !Array.isArray(doc)) {
    if (Array.isArray(doc.acteurs)) {
      for (const a of doc.acteurs) {
        if (a && typeof a === 'object' && !Array.isArray(a)) {
          a.contacts = [structuredClone(contact)];
          n += 1;
        }
      }
    }
    if (doc.coordination && typeof doc.coordination === 'object' && !Array.isArray(doc.coordination)) {
      doc.coordination.contact = structuredClone(contact);
      n += 1;
    }
    for (const v of Object.values(doc)) n += seedBelow(v, contact);
  }
  return n;
}

function seedBelow(v, contact) {
  if (Array.isArray(v)) return v.reduce((n, x) => n + seed(x, contact), 0);
  if (v && typeof v === 'object') {
    if ('type' in v) return seed(v, contact);
    return Object.values(v).reduce((n, x) => n + seedBelow(x, contact), 0);
  }
  return 0;
}

const leak = (text) => NEEDLES.find((n) => text.includes(n));

function outputs(report) {
  return [
    JSON.stringify(report),
    JSON.stringify(toFhir(report)),
    JSON.stringify(toSarif(report, 'cas.json')),
    findingsCsv(report.diagnostics.map((d) => ({ document: 'cas.json', diagnostic: d }))),
  ];
}

const referentiel = await loadReferentiel();

test('the check finds a planted datum', () => {
  const doc = { type: 'contrat_local_sante', acteurs: [{ id: 'a', nature: 'ars' }] };
  assert.equal(seed(doc, CONTACTS[0]), 1);
  assert.equal(leak(JSON.stringify(doc)), 'Jeanne');
  const report = new Validator({ asOf: '2020-06-30', referentiel }).validate(doc);
  report.diagnostics[0].message = `contact ${EMAIL}`;
  for (const out of outputs(report)) assert.ok(leak(out), out);
});

test('no rule echoes a contact, whatever its type', () => {
  let seeded = 0;
  const codes = new Set();
  for (const [name, vectors] of vectorFiles()) {
    vectors.forEach((v, i) => {
      if (!v.document || typeof v.document !== 'object') return;
      const validator = new Validator({ ...vectorOptions(v), referentiel });
      const plain = validator.validate(v.document).diagnostics.map((d) => d.code);
      const docs = [];
      CONTACTS.forEach((c, k) => {
        const doc = structuredClone(v.document);
        if (seed(doc, c) === 0) return;
        assert.ok(leak(JSON.stringify(doc)));
        docs.push(doc);
        for (const input of [doc, JSON.stringify(doc), new TextEncoder().encode(JSON.stringify(doc, null, 2))]) {
          const report = validator.validate(input);
          for (const out of outputs(report)) {
            const found = leak(out);
            assert.equal(found, undefined, `${name}[${i}] contact ${k}: ${found} in ${out.slice(0, 2000)}`);
          }
          const got = report.diagnostics.map((d) => d.code);
          if (k === 0) {
            assert.deepEqual(got, plain, `${name}[${i}]`);
            got.forEach((c) => codes.add(c));
          } else {
            assert.ok(got.includes('DOC-002') || got.includes('DOC-003'), `${name}[${i}] ${k}: ${got}`);
          }
        }
        seeded += 1;
      });
      for (const report of validator.validateMany(docs)) {
        for (const out of outputs(report)) assert.equal(leak(out), undefined, `${name}[${i}] batch`);
      }
    });
  }
  assert.ok(seeded > 300, String(seeded));
  for (const family of ['ART', 'CLS', 'DOC', 'DQ', 'GOV', 'PAR', 'TER']) {
    assert.ok([...codes].some((c) => c.startsWith(`${family}-`)), family);
  }
});
