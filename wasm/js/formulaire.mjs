// <territoire-sante-formulaire type="…">: a form generated from the JSON Schema of a document
// kind, validated by the engine as it is typed. A small renderer of our own (see wasm/README.md
// for why no form library): one fieldset per object, a select per vocabulary, a repeatable group
// per list, acteur references as choices among the acteurs, territories with a name search in
// the référentiel. Light DOM, so that a page's own stylesheet (the DSFR on State sites) applies.
import { fieldsOf, cleaned, pointer } from './schema.mjs';

const SEVERITY = {
  fatal: 'Bloquant',
  error: 'Erreur',
  warning: 'Avertissement',
  information: 'Information',
};
const ORDER = { fatal: 0, error: 1, warning: 2, information: 3 };
/** The forms a date known to the day, the month or the year takes. */
const DATE_PARTIELLE = 'Au jour, au mois ou à l’année : AAAA-MM-JJ, AAAA-MM (« mars 2013 » : 2013-03) ou AAAA.';
// Kinds of the référentiel's name search that a Territoire can hold (its `type` words).
const TERRITORY_TYPES = new Set(['commune', 'epci', 'ept', 'departement', 'region', 'qpv']);

let uid = 0;
function nextId(prefix) {
  uid += 1;
  return `ts-${prefix}-${uid}`;
}

/** `h('div', {class: 'x'}, child…)`: a small element builder. */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') el.className = v;
    else if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
    else if (k === 'text') el.textContent = v;
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

/** The value at a path of keys/indexes, or undefined. */
function getAt(obj, path) {
  let v = obj;
  for (const p of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = v[p];
  }
  return v;
}

/** Sets (or deletes, for `undefined`) the value at a path, creating objects on the way. */
function setAt(obj, path, value) {
  let v = obj;
  for (let i = 0; i < path.length - 1; i += 1) {
    const p = path[i];
    if (v[p] === null || typeof v[p] !== 'object') v[p] = typeof path[i + 1] === 'number' ? [] : {};
    v = v[p];
  }
  const last = path[path.length - 1];
  if (value === undefined) {
    if (Array.isArray(v)) v[last] = undefined;
    else delete v[last];
  } else v[last] = value;
}

/** Theme classes: the DSFR's `fr-*` classes when the DSFR theme is on, nothing otherwise. */
function themed(dsfr, cls, fr) {
  return dsfr && fr ? `${cls} ${fr}` : cls;
}

/**
 * Renders a form for `schema` into `root`, bound to `doc` (mutated in place). `host` receives
 * `changed(path)` when a value changes, `structure()` when a list changes, and provides
 * `acteurs()`, `search(query)` (référentiel name search, a promise), `rule(code)` (metadata, a
 * promise or a value).
 */
export class FormRenderer {
  constructor(schema, doc, host, { dsfr = false } = {}) {
    this.schema = schema;
    this.doc = doc;
    this.host = host;
    this.dsfr = dsfr;
    /** pointer → { box (where its diagnostics go), control (focusable), title } */
    this.nodes = new Map();
    this.acteurControls = new Set();
    /** Objects with required yes/no fields: { path, names }, set to `false` once the object exists. */
    this.defaults = [];
    /** pointer of a list → its redraw after a removal */
    this.redraws = new Map();
  }

  /** Required yes/no fields of the objects that exist get `false` (an unticked box). */
  applyDefaults() {
    for (const { path, names } of this.defaults) {
      const o = getAt(this.doc, path);
      if (o === null || typeof o !== 'object' || Array.isArray(o)) continue;
      for (const n of names) if (o[n] === undefined) o[n] = false;
    }
  }

  render() {
    this.nodes.clear();
    this.acteurControls.clear();
    this.defaults = [];
    const box = h('div', { class: 'ts-champs' });
    for (const f of fieldsOf(this.schema, this.schema)) box.append(this.fieldEl(f, [f.name]));
    this.nodes.set('', { box: null, control: null, title: this.schema.title ?? '' });
    return box;
  }

  /** A diagnostics box, registered for a pointer. */
  register(path, box, control, title) {
    this.nodes.set(pointer(path), { box, control, title });
  }

  fieldEl(f, path) {
    switch (f.kind) {
      case 'object':
      case 'territoire':
        return this.objectEl(f, path);
      case 'list':
        return this.listEl(f, path);
      case 'choices':
      case 'acteurs':
        return this.setEl(f, path);
      default:
        return this.scalarEl(f, path);
    }
  }

