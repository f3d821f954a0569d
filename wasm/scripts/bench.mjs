#!/usr/bin/env node
// Throughput of the Node package (not a test): `node scripts/bench.mjs [count]`.
import { Validator } from '../node.mjs';
import { clsCommuneOnly, clsSigned } from '../tests/helpers.mjs';

const n = Number(process.argv[2] ?? 10_000);
const v = new Validator({ asOf: '2016-06-30' });
const objects = Array.from({ length: n }, (_, i) => ({ ...(i % 2 ? clsSigned() : clsCommuneOnly()), id: `cls-${i}` }));
const texts = objects.map((d) => JSON.stringify(d, null, 2));

function time(label, f) {
  f(); // warm-up
  const t0 = performance.now();
  const out = f();
  const ms = performance.now() - t0;
  console.log(`${label.padEnd(34)} ${ms.toFixed(0).padStart(6)} ms  ${((n / ms) * 1000).toFixed(0).padStart(7)} documents/s`);
  return out;
}

time('validateMany(objects)', () => v.validateMany(objects));
time('validateMany(texts)', () => v.validateMany(texts));
time('validate(object) one by one', () => objects.map((d) => v.validate(d)));
time('validate(text) one by one', () => texts.map((t) => v.validate(t)));

// Share of the JSON boundary: the same work without JSON.parse of the reports.
// The same glue node.mjs instantiated (imported modules are shared).
const raw = await import('../pkg/web/territoire_sante_wasm.js');
const inner = new raw.WasmValidator(JSON.stringify({ as_of: '2016-06-30' }));
const reportTexts = time('raw validateText (no JSON.parse)', () => texts.map((t) => inner.validateText(t)));
time('JSON.parse of those reports', () => reportTexts.map((t) => JSON.parse(t)));
