import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { launchWithExtension, openExtensionPage, routeFile, sendFromPage, type Launched } from './harness';

const SHOTS = 'test-results/screenshots';

describe('the walking skeleton in a real Chromium', () => {
  let ext: Launched;
  let x: Page;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    ext = await launchWithExtension();
    await routeFile(ext.context, /^https:\/\/x\.com\//, 'demo/pages/x-status.html');
    await routeFile(ext.context, /^https:\/\/example\.org\//, 'demo/pages/x-status.html');
    const setup = await openExtensionPage(ext, 'popup.html');
    expect(await sendFromPage(setup, { type: 'demo.seed' })).toMatchObject({ ok: true });
    await setup.close();
  });
  afterAll(async () => ext?.close());

  it('mounts a chip on every initial reply of an X status page', async () => {
    x = await ext.context.newPage();
    await x.goto('https://x.com/cafeboreal/status/1850000000000000001');
    const chips = x.locator('cocktail-chip');
    await expect.poll(() => chips.count(), { timeout: 10_000 }).toBe(4); // 5 replies, one of them the brand's own: no chip on it
    await expect.poll(() => x.locator('cocktail-chip button').first().textContent()).toMatch(/Question/);
  });

  it('mounts chips on replies added later, without duplicates', async () => {
    await x.getByRole('button', { name: 'Afficher plus de réponses' }).click();
    await expect.poll(() => x.locator('cocktail-chip').count(), { timeout: 10_000 }).toBe(7);
    await x.screenshot({ path: `${SHOTS}/x-status.png`, fullPage: true });
  });

  it('items reach IndexedDB and the popup count', async () => {
    const popup = await openExtensionPage(ext, 'popup.html');
    // 7 replies by others are logged (the brand's own is not); Sarah's complaint is answered, so 6 wait.
    await expect.poll(async () => {
      await popup.reload();
      return popup.getByTestId('open-count').textContent({ timeout: 5000 });
    }, { timeout: 15_000 }).toBe('6');
    await expect(popup.getByRole('heading', { name: 'Café Boréal' }).isVisible()).resolves.toBe(true);
    await popup.screenshot({ path: `${SHOTS}/popup.png` });
    await popup.close();
  });

  it('the dashboard and the side panel open with their navigation', async () => {
    const dash = await openExtensionPage(ext, 'dashboard.html');
    await expect.poll(() => dash.getByRole('navigation').getByRole('link').count()).toBeGreaterThanOrEqual(7);
    await dash.screenshot({ path: `${SHOTS}/dashboard.png` });
    const side = await openExtensionPage(ext, 'sidepanel.html');
    await expect.poll(() => side.getByTestId('open-count').count()).toBe(1);
    await dash.close();
    await side.close();
  });

  it('a page that is not a supported platform gets no content script', async () => {
    const other = await ext.context.newPage();
    await other.goto('https://example.org/cafeboreal/status/1850000000000000001');
    await other.waitForTimeout(1500);
    expect(await other.locator('article[data-testid="tweet"]').count()).toBe(6);
    expect(await other.locator('cocktail-chip').count()).toBe(0);
    await other.close();
  });

  it('makes no network request at all while no AI tier is on', async () => {
    // Every http(s) request not served from a fixture is recorded: the extension made none.
    expect(ext.requests).toEqual([]);
    // Control: a request the recorder must see does show up.
    const page = await ext.context.newPage();
    await page.goto('https://x.com/cafeboreal/status/1850000000000000001');
    await page.evaluate(() => fetch('https://tracker.invalid/ping').catch(() => null));
    expect(ext.requests).toEqual(['https://tracker.invalid/ping']);
    await page.close();
  });
});
