// The example document of each kind that the browser tests fill in: the kind's example of
// docs/examples/ when it has no error, otherwise the fullest shared vector (tests/vectors/) that
// has none at that date (checked by the Rust CLI when this list was made, and by the tests).
import { readJson } from '../helpers.mjs';

const SOURCES = {
  atelier_sante_ville: ['tests/vectors/AR-001.json', 2],
  conseil_citoyen: ['tests/vectors/PAR-014.json', 0],
  conseil_local_sante_mentale: ['tests/vectors/CLSM-001.json', 3],
  conseil_territorial_sante: ['tests/vectors/GOV-004.json', 0],
  contrat_de_ville: ['tests/vectors/DQ-004.json', 1],
  contrat_local_sante: ['tests/vectors/CLS-013.json', 4],
  demarche_accompagnement: ['docs/examples/vitry-demarche-ufs.json'],
  projet_sante_proximite: ['tests/vectors/GOV-011.json', 2],
  projet_territorial_sante_mentale: ['tests/vectors/ART-003.json', 0],
  reseau_collectivites: ['docs/examples/reseau-sante-mel.json'],
};

/** kind → { source, asOf, document } */
export const EXAMPLES = Object.fromEntries(
  Object.entries(SOURCES).map(([kind, [file, index]]) => {
    const data = readJson(...file.split('/'));
    const document = index === undefined ? data : data[index].document;
    if (document.type !== kind) throw new Error(`${file}#${index} n'est pas un ${kind}`);
    return [kind, { source: file, asOf: '2016-06-30', document }];
  }),
);
