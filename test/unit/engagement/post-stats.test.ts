import { describe, expect, it } from 'vitest';
import { linkToCalendar, seriesByPost, shouldRecord, snapshotOf, summarise, type CalendarCandidate } from '../../../lib/engagement/post-stats';
import { postStatSchema } from '../../../lib/store/schemas/post-stats';
import { at, isoAt, raw } from './helpers';

const post = raw({
  nativeId: 'p1',
  kind: 'post',
  text: 'Nouveau menu d’automne au Café Soleil : soupe à la courge, chai épicé et tarte aux pommes maison. Venez goûter!',
  permalink: 'https://x.com/cafesoleil/status/p1?s=20',
  postedAt: isoAt(-60),
});

describe('post performance', () => {
  it('a snapshot keeps only the counts shown, and is valid for the store', () => {
    const s = snapshotOf(post, { likes: 12, views: 3400, shares: Number.NaN }, at(0));
    expect(s).toMatchObject({ postKey: 'x:p1', likes: 12, views: 3400, at: isoAt(0) });
    expect('shares' in s).toBe(false);
    expect(postStatSchema.safeParse(s).success).toBe(true);
  });

  it('reloading does not record the same counts again; a change after ten minutes or a day later does', () => {
    const first = snapshotOf(post, { likes: 12 }, at(0));
    expect(shouldRecord(undefined, first)).toBe(true);
    expect(shouldRecord(first, snapshotOf(post, { likes: 12 }, at(30)))).toBe(false);
    expect(shouldRecord(first, snapshotOf(post, { likes: 13 }, at(5)))).toBe(false);
    expect(shouldRecord(first, snapshotOf(post, { likes: 13 }, at(15)))).toBe(true);
    expect(shouldRecord(first, snapshotOf(post, { likes: 12 }, at(24 * 60)))).toBe(true);
    expect(shouldRecord(undefined, snapshotOf(post, {}, at(0)))).toBe(false);
  });

  it('series per post in time order, summarised with the growth', () => {
    const other = raw({ nativeId: 'p2', kind: 'post', text: 'autre' });
    const stats = [
      snapshotOf(post, { likes: 30, comments: 4 }, at(120)),
      snapshotOf(other, { likes: 1 }, at(0)),
      snapshotOf(post, { likes: 10 }, at(0)),
      snapshotOf(post, { likes: 20, comments: 2 }, at(60)),
    ];
    const series = seriesByPost(stats);
    expect(series.get('x:p1')!.map((s) => s.likes)).toEqual([10, 20, 30]);
    const sum = summarise(series.get('x:p1')!);
    expect(sum.latest).toEqual({ likes: 30, comments: 4 });
    expect(sum.gained).toEqual({ likes: 20, comments: 2 });
    expect(sum.snapshots).toBe(3);
  });

  const calendar: CalendarCandidate[] = [
    { id: 'c-other', date: isoAt(-90), platforms: ['x'], text: 'Concours de la rentrée : gagnez un panier de produits locaux' },
    { id: 'c-menu', date: isoAt(-70), platforms: ['x', 'facebook'], text: 'Nouveau menu d’automne au Café Soleil : soupe à la courge, chai épicé et tarte aux pommes maison. Venez goûter! #automne' },
    { id: 'c-fb', date: isoAt(-70), platforms: ['facebook'], text: post.text },
  ];

  it('links to the calendar entry by permalink first', () => {
    const s = snapshotOf(post, { likes: 1 }, at(0));
    const withLink = [...calendar, { id: 'c-link', date: isoAt(-5000), platforms: [], text: 'x', permalinks: { x: 'https://www.x.com/cafesoleil/status/p1/' } }];
    expect(linkToCalendar(s, withLink)).toEqual({ postId: 'c-link', by: 'permalink', score: 1 });
  });

  it('else by text similarity among entries for that platform near the post date', () => {
    const s = snapshotOf(post, { likes: 1 }, at(0));
    expect(linkToCalendar(s, calendar)).toMatchObject({ postId: 'c-menu', by: 'text' });
  });

  it('a post cut short on the page ("… more") still links', () => {
    const cut = snapshotOf({ ...post, text: 'Nouveau menu d’automne au Café Soleil : soupe à la courge, chai…' }, { likes: 1 }, at(0));
    expect(linkToCalendar(cut, calendar)?.postId).toBe('c-menu');
  });

  it('no link when nothing is similar enough or the entry is weeks away', () => {
    const s = snapshotOf({ ...post, text: 'Fermé lundi pour inventaire' }, { likes: 1 }, at(0));
    expect(linkToCalendar(s, calendar)).toBeUndefined();
    const far = calendar.map((c) => ({ ...c, date: isoAt(-60 * 24 * 30) }));
    expect(linkToCalendar(snapshotOf(post, { likes: 1 }, at(0)), far)).toBeUndefined();
  });
});
