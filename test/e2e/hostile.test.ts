import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, openExtensionPage, sendFromPage, type Launched } from './harness';

const NORMAL = 'https://x.com/cafeboreal/status/1850000000000000001';
const HOSTILE = 'https://x.com/cafeboreal/status/1860000000000000001';
const BOX = '[data-testid="tweetTextarea_0"]';

/** Size and visibility of our hosts, as the page lays them out. */
async function boxOf(page: Page, selector: string) {
  const loc = page.locator(selector).first();
  const box = await loc.boundingBox();
  const fontSize = await loc.evaluate((host) => {
    const inner = host.shadowRoot!.querySelector('button, .ck-a') as Element;
    return getComputedStyle(inner).fontSize;
  });
  return { width: Math.round(box!.width), height: Math.round(box!.height), fontSize, visible: await loc.isVisible() };
}

describe('hostile pages: nothing executes, text stays text, our UI keeps its size', () => {
  let ext: Launched;

  beforeAll(async () => {
    ext = await launchWithExtension();
    await ext.context.route(/^https:\/\/x\.com\//, (route) => {
      const file = route.request().url().includes('/status/186') ? 'demo/pages/x-hostile.html' : 'demo/pages/x-status.html';
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', path: file });
    });
    const setup = await openExtensionPage(ext, 'popup.html');
    expect(await sendFromPage(setup, { type: 'demo.seed' })).toMatchObject({ ok: true });
    await setup.close();
  });
  afterAll(async () => ext?.close());

  it('detection, chip, panel, suggestion and insertion of hostile comments execute nothing and render no markup', async () => {
    const x = await ext.context.newPage();
    await x.goto(HOSTILE);
    await x.locator('cocktail-chip').nth(2).waitFor({ state: 'attached', timeout: 10_000 });
    expect(await x.locator('cocktail-chip').count()).toBe(3);
    // The chips carry author names in their title and label: as attribute text, never as elements.
    const chipMarkup = await x.locator('cocktail-chip').evaluateAll((hosts) =>
      hosts.map((h) => [...h.shadowRoot!.querySelectorAll('*')].filter((e) => !['STYLE', 'BUTTON', 'SPAN'].includes(e.tagName) || [...e.attributes].some((a) => a.name.startsWith('on'))).length));
    expect(chipMarkup).toEqual([0, 0, 0]);
    expect(await x.locator('cocktail-chip button').nth(2).getAttribute('title')).toContain('<b onmouseover=');
    for (let i = 0; i < 3; i++) {
      await x.locator('cocktail-chip').nth(i).locator('button').click();
      const panel = x.locator('cocktail-panel');
      await expect.poll(() => panel.getByTestId('assistant-suggestion').count(), { timeout: 10_000 }).toBe(3);
      // Page strings are text in our shadow root: no element came from them, and links are http(s) only.
      const inside = await panel.evaluate((host) => {
        const root = host.shadowRoot!;
        return {
          markup:
            root.querySelectorAll('img, svg, script, iframe').length +
            [...root.querySelectorAll('*')].filter((e) => [...e.attributes].some((a) => a.name.startsWith('on'))).length,
          hrefs: [...root.querySelectorAll('a')].map((a) => a.getAttribute('href')),
          text: root.textContent,
          suggestion: root.querySelector('.ck-a-text')!.textContent,
        };
      });
      expect(inside.markup).toBe(0);
      for (const href of inside.hrefs) expect(href).toMatch(/^https?:\/\//);
      expect(inside.text).toMatch(/<img src=x onerror|<svg onload|<b onmouseover|javascript:/);
      await x.locator(BOX).evaluate((b) => (b.textContent = ''));
      await panel.getByRole('button', { name: /Insérer la réponse 1/ }).click();
      await expect.poll(() => panel.getByTestId('assistant-status').textContent(), { timeout: 10_000 }).toMatch(/insérée/);
      expect(await x.locator(BOX).innerText()).toBe(inside.suggestion);
      expect(await x.locator(BOX).evaluate((b) => b.querySelectorAll('img, svg, b, a, script').length)).toBe(0);
      await x.keyboard.press('Escape');
    }
    // A last chance for late handlers (onerror fires asynchronously) to run.
    await x.waitForTimeout(300);
    expect(await x.evaluate(() => (window as any).__p)).toBeUndefined();
    await x.close();
  });

  it('page CSS (*:not(known){display:none!important}, html{font-size:6px}) does not change our chip or panel', async () => {
    const normal = await ext.context.newPage();
    await normal.goto(NORMAL);
    await normal.locator('cocktail-chip').first().waitFor({ timeout: 10_000 });
    const hostile = await ext.context.newPage();
    await hostile.goto(HOSTILE);
    await hostile.locator('cocktail-chip').first().waitFor({ state: 'attached', timeout: 10_000 });

    const chipNormal = await boxOf(normal, 'cocktail-chip');
    const chipHostile = await boxOf(hostile, 'cocktail-chip');
    expect(chipHostile.visible).toBe(true);
    expect(chipHostile.height).toBe(chipNormal.height);
    expect(chipHostile.fontSize).toBe(chipNormal.fontSize);
    expect(chipHostile.height).toBeGreaterThanOrEqual(18);

    await normal.locator('cocktail-chip button').first().click();
    await hostile.locator('cocktail-chip button').first().click();
    const panelNormal = await boxOf(normal, 'cocktail-panel');
    const panelHostile = await boxOf(hostile, 'cocktail-panel');
    expect(panelHostile.visible).toBe(true);
    expect(panelHostile.width).toBe(panelNormal.width);
    expect(panelHostile.width).toBe(380);
    expect(panelHostile.fontSize).toBe('13px');
    expect(panelHostile.height).toBeGreaterThan(200);
    await normal.close();
    await hostile.close();
  });

  it('chip and panel follow a dark page', async () => {
    const x = await ext.context.newPage();
    await x.goto(`${HOSTILE}?dark`);
    const chip = x.locator('cocktail-chip').first();
    await chip.waitFor({ state: 'attached', timeout: 10_000 });
    expect(await chip.getAttribute('data-scheme')).toBe('dark');
    expect(await chip.locator('button').evaluate((b) => getComputedStyle(b).backgroundColor)).toBe('rgb(31, 38, 48)');
    await chip.locator('button').click();
    const panel = x.locator('cocktail-panel');
    expect(await panel.getByTestId('assistant-panel').getAttribute('data-scheme')).toBe('dark');
    expect(await panel.getByTestId('assistant-panel').evaluate((p) => getComputedStyle(p).backgroundColor)).toBe('rgb(26, 32, 41)');
    await x.close();
  });

  it('a page that removes our chips gets each back once, not in a loop', async () => {
    const x = await ext.context.newPage();
    await x.goto(`${HOSTILE}?remove-chips`);
    await expect.poll(() => x.evaluate(() => (window as any).__chipsAdded), { timeout: 10_000 }).toBe(6); // 3 chips, each mounted twice
    await x.waitForTimeout(1500);
    expect(await x.evaluate(() => (window as any).__chipsAdded)).toBe(6);
    expect(await x.locator('cocktail-chip').count()).toBe(0);
    await x.close();
  });
});
