import { describe, expect, it } from 'vitest';
import { openDb } from '../../../lib/store/db';
import { recordSightings } from '../../../entrypoints/background/sightings';
import { demoBrand } from '../../../lib/store/demo';
import { allItems, countUrgent } from '../../../lib/store/engagement';
import type { RawItem } from '../../../lib/platforms/types';

const now = new Date('2026-11-24T20:00:00.000Z');
const raw = (id: string, over: Partial<RawItem> = {}): RawItem => ({
  platform: 'x', nativeId: id, kind: 'comment', author: { name: `P${id}`, handle: `p${id}`, url: `https://x.com/p${id}` },
  text: 'Vous êtes ouverts jusqu’à quelle heure samedi?', postedAt: '2026-11-24T13:20:00.000Z',
  permalink: `https://x.com/p${id}/status/${id}`, parentId: '1', depth: 1, ...over,
});

describe('recordSightings: a page batch into the log', () => {
  it('logs comments once, understood here, and a brand reply marks its parent answered', async () => {
    const db = await openDb({ name: 'sightings-1' });
    const brand = demoBrand(now);
    const batch = [
      raw('2'),
      raw('3', { text: 'Waited 25 minutes and my latte was cold. Really disappointed.' }),
      raw('4', { author: { name: 'Café Boréal', handle: 'cafeboreal' }, parentId: '3', text: 'Sorry! DM us.', postedAt: '2026-11-24T14:20:00.000Z' }),
    ];
    await recordSightings(db, batch, brand, now);
    await recordSightings(db, batch, brand, now); // seen again after a reload: updated, not duplicated
    const items = (await allItems(db)).valid;
    expect(items.map((i) => i.id).sort()).toEqual(['x:2', 'x:3']);
    expect(items.find((i) => i.id === 'x:2')!.intent).toBe('question');
    const complaint = items.find((i) => i.id === 'x:3')!;
    expect(complaint.state).toBe('replied');
    expect(complaint.open).toBe(0);
    expect(await countUrgent(db)).toBe(1);
    db.close();
  });

  it('a post by someone else naming the brand is logged as a mention', async () => {
    const db = await openDb({ name: 'sightings-2' });
    await recordSightings(db, [raw('9', { kind: 'post', parentId: undefined, text: 'Meilleur latte en ville chez Café Boreal!' })], demoBrand(now), now);
    expect((await allItems(db)).valid.map((i) => i.kind)).toEqual(['mention']);
    db.close();
  });
});
