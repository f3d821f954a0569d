// The custom element <territoire-sante-explorateur>: a portfolio loaded from a file (JSON, or a
// workbook: .xlsx, .ods, .csv, read by the spreadsheet module on first use, each finding then
// naming its cell), a URL (`src`) or a property; its findings per document with filters by
// severity and code, exported as CSV; and the coverage table of a territory (`territoire`
// attribute or field), with the map of its quartiers prioritaires when the `contours` attribute
// names the QPV contours (GeoJSON URL), over the département outlines when the `departements`
// attribute names them (GeoJSON URL). The référentiel is loaded with the engine, so that the
// findings are those of every rule, territorial ones included, from the first analysis.
import { diagnosticEl, h, ORDER, SEVERITY } from './formulaire.mjs';
import { findingsCsv } from './csv.mjs';
import { themeStyles } from './themes.mjs';

const DISPOSITIFS = [
  ['cls', 'CLS'],
  ['clsm', 'CLSM'],
  ['asv', 'ASV'],
  ['contrat_de_ville', 'Contrat de ville'],
  ['cts', 'CTS'],
];

/** File extensions read as workbooks (the spreadsheet module's formats). */
const WORKBOOK_EXTENSIONS = ['.xlsx', '.xlsm', '.xls', '.ods', '.csv'];

/** Whether a file name is a workbook's. */
export function isWorkbook(name) {
  const n = String(name ?? '').toLowerCase();
  return WORKBOOK_EXTENSIONS.some((x) => n.endsWith(x));
}

/** Which document a diagnostic's pointer names (`/documents/3/…` → 3), or -1 (the portfolio). */
export function documentIndex(path) {
  const m = /^\/documents\/(\d+)(?:\/|$)/.exec(path ?? '');
  return m ? Number(m[1]) : -1;
}

/** The territory option of the coverage for a portfolio's `territoire`, when it names one. */
export function territoireOption(t) {
  if (!t || typeof t.code !== 'string' || t.code === '') return '';
  const prefix = { commune: 'communes:', departement: 'dep:', region: 'reg:', epci: 'epci:', ept: 'ept:' }[t.type];
  return prefix ? `${prefix}${t.code}` : '';
}

