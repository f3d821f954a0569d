// The example document of each kind that the demo page fills a form from (and that the browser
// tests fill in): the kind's example of docs/examples/ when it has no error, otherwise the fullest
// shared vector (tests/vectors/) that has none at that date. Paths from the repository's root;
// `index`: the vector's case in the file (a docs/examples file is the document itself).
export const EXEMPLES = {
  atelier_sante_ville: { source: 'tests/vectors/AR-001.json', index: 2 },
  conseil_citoyen: { source: 'tests/vectors/PAR-014.json', index: 0 },
  conseil_local_sante_mentale: { source: 'tests/vectors/CLSM-001.json', index: 3 },
  conseil_territorial_sante: { source: 'tests/vectors/GOV-004.json', index: 0 },
  contrat_de_ville: { source: 'tests/vectors/DQ-004.json', index: 1 },
  contrat_local_sante: { source: 'tests/vectors/CLS-013.json', index: 4 },
  demarche_accompagnement: { source: 'docs/examples/vitry-demarche-ufs.json' },
  projet_sante_proximite: { source: 'tests/vectors/GOV-011.json', index: 2 },
  projet_territorial_sante_mentale: { source: 'tests/vectors/ART-003.json', index: 0 },
  reseau_collectivites: { source: 'docs/examples/reseau-sante-mel.json' },
};

/** The date at which every example has no error (the law applied when the form is filled). */
export const DATE_EXEMPLES = '2016-06-30';

/** The document of an example from its file's parsed JSON. */
export function documentOf(example, data) {
  return example.index === undefined ? data : data[example.index].document;
}