  /** The field's description from the schema, under its label (DSFR: `fr-hint-text`). */
  hintEl(f, id) {
    const format = f.kind === 'date' && f.partial ? DATE_PARTIELLE : null;
    const text = f.hint && f.hint !== f.title ? f.hint : null;
    if (!text && !format) return null;
    return h(
      'p',
      { id, class: themed(this.dsfr, 'ts-indication', 'fr-hint-text') },
      [text, format].filter(Boolean).join(' '),
    );
  }

  helpEl(f, id) {
    if (f.rules.length === 0) return null;
    const body = h('div', { class: 'ts-aide-corps' });
    const details = h(
      'details',
      { class: 'ts-aide', id },
      h('summary', {}, `Aide : ${f.rules.join(', ')}`, h('span', { class: 'ts-sr' }, ` (${f.title})`)),
      body,
    );
    let filled = false;
    details.addEventListener('toggle', async () => {
      if (!details.open || filled) return;
      filled = true;
      const rules = await Promise.all(f.rules.map((code) => this.host.rule(code)));
      body.append(...rules.map((rule, i) => ruleHelp(rule, f.rules[i])));
    });
    return details;
  }

  scalarEl(f, path) {
    const id = nextId('champ');
    const value = getAt(this.doc, path);
    let control;
    const dsfr = this.dsfr;
    if (f.kind === 'enum' || f.kind === 'acteur' || (f.kind === 'boolean' && f.nullable)) {
      control = h('select', { id, class: themed(dsfr, 'ts-select', 'fr-select') });
      if (f.kind === 'boolean') {
        control.append(
          h('option', { value: '' }, 'Non renseigné'),
          h('option', { value: 'true' }, 'Oui'),
          h('option', { value: 'false' }, 'Non'),
        );
        control.value = value === true ? 'true' : value === false ? 'false' : '';
      } else if (f.kind === 'enum') {
        control.append(h('option', { value: '' }, '— choisir —'));
        for (const c of f.choices) control.append(h('option', { value: c.value }, c.label));
        if (value !== undefined && !f.choices.some((c) => c.value === value)) {
          // A word outside the vocabulary, as written: kept, and reported by the rules.
          control.append(h('option', { value }, `${value} (hors vocabulaire)`));
        }
        control.value = value ?? '';
      } else {
        this.acteurControls.add({ control, path });
        this.fillActeurOptions(control, value);
      }
    } else if (f.kind === 'boolean') {
      control = h('input', { id, type: 'checkbox', class: 'ts-case' });
      control.checked = value === true;
    } else if (f.kind === 'date' && f.partial) {
      // A date known to the day, the month or the year: the browsers' date picker takes full
      // dates only, so a text field with the ISO forms the model reads; a wrong one is reported
      // by the engine (DOC-006), next to the field, like any other finding.
      control = h('input', {
        id,
        type: 'text',
        inputmode: 'numeric',
        class: themed(dsfr, 'ts-input', 'fr-input'),
        pattern: '[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?',
        placeholder: 'AAAA-MM-JJ',
        autocomplete: 'off',
      });
      control.value = value ?? '';
    } else {
      const type = { date: 'date', integer: 'number', number: 'number' }[f.kind] ?? 'text';
      control = h('input', {
        id,
        type,
        class: themed(dsfr, 'ts-input', 'fr-input'),
        step: f.kind === 'number' ? 'any' : undefined,
        min: f.minimum,
        autocomplete: 'off',
      });
      control.value = value ?? '';
    }
    const read = () => {
      if (control.type === 'checkbox') return control.checked ? true : f.required ? false : undefined;
      const v = control.value;
      if (v === '') return f.required && (f.kind === 'string' || f.kind === 'acteur') ? '' : undefined;
      if (f.kind === 'boolean') return v === 'true';
      if (f.kind === 'integer' || f.kind === 'number') {
        const n = Number(v);
        return Number.isFinite(n) ? n : undefined;
      }
      return v;
    };
    control.addEventListener(control.tagName === 'SELECT' || control.type === 'checkbox' || control.type === 'date' ? 'change' : 'input', () => {
      setAt(this.doc, path, read());
      this.applyDefaults();
      this.host.changed(path);
    });
    const diags = h('div', { class: 'ts-diags', 'aria-live': 'polite' });
    const helpId = nextId('aide');
    const help = this.helpEl(f, helpId);
    const hintId = nextId('indication');
    const hintEl = this.hintEl(f, hintId);
    const label = h(
      'label',
      { for: id, class: themed(dsfr, 'ts-label', 'fr-label') },
      f.title,
      f.required ? h('span', { class: 'ts-requis' }, ' (obligatoire)') : null,
    );
    const box = h(
      'div',
      {
        class: themed(
          dsfr,
          `ts-champ ts-champ-${f.kind}${control.type === 'checkbox' ? ' ts-champ-case' : ''}`,
          control.tagName === 'SELECT' ? 'fr-select-group' : control.type === 'checkbox' ? 'fr-checkbox-group' : 'fr-input-group',
        ),
        'data-pointer': pointer(path),
      },
      control.type === 'checkbox' ? [control, label] : [label, control],
      hintEl,
      help,
      diags,
    );
    const described = [hintEl ? hintId : null, help ? helpId : null].filter(Boolean);
    if (described.length > 0) control.setAttribute('aria-describedby', described.join(' '));
    this.register(path, diags, control, f.title);
    return box;
  }

