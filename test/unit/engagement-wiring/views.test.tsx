import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openDb, type Db } from '../../../lib/store/db';
import { engagementItemSchema, type EngagementItem } from '../../../lib/store/schemas/engagement';
import { calendarPostSchema } from '../../../lib/store/schemas/post';
import { demoBrand } from '../../../lib/store/demo';
import { QueuePanel } from '../../../components/engagement-section/QueuePanel';
import { EngagementSection } from '../../../components/engagement-section/EngagementSection';
import { writeCachedReport } from '../../../lib/store/report-cache';
import { filterLog } from '../../../components/engagement/log-filter';

const NOW = Date.now();
const minutesAgo = (m: number) => new Date(NOW - m * 60_000).toISOString();
let n = 0;
let root: HTMLElement;

/** Stored items written by hand, with their derived fields as the schema expects them together. */
function stored(id: string, over: Partial<EngagementItem> = {}): EngagementItem {
  return engagementItemSchema.parse({
    id: `x:${id}`, platform: 'x', nativeId: id, kind: 'comment', author: { name: `Auteur ${id}` }, text: `texte ${id}`,
    firstSeenAt: minutesAgo(600), lastSeenAt: minutesAgo(600), open: 1, ...over,
  });
}

const SAMPLE = () => [
  stored('praise', { intent: 'praise', firstSeenAt: minutesAgo(900), text: 'Super café à Québec' }),
  stored('q', { intent: 'question', queueRank: 0, firstSeenAt: minutesAgo(30), text: 'Ouvert dimanche?', permalink: 'https://x.com/a/status/1' }),
  stored('c', { intent: 'complaint', queueRank: 0, firstSeenAt: minutesAgo(90), text: 'Café froid, déçue', platform: 'instagram', id: 'instagram:c' }),
  // Answered 30 min after it was posted, from the platform's own times.
  stored('done', {
    intent: 'question', state: 'replied', open: 0, postedAt: minutesAgo(300), firstSeenAt: minutesAgo(290), brandReplyAt: minutesAgo(270),
    answerSeenAt: minutesAgo(260), answeredAt: minutesAgo(270), responseMs: 30 * 60_000, responseSource: 'platform', repliedByBrand: true,
  }),
];

async function seeded(items: EngagementItem[]): Promise<Db> {
  const db = await openDb({ name: `views-${n++}` });
  for (const i of items) await db.put('engagement', i);
  return db;
}


beforeEach(() => {
  fakeBrowser.reset();
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
  vi.restoreAllMocks();
});

describe('log filter', () => {
  it('filters by platform, waiting state, intent and accent-free words, newest first', () => {
    const items = SAMPLE();
    expect(filterLog(items, {}).map((i) => i.id)).toEqual(['x:q', 'instagram:c', 'x:done', 'x:praise']);
    const late = { ...items[0], id: 'x:late', firstSeenAt: minutesAgo(1), postedAt: minutesAgo(1000) };
    expect(filterLog([...items, late], {}).map((i) => i.id).at(-1)).toBe('x:late'); // posted first, seen last
    expect(filterLog(items, { state: 'open' }).map((i) => i.id)).toEqual(['x:q', 'instagram:c', 'x:praise']);
    expect(filterLog(items, { platform: 'instagram' }).map((i) => i.id)).toEqual(['instagram:c']);
    expect(filterLog(items, { intent: 'question', state: 'replied' }).map((i) => i.id)).toEqual(['x:done']);
    expect(filterLog(items, { search: 'CAFE quebec' }).map((i) => i.id)).toEqual(['x:praise']);
    expect(filterLog(items, { search: 'DECUE' }).map((i) => i.id)).toEqual(['instagram:c']);
  });
});

describe('popup queue panel', () => {
  it('shows open items, complaints and questions first, and one click goes to the background', async () => {
    const db = await seeded(SAMPLE());
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (msg: { id: string }) => {
      await db.put('engagement', { ...(await db.get('engagement', msg.id)), state: 'liked', likedAt: new Date().toISOString() });
      return { ok: true, data: true };
    }) as never);
    const changed = vi.fn();
    render(<QueuePanel db={db} lang="fr" onChanged={changed} />, root);
    await vi.waitFor(() => expect(root.querySelectorAll('li.ck-eng-item').length).toBe(3));
    expect([...root.querySelectorAll('li.ck-eng-item')].map((li) => li.getAttribute('data-id'))).toEqual(['instagram:c', 'x:q', 'x:praise']);
    const link = root.querySelector<HTMLAnchorElement>('li[data-id="x:q"] a')!;
    expect([link.href, link.target, link.rel]).toEqual(['https://x.com/a/status/1', '_blank', 'noopener noreferrer']);
    const like = [...root.querySelectorAll<HTMLButtonElement>('li[data-id="x:q"] button')].find((b) => b.textContent === 'J’aime' || b.textContent === 'J’ai aimé')!;
    like.click();
    await vi.waitFor(() => expect(changed).toHaveBeenCalled());
    expect(send).toHaveBeenCalledWith({ type: 'item.setState', id: 'x:q', state: 'liked' });
    await vi.waitFor(() => expect(root.querySelector('li[data-id="x:q"] .ck-eng-checklist .ck-eng-done')?.textContent).toContain('Aimer'));
    db.close();
  });

  it('an open side panel shows new items when the background says the log changed', async () => {
    const db = await seeded(SAMPLE());
    render(<QueuePanel db={db} lang="fr" surface="sidepanel" />, root);
    await vi.waitFor(() => expect(root.querySelectorAll('li.ck-eng-item').length).toBe(3));
    await db.put('engagement', stored('new-q', { intent: 'complaint', queueRank: 0, firstSeenAt: minutesAgo(1) }));
    await fakeBrowser.storage.session.set({ engagementChanged: Date.now() });
    await vi.waitFor(() => expect(root.querySelectorAll('li.ck-eng-item').length).toBe(4));
    db.close();
  });

  it('a refused state change is said, not hidden', async () => {
    const db = await seeded(SAMPLE());
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ ok: false, error: 'failed' } as never);
    render(<QueuePanel db={db} lang="en" />, root);
    await vi.waitFor(() => expect(root.querySelector('li[data-id="x:q"]')).not.toBeNull());
    root.querySelector<HTMLButtonElement>('li[data-id="x:q"] .ck-eng-actions button')!.click();
    await vi.waitFor(() => expect(root.querySelector('[role="alert"]')?.textContent).toBe('The state could not be saved. Try again.'));
    db.close();
  });
});

