// Spreadsheets from JavaScript (entry `territoire-sante/tableur`, a second module loaded on
// demand): the test workbook of tests/tableur (written by core/tests/tableur.rs) reads to the same
// located findings as in Rust and Python; the Windows-1252 CSV to the same documents; bad input
// is a located report, misuse an error.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, readJson } from './helpers.mjs';
import { lireTableur } from '../tableur.mjs';
import { TerritoireSanteError } from '../node.mjs';

const SUIVI = readFileSync(join(ROOT, 'tests', 'tableur', 'suivi.xlsx'));
const CSV = readFileSync(join(ROOT, 'tests', 'tableur', 'suivi-windows-1252.csv'));
const AS_OF = { asOf: '2016-06-30' };

test('the test workbook gives the findings of Rust, cell by cell', async () => {
  const { rapport, portefeuille, lignes } = await lireTableur(SUIVI, AS_OF);
  const expected = readJson('tests', 'tableur', 'suivi.constats.json');
  const got = rapport.diagnostics.map((d) => [d.code, d.path, d.cellule?.a1 ?? null]);
  assert.deepEqual(got, expected);
  assert.equal(portefeuille.documents.length, 20);
  assert.deepEqual(lignes[0], { feuille: 'Suivi régional', ligne: 5, type_document: 'contrat_de_ville' });
  const stDenis = rapport.diagnostics.find((d) => d.code === 'TAB-006' && d.message.includes('Saint-Denis'));
  assert.deepEqual(stDenis.cellule, { feuille: 'Suivi régional', ligne: 23, colonne: 5, a1: "'Suivi régional'!E23" });
});

test('a File or Blob dropped on a page reads as its bytes; the CSV in Windows-1252 as the workbook', async () => {
  const fromBlob = await lireTableur(new Blob([CSV]), { ...AS_OF, correspondance: { Observations: 'ignorer' } });
  const fromBytes = await lireTableur(CSV.buffer.slice(CSV.byteOffset, CSV.byteOffset + CSV.length), AS_OF);
  const xlsx = await lireTableur(SUIVI, AS_OF);
  assert.deepEqual(fromBytes.portefeuille, xlsx.portefeuille);
  assert.ok(fromBytes.rapport.diagnostics.some((d) => d.code === 'TAB-002' && d.cellule.a1 === 'csv!J4'));
  assert.ok(!fromBlob.rapport.diagnostics.some((d) => d.code === 'TAB-002' && d.cellule.a1 === 'csv!J4'));
  const observations = fromBlob.correspondances[0].colonnes.find((c) => c.entete === 'Observations');
  // Mapped to `ignorer` by the user: no field, not reported as unknown (the core's `ignoree`).
  assert.equal(observations.origine, 'ignoree');
  assert.equal(observations.chemin, undefined);
});

test('a corrupt file is a located report, never an exception; misuse is an error', async () => {
  const corrupt = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]);
  const { rapport, portefeuille } = await lireTableur(corrupt, AS_OF);
  assert.deepEqual(rapport.diagnostics.map((d) => d.code), ['TAB-001']);
  assert.equal(rapport.valid, false);
  assert.deepEqual(portefeuille.documents, []);
  await assert.rejects(lireTableur('suivi.xlsx'), (e) => e instanceof TerritoireSanteError && e.option === 'source');
  await assert.rejects(lireTableur(SUIVI, { feuile: 'CLS' }), (e) => e instanceof TerritoireSanteError && e.code === 'option');
});

test('a workbook naming a shared string it lacks is a located TAB-001 report, and the module reads on', async () => {
  // Found by the fuzzer: calamine 0.30 panicked on it, and a panic in the module is a trap that
  // left its validator borrowed, so that this call and every later one rejected with "attempted
  // to take ownership of Rust value while it was borrowed".
  const broken = readFileSync(join(ROOT, 'tests', 'tableur', 'chaine-partagee-absente.xlsx'));
  const { rapport, portefeuille } = await lireTableur(broken, AS_OF);
  assert.deepEqual(rapport.diagnostics.map((d) => d.code), ['TAB-001']);
  assert.equal(
    rapport.diagnostics[0].message,
    "Le fichier n'a pas pu être lu comme un classeur : classeur malformé : la première cellule " +
      'remplie de la feuille « Suivi régional » renvoie à un texte partagé absent du classeur ' +
      '(partie xl/sharedStrings.xml manquante ou incomplète).',
  );
  assert.equal(rapport.valid, false);
  assert.deepEqual(portefeuille.documents, []);
  const next = await lireTableur(SUIVI, AS_OF);
  assert.equal(next.portefeuille.documents.length, 20);
  assert.equal(next.rapport.diagnostics.length, readJson('tests', 'tableur', 'suivi.constats.json').length);
});
