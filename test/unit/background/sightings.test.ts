import { describe, expect, it } from 'vitest';
import { openDb } from '../../../lib/store/db';
import { recordSightings } from '../../../entrypoints/background/sightings';
import { demoBrand } from '../../../lib/store/demo';
import { allItems, countUrgent } from '../../../lib/store/engagement';
import { allStats } from '../../../lib/store/post-stats';
import { putPosts } from '../../../lib/store/posts';
import { calendarPostSchema } from '../../../lib/store/schemas/post';
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

  it('the brand reply under a comment gives the platform times as the source of its response time', async () => {
    const db = await openDb({ name: 'sightings-3' });
    const brand = demoBrand(now);
    await recordSightings(db, [raw('3', { text: 'My latte was cold.' })], brand, now);
    // Later, on another page: only the brand's reply, whose parent is the stored comment.
    const reply = raw('4', { author: { name: 'Café Boréal', handle: 'cafeboreal' }, parentId: '3', kind: 'reply', postedAt: '2026-11-24T14:20:00.000Z' });
    const result = await recordSightings(db, [reply], brand, new Date(now.getTime() + 60_000));
    expect(result).toMatchObject({ logged: 0, answered: 1 });
    const [item] = (await allItems(db)).valid;
    expect(item).toMatchObject({ id: 'x:3', state: 'replied', responseSource: 'platform', responseMs: 60 * 60_000, brandReplyAt: '2026-11-24T14:20:00.000Z' });
    db.close();
  });

  it('the same item twice in one batch is one item with both sightings merged', async () => {
    const db = await openDb({ name: 'sightings-4' });
    await recordSightings(db, [raw('5'), raw('5', { likedByMe: true })], demoBrand(now), now);
    const items = (await allItems(db)).valid;
    expect(items.map((i) => [i.id, i.state])).toEqual([['x:5', 'liked']]);
    db.close();
  });

  it('the brand\'s own post becomes a post-performance snapshot linked to its calendar entry, not a log item', async () => {
    const db = await openDb({ name: 'sightings-5' });
    const brand = demoBrand(now);
    await putPosts(db, [calendarPostSchema.parse({
      id: 'cal-1', brandId: brand.id, date: '2026-11-24T13:00:00.000Z', platforms: ['x'], status: 'scheduled',
      text: 'Nouveau : le latte à l’érable est arrivé dans nos trois cafés de Québec. Venez le goûter!', updatedAt: now.toISOString(),
    })]);
    const post = raw('1', {
      kind: 'post', parentId: undefined, author: { name: 'Café Boréal', handle: 'cafeboreal' },
      text: 'Nouveau : le latte à l’érable est arrivé dans nos trois cafés de Québec 🍁 Venez le goûter!',
      postedAt: '2026-11-24T13:00:00.000Z', permalink: 'https://x.com/cafeboreal/status/1', counts: { likes: 12, comments: 5, views: 1400 },
    });
    expect(await recordSightings(db, [post], brand, now)).toMatchObject({ logged: 0, posts: 1 });
    // A reload a minute later with the same counts: nothing new to record.
    expect(await recordSightings(db, [post], brand, new Date(now.getTime() + 60_000))).toMatchObject({ posts: 0 });
    // An hour later, more likes: a second reading.
    const later = { ...post, counts: { likes: 20, comments: 6, views: 2500 } };
    expect(await recordSightings(db, [later], brand, new Date(now.getTime() + 3_600_000))).toMatchObject({ posts: 1 });
    const stats = (await allStats(db)).valid;
    expect(stats.map((s) => [s.postKey, s.likes, s.comments, s.shares, s.views, s.calendarPostId])).toEqual([
      ['x:1', 12, 5, undefined, 1400, 'cal-1'],
      ['x:1', 20, 6, undefined, 2500, 'cal-1'],
    ]);
    expect((await allItems(db)).valid).toEqual([]);
    db.close();
  });

  it('a post without visible counts records nothing', async () => {
    const db = await openDb({ name: 'sightings-6' });
    const post = raw('1', { kind: 'post', parentId: undefined, author: { name: 'Café Boréal', handle: 'cafeboreal' } });
    expect(await recordSightings(db, [post], demoBrand(now), now)).toMatchObject({ posts: 0 });
    expect((await allStats(db)).valid).toEqual([]);
    db.close();
  });

  it('a flat conversation: the brand tweet in the next cell answers the flagged comment, with both platform times', async () => {
    const db = await openDb({ name: 'sightings-7' });
    const brand = demoBrand(now);
    const sarah = raw('4', { text: 'Waited 25 minutes, cold latte. Disappointed.', postedAt: '2026-11-24T15:40:00.000Z', repliedByBrand: true });
    const answer = raw('5', { author: { name: 'Café Boréal', handle: 'cafeboreal' }, text: 'Sorry Sarah, DM us.', postedAt: '2026-11-24T16:05:00.000Z' });
    const spam = raw('6', { text: 'Gagnez 5000 $ par semaine', postedAt: '2026-11-24T16:30:00.000Z' });
    await recordSightings(db, [raw('2'), sarah, answer, spam], brand, now);
    const byId = new Map((await allItems(db)).valid.map((i) => [i.id, i]));
    expect(byId.get('x:4')).toMatchObject({ state: 'replied', responseSource: 'platform', responseMs: 25 * 60_000, brandReplyAt: '2026-11-24T16:05:00.000Z' });
    expect(byId.get('x:2')).toMatchObject({ state: 'new', open: 1 });
    expect(byId.has('x:5')).toBe(false);
    db.close();
  });

  it('a brand tweet that does not follow the flagged comment is not taken for its answer', async () => {
    const db = await openDb({ name: 'sightings-8' });
    const brand = demoBrand(now);
    const sarah = raw('4', { postedAt: '2026-11-24T15:40:00.000Z', repliedByBrand: true });
    const answer = raw('5', { author: { name: 'Café Boréal', handle: 'cafeboreal' }, postedAt: '2026-11-24T16:05:00.000Z' });
    await recordSightings(db, [sarah, raw('2'), answer], brand, now);
    const item = (await allItems(db)).valid.find((i) => i.id === 'x:4')!;
    expect(item.state).toBe('replied');
    expect(item.brandReplyAt).toBeUndefined();
    expect(item.responseSource).not.toBe('platform');
    db.close();
  });
});