  fillActeurOptions(select, value) {
    const acteurs = this.host.acteurs();
    select.replaceChildren(h('option', { value: '' }, '— choisir un acteur —'));
    for (const a of acteurs) {
      select.append(h('option', { value: a.id }, a.nom ? a.nom : a.id));
    }
    if (value !== undefined && value !== '' && !acteurs.some((a) => a.id === value)) {
      select.append(h('option', { value }, `${value} (acteur non décrit)`));
    }
    select.value = value ?? '';
  }

  /** Refreshes the choices of acteur fields after the acteurs changed. */
  refreshActeurs() {
    for (const { control, path, set } of this.acteurControls) {
      if (set) set();
      else this.fillActeurOptions(control, getAt(this.doc, path));
    }
  }

  fieldsetEl(f, path, extra = {}) {
    const dsfr = this.dsfr;
    const legendId = nextId('titre');
    const diags = h('div', { class: 'ts-diags', 'aria-live': 'polite' });
    const help = this.helpEl(f, nextId('aide'));
    const hintId = nextId('indication');
    const hintEl = this.hintEl(f, hintId);
    const fs = h(
      'fieldset',
      {
        id: nextId('groupe'),
        class: themed(dsfr, `ts-groupe ts-groupe-${f.kind}`, 'fr-fieldset'),
        'data-pointer': pointer(path),
        'aria-labelledby': legendId,
        ...extra,
      },
      h(
        'legend',
        { id: legendId, class: themed(dsfr, 'ts-legende', 'fr-fieldset__legend') },
        f.title,
      ),
      hintEl,
      help,
      diags,
    );
    if (hintEl) fs.setAttribute('aria-describedby', hintId);
    this.register(path, diags, fs, f.title);
    return fs;
  }

  objectEl(f, path) {
    const fs = this.fieldsetEl(f, path);
    const names = f.fields.filter((x) => x.kind === 'boolean' && x.required).map((x) => x.name);
    if (names.length > 0) this.defaults.push({ path, names });
    if (f.kind === 'territoire') fs.append(this.territorySearch(f, path, fs));
    for (const sub of f.fields) fs.append(this.fieldEl(sub, [...path, sub.name]));
    return fs;
  }

  /** A set of words (checkboxes): vocabulary words, or acteur ids. */
  setEl(f, path) {
    const fs = this.fieldsetEl(f, path);
    const boxes = h('div', { class: 'ts-cases' });
    fs.append(boxes);
    const draw = () => {
      const current = getAt(this.doc, path) ?? [];
      const options =
        f.kind === 'choices'
          ? f.choices
          : this.host.acteurs().map((a) => ({ value: a.id, label: a.nom ? a.nom : a.id }));
      for (const v of current) {
        if (!options.some((o) => o.value === v)) options.push({ value: v, label: `${v} (non décrit)` });
      }
      boxes.replaceChildren();
      if (options.length === 0) {
        boxes.append(h('p', { class: 'ts-vide' }, 'Décrivez d’abord les acteurs.'));
      }
      for (const o of options) {
        const id = nextId('case');
        const input = h('input', { type: 'checkbox', id, value: o.value, class: 'ts-case' });
        input.checked = current.includes(o.value);
        input.addEventListener('change', () => {
          const now = getAt(this.doc, path) ?? [];
          const next = input.checked ? [...now, o.value] : now.filter((v) => v !== o.value);
          setAt(this.doc, path, next.length === 0 ? undefined : next);
          this.host.changed(path);
        });
        boxes.append(
          h(
            'div',
            { class: themed(this.dsfr, 'ts-case-ligne', 'fr-checkbox-group fr-checkbox-group--sm') },
            input,
            h('label', { for: id, class: themed(this.dsfr, 'ts-label-case', 'fr-label') }, o.label),
          ),
        );
      }
    };
    draw();
    if (f.kind === 'acteurs') this.acteurControls.add({ set: draw, path });
    return fs;
  }

