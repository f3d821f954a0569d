// A page's script using the custom elements, type-checked against elements.d.ts (DOM types).
import type { TerritoireSanteEventDetail } from '../../elements.js';

const form = document.querySelector('territoire-sante-formulaire');
if (form !== null) {
  form.document = { type: 'contrat_local_sante', nom: 'CLS de Château-Thierry' };
  form.addEventListener('validation', (e: CustomEvent<TerritoireSanteEventDetail>) => {
    const errors: number = e.detail.report.counts.error;
    console.log(errors, form.kind, form.report?.valid);
  });
  form.ready.then(() => form.showAll());
}
const explorer = document.querySelector('territoire-sante-explorateur');
if (explorer !== null) {
  const csv: string = explorer.csv();
  const codes: string[] = explorer.findings.map((f) => f.diagnostic.code);
  console.log(csv.length, codes);
}
