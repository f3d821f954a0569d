// Demo page: a CLS form validated as the user types, with the diagnostics shown next to the
// fields they concern (by JSON Pointer), and a "Coller un JSON" tab. Everything runs in the page.
import { init, Validator, about, loadReferentiel, currentReferentiel } from '../web.mjs';

const $ = (sel, root = document) => root.querySelector(sel);
const $$ = (sel, root = document) => [...root.querySelectorAll(sel)];

const SEVERITY = {
  fatal: 'Bloquant',
  error: 'Erreur',
  warning: 'Avertissement',
  information: 'Information',
};
const DEBOUNCE_MS = 200;

// ---------------------------------------------------------------- validator (rebuilt on options)

let validator = null;
let validatorKey = '';

function todayIso() {
  const d = new Date();
  const p = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

function currentValidator() {
  const asOf = $('#as-of').value || todayIso();
  const lang = $('#lang').value;
  // Once the référentiel is loaded, the validator checks the codes against it (TER rules).
  const key = `${asOf}|${lang}|${currentReferentiel()?.vintage ?? ''}`;
  if (key !== validatorKey) {
    validator?.free();
    validator = new Validator({ asOf, lang });
    validatorKey = key;
  }
  return validator;
}

// ---------------------------------------------------------------- commune search (référentiel)

// The référentiel (about 2 MB, 0.5 MB compressed) is fetched on the first search only.
let referentiel = null;
let referentielLoading = null;
let suggestions = [];
let active = -1;

function ensureReferentiel() {
  if (referentielLoading === null) {
    $('#recherche-etat').textContent = 'Chargement de la liste des communes…';
    referentielLoading = loadReferentiel()
      .then((r) => {
        referentiel = r;
        $('#recherche-etat').textContent = `Communes du ${r.vintage} : tapez le début d'un nom.`;
        showCommuneNames();
        schedule();
        return r;
      })
      .catch((e) => {
        referentielLoading = null;
        $('#recherche-etat').textContent = `La liste des communes n'a pas pu être chargée : ${e.message}`;
        throw e;
      });
  }
  return referentielLoading;
}

const COMMUNE_TYPES = new Set(['commune', 'arrondissement-municipal']);

function label(hit) {
  return `${hit.nom} (${hit.code})`;
}

function renderSuggestions() {
  const list = $('#commune-suggestions');
  const input = $('#commune-recherche');
  list.replaceChildren(
    ...suggestions.map((hit, i) => {
      const li = document.createElement('li');
      li.id = `suggestion-${i}`;
      li.setAttribute('role', 'option');
      li.setAttribute('aria-selected', String(i === active));
      li.dataset.code = hit.code;
      li.textContent = label(hit);
      if (hit.departement) {
        const dep = document.createElement('span');
        dep.className = 'dep';
        dep.textContent = ` — ${hit.departement}`;
        li.append(dep);
      }
      // mousedown, not click: the input keeps the focus.
      li.addEventListener('mousedown', (e) => {
        e.preventDefault();
        pick(hit);
      });
      return li;
    }),
  );
  const open = suggestions.length > 0;
  list.hidden = !open;
  input.setAttribute('aria-expanded', String(open));
  if (active >= 0) input.setAttribute('aria-activedescendant', `suggestion-${active}`);
  else input.removeAttribute('aria-activedescendant');
}

async function suggest() {
  const query = $('#commune-recherche').value.trim();
  if (query.length < 2) {
    suggestions = [];
    active = -1;
    renderSuggestions();
    return;
  }
  const r = await ensureReferentiel().catch(() => null);
  if (r === null || $('#commune-recherche').value.trim() !== query) return;
  suggestions = r.cherche(query, 30).filter((h) => COMMUNE_TYPES.has(h.type)).slice(0, 8);
  active = suggestions.length > 0 ? 0 : -1;
  renderSuggestions();
}

function pick(hit) {
  const field = $('#communes');
  const codes = field.value.split(/[\s,;]+/).filter(Boolean);
  if (!codes.includes(hit.code)) codes.push(hit.code);
  field.value = codes.join(', ');
  $('#commune-recherche').value = '';
  suggestions = [];
  active = -1;
  renderSuggestions();
  $('#recherche-etat').textContent = `${label(hit)} ajoutée au périmètre.`;
  showCommuneNames();
  schedule();
}

/** Names of the codes typed, once the référentiel is there. */
function showCommuneNames() {
  const out = $('#communes-noms');
  if (referentiel === null) return;
  const codes = $('#communes').value.split(/[\s,;]+/).filter(Boolean);
  out.textContent = codes
    .map((code) => {
      const c = referentiel.commune(code);
      return c === null ? `${code} : code inconnu du ${referentiel.vintage}` : `${code} : ${c.nom}`;
    })
    .join(' · ');
}

function wireCommuneSearch() {
  const input = $('#commune-recherche');
  input.addEventListener('focus', () => {
    ensureReferentiel().catch(() => {});
  });
  input.addEventListener('input', (e) => {
    // Not part of the document: the form's own listener must not revalidate for it.
    e.stopPropagation();
    suggest();
  });
  input.addEventListener('keydown', (e) => {
    if (suggestions.length === 0) return;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const n = suggestions.length;
      active = (active + (e.key === 'ArrowDown' ? 1 : n - 1)) % n;
      renderSuggestions();
    } else if (e.key === 'Enter' && active >= 0) {
      e.preventDefault();
      pick(suggestions[active]);
    } else if (e.key === 'Escape') {
      suggestions = [];
      active = -1;
      renderSuggestions();
    }
  });
  input.addEventListener('blur', () => {
    suggestions = [];
    active = -1;
    renderSuggestions();
  });
  $('#communes').addEventListener('input', showCommuneNames);
}

