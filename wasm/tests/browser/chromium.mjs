// Headless Chromium (Debian's, driven by playwright-core) for the browser tests, and axe-core's
// accessibility check of a page (WCAG 2.1 A and AA rules, the level RGAA 4 follows).
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { ROOT } from '../helpers.mjs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Screenshots: not versioned (target/ is ignored). */
export const ARTEFACTS = join(ROOT, 'target', 'artefacts');

/** A browser with one page; `problems` collects page errors and console errors/warnings. */
export async function launch() {
  assert.ok(existsSync(CHROMIUM), `Chromium absent (${CHROMIUM}) : scripts/test-wasm.sh l'installe`);
  mkdirSync(ARTEFACTS, { recursive: true });
  const profile = mkdtempSync(join(tmpdir(), 'ts-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    locale: 'fr-FR',
    viewport: { width: 1280, height: 1000 },
    acceptDownloads: true,
    args: [
      '--lang=fr-FR',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const problems = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`http ${r.status()}: ${new URL(r.url()).pathname}`);
  });
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
  });
  return {
    context,
    page,
    problems,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** axe-core's violations of WCAG 2.1 A/AA on the page, as `id: target…` lines. */
export async function axeViolations(page) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) {
    await page.addScriptTag({ url: '/node_modules/axe-core/axe.min.js' });
  }
  const result = await page.evaluate(() =>
    window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      resultTypes: ['violations'],
    }),
  );
  return result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`,
  );
}
