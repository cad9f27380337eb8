import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openDb, type Db } from '../../../lib/store/db';
import { allItems, allItemsInChunks, countOpen, countUrgent, getItem, logSightings, purgeClosed, putItem, updateStored } from '../../../lib/store/engagement';
import { ensureSummaries, readSummaries, summariesFor, SUMMARY_STORE } from '../../../lib/store/engagement-summary';
import { createBackup, restoreBackup } from '../../../lib/store/backup/apply';
import { metricsFromSummaries } from '../../../lib/engagement/week-summary';
import { computeMetrics } from '../../../lib/engagement/metrics';
import { applyBrandReply, mergeSeen, type Understanding } from '../../../lib/engagement/merge';
import { setState } from '../../../lib/engagement/state';
import { isPurgeable } from '../../../lib/engagement/retention';
import { ENGAGEMENT_STATES, type EngagementItem } from '../../../lib/store/schemas/engagement';
import type { RawItem } from '../../../lib/platforms/types';
import type { ResponseTarget } from '../../../lib/engagement/targets';
import { at, isoAt } from '../engagement/helpers';

// Toronto: 2026-03-08 changes to summer time inside the generated range, so days and weeks cross a DST change.
const ZONE = 'America/Toronto';
const DAY_MIN = 24 * 60;
const TARGET_SETS: ResponseTarget[][] = [
  [],
  [{ objectiveId: 'o', thresholdMs: 2 * 3_600_000, platforms: [] }],
  [{ objectiveId: 'x', thresholdMs: 30 * 60_000, platforms: ['x'] }, { objectiveId: 'g', thresholdMs: 4 * 3_600_000, platforms: [] }],
];

let dbCount = 0;
const freshDb = () => openDb({ name: `summary-${dbCount++}` });

const OPEN_INDEX = () => IDBKeyRange.bound([1, 0, ''], [1, 3, '\uffff']);
const URGENT_INDEX = () => IDBKeyRange.bound([1, 0, ''], [1, 0, '\uffff']);

/** The summaries must still be current (kept up to date, not rebuilt) and give what the items give. */
async function expectSummariesMatchItems(db: Db, nowMinute: number, zone = ZONE) {
  const days = await readSummaries(db, zone);
  expect(days).toBeDefined();
  const items = (await allItems(db)).valid;
  for (const targets of TARGET_SETS) {
    const opts = { now: at(nowMinute), targets, timeZone: zone };
    expect(metricsFromSummaries(days!, opts)).toEqual(computeMetrics(items, opts));
  }
  expect(await countOpen(db)).toBe(await db.countFromIndex('engagement', 'queue', OPEN_INDEX()));
  expect(await countUrgent(db)).toBe(await db.countFromIndex('engagement', 'queue', URGENT_INDEX()));
}

const minute = fc.integer({ min: -20 * DAY_MIN, max: 20 * DAY_MIN });

const sightingArb = fc.record({
  n: fc.integer({ min: 0, max: 12 }),
  platform: fc.constantFrom('x', 'instagram', 'facebook') as fc.Arbitrary<RawItem['platform']>,
  kind: fc.constantFrom('comment', 'reply', 'mention', 'share') as fc.Arbitrary<RawItem['kind']>,
  seen: minute,
  posted: fc.option(fc.integer({ min: -6 * 60, max: 0 }), { nil: undefined }),
  likedByMe: fc.option(fc.boolean(), { nil: undefined }),
  repliedByBrand: fc.option(fc.boolean(), { nil: undefined }),
  brandReply: fc.option(fc.integer({ min: -60, max: 3 * DAY_MIN }), { nil: undefined }),
  intent: fc.constantFrom('question', 'complaint', 'praise', 'spam', 'other') as fc.Arbitrary<Understanding['intent']>,
});

