import { describe, expect, it } from 'vitest';
import { openDb } from '../../../lib/store/db';
import { allItems, openQueue, countUrgent } from '../../../lib/store/engagement';
import { listQuarantine, quarantineCount, resolveQuarantined } from '../../../lib/store/quarantine';
import { listBrands } from '../../../lib/store/brands';
import { postsBetween } from '../../../lib/store/posts';
import type { EngagementItem } from '../../../lib/store/schemas/engagement';

const item = (id: string, over: Partial<EngagementItem> = {}): EngagementItem => ({
  id: `x:${id}`, platform: 'x', nativeId: id, kind: 'comment', author: { name: 'A' }, text: 'bonjour',
  firstSeenAt: `2026-01-0${id}T10:00:00.000Z`, lastSeenAt: '2026-01-09T10:00:00.000Z', language: 'fr', intent: 'other',
  sentiment: 'neutral', priority: 50, queueRank: 1, state: 'new', open: 1, likedByMe: false, repliedByBrand: false, ...over,
});

describe('bad stored records are quarantined, counted, never dropped', () => {
  it('valid records load, bad ones move to the quarantine with the reason', async () => {
    const db = await openDb({ name: 'q1' });
    await db.put('engagement', item('1'));
    await db.put('engagement', { ...item('2'), author: 'not an object' });
    await db.put('engagement', { ...item('3'), text: 'x'.repeat(5_000_000) });
    await db.put('engagement', { ...item('4'), permalink: 'javascript:alert(1)' });
    const read = await allItems(db);
    expect(read.valid.map((i) => i.id)).toEqual(['x:1']);
    expect(read.quarantined).toBe(3);
    expect(await quarantineCount(db)).toBe(3);
    const q = await listQuarantine(db);
    expect(q.map((r) => r.key).sort()).toEqual(['x:2', 'x:3', 'x:4']);
    expect(q.find((r) => r.key === 'x:4')!.reason).toMatch(/permalink/);
    expect((q.find((r) => r.key === 'x:3')!.value as EngagementItem).text.length).toBe(5_000_000);
    expect(await db.count('engagement')).toBe(1);
    db.close();
  });

  it('__proto__ keys in a stored record pollute nothing', async () => {
    const db = await openDb({ name: 'q2' });
    const hostile = JSON.parse('{"id":"b1","name":"B","__proto__":{"polluted":true},"createdAt":"2026-01-01T00:00:00.000Z","updatedAt":"2026-01-01T00:00:00.000Z"}');
    await db.put('brands', hostile);
    const read = await listBrands(db);
    expect(read.valid).toHaveLength(1);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((read.valid[0] as Record<string, unknown>).polluted).toBeUndefined();
    db.close();
  });

  it('a repaired record goes back where it came from; a deleted one is gone for good', async () => {
    const db = await openDb({ name: 'q3' });
    await db.put('engagement', { ...item('5'), open: 'yes' });
    await db.put('engagement', { ...item('6'), open: 'yes' });
    await allItems(db);
    const [a, b] = await listQuarantine(db);
    await resolveQuarantined(db, a.qid!, { ...(a.value as object), open: 1 });
    await resolveQuarantined(db, b.qid!);
    expect((await allItems(db)).valid.map((i) => i.id)).toEqual([a.key]);
    expect(await quarantineCount(db)).toBe(0);
    db.close();
  });
});

describe('queries the UI needs', () => {
  it('open queue: complaints and questions first, then oldest first; closed items never', async () => {
    const db = await openDb({ name: 'queue' });
    await db.put('engagement', item('1', { intent: 'praise', queueRank: 1 }));
    await db.put('engagement', item('2', { intent: 'complaint', queueRank: 0 }));
    await db.put('engagement', item('3', { intent: 'spam', queueRank: 3 }));
    await db.put('engagement', item('4', { intent: 'question', queueRank: 0 }));
    await db.put('engagement', item('5', { intent: 'question', queueRank: 0, state: 'replied', open: 0 }));
    expect((await openQueue(db)).valid.map((i) => i.id)).toEqual(['x:2', 'x:4', 'x:1', 'x:3']);
    expect(await countUrgent(db)).toBe(2);
    db.close();
  });

  it('posts between two dates, one brand only, end excluded', async () => {
    const db = await openDb({ name: 'posts' });
    const post = (id: string, brandId: string, date: string) => ({ id, brandId, date, updatedAt: date });
    for (const p of [
      post('a', 'b1', '2026-03-01T00:00:00.000Z'),
      post('b', 'b1', '2026-03-15T12:00:00.000Z'),
      post('c', 'b1', '2026-04-01T00:00:00.000Z'),
      post('d', 'b2', '2026-03-10T00:00:00.000Z'),
    ])
      await db.put('posts', p);
    const march = await postsBetween(db, 'b1', '2026-03-01T00:00:00.000Z', '2026-04-01T00:00:00.000Z');
    expect(march.valid.map((p) => p.id)).toEqual(['a', 'b']);
    db.close();
  });
});