// ---------------------------------------------------------------- form → document

let nextActor = 1;

function addSignataire(values = {}) {
  const row = $('#modele-signataire').content.firstElementChild.cloneNode(true);
  row.dataset.acteur = `signataire-${nextActor}`;
  nextActor += 1;
  for (const [field, value] of Object.entries(values)) {
    const input = $(`[data-field="${field}"]`, row);
    if (input) input.value = value;
  }
  $('.retirer', row).addEventListener('click', () => {
    row.remove();
    renumber();
    refreshPresidences();
    schedule();
  });
  $('#signataires').append(row);
  renumber();
  refreshPresidences();
  return row;
}

function addInstance() {
  const row = $('#modele-instance').content.firstElementChild.cloneNode(true);
  $('.retirer', row).addEventListener('click', () => {
    row.remove();
    renumber();
    schedule();
  });
  $('#instances').append(row);
  renumber();
  refreshPresidences();
  return row;
}

/** Gives every row its JSON Pointers and its inputs unique ids and labels. */
function renumber() {
  $$('#signataires > li').forEach((row, i) => {
    row.dataset.path = `/signataires/${i} /acteurs/${i}`;
    const paths = {
      nature: `/acteurs/${i}/nature`,
      nom: `/acteurs/${i}/nom`,
      date_signature: `/signataires/${i}/date_signature`,
      date_deliberation: `/signataires/${i}/date_deliberation`,
    };
    for (const champ of $$('.champ', row)) {
      const role = champ.dataset.role;
      champ.dataset.path = paths[role];
      const input = $('[data-field]', champ);
      input.id = `signataire-${i}-${role}`;
      $('label', champ).htmlFor = input.id;
    }
    row.setAttribute('aria-label', `Signataire ${i + 1}`);
  });
  $$('#instances > li').forEach((row, i) => {
    row.dataset.path = `/gouvernance/${i}`;
    for (const champ of $$('.champ', row)) {
      const role = champ.dataset.role;
      champ.dataset.path = `/gouvernance/${i}/${role}`;
      const input = $('[data-field]', champ);
      input.id = `instance-${i}-${role}`;
      $('label', champ).htmlFor = input.id;
    }
    $('.presidence', row).dataset.path = `/gouvernance/${i}/presidence`;
    row.setAttribute('aria-label', `Instance ${i + 1}`);
  });
}

function signataireLabel(row, i) {
  const nom = $('[data-field="nom"]', row).value.trim();
  const nature = $('[data-field="nature"]', row);
  return nom || `${nature.selectedOptions[0]?.textContent ?? nature.value} (signataire ${i + 1})`;
}

