import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { launchWithExtension, openExtensionPage, sendFromPage, type Launched } from './harness';

const AXE = 'node_modules/axe-core/axe.min.js';
const LANGS = ['fr', 'en'] as const;
const THEMES = ['light', 'dark'] as const;

interface Violation {
  id: string;
  impact: string;
  help: string;
  nodes: Array<{ target: string[]; failureSummary?: string }>;
}

/** axe-core on the page as it is; only serious and critical violations fail, each named with where it is. */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE }).catch(() => undefined);
  // Extension pages refuse inline scripts (CSP): evaluate the same file through the debugger protocol instead.
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.evaluate(readFileSync(AXE, 'utf8'));
  const violations = (await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: unknown[] }> } }).axe;
    return (await axe.run(document, { resultTypes: ['violations'] })).violations;
  })) as Violation[];
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} at ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

async function settle(page: Page) {
  await page.waitForLoadState('domcontentloaded');
  await page.locator('main').first().waitFor();
  await page.waitForFunction(() => !document.body.textContent?.match(/^(Chargement|Loading)…$/m), null, { timeout: 5000 }).catch(() => undefined);
  await page.waitForTimeout(400);
}

async function setLanguage(ext: Launched, lang: 'fr' | 'en', activeBrandId?: string) {
  const page = await openExtensionPage(ext, 'popup.html');
  expect(await sendFromPage(page, { type: 'settings.save', settings: { id: 'settings', uiLanguage: lang, activeBrandId } })).toMatchObject({ ok: true });
  await page.close();
}

describe('accessibility (axe-core): popup, side panel and every dashboard section, FR and EN, light and dark', () => {
  let ext: Launched;
  let sections: string[] = [];
  beforeAll(async () => {
    ext = await launchWithExtension();
  });
  afterAll(async () => ext?.close());

  it('first run: the guided setup in the dashboard and the popup', { timeout: 120_000 }, async () => {
    const found: string[] = [];
    for (const lang of LANGS) {
      await setLanguage(ext, lang);
      for (const theme of THEMES) {
        for (const path of ['dashboard.html', 'popup.html']) {
          const page = await openExtensionPage(ext, path);
          await page.emulateMedia({ colorScheme: theme });
          await settle(page);
          found.push(...(await seriousViolations(page)).map((v) => `${path} ${lang} ${theme}: ${v}`));
          await page.close();
        }
      }
    }
    expect(found).toEqual([]);
  });

  it('with the sample brand: the dashboard lists its sections', async () => {
    const seed = await openExtensionPage(ext, 'popup.html');
    expect(await sendFromPage(seed, { type: 'demo.seed' })).toMatchObject({ ok: true });
    await seed.close();
    const dash = await openExtensionPage(ext, 'dashboard.html');
    await dash.locator('nav a[href^="#"]').first().waitFor();
    sections = await dash.$$eval('nav a[href^="#"]', (as) => as.map((a) => (a as HTMLAnchorElement).hash.slice(1)));
    await dash.close();
    expect(sections.length).toBeGreaterThanOrEqual(7);
  });

  for (const lang of LANGS) {
    for (const theme of THEMES) {
      it(`every surface, ${lang}, ${theme}`, async () => {
        await setLanguage(ext, lang, 'demo-cafe-boreal');
        const found: string[] = [];
        for (const path of ['popup.html', 'sidepanel.html', ...sections.map((s) => `dashboard.html#${s}`)]) {
          const page = await openExtensionPage(ext, path);
          await page.emulateMedia({ colorScheme: theme });
          await settle(page);
          expect(await page.evaluate(() => document.documentElement.lang), path).toBe(lang === 'fr' ? 'fr-CA' : 'en');
          found.push(...(await seriousViolations(page)).map((v) => `${path}: ${v}`));
          await page.close();
        }
        expect(found).toEqual([]);
      }, 120_000);
    }
  }

  it('keyboard: every control of the strategy section and the popup is reached with Tab, with a visible focus', { timeout: 120_000 }, async () => {
    for (const path of ['dashboard.html#strategy', 'popup.html', 'dashboard.html#settings']) {
      const page = await openExtensionPage(ext, path);
      await settle(page);
      const controls = await page.locator('button:visible:not([disabled]), a[href]:visible, input:visible:not([disabled]), select:visible:not([disabled]), textarea:visible').count();
      const unseen: string[] = [];
      for (let i = 0; i < controls + 5; i++) {
        await page.keyboard.press('Tab');
        const info = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el || el === document.body) return null;
          el.setAttribute('data-tab-reached', '');
          const cs = getComputedStyle(el);
          const visible = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0;
          return { visible, name: `${el.outerHTML.slice(0, 120)} outline=${cs.outlineStyle} ${cs.outlineWidth}` };
        });
        if (info && !info.visible) unseen.push(info.name);
      }
      const reached = await page.locator('[data-tab-reached]').count();
      expect(unseen, `${path}: focus not visible`).toEqual([]);
      // Radio groups take one Tab stop for the group: allow for them.
      const radioGroups = await page.locator('input[type=radio]:visible').evaluateAll((els) => new Set(els.map((e) => (e as HTMLInputElement).name)).size);
      const radios = await page.locator('input[type=radio]:visible').count();
      expect(reached, path).toBeGreaterThanOrEqual(controls - radios + radioGroups);
      await page.close();
    }
  });
});
