// The custom elements, for a page without a build step:
//   <script type="module" src="…/territoire-sante/elements.mjs"></script>
//   <territoire-sante-formulaire type="contrat_local_sante"></territoire-sante-formulaire>
//   <territoire-sante-explorateur src="portefeuille.json"></territoire-sante-explorateur>
// The engine (web.mjs) is loaded once, when the first element is connected.
import * as api from './web.mjs';
import { defineFormulaire } from './js/element-formulaire.mjs';
import { defineExplorateur } from './js/element-explorateur.mjs';

export const TerritoireSanteFormulaire = defineFormulaire(api);
export const TerritoireSanteExplorateur = defineExplorateur(api);

if (!customElements.get('territoire-sante-formulaire')) {
  customElements.define('territoire-sante-formulaire', TerritoireSanteFormulaire);
}
if (!customElements.get('territoire-sante-explorateur')) {
  customElements.define('territoire-sante-explorateur', TerritoireSanteExplorateur);
}
export * from './web.mjs';