/** The "Présidée par" check boxes list the signataires; ticks survive a rebuild. */
function refreshPresidences() {
  const actors = $$('#signataires > li').map((row, i) => [row.dataset.acteur, signataireLabel(row, i)]);
  $$('#instances > li').forEach((row, i) => {
    const box = $('.presidence .choix', row);
    const ticked = new Set($$('input:checked', box).map((c) => c.value));
    box.replaceChildren(
      ...actors.map(([id, label]) => {
        const lab = document.createElement('label');
        const cb = document.createElement('input');
        cb.type = 'checkbox';
        cb.value = id;
        cb.id = `instance-${i}-pres-${id}`;
        cb.checked = ticked.has(id);
        lab.htmlFor = cb.id;
        lab.append(cb, ` ${label}`);
        return lab;
      }),
    );
    if (actors.length === 0) box.textContent = 'Ajoutez d\u2019abord des signataires.';
  });
}

function buildDocument() {
  const doc = { type: 'contrat_local_sante' };
  const nom = $('#nom').value.trim();
  if (nom) doc.nom = nom;
  if ($('#statut').value) doc.statut = $('#statut').value;
  if ($('#date-signature').value) doc.date_signature = $('#date-signature').value;
  const prs = $('#prs');
  if (prs.value) {
    doc.prs = { generation: Number(prs.value), intitule: prs.selectedOptions[0].textContent.trim() };
  }
  const debut = $('#periode-debut').value;
  const fin = $('#periode-fin').value;
  if (debut || fin) {
    doc.periode = {};
    if (debut) doc.periode.debut = debut;
    if (fin) doc.periode.fin = fin;
  }
  const codes = $('#communes').value.split(/[\s,;]+/).filter(Boolean);
  if (codes.length) doc.perimetre = codes.map((code) => ({ type: 'commune', code }));

  const rows = $$('#signataires > li');
  if (rows.length) {
    doc.acteurs = [];
    doc.signataires = [];
    for (const row of rows) {
      const get = (f) => $(`[data-field="${f}"]`, row).value.trim();
      const acteur = { id: row.dataset.acteur, nature: get('nature') };
      if (get('nom')) acteur.nom = get('nom');
      doc.acteurs.push(acteur);
      const signature = { acteur: row.dataset.acteur };
      if (get('date_signature')) signature.date_signature = get('date_signature');
      if (get('date_deliberation')) signature.date_deliberation = get('date_deliberation');
      doc.signataires.push(signature);
    }
  }
  const instances = $$('#instances > li');
  if (instances.length) {
    doc.gouvernance = instances.map((row) => {
      const instance = { nature: $('[data-field="nature"]', row).value };
      const presidence = $$('.presidence input:checked', row).map((c) => c.value);
      if (presidence.length) instance.presidence = presidence;
      const rythme = $('[data-field="rythme"]', row).value;
      if (rythme) instance.rythme = rythme;
      return instance;
    });
  }
  return doc;
}

// ---------------------------------------------------------------- diagnostics → page

let diagCount = 0;

function renderDiagnostic(d, { located = false } = {}) {
  const box = document.createElement('div');
  box.className = `diag diag-${d.severity}`;
  box.dataset.code = d.code;
  box.dataset.path = d.path;
  box.id = `diag-${(diagCount += 1)}`;
  box.setAttribute('role', d.severity === 'error' || d.severity === 'fatal' ? 'alert' : 'note');

  const head = document.createElement('p');
  head.className = 'diag-tete';
  const sev = document.createElement('span');
  sev.className = 'sev';
  sev.textContent = SEVERITY[d.severity] ?? d.severity;
  const code = document.createElement('code');
  code.textContent = d.code;
  head.append(sev, ' ', code);
  if (located && d.line !== undefined) {
    const where = document.createElement('button');
    where.type = 'button';
    where.className = 'position';
    where.textContent = `ligne ${d.line}, colonne ${d.column}`;
    where.addEventListener('click', () => selectPosition(d.line, d.column));
    head.append(' ', where);
  }
  const msg = document.createElement('p');
  msg.className = 'msg';
  msg.textContent = d.message;
  const help = document.createElement('p');
  help.className = 'aide-diag';
  help.textContent = d.help;
  box.append(head, msg, help);

  if (d.legal_basis) {
    const source = document.createElement('p');
    source.className = 'source';
    source.append('Source : ');
    if (d.legal_basis.url) {
      const a = document.createElement('a');
      a.href = d.legal_basis.url;
      a.target = '_blank';
      a.rel = 'noopener noreferrer';
      a.textContent = d.legal_basis.label;
      source.append(a);
    } else {
      source.append(d.legal_basis.label);
    }
    box.append(source);
  }
  return box;
}