const opArb = fc.oneof(
  fc.record({ op: fc.constant('log' as const), sightings: fc.array(sightingArb, { minLength: 1, maxLength: 6 }) }),
  fc.record({ op: fc.constant('state' as const), n: fc.integer({ min: 0, max: 12 }), platform: fc.constantFrom('x', 'instagram', 'facebook'), state: fc.constantFrom(...ENGAGEMENT_STATES), at: minute }),
  fc.record({ op: fc.constant('reply' as const), ns: fc.array(fc.integer({ min: 0, max: 12 }), { maxLength: 4 }), at: minute, replyAt: fc.option(minute, { nil: undefined }) }),
  fc.record({ op: fc.constant('purge' as const), cutoff: minute }),
);
type Op = typeof opArb extends fc.Arbitrary<infer T> ? T : never;

async function run(db: Db, op: Op) {
  if (op.op === 'log') {
    const planned = op.sightings.map((s) => {
      const raw: RawItem = {
        platform: s.platform,
        nativeId: String(s.n),
        kind: s.kind,
        author: { name: `P${s.n}` },
        text: `t${s.n}`,
        postedAt: s.posted === undefined ? undefined : isoAt(s.seen + s.posted),
        likedByMe: s.likedByMe,
        repliedByBrand: s.repliedByBrand,
      };
      const u: Understanding = { language: 'fr', intent: s.intent, sentiment: 'neutral', priority: 50 };
      const extra = s.brandReply === undefined ? {} : { brandReplyAt: isoAt(s.seen + s.brandReply) };
      return { id: `${s.platform}:${s.n}`, raw, u, now: at(s.seen), extra };
    });
    await logSightings(db, planned, (existing, s) => mergeSeen(existing, s.raw, s.u, s.now, s.extra));
  } else if (op.op === 'state') {
    const item = await getItem(db, `${op.platform}:${op.n}`);
    if (item.valid[0]) await putItem(db, setState(item.valid[0], op.state, at(op.at)));
  } else if (op.op === 'reply') {
    const ids = op.ns.flatMap((n) => [`x:${n}`, `instagram:${n}`]);
    await updateStored(db, ids, (item) => applyBrandReply(item, op.replyAt === undefined ? undefined : isoAt(op.replyAt), at(op.at)));
  } else {
    const cutoff = isoAt(op.cutoff);
    await purgeClosed(db, cutoff, (item) => isPurgeable(item, cutoff));
  }
}

type Sighting = typeof sightingArb extends fc.Arbitrary<infer T> ? T : never;
const sample = (n: number, seen: number, extra: Partial<Sighting> = {}): Op => ({
  op: 'log',
  sightings: [{ n, platform: 'x', kind: 'comment', seen, posted: undefined, likedByMe: undefined, repliedByBrand: undefined, brandReply: undefined, intent: 'question', ...extra }],
});