describe('dashboard engagement section', () => {
  const brand = () => demoBrand(new Date(NOW)); // objective: answer within 2 h on X, Instagram, Facebook

  it('shows the metrics against the brand target, the log, and exports CSV as a file', async () => {
    const db = await seeded(SAMPLE());
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => (blobs.push(b as Blob), 'blob:test'));
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    render(<EngagementSection db={db} brand={brand()} lang="fr" />, root);
    await vi.waitFor(() => expect(root.querySelector('[aria-busy="false"]')).not.toBeNull());
    const figure = (label: string) =>
      [...root.querySelectorAll('.ck-eng-figure')].find((f) => f.querySelector('dt')?.textContent === label)?.querySelector('.ck-stat')?.textContent;
    expect(figure('Médiane')).toBe('30 min');
    // One answer within 2 h; the praise waiting 15 h is already a miss; the complaint 90 min old is not judged yet.
    expect(figure('Dans la cible de 2 h')?.replace(/\s/g, ' ')).toBe('50 %');
    expect(figure('En attente')).toBe('3');
    expect(root.querySelector('[data-testid="log-count"]')!.textContent).toBe('4 sur 4 éléments');
    expect(root.querySelector('tr[data-id="x:done"] [data-source]')!.textContent).toBe('heures de la plateforme');

    [...root.querySelectorAll('button')].find((b) => b.textContent === 'Exporter le journal (CSV)')!.click();
    expect(blobs).toHaveLength(1);
    const csv = await blobs[0].text();
    expect(csv.split('\r\n')).toHaveLength(6); // header, 4 items, final line end
    expect(csv).toContain('Café froid, déçue');
    expect(root.textContent).toMatch(/Fichier cocktail-journal-\d{4}-\d\d-\d\d\.csv prêt/);
    db.close();
  });

  it('shows the last report at once, dated, then the fresh figures', async () => {
    const db = await seeded(SAMPLE());
    const old = { now: '2026-01-01T12:00:00.000Z', overall: { key: 'all', items: 99, answered: 0, timed: 0, fromPlatform: 0, fromExtension: 0, open: 99, mentions: { total: 0, done: 0 }, shares: { total: 0, done: 0 } }, byPlatform: [], byWeek: [], byIntent: [], openAges: [0, 0, 0, 0, 0, 99] };
    await writeCachedReport(brand().id, old);
    const seen: string[] = [];
    const observer = new MutationObserver(() => seen.push(root.textContent ?? ''));
    observer.observe(root, { childList: true, subtree: true, characterData: true });
    render(<EngagementSection db={db} brand={brand()} lang="en" />, root);
    await vi.waitFor(() => expect(root.querySelector('[aria-busy="false"]')).not.toBeNull());
    observer.disconnect();
    // First the stored report, dated (its 99 waiting items), then the figures of the 4 items in the store.
    const cachedView = seen.find((t) => t.includes('Figures as of'));
    expect(cachedView).toContain('99');
    expect(root.textContent).not.toContain('Figures as of');
    const cachedItems = async () => ((await fakeBrowser.storage.local.get('engagementReport')).engagementReport as { report: { overall: { items: number } } }).report.overall.items;
    await vi.waitFor(async () => expect(await cachedItems()).toBe(4));
    db.close();
  });

  it('post performance compares each post with the calendar entry it came from', async () => {
    const db = await seeded([]);
    await db.put('posts', calendarPostSchema.parse({ id: 'cal-1', brandId: brand().id, date: '2026-11-24T13:00:00.000Z', text: 'Nouveau latte à l’érable', updatedAt: new Date(NOW).toISOString() }));
    for (const [at, likes] of [['2026-11-24T14:00:00.000Z', 3], ['2026-11-24T18:00:00.000Z', 9], ['2026-11-25T18:00:00.000Z', 15]] as const) {
      await db.put('postStats', { id: `x:1@${at}`, postKey: 'x:1', platform: 'x', nativeId: '1', text: 'Nouveau latte', at, likes, calendarPostId: 'cal-1' });
    }
    render(<EngagementSection db={db} brand={brand()} lang="fr" />, root);
    await vi.waitFor(() => expect(root.querySelector('[data-testid="post-performance"] tr[data-post="x:1"]')?.textContent).toContain('Nouveau latte à l’érable'));
    const row = root.querySelector('tr[data-post="x:1"]')!;
    expect(row.textContent).toContain('+12 depuis le premier relevé');
    expect(row.querySelector('svg polyline')!.getAttribute('points')!.split(' ')).toHaveLength(3);
    db.close();
  });
});
