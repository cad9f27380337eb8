// A log record moved to quarantine, or put back repaired, changes the log without the summaries' writer: they must
// stop being current so the next read rebuilds them (else the popup's counts and the metrics drift).
import { describe, expect, it } from 'vitest';
import { openDb } from '../../../lib/store/db';
import { allItems, countOpen, logSightings } from '../../../lib/store/engagement';
import { currentCounts, ensureSummaries } from '../../../lib/store/engagement-summary';
import { listQuarantine, moveToQuarantine, resolveQuarantined } from '../../../lib/store/quarantine';
import { mergeSeen, type Understanding } from '../../../lib/engagement/merge';
import type { RawItem } from '../../../lib/platforms/types';

const ZONE = 'America/Toronto';
const u: Understanding = { language: 'fr', intent: 'question', sentiment: 'neutral', priority: 50 };
const raw = (n: number): RawItem => ({ platform: 'x', nativeId: String(n), kind: 'comment', author: { name: `P${n}` }, text: `Ouvert samedi? ${n}` });

async function loggedDb(name: string) {
  const db = await openDb({ name });
  await ensureSummaries(db, ZONE);
  const now = new Date('2026-03-02T15:00:00.000Z');
  await logSightings(db, [1, 2, 3].map((n) => ({ id: `x:${n}`, n })), (existing, s) => mergeSeen(existing, raw(s.n), u, now, {}));
  return db;
}

describe('quarantine and the week summaries', () => {
  it('moving a log record out makes the summaries rebuild, and the counts follow', async () => {
    const db = await loggedDb('q-summary-1');
    expect(await currentCounts(db)).toEqual({ open: 3, urgent: 3 });
    const [first] = (await allItems(db)).valid;
    await moveToQuarantine(db, [{ store: 'engagement', key: first.id, value: first, reason: 'test', at: new Date().toISOString() }]);
    expect(await currentCounts(db)).toBeUndefined();
    expect(await countOpen(db)).toBe(2);
    await ensureSummaries(db, ZONE);
    expect((await currentCounts(db))?.open).toBe(2);
  });

  it('putting a repaired record back does too; deleting it for good leaves the summaries as they are', async () => {
    const db = await loggedDb('q-summary-2');
    const [a, b] = (await allItems(db)).valid;
    const at = new Date().toISOString();
    await moveToQuarantine(db, [{ store: 'engagement', key: a.id, value: a, reason: 'test', at }, { store: 'engagement', key: b.id, value: b, reason: 'test', at }]);
    await ensureSummaries(db, ZONE);
    const [qa, qb] = await listQuarantine(db);
    await resolveQuarantined(db, qb.qid!);
    expect((await currentCounts(db))?.open).toBe(1);
    await resolveQuarantined(db, qa.qid!, a);
    expect(await currentCounts(db)).toBeUndefined();
    expect(await countOpen(db)).toBe(2);
  });
});
