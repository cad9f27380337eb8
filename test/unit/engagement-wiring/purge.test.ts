import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openDb, type Db } from '../../../lib/store/db';
import { engagementItemSchema, type EngagementItem } from '../../../lib/store/schemas/engagement';
import { putSettings, getSettings } from '../../../lib/store/brands';
import { PURGE_ALARM, engagementHandlers, startEngagement } from '../../../entrypoints/background/engagement-handlers';
import type { BackgroundDeps } from '../../../entrypoints/background/handlers';

const NOW = new Date('2026-09-01T12:00:00.000Z');
const daysAgo = (d: number) => new Date(NOW.getTime() - d * 86_400_000).toISOString();
let n = 0;

/** Stored items written by hand: `open` and the state as the schema says they go together. */
function stored(id: string, ageDays: number, over: Partial<EngagementItem> = {}): EngagementItem {
  return engagementItemSchema.parse({
    id: `x:${id}`, platform: 'x', nativeId: id, kind: 'comment', author: { name: 'A' }, text: 't',
    firstSeenAt: daysAgo(ageDays), lastSeenAt: daysAgo(ageDays), state: 'replied', open: 0,
    answerSeenAt: daysAgo(ageDays), answeredAt: daysAgo(ageDays), ...over,
  });
}

async function seeded(items: EngagementItem[]): Promise<Db> {
  const db = await openDb({ name: `purge-${n++}` });
  for (const i of items) await db.put('engagement', i);
  return db;
}

const ids = async (db: Db) => ((await db.getAllKeys('engagement')) as string[]).sort();

function deps(db: Db, badge: number[] = []): BackgroundDeps {
  return {
    db: async () => db,
    session: { get: async () => undefined, set: async () => {} },
    bumpProfile: async () => {},
    setBadge: async (c) => void badge.push(c),
    now: () => NOW,
  };
}

beforeEach(() => fakeBrowser.reset());

describe('retention purge', () => {
  const sample = () => [
    stored('old-closed', 200),
    stored('old-open', 400, { state: 'new', open: 1, answerSeenAt: undefined, answeredAt: undefined, intent: 'complaint', queueRank: 0 }),
    stored('old-liked-comment', 300, { state: 'liked', open: 1, likedAt: daysAgo(300), answerSeenAt: undefined, answeredAt: undefined }),
    stored('young-closed', 10),
    // First seen long ago but answered recently: its last activity is recent, it stays.
    stored('old-seen-recent-answer', 250, { answerSeenAt: daysAgo(5), answeredAt: daysAgo(5) }),
    stored('old-dismissed', 181, { state: 'dismissed', answerSeenAt: undefined, answeredAt: undefined }),
  ];

  it('deletes closed items past the default 180 days and never an open one', async () => {
    const db = await seeded(sample());
    const reply = await engagementHandlers(deps(db))['engagement.purge']!({ type: 'engagement.purge' }, { kind: 'page' });
    expect(reply).toEqual({ deleted: 2 });
    expect(await ids(db)).toEqual(['x:old-liked-comment', 'x:old-open', 'x:old-seen-recent-answer', 'x:young-closed']);
    db.close();
  });

  it('follows settings.retentionDays', async () => {
    const db = await seeded(sample());
    await putSettings(db, { ...(await getSettings(db)), retentionDays: 7 });
    await engagementHandlers(deps(db))['engagement.purge']!({ type: 'engagement.purge' }, { kind: 'page' });
    expect(await ids(db)).toEqual(['x:old-liked-comment', 'x:old-open', 'x:old-seen-recent-answer']);
    db.close();
  });

  it('a record that fails its schema is quarantined, not deleted', async () => {
    const db = await seeded([stored('ok', 300)]);
    await db.put('engagement', { id: 'x:bad', open: 0, queueRank: 1, firstSeenAt: daysAgo(300), text: 42 });
    await engagementHandlers(deps(db))['engagement.purge']!({ type: 'engagement.purge' }, { kind: 'page' });
    expect(await ids(db)).toEqual([]);
    expect((await db.getAll('quarantine')).map((q) => q.key)).toEqual(['x:bad']);
    db.close();
  });

  it('at start-up: a daily alarm, one purge and the badge; the alarm purges again', async () => {
    const db = await seeded([...sample(), stored('q', 1, { state: 'new', open: 1, queueRank: 0, intent: 'question', answerSeenAt: undefined, answeredAt: undefined })]);
    const badge: number[] = [];
    await startEngagement(deps(db, badge), fakeBrowser.alarms);
    expect((await fakeBrowser.alarms.getAll()).map((a) => [a.name, a.periodInMinutes])).toEqual([[PURGE_ALARM, 1440]]);
    expect(await ids(db)).not.toContain('x:old-closed');
    expect(badge).toEqual([2]); // the old open complaint and the new question
    await db.put('engagement', stored('later-old', 365));
    await fakeBrowser.alarms.onAlarm.trigger({ name: PURGE_ALARM, scheduledTime: NOW.getTime() });
    await vi.waitFor(async () => expect(await ids(db)).not.toContain('x:later-old'));
    await fakeBrowser.alarms.onAlarm.trigger({ name: 'something-else', scheduledTime: NOW.getTime() });
    db.close();
  });

  it('a second start keeps the one alarm', async () => {
    const db = await seeded([]);
    await startEngagement(deps(db), fakeBrowser.alarms);
    const first = await fakeBrowser.alarms.getAll();
    await startEngagement(deps(db), fakeBrowser.alarms);
    expect(await fakeBrowser.alarms.getAll()).toEqual(first);
    db.close();
  });
});
