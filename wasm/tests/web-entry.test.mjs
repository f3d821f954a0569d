// The browser / bundler entry (web.mjs), loaded alone in a child process with the .wasm bytes
// (node.mjs, once imported, configures the same API for Node.js): unusable before init(), then
// the same reports and rule metadata as the Node entry; the rules' documentation only once asked.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as node from '../node.mjs';
import { clsCommuneOnly, ROOT, WASM_DIR } from './helpers.mjs';

const WEB = pathToFileURL(join(WASM_DIR, 'web.mjs')).href;
const WASM = join(WASM_DIR, 'pkg', 'web', 'territoire_sante_wasm_bg.wasm');
const DOCUMENTATION = join(WASM_DIR, 'pkg', 'documentation.json');

/** Runs `body` (an async function's body, `web` in scope) in a fresh process; its JSON result. */
function inWebOnly(body) {
  const script = `import * as web from ${JSON.stringify(WEB)};
import { readFileSync } from 'node:fs';
const bytes = readFileSync(${JSON.stringify(WASM)});
const out = await (async () => { ${body} })();
process.stdout.write(JSON.stringify(out));`;
  return JSON.parse(
    execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }),
  );
}

test('web.mjs refuses to work before init(), then matches node.mjs', () => {
  const doc = JSON.stringify(clsCommuneOnly());
  const out = inWebOnly(`
    const refused = [];
    for (const f of [() => new web.Validator({ asOf: '2016-06-30' }), () => web.rules(), () => web.schema('report')]) {
      try { f(); refused.push(null); } catch (e) { refused.push([e.name, e.code]); }
    }
    const first = web.init(bytes);
    const same = web.init(bytes) === first;
    await first;
    const options = { asOf: '2016-06-30', lang: 'en' };
    return { refused, same, report: new web.Validator(options).validate(${doc}),
      about: web.about(), exports: Object.keys(web).sort() };
  `);
  const refused = ['TerritoireSanteError', 'not_initialized'];
  assert.deepEqual(out.refused, [refused, refused, refused]);
  assert.ok(out.same, 'init() twice gives the same promise');
  const options = { asOf: '2016-06-30', lang: 'en' };
  assert.deepStrictEqual(out.report, new node.Validator(options).validate(clsCommuneOnly()));
  assert.deepStrictEqual(out.about, node.about());
  // node.mjs re-exports web.mjs: one list of exports.
  assert.deepEqual(out.exports, Object.keys(node).sort());
});

test('the rules documentation is a separate asset, loaded only when asked in a browser', () => {
  // A browser fetches the asset; Node's fetch reads a data: URL of the same text.
  const out = inWebOnly(`
    await web.init(bytes);
    const before = web.explain('CLS-003');
    const text = readFileSync(${JSON.stringify(DOCUMENTATION)}, 'utf8');
    await web.loadDocumentation('data:application/json,' + encodeURIComponent(text));
    return { before, after: web.explain('CLS-003'), all: web.rules({ lang: 'en' }) };
  `);
  for (const key of ['title', 'severity_reason', 'description', 'limits']) {
    assert.equal(out.before[key], undefined, key);
  }
  // What diagnostics need stays in the module.
  assert.equal(out.before.help, node.explain('CLS-003').help);
  assert.deepEqual(out.before.legal_basis, node.explain('CLS-003').legal_basis);
  // Once loaded, the metadata are those of the Node entry (which reads the asset at once), and
  // those the core gives with its documentation compiled in (docs/rules/documentation.json).
  assert.deepStrictEqual(out.after, node.explain('CLS-003'));
  assert.deepStrictEqual(out.all, node.rules({ lang: 'en' }));
  const reference = JSON.parse(readFileSync(join(ROOT, 'docs', 'rules', 'documentation.json'), 'utf8'));
  assert.equal(out.after.description, reference.fr['CLS-003'].description);
  assert.ok(out.after.description.length > 100);
  const noted = node.rules().flatMap((r) => r.sources).find((s) => s.note !== undefined);
  assert.equal(noted.note, reference.sources[noted.id].note);
});
