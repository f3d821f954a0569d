// The elements' stylesheets: `themes/neutre.css` (the default, always loaded: layout and the
// `--ts-*` custom properties) and `themes/dsfr.css` (the DSFR theme: the same properties set
// from the DSFR's tokens) added once to the page's <head>, next to this package's files.
const loaded = new Set();

function link(name) {
  if (loaded.has(name) || typeof document === 'undefined') return;
  loaded.add(name);
  const href = new URL(`../themes/${name}.css`, import.meta.url).href;
  if (document.querySelector(`link[data-territoire-sante="${name}"]`)) return;
  const el = document.createElement('link');
  el.rel = 'stylesheet';
  el.href = href;
  el.dataset.territoireSante = name;
  // First in <head>, so that the page's own rules win; the DSFR theme right after the neutral one.
  const neutral = document.querySelector('link[data-territoire-sante="neutre"]');
  if (neutral && name !== 'neutre') neutral.after(el);
  else document.head.prepend(el);
}

/** Loads the neutral theme, and the DSFR one when asked. */
export function themeStyles(dsfr) {
  link('neutre');
  if (dsfr) link('dsfr');
}
