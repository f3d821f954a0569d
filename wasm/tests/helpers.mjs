// Shared helpers of the Node tests.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const WASM_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');
export const ROOT = join(WASM_DIR, '..');

export function readJson(...parts) {
  return JSON.parse(readFileSync(join(ROOT, ...parts), 'utf8'));
}

/** Code-point order, which is the byte order of UTF-8 keys (serde_json's BTreeMap order). */
function byCodePoint(a, b) {
  const x = [...a];
  const y = [...b];
  for (let i = 0; i < Math.min(x.length, y.length); i += 1) {
    const d = x[i].codePointAt(0) - y[i].codePointAt(0);
    if (d !== 0) return d;
  }
  return x.length - y.length;
}

/**
 * JSON text exactly as the Rust vector runner writes a document (`serde_json::to_string_pretty`
 * of a `Value`): keys sorted by bytes, two-space indent, `[]` and `{}` when empty. Written by hand
 * rather than with JSON.stringify, which puts integer-like keys first whatever their order.
 */
export function rustPretty(value, indent = '') {
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    const inner = `${indent}  `;
    return `[\n${value.map((v) => inner + rustPretty(v, inner)).join(',\n')}\n${indent}]`;
  }
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value).sort(byCodePoint);
    if (keys.length === 0) return '{}';
    const inner = `${indent}  `;
    const items = keys.map((k) => `${inner}${JSON.stringify(k)}: ${rustPretty(value[k], inner)}`);
    return `{\n${items.join(',\n')}\n${indent}}`;
  }
  if (typeof value === 'number' && !Number.isSafeInteger(value)) {
    // serde_json and JavaScript may write such a number differently (1e21, 1.0).
    throw new Error(`vector number ${value} has no portable text form`);
  }
  return JSON.stringify(value);
}

/** Every vector file: [name, vectors, goldens]. */
export function vectorFiles() {
  const dir = join(ROOT, 'tests', 'vectors');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const v = readJson('tests', 'vectors', f);
      return [f.replace(/\.json$/, ''), Array.isArray(v) ? v : [v], readJson('tests', 'golden', f)];
    });
}

/** A vector's validator options, in the JS API's words. */
export function vectorOptions(v) {
  const o = { asOf: v.as_of, lang: v.locale ?? 'fr' };
  if (v.rules !== undefined) o.rules = v.rules;
  if (v.explain !== undefined) o.explain = v.explain;
  if (v.max_errors !== undefined) o.maxErrors = v.max_errors;
  if (v.limits !== undefined) {
    const names = {
      max_bytes: 'maxBytes',
      max_depth: 'maxDepth',
      max_items: 'maxItems',
      max_findings_per_document: 'maxFindingsPerDocument',
      max_findings: 'maxFindings',
    };
    o.limits = Object.fromEntries(Object.entries(v.limits).map(([k, x]) => [names[k] ?? k, x]));
  }
  return o;
}

/** A vector's document text, as the Rust runner builds it. */
export function vectorText(v) {
  return typeof v.document === 'string' ? v.document : rustPretty(v.document);
}

/**
 * A small CLS, signed by the commune only and saying its list is whole (one partner): CLS-001 is
 * its only error; warnings remain.
 */
export function clsCommuneOnly() {
  return {
    type: 'contrat_local_sante',
    nom: 'CLS de Château-Thierry',
    // The PRS it implements (CLS-003).
    prs: { region: '32', generation: 1, intitule: 'PRS de Picardie 2012-2017' },
    acteurs: [{ id: 'ville', nom: 'Ville de Château-Thierry', nature: 'commune' }],
    signataires: [{ acteur: 'ville', date_signature: '2015-12-17' }],
    date_signature: '2015-12-17',
    nombre_partenaires: 1,
  };
}

/** The same CLS, signed by the ARS too: valid (no error). */
export function clsSigned() {
  const d = clsCommuneOnly();
  d.acteurs.push({ id: 'ars', nom: 'ARS Hauts-de-France', nature: 'ars' });
  d.signataires.push({ acteur: 'ars', date_signature: '2015-12-17' });
  d.nombre_partenaires = 2;
  return d;
}

/** The diagnostic of `code` in a report (the first one). */
export function diag(report, code) {
  return report.diagnostics.find((d) => d.code === code);
}
