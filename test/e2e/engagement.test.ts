import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { launchWithExtension, openExtensionPage, routeFile, sendFromPage, type Launched } from './harness';

const STATUS = 'https://x.com/cafeboreal/status/1850000000000000001';
const SARAH = 'x:1850000000000000004';
const JULIE = 'x:1850000000000000002';

interface StoredItem {
  id: string;
  lastSeenAt: string;
  state: string;
  open: number;
  intent: string;
  responseSource?: string;
  responseMs?: number;
  brandReplyAt?: string;
  likedAt?: string;
  answeredAt?: string;
}

/** The engagement store as the extension wrote it, read from one of its pages. */
async function storedItems(page: Page): Promise<StoredItem[]> {
  return page.evaluate(
    () =>
      new Promise<StoredItem[]>((resolve, reject) => {
        const open = indexedDB.open('cocktail');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction('engagement').objectStore('engagement').getAll();
          req.onsuccess = () => {
            open.result.close();
            resolve(req.result as StoredItem[]);
          };
          req.onerror = () => reject(req.error);
        };
      }),
  );
}

async function badge(ext: Launched): Promise<string> {
  const worker = ext.context.serviceWorkers()[0];
  return worker.evaluate(() => (globalThis as any).chrome.action.getBadgeText({}));
}

