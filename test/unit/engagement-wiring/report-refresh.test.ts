import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openDb } from '../../../lib/store/db';
import { engagementItemSchema, type EngagementItem } from '../../../lib/store/schemas/engagement';
import { demoBrand } from '../../../lib/store/demo';
import { putItem } from '../../../lib/store/engagement';
import { computeMetrics } from '../../../lib/engagement/metrics';
import { responseTargets } from '../../../lib/engagement/targets';
import { userZone } from '../../../lib/engagement/week-summary';
import { readCachedEntry } from '../../../lib/store/report-cache';
import { coalesce, refreshReport } from '../../../entrypoints/background/engagement-report';

const NOW = new Date('2026-11-20T15:00:00.000Z');
const hoursAgo = (h: number) => new Date(NOW.getTime() - h * 3_600_000).toISOString();
let n = 0;

function item(id: string, over: Partial<EngagementItem> = {}): EngagementItem {
  return engagementItemSchema.parse({
    id: `x:${id}`, platform: 'x', nativeId: id, kind: 'comment', author: { name: id }, text: id,
    firstSeenAt: hoursAgo(30), lastSeenAt: hoursAgo(30), open: 1, ...over,
  });
}

const LOG = () => [
  item('open-q', { intent: 'question', queueRank: 0, firstSeenAt: hoursAgo(5) }),
  item('old-open', { intent: 'complaint', queueRank: 0, firstSeenAt: hoursAgo(200), platform: 'instagram', id: 'instagram:old-open' }),
  item('fast', { intent: 'question', state: 'replied', open: 0, postedAt: hoursAgo(10), firstSeenAt: hoursAgo(9), brandReplyAt: hoursAgo(9.5),
    answerSeenAt: hoursAgo(9), answeredAt: hoursAgo(9.5), responseMs: 1_800_000, responseSource: 'platform', repliedByBrand: true }),
  item('slow', { intent: 'praise', state: 'replied', open: 0, firstSeenAt: hoursAgo(40), answerSeenAt: hoursAgo(30), answeredAt: hoursAgo(30),
    responseMs: 36_000_000, responseSource: 'extension' }),
];

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.useRealTimers());

describe('the metrics the background keeps for the dashboard', () => {
  it('are the metrics of the whole log, for the active brand and its targets', async () => {
    const db = await openDb({ name: `report-${n++}` });
    const brand = demoBrand(NOW);
    await db.put('brands', brand);
    const log = LOG();
    for (const i of log) await putItem(db, i);
    expect(await refreshReport(db, NOW)).toBe(true);
    const entry = await readCachedEntry();
    expect(entry?.brandId).toBe(brand.id);
    // The item-by-item computation the summaries replace is the reference.
    expect(entry?.report).toEqual(computeMetrics(log, { now: NOW, targets: responseTargets(brand), timeZone: userZone() }));
    expect(entry?.report.overall).toMatchObject({ items: 4, open: 2, answered: 2, fromPlatform: 1 });

    // A later change to the log shows in the next refresh.
    await putItem(db, { ...log[0], state: 'dismissed', open: 0 });
    await refreshReport(db, NOW);
    expect((await readCachedEntry())?.report.overall.open).toBe(1);
    db.close();
  });

  it('are not written before there is a brand', async () => {
    const db = await openDb({ name: `report-${n++}` });
    expect(await refreshReport(db, NOW)).toBe(false);
    expect(await readCachedEntry()).toBeUndefined();
    db.close();
  });

  it('are recomputed once for a burst of changes, and again for a change made after that run started', async () => {
    vi.useFakeTimers();
    const run = vi.fn(async () => {});
    const changed = coalesce(run, 2000);
    for (let i = 0; i < 20; i++) changed();
    await vi.advanceTimersByTimeAsync(1999);
    expect(run).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(run).toHaveBeenCalledTimes(1);
    changed();
    await vi.advanceTimersByTimeAsync(2000);
    expect(run).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(run).toHaveBeenCalledTimes(2);
  });

  it('a failed run is reported and does not stop the next one', async () => {
    vi.useFakeTimers();
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const run = vi.fn().mockRejectedValueOnce(new Error('closed')).mockResolvedValue(undefined);
    const changed = coalesce(run, 100);
    changed();
    await vi.advanceTimersByTimeAsync(100);
    expect(error).toHaveBeenCalledTimes(1);
    changed();
    await vi.advanceTimersByTimeAsync(100);
    expect(run).toHaveBeenCalledTimes(2);
  });
});
