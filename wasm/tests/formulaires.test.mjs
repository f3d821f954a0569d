// The generated forms' reading of the JSON Schemas (js/schema.mjs) and the CSV export
// (js/csv.mjs): pure functions, checked without a browser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { citedRules, cleaned, field, fieldsOf, pointer } from '../js/schema.mjs';
import { csvCell, findingsCsv } from '../js/csv.mjs';
import { documentIndex, territoireOption, isWorkbook } from '../js/element-explorateur.mjs';
import { ROOT, readJson } from './helpers.mjs';
import { Validator } from '../node.mjs';

export const KINDS = readdirSync(join(ROOT, 'docs', 'schema'))
  .map((f) => f.replace(/\.json$/, ''))
  .filter((k) => !['document', 'report', 'options', 'batch', 'portefeuille'].includes(k))
  .sort();

/** Every field of a form, nested ones included (lists: their item's fields). */
function* walk(fields, seen = new Set()) {
  for (const f of fields) {
    yield f;
    // Recursive structures (the strategy tree's `enfants`, a territory's `membres`) are walked
    // once per schema definition.
    if (f.ref && seen.has(f.ref)) continue;
    const inner = new Set(seen);
    if (f.ref) inner.add(f.ref);
    if (f.fields) yield* walk(f.fields, inner);
    if (f.item?.fields && f.item.fields !== f.fields) {
      if (f.name !== 'enfants' && !(f.item.ref && inner.has(f.item.ref))) {
        yield* walk(f.item.fields, new Set([...inner, f.item.ref].filter(Boolean)));
      }
    }
  }
}

test('ten document kinds have a schema', () => {
  assert.equal(KINDS.length, 10, KINDS.join(' '));
});

test('every field of every kind has a French title from the schema', () => {
  for (const kind of KINDS) {
    const schema = readJson('docs', 'schema', `${kind}.json`);
    const fields = [...walk(fieldsOf(schema, schema))];
    assert.ok(fields.length > 5, kind);
    for (const f of fields) {
      assert.notEqual(f.title, f.name, `${kind}: ${f.name} has no title`);
      assert.match(f.title, /^[A-ZÀ-ÖØ-Þ]/u, `${kind}: ${f.name} « ${f.title} »`);
    }
  }
});

