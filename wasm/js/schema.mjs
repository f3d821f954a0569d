// Reading the package's JSON Schemas (docs/schema/) for the generated forms: each property becomes
// a field description { kind, title, … } that the renderer (js/formulaire.mjs) turns into HTML.
// Pure functions, no DOM: the Node tests check them directly.

/** The definition a `$ref` (`#/$defs/Name`) points to, or the schema itself. */
export function deref(root, s) {
  let seen = 0;
  while (s && typeof s.$ref === 'string' && seen < 16) {
    const name = s.$ref.replace(/^#\/\$defs\//, '');
    s = root.$defs?.[name];
    seen += 1;
  }
  return s ?? {};
}

/** Name of the definition a schema refers to (`Territoire`), or null. */
function refName(s) {
  return typeof s?.$ref === 'string' ? s.$ref.replace(/^#\/\$defs\//, '') : null;
}

/** The choices of a closed vocabulary (`oneOf` of `const`s), or null. */
export function choices(s) {
  if (!Array.isArray(s.oneOf) || !s.oneOf.every((a) => a.const !== undefined)) return null;
  return s.oneOf.map((a) => ({
    value: a.const,
    label: (a.description ?? String(a.const)).replace(/\.$/, ''),
  }));
}

/** Rule codes a description cites (`[CLS-001, CLS-016]`, `[PAR-002…PAR-005]`: both ends). */
export function citedRules(description) {
  const out = [];
  for (const m of String(description ?? '').matchAll(/\[([A-Z]+-\d{3}(?:(?:, |…)[A-Z]+-\d{3})*)\]/g)) {
    for (const code of m[1].split(/, |…/)) if (!out.includes(code)) out.push(code);
  }
  return out;
}

/**
 * A description as shown under its field: without the rule codes it cites (the help lists them)
 * nor code quotes; a field that chooses acteurs says which (« `id` de l'acteur porteur » →
 * « Acteur porteur »): the form offers their names.
 */
export function hint(description) {
  const text = String(description ?? '')
    .replace(/\s*\[[A-Z]+-\d{3}(?:(?:, |…)[A-Z]+-\d{3})*\]/g, '')
    .replace(/^`id` (?:de la |de l'|du |des |de )/, '')
    .replace(/`/g, '')
    .trim();
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Whether a string property holds the `id` of an acteur of the document (the model's French
 * descriptions say "`id` de l'acteur …" / "`id` des acteurs …"); "ou son nom" keeps free text.
 */
function isActeurRef(description) {
  const d = String(description ?? '');
  return /^`id` d(e|es|u) /.test(d) && !/ou son nom/.test(d);
}

/**
 * What a property is, for the form. Kinds: `date` (with `partial` when it may be known to the
 * month or the year only), `enum`, `boolean`, `integer`, `number`,
 * `string`, `acteur` (an acteur's id), `object`, `territoire`, `list` (items of any kind),
 * `choices` (a set of vocabulary words), `acteurs` (a set of acteur ids).
 */
export function field(root, prop, name, required = false) {
  let s = prop;
  let nullable = false;
  if (Array.isArray(s.anyOf)) {
    const alts = s.anyOf.filter((a) => a.type !== 'null');
    nullable = alts.length < s.anyOf.length;
    s = alts[0] ?? {};
  }
  const ref = refName(s);
  const target = deref(root, s);
  let type = target.type ?? s.type;
  if (Array.isArray(type)) {
    nullable = nullable || type.includes('null');
    type = type.find((t) => t !== 'null');
  }
  const description = prop.description ?? target.description ?? '';
  const base = {
    name,
    title: prop.title ?? target.title ?? name,
    description,
    hint: hint(description),
    rules: citedRules(description),
    required,
    nullable,
  };
  const vocabulary = choices(target);
  if (vocabulary) return { ...base, kind: 'enum', choices: vocabulary };
  // A date: full (`Date`), or known to the day, the month or the year (`PartialDate`, one of
  // whose branches is a full date).
  // `partial`: the field takes `AAAA-MM` and `AAAA` as well ("mars 2013" is `2013-03`).
  const partialDate = Array.isArray(target.anyOf) && target.anyOf.some((a) => a.format === 'date');
  if (ref === 'Date' || ref === 'PartialDate' || target.format === 'date' || partialDate) {
    return { ...base, kind: 'date', partial: ref === 'PartialDate' || partialDate };
  }
  if (type === 'boolean') return { ...base, kind: 'boolean' };
  if (type === 'integer') return { ...base, kind: 'integer', minimum: target.minimum };
  if (type === 'number') return { ...base, kind: 'number' };
  if (type === 'array') {
    const item = field(root, prop.items ?? target.items ?? {}, name, true);
    if (item.kind === 'enum') return { ...base, kind: 'choices', choices: item.choices };
    if (item.kind === 'string' && isActeurRef(description)) return { ...base, kind: 'acteurs' };
    const noun = deref(root, prop.items ?? target.items ?? {}).title;
    item.title = noun ?? base.title;
    // The list's fieldset shows the description; each item shows none, so that a long list
    // does not repeat the same help once per item.
    item.hint = '';
    return { ...base, kind: 'list', item, noun };
  }
  if (type === 'object' || target.properties) {
    const kind = ref === 'Territoire' ? 'territoire' : 'object';
    const f = { ...base, kind, ref };
    // Read when drawn: the strategy tree (`Noeud.enfants`) is recursive.
    let fields = null;
    Object.defineProperty(f, 'fields', {
      enumerable: true,
      get: () => (fields ??= fieldsOf(root, target)),
    });
    return f;
  }
  if (type === 'string' && isActeurRef(description)) return { ...base, kind: 'acteur' };
  return { ...base, kind: 'string' };
}

// Order of the fields in a fieldset: the names first, then single values, then the acteurs
// (other fields refer to them), then groups and lists. The schema's own order is alphabetical.
const RANK = { string: 1, date: 1, enum: 1, boolean: 1, integer: 1, number: 1, acteur: 1 };

function rank(f) {
  if (f.name === 'nom' || f.name === 'intitule') return 0;
  if (f.name === 'acteurs') return 2;
  return RANK[f.kind] ?? 3;
}

/** The fields of an object schema, in form order; the `type` tag of documents is left out. */
export function fieldsOf(root, s) {
  const target = deref(root, s);
  const required = new Set(target.required ?? []);
  return Object.entries(target.properties ?? {})
    .filter(([name, p]) => !(name === 'type' && p.const !== undefined))
    .map(([name, p]) => field(root, p, name, required.has(name)))
    .map((f, i) => [rank(f), i, f])
    .sort((a, b) => a[0] - b[0] || a[1] - b[1])
    .map(([, , f]) => f);
}

/**
 * The document as it is sent: no empty strings where the value is optional, no empty objects
 * (outside lists) nor empty lists, so that an untouched part of the form says nothing.
 */
export function cleaned(value, inList = false) {
  if (Array.isArray(value)) {
    const items = value.map((v) => cleaned(v, true)).filter((v) => v !== undefined);
    return items.length === 0 ? undefined : items;
  }
  if (value !== null && typeof value === 'object') {
    const out = {};
    for (const [k, v] of Object.entries(value)) {
      const c = cleaned(v);
      if (c !== undefined) out[k] = c;
    }
    return Object.keys(out).length === 0 && !inList ? undefined : out;
  }
  if (value === undefined || value === null) return undefined;
  return value;
}

/** JSON Pointer of a path of keys and indexes. */
export function pointer(path) {
  return path.map((p) => `/${String(p).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}
