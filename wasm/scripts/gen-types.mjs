#!/usr/bin/env node
// Generates wasm/types/schema.d.ts (the document and report types) from docs/schema/*.json,
// which the core generates from its Rust types. `node scripts/gen-types.mjs` rewrites the file;
// the test `types.test.mjs` fails when the committed file differs from what this prints.
//
// It understands the subset of JSON Schema 2020-12 that schemars emits: $defs/$ref, oneOf/anyOf,
// const, type (string or list), properties/required, additionalProperties, items, description.

import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
export const OUT = join(HERE, '..', 'types', 'schema.d.ts');
const SCHEMA_DIR = join(HERE, '..', '..', 'docs', 'schema');

// Names that would shadow JavaScript or DOM globals in a consumer's module.
const RENAME = { Date: 'IsoDate', Document: 'DocumentSante' };

const typeName = (name) => RENAME[name] ?? name;

// What `{"$ref": "#"}` names (the schema being converted is document.json: a portfolio holds
// documents).
let rootName = 'DocumentSante';

/** `contrat_local_sante` → `ContratLocalSante`. */
const pascal = (tag) =>
  tag
    .split('_')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');

function doc(description, indent) {
  if (!description) return '';
  const lines = description.replace(/\*\//g, '*\\/').split('\n');
  if (lines.length === 1) return `${indent}/** ${lines[0]} */\n`;
  return `${indent}/**\n${lines.map((l) => `${indent} * ${l}`.trimEnd()).join('\n')}\n${indent} */\n`;
}

const PRIMITIVE = {
  string: 'string',
  integer: 'number',
  number: 'number',
  boolean: 'boolean',
  null: 'null',
};

function union(parts) {
  const seen = [];
  for (const p of parts) if (!seen.includes(p)) seen.push(p);
  return seen.length === 0 ? 'never' : seen.join(' | ');
}

const needsParens = (t) => t.includes('|') || t.includes('&');

/** The TypeScript type of a schema, written at `indent`. */
function tsType(schema, indent) {
  if (schema === true || schema === undefined) return 'unknown';
  if (schema === false) return 'never';
  if (schema.$ref) {
    if (schema.$ref === '#') return rootName;
    const m = /^#\/\$defs\/(.+)$/.exec(schema.$ref);
    if (!m) throw new Error(`unsupported $ref ${schema.$ref}`);
    return typeName(m[1]);
  }
  if ('const' in schema) return JSON.stringify(schema.const);
  if (schema.enum) return union(schema.enum.map((v) => JSON.stringify(v)));
  const alternatives = schema.oneOf ?? schema.anyOf;
  if (alternatives) {
    return union(alternatives.map((s) => tsType(s, indent)));
  }
  if (schema.allOf) return schema.allOf.map((s) => tsType(s, indent)).join(' & ');
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  if (types.length === 0) {
    return schema.properties ? objectType(schema, indent) : 'unknown';
  }
  return union(
    types.map((t) => {
      if (t in PRIMITIVE) return PRIMITIVE[t];
      if (t === 'array') {
        const item = tsType(schema.items, indent);
        return needsParens(item) ? `Array<${item}>` : `${item}[]`;
      }
      if (t === 'object') return objectType(schema, indent);
      throw new Error(`unsupported type ${t}`);
    }),
  );
}

function objectType(schema, indent) {
  const props = schema.properties ?? {};
  const required = new Set(schema.required ?? []);
  const inner = `${indent}  `;
  const lines = Object.keys(props).map((key) => {
    const p = props[key];
    const name = /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key) ? key : JSON.stringify(key);
    const opt = required.has(key) ? '' : '?';
    return `${doc(p.description, inner)}${inner}${name}${opt}: ${tsType(p, inner)};`;
  });
  // An absent additionalProperties leaves the type closed: these are output types, and a new
  // field shows up here through regeneration.
  const extra = schema.additionalProperties;
  if (extra === true || (extra === undefined && lines.length === 0)) {
    if (lines.length === 0) return 'Record<string, unknown>';
    lines.push(`${inner}[key: string]: unknown;`);
  } else if (extra !== undefined && extra !== false) {
    const t = tsType(extra, inner);
    if (lines.length === 0) return `Record<string, ${t}>`;
    lines.push(`${inner}[key: string]: ${t};`);
  }
  if (lines.length === 0) return 'Record<string, never>';
  return `{\n${lines.join('\n')}\n${indent}}`;
}

function declaration(name, schema) {
  const t = tsType(schema, '');
  const isObject =
    t.startsWith('{\n') && !schema.oneOf && !schema.anyOf && !Array.isArray(schema.type);
  const head = doc(schema.description, '');
  return isObject
    ? `${head}export interface ${name} ${t}\n`
    : `${head}export type ${name} = ${t};\n`;
}

function readSchema(file) {
  return JSON.parse(readFileSync(join(SCHEMA_DIR, file), 'utf8'));
}

/** Collects `$defs`; a name defined twice must have the same schema. */
function addDefs(into, defs, file) {
  for (const [name, s] of Object.entries(defs ?? {})) {
    if (name in into && JSON.stringify(into[name]) !== JSON.stringify(s)) {
      throw new Error(`$defs/${name} differs between schemas (${file})`);
    }
    into[name] = s;
  }
}

/** The text of schema.d.ts. */
export function generate() {
  const documentSchema = readSchema('document.json');
  const report = readSchema('report.json');
  const defs = {};
  addDefs(defs, documentSchema.$defs, 'document.json');
  addDefs(defs, report.$defs, 'report.json');

  const parts = [
    '// Generated by wasm/scripts/gen-types.mjs from docs/schema/document.json and\n' +
      '// docs/schema/report.json. Do not edit: run `node scripts/gen-types.mjs` in wasm/.\n',
  ];
  const kinds = [];
  for (const kind of documentSchema.oneOf) {
    const tag = kind.properties?.type?.const;
    if (typeof tag !== 'string') throw new Error('document kind without a "type" const');
    const name = pascal(tag);
    if (name in defs) throw new Error(`document kind ${name} clashes with a $defs name`);
    kinds.push([tag, name]);
    parts.push(declaration(name, kind));
  }
  parts.push(
    `${doc(documentSchema.description, '')}export type DocumentSante =\n${kinds
      .map(([, n]) => `  | ${n}`)
      .join('\n')};\n`,
  );
  parts.push(
    `/** The \`"type"\` of a document. */\nexport type DocumentType =\n${kinds
      .map(([t]) => `  | ${JSON.stringify(t)}`)
      .join('\n')};\n`,
  );
  for (const name of Object.keys(defs).sort()) {
    parts.push(declaration(typeName(name), defs[name]));
  }
  const { $defs: _defs, $schema: _s, title: _t, ...root } = report;
  rootName = 'Report';
  parts.push(declaration('Report', root));
  rootName = 'DocumentSante';
  return parts.join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(OUT, generate());
  console.log(`wrote ${OUT}`);
}