/** Builds the element class over the browser API (web.mjs). */
export function defineExplorateur(api) {
  class TerritoireSanteExplorateur extends HTMLElement {
    static observedAttributes = ['src', 'as-of', 'langue', 'theme', 'contours', 'departements', 'territoire'];

    #portfolio = null;
    /** The workbook the portfolio was read from (a File), so that a new date reads it again. */
    #workbook = null;
    #contours = null;
    #report = null;
    #parts = null;
    #ready = null;

    connectedCallback() {
      if (this.#parts === null) this.#build();
    }

    attributeChangedCallback(name, before, after) {
      if (this.#parts === null || before === after) return;
      if (name === 'theme') {
        // The theme's classes are set when the parts are built: build them again, keeping the
        // portfolio (and the territory typed) rather than reloading `src`.
        const territoire = this.#parts.territoire.value;
        this.#parts = null;
        this.#build();
        this.#parts.territoire.value = territoire;
        return;
      }
      if (name === 'src' && after) this.#fetch(after);
      else if (name === 'territoire') {
        this.#parts.territoire.value = after ?? '';
        if (this.#portfolio) this.#coverage();
      } else if (this.#portfolio) this.#refresh();
    }

    /** Resolves once the engine is loaded (and the `src` portfolio analysed). */
    get ready() {
      if (this.#ready === null) this.#build();
      return this.#ready;
    }

    /** The portfolio shown, or null. */
    get portefeuille() {
      return this.#portfolio;
    }

    /** Loads a portfolio (object or JSON text) and shows its findings. */
    set portefeuille(value) {
      const v = typeof value === 'string' ? JSON.parse(value) : value;
      this.#portfolio = v;
      this.#workbook = null;
      this.ready.then(() => this.#analyse());
    }

    /** The report of the portfolio, or null. */
    get report() {
      return this.#report;
    }

    /** The findings shown (after the filters), as `{document, diagnostic}`. */
    get findings() {
      return this.#filtered();
    }

    /** The findings shown, as CSV text. */
    csv() {
      return findingsCsv(this.#filtered());
    }

    #build() {
      const dsfr = this.getAttribute('theme') === 'dsfr';
      themeStyles(dsfr);
      const btn = dsfr ? 'ts-bouton fr-btn fr-btn--secondary fr-btn--sm' : 'ts-bouton';
      const input = dsfr ? 'ts-input fr-input' : 'ts-input';
      const select = dsfr ? 'ts-select fr-select' : 'ts-select';
      const label = dsfr ? 'ts-label fr-label' : 'ts-label';
      const uid = Math.random().toString(36).slice(2, 8);
      const file = h('input', {
        type: 'file',
        id: `ts-fichier-${uid}`,
        accept: `.json,application/json,${WORKBOOK_EXTENSIONS.join(',')}`,
        class: 'ts-fichier',
      });
      const status = h('p', { class: 'ts-etat', role: 'status' });
      const severity = h(
        'select',
        { id: `ts-gravite-${uid}`, class: select },
        h('option', { value: '' }, 'Toutes'),
        ...Object.entries(SEVERITY).map(([v, l]) => h('option', { value: v }, l)),
      );
      const code = h('select', { id: `ts-code-${uid}`, class: select }, h('option', { value: '' }, 'Tous'));
      const exportBtn = h('button', { type: 'button', class: btn, disabled: true }, 'Exporter les constats (CSV)');
      const table = h('div', { class: 'ts-constats' });
      const territoire = h('input', { id: `ts-territoire-${uid}`, type: 'text', class: input, autocomplete: 'off', 'aria-describedby': `ts-territoire-aide-${uid}` });
      const coverBtn = h('button', { type: 'button', class: btn }, 'Calculer la couverture');
      const cover = h('div', { class: 'ts-couverture' });
      const wrap = (el, text, extra) =>
        h('div', { class: dsfr ? 'ts-champ fr-input-group' : 'ts-champ' }, h('label', { for: el.id, class: label }, text), extra, el);
      const root = h(
        'div',
        { class: 'ts-explorateur' },
        h(
          'section',
          { class: 'ts-section', 'aria-labelledby': `ts-charger-${uid}` },
          h('h2', { id: `ts-charger-${uid}` }, 'Portefeuille'),
          wrap(file, 'Charger un portefeuille (JSON, ou tableur .xlsx, .ods, .csv)'),
          status,
        ),
        h(
          'section',
          { class: 'ts-section', 'aria-labelledby': `ts-titre-constats-${uid}` },
          h('h2', { id: `ts-titre-constats-${uid}` }, 'Constats par document'),
          h('div', { class: 'ts-filtres' }, wrap(severity, 'Gravité'), wrap(code, 'Code'), exportBtn),
          table,
        ),
        h(
          'section',
          { class: 'ts-section', 'aria-labelledby': `ts-titre-couverture-${uid}` },
          h('h2', { id: `ts-titre-couverture-${uid}` }, 'Couverture du territoire'),
          wrap(
            territoire,
            'Territoire',
            h('p', { id: `ts-territoire-aide-${uid}`, class: 'ts-aide-texte' }, 'Exemples : dep:02, epci:200072031, communes:02168,02408.'),
          ),
          coverBtn,
          cover,
        ),
      );
      for (const type of ['input', 'change']) root.addEventListener(type, (e) => e.stopPropagation());
      this.#parts = { status, severity, code, exportBtn, table, territoire, cover };
      file.addEventListener('change', async () => {
        const f = file.files?.[0];
        if (!f) return;
        if (isWorkbook(f.name)) {
          this.#workbook = f;
          await this.#readWorkbook();
        } else {
          this.#workbook = null;
          this.#load(await f.text(), f.name);
        }
      });
      severity.addEventListener('change', () => this.#drawFindings());
      code.addEventListener('change', () => this.#drawFindings());
      exportBtn.addEventListener('click', () => this.#download());
      coverBtn.addEventListener('click', () => this.#coverage());
      this.replaceChildren(root);
      const territoireAttr = this.getAttribute('territoire');
      if (territoireAttr) territoire.value = territoireAttr;
      this.#ready = api
        .init()
        .then(() =>
          api.loadReferentiel().catch((e) => {
            status.textContent = `Référentiel injoignable (${e.message}) : règles territoriales non appliquées.`;
          }),
        )
        .then(() => {
          if (this.#portfolio) return this.#refresh();
          const src = this.getAttribute('src');
          return src ? this.#fetch(src) : undefined;
        });
      this.#ready.catch((e) => {
        status.textContent = `Le moteur n'a pas pu être chargé : ${e.message}`;
      });
    }

    async #fetch(src) {
      const { status } = this.#parts;
      try {
        const r = await fetch(src);
        if (!r.ok) throw new Error(`${r.status} ${r.statusText}`);
        this.#load(await r.text(), src);
      } catch (e) {
        status.textContent = `Portefeuille illisible (${src}) : ${e.message}`;
      }
    }

    #load(text, name) {
      const { status } = this.#parts;
      try {
        this.#portfolio = JSON.parse(text);
      } catch (e) {
        status.textContent = `${name} n'est pas un JSON lisible : ${e.message}`;
        return;
      }
      this.#analyse();
    }

    /** Analyses again (a new date, language): the workbook is read again, JSON validated again. */
    #refresh() {
      return this.#workbook ? this.#readWorkbook() : this.#analyse();
    }

    async #readWorkbook() {
      const { status } = this.#parts;
      const f = this.#workbook;
      status.textContent = `Lecture de ${f.name}…`;
      let r;
      try {
        // The spreadsheet reader is a module of its own, fetched on the first workbook only.
        const { lireTableur } = await import('../tableur.mjs');
        r = await lireTableur(f, this.#options());
      } catch (e) {
        status.textContent = `${f.name} illisible : ${e.message}`;
        return;
      }
      this.#portfolio = r.portefeuille;
      this.#show(r.rapport);
    }

    #lang() {
      return this.getAttribute('langue') === 'en' ? 'en' : 'fr';
    }

    #options() {
      const o = { lang: this.#lang() };
      const asOf = this.getAttribute('as-of');
      if (asOf) o.asOf = asOf;
      return o;
    }

    #analyse() {
      this.#show(api.validate(this.#portfolio, this.#options()));
    }

    #show(report) {
      const { status, code, territoire, exportBtn } = this.#parts;
      const p = this.#portfolio;
      this.#report = report;
      const docs = Array.isArray(p?.documents) ? p.documents : [];
      status.textContent = `${p?.nom ?? 'Portefeuille'} : ${docs.length} documents, ${this.#report.diagnostics.length} constats.`;
      const codes = [...new Set(this.#report.diagnostics.map((d) => d.code))].sort();
      code.replaceChildren(h('option', { value: '' }, 'Tous'), ...codes.map((c) => h('option', { value: c }, c)));
      if (!territoire.value) territoire.value = territoireOption(p?.territoire);
      exportBtn.disabled = false;
      this.#drawFindings();
      this.dispatchEvent(new CustomEvent('validation', { detail: { document: p, report: this.#report } }));
      if (this.hasAttribute('territoire')) this.#coverage();
    }

    #docName(i) {
      if (i < 0) return 'Portefeuille';
      const d = this.#portfolio?.documents?.[i];
      return d?.nom ?? d?.id ?? `Document ${i + 1}`;
    }

    #filtered() {
      if (this.#report === null) return [];
      const { severity, code } = this.#parts;
      return this.#report.diagnostics
        .filter((d) => (severity.value === '' || d.severity === severity.value) && (code.value === '' || d.code === code.value))
        .map((d) => ({ index: documentIndex(d.path), document: this.#docName(documentIndex(d.path)), diagnostic: d }))
        .sort((a, b) => a.index - b.index || (ORDER[a.diagnostic.severity] ?? 9) - (ORDER[b.diagnostic.severity] ?? 9));
    }

    #drawFindings() {
      const { table } = this.#parts;
      const rows = this.#filtered();
      const groups = new Map();
      for (const r of rows) {
        if (!groups.has(r.index)) groups.set(r.index, []);
        groups.get(r.index).push(r);
      }
      table.replaceChildren(h('p', { class: 'ts-compte', role: 'status' }, `${rows.length} constats affichés.`));
      for (const [index, items] of groups) {
        const kind = index >= 0 ? this.#portfolio.documents[index]?.type : 'portefeuille';
        table.append(
          h(
            'section',
            { class: 'ts-document', 'data-document': index },
            h('h3', {}, `${this.#docName(index)}`, h('span', { class: 'ts-type' }, ` (${kind ?? '?'})`)),
            h(
              'ul',
              { class: 'ts-liste-constats' },
              items.map(({ diagnostic: d }, k) =>
                h(
                  'li',
                  {},
                  diagnosticEl(d, `ts-constat-${index}-${k}`),
                  h('p', { class: 'ts-champ-cite' }, d.cellule ? `Cellule : ${d.cellule.a1} (champ ${d.path || '(document)'})` : `Champ : ${d.path || '(document)'}`),
                ),
              ),
            ),
          ),
        );
      }
    }

    #download() {
      const blob = new Blob([this.csv()], { type: 'text/csv;charset=utf-8' });
      const a = h('a', { href: URL.createObjectURL(blob), download: 'constats.csv', hidden: true });
      this.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(a.href), 1000);
    }

    async #coverage() {
      const { cover, territoire, status } = this.#parts;
      if (this.#portfolio === null) {
        status.textContent = 'Chargez d’abord un portefeuille.';
        return;
      }
      cover.replaceChildren(h('p', { role: 'status' }, 'Chargement du référentiel…'));
      let c;
      const options = { ...this.#options() };
      try {
        await api.loadReferentiel();
        if (territoire.value.trim()) options.territoire = territoire.value.trim();
        c = await api.couverture(this.#portfolio, options);
      } catch (e) {
        cover.replaceChildren(h('p', { role: 'alert' }, `Couverture impossible : ${e.message}`));
        return;
      }
      const t = c.total;
      // Instruments named by their `nom` (the coverage gives their ids, or their codes).
      const names = new Map();
      for (const d of this.#portfolio.documents ?? []) {
        for (const key of [d?.id, d?.code]) if (typeof key === 'string' && d.nom) names.set(key, d.nom);
      }
      const named = (ids) => (ids ?? []).map((id) => names.get(id) ?? id).join(', ');
      const n = (k, one, many) => `${k} ${k > 1 ? many : one}`;
      const head = ['Commune', 'Code', 'Population', ...DISPOSITIFS.map(([, l]) => l), 'Couverte'];
      cover.replaceChildren(
        h(
          'p',
          { role: 'status' },
          `${c.territoire} au ${c.as_of} : ${n(t.communes_couvertes, 'commune couverte', 'communes couvertes')} sur ${t.communes}, ${n(t.population_couverte, 'habitant', 'habitants')} sur ${t.population} (${c.referentiel}).`,
        ),
        h(
          'table',
          { class: 'ts-table' },
          h('caption', {}, `Dispositifs en vigueur par commune (${c.territoire})`),
          h('thead', {}, h('tr', {}, head.map((x) => h('th', { scope: 'col' }, x)))),
          h(
            'tbody',
            {},
            c.communes.map((row) =>
              h(
                'tr',
                {},
                h('th', { scope: 'row' }, row.nom),
                h('td', {}, row.commune),
                h('td', {}, String(row.population ?? '')),
                DISPOSITIFS.map(([k]) => h('td', {}, named(row[k]))),
                h('td', {}, row.couverte ? 'oui' : 'non'),
              ),
            ),
          ),
        ),
      );
      const url = this.getAttribute('contours');
      if (url) cover.append(await this.#map(url, options));
    }

    /** The map of the territory's quartiers prioritaires (SVG drawn by the core), or why not. */
    async #map(url, options) {
      const figure = h(
        'figure',
        { class: 'ts-carte' },
        h('figcaption', {}, `Quartiers prioritaires : couverts (vert) et zones blanches (orange), ${options.territoire ?? 'territoire du portefeuille'}`),
      );
      try {
        const departements = this.getAttribute('departements');
        const key = `${url}\n${departements ?? ''}`;
        if (this.#contours?.key !== key) {
          let ref = await (await api.loadReferentiel()).withQpvContours(url);
          if (departements) ref = await ref.withDepartementContours(departements);
          this.#contours = { key, ref };
        }
        // The SVG is the core's: every text in it is XML-escaped there.
        figure.insertAdjacentHTML(
          'beforeend',
          await api.carteQuartiers(this.#portfolio, { ...options, referentiel: this.#contours.ref }),
        );
      } catch (e) {
        figure.append(h('p', { role: 'alert' }, `Carte impossible : ${e.message}`));
      }
      return figure;
    }
  }
  return TerritoireSanteExplorateur;
}