  listEl(f, path) {
    const fs = this.fieldsetEl(f, path);
    const items = h('ol', { class: 'ts-liste' });
    const noun = f.noun ?? 'élément';
    const add = h(
      'button',
      { type: 'button', class: themed(this.dsfr, 'ts-bouton ts-ajouter', 'fr-btn fr-btn--secondary fr-btn--sm') },
      `Ajouter : ${noun.toLowerCase()}`,
      h('span', { class: 'ts-sr' }, ` (${f.title})`),
    );
    const draw = (focusLast = false) => {
      // Nodes of the removed or renumbered items go; the list's own stays.
      const prefix = `${pointer(path)}/`;
      for (const k of [...this.nodes.keys()]) if (k.startsWith(prefix)) this.nodes.delete(k);
      for (const c of [...this.acteurControls]) {
        if (pointer(c.path).startsWith(prefix)) this.acteurControls.delete(c);
      }
      const list = getAt(this.doc, path) ?? [];
      items.replaceChildren();
      list.forEach((_, i) => items.append(this.itemEl(f, path, i, () => this.redraws.get(pointer(path))?.())));
      if (focusLast && list.length > 0) {
        const last = items.lastElementChild?.querySelector('input, select, textarea');
        last?.focus();
      }
    };
    add.addEventListener('click', () => {
      const list = getAt(this.doc, path) ?? [];
      setAt(this.doc, path, [...list, this.newItem(f, path)]);
      draw(true);
      this.host.structure(path);
    });
    draw();
    // After a removal the focus goes to the list's button, not to the page's start.
    const afterRemoval = () => {
      draw();
      add.focus();
    };
    this.redraws.set(pointer(path), afterRemoval);
    fs.append(items, add);
    return fs;
  }

  /** A new list item: empty, with a fresh local `id` for the acteurs. */
  newItem(f) {
    if (f.item.kind === 'object' || f.item.kind === 'territoire') {
      const item = {};
      for (const sub of f.item.fields) {
        if (sub.required && (sub.kind === 'string' || sub.kind === 'acteur')) item[sub.name] = '';
      }
      if (f.name === 'acteurs') {
        const ids = new Set(this.host.acteurs().map((a) => a.id));
        let n = ids.size + 1;
        while (ids.has(`acteur-${n}`)) n += 1;
        item.id = `acteur-${n}`;
      }
      return item;
    }
    return f.item.kind === 'string' ? '' : undefined;
  }

  itemEl(f, path, i, redraw) {
    const itemPath = [...path, i];
    const noun = f.noun ?? f.title;
    const title = `${noun} ${i + 1}`;
    const remove = h(
      'button',
      { type: 'button', class: themed(this.dsfr, 'ts-bouton ts-retirer', 'fr-btn fr-btn--tertiary fr-btn--sm') },
      'Retirer',
      h('span', { class: 'ts-sr' }, ` : ${title}`),
    );
    remove.addEventListener('click', () => {
      const list = [...(getAt(this.doc, path) ?? [])];
      list.splice(i, 1);
      setAt(this.doc, path, list.length === 0 ? undefined : list);
      redraw();
      this.host.structure(path);
    });
    // A view of the list's item description (not a copy: its `fields` are read lazily).
    const item = Object.assign(Object.create(f.item), { title, name: i });
    let body;
    if (item.kind === 'object' || item.kind === 'territoire') {
      body = this.objectEl(item, itemPath);
    } else {
      body = this.scalarEl(Object.assign(Object.create(item), { required: false }), itemPath);
    }
    return h('li', { class: 'ts-element' }, body, remove);
  }