test('every field of every kind has a French description, shown without rule codes', () => {
  // Words of the English descriptions the model's rustdoc gives, absent from the French ones.
  const english = /\b(the|of|and|Whether|which|when|Date of|Number of|Name of)\b/;
  for (const kind of KINDS) {
    const schema = readJson('docs', 'schema', `${kind}.json`);
    for (const f of walk(fieldsOf(schema, schema))) {
      assert.ok(f.description.length > 0, `${kind}: ${f.name} has no description`);
      assert.doesNotMatch(f.description, english, `${kind}: ${f.name} « ${f.description} »`);
      assert.doesNotMatch(f.hint, /\[[A-Z]+-\d{3}|`/, `${kind}: ${f.name} « ${f.hint} »`);
    }
  }
  const schema = readJson('docs', 'schema', 'contrat_local_sante.json');
  const fields = fieldsOf(schema, schema);
  const signataires = fields.find((f) => f.name === 'signataires');
  assert.equal(signataires.description, 'Signatures [CLS-001, CLS-016].');
  assert.equal(signataires.hint, 'Signatures.');
  assert.equal(fields.find((f) => f.name === 'porteur').hint, 'Acteur porteur.');
});

test('vocabularies become choices labelled in French, lists of them sets of choices', () => {
  const schema = readJson('docs', 'schema', 'contrat_local_sante.json');
  const fields = fieldsOf(schema, schema);
  const statut = fields.find((f) => f.name === 'statut');
  assert.equal(statut.kind, 'enum');
  assert.ok(statut.nullable);
  assert.deepEqual(statut.choices[0], { value: 'prefiguration', label: 'Préfiguration' });
  const themes = fields.find((f) => f.name === 'thematiques');
  assert.equal(themes.kind, 'choices');
  assert.ok(themes.choices.some((c) => c.value === 'sante_mentale' && c.label === 'Santé mentale'));
  const signataires = fields.find((f) => f.name === 'signataires');
  assert.equal(signataires.kind, 'list');
  assert.equal(signataires.noun, 'Signataire');
  const acteur = signataires.item.fields.find((f) => f.name === 'acteur');
  assert.equal(acteur.kind, 'acteur');
  assert.ok(acteur.required);
  const signature = signataires.item.fields.find((f) => f.name === 'date_signature');
  assert.equal(signature.kind, 'date');
  // Known to the day, the month or the year (`PartialDate`): a text field, not a date picker.
  assert.equal(signature.partial, true);
  assert.equal(fields.find((f) => f.name === 'perimetre').item.kind, 'territoire');
  assert.deepEqual(signataires.rules, ['CLS-001', 'CLS-016']);
  // Names first, the acteurs before the groups that refer to them.
  assert.equal(fields[0].name, 'nom');
  const names = fields.map((f) => f.name);
  assert.ok(names.indexOf('acteurs') < names.indexOf('signataires'));
  assert.ok(names.indexOf('date_signature') < names.indexOf('acteurs'));
  assert.ok(!names.includes('type'));
});

test('acteur references are choices among the acteurs, unless a name is allowed', () => {
  const schema = readJson('docs', 'schema', 'contrat_local_sante.json');
  const f = (name, p, props) => field(schema, { description: p, ...props }, name);
  assert.equal(f('pilote', "`id` de l'acteur pilote.", { type: ['string', 'null'] }).kind, 'acteur');
  assert.equal(f('auteur', "`id` de l'acteur auteur (un ORS…), ou son nom.", { type: 'string' }).kind, 'string');
  assert.equal(
    f('membres', '`id` des acteurs membres.', { type: 'array', items: { type: 'string' } }).kind,
    'acteurs',
  );
});

test('cited rules are read from descriptions, ranges by both ends', () => {
  assert.deepEqual(citedRules('Colleges [PAR-002…PAR-005].'), ['PAR-002', 'PAR-005']);
  assert.deepEqual(citedRules('Signatures [CLS-001, CLS-016].'), ['CLS-001', 'CLS-016']);
  assert.deepEqual(citedRules('Name.'), []);
});

test('the document sent leaves out what the form left empty', () => {
  assert.deepEqual(
    cleaned({ nom: 'CLS', prs: {}, signataires: [], acteurs: [{ id: 'a' }, {}], periode: { debut: '2020-01-01' } }),
    { nom: 'CLS', acteurs: [{ id: 'a' }, {}], periode: { debut: '2020-01-01' } },
  );
  assert.equal(cleaned({}), undefined);
  assert.equal(pointer(['a/b', 0, 'c~d']), '/a~1b/0/c~0d');
});

test('a repeatable group left empty in a form is not described, not declared empty', () => {
  // The form drops it: the signatories are « à compléter », whereas a document that writes
  // `"signataires": []` declares there is none and contradicts L1434-10 (CLS-001, error).
  const v = new Validator({ asOf: '2016-06-30', rules: ['CLS-001'] });
  const sent = { type: 'contrat_local_sante', ...cleaned({ nom: 'CLS', signataires: [] }) };
  assert.equal(sent.signataires, undefined);
  const fromForm = v.validate(sent).diagnostics.map((d) => [d.code, d.severity, d.category]);
  assert.deepEqual(fromForm, [['CLS-001', 'warning', 'incomplete']]);
  const declared = v.validate({ type: 'contrat_local_sante', nom: 'CLS', signataires: [] });
  assert.deepEqual(
    declared.diagnostics.map((d) => [d.code, d.severity]),
    [['CLS-001', 'error']],
  );
  assert.equal(declared.valid, false);
});

test('CSV cells that a spreadsheet would run as formulas are neutralised (OWASP)', () => {
  assert.equal(csvCell('=HYPERLINK("http://x")'), `"'=HYPERLINK(""http://x"")"`);
  assert.equal(csvCell('+33 1'), "'+33 1");
  assert.equal(csvCell('-2'), "'-2");
  assert.equal(csvCell('@SUM(A1)'), "'@SUM(A1)");
  assert.equal(csvCell('\tx'), "'\tx");
  assert.equal(csvCell('a, b'), '"a, b"');
  assert.equal(csvCell('ligne\nsuivante'), '"ligne\nsuivante"');
  assert.equal(csvCell('CLS-001'), 'CLS-001');
  assert.equal(csvCell(undefined), '');
  const text = findingsCsv([
    {
      document: '=cmd|calc',
      diagnostic: {
        code: 'CLS-001',
        severity: 'error',
        message: 'Le contrat, sans ARS',
        path: '/documents/0/signataires',
        legal_basis: { label: 'CSP L1434-10', url: 'https://www.legifrance.gouv.fr/x' },
      },
    },
  ]);
  assert.equal(
    text,
    'document,code,gravite,message,champ,cellule,source,url_source\r\n' +
      "'=cmd|calc,CLS-001,error,\"Le contrat, sans ARS\",/documents/0/signataires,,CSP L1434-10,https://www.legifrance.gouv.fr/x\r\n",
  );
});

test('the explorer groups findings by document and names the territory of the coverage', () => {
  assert.equal(documentIndex('/documents/12/signataires/0'), 12);
  assert.equal(documentIndex('/documents/3'), 3);
  assert.equal(documentIndex('/territoire'), -1);
  assert.equal(territoireOption({ type: 'departement', code: '02' }), 'dep:02');
  assert.equal(territoireOption({ type: 'commune', code: '02168' }), 'communes:02168');
  assert.equal(territoireOption({ type: 'qpv', code: 'QN00201M' }), '');
  assert.equal(territoireOption(undefined), '');
  // Files read as workbooks by the explorer, whatever the case of their extension.
  assert.ok(isWorkbook('suivi.XLSX') && isWorkbook('liste.ods') && isWorkbook('export.csv'));
  assert.ok(!isWorkbook('portefeuille.json') && !isWorkbook('xlsx') && !isWorkbook(undefined));
});