/** Whether `path` is `prefix` or lies under it (segment-wise). */
function under(path, prefix) {
  return prefix === '' || path === prefix || path.startsWith(`${prefix}/`);
}

/** The element with the longest `data-path` that contains the diagnostic's path. */
function anchorFor(path) {
  let best = null;
  let bestLen = -1;
  for (const el of $$('#cls-form [data-path]')) {
    for (const p of el.dataset.path.split(' ')) {
      if (under(path, p) && p.length > bestLen) {
        best = el;
        bestLen = p.length;
      }
    }
  }
  return best;
}

/** The closest element (the anchor or an ancestor) that has its own list of diagnostics. */
function diagsOf(el) {
  for (let e = el; e; e = e.parentElement) {
    const own = [...e.children].find((c) => c.classList.contains('diags'));
    if (own) return own;
  }
  return $('#diags-generaux');
}

function clearFormDiagnostics() {
  for (const box of $$('#cls-form .diags, #diags-generaux')) box.replaceChildren();
  for (const el of $$('#cls-form [aria-invalid], #cls-form [data-path][aria-describedby]')) {
    el.removeAttribute('aria-invalid');
    el.removeAttribute('aria-describedby');
  }
}

function showCounts(report) {
  const c = report.counts;
  const parts = [];
  const plural = (n, one, many) => `${n} ${n > 1 ? many : one}`;
  if (c.fatal) parts.push(plural(c.fatal, 'erreur bloquante', 'erreurs bloquantes'));
  parts.push(plural(c.error, 'erreur', 'erreurs'));
  parts.push(plural(c.warning, 'avertissement', 'avertissements'));
  if (c.information) parts.push(plural(c.information, 'information', 'informations'));
  const verdict = report.valid
    ? 'aucune exigence légale manquante relevée.'
    : 'le document ne satisfait pas toutes les exigences.';
  $('#bilan').textContent = `${parts.join(', ')} — ${verdict} (droit au ${report.as_of})`;
  $('#bilan').dataset.valid = String(report.valid);
}

function validateForm() {
  const doc = buildDocument();
  $('#apercu-json').textContent = JSON.stringify(doc, null, 2);
  const report = currentValidator().validate(doc);
  clearFormDiagnostics();
  for (const d of report.diagnostics) {
    const anchor = anchorFor(d.path);
    const target = anchor && anchor.closest('#cls-form') ? diagsOf(anchor) : $('#diags-generaux');
    const box = renderDiagnostic(d);
    target.append(box);
    if (anchor && d.path !== '') {
      // A field's own controls are marked invalid; a group (a fieldset, a row) only points to
      // its diagnostics, since the problem is not in any one of its fields.
      const field = anchor.classList.contains('champ');
      const targets = field ? $$('input, select', anchor) : [anchor];
      for (const el of targets) {
        if (field) el.setAttribute('aria-invalid', 'true');
        const ids = new Set((el.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean));
        ids.add(box.id);
        el.setAttribute('aria-describedby', [...ids].join(' '));
      }
    }
  }
  showCounts(report);
  return report;
}

function validateJson() {
  const text = $('#json-texte').value;
  const list = $('#json-diags');
  list.replaceChildren();
  if (!text.trim()) {
    $('#bilan').textContent = 'Collez un document JSON pour le vérifier.';
    return null;
  }
  const report = currentValidator().validate(text);
  for (const d of report.diagnostics) list.append(renderDiagnostic(d, { located: true }));
  showCounts(report);
  return report;
}

/** Puts the cursor of the text area on a line and column (1-based, in characters). */
function selectPosition(line, column) {
  const area = $('#json-texte');
  const lines = area.value.split('\n');
  let offset = 0;
  for (let i = 0; i < line - 1 && i < lines.length; i += 1) offset += lines[i].length + 1;
  offset += [...(lines[line - 1] ?? '')].slice(0, column - 1).join('').length;
  area.focus();
  area.setSelectionRange(offset, offset + 1);
}

// ---------------------------------------------------------------- wiring