describe('engagement log, queue and metrics in Chromium', () => {
  let ext: Launched;
  let x: Page;
  let store: Page;

  beforeAll(async () => {
    ext = await launchWithExtension();
    await routeFile(ext.context, /^https:\/\/x\.com\//, 'demo/pages/x-status.html');
    store = await openExtensionPage(ext, 'popup.html');
    expect(await sendFromPage(store, { type: 'demo.seed' })).toMatchObject({ ok: true });
    x = await ext.context.newPage();
    await x.goto(STATUS);
    await x.locator('cocktail-chip').nth(3).waitFor({ state: 'attached', timeout: 10_000 });
    await x.getByRole('button', { name: 'Afficher plus de réponses' }).click();
  });
  afterAll(async () => ext?.close());

  it('items from the X page land once, and a reload adds no duplicate', async () => {
    // 7 replies by others; the brand's post and its own reply are not logged.
    await expect.poll(async () => (await storedItems(store)).length, { timeout: 15_000 }).toBe(7);
    const first = await storedItems(store);
    const before = first.map((i) => i.id).sort();
    const seenAt = first.find((i) => i.id === JULIE)!.lastSeenAt;
    await x.reload();
    await x.locator('cocktail-chip').nth(3).waitFor({ state: 'attached', timeout: 10_000 });
    await x.getByRole('button', { name: 'Afficher plus de réponses' }).click();
    await expect.poll(() => x.locator('cocktail-chip').count(), { timeout: 10_000 }).toBe(7);
    // Seen again (the merge ran: lastSeenAt moved), still one record each.
    await expect.poll(async () => (await storedItems(store)).find((i) => i.id === JULIE)!.lastSeenAt > seenAt, { timeout: 10_000 }).toBe(true);
    await x.waitForTimeout(500);
    expect((await storedItems(store)).map((i) => i.id).sort()).toEqual(before);
    expect(new Set(before).size).toBe(7);
  });

  it('the brand reply on the page marks its parent replied, timed from the platform times', async () => {
    const sarah = (await storedItems(store)).find((i) => i.id === SARAH)!;
    expect(sarah).toMatchObject({ state: 'replied', open: 0, responseSource: 'platform', brandReplyAt: '2026-11-24T16:05:00.000Z' });
    expect(sarah.responseMs).toBe(25 * 60_000); // posted 15:40, answered 16:05 on the page
  });

  it('one click in the popup queue marks an item liked, and answering it lowers the badge', async () => {
    const urgent = (await storedItems(store)).filter((i) => i.open === 1 && (i.intent === 'question' || i.intent === 'complaint')).length;
    expect(urgent).toBeGreaterThan(0);
    await expect.poll(() => badge(ext), { timeout: 10_000 }).toBe(String(urgent));

    const popup = await openExtensionPage(ext, 'popup.html');
    const queue = popup.getByTestId('engagement-queue');
    const julie = queue.locator(`li[data-id="${JULIE}"]`);
    await julie.waitFor({ timeout: 10_000 });
    // Complaints and questions first: the first item of the queue is one of them.
    expect(await queue.locator('li.ck-eng-item').first().getAttribute('data-intent')).toMatch(/question|complaint/);
    await julie.getByRole('button', { name: 'J’ai aimé' }).click();
    await expect.poll(async () => (await storedItems(store)).find((i) => i.id === JULIE)?.state).toBe('liked');
    // A liked question still waits for its answer: it stays in the queue and in the badge, its "like" step done.
    await expect.poll(() => julie.locator('.ck-eng-checklist .ck-eng-done').count()).toBe(1);
    expect(await badge(ext)).toBe(String(urgent));

    await julie.getByRole('button', { name: 'J’ai répondu' }).click();
    await expect.poll(() => badge(ext), { timeout: 10_000 }).toBe(urgent > 1 ? String(urgent - 1) : '');
    await expect.poll(() => queue.locator(`li[data-id="${JULIE}"]`).count()).toBe(0);
    expect((await storedItems(store)).find((i) => i.id === JULIE)).toMatchObject({ state: 'replied', responseSource: 'extension' });
    await popup.close();
  });

  it('the background keeps the dashboard\'s metrics ready: the stored report adds up to the log', async () => {
    const stored = () => store.evaluate(() => (globalThis as any).chrome.storage.local.get('engagementReport').then((r: any) => r.engagementReport));
    // Removed, then written again by the background after the next change to the log (a click: Sarah dismissed).
    await store.evaluate(() => (globalThis as any).chrome.storage.local.remove('engagementReport'));
    const removedAt = Date.now();
    expect(await sendFromPage(store, { type: 'item.setState', id: SARAH, state: 'dismissed' })).toMatchObject({ ok: true });
    await expect.poll(stored, { timeout: 10_000 }).toBeTruthy();
    const items = await storedItems(store);
    const { brandId, report } = await stored();
    expect(brandId).toBe('demo-cafe-boreal');
    expect(Date.parse(report.now)).toBeGreaterThanOrEqual(removedAt - 1000);
    expect(report.overall).toMatchObject({
      items: items.length,
      open: items.filter((i) => i.open === 1).length,
      answered: items.filter((i) => i.answeredAt).length,
      fromPlatform: items.filter((i) => i.responseSource === 'platform').length,
    });
    expect(await sendFromPage(store, { type: 'item.setState', id: SARAH, state: 'replied' })).toMatchObject({ ok: true });
  });

  it('the dashboard metrics show the numbers of the log', async () => {
    const items = await storedItems(store);
    const dash = await openExtensionPage(ext, 'dashboard.html#engagement');
    const section = dash.locator('[data-testid="engagement-section"][aria-busy="false"]');
    await section.waitFor({ timeout: 10_000 });
    const figure = (label: string) => section.locator('.ck-eng-figure', { has: dash.locator('dt', { hasText: label }) }).locator('dd.ck-stat');
    expect(await figure('En attente').textContent()).toBe(String(items.filter((i) => i.open === 1).length));
    expect(await figure('Répondus').textContent()).toBe(String(items.filter((i) => i.state === 'replied').length));
    // Sarah's 25 min from the platform; Julie's answer timed from what the extension saw (her comment's own time).
    expect(await section.getByText(/1 d’après les heures de la plateforme/).count()).toBe(1);
    // The log: every item, filterable.
    expect(await dash.getByTestId('log-count').textContent()).toMatch(new RegExp(`sur ${items.length} éléments`));
    await dash.getByLabel('Intention').selectOption('complaint');
    const complaints = items.filter((i) => i.intent === 'complaint').length;
    await expect.poll(() => dash.getByTestId('log-count').textContent()).toMatch(new RegExp(`sur ${complaints} élément`));
    await dash.close();
  });

  it('the brand post\'s visible counts are recorded and compared with its calendar entry', async () => {
    const planned = { id: 'cal-latte', brandId: 'demo-cafe-boreal', date: '2026-11-24T13:00:00.000Z', platforms: ['x'], status: 'scheduled',
      text: 'Nouveau : le latte à l’érable arrive dans nos trois cafés de Québec. Venez le goûter!', updatedAt: new Date().toISOString() };
    expect(await sendFromPage(store, { type: 'posts.save', posts: [planned] })).toMatchObject({ ok: true });
    // The demo page with X's action-bar labels on the focused post, as X shows them.
    const body = readFileSync('demo/pages/x-status.html', 'utf8')
      .replace("'aria-label': 'Répondre'", "'aria-label': t.focused ? '8 réponses. Répondre' : 'Répondre'")
      .replace("'aria-label': 'Republier'", "'aria-label': t.focused ? '3 republications. Republier' : 'Republier'")
      .replace("'aria-label': t.liked ? 'Je n’aime plus' : 'J’aime'", "'aria-label': t.focused ? '1 234 J’aime. J’aime' : t.liked ? 'Je n’aime plus' : 'J’aime'");
    expect(body).toContain('1 234 J’aime');
    await ext.context.route(/^https:\/\/x\.com\//, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }));
    await x.reload();
    const dash = await openExtensionPage(ext, 'dashboard.html#engagement');
    const row = dash.locator('[data-testid="post-performance"] tr[data-post="x:1850000000000000001"]');
    // The counts land when the page's batch reaches the background; the table shows after the metrics have painted.
    await expect.poll(async () => {
      await dash.reload();
      return row.waitFor({ timeout: 3000 }).then(() => 1, () => 0);
    }, { timeout: 20_000 }).toBe(1);
    const cells = await row.locator('td').allTextContents();
    expect(cells.slice(0, 3).map((c) => c.replace(/\s/g, ' '))).toEqual(['1 234', '8', '3']);
    await expect.poll(() => row.textContent()).toContain('Nouveau : le latte à l’érable arrive');
    await dash.close();
  });
});