describe('week summaries of the log', () => {
  it('give the metrics of the raw items after any sequence of merges, state changes, brand replies and purges', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 14 }), fc.integer({ min: 20 * DAY_MIN, max: 40 * DAY_MIN }), async (ops, now) => {
        const db = await freshDb();
        await ensureSummaries(db, ZONE);
        for (const op of ops) await run(db, op);
        await expectSummariesMatchItems(db, now);
        db.close();
      }),
      { numRuns: 60 },
    );
  });

  it('built from an existing log (the upgrade) they match too, and writes keep them current', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 8 }), fc.array(opArb, { maxLength: 6 }), async (before, after) => {
        const db = await freshDb();
        for (const op of before) await run(db, op); // no summary yet: writes leave none
        expect(await readSummaries(db, ZONE)).toBeUndefined();
        await ensureSummaries(db, ZONE);
        await expectSummariesMatchItems(db, 30 * DAY_MIN);
        for (const op of after) await run(db, op);
        await expectSummariesMatchItems(db, 30 * DAY_MIN);
        db.close();
      }),
      { numRuns: 30 },
    );
  });

  it('a restore rewrites the log behind their back: noticed, and rebuilt; a manual backup changes nothing', async () => {
    const db = await freshDb();
    await ensureSummaries(db, ZONE);
    await run(db, sample(1, 0));
    const backupId = await createBackup(db);
    expect(await readSummaries(db, ZONE)).toBeDefined();
    await run(db, sample(2, 60));
    await run(db, sample(3, 120));
    await restoreBackup(db, backupId);
    expect((await allItems(db)).valid.map((i) => i.id)).toEqual(['x:1']);
    expect(await readSummaries(db, ZONE)).toBeUndefined();
    expect(await countOpen(db)).toBe(1); // from the index while the summary is stale
    const days = await summariesFor(db, ZONE);
    const opts = { now: at(DAY_MIN), timeZone: ZONE };
    expect(metricsFromSummaries(days, opts)).toEqual(computeMetrics((await allItems(db)).valid, opts));
    await expectSummariesMatchItems(db, DAY_MIN);
    db.close();
  });

  it('another time zone rebuilds them in that zone (weeks follow the user)', async () => {
    const db = await freshDb();
    await ensureSummaries(db, ZONE);
    for (const [n, seen] of [[1, 5 * DAY_MIN + 60], [2, 6 * DAY_MIN - 30], [3, 12 * DAY_MIN]]) await run(db, sample(n, seen));
    expect(await readSummaries(db, 'Asia/Tokyo')).toBeUndefined();
    await summariesFor(db, 'Asia/Tokyo');
    await expectSummariesMatchItems(db, 20 * DAY_MIN, 'Asia/Tokyo');
    await run(db, sample(4, 13 * DAY_MIN));
    await expectSummariesMatchItems(db, 20 * DAY_MIN, 'Asia/Tokyo');
    db.close();
  });

  it('a summary that no longer adds up is dropped on the next write, and rebuilt right', async () => {
    const db = await freshDb();
    await ensureSummaries(db, ZONE);
    await run(db, sample(1, 0));
    await run(db, sample(2, 3 * DAY_MIN));
    const days = (await db.getAllKeys(SUMMARY_STORE)).filter((k) => k !== 'meta');
    await db.delete(SUMMARY_STORE, days[0]); // lost: the item of that day can no longer be taken out
    await run(db, { op: 'state', n: 1, platform: 'x', state: 'dismissed', at: 10 });
    expect(await readSummaries(db, ZONE)).toBeUndefined();
    await summariesFor(db, ZONE);
    await expectSummariesMatchItems(db, 5 * DAY_MIN);
    db.close();
  });

  it('the queue counts come from one record, and follow every change', async () => {
    const db = await freshDb();
    await ensureSummaries(db, ZONE);
    await run(db, sample(1, 0));
    await run(db, sample(2, 10, { intent: 'praise' }));
    expect([await countOpen(db), await countUrgent(db)]).toEqual([2, 1]);
    const item = (await getItem(db, 'x:1')).valid[0] as EngagementItem;
    await putItem(db, setState(item, 'replied', at(30)));
    expect([await countOpen(db), await countUrgent(db)]).toEqual([1, 0]);
    db.close();
  });
});

describe('the whole log in chunks (under the dashboard metrics)', () => {
  it('reads every valid item once across chunk boundaries, and quarantines the bad ones', async () => {
    const db = await freshDb();
    for (let n = 0; n < 23; n++) await run(db, sample(n, n * 10));
    await db.put('engagement', { id: 'x:bad', platform: 'x' }); // fails the schema
    const read = await allItemsInChunks(db, 5);
    expect(read.valid.map((i) => i.id).sort()).toEqual((await allItems(db)).valid.map((i) => i.id).sort());
    expect(read.valid).toHaveLength(23);
    expect(read.quarantined).toBe(1);
    expect(await db.get('engagement', 'x:bad')).toBeUndefined();
    db.close();
  });
});
