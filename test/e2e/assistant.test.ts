import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, openExtensionPage, routeFile, sendFromPage, type Launched } from './harness';

const STATUS = 'https://x.com/cafeboreal/status/1850000000000000001';
const BOX = '[data-testid="tweetTextarea_0"]';

/** The tab id the background knows for the X page (its health report key in storage.session). */
async function xTabId(ext: Launched): Promise<number> {
  const page = await openExtensionPage(ext, 'popup.html');
  let id = NaN;
  await expect
    .poll(async () => {
      const all = (await page.evaluate(() => (globalThis as any).chrome.storage.session.get(null))) as Record<string, unknown>;
      const key = Object.keys(all).find((k) => /^health:\d+$/.test(k));
      id = key ? Number(key.slice(7)) : NaN;
      return Number.isInteger(id);
    }, { timeout: 15_000 })
    .toBe(true);
  await page.close();
  return id;
}

describe('the on-page assistant on the X demo page, in Chromium', () => {
  let ext: Launched;
  let x: Page;

  beforeAll(async () => {
    ext = await launchWithExtension();
    await routeFile(ext.context, /^https:\/\/x\.com\//, 'demo/pages/x-status.html');
    await ext.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://x.com' });
    const setup = await openExtensionPage(ext, 'popup.html');
    expect(await sendFromPage(setup, { type: 'demo.seed' })).toMatchObject({ ok: true });
    await setup.close();
    x = await ext.context.newPage();
    await x.goto(STATUS);
    await x.locator('cocktail-chip').nth(3).waitFor({ state: 'attached', timeout: 10_000 });
  });
  afterAll(async () => ext?.close());

  it('the chip is a keyboard-reachable button with intent and state, in French', async () => {
    const julie = x.locator('article', { hasText: 'Julie Tremblay' }).locator('cocktail-chip button');
    await expect.poll(() => julie.textContent()).toMatch(/Question.*nouveau/);
    const marc = x.locator('article', { hasText: 'Marc Gagnon' }).locator('cocktail-chip button');
    await expect.poll(() => marc.textContent()).toMatch(/aimé/); // liked on the page (data-testid="unlike")
    await julie.focus();
    await x.keyboard.press('Enter');
    await expect.poll(() => x.locator('cocktail-panel').count()).toBe(1);
    expect(await julie.getAttribute('aria-expanded')).toBe('true');
    await x.keyboard.press('Escape');
    await expect.poll(() => x.locator('cocktail-panel').count()).toBe(0);
  });

  it('chip -> panel: language, intent, sentiment, three linted suggestions and the checklist', async () => {
    await x.locator('article', { hasText: 'Marc Gagnon' }).locator('cocktail-chip button').click();
    const panel = x.locator('cocktail-panel');
    await expect.poll(() => panel.getByTestId('assistant-suggestion').count(), { timeout: 10_000 }).toBe(3);
    expect(await panel.getByTestId('assistant-language').textContent()).toMatch(/français/);
    expect(await panel.getByTestId('assistant-intent').textContent()).toMatch(/Éloge/);
    expect(await panel.getByTestId('assistant-sentiment').textContent()).toMatch(/positif/);
    for (const lint of await panel.getByTestId('assistant-suggestion').evaluateAll((els) => els.map((e) => e.getAttribute('data-lint'))))
      expect(['ok', 'warn', 'error']).toContain(lint);
    // Marc's reply is liked on the page: "like" ticked, "answer" not.
    const steps = await panel.getByTestId('assistant-checklist').locator('li').evaluateAll((els) =>
      els.map((e) => `${e.getAttribute('data-step')}:${e.getAttribute('data-done')}`));
    expect(steps).toEqual(['like:true', 'answer:false']);
    await x.keyboard.press('Escape');
  });

  it('Insert opens the reply box and puts the suggestion in it; nothing is clicked but Reply', async () => {
    await x.evaluate(() => {
      (window as any).__clicks = [];
      document.addEventListener('click', (e) => (window as any).__clicks.push((e.target as Element).getAttribute('data-testid')), true);
    });
    await x.locator('article', { hasText: 'Julie Tremblay' }).locator('cocktail-chip button').click();
    const panel = x.locator('cocktail-panel');
    await expect.poll(() => panel.getByTestId('assistant-suggestion').count(), { timeout: 10_000 }).toBe(3);
    const text = (await panel.getByTestId('assistant-suggestion').first().locator('.ck-a-text').textContent())!;
    expect(text.length).toBeGreaterThan(10);
    await panel.getByRole('button', { name: /Insérer la réponse 1/ }).click();
    await expect.poll(() => panel.getByTestId('assistant-status').textContent(), { timeout: 10_000 }).toMatch(/insérée/);
    expect(await x.locator(BOX).innerText()).toBe(text);
    const clicks = (await x.evaluate(() => (window as any).__clicks)) as Array<string | null>;
    expect(clicks.filter((c) => c !== null)).toEqual(['reply']); // the reply button only: never like, never send
  });

  it('Copy puts the suggestion on the clipboard; Escape closes and focus returns to the chip', async () => {
    const panel = x.locator('cocktail-panel');
    const second = (await panel.getByTestId('assistant-suggestion').nth(1).locator('.ck-a-text').textContent())!;
    await panel.getByRole('button', { name: /Copier la réponse 2/ }).click();
    await expect.poll(() => panel.getByTestId('assistant-status').textContent()).toMatch(/copiée/);
    expect(await x.evaluate(() => navigator.clipboard.readText())).toBe(second);
    await x.keyboard.press('Escape');
    await expect.poll(() => x.locator('cocktail-panel').count()).toBe(0);
    const focused = await x.evaluate(() => {
      const host = document.activeElement;
      return host?.localName === 'cocktail-chip' ? host.closest('article')?.textContent?.includes('Julie Tremblay') && host.shadowRoot?.activeElement?.localName : null;
    });
    expect(focused).toBe('button');
  });

  it('key presses inside the panel never reach the page (X likes on "l")', async () => {
    await x.evaluate(() => {
      (window as any).__keys = 0;
      document.addEventListener('keydown', () => (window as any).__keys++);
    });
    await x.locator('article', { hasText: 'Julie Tremblay' }).locator('cocktail-chip button').click();
    await x.keyboard.press('l');
    await x.keyboard.press('Escape');
    expect(await x.evaluate(() => (window as any).__keys)).toBe(0);
  });

  it('a state button records the state and the chip follows', async () => {
    const chip = x.locator('article', { hasText: 'Tom Becker' });
    await x.getByRole('button', { name: 'Afficher plus de réponses' }).click();
    await expect.poll(() => chip.locator('cocktail-chip').count(), { timeout: 10_000 }).toBe(1);
    await x.waitForTimeout(1500); // the batch of seen items reaches the log
    await chip.locator('cocktail-chip button').click();
    const panel = x.locator('cocktail-panel');
    await panel.getByRole('button', { name: 'Aimé', exact: true }).click();
    await expect.poll(() => panel.getByTestId('assistant-status').textContent()).toMatch(/État enregistré/);
    expect(await panel.locator('[data-step="like"]').getAttribute('data-done')).toBe('true');
    await expect.poll(() => chip.locator('cocktail-chip button').textContent()).toMatch(/aimé/);
    await x.keyboard.press('Escape');
  });

  it('a page-dispatched Alt+Shift+R does nothing; the command, sent as the background sends it, opens the comment in view', async () => {
    await x.evaluate(() => {
      for (const type of ['keydown', 'keyup'])
        document.body.dispatchEvent(new KeyboardEvent(type, { key: 'R', code: 'KeyR', altKey: true, shiftKey: true, bubbles: true }));
    });
    await x.waitForTimeout(300);
    expect(await x.locator('cocktail-panel').count()).toBe(0);
    // chrome.commands cannot be pressed headless: the background's runCommand is unit-tested
    // (test/unit/assistant/command.test.ts); here its message goes to the tab as it would.
    const tabId = await xTabId(ext);
    await x.locator('article', { hasText: 'Sarah Miller' }).scrollIntoViewIfNeeded();
    await x.evaluate(() => {
      const a = [...document.querySelectorAll('article')].find((e) => e.textContent!.includes('Sarah Miller'))!;
      window.scrollBy(0, a.getBoundingClientRect().top + a.getBoundingClientRect().height / 2 - innerHeight / 2);
    });
    const page = await openExtensionPage(ext, 'popup.html');
    const reply = await page.evaluate((id) => (globalThis as any).chrome.tabs.sendMessage(id, { type: 'assistant.openInView' }), tabId);
    expect(reply).toMatchObject({ ok: true, nativeId: '1850000000000000004' });
    await page.close();
    await expect.poll(() => x.locator('cocktail-panel h2').textContent()).toBe('Sarah Miller');
    await x.locator('cocktail-panel').getByRole('button', { name: 'Fermer' }).click();
  });

  it('the popup shows the same panel for the comment last opened on the page', async () => {
    const popup = await openExtensionPage(ext, 'popup.html');
    const cc = popup.getByTestId('current-comment');
    await expect.poll(() => cc.getByTestId('assistant-suggestion').count(), { timeout: 10_000 }).toBe(3);
    expect(await cc.locator('h2.ck-a-author').textContent()).toBe('Sarah Miller');
    await popup.close();
  });

  it('the popup picks a comment from the queue; away from its page only Copy is offered', async () => {
    const popup = await openExtensionPage(ext, 'popup.html');
    const queue = popup.getByTestId('queue-items');
    await expect.poll(() => queue.getByRole('button').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await queue.getByRole('button', { name: /Nadia Roy|Julie Tremblay/ }).first().click();
    const cc = popup.getByTestId('current-comment');
    await expect.poll(() => cc.locator('h2.ck-a-author').textContent()).toMatch(/Nadia Roy|Julie Tremblay/);
    expect(await cc.getByTestId('assistant-suggestion').count()).toBe(3);
    expect(await cc.getByRole('button', { name: /Insérer/ }).count()).toBe(0);
    expect(await cc.getByRole('button', { name: /Copier la réponse 1/ }).count()).toBe(1);
    await popup.close();
  });

  it('side-panel mode: nothing on the page; the side panel lists the items and inserts through the tab', async () => {
    const setup = await openExtensionPage(ext, 'popup.html');
    expect(await sendFromPage(setup, { type: 'settings.save', settings: { id: 'settings', onPageMode: { x: 'sidepanel' } } })).toMatchObject({ ok: true });
    await setup.close();
    await x.reload();
    await x.waitForTimeout(2000);
    expect(await x.locator('cocktail-chip').count()).toBe(0);
    expect(await x.locator('cocktail-panel').count()).toBe(0);
    await x.locator(BOX).evaluate((b) => (b.textContent = ''));
    const tabId = await xTabId(ext);
    const side = await openExtensionPage(ext, `sidepanel.html?tab=${tabId}`);
    const list = side.getByTestId('page-items');
    await expect.poll(() => list.getByRole('button').count(), { timeout: 10_000 }).toBe(4);
    await list.getByRole('button', { name: /Julie Tremblay/ }).click();
    const cc = side.getByTestId('current-comment');
    await expect.poll(() => cc.locator('h2.ck-a-author').textContent()).toBe('Julie Tremblay');
    const text = (await cc.getByTestId('assistant-suggestion').first().locator('.ck-a-text').textContent())!;
    await cc.getByRole('button', { name: /réponse 1 dans/ }).click();
    await expect.poll(() => cc.getByTestId('assistant-status').textContent(), { timeout: 10_000 }).toMatch(/insérée/);
    expect(await x.locator(BOX).innerText()).toBe(text);
    expect(await x.locator('cocktail-chip, cocktail-panel').count()).toBe(0);
    // Replies that arrive later show after a refresh of the list.
    await x.getByRole('button', { name: 'Afficher plus de réponses' }).click();
    await expect.poll(async () => {
      await side.getByRole('button', { name: 'Actualiser la liste de la page' }).click();
      return list.getByRole('button').count();
    }, { timeout: 10_000 }).toBe(7);
    expect(await x.locator('cocktail-chip, cocktail-panel').count()).toBe(0);
    await side.close();
  });
});