  /** Name search in the référentiel that fills a Territoire's type, code and name. */
  territorySearch(f, path, fs) {
    const id = nextId('recherche');
    const listId = nextId('suggestions');
    const statusId = nextId('etat');
    const input = h('input', {
      id,
      type: 'text',
      role: 'combobox',
      class: themed(this.dsfr, 'ts-input ts-recherche', 'fr-input'),
      autocomplete: 'off',
      'aria-autocomplete': 'list',
      'aria-expanded': 'false',
      'aria-controls': listId,
      'aria-describedby': statusId,
    });
    const list = h('ul', { id: listId, role: 'listbox', class: 'ts-suggestions', hidden: true, 'aria-label': 'Suggestions' });
    const status = h('p', { id: statusId, class: 'ts-etat-recherche', role: 'status' });
    let hits = [];
    let active = -1;
    let asked = 0;
    const draw = () => {
      list.replaceChildren();
      hits.forEach((hit, k) => {
        const opt = h(
          'li',
          { id: `${listId}-${k}`, role: 'option', class: 'ts-suggestion', 'aria-selected': k === active ? 'true' : 'false' },
          `${hit.nom} (${hit.code}) — ${hit.type}`,
        );
        // mousedown: before the input's blur closes the list.
        opt.addEventListener('mousedown', (e) => {
          e.preventDefault();
          pick(hit);
        });
        list.append(opt);
      });
      list.hidden = hits.length === 0;
      input.setAttribute('aria-expanded', hits.length > 0 ? 'true' : 'false');
      if (active >= 0) input.setAttribute('aria-activedescendant', `${listId}-${active}`);
      else input.removeAttribute('aria-activedescendant');
    };
    const pick = (hit) => {
      const cur = getAt(this.doc, path) ?? {};
      setAt(this.doc, path, { ...cur, type: hit.type, code: hit.code, nom: hit.nom });
      for (const [k, v] of Object.entries({ type: hit.type, code: hit.code, nom: hit.nom })) {
        const node = this.nodes.get(pointer([...path, k]));
        if (node?.control) node.control.value = v;
      }
      hits = [];
      active = -1;
      input.value = '';
      draw();
      status.textContent = `${hit.nom} (${hit.code}) choisi.`;
      this.host.changed([...path, 'code']);
    };
    input.addEventListener('input', async (e) => {
      // Not part of the document.
      e.stopPropagation();
      const q = input.value.trim();
      asked += 1;
      const mine = asked;
      if (q.length < 2) {
        hits = [];
        draw();
        return;
      }
      status.textContent = 'Recherche…';
      try {
        const found = await this.host.search(q);
        if (mine !== asked) return;
        hits = found.filter((x) => TERRITORY_TYPES.has(x.type)).slice(0, 8);
        active = -1;
        status.textContent = hits.length === 0 ? 'Aucun territoire trouvé.' : `${hits.length} suggestions.`;
        draw();
      } catch (err) {
        status.textContent = `Recherche impossible : ${err.message}`;
      }
    });
    input.addEventListener('keydown', (e) => {
      if (hits.length === 0) return;
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        e.preventDefault();
        active = (active + (e.key === 'ArrowDown' ? 1 : hits.length - 1)) % hits.length;
        draw();
      } else if (e.key === 'Enter') {
        e.preventDefault();
        pick(hits[Math.max(active, 0)]);
      } else if (e.key === 'Escape') {
        hits = [];
        active = -1;
        draw();
      }
    });
    input.addEventListener('blur', () => {
      hits = [];
      active = -1;
      draw();
    });
    return h(
      'div',
      { class: themed(this.dsfr, 'ts-champ ts-champ-recherche', 'fr-input-group') },
      h('label', { for: id, class: themed(this.dsfr, 'ts-label', 'fr-label') }, `Rechercher par nom (commune, EPCI, quartier prioritaire)`, h('span', { class: 'ts-sr' }, ` : ${f.title}`)),
      input,
      list,
      status,
    );
  }
}

/** The help of a rule: message, help text and its official source, linked. */
export function ruleHelp(rule, code) {
  if (!rule) return h('p', {}, code);
  const source = rule.legal_basis ?? rule.sources?.[0];
  return h(
    'div',
    { class: 'ts-regle' },
    h('p', { class: 'ts-regle-titre' }, h('strong', {}, code), ` — ${rule.title ?? rule.message ?? ''}`),
    rule.help ? h('p', {}, rule.help) : null,
    source ? sourceLink(source) : null,
  );
}

/** A link to an official source `{label, url}`. */
export function sourceLink(source) {
  if (!source) return null;
  return h(
    'p',
    { class: 'ts-source' },
    'Source : ',
    source.url ? h('a', { href: source.url, target: '_blank', rel: 'noopener' }, source.label, h('span', { class: 'ts-sr' }, ' (nouvelle fenêtre)')) : source.label,
  );
}

/** One diagnostic as shown next to its field. */
export function diagnosticEl(d, id) {
  return h(
    'div',
    { class: `ts-diag ts-diag-${d.severity}`, id, 'data-code': d.code, 'data-severity': d.severity },
    h('p', { class: 'ts-diag-msg' }, h('span', { class: 'ts-diag-gravite' }, `${SEVERITY[d.severity] ?? d.severity} ${d.code} : `), h('span', { class: 'ts-msg' }, d.message)),
    d.help || d.legal_basis
      ? h(
          'details',
          { class: 'ts-diag-aide' },
          h('summary', {}, 'Aide et source', h('span', { class: 'ts-sr' }, ` (${d.code})`)),
          d.help ? h('p', {}, d.help) : null,
          sourceLink(d.legal_basis),
        )
      : null,
  );
}

export { SEVERITY, ORDER, getAt, setAt };
