#!/usr/bin/env node
// Times the JavaScript front (`territoire-sante/tableur`, the second WebAssembly module) reading
// and validating the 500-row workbook written by core/examples/profile_tableur.rs (a benchmark,
// not a test):
//
//   cargo run --release -p territoire-sante --features tableur-ecriture \
//     --example profile_tableur -- 30 target/bench/classeur-500
//   scripts/build-wasm.sh
//   node wasm/bench/tableur.mjs target/bench/classeur-500 [runs]
//
// Prints, for the .xlsx and the .csv, the best and the median of N runs of `lireTableur()` (which
// reads and validates in one call), after one call that loads the module.
import { readFileSync } from 'node:fs';
import { lireTableur } from '../tableur.mjs';

const stem = process.argv[2];
const n = Number(process.argv[3] ?? 30);
for (const ext of ['xlsx', 'csv']) {
  const bytes = readFileSync(`${stem}.${ext}`);
  // A CSV file has no sheet name to give the kind of its rows.
  const options = { asOf: '2020-06-30', ...(ext === 'csv' ? { typeDocument: 'contrat_local_sante' } : {}) };
  const t0 = performance.now();
  const first = await lireTableur(bytes, options);
  const load = performance.now() - t0;
  const runs = [];
  for (let i = 0; i < n; i += 1) {
    const t = performance.now();
    await lireTableur(bytes, options);
    runs.push(performance.now() - t);
  }
  runs.sort((a, b) => a - b);
  console.log(
    `${ext}: ${first.lignes.length} rows, ${first.rapport.diagnostics.length} findings; ` +
      `read + validate: best ${runs[0].toFixed(1)} ms, median ${runs[Math.floor(n / 2)].toFixed(1)} ms ` +
      `(${n} runs; the first call, loading the module, ${load.toFixed(1)} ms)`,
  );
}
