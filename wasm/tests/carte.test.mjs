// QPV contours loaded at run time (they are not in the package), point-in-quartier lookups and
// the coverage maps, from the analyses' module (pkg/analyses/, loaded on first use), equal to the Rust
// CLI's output (tests/golden/carte-quartiers-grigny*, see tests/golden/README.md), with and
// without the département outlines.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  carteQuartiers,
  couvertureQuartiers,
  currentReferentiel,
  loadReferentiel,
  TerritoireSanteError,
} from '../node.mjs';
import { ROOT, WASM_DIR } from './helpers.mjs';

const CONTOURS = join(ROOT, 'data', 'qpv2024', 'contours.geojson');
const DEPARTEMENTS = join(ROOT, 'data', 'departements', 'contours.geojson');
const grigny = readFileSync(join(ROOT, 'core', 'tests', 'fixtures', 'portefeuille_grigny_2026.json'), 'utf8');
const golden = (name) => readFileSync(join(WASM_DIR, 'tests', 'golden', name), 'utf8');
const OPTIONS = { territoire: 'communes:91286', asOf: '2026-06-30' };

const bare = await loadReferentiel();

test('contours load from a file and replace the installed référentiel', async () => {
  assert.equal(bare.contours, 0);
  assert.deepEqual(bare.qpvAt(2.375, 48.651), []);
  const ref = await bare.withQpvContours(CONTOURS);
  assert.equal(ref.contours, 1584);
  assert.equal(currentReferentiel(), ref);
  const hits = ref.qpvAt(2.375, 48.651);
  assert.deepEqual(hits.map((q) => [q.code, q.nom]), [['QN09125M', 'La Grande Borne']]);
  assert.deepEqual(ref.qpvAt(-4, 46), []);
  assert.throws(() => ref.qpvAt('2.3', 48), (e) => e instanceof TerritoireSanteError && e.code === 'option');
  assert.throws(() => ref.qpvAt(200, 48), (e) => e instanceof TerritoireSanteError && e.code === 'option');
  await assert.rejects(() => bare.withQpvContours(undefined), TerritoireSanteError);
  await assert.rejects(
    () => bare.withQpvContours('{"type": "FeatureCollection",\n "features": 3}'),
    (e) => e instanceof TerritoireSanteError && /features/.test(e.message),
  );
});

test('maps equal the Rust CLI output, SVG and GeoJSON', async () => {
  const ref = currentReferentiel().contours ? currentReferentiel() : await bare.withQpvContours(CONTOURS);
  const svg = await carteQuartiers(grigny, { ...OPTIONS, referentiel: ref });
  assert.equal(svg, golden('carte-quartiers-grigny.svg').trimEnd());
  const geo = await carteQuartiers(grigny, { ...OPTIONS, referentiel: ref, format: 'geojson' });
  assert.deepEqual(geo, JSON.parse(golden('carte-quartiers-grigny.geojson')));
  // Same figures as the coverage table.
  const c = await couvertureQuartiers(grigny, { ...OPTIONS, referentiel: ref });
  assert.deepEqual(
    geo.features.map((f) => [f.properties.qpv, f.properties.couvert]),
    c.quartiers.map((q) => [q.qpv, q.couvert]),
  );
  assert.equal(geo.couverture.zones_blanches, c.total.zones_blanches);
  // Without contours: GeoJSON with null geometries, and an SVG refused with the reason.
  const nulls = await carteQuartiers(grigny, { ...OPTIONS, referentiel: bare, format: 'geojson' });
  assert.ok(nulls.features.every((f) => f.geometry === null));
  await assert.rejects(
    () => carteQuartiers(grigny, { ...OPTIONS, referentiel: bare }),
    (e) => e instanceof TerritoireSanteError && /contours/.test(e.message),
  );
  await assert.rejects(
    () => carteQuartiers(grigny, { ...OPTIONS, referentiel: ref, format: 'png' }),
    (e) => e instanceof TerritoireSanteError && e.code === 'option',
  );
  // The bare référentiel still answers the main module's lookups after its maps' copy was made.
  assert.equal(bare.qpv('QN09125M').nom, 'La Grande Borne');
  assert.equal(bare.contours, 0);
});

test('a freed référentiel refuses the maps, and a contours GeoJSON given as one line of text loads', async () => {
  const r = await loadReferentiel();
  const one = JSON.stringify({
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        properties: { code_qp: 'QN09125M' },
        geometry: { type: 'Polygon', coordinates: [[[2.37, 48.64], [2.4, 48.64], [2.4, 48.66], [2.37, 48.66], [2.37, 48.64]]] },
      },
    ],
  });
  // The installed référentiel has the contours of the first test: as in Rust and Python, a copy
  // keeps the contours it had and adds the new ones (the same quartier's is replaced).
  assert.equal(r.contours, 1584);
  assert.equal((await r.withQpvContours(one)).contours, 1584);
  const small = await bare.withQpvContours(one);
  assert.equal(small.contours, 1);
  assert.deepEqual(small.qpvAt(2.385, 48.65).map((q) => q.code), ['QN09125M']);
  small.free();
  assert.throws(() => small.qpvAt(2.385, 48.65), (e) => e instanceof TerritoireSanteError && e.code === 'freed');
  await assert.rejects(() => carteQuartiers(grigny, { ...OPTIONS, referentiel: small }), (e) => e.code === 'freed');
});

test('département outlines are drawn under the quartiers, as by the Rust CLI', async () => {
  const r = await loadReferentiel();
  assert.equal(r.departementContours, 0);
  // Loaded in either order, the QPV contours and the outlines add up.
  const ref = await (await r.withDepartementContours(DEPARTEMENTS)).withQpvContours(CONTOURS);
  assert.equal(ref.departementContours, 101);
  assert.equal(ref.contours, 1584);
  const svg = await carteQuartiers(grigny, { ...OPTIONS, referentiel: ref });
  assert.equal(svg, golden('carte-quartiers-grigny-departements.svg').trimEnd());
  // One outline per département of the territory's quartiers, before (under) them.
  const c = await couvertureQuartiers(grigny, { territoire: 'reg:11', asOf: '2026-06-30', referentiel: ref });
  const region = await carteQuartiers(grigny, { territoire: 'reg:11', asOf: '2026-06-30', referentiel: ref });
  const paths = [...region.matchAll(/<path (?:id="([^"]+)"|class="departement" data-departement="([^"]+)")/g)];
  const outlines = paths.filter((m) => m[2]).map((m) => m[2]);
  assert.deepEqual(outlines, [...new Set(c.quartiers.map((q) => q.departement))].sort());
  assert.equal(outlines.length, 8);
  assert.deepEqual(paths.slice(outlines.length).map((m) => m[1]), c.quartiers.map((q) => q.qpv));
  // Bad input: a located error; nothing is lost from the référentiel it was asked of.
  await assert.rejects(() => ref.withDepartementContours(undefined), (e) => e.code === 'option');
  await assert.rejects(
    () =>
      ref.withDepartementContours(
        '{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"code": "99"}, "geometry": null}]}',
      ),
    (e) => e instanceof TerritoireSanteError && e.code === 'referentiel' && /élément 0 \(99\)/.test(e.message),
  );
  assert.equal(ref.departementContours, 101);
  ref.free();
});
