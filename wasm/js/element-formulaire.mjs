// The custom element <territoire-sante-formulaire>: the generated form (js/formulaire.mjs), the
// engine's report shown next to the fields, and a side summary of what is still to complete.
import { FormRenderer, diagnosticEl, h, ORDER, SEVERITY } from './formulaire.mjs';
import { cleaned } from './schema.mjs';
import { themeStyles } from './themes.mjs';

/**
 * Builds the element class over the browser API (web.mjs): `api` holds init, schema, Validator,
 * loadReferentiel, currentReferentiel, explain.
 */
export function defineFormulaire(api) {
  class TerritoireSanteFormulaire extends HTMLElement {
    static observedAttributes = ['type', 'theme', 'as-of', 'langue'];

    #doc = {};
    #report = null;
    #validator = null;
    #renderer = null;
    #touched = new Set();
    #ready = null;
    #built = false;
    #parts = null;

    connectedCallback() {
      if (!this.#built) this.#build();
    }

    attributeChangedCallback(name, before, after) {
      if (!this.#built || before === after) return;
      if (name === 'type') {
        this.#doc = {};
        this.#touched.clear();
      }
      if (name === 'as-of' || name === 'langue') this.#validator = null;
      this.#build();
    }

    /** Resolves once the engine is loaded and the form drawn. */
    get ready() {
      if (this.#ready === null) this.#build();
      return this.#ready;
    }

    /** The document as the form describes it (a copy). */
    get document() {
      return { type: this.kind, ...(cleaned(this.#doc) ?? {}) };
    }

    /** Fills the form from a document (object or JSON text); every field counts as touched. */
    set document(doc) {
      const value = typeof doc === 'string' ? JSON.parse(doc) : doc;
      if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        throw new TypeError('territoire-sante-formulaire : un document (objet JSON) est attendu');
      }
      if (value.type !== undefined && value.type !== this.kind) this.setAttribute('type', value.type);
      const { type: _t, ...rest } = value;
      this.#doc = structuredClone(rest);
      this.#touched = new Set(['']);
      if (this.#built) this.#build();
    }

    /** The last report (the shape of docs/schema/report.json), or null before the first run. */
    get report() {
      return this.#report;
    }

    /** The document kind (`type` attribute). */
    get kind() {
      return this.getAttribute('type') ?? 'contrat_local_sante';
    }

    /** Shows every diagnostic next to its field, as if every field had been touched. */
    showAll() {
      this.#touched.add('');
      this.#show();
    }

    #build() {
      this.#built = true;
      const dsfr = this.getAttribute('theme') === 'dsfr';
      themeStyles(dsfr);
      this.#ready = (async () => {
        this.setAttribute('aria-busy', 'true');
        try {
          await api.init();
          let schema;
          try {
            schema = api.schema(this.kind);
          } catch (e) {
            this.replaceChildren(h('p', { class: 'ts-erreur-usage', role: 'alert' }, e.message));
            return;
          }
          if (schema.properties?.documents) {
            this.replaceChildren(
              h('p', { class: 'ts-erreur-usage', role: 'alert' }, 'Un portefeuille se consulte avec <territoire-sante-explorateur>.'),
            );
            return;
          }
          this.#draw(schema, dsfr);
          this.#validate();
        } finally {
          this.removeAttribute('aria-busy');
        }
      })();
      this.#ready.catch((e) => {
        this.replaceChildren(h('p', { class: 'ts-erreur-usage', role: 'alert' }, `Le moteur n'a pas pu être chargé : ${e.message}`));
      });
    }

    #draw(schema, dsfr) {
      const host = {
        changed: (path) => this.#changed(path),
        structure: (path) => {
          this.#changed(path);
          if (path[0] === 'acteurs') this.#renderer.refreshActeurs();
        },
        acteurs: () => (Array.isArray(this.#doc.acteurs) ? this.#doc.acteurs : []).filter((a) => a && typeof a.id === 'string' && a.id !== ''),
        search: async (q) => {
          const before = api.currentReferentiel();
          const r = await api.loadReferentiel();
          if (before === null) {
            // The TER rules need the référentiel: validate with it from now on.
            this.#validator = null;
            this.#validate();
          }
          return r.cherche(q, 30);
        },
        // The rule's title comes with the rules' documentation, fetched the first time a help
        // is opened (a separate asset, kept out of the module for its size).
        rule: async (code) => {
          try {
            await api.loadDocumentation();
          } catch {
            // Without it, the help shows the rule's message and help, which the module holds.
          }
          try {
            return api.explain(code, { lang: this.#lang() });
          } catch {
            return null;
          }
        },
      };
      this.#renderer = new FormRenderer(schema, this.#doc, host, { dsfr });
      const fields = this.#renderer.render();
      const general = h('div', { class: 'ts-diags ts-diags-generaux', 'aria-live': 'polite' });
      const summaryTitle = `ts-synthese-${Math.random().toString(36).slice(2, 8)}`;
      const bilan = h('p', { class: 'ts-bilan', role: 'status' });
      const toComplete = h('ul', { class: 'ts-a-completer' });
      const flagged = h('ul', { class: 'ts-signales' });
      const showAll = h(
        'button',
        { type: 'button', class: dsfr ? 'ts-bouton fr-btn fr-btn--secondary fr-btn--sm' : 'ts-bouton' },
        'Afficher tous les diagnostics',
      );
      showAll.addEventListener('click', () => this.showAll());
      const form = h(
        'form',
        { class: 'ts-form', novalidate: true, 'aria-label': schema.title ?? this.kind },
        general,
        fields,
      );
      form.addEventListener('submit', (e) => e.preventDefault());
      const root = h(
        'div',
        { class: 'ts-formulaire' },
        h('div', { class: 'ts-principal' }, form),
        h(
          'aside',
          { class: 'ts-synthese', 'aria-labelledby': summaryTitle },
          h('h2', { id: summaryTitle, class: 'ts-synthese-titre' }, 'Synthèse'),
          bilan,
          h('h3', { class: 'ts-synthese-sous-titre' }, 'À compléter'),
          toComplete,
          h('h3', { class: 'ts-synthese-sous-titre' }, 'Signalés'),
          flagged,
          showAll,
        ),
      );
      // The inputs' own `input`/`change` events stay inside: the element emits its own.
      for (const type of ['input', 'change']) root.addEventListener(type, (e) => e.stopPropagation());
      this.#parts = { general, bilan, toComplete, flagged };
      this.replaceChildren(root);
    }

    #lang() {
      return this.getAttribute('langue') === 'en' ? 'en' : 'fr';
    }

    #changed(path) {
      this.#touched.add(path.map(String).map((p) => `/${p}`).join(''));
      if (path[0] === 'acteurs') this.#renderer.refreshActeurs();
      this.#validate();
      this.dispatchEvent(new CustomEvent('change', { detail: { document: this.document, report: this.#report } }));
    }

    #validate() {
      if (this.#validator === null) {
        const options = { lang: this.#lang() };
        const asOf = this.getAttribute('as-of');
        if (asOf) options.asOf = asOf;
        this.#validator = new api.Validator(options);
      }
      this.#report = this.#validator.validate(this.document);
      this.#show();
      this.dispatchEvent(new CustomEvent('validation', { detail: { document: this.document, report: this.#report } }));
    }

    #isTouched(path) {
      if (this.#touched.has('')) return true;
      if (path === '') return false;
      for (const t of this.#touched) {
        if (path === t || path.startsWith(`${t}/`) || t.startsWith(`${path}/`)) return true;
      }
      return false;
    }

    /** The registered node nearest to a pointer (itself or its closest ancestor). */
    #nodeOf(path) {
      const nodes = this.#renderer.nodes;
      let p = path;
      for (;;) {
        const n = nodes.get(p);
        if (n) return [p, n];
        if (p === '') return ['', nodes.get('')];
        p = p.slice(0, p.lastIndexOf('/'));
      }
    }

    #show() {
      if (this.#parts === null || this.#report === null) return;
      const { general, bilan, toComplete, flagged } = this.#parts;
      for (const box of this.querySelectorAll('.ts-diags')) box.replaceChildren();
      for (const el of this.querySelectorAll('[data-ts-diag]')) {
        const keep = (el.getAttribute('aria-describedby') ?? '').split(' ').filter((x) => x && !x.startsWith('ts-diag-'));
        if (keep.length > 0) el.setAttribute('aria-describedby', keep.join(' '));
        else el.removeAttribute('aria-describedby');
        el.removeAttribute('aria-invalid');
        el.removeAttribute('data-ts-diag');
      }
      toComplete.replaceChildren();
      flagged.replaceChildren();
      const diags = [...this.#report.diagnostics].sort((a, b) => (ORDER[a.severity] ?? 9) - (ORDER[b.severity] ?? 9));
      const counts = { error: 0, warning: 0, information: 0, fatal: 0 };
      let pending = 0;
      diags.forEach((d, i) => {
        const [, node] = this.#nodeOf(d.path ?? '');
        const id = `ts-diag-${this.#uid()}-${i}`;
        const target = node?.control ?? null;
        const link = h('a', { href: target?.id ? `#${target.id}` : '#', class: 'ts-lien-champ' }, `${node?.title || 'Document'} : ${d.message}`);
        link.addEventListener('click', (e) => {
          e.preventDefault();
          const focusable = target?.matches?.('input, select, textarea') ? target : target?.querySelector?.('input, select, textarea, button');
          (focusable ?? target)?.focus?.();
        });
        if (this.#isTouched(d.path ?? '')) {
          counts[d.severity] = (counts[d.severity] ?? 0) + 1;
          (node?.box ?? general).append(diagnosticEl(d, id));
          if (target) {
            const ids = (target.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
            target.setAttribute('aria-describedby', [...ids, id].join(' '));
            target.setAttribute('data-ts-diag', '');
            if ((d.severity === 'error' || d.severity === 'fatal') && target.matches('input, select, textarea')) {
              target.setAttribute('aria-invalid', 'true');
            }
          }
          flagged.append(h('li', { class: `ts-synthese-${d.severity}` }, `${SEVERITY[d.severity]} ${d.code} — `, link));
        } else {
          pending += 1;
          toComplete.append(h('li', { 'data-code': d.code }, link));
        }
      });
      const plural = (n, one, many) => `${n} ${n > 1 ? many : one}`;
      bilan.textContent = `${plural(counts.error + counts.fatal, 'erreur', 'erreurs')}, ${plural(counts.warning, 'avertissement', 'avertissements')}, ${plural(counts.information, 'information', 'informations')} ; ${plural(pending, 'point', 'points')} à compléter.`;
      if (pending === 0) toComplete.append(h('li', { class: 'ts-rien' }, 'Rien à compléter.'));
      if (flagged.childElementCount === 0) flagged.append(h('li', { class: 'ts-rien' }, 'Aucun diagnostic sur les champs remplis.'));
    }

    #uidValue = null;
    #uid() {
      if (this.#uidValue === null) this.#uidValue = Math.random().toString(36).slice(2, 8);
      return this.#uidValue;
    }
  }
  return TerritoireSanteFormulaire;
}