let timer = null;
function schedule() {
  clearTimeout(timer);
  timer = setTimeout(run, DEBOUNCE_MS);
}

function activeTab() {
  return $('#tab-json').getAttribute('aria-selected') === 'true' ? 'json' : 'form';
}

function run() {
  if (!validator && document.body.dataset.ready !== 'true') return;
  try {
    if (activeTab() === 'json') validateJson();
    else validateForm();
  } catch (e) {
    // Only misuse throws (e.g. a date the engine refuses as "droit applicable au").
    $('#bilan').textContent = `Impossible de valider : ${e.message}`;
  }
}

function selectTab(which) {
  for (const [tab, panel] of [
    ['#tab-form', '#panel-form'],
    ['#tab-json', '#panel-json'],
  ]) {
    const on = tab === `#tab-${which}`;
    $(tab).setAttribute('aria-selected', String(on));
    $(tab).tabIndex = on ? 0 : -1;
    $(panel).hidden = !on;
  }
  $('#diags-generaux').replaceChildren();
  run();
}

function wire() {
  wireCommuneSearch();
  $('#as-of').value = todayIso();
  $('#ajout-signataire').addEventListener('click', () => {
    const row = addSignataire();
    $('select', row).focus();
    schedule();
  });
  $('#ajout-instance').addEventListener('click', () => {
    const row = addInstance();
    $('select', row).focus();
    schedule();
  });
  $('#cls-form').addEventListener('input', (e) => {
    if (e.target.closest('#signataires')) refreshPresidences();
    schedule();
  });
  $('#cls-form').addEventListener('change', schedule);
  $('#cls-form').addEventListener('submit', (e) => e.preventDefault());
  for (const id of ['#as-of', '#lang']) $(id).addEventListener('input', schedule);
  $('#json-texte').addEventListener('input', schedule);
  $('#depuis-formulaire').addEventListener('click', () => {
    $('#json-texte').value = JSON.stringify(buildDocument(), null, 2);
    run();
  });
  $('#tab-form').addEventListener('click', () => selectTab('form'));
  $('#tab-json').addEventListener('click', () => selectTab('json'));
  $('[role="tablist"]').addEventListener('keydown', (e) => {
    if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
      const next = activeTab() === 'form' ? 'json' : 'form';
      selectTab(next);
      $(`#tab-${next}`).focus();
    }
  });
}

// ---------------------------------------------------------------- spreadsheets

// The reader is a second module (territoire-sante/tableur), imported on the first file only.
async function readWorkbook(file) {
  const state = $('#tableur-etat');
  state.textContent = `Lecture de ${file.name}…`;
  try {
    const { lireTableur } = await import('../tableur.mjs');
    const { portefeuille, rapport } = await lireTableur(file, {
      asOf: $('#as-of').value || undefined,
      lang: $('#lang').value,
    });
    state.textContent = `${file.name} : ${portefeuille.documents.length} document(s), ${rapport.diagnostics.length} constat(s).`;
    $('#tableur-diags').replaceChildren(
      ...rapport.diagnostics.map((d) => {
        const box = renderDiagnostic(d);
        if (d.cellule) {
          const cell = document.createElement('span');
          cell.className = 'cellule';
          cell.textContent = d.cellule.a1;
          $('.diag-tete', box).append(' ', cell);
        }
        return box;
      }),
    );
  } catch (e) {
    state.textContent = `Lecture impossible : ${e.message}`;
  }
}

function wireWorkbook() {
  const input = $('#tableur-fichier');
  input.addEventListener('change', () => {
    if (input.files?.[0]) readWorkbook(input.files[0]);
  });
  const zone = $('#tableur');
  zone.addEventListener('dragover', (e) => e.preventDefault());
  zone.addEventListener('drop', (e) => {
    e.preventDefault();
    const file = e.dataTransfer?.files?.[0];
    if (file) readWorkbook(file);
  });
}

wire();
wireWorkbook();
init()
  .then(() => {
    document.body.dataset.ready = 'true';
    const info = about();
    $('#etat').textContent = `Moteur territoire-sante ${info.version} prêt : ${info.rules} règles.`;
    run();
  })
  .catch((e) => {
    $('#etat').textContent = `Le moteur de validation n'a pas pu être chargé : ${e.message}`;
  });
