// The example document of each kind that the browser tests fill in: the demo page's list
// (demo/exemples.mjs), read from the repository's files.
import { DATE_EXEMPLES, EXEMPLES, documentOf } from '../../demo/exemples.mjs';
import { readJson } from '../helpers.mjs';

/** kind → { source, asOf, document } */
export const EXAMPLES = Object.fromEntries(
  Object.entries(EXEMPLES).map(([kind, example]) => {
    const document = documentOf(example, readJson(...example.source.split('/')));
    if (document.type !== kind) throw new Error(`${example.source}#${example.index} n'est pas un ${kind}`);
    return [kind, { source: example.source, asOf: DATE_EXEMPLES, document }];
  }),
);
